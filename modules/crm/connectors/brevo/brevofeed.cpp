#include "crm/connectors/brevo/brevofeed.h"

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "crm/core/contactkeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Moulin {

namespace {

const QString kPull = QStringLiteral("pull");
const QString kPush = QStringLiteral("push");
const QString kSend = QStringLiteral("send");

struct Cursor
{
    QString phase = kPull;
    qint64 offset = 0;
    QString since;      ///< modifiedSince of this run's pull (empty: everything)
    QString newest;     ///< the newest modifiedAt seen in this run
    QStringList create; ///< send: the custom attributes Brevo lacks

    static Cursor read(const QString& text)
    {
        Cursor c;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString phase = o.value(QStringLiteral("phase")).toString();
        if (phase == kPush || phase == kSend)
            c.phase = phase;
        c.offset = o.value(QStringLiteral("offset")).toInteger();
        c.since = o.value(QStringLiteral("since")).toString();
        c.newest = o.value(QStringLiteral("newest")).toString();
        for (const QJsonValue& v : o.value(QStringLiteral("create")).toArray())
            c.create.append(v.toString());
        return c;
    }
    QString text() const
    {
        QJsonObject o{{QStringLiteral("phase"), phase}, {QStringLiteral("offset"), offset}};
        if (!since.isEmpty())
            o.insert(QStringLiteral("since"), since);
        if (!newest.isEmpty())
            o.insert(QStringLiteral("newest"), newest);
        if (!create.isEmpty())
            o.insert(QStringLiteral("create"), QJsonArray::fromStringList(create));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    /// Where Brevo's changes not yet read begin.
    QString from() const { return newest.isEmpty() ? since : newest; }
};

/// One contact sent: the profile, and what Brevo holds once it is accepted.
struct Sent
{
    qint64 profileId = 0;
    QString remoteId; ///< empty for a new contact: from POST /contacts' answer
    QString email;
    QString fingerprint;
};

/// A page of the feed: the contacts pulled, the deletions, or the push's outcome.
struct BrevoRecords final : PageRecords
{
    QList<CrmRemoteContact> contacts; ///< pulled; in the send phase, those Brevo changed since the pull
    bool push = false;
    int round = 0;
    // Push phase: the deletions (in followUps' order).
    QList<CrmRemoteErasure> erasures;
    QList<qint64> erased;
    QList<std::pair<qint64, QString>> erasureFailures;
    // Send phase: the attributes created (round 1), the contacts each request sends (round 2).
    QStringList attributes;
    QSet<QString> raced;    ///< ids of the contacts Brevo changed since the pull: not sent over
    QSet<QString> racedNew; ///< e-mails of the contacts created at Brevo since the pull
    QList<QList<Sent>> sending;
    QList<Sent> sent;

    qint64 count() const override
    {
        return push ? qint64(sent.size() + erased.size() + contacts.size()) : contacts.size();
    }
};

QString isoMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString firstName(const QString& name)
{
    const QString n = name.simplified();
    const qsizetype space = n.indexOf(QLatin1Char(' '));
    return space < 0 ? n : n.left(space);
}

QString lastName(const QString& name)
{
    const QString n = name.simplified();
    const qsizetype space = n.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : n.mid(space + 1);
}

QString rewardText(const QString& milestone)
{
    const qsizetype colon = milestone.indexOf(QLatin1Char(':'));
    const QString kind = milestone.left(colon), value = milestone.mid(colon + 1);
    if (kind == QLatin1String("visits"))
        return QStringLiteral("%1 visites").arg(value);
    if (kind == QLatin1String("spend"))
        return QStringLiteral("%1 € de dépenses").arg(value.toLongLong() / 100);
    if (kind == QLatin1String("birthday"))
        return QStringLiteral("Anniversaire %1").arg(value);
    return milestone;
}

QString hash(const QStringList& parts)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(31)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString flag(const QJsonValue& v)
{
    return v.isBool() ? (v.toBool() ? QStringLiteral("1") : QStringLiteral("0")) : QString();
}

/// A fingerprint's parts: "2;<hash of the shared attributes>;<e-mail>;<SMS>;<email flag>;<sms flag>".
/// The e-mail and the SMS identify a contact at Brevo (two contacts never
/// share them): a profile's other contacts get only the shared attributes.
struct Print
{
    QString shared, email, sms, emailFlag, smsFlag;
    bool valid = false;

