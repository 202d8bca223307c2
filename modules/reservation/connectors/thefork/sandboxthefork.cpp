#include "reservation/connectors/thefork/sandboxthefork.h"

#include "reservation/connectors/demorestaurant.h"
#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace Moulin {

namespace {

using SandboxHttp::mix;

const char* const kFirstNames[] = {"Élodie", "Julien",  "Camille", "Thomas",  "Chloé",   "Nicolas",
                                   "Manon",  "Antoine", "Léa",     "Mathieu", "Inès",    "Guillaume",
                                   "Sarah",  "Hugo",    "Pauline", "Louis",   "Margaux", "Étienne"};
const char* const kLastNames[] = {"Dupré",     "Martin",   "Bernard",   "Lefèvre", "Moreau", "Girard",
                                  "Rousseau",  "Fontaine", "Chevalier", "Lambert", "Faure",  "Mercier",
                                  "Blanchard", "Garnier",  "Perrin",    "Morel"};
const char* const kAllergies[] = {"fruits à coque", "crustacés", "lactose", "œufs", "arachides", "sésame"};
const char* const kDiets[] = {"sans gluten", "végétarien", "végan", "halal"};
const char* const kNotes[] = {"Anniversaire, une bougie sur le dessert si possible.",
                              "Table au calme, près de la roue du moulin.", "Poussette pour un bébé.",
                              "Fiançailles : prévoir une coupe de champagne.",
                              "En terrasse si le temps le permet."};

template <typename T, size_t N>
QString pick(const T (&list)[N], quint64 r)
{
    return QString::fromUtf8(list[r % N]);
}

QString uuidFrom(quint64 a, quint64 b)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((a >> (8 * i)) & 0xff);
        bytes[8 + i] = char((b >> (8 * i)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// TheFork's error body: {data: {code}, error, statusCode}.
QHttpServerResponse forkError(int status, const QString& code)
{
    static const QHash<int, QString> names{{400, QStringLiteral("Bad Request")},
                                           {401, QStringLiteral("Unauthorized")},
                                           {404, QStringLiteral("Not Found")},
                                           {409, QStringLiteral("Conflict")},
                                           {500, QStringLiteral("Internal Server Error")},
                                           {502, QStringLiteral("Bad Gateway")},
                                           {503, QStringLiteral("Service Unavailable")}};
    return SandboxHttp::json(
        QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), code}}},
                    {QStringLiteral("error"), names.value(status, QStringLiteral("Error"))},
                    {QStringLiteral("statusCode"), status}},
        status);
}

} // namespace

SandboxTheFork* SandboxTheFork::install(SandboxServer* server)
{
    return new SandboxTheFork(server);
}

SandboxTheFork* SandboxTheFork::of(SandboxServer* server)
{
    if (!server)
        return nullptr;
    if (auto* installed = server->findChild<SandboxTheFork*>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    return install(server);
}

QString SandboxTheFork::restaurantUuid()
{
    return QStringLiteral("8b4f2c1e-5d3a-4e7b-9c6f-1a2b3c4d5e6f");
}

QString SandboxTheFork::audience()
{
    return QStringLiteral("https://api.thefork.io");
}

void SandboxTheFork::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    m_generated = false;
}

qint64 SandboxTheFork::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SandboxTheFork::setDays(int back, int ahead)
{
    m_daysBack = std::max(0, back);
    m_daysAhead = std::max(0, ahead);
    m_generated = false;
}

void SandboxTheFork::setVolume(int factor)
{
    m_volume = std::max(1, factor);
    m_generated = false;
}

void SandboxTheFork::failNext(int status, int times)
{
    for (int i = 0; i < times; ++i)
        m_failures.append(status);
}

