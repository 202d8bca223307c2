#include "crm/connectors/brevo/brevofeed.h"

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "crm/core/contactkeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Moulin {

namespace {

const QString kPull = QStringLiteral("pull");
const QString kPush = QStringLiteral("push");

struct Cursor
{
    QString phase = kPull;
    qint64 offset = 0;
    QString since;  ///< modifiedSince of this run's pull (empty: everything)
    QString newest; ///< the newest modifiedAt seen in this run

    static Cursor read(const QString& text)
    {
        Cursor c;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(QStringLiteral("phase")).toString() == kPush)
            c.phase = kPush;
        c.offset = o.value(QStringLiteral("offset")).toInteger();
        c.since = o.value(QStringLiteral("since")).toString();
        c.newest = o.value(QStringLiteral("newest")).toString();
        return c;
    }
    QString text() const
    {
        QJsonObject o{{QStringLiteral("phase"), phase}, {QStringLiteral("offset"), offset}};
        if (!since.isEmpty())
            o.insert(QStringLiteral("since"), since);
        if (!newest.isEmpty())
            o.insert(QStringLiteral("newest"), newest);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

/// One contact sent: the profile, and what Brevo holds once it is accepted.
struct Sent
{
    qint64 profileId = 0;
    QString remoteId; ///< empty for a new contact: from POST /contacts' answer
    QString email;
    QString fingerprint;
};

/// A page of the feed: the contacts pulled, or the push's outcome.
struct BrevoRecords final : PageRecords
{
    QList<CrmRemoteContact> contacts;
    bool push = false;
    int round = 0;
    // Round 1: the attributes created, then the deletions (in followUps' order).
    QStringList attributes;
    QList<CrmRemoteErasure> erasures;
    QList<qint64> erased;
    QList<std::pair<qint64, QString>> erasureFailures;
    // Round 2: the contacts each request sends.
    QList<QList<Sent>> sending;
    QList<Sent> sent;

    qint64 count() const override { return push ? qint64(sent.size() + erased.size()) : contacts.size(); }
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

HttpRequest postJson(const QUrl& url, const QJsonObject& body)
{
    HttpRequest r = HttpRequest::json("POST", url, QJsonDocument(body));
    // POST /contacts/batch answers 204 without a body.
    r.expectJson = false;
    return r;
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
    const auto text = [&a](const char* name) { return a.value(QLatin1String(name)).toVariant().toString(); };
    return hash({ContactKeys::email(contact.value(QStringLiteral("email")).toString()).key, text("FIRSTNAME"),
                 text("LASTNAME"), ContactKeys::phone(text("SMS")).e164, text("LANGUE"),
                 a.value(QStringLiteral("VIP")).toBool() ? QStringLiteral("1") : QStringLiteral("0"),
                 QString::number(qRound64(a.value(QStringLiteral("VISITES")).toDouble())),
                 text("DERNIERE_VISITE"),
                 QString::number(qRound64(a.value(QStringLiteral("CA_TOTAL")).toDouble() * 100.0)),
                 QString::number(qRound64(a.value(QStringLiteral("RECOMPENSES")).toDouble())),
                 text("RECOMPENSE_EN_COURS"), flag(contact.value(QStringLiteral("emailBlacklisted"))),
                 flag(contact.value(QStringLiteral("smsBlacklisted")))});
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
    return Cursor::read(cursor).text();
}

HttpRequest BrevoFeed::request(const QString& cursorText) const
{
    const Cursor cursor = Cursor::read(cursorText);
    if (cursor.phase == kPush)
        return HttpRequest::getJson(m_options.url(QStringLiteral("contacts/attributes")));
    QList<std::pair<QString, QString>> query{{QStringLiteral("limit"), QString::number(m_options.pageSize)},
                                             {QStringLiteral("offset"), QString::number(cursor.offset)},
                                             {QStringLiteral("sort"), QStringLiteral("asc")}};
    if (!cursor.since.isEmpty())
        query.append({QStringLiteral("modifiedSince"), cursor.since});
    return HttpRequest::getJson(m_options.url(QStringLiteral("contacts"), query));
}

namespace {

/// Round 2 of the push: the profiles whose values differ from Brevo's.
bool planPush(const BrevoOptions& options, BrevoRecords& records, QList<HttpRequest>& requests,
              QString* error)
{
    QSqlDatabase db = Database::connection();
    CrmStore store;
    QString failure;
    const QList<CrmOutgoingContact> outgoing =
        store.outgoingContacts(db, QLatin1String(BrevoFeed::kProvider), &failure);
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
    for (const CrmOutgoingContact& c : outgoing) {
        const QString fingerprint = BrevoFeed::fingerprintOf(c);
        if (fingerprint == c.fingerprint)
            continue;
        QJsonObject item{{QStringLiteral("attributes"), BrevoFeed::attributesOf(c)}};
        if (c.emailConsent)
            item.insert(QStringLiteral("emailBlacklisted"), !*c.emailConsent);
        if (c.smsConsent)
            item.insert(QStringLiteral("smsBlacklisted"), !*c.smsConsent);
        const Sent sent{c.profileId, c.remoteId, c.email, fingerprint};
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
        batch.append(item);
        batchSent.append(sent);
        if (batch.size() >= options.batchSize)
            flush();
    }
    flush();
    return true;
}

/// An answer that failed for the whole provider (not for one contact).
bool providerFailure(const HttpResponse& r)
{
    return r.status == 0 || r.status == 401 || r.status == 403 || r.status == 408 || r.status == 429 ||
           r.status >= 500 || r.error == HttpError::RateLimited || r.error == HttpError::CircuitOpen;
}

} // namespace

std::optional<Page> BrevoFeed::parse(const HttpResponse& response, const QString& cursorText,
                                     QString* error) const
{
    const Cursor cursor = Cursor::read(cursorText);
    const QJsonObject body = response.json().object();
    auto records = std::make_shared<BrevoRecords>();
    Page page;
    if (cursor.phase == kPull) {
        if (!body.value(QStringLiteral("contacts")).isArray()) {
            *error = tr("Brevo's list of contacts could not be read (no contacts).");
            return std::nullopt;
        }
        const QJsonArray contacts = body.value(QStringLiteral("contacts")).toArray();
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
        const qint64 count = body.value(QStringLiteral("count")).toInteger();
        const qint64 read = cursor.offset + contacts.size();
        if (contacts.size() < m_options.pageSize || read >= count) {
            next.phase = kPush;
            next.offset = 0;
        } else {
            next.offset = read;
        }
        page.remaining = std::max<qint64>(0, count - read);
        page.nextCursor = next.text();
        page.records = records;
        return page;
    }

    // Push: the attributes the account has, then the follow-ups.
    records->push = true;
    QSet<QString> existing;
    for (const QJsonValue& v : body.value(QStringLiteral("attributes")).toArray())
        existing.insert(v.toObject().value(QStringLiteral("name")).toString().toUpper());
    for (const auto& [name, type] : customAttributes()) {
        if (existing.contains(name))
            continue;
        records->attributes.append(name);
        page.followUps.append(postJson(m_options.url(QStringLiteral("contacts/attributes/normal/") + name),
                                       QJsonObject{{QStringLiteral("type"), type}}));
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
    records->round = 1;
    if (page.followUps.isEmpty()) {
        records->round = 2;
        if (!planPush(m_options, *records, page.followUps, error))
            return std::nullopt;
    }
    Cursor next;
    next.since = cursor.newest.isEmpty() ? cursor.since : cursor.newest;
    page.nextCursor = next.text();
    page.complete = true;
    page.records = records;
    return page;
}

bool BrevoFeed::follow(Page& page, const QList<HttpResponse>& responses, const QString&, QString* error) const
{
    auto* records = static_cast<BrevoRecords*>(page.records.get());
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
        for (qsizetype i = 0; i < records->erasures.size(); ++i) {
            const HttpResponse& r = responses.value(records->attributes.size() + i);
            if (r.ok || r.status == 404) {
                records->erased.append(records->erasures[i].id);
            } else if (providerFailure(r)) {
                *error = tr("Brevo did not answer a deletion: %1").arg(r.errorString);
                return false;
            } else {
                records->erasureFailures.append({records->erasures[i].id, refusal(r, tr("a deletion"))});
            }
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
    if (!records->push) {
        for (const CrmRemoteContact& c : records->contacts) {
            if (!store.applyRemoteContact(db, provider, c, error))
                return false;
        }
        return store.finish(db, error, nullptr, false) && store.settleRemoteContacts(db, provider, error);
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