    static Print read(const QString& text)
    {
        const QStringList p = text.split(QLatin1Char(';'));
        Print r;
        if (p.size() != 6 || p[0] != QLatin1String("2"))
            return r;
        r = {p[1], p[2], p[3], p[4], p[5], true};
        return r;
    }
    QString text() const
    {
        return QStringList{QStringLiteral("2"), shared, email, sms, emailFlag, smsFlag}.join(
            QLatin1Char(';'));
    }
};

QString sharedHash(const QJsonObject& a)
{
    const auto text = [&a](const char* name) { return a.value(QLatin1String(name)).toVariant().toString(); };
    return hash({text("FIRSTNAME"), text("LASTNAME"), text("LANGUE"),
                 a.value(QStringLiteral("VIP")).toBool() ? QStringLiteral("1") : QStringLiteral("0"),
                 QString::number(qRound64(a.value(QStringLiteral("VISITES")).toDouble())),
                 text("DERNIERE_VISITE"),
                 QString::number(qRound64(a.value(QStringLiteral("CA_TOTAL")).toDouble() * 100.0)),
                 QString::number(qRound64(a.value(QStringLiteral("RECOMPENSES")).toDouble())),
                 text("RECOMPENSE_EN_COURS")});
}

HttpRequest postJson(const QUrl& url, const QJsonObject& body)
{
    HttpRequest r = HttpRequest::json("POST", url, QJsonDocument(body));
    // POST /contacts/batch answers 204 without a body.
    r.expectJson = false;
    return r;
}

/// An answer that failed for the whole provider (not for one contact).
bool providerFailure(const HttpResponse& r)
{
    return r.status == 0 || r.status == 401 || r.status == 403 || r.status == 408 || r.status == 429 ||
           r.status >= 500 || r.error == HttpError::RateLimited || r.error == HttpError::CircuitOpen;
}

} // namespace

BrevoOptions BrevoOptions::fromConfig(const ConnectorConfig& config)
{
    BrevoOptions o;
    o.apiUrl = config.apiUrl;
    o.connectorId = config.connectorId;
    return o;
}

QUrl BrevoOptions::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl base = apiUrl;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    QUrl url = base.resolved(QUrl(path));
    QUrlQuery q;
    for (const auto& [k, v] : query)
        q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    return url;
}

BrevoFeed::BrevoFeed(BrevoOptions options)
    : m_options(std::move(options))
{
}

QList<std::pair<QString, QString>> BrevoFeed::customAttributes()
{
    return {{QStringLiteral("LANGUE"), QStringLiteral("text")},
            {QStringLiteral("VIP"), QStringLiteral("boolean")},
            {QStringLiteral("VISITES"), QStringLiteral("float")},
            {QStringLiteral("DERNIERE_VISITE"), QStringLiteral("date")},
            {QStringLiteral("CA_TOTAL"), QStringLiteral("float")},
            {QStringLiteral("RECOMPENSES"), QStringLiteral("float")},
            {QStringLiteral("RECOMPENSE_EN_COURS"), QStringLiteral("text")}};
}

QJsonObject BrevoFeed::attributesOf(const CrmOutgoingContact& c)
{
    QJsonObject a{{QStringLiteral("FIRSTNAME"), firstName(c.name)},
                  {QStringLiteral("LASTNAME"), lastName(c.name)},
                  {QStringLiteral("VIP"), c.vip},
                  {QStringLiteral("VISITES"), c.visits},
                  {QStringLiteral("CA_TOTAL"), double(c.spendCents) / 100.0},
                  {QStringLiteral("RECOMPENSES"), c.rewards},
                  {QStringLiteral("RECOMPENSE_EN_COURS"), rewardText(c.openReward)}};
    if (!c.phone.isEmpty())
        a.insert(QStringLiteral("SMS"), c.phone);
    if (!c.language.isEmpty())
        a.insert(QStringLiteral("LANGUE"), c.language);
    if (c.lastVisit.isValid())
        a.insert(QStringLiteral("DERNIERE_VISITE"), c.lastVisit.toString(Qt::ISODate));
    return a;
}

