#include "crm/connectors/brevo/sandboxbrevo.h"

#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Moulin {

namespace {

using SandboxHttp::mix;

const QString kPrefix = QStringLiteral("/brevo/v3/");

// The demo restaurant's guests come from the same names (the booking
// platforms' emulations: prénom.nom@exemple.fr), so some contacts are theirs.
const char* const kFirstNames[] = {"Élodie", "Julien",  "Camille", "Thomas",  "Chloé",   "Nicolas",
                                   "Manon",  "Antoine", "Léa",     "Mathieu", "Inès",    "Guillaume",
                                   "Sarah",  "Hugo",    "Pauline", "Louis",   "Margaux", "Étienne"};
const char* const kLastNames[] = {"Dupré",     "Martin",   "Bernard",   "Lefèvre", "Moreau", "Girard",
                                  "Rousseau",  "Fontaine", "Chevalier", "Lambert", "Faure",  "Mercier",
                                  "Blanchard", "Garnier",  "Perrin",    "Morel"};
// Only at Brevo: the newsletter's subscribers who never booked.
const char* const kOtherFirst[] = {"Béatrice", "Gérard", "Sylvie", "Yannick",
                                   "Odile",    "Rémi",   "Lucie",  "Benoît"};
const char* const kOtherLast[] = {"Leclerc", "Renaud",  "Gauthier", "Barbier",
                                  "Caron",   "Roussel", "Brun",     "Vidal"};
const char* const kDomains[] = {"orange.fr", "free.fr", "laposte.net", "wanadoo.fr"};

QString plainEmail(const QString& first, const QString& last, const QString& domain)
{
    return QStringLiteral("%1.%2@%3")
        .arg(first.toLower(), last.toLower(), domain)
        .normalized(QString::NormalizationForm_D)
        .remove(QRegularExpression(QStringLiteral("[^a-z.@0-9-]")));
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QHttpServerResponse brevoError(const QString& code, const QString& message, int status)
{
    return SandboxHttp::json({{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, status);
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
}

/// A non-negative integer query parameter, `fallback` when absent; nullopt when malformed.
std::optional<qint64> number(const QUrlQuery& query, const QString& name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

} // namespace

SandboxBrevo* SandboxBrevo::install(SandboxServer* server)
{
    return new SandboxBrevo(server);
}

SandboxBrevo* SandboxBrevo::of(SandboxServer* server)
{
    if (!server)
        return nullptr;
    if (auto* installed = server->findChild<SandboxBrevo*>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    return install(server);
}

QByteArray SandboxBrevo::demoApiKey()
{
    return QByteArrayLiteral("xkeysib-moulin-demo");
}

QStringList SandboxBrevo::standardAttributes()
{
    return {QStringLiteral("EMAIL"), QStringLiteral("FIRSTNAME"), QStringLiteral("LASTNAME"),
            QStringLiteral("SMS")};
}

SandboxBrevo::SandboxBrevo(SandboxServer* server)
    : QObject(server)
    , m_server(server)
    , m_seed(server->seed())
{
    const auto handler = [this](const QHttpServerRequest& request, const QStringList&) {
        return handle(request, request.url().path());
    };
    const auto all = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post |
                     QHttpServerRequest::Method::Put | QHttpServerRequest::Method::Delete;
    // One dispatcher for every path under the prefix (the routes differ only
    // by their number of segments).
    server->addRoute(QStringLiteral("/brevo/v3/<arg>"), all, handler);
    server->addRoute(QStringLiteral("/brevo/v3/<arg>/<arg>"), all, handler);
    server->addRoute(QStringLiteral("/brevo/v3/<arg>/<arg>/<arg>"), all, handler);
    server->addRoute(QStringLiteral("/brevo/v3/contacts/attributes/<arg>/<arg>"), all, handler);
    server->addRoute(QStringLiteral("/brevo/v3/contacts/lists/<arg>/contacts"), all, handler);
    server->addRoute(QStringLiteral("/brevo/v3/contacts/lists/<arg>/contacts/<arg>"), all, handler);
    seed();
}

void SandboxBrevo::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

qint64 SandboxBrevo::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SandboxBrevo::reset()
{
    m_lists.clear();
    m_folders.clear();
    m_customAttributes.clear();
    m_calculated.clear();
    m_rateLimited.clear();
    m_failures.clear();
    m_served.clear();
    m_hook = {};
    m_protected.clear();
    seed();
}

void SandboxBrevo::seed()
{
    m_contacts.clear();
    m_nextId = 1;
    const qint64 now = nowMs();
    const qint64 day = 24 * 3600 * 1000LL;
    quint64 n = quint64(m_seed) * 7919u;
    // Guests of the restaurant: 24 of the name pairs the booking platforms
    // draw from; every fifth unsubscribed from e-mails, every seventh from SMS.
    for (int i = 0; i < 24; ++i) {
        Contact c;
        c.id = m_nextId++;
        const QString first = QString::fromUtf8(kFirstNames[(i + mix(++n) % 3) % 18]);
        const QString last = QString::fromUtf8(kLastNames[(i * 7 + mix(++n) % 2) % 16]);
        c.email = plainEmail(first, last, QStringLiteral("exemple.fr"));
        if (std::any_of(m_contacts.cbegin(), m_contacts.cend(),
                        [&c](const Contact& o) { return o.email == c.email; })) {
            --m_nextId;
            continue;
        }
        c.attributes = {{QStringLiteral("FIRSTNAME"), first}, {QStringLiteral("LASTNAME"), last}};
        c.emailBlacklisted = i % 5 == 4;
        c.smsBlacklisted = i % 7 == 6;
        c.createdMs = now - (400 - i * 3) * day;
        c.modifiedMs = now - (30 - i) * day - qint64(mix(++n) % 3600) * 1000;
        m_contacts.append(c);
    }
    // Only at Brevo (the newsletter's form), with a mobile number.
    for (int i = 0; i < 12; ++i) {
        Contact c;
        c.id = m_nextId++;
        const QString first = QString::fromUtf8(kOtherFirst[i % 8]);
        const QString last = QString::fromUtf8(kOtherLast[(i * 3 + 1 + i / 8) % 8]);
        c.email = plainEmail(first, last, QString::fromLatin1(kDomains[i % 4]));
        c.attributes = {{QStringLiteral("FIRSTNAME"), first},
                        {QStringLiteral("LASTNAME"), last},
                        {QStringLiteral("SMS"),
                         QStringLiteral("+336%1").arg(mix(++n) % 100'000'000, 8, 10, QLatin1Char('0'))}};
        c.emailBlacklisted = i % 4 == 3;
        c.smsBlacklisted = i % 3 == 2;
        c.createdMs = now - (200 - i * 5) * day;
        c.modifiedMs = now - (20 - i) * day - qint64(mix(++n) % 3600) * 1000;
        m_contacts.append(c);
    }
}

void SandboxBrevo::rateLimitNext(int times, int resetSeconds)
{
    for (int i = 0; i < times; ++i)
        m_rateLimited.append(resetSeconds);
}

void SandboxBrevo::failNext(int status, int times)
{
    for (int i = 0; i < times; ++i)
        m_failures.append(status);
}

std::optional<SandboxBrevo::Contact> SandboxBrevo::contact(const QString& email) const
{
    for (const Contact& c : m_contacts) {
        if (c.email.compare(email, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

bool SandboxBrevo::updateContact(const QString& email, const std::function<void(Contact&)>& change)
{
    for (Contact& c : m_contacts) {
        if (c.email.compare(email, Qt::CaseInsensitive) == 0) {
            change(c);
            c.modifiedMs = nowMs();
            return true;
        }
    }
    return false;
}

QStringList SandboxBrevo::attributeNames() const
{
    QStringList names = standardAttributes();
    for (const auto& [name, type] : m_customAttributes)
        names << name;
    return names;
}

QStringList SandboxBrevo::listMembers(qint64 listId) const
{
    QStringList out;
    for (const Contact& c : m_contacts) {
        if (c.listIds.contains(listId))
            out << c.email;
    }
    out.sort();
    return out;
}

QJsonObject SandboxBrevo::contactJson(const Contact& c) const
{
    QJsonArray lists;
    for (const qint64 id : c.listIds)
        lists.append(id);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("emailBlacklisted"), c.emailBlacklisted},
            {QStringLiteral("smsBlacklisted"), c.smsBlacklisted},
            {QStringLiteral("whatsappBlacklisted"), false},
            {QStringLiteral("createdAt"), isoMs(c.createdMs)},
            {QStringLiteral("modifiedAt"), isoMs(c.modifiedMs)},
            {QStringLiteral("listIds"), lists},
            {QStringLiteral("attributes"), c.attributes}};
}

QJsonObject SandboxBrevo::listJson(const List& l) const
{
    const qint64 members = listMembers(l.id).size();
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("totalBlacklisted"), 0},
            {QStringLiteral("totalSubscribers"), members},
            {QStringLiteral("uniqueSubscribers"), members},
            {QStringLiteral("folderId"), l.folderId}};
}

SandboxBrevo::Contact* SandboxBrevo::find(const QString& identifier, const QString& type)
{
    const bool byId = type == QLatin1String("contact_id") || (type.isEmpty() && !identifier.contains('@'));
    for (Contact& c : m_contacts) {
        if (byId ? QString::number(c.id) == identifier
                 : c.email.compare(identifier, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString SandboxBrevo::unknownAttribute(const QJsonObject& attributes) const
{
    const QStringList known = attributeNames();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (!known.contains(it.key().toUpper()))
            return it.key();
    }
    return {};
}

QHttpServerResponse SandboxBrevo::handle(const QHttpServerRequest& request, const QString& fullPath)
{
    if (m_requireKey) {
        const QByteArray key = SandboxHttp::header(request, "api-key");
        if (key.isEmpty() || (key != demoApiKey() && !m_keys.contains(key)))
            return brevoError(QStringLiteral("unauthorized"), QStringLiteral("Key not found"), 401);
    }
    const QString path = fullPath.mid(kPrefix.size());
    Served served{QString::fromLatin1(request.method() == QHttpServerRequest::Method::Get      ? "GET"
                                      : request.method() == QHttpServerRequest::Method::Post   ? "POST"
                                      : request.method() == QHttpServerRequest::Method::Put    ? "PUT"
                                      : request.method() == QHttpServerRequest::Method::Delete ? "DELETE"
                                                                                               : "OTHER"),
                  path,
                  request.query(),
                  request.body(),
                  QDateTime::currentMSecsSinceEpoch(),
                  0};
    if (m_hook)
        m_hook(served.method, path);
    QHttpServerResponse answer = [&] {
        if (!m_rateLimited.isEmpty()) {
            const int reset = m_rateLimited.takeFirst();
            QHttpServerResponse r = brevoError(QStringLiteral("too_many_requests"),
                                               QStringLiteral("Too many requests, try again later"), 429);
            r.addHeader("x-sib-ratelimit-limit", "10");
            r.addHeader("x-sib-ratelimit-remaining", "0");
            r.addHeader("x-sib-ratelimit-reset", QByteArray::number(reset));
            return r;
        }
        if (!m_failures.isEmpty()) {
            const int status = m_failures.takeFirst();
            return brevoError(QStringLiteral("internal_error"), QStringLiteral("Internal server error"),
                              status);
        }
        QHttpServerResponse r = route(request, path);
        r.addHeader("x-sib-ratelimit-limit", "10");
        r.addHeader("x-sib-ratelimit-remaining", "9");
        r.addHeader("x-sib-ratelimit-reset", "1");
        return r;
    }();
    served.status = int(answer.statusCode());
    m_served.append(served);
    return answer;
}

QHttpServerResponse SandboxBrevo::route(const QHttpServerRequest& request, const QString& path)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    const QStringList parts = path.split(QLatin1Char('/'));
    const QUrlQuery query = request.query();
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &parseError).object();
    const bool hasBody = !request.body().isEmpty();
    if (hasBody && parseError.error != QJsonParseError::NoError)
        return brevoError(QStringLiteral("bad_request"), QStringLiteral("Input must be a valid JSON object"),
                          400);
    const auto notFound = [](const QString& what) {
        return brevoError(QStringLiteral("document_not_found"), what, 404);
    };
    if (parts.value(0) != QLatin1String("contacts"))
        return notFound(QStringLiteral("Not found"));

    // contacts --------------------------------------------------------
    if (parts.size() == 1 && method == Method::Get) {
        const std::optional<qint64> limit = number(query, QStringLiteral("limit"), 50);
        const std::optional<qint64> offset = number(query, QStringLiteral("offset"), 0);
        if (!limit || !offset)
            return brevoError(QStringLiteral("invalid_parameter"),
                              QStringLiteral("limit and offset must be non-negative integers"), 400);
        if (*limit > 1000)
            return brevoError(QStringLiteral("out_of_range"), QStringLiteral("Limit exceeds max value"), 400);
        qint64 since = std::numeric_limits<qint64>::min();
        if (query.hasQueryItem(QStringLiteral("modifiedSince"))) {
            const QDateTime t = QDateTime::fromString(
                QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("modifiedSince")).toUtf8()),
                Qt::ISODateWithMs);
            if (!t.isValid())
                return brevoError(
                    QStringLiteral("invalid_parameter"),
                    QStringLiteral("modifiedSince must be a UTC date-time (YYYY-MM-DDTHH:mm:ss.SSSZ)"), 400);
            since = t.toMSecsSinceEpoch();
        }
        QList<Contact> matching;
        for (const Contact& c : std::as_const(m_contacts)) {
            if (c.modifiedMs > since)
                matching.append(c);
        }
        // By creation, as Brevo sorts (ascending with sort=asc).
        std::sort(matching.begin(), matching.end(), [](const Contact& a, const Contact& b) {
            return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.id < b.id;
        });
        if (query.queryItemValue(QStringLiteral("sort")) != QLatin1String("asc"))
            std::reverse(matching.begin(), matching.end());
        QJsonArray page;
        for (qint64 i = *offset; i < matching.size() && i < *offset + *limit; ++i)
            page.append(contactJson(matching[i]));
        return SandboxHttp::json(
            {{QStringLiteral("contacts"), page}, {QStringLiteral("count"), matching.size()}});
    }
    if (parts.size() == 1 && method == Method::Post) {
        const QString email = body.value(QStringLiteral("email")).toString().trimmed();
        if (email.isEmpty() || !email.contains(QLatin1Char('@')))
            return brevoError(QStringLiteral("invalid_parameter"), QStringLiteral("Invalid email address"),
                              400);
        const QJsonObject attributes = body.value(QStringLiteral("attributes")).toObject();
        if (const QString unknown = unknownAttribute(attributes); !unknown.isEmpty())
            return brevoError(QStringLiteral("invalid_parameter"),
                              QStringLiteral("Attribute %1 does not exist in your account").arg(unknown),
                              400);
        Contact* existing = find(email, QStringLiteral("email_id"));
        if (existing && !body.value(QStringLiteral("updateEnabled")).toBool())
            return brevoError(QStringLiteral("duplicate_parameter"), QStringLiteral("Contact already exist"),
                              400);
        if (!existing) {
            Contact c;
            c.id = m_nextId++;
            c.email = email.toLower();
            c.createdMs = nowMs();
            m_contacts.append(c);
            existing = &m_contacts.last();
        }
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            existing->attributes.insert(it.key().toUpper(), it.value());
        if (body.contains(QStringLiteral("emailBlacklisted")))
            existing->emailBlacklisted = body.value(QStringLiteral("emailBlacklisted")).toBool();
        if (body.contains(QStringLiteral("smsBlacklisted")))
            existing->smsBlacklisted = body.value(QStringLiteral("smsBlacklisted")).toBool();
        existing->modifiedMs = nowMs();
        return SandboxHttp::json({{QStringLiteral("id"), existing->id}}, 201);
    }
    if (parts.size() == 2 && parts[1] == QLatin1String("batch") && method == Method::Post) {
        const QJsonArray items = body.value(QStringLiteral("contacts")).toArray();
        if (items.isEmpty())
            return brevoError(QStringLiteral("missing_parameter"), QStringLiteral("contacts is missing"),
                              400);
        // All or nothing: every contact checked before any is changed.
        QList<Contact*> targets;
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            if (const QString unknown = unknownAttribute(item.value(QStringLiteral("attributes")).toObject());
                !unknown.isEmpty())
                return brevoError(QStringLiteral("invalid_parameter"),
                                  QStringLiteral("Attribute %1 does not exist in your account").arg(unknown),
                                  400);
            Contact* c =
                item.contains(QStringLiteral("id"))
                    ? find(QString::number(item.value(QStringLiteral("id")).toInteger()),
                           QStringLiteral("contact_id"))
                    : find(item.value(QStringLiteral("email")).toString(), QStringLiteral("email_id"));
            if (!c)
                return brevoError(QStringLiteral("document_not_found"),
                                  QStringLiteral("Contact %1 does not exist")
                                      .arg(item.contains(QStringLiteral("id"))
                                               ? QString::number(item.value(QStringLiteral("id")).toInteger())
                                               : item.value(QStringLiteral("email")).toString()),
                                  400);
            targets.append(c);
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            Contact* c = targets[i];
            const QJsonObject attributes = item.value(QStringLiteral("attributes")).toObject();
            for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                // EMAIL changes the contact's address (as in PUT /contacts/{identifier}).
                if (it.key().toUpper() == QLatin1String("EMAIL"))
                    c->email = it.value().toString().trimmed().toLower();
                else
                    c->attributes.insert(it.key().toUpper(), it.value());
            }
            if (item.contains(QStringLiteral("emailBlacklisted")))
                c->emailBlacklisted = item.value(QStringLiteral("emailBlacklisted")).toBool();
            if (item.contains(QStringLiteral("smsBlacklisted")))
                c->smsBlacklisted = item.value(QStringLiteral("smsBlacklisted")).toBool();
            c->modifiedMs = nowMs();
        }
        return noContent();
    }

    // attributes ------------------------------------------------------
    if (parts.value(1) == QLatin1String("attributes")) {
        if (parts.size() == 2 && method == Method::Get) {
            QJsonArray list;
            for (const QString& name : standardAttributes())
                list.append(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("category"), QStringLiteral("normal")},
                                        {QStringLiteral("type"), QStringLiteral("text")}});
            for (const auto& [name, type] : std::as_const(m_customAttributes))
                list.append(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("category"), QStringLiteral("normal")},
                                        {QStringLiteral("type"), type}});
            for (const QString& name : std::as_const(m_calculated))
                list.append(
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("category"), QStringLiteral("calculated")},
                                {QStringLiteral("calculatedValue"), QStringLiteral("SUM[ORDER_PRICE]")}});
            return SandboxHttp::json({{QStringLiteral("attributes"), list}});
        }
        if (parts.size() == 4 && method == Method::Post) {
            if (parts[2] != QLatin1String("normal"))
                return brevoError(QStringLiteral("invalid_parameter"),
                                  QStringLiteral("Invalid attribute category"), 400);
            const QString name = QUrl::fromPercentEncoding(parts[3].toUtf8()).toUpper();
            static const QStringList types{QStringLiteral("text"), QStringLiteral("date"),
                                           QStringLiteral("float"), QStringLiteral("boolean")};
            const QString type = body.value(QStringLiteral("type")).toString();
            if (!types.contains(type))
                return brevoError(QStringLiteral("invalid_parameter"),
                                  QStringLiteral("Invalid type for attribute %1").arg(name), 400);
            if (attributeNames().contains(name) || m_calculated.contains(name))
                return brevoError(QStringLiteral("duplicate_parameter"),
                                  QStringLiteral("Attribute %1 already exists").arg(name), 400);
            m_customAttributes.append({name, type});
            return SandboxHttp::json({}, 201);
        }
    }

    // folders and lists -----------------------------------------------
    if (parts.value(1) == QLatin1String("folders") && parts.size() == 2) {
        if (method == Method::Get) {
            QJsonArray folders;
            for (const auto& [id, name] : std::as_const(m_folders))
                folders.append(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("name"), name},
                                           {QStringLiteral("totalBlacklisted"), 0},
                                           {QStringLiteral("totalSubscribers"), 0},
                                           {QStringLiteral("uniqueSubscribers"), 0}});
            return SandboxHttp::json(
                {{QStringLiteral("folders"), folders}, {QStringLiteral("count"), folders.size()}});
        }
        if (method == Method::Post) {
            const QString name = body.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty())
                return brevoError(QStringLiteral("missing_parameter"), QStringLiteral("name is missing"),
                                  400);
            const qint64 id = m_folders.size() + 1;
            m_folders.append({id, name});
            return SandboxHttp::json({{QStringLiteral("id"), id}}, 201);
        }
    }
    if (parts.value(1) == QLatin1String("lists")) {
        if (parts.size() == 2 && method == Method::Get) {
            const std::optional<qint64> limit = number(query, QStringLiteral("limit"), 10);
            const std::optional<qint64> offset = number(query, QStringLiteral("offset"), 0);
            if (!limit || !offset || *limit > 50)
                return brevoError(QStringLiteral("out_of_range"), QStringLiteral("Limit exceeds max value"),
                                  400);
            QJsonArray lists;
            for (qint64 i = *offset; i < m_lists.size() && i < *offset + *limit; ++i)
                lists.append(listJson(m_lists[i]));
            return SandboxHttp::json(
                {{QStringLiteral("lists"), lists}, {QStringLiteral("count"), m_lists.size()}});
        }
        if (parts.size() == 2 && method == Method::Post) {
            const QString name = body.value(QStringLiteral("name")).toString().trimmed();
            const qint64 folder = body.value(QStringLiteral("folderId")).toInteger();
            if (name.isEmpty() || !body.contains(QStringLiteral("folderId")))
                return brevoError(QStringLiteral("missing_parameter"),
                                  QStringLiteral("name and folderId are required"), 400);
            if (std::none_of(m_folders.cbegin(), m_folders.cend(),
                             [folder](const auto& f) { return f.first == folder; }))
                return brevoError(QStringLiteral("invalid_parameter"),
                                  QStringLiteral("Folder ID does not exist"), 400);
            const qint64 id = m_lists.isEmpty() ? 2 : m_lists.last().id + 1;
            m_lists.append({id, name, folder});
            return SandboxHttp::json({{QStringLiteral("id"), id}}, 201);
        }
        bool ok = false;
        const qint64 listId = parts.value(2).toLongLong(&ok);
        if (!ok || std::none_of(m_lists.cbegin(), m_lists.cend(),
                                [listId](const List& l) { return l.id == listId; }))
            return notFound(QStringLiteral("List ID does not exist"));
        if (parts.size() == 4 && parts[3] == QLatin1String("contacts") && method == Method::Get) {
            const std::optional<qint64> limit = number(query, QStringLiteral("limit"), 50);
            const std::optional<qint64> offset = number(query, QStringLiteral("offset"), 0);
            if (!limit || !offset || *limit > 500)
                return brevoError(QStringLiteral("out_of_range"), QStringLiteral("Limit exceeds max value"),
                                  400);
            QList<Contact> members;
            for (const Contact& c : std::as_const(m_contacts)) {
                if (c.listIds.contains(listId))
                    members.append(c);
            }
            QJsonArray page;
            for (qint64 i = *offset; i < members.size() && i < *offset + *limit; ++i)
                page.append(contactJson(members[i]));
            return SandboxHttp::json(
                {{QStringLiteral("contacts"), page}, {QStringLiteral("count"), members.size()}});
        }
        if (parts.size() == 5 && parts[3] == QLatin1String("contacts") && method == Method::Post &&
            (parts[4] == QLatin1String("add") || parts[4] == QLatin1String("remove"))) {
            const bool add = parts[4] == QLatin1String("add");
            const QJsonArray emails = body.value(QStringLiteral("emails")).toArray();
            if (emails.isEmpty())
                return brevoError(QStringLiteral("missing_parameter"), QStringLiteral("emails is missing"),
                                  400);
            QJsonArray success, failure;
            for (const QJsonValue& v : emails) {
                Contact* c = find(v.toString(), QStringLiteral("email_id"));
                const bool member = c && c->listIds.contains(listId);
                if (!c || member == add) {
                    failure.append(v);
                    continue;
                }
                if (add)
                    c->listIds.append(listId);
                else
                    c->listIds.removeAll(listId);
                c->modifiedMs = nowMs();
                success.append(v);
            }
            // An empty array would match both of the document's oneOf branches
            // (e-mails or ids): left out, as Brevo does.
            QJsonObject outcome;
            if (!success.isEmpty())
                outcome.insert(QStringLiteral("success"), success);
            if (!failure.isEmpty())
                outcome.insert(QStringLiteral("failure"), failure);
            return SandboxHttp::json({{QStringLiteral("contacts"), outcome}}, 201);
        }
    }

    // contacts/{identifier} -------------------------------------------
    if (parts.size() == 2) {
        const QString identifier = QUrl::fromPercentEncoding(parts[1].toUtf8());
        const QString type = query.queryItemValue(QStringLiteral("identifierType"));
        if (!type.isEmpty() && type != QLatin1String("email_id") && type != QLatin1String("contact_id"))
            return brevoError(QStringLiteral("invalid_parameter"), QStringLiteral("Invalid identifierType"),
                              400);
        Contact* c = find(identifier, type);
        if (!c)
            return notFound(QStringLiteral("Contact does not exist"));
        if (method == Method::Get) {
            QJsonObject o = contactJson(*c);
            o.insert(QStringLiteral("statistics"), QJsonObject{});
            return SandboxHttp::json(o);
        }
        if (method == Method::Delete) {
            if (m_protected.contains(c->email.toLower()))
                return brevoError(
                    QStringLiteral("method_not_allowed"),
                    QStringLiteral("You're not allowed to delete registered email contact with Brevo"), 405);
            const qint64 id = c->id;
            m_contacts.erase(std::remove_if(m_contacts.begin(), m_contacts.end(),
                                            [id](const Contact& o) { return o.id == id; }),
                             m_contacts.end());
            return noContent();
        }
        if (method == Method::Put) {
            const QJsonObject attributes = body.value(QStringLiteral("attributes")).toObject();
            if (const QString unknown = unknownAttribute(attributes); !unknown.isEmpty())
                return brevoError(QStringLiteral("invalid_parameter"),
                                  QStringLiteral("Attribute %1 does not exist in your account").arg(unknown),
                                  400);
            for (auto it = attributes.begin(); it != attributes.end(); ++it)
                c->attributes.insert(it.key().toUpper(), it.value());
            if (body.contains(QStringLiteral("emailBlacklisted")))
                c->emailBlacklisted = body.value(QStringLiteral("emailBlacklisted")).toBool();
            if (body.contains(QStringLiteral("smsBlacklisted")))
                c->smsBlacklisted = body.value(QStringLiteral("smsBlacklisted")).toBool();
            c->modifiedMs = nowMs();
            return noContent();
        }
    }
    return brevoError(QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed"), 405);
}

} // namespace Moulin