void SandboxTheFork::ensureGenerated() const
{
    if (m_generated)
        return;
    m_generated = true;
    m_reservations.clear();
    m_index.clear();
    m_customers.clear();
    m_listCache = {};
    const QTimeZone paris("Europe/Paris");
    const qint64 now = nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, paris).date();
    // A customer of TheFork, made from its key: a regular (one of a pool the
    // bookings come back to) or a guest of one booking.
    const auto customerOf = [&](quint64 key, qint64 bookedMs) {
        const QString uuid = uuidFrom(mix(key ^ 0xC057ull), mix(key ^ 0x0E45ull));
        const QDate booked = QDateTime::fromMSecsSinceEpoch(bookedMs, QTimeZone::utc()).date();
        auto it = m_customers.find(uuid);
        if (it != m_customers.end()) {
            it->lastUpdate = std::min(it->lastUpdate, booked);
            return uuid;
        }
        quint64 n = key;
        Customer c;
        c.uuid = uuid;
        c.firstName = pick(kFirstNames, mix(++n));
        c.lastName = pick(kLastNames, mix(++n));
        c.phone = QStringLiteral("+336%1").arg(mix(++n) % 100'000'000, 8, 10, QLatin1Char('0'));
        c.email = QStringLiteral("%1.%2@exemple.fr")
                      .arg(c.firstName.toLower(), c.lastName.toLower())
                      .normalized(QString::NormalizationForm_D)
                      .remove(QRegularExpression(QStringLiteral("[^a-z.@]")));
        if (mix(++n) % 4 == 0)
            c.allergies << pick(kAllergies, mix(++n));
        if (mix(++n) % 6 == 0)
            c.dietary << pick(kDiets, mix(++n));
        c.newsletter = mix(++n) % 3 == 0;
        c.lastUpdate = booked;
        m_customers.insert(c.uuid, c);
        return uuid;
    };
    // TheFork's share of the demo restaurant's booked parties (DemoRestaurant,
    // from the sandbox's footfall model), each `m_volume` times.
    const QList<DemoRestaurant::DemoBooking> bookings =
        DemoRestaurant::channelBookings(DemoRestaurant::Channel::TheFork, m_seed, today.addDays(-m_daysBack),
                                        today.addDays(m_daysAhead), now);
    for (int copy = 0; copy < m_volume; ++copy) {
        for (const DemoRestaurant::DemoBooking& b : bookings) {
            using State = DemoRestaurant::DemoBooking::State;
            quint64 n = copy == 0 ? b.seed : mix(b.seed ^ (quint64(copy) * 0x5851F42D4C957F2Dull));
            Reservation r;
            const quint64 idHigh = mix(++n);
            r.uuid = uuidFrom(idHigh, mix(++n));
            r.mealMs = b.startsMs;
            r.partySize = b.partySize;
            r.createdMs = b.bookedAtMs;
            r.updatedMs = b.changedAtMs;
            if (mix(++n) % 3 == 0)
                r.note = pick(kNotes, mix(++n));
            if (mix(++n) % 4 == 0)
                r.discount = mix(++n) % 2 ? 30 : 50;
            const quint64 fate = mix(++n) % 100;
            switch (b.state) {
            case State::Cancelled:
                r.status = QStringLiteral("CANCELED");
                break;
            case State::NoShow:
                r.status = QStringLiteral("NO_SHOW");
                break;
            case State::Left:
                r.mealStatus = QStringLiteral("LEFT");
                break;
            case State::Seated:
                r.mealStatus = QStringLiteral("SEATED");
                break;
            case State::Standing:
                if (fate < 6)
                    r.status = QStringLiteral("REQUESTED");
                else if (fate % 5 == 0) // changed since it was made
                    r.updatedMs = std::min(now - 60'000, r.createdMs + qint64(mix(++n) % 172'800'000));
                break;
            }
            r.updatedMs = std::max(r.updatedMs, r.createdMs);
            // One booking in five by a regular.
            r.customerUuid = mix(++n) % 5 == 0
                                 ? customerOf(mix(quint64(m_seed) ^ (mix(++n) % 60)), r.createdMs)
                                 : customerOf(mix(++n), r.createdMs);
            m_index.insert(r.uuid, m_reservations.size());
            m_reservations.append(r);
        }
    }
}

QList<SandboxTheFork::Reservation> SandboxTheFork::reservations() const
{
    ensureGenerated();
    return m_reservations;
}

std::optional<SandboxTheFork::Reservation> SandboxTheFork::reservation(const QString& uuid) const
{
    ensureGenerated();
    const auto it = m_index.constFind(uuid);
    if (it == m_index.cend() || m_forgotten.contains(uuid))
        return std::nullopt;
    return m_reservations.at(*it);
}

std::optional<SandboxTheFork::Customer> SandboxTheFork::customer(const QString& uuid) const
{
    ensureGenerated();
    const auto it = m_customers.constFind(uuid);
    if (it == m_customers.cend())
        return std::nullopt;
    return *it;
}

bool SandboxTheFork::update(const QString& uuid, std::optional<int> partySize, std::optional<QString> status)
{
    ensureGenerated();
    const auto it = m_index.constFind(uuid);
    if (it != m_index.cend()) {
        Reservation& r = m_reservations[*it];
        m_listCache = {};
        if (partySize)
            r.partySize = *partySize;
        if (status)
            r.status = *status;
        r.updatedMs = std::max(r.updatedMs + 1, nowMs());
        return true;
    }
    return false;
}

