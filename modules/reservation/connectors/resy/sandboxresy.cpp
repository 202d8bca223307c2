#include "reservation/connectors/resy/sandboxresy.h"

#include "reservation/connectors/demorestaurant.h"
#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>
#include <limits>
#include <tuple>

namespace Moulin {

namespace {

using SandboxHttp::mix;

constexpr qint64 kMinuteMs = 60'000;

const char* const kFirstNames[] = {"Camille", "Juliette", "Margaux", "Charlotte", "Élise", "Paul",
                                   "Arthur",  "Louis",    "Gabriel", "Adrien",    "Théo",  "Noémie"};
const char* const kLastNames[] = {"Laurent", "Lemoine", "Barbier", "Renaud", "Caron",  "Collet",
                                  "Picard",  "Brunet",  "Leclerc", "Aubert", "Giraud", "Meunier"};
const char* const kRequests[] = {
    "Table en terrasse si possible", "Allergie aux fruits à coque", "Un anniversaire",
    "Table au calme si possible",    "Chaise haute pour un enfant", "Menu végétarien pour une personne"};
const char* const kAllergies[] = {"Gluten", "Fruits à coque", "Crustacés", "Lactose", "Arachides", "Œufs"};
quint64 random(quint64 seed, quint64 stream, quint64 n)
{
    return mix(seed * 0x9E3779B97F4A7C15ull ^ mix(stream * 31 + n));
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QHttpServerResponse apiError(const QString& message, int status)
{
    return SandboxHttp::json(
        QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}}, status);
}

std::optional<qint64> queryNumber(const QUrlQuery& query, const QString& key, qint64 fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 n = query.queryItemValue(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString ascii(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace

SandboxResy* SandboxResy::install(SandboxServer* server)
{
    return new SandboxResy(server);
}

SandboxResy* SandboxResy::of(SandboxServer* server)
{
    if (!server)
        return nullptr;
    if (auto* installed = server->findChild<SandboxResy*>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    return install(server);
}

QString SandboxResy::venueId()
{
    return QStringLiteral("58214");
}

QByteArray SandboxResy::demoApiKey()
{
    return QByteArrayLiteral("moulin-demo-resy-key");
}

void SandboxResy::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    m_generated = false;
}

qint64 SandboxResy::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SandboxResy::setDays(int back, int ahead)
{
    m_daysBack = std::clamp(back, 0, 366);
    m_daysAhead = std::clamp(ahead, 0, 366);
    m_generated = false;
}

void SandboxResy::setMaxPageSize(int size)
{
    m_maxPageSize = std::clamp(size, 1, 1000);
}

void SandboxResy::ensureGenerated() const
{
    if (m_generated)
        return;
    m_generated = true;
    m_reservations.clear();
    m_index.clear();
    m_added = 0;
    const qint64 now = nowMs();
    const QTimeZone zone("Europe/Paris");
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(zone).date();
    m_latestMs = 0;
    // Resy's share of the demo restaurant's booked parties (DemoRestaurant,
    // from the sandbox's footfall model), as they stand now.
    using State = DemoRestaurant::DemoBooking::State;
    for (const DemoRestaurant::DemoBooking& b :
         DemoRestaurant::channelBookings(DemoRestaurant::Channel::Resy, m_seed, today.addDays(-m_daysBack),
                                         today.addDays(m_daysAhead), now)) {
        quint64 n = 0;
        auto next = [&](quint64 bound) { return random(b.seed, 0x5E54ull, n++) % bound; };
        Reservation r;
        r.id = QStringLiteral("RSY-%1")
                   .arg(random(b.seed, 0x1D5ull, 0) & 0xFFFFFFFFull, 8, 16, QLatin1Char('0'))
                   .toUpper();
        for (quint64 clash = 1; m_index.contains(r.id); ++clash) // rare: the next free one
            r.id = QStringLiteral("RSY-%1")
                       .arg(random(b.seed, 0x1D5ull, clash) & 0xFFFFFFFFull, 8, 16, QLatin1Char('0'))
                       .toUpper();
        r.startsMs = b.startsMs;
        r.seats = b.partySize;
        r.bookedMs = b.bookedAtMs;
        r.updatedMs = b.changedAtMs;
        r.firstName = QString::fromUtf8(kFirstNames[next(std::size(kFirstNames))]);
        r.lastName = QString::fromUtf8(kLastNames[next(std::size(kLastNames))]);
        r.guestId = QStringLiteral("usr_%1").arg(random(b.seed, 0x6E5ull, 0) % 9'000'000 + 1'000'000);
        r.phone = QStringLiteral("+336%1").arg(10'000'000 + next(89'999'999));
        r.email = QStringLiteral("%1.%2@gmail.com").arg(ascii(r.firstName), ascii(r.lastName));
        if (next(12) == 0)
            r.allergies = {QString::fromUtf8(kAllergies[next(std::size(kAllergies))])};
        if (next(5) == 0)
            r.specialRequest = QString::fromUtf8(kRequests[next(std::size(kRequests))]);
        switch (b.state) {
        case State::Cancelled:
            r.status = QStringLiteral("cancelled");
            r.version = 2;
            break;
        case State::NoShow:
            r.status = QStringLiteral("no_show");
            r.version = 2;
            break;
        case State::Left:
            r.status = QStringLiteral("finished");
            r.version = 3;
            break;
        case State::Seated:
            r.status = QStringLiteral("seated");
            r.version = 2;
            r.updatedMs = std::min(now, r.startsMs + 5 * kMinuteMs);
            break;
        case State::Standing:
            r.status = QStringLiteral("booked");
            break;
        }
        r.updatedMs = std::clamp(r.updatedMs, r.bookedMs, now);
        m_latestMs = std::max(m_latestMs, r.updatedMs);
        m_index.insert(r.id, m_reservations.size());
        m_reservations.append(r);
    }
}

qint64 SandboxResy::nextChangeMs()
{
    ensureGenerated();
    m_latestMs = std::max(nowMs(), m_latestMs + 1);
    return m_latestMs;
}

QList<SandboxResy::Reservation> SandboxResy::reservations() const
{
    ensureGenerated();
    return m_reservations;
}

std::optional<SandboxResy::Reservation> SandboxResy::reservation(const QString& id) const
{
    ensureGenerated();
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return m_reservations.at(*it);
}

QString SandboxResy::addReservation(const QDateTime& startsAt, int seats, const QString& firstName,
                                    const QString& lastName, const QString& phone)
{
    ensureGenerated();
    ++m_added;
    Reservation r;
    r.id = QStringLiteral("RSY-NEW%1").arg(m_added, 4, 10, QLatin1Char('0'));
    r.status = QStringLiteral("booked");
    r.startsMs = startsAt.toMSecsSinceEpoch();
    r.seats = seats;
    r.firstName = firstName;
    r.lastName = lastName;
    r.phone = phone;
    r.guestId = QStringLiteral("usr_new%1").arg(m_added);
    r.bookedMs = nextChangeMs();
    r.updatedMs = r.bookedMs;
    m_index.insert(r.id, m_reservations.size());
    m_reservations.append(r);
    return r.id;
}

bool SandboxResy::cancel(const QString& id)
{
    ensureGenerated();
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return false;
    Reservation& r = m_reservations[*it];
    r.status = QStringLiteral("cancelled");
    ++r.version;
    r.updatedMs = nextChangeMs();
    return true;
}

bool SandboxResy::changeSeats(const QString& id, int seats)
{
    ensureGenerated();
    const auto it = m_index.constFind(id);
    if (it == m_index.cend() || seats <= 0)
        return false;
    Reservation& r = m_reservations[*it];
    r.seats = seats;
    ++r.version;
    r.updatedMs = nextChangeMs();
    return true;
}

void SandboxResy::failNext(int status, int times)
{
    for (int i = 0; i < times; ++i)
        m_failures.append(status);
}

QJsonObject SandboxResy::reservationJson(const Reservation& r)
{
    QJsonObject guest{{QStringLiteral("id"), r.guestId},
                      {QStringLiteral("first_name"), r.firstName},
                      {QStringLiteral("last_name"), r.lastName},
                      {QStringLiteral("phone"), r.phone}};
    if (!r.email.isEmpty())
        guest.insert(QStringLiteral("email"), r.email);
    guest.insert(QStringLiteral("allergies"), QJsonArray::fromStringList(r.allergies));
    QJsonObject o{{QStringLiteral("reservation_id"), r.id},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("venue_id"), venueId().toInt()},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("starts_at_utc"), isoMs(r.startsMs)},
                  {QStringLiteral("num_seats"), r.seats},
                  {QStringLiteral("booked_at_utc"), isoMs(r.bookedMs)},
                  {QStringLiteral("updated_at_utc"), isoMs(r.updatedMs)},
                  {QStringLiteral("guest"), guest}};
    if (!r.specialRequest.isEmpty())
        o.insert(QStringLiteral("special_request"), r.specialRequest);
    return o;
}

QHttpServerResponse SandboxResy::poll(const QHttpServerRequest& request)
{
    if (const std::optional<int> wait = m_rateLimit.admit()) {
        QHttpServerResponse r = apiError(QStringLiteral("Too many requests, retry in %1 s").arg(*wait), 429);
        m_rateLimit.addRetryAfter(r, *wait);
        return r;
    }
    QHttpServerResponse answer = page(request);
    m_rateLimit.addHeaders(answer);
    return answer;
}

QHttpServerResponse SandboxResy::page(const QHttpServerRequest& request)
{
    // Authorization: ResyAPI api_key="<key>"
    const QByteArray auth = SandboxHttp::header(request, "Authorization").trimmed();
    const QByteArray prefix = "ResyAPI api_key=\"";
    const QByteArray key = auth.startsWith(prefix) && auth.endsWith('"') && auth.size() > prefix.size()
                               ? auth.mid(prefix.size(), auth.size() - prefix.size() - 1)
                               : QByteArray();
    if (key.isEmpty() || (key != demoApiKey() && !m_keys.contains(key))) {
        ++m_refused;
        QHttpServerResponse r = apiError(QStringLiteral("Invalid or missing API key"), 401);
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("ResyAPI realm=\"partner\""));
        return r;
    }
    if (!m_failures.isEmpty()) {
        const int status = m_failures.takeFirst();
        return apiError(status == 503 ? QStringLiteral("Service temporarily unavailable")
                                      : QStringLiteral("Internal server error"),
                        status);
    }
    ensureGenerated();
    const QUrlQuery query = request.query();
    if (query.queryItemValue(QStringLiteral("venue_id")) != venueId())
        return apiError(QStringLiteral("Unknown venue"), 404);
    const std::optional<qint64> limit = queryNumber(query, QStringLiteral("limit"), kDefaultPageSize);
    const std::optional<qint64> offset = queryNumber(query, QStringLiteral("offset"), 0);
    if (!limit || *limit < 1 || !offset || *offset < 0)
        return apiError(QStringLiteral("limit must be a positive integer and offset a non-negative one"),
                        400);
    qint64 after = std::numeric_limits<qint64>::min();
    if (query.hasQueryItem(QStringLiteral("updated_after"))) {
        const QDateTime t = QDateTime::fromString(
            query.queryItemValue(QStringLiteral("updated_after"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!t.isValid())
            return apiError(QStringLiteral("updated_after must be an ISO 8601 date and time"), 400);
        after = t.toMSecsSinceEpoch();
    }
    QList<const Reservation*> matching;
    for (const Reservation& r : std::as_const(m_reservations)) {
        if (r.updatedMs > after)
            matching.append(&r);
    }
    std::sort(matching.begin(), matching.end(), [](const Reservation* a, const Reservation* b) {
        return std::tie(a->updatedMs, a->id) < std::tie(b->updatedMs, b->id);
    });
    const qint64 pageSize = std::min<qint64>(*limit, m_maxPageSize);
    const qint64 end = std::min<qint64>(matching.size(), *offset + pageSize);
    QJsonArray items;
    for (qint64 i = *offset; i < end; ++i)
        items.append(reservationJson(*matching.at(i)));
    m_requests.append({query, int(items.size())});
    const bool hasNext = end < matching.size();
    QJsonValue nextUrl = QJsonValue::Null;
    if (hasNext) {
        QUrl next = request.url();
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("offset"));
        q.addQueryItem(QStringLiteral("offset"), QString::number(end));
        next.setQuery(q);
        nextUrl = next.toString(QUrl::FullyEncoded);
    }
    return SandboxHttp::json(QJsonObject{{QStringLiteral("hasNextPage"), hasNext},
                                         {QStringLiteral("nextPageUrl"), nextUrl},
                                         {QStringLiteral("offset"), *offset},
                                         {QStringLiteral("limit"), pageSize},
                                         {QStringLiteral("items"), items}});
}

SandboxResy::SandboxResy(SandboxServer* server)
    : QObject(server)
    , m_seed(server->seed())
{
    using Method = QHttpServerRequest::Method;
    server->addRoute(QStringLiteral("/partner/v1/reservations"), Method::Get,
                     [this](const QHttpServerRequest& request, const QStringList&) { return poll(request); });
    server->addRoute(QStringLiteral("/_sandbox/resy/reservations"), Method::Post,
                     [this](const QHttpServerRequest& request, const QStringList&) {
                         const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                         const QDateTime at = QDateTime::fromString(
                             body.value(QStringLiteral("starts_at_utc")).toString(), Qt::ISODateWithMs);
                         const int seats = body.value(QStringLiteral("num_seats")).toInt();
                         if (!at.isValid() || seats <= 0)
                             return apiError(QStringLiteral("starts_at_utc and num_seats are required"), 400);
                         const QString id =
                             addReservation(at, seats, body.value(QStringLiteral("first_name")).toString(),
                                            body.value(QStringLiteral("last_name")).toString(),
                                            body.value(QStringLiteral("phone")).toString());
                         return SandboxHttp::json(QJsonObject{{QStringLiteral("reservation_id"), id}}, 201);
                     });
    server->addRoute(QStringLiteral("/_sandbox/resy/reservations/<arg>/cancel"), Method::Post,
                     [this](const QHttpServerRequest&, const QStringList& captures) {
                         if (!cancel(captures.value(0)))
                             return apiError(QStringLiteral("Unknown reservation"), 404);
                         return SandboxHttp::json(reservationJson(*reservation(captures.value(0))));
                     });
}

} // namespace Moulin