QString BrevoFeed::fingerprintOf(const QJsonObject& contact)
{
    const QJsonObject a = contact.value(QStringLiteral("attributes")).toObject();
    Print p;
    p.shared = sharedHash(a);
    p.email = ContactKeys::email(contact.value(QStringLiteral("email")).toString()).key;
    p.sms = ContactKeys::phone(a.value(QStringLiteral("SMS")).toVariant().toString()).e164;
    p.emailFlag = flag(contact.value(QStringLiteral("emailBlacklisted")));
    p.smsFlag = flag(contact.value(QStringLiteral("smsBlacklisted")));
    return p.text();
}

QString BrevoFeed::fingerprintOf(const CrmOutgoingContact& c)
{
    QJsonObject o{{QStringLiteral("email"), c.email}, {QStringLiteral("attributes"), attributesOf(c)}};
    if (c.emailConsent)
        o.insert(QStringLiteral("emailBlacklisted"), !*c.emailConsent);
    if (c.smsConsent)
        o.insert(QStringLiteral("smsBlacklisted"), !*c.smsConsent);
    return fingerprintOf(o);
}

CrmRemoteContact BrevoFeed::remoteContact(const QJsonObject& o)
{
    const QJsonObject a = o.value(QStringLiteral("attributes")).toObject();
    CrmRemoteContact c;
    const QJsonValue id = o.value(QStringLiteral("id"));
    c.remoteId = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.name = QString(a.value(QStringLiteral("FIRSTNAME")).toString() + QLatin1Char(' ') +
                     a.value(QStringLiteral("LASTNAME")).toString())
                 .simplified();
    c.phone = a.value(QStringLiteral("SMS")).toVariant().toString();
    if (o.value(QStringLiteral("emailBlacklisted")).isBool())
        c.emailConsent = !o.value(QStringLiteral("emailBlacklisted")).toBool();
    if (o.value(QStringLiteral("smsBlacklisted")).isBool())
        c.smsConsent = !o.value(QStringLiteral("smsBlacklisted")).toBool();
    c.modifiedAt =
        QDateTime::fromString(o.value(QStringLiteral("modifiedAt")).toString(), Qt::ISODateWithMs).toUTC();
    c.fingerprint = fingerprintOf(o);
    return c;
}

QString BrevoFeed::errorDetail(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString message = o.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return {};
    const QString code = o.value(QStringLiteral("code")).toString();
    return code.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, code);
}

QString BrevoFeed::refusal(const HttpResponse& response, const QString& what)
{
    const QString detail = errorDetail(response.body);
    static const QRegularExpression attribute(QStringLiteral("[Aa]ttribute\\s+\"?([A-Za-z0-9_]+)"));
    const QRegularExpressionMatch m = attribute.match(detail);
    if (m.hasMatch())
        return tr("Brevo refused the attribute %1 (%2, HTTP %3): %4")
            .arg(m.captured(1).toUpper(), what)
            .arg(response.status)
            .arg(detail);
    return tr("Brevo refused %1 (HTTP %2): %3")
        .arg(what)
        .arg(response.status)
        .arg(detail.isEmpty() ? response.errorString : detail);
}

QString BrevoFeed::resolve(const QString& cursor) const
{
    Cursor c = Cursor::read(cursor);
    // A run stopped after its pull starts again with a pull from where that
    // pull ended: the deletions and the push are never skipped.
    if (c.phase != kPull) {
        Cursor pull;
        pull.since = c.from();
        return pull.text();
    }
    return c.text();
}