bool SandboxTheFork::setCustomerPhone(const QString& uuid, const QString& phone)
{
    ensureGenerated();
    const auto it = m_customers.find(uuid);
    if (it == m_customers.end())
        return false;
    it->phone = phone;
    it->lastUpdate = QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()).date();
    return true;
}

bool SandboxTheFork::updateCustomer(const QString& uuid, const std::function<void(Customer&)>& change)
{
    ensureGenerated();
    const auto it = m_customers.find(uuid);
    if (it == m_customers.end())
        return false;
    if (change)
        change(*it);
    it->uuid = uuid;
    it->lastUpdate = QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()).date();
    if (m_webhookUrl.isValid())
        sendWebhook(QStringLiteral("customer"), QStringLiteral("customerUpdated"), uuid);
    return true;
}

bool SandboxTheFork::sendWebhook(const QString& entityType, const QString& eventType, const QString& uuid)
{
    if (!m_webhookUrl.isValid())
        return false;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(m_webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("entityType"), entityType},
                           {QStringLiteral("eventType"), eventType},
                           {QStringLiteral("uuid"), uuid},
                           {QStringLiteral("restaurantUuid"), restaurantUuid()}};
    QNetworkReply* reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, eventType, uuid] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        m_webhookStatuses.append(status);
        Q_EMIT webhookAnswered(eventType, uuid, status);
    });
    return true;
}

QString SandboxTheFork::addReservation(const QDateTime& mealDate, int partySize, const QString& firstName,
                                       const QString& lastName, const QString& phone,
                                       const QStringList& allergies)
{
    ensureGenerated();
    ++m_added;
    Customer c;
    c.uuid = uuidFrom(mix(0xc0ffee00u + quint64(m_added)), mix(m_seed + quint64(m_added)));
    c.firstName = firstName;
    c.lastName = lastName;
    c.phone = phone;
    c.allergies = allergies;
    c.lastUpdate = QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()).date();
    m_customers.insert(c.uuid, c);
    --m_added; // its first booking takes the same number
    return addReservationFor(c.uuid, mealDate, partySize);
}

QString SandboxTheFork::addReservationFor(const QString& customerUuid, const QDateTime& mealDate,
                                          int partySize)
{
    ensureGenerated();
    if (!m_customers.contains(customerUuid))
        return QString();
    ++m_added;
    Reservation r;
    r.uuid = uuidFrom(mix(0xfeed0000u + quint64(m_added)), mix(m_seed * 7 + quint64(m_added)));
    r.customerUuid = customerUuid;
    r.mealMs = mealDate.toMSecsSinceEpoch();
    r.partySize = partySize;
    r.createdMs = r.updatedMs = nowMs();
    m_index.insert(r.uuid, m_reservations.size());
    m_reservations.append(r);
    m_listCache = {};
    return r.uuid;
}

void SandboxTheFork::forget(const QString& uuid)
{
    m_forgotten.insert(uuid);
    m_listCache = {};
}

QJsonObject SandboxTheFork::reservationJson(const Reservation& r) const
{
    QJsonObject o{{QStringLiteral("reservationUuid"), r.uuid},
                  {QStringLiteral("restaurantUuid"), restaurantUuid()},
                  {QStringLiteral("mealDate"), iso(r.mealMs)},
                  {QStringLiteral("mealStatus"), orNull(r.mealStatus)},
                  {QStringLiteral("partySize"), r.partySize},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("offerUuid"), QJsonValue::Null},
                  {QStringLiteral("customerNote"), orNull(r.note)},
                  {QStringLiteral("restaurantNote"), QJsonValue::Null},
                  {QStringLiteral("customerUuid"), r.customerUuid},
                  {QStringLiteral("customFields"), QJsonArray()},
                  {QStringLiteral("offerDetails"), QJsonValue::Null},
                  {QStringLiteral("utmTrackingInformation"), QJsonValue::Null},
                  {QStringLiteral("billAmount"), QJsonValue::Null},
                  {QStringLiteral("reservationChannel"), QStringLiteral("TheFork")},
                  {QStringLiteral("createdAt"), iso(r.createdMs)},
                  {QStringLiteral("updatedAt"), iso(r.updatedMs)}};
    if (r.discount > 0) {
        o.insert(QStringLiteral("offerUuid"), uuidFrom(mix(quint64(r.discount)), 42));
        o.insert(QStringLiteral("offerDetails"),
                 QJsonObject{{QStringLiteral("offerType"), QStringLiteral("promotion")},
                             {QStringLiteral("name"), QJsonValue::Null},
                             {QStringLiteral("discountPercentage"), r.discount},
                             {QStringLiteral("presetMenuType"), QJsonValue::Null},
                             {QStringLiteral("price"), QJsonValue::Null},
                             {QStringLiteral("currency"), QStringLiteral("EUR")}});
    }
    if (r.mealMs < nowMs() && r.status == QLatin1String("RECORDED"))
        o.insert(QStringLiteral("billAmount"),
                 QJsonObject{{QStringLiteral("totalPrice"), 38 * r.partySize},
                             {QStringLiteral("currency"), QStringLiteral("EUR")}});
    return o;
}