HttpRequest BrevoFeed::request(const QString& cursorText) const
{
    const Cursor cursor = Cursor::read(cursorText);
    if (cursor.phase == kPush)
        return HttpRequest::getJson(m_options.url(QStringLiteral("contacts/attributes")));
    QList<std::pair<QString, QString>> query{
        {QStringLiteral("limit"), QString::number(cursor.phase == kSend ? 1000 : m_options.pageSize)},
        {QStringLiteral("offset"), QString::number(cursor.phase == kSend ? 0 : cursor.offset)},
        {QStringLiteral("sort"), QStringLiteral("asc")}};
    // The send phase asks first what Brevo changed since the pull.
    const QString since = cursor.phase == kSend ? cursor.from() : cursor.since;
    if (!since.isEmpty())
        query.append({QStringLiteral("modifiedSince"), since});
    return HttpRequest::getJson(m_options.url(QStringLiteral("contacts"), query));
}

namespace {

/// What is sent to a profile's other Brevo contacts (merged profiles): the
/// shared attributes, never the e-mail or the SMS (they identify a contact,
/// two contacts cannot share them), and a consent withdrawn (blacklisted),
/// never one given (an address that said no is not subscribed again).
QJsonObject otherContactItem(const CrmOutgoingContact& c, const CrmRemoteLink& link, Print* after)
{
    QJsonObject attributes = BrevoFeed::attributesOf(c);
    attributes.remove(QStringLiteral("SMS"));
    QJsonObject item{{QStringLiteral("id"), link.remoteId.toLongLong()},
                     {QStringLiteral("attributes"), attributes}};
    Print p = Print::read(link.fingerprint);
    p.valid = true;
    p.shared = sharedHash(attributes);
    if (p.email.isEmpty())
        p.email = link.email;
    if (c.emailConsent == std::optional<bool>(false)) {
        item.insert(QStringLiteral("emailBlacklisted"), true);
        p.emailFlag = QStringLiteral("1");
    }
    if (c.smsConsent == std::optional<bool>(false)) {
        item.insert(QStringLiteral("smsBlacklisted"), true);
        p.smsFlag = QStringLiteral("1");
    }
    *after = p;
    return item;
}

/// The profiles whose values differ from Brevo's: updates in batches of
/// POST /contacts/batch (to every contact of the profile), new contacts one
/// by one with POST /contacts (Brevo creates contacts in bulk only through
/// POST /contacts/import: asynchronous, into a list, without the contacts'
/// ids, their own blacklists or the refusal of an attribute).
bool planPush(const BrevoOptions& options, BrevoRecords& records, QList<HttpRequest>& requests,
              QString* error)
{
    QSqlDatabase db = Database::connection();
    CrmStore store;
    QString failure;
    const QString provider = QLatin1String(BrevoFeed::kProvider);
    QList<CrmOutgoingContact> outgoing = store.outgoingContacts(db, provider, &failure);
    QHash<qint64, QList<CrmRemoteLink>> links;
    if (failure.isEmpty()) {
        for (const CrmRemoteLink& l : store.remoteLinks(db, provider, &failure))
            links[l.rootId].append(l);
    }
    if (!failure.isEmpty()) {
        *error = BrevoFeed::tr("The profiles to send to Brevo could not be read: %1").arg(failure);
        return false;
    }
    QJsonArray batch;
    QList<Sent> batchSent;
    const auto flush = [&] {
        if (batch.isEmpty())
            return;
        requests.append(postJson(options.url(QStringLiteral("contacts/batch")),
                                 QJsonObject{{QStringLiteral("contacts"), batch}}));
        records.sending.append(batchSent);
        batch = {};
        batchSent.clear();
    };
    const auto add = [&](const QJsonObject& item, const Sent& sent) {
        batch.append(item);
        batchSent.append(sent);
        if (batch.size() >= options.batchSize)
            flush();
    };
    for (CrmOutgoingContact& c : outgoing) {
        // The profile's contact at Brevo: the one with its e-mail, else the
        // one synced last; the others get the shared values.
        const QList<CrmRemoteLink> own = links.value(c.profileId);
        qsizetype primary = -1;
        for (qsizetype i = 0; i < own.size() && primary < 0; ++i) {
            if (ContactKeys::email(own[i].email).key == ContactKeys::email(c.email).key)
                primary = i;
        }
        for (qsizetype i = 0; i < own.size() && primary < 0; ++i) {
            if (own[i].remoteId == c.remoteId)
                primary = i;
        }
        if (primary < 0 && !own.isEmpty())
            primary = 0;
        qint64 linkedTo = c.profileId;
        if (primary >= 0) {
            c.remoteId = own[primary].remoteId;
            c.fingerprint = own[primary].fingerprint;
            linkedTo = own[primary].profileId;
            // The profile's number held by another of its contacts stays
            // there (Brevo refuses an SMS two contacts would share): this one
            // keeps its own.
            for (qsizetype i = 0; i < own.size(); ++i) {
                if (i != primary && !c.phone.isEmpty() && Print::read(own[i].fingerprint).sms == c.phone)
                    c.phone = Print::read(own[primary].fingerprint).sms;
            }
        }
        for (qsizetype i = 0; i < own.size(); ++i) {
            if (i == primary || records.raced.contains(own[i].remoteId))
                continue;
            Print after;
            const QJsonObject item = otherContactItem(c, own[i], &after);
            const Print before = Print::read(own[i].fingerprint);
            if (before.valid && before.text() == after.text())
                continue;
            add(item, {own[i].profileId, own[i].remoteId, own[i].email, after.text()});
        }

        const QString fingerprint = BrevoFeed::fingerprintOf(c);
        if (fingerprint == c.fingerprint)
            continue;
        // Brevo changed the contact since the pull: nothing is sent over it
        // (its change is weighed against the profile's when stored).
        if (records.raced.contains(c.remoteId) ||
            (c.remoteId.isEmpty() && records.racedNew.contains(ContactKeys::email(c.email).key)))
            continue;
        QJsonObject item{{QStringLiteral("attributes"), BrevoFeed::attributesOf(c)}};
        if (c.emailConsent)
            item.insert(QStringLiteral("emailBlacklisted"), !*c.emailConsent);
        if (c.smsConsent)
            item.insert(QStringLiteral("smsBlacklisted"), !*c.smsConsent);
        const Sent sent{linkedTo, c.remoteId, c.email, fingerprint};
        if (c.remoteId.isEmpty()) {
            item.insert(QStringLiteral("email"), c.email);
            item.insert(QStringLiteral("updateEnabled"), true);
            requests.append(postJson(options.url(QStringLiteral("contacts")), item));
            records.sending.append({sent});
            continue;
        }
        item.insert(QStringLiteral("id"), c.remoteId.toLongLong());
        // By id: a new e-mail address in Moulin becomes the contact's (EMAIL).
        QJsonObject attributes = item.value(QStringLiteral("attributes")).toObject();
        attributes.insert(QStringLiteral("EMAIL"), c.email);
        item.insert(QStringLiteral("attributes"), attributes);
        add(item, sent);
    }
    flush();
    return true;
}

} // namespace

std::optional<Page> BrevoFeed::parse(const HttpResponse& response, const QString& cursorText,
                                     QString* error) const
{
    const Cursor cursor = Cursor::read(cursorText);
    const QJsonObject body = response.json().object();
    auto records = std::make_shared<BrevoRecords>();
    Page page;
    page.records = records;
    if (cursor.phase == kPush) {
        // The attributes the account has: those it lacks are created by the
        // send phase. The deletions owed go now, each settled on its own.
        records->push = true;
        Cursor next = cursor;
        next.phase = kSend;
        next.offset = 0;
        next.create.clear();
        QSet<QString> existing;
        for (const QJsonValue& v : body.value(QStringLiteral("attributes")).toArray())
            existing.insert(v.toObject().value(QStringLiteral("name")).toString().toUpper());
        for (const auto& [name, type] : customAttributes()) {
            if (!existing.contains(name))
                next.create.append(name);
        }
        QSqlDatabase db = Database::connection();
        records->erasures = CrmStore().pendingRemoteErasures(db, QLatin1String(kProvider));
        for (const CrmRemoteErasure& e : std::as_const(records->erasures)) {
            const bool byEmail = !e.email.isEmpty();
            HttpRequest r;
            r.method = "DELETE";
            r.url = m_options.url(QStringLiteral("contacts/") +
                                      QString::fromUtf8(QUrl::toPercentEncoding(byEmail ? e.email : e.phone)),
                                  {{QStringLiteral("identifierType"),
                                    byEmail ? QStringLiteral("email_id") : QStringLiteral("phone_id")}});
            page.followUps.append(r);
        }
        page.nextCursor = next.text();
        page.remaining = 0;
        return page;
    }

    if (!body.value(QStringLiteral("contacts")).isArray()) {
        *error = tr("Brevo's list of contacts could not be read (no contacts).");
        return std::nullopt;
    }
    const QJsonArray contacts = body.value(QStringLiteral("contacts")).toArray();
    const qint64 count = body.value(QStringLiteral("count")).toInteger();

    if (cursor.phase == kSend) {
        records->push = true;
        // More changed since the pull than one answer holds: pull them first.
        if (count > contacts.size()) {
            Cursor pull;
            pull.since = cursor.from();
            page.nextCursor = pull.text();
            return page;
        }
        QSqlDatabase db = Database::connection();
        QString failure;
        QHash<QString, QDateTime> known;
        for (const CrmRemoteLink& l : CrmStore().remoteLinks(db, QLatin1String(kProvider), &failure))
            known.insert(l.remoteId, l.modifiedAt);
        if (!failure.isEmpty()) {
            *error = tr("The profiles to send to Brevo could not be read: %1").arg(failure);
            return std::nullopt;
        }
        Cursor next;
        next.since = cursor.from();
        for (const QJsonValue& v : contacts) {
            CrmRemoteContact c = remoteContact(v.toObject());
            if (c.remoteId.isEmpty() || !c.modifiedAt.isValid())
                continue; // the next pull holds it in the quarantine
            const QString at = isoMs(c.modifiedAt);
            if (next.since.isEmpty() || at > next.since)
                next.since = at;
            const auto it = known.constFind(c.remoteId);
            if (it != known.cend() && it->isValid() && c.modifiedAt <= *it)
                continue; // as pulled
            if (it == known.cend())
                records->racedNew.insert(ContactKeys::email(c.email).key);
            records->raced.insert(c.remoteId);
            records->contacts.append(std::move(c));
        }
        page.nextCursor = next.text();
        page.complete = true;
        page.remaining = 0;
        records->attributes = cursor.create;
        for (const QString& name : std::as_const(records->attributes)) {
            QString type = QStringLiteral("text");
            for (const auto& [n, t] : customAttributes()) {
                if (n == name)
                    type = t;
            }
            page.followUps.append(
                postJson(m_options.url(QStringLiteral("contacts/attributes/normal/") + name),
                         QJsonObject{{QStringLiteral("type"), type}}));
        }
        records->round = 1;
        if (page.followUps.isEmpty()) {
            records->round = 2;
            if (!planPush(m_options, *records, page.followUps, error))
                return std::nullopt;
        }
        return page;
    }

    Cursor next = cursor;
    for (const QJsonValue& v : contacts) {
        const QJsonObject o = v.toObject();
        CrmRemoteContact c = remoteContact(o);
        if (c.remoteId.isEmpty() || !c.modifiedAt.isValid()) {
            page.problems.append({c.remoteId, QStringLiteral("malformed_contact"),
                                  tr("A Brevo contact has no id or no modifiedAt."),
                                  QJsonDocument(o).toJson(QJsonDocument::Compact)});
            continue;
        }
        const QString at = isoMs(c.modifiedAt);
        if (next.newest.isEmpty() || at > next.newest)
            next.newest = at;
        records->contacts.append(std::move(c));
    }
    const qint64 read = cursor.offset + contacts.size();
    if (contacts.size() < m_options.pageSize || read >= count) {
        next.phase = kPush;
        next.offset = 0;
    } else {
        next.offset = read;
    }
    page.remaining = std::max<qint64>(0, count - read);
    page.nextCursor = next.text();
    return page;
}