QJsonObject SandboxTheFork::customerJson(const Customer& c)
{
    auto list = [](const QStringList& items) {
        return items.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(items));
    };
    const QString day = c.lastUpdate.toString(Qt::ISODate);
    return QJsonObject{
        {QStringLiteral("customerUuid"), c.uuid},
        {QStringLiteral("email"), orNull(c.email)},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("phone"), orNull(c.phone)},
        {QStringLiteral("locale"), QStringLiteral("fr_FR")},
        {QStringLiteral("civility"), QJsonValue::Null},
        {QStringLiteral("isVip"), false},
        {QStringLiteral("allergiesAndIntolerances"), list(c.allergies)},
        {QStringLiteral("dietaryRestrictions"), list(c.dietary)},
        {QStringLiteral("notes"), QJsonValue::Null},
        {QStringLiteral("country"), QStringLiteral("FR")},
        {QStringLiteral("optins"), QJsonObject{{QStringLiteral("restaurantNewsletter"), c.newsletter}}},
        {QStringLiteral("customFields"), QJsonValue::Null},
        {QStringLiteral("creationDate"), day},
        {QStringLiteral("lastUpdateDate"), day}};
}

bool SandboxTheFork::authorized(const QHttpServerRequest& request) const
{
    if (!m_requireAuth)
        return true;
    const QByteArray auth = SandboxHttp::header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    SandboxOAuth* oauth = SandboxOAuth::of(m_server);
    return oauth && oauth->isAccessTokenValid(auth.mid(7).trimmed());
}

std::optional<QHttpServerResponse> SandboxTheFork::gate(const QHttpServerRequest& request)
{
    if (m_expireAfter == 0) {
        m_expireAfter = -1;
        if (SandboxOAuth* oauth = SandboxOAuth::of(m_server)) {
            if (m_revokeInstead)
                oauth->revokeAccessTokens();
            else
                oauth->expireAccessTokens();
        }
    }
    if (!authorized(request)) {
        ++m_unauthorized;
        return forkError(401, QString());
    }
    if (!m_failures.isEmpty())
        return forkError(m_failures.takeFirst(), QStringLiteral("INTERNAL_ERROR"));
    if (m_expireAfter > 0)
        --m_expireAfter;
    m_served.append(request.url().path());
    return std::nullopt;
}

QHttpServerResponse SandboxTheFork::list(const QHttpServerRequest& request)
{
    const QUrlQuery q = request.query();
    const QString restaurant = q.queryItemValue(QStringLiteral("restaurantUuid"));
    const QDate start = QDate::fromString(q.queryItemValue(QStringLiteral("startDate")), Qt::ISODate);
    const QDate end = QDate::fromString(q.queryItemValue(QStringLiteral("endDate")), Qt::ISODate);
    const QString filterBy = q.hasQueryItem(QStringLiteral("filterBy"))
                                 ? q.queryItemValue(QStringLiteral("filterBy"))
                                 : QStringLiteral("updatedDate");
    bool limitOk = true;
    bool pageOk = true;
    const int limit = q.hasQueryItem(QStringLiteral("limit"))
                          ? q.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : 100;
    const int page =
        q.hasQueryItem(QStringLiteral("page")) ? q.queryItemValue(QStringLiteral("page")).toInt(&pageOk) : 1;
    if (!start.isValid() || !end.isValid() || !limitOk || limit <= 0 || limit > 10000 || !pageOk ||
        page <= 0 || (filterBy != QLatin1String("updatedDate") && filterBy != QLatin1String("mealDate")))
        return forkError(400, QStringLiteral("INVALID_PARAMETERS"));
    if (restaurant != restaurantUuid())
        return forkError(404, QStringLiteral("RESTAURANT_NOT_FOUND"));
    ensureGenerated();
    // The pages of one walk ask for the same set: it is kept until something changes.
    const QString key =
        QStringLiteral("%1 %2 %3").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate), filterBy);
    if (m_listCache.key != key) {
        QList<const Reservation*> matching;
        for (const Reservation& r : std::as_const(m_reservations)) {
            if (m_forgotten.contains(r.uuid))
                continue;
            const qint64 ms = filterBy == QLatin1String("mealDate") ? r.mealMs : r.updatedMs;
            // The UTC day, without a QDateTime each.
            const qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
            const QDate day = QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days);
            if (day >= start && day <= end)
                matching.append(&r);
        }
        std::stable_sort(matching.begin(), matching.end(), [](const Reservation* a, const Reservation* b) {
            return a->updatedMs != b->updatedMs ? a->updatedMs < b->updatedMs : a->uuid < b->uuid;
        });
        m_listCache.key = key;
        m_listCache.uuids.clear();
        for (const Reservation* r : std::as_const(matching))
            m_listCache.uuids.append(r->uuid);
    }
    const QStringList& matching = m_listCache.uuids;
    QJsonArray ids;
    for (qsizetype i = qsizetype(page - 1) * limit;
         i < std::min<qsizetype>(matching.size(), qsizetype(page) * limit); ++i)
        ids.append(matching.at(i));
    return SandboxHttp::json(QJsonObject{{QStringLiteral("data"), ids},
                                         {QStringLiteral("totalCount"), int(matching.size())},
                                         {QStringLiteral("page"), page},
                                         {QStringLiteral("limit"), limit}});
}