bool BrevoFeed::follow(Page& page, const QList<HttpResponse>& responses, const QString& cursorText,
                       QString* error) const
{
    auto* records = static_cast<BrevoRecords*>(page.records.get());
    if (Cursor::read(cursorText).phase == kPush) {
        // Each deletion on its own: done (or already gone: 404), or refused
        // (kept with Brevo's reason for the user, not sent again); only a
        // failure of Brevo itself stops the run (and is sent again).
        for (qsizetype i = 0; i < records->erasures.size(); ++i) {
            const HttpResponse& r = responses.value(i);
            const CrmRemoteErasure& e = records->erasures[i];
            if (r.ok || r.status == 404) {
                records->erased.append(e.id);
            } else if (providerFailure(r)) {
                *error = tr("Brevo did not answer a deletion: %1").arg(r.errorString);
                return false;
            } else {
                const QString who = e.email.isEmpty() ? e.phone : e.email;
                const QString reason = tr("%1 It is not asked again: delete the contact in Brevo by hand.")
                                           .arg(refusal(r, tr("the deletion of the contact %1").arg(who)));
                records->erasureFailures.append({e.id, reason});
                page.problems.append({QStringLiteral("erasure:%1").arg(e.id),
                                      QStringLiteral("erasure_refused"), reason, r.body});
            }
        }
        return true;
    }
    if (records->round == 1) {
        for (qsizetype i = 0; i < records->attributes.size(); ++i) {
            const HttpResponse& r = responses.value(i);
            const bool exists =
                r.status == 400 && errorDetail(r.body).contains(QLatin1String("duplicate_parameter"));
            if (r.ok || exists)
                continue;
            *error = providerFailure(r)
                         ? tr("Brevo did not answer the creation of the attribute %1: %2")
                               .arg(records->attributes[i], r.errorString)
                         : refusal(r, tr("the creation of the attribute %1").arg(records->attributes[i]));
            return false;
        }
        records->round = 2;
        page.followUps.clear();
        if (!planPush(m_options, *records, page.followUps, error))
            return false;
        page.moreFollowUps = !page.followUps.isEmpty();
        return true;
    }
    for (qsizetype i = 0; i < records->sending.size(); ++i) {
        const HttpResponse& r = responses.value(i);
        if (!r.ok) {
            *error = providerFailure(r) ? tr("Brevo did not answer the contacts sent: %1").arg(r.errorString)
                                        : refusal(r, tr("the contacts sent"));
            return false;
        }
        for (Sent s : records->sending[i]) {
            if (s.remoteId.isEmpty()) {
                const QJsonValue id = r.json().object().value(QStringLiteral("id"));
                s.remoteId = id.isDouble() ? QString::number(id.toInteger()) : QString();
            }
            records->sent.append(s);
        }
    }
    return true;
}

bool BrevoFeed::store(QSqlDatabase& db, const Page& page, QString* error)
{
    const auto* records = static_cast<const BrevoRecords*>(page.records.get());
    if (!records)
        return true;
    CrmStore store;
    const QString provider = QLatin1String(kProvider);
    // Pulled, or changed at Brevo since the pull: weighed against the
    // profiles (the newer change wins, the loser kept in the history).
    if (!records->push || !records->contacts.isEmpty()) {
        for (const CrmRemoteContact& c : records->contacts) {
            if (!store.applyRemoteContact(db, provider, c, error))
                return false;
        }
        if (!store.finish(db, error, nullptr, false) || !store.settleRemoteContacts(db, provider, error))
            return false;
    }
    for (const qint64 id : records->erased) {
        if (!store.settleRemoteErasure(db, id, true, {}, error))
            return false;
    }
    for (const auto& [id, failure] : records->erasureFailures) {
        if (!store.settleRemoteErasure(db, id, false, failure, error))
            return false;
    }
    for (const Sent& s : records->sent) {
        if (!store.markRemoteSynced(db, provider, s.profileId, s.remoteId, s.email, s.fingerprint, error))
            return false;
    }
    return true;
}

} // namespace Moulin