SandboxTheFork::SandboxTheFork(SandboxServer* server)
    : QObject(server)
    , m_server(server)
    , m_seed(server->seed())
{
    // TheFork's token: client credentials with its audience (SandboxOAuth's
    // /oauth/token), for the demo client too.
    if (SandboxOAuth* oauth = SandboxOAuth::of(server)) {
        SandboxOAuth::Client client;
        client.clientId = QStringLiteral("thefork-demo");
        client.secret = SandboxOAuth::demoClientSecret();
        client.audience = audience();
        client.accessTokenLifetimeSecs = 8600;
        oauth->setClient(client);
    }
    using Method = QHttpServerRequest::Method;
    server->addRoute(QStringLiteral("/manager/v1/reservations"), Method::Get,
                     [this](const QHttpServerRequest& request, const QStringList&) {
                         if (auto refused = gate(request))
                             return std::move(*refused);
                         return list(request);
                     });
    server->addRoute(QStringLiteral("/manager/v1/reservations/<arg>"), Method::Get,
                     [this](const QHttpServerRequest& request, const QStringList& captures) {
                         if (auto refused = gate(request))
                             return std::move(*refused);
                         const std::optional<Reservation> r = reservation(captures.value(0));
                         if (!r)
                             return forkError(404, QStringLiteral("RESERVATION_NOT_FOUND"));
                         return SandboxHttp::json(reservationJson(*r));
                     });
    server->addRoute(QStringLiteral("/manager/v1/customers/<arg>"), Method::Get,
                     [this](const QHttpServerRequest& request, const QStringList& captures) {
                         if (auto refused = gate(request))
                             return std::move(*refused);
                         const std::optional<Customer> c = customer(captures.value(0));
                         if (!c)
                             return forkError(404, QStringLiteral("CUSTOMER_NOT_FOUND"));
                         return SandboxHttp::json(customerJson(*c));
                     });
    server->addRoute(QStringLiteral("/manager/v1/restaurants/<arg>/availabilities/override"), Method::Put,
                     [this](const QHttpServerRequest& request, const QStringList& captures) {
                         if (auto refused = gate(request))
                             return std::move(*refused);
                         if (captures.value(0) != restaurantUuid())
                             return forkError(404, QStringLiteral("RESTAURANT_NOT_FOUND"));
                         const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                         Override o;
                         o.date = body.value(QStringLiteral("date")).toString();
                         o.startTime = body.value(QStringLiteral("startTime")).toString();
                         o.endTime = body.value(QStringLiteral("endTime")).toString(o.startTime);
                         o.isOpen = body.value(QStringLiteral("isOpen")).toBool(false);
                         if (!QDate::fromString(o.date, Qt::ISODate).isValid() ||
                             !QTime::fromString(o.startTime, QStringLiteral("HH:mm")).isValid())
                             return forkError(400, QStringLiteral("INVALID_PARAMETERS"));
                         m_overrides.append(o);
                         return SandboxHttp::json(
                             QJsonObject{{QStringLiteral("restaurantUuid"), restaurantUuid()},
                                         {QStringLiteral("date"), o.date},
                                         {QStringLiteral("startTime"), o.startTime},
                                         {QStringLiteral("endTime"), o.endTime},
                                         {QStringLiteral("isOpen"), o.isOpen}});
                     });
}

} // namespace Moulin
