#include "reservation/connectors/opentable/sandboxopentable.h"

#include "reservation/connectors/demorestaurant.h"
#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <tuple>

namespace Moulin {

namespace {

using SandboxHttp::header;
using SandboxHttp::mix;

/// splitmix64 over (seed, stream): the same bookings for the same seed and day.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next() { return mix(m_state += 0x9E3779B97F4A7C15ull); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    template <typename T, qsizetype N>
    const T& pick(const T (&list)[N])
    {
        return list[below(int(N))];
    }

private:
    quint64 m_state;
};

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

const char* const kFirstNames[] = {
    "Camille",  "Léa",     "Manon",   "Chloé",   "Inès",     "Sarah",     "Julie",    "Emma",
    "Louise",   "Alice",   "Claire",  "Élodie",  "Nathalie", "Sophie",    "Isabelle", "Hélène",
    "Anne",     "Margaux", "Thomas",  "Nicolas", "Julien",   "Maxime",    "Antoine",  "Hugo",
    "Lucas",    "Pierre",  "Mathieu", "Olivier", "François", "Guillaume", "Benoît",   "Sébastien",
    "Philippe", "Jean",    "Marc",    "Éric",    "Stéphane", "Raphaël",   "Arnaud",   "Vincent",
};
const char* const kLastNames[] = {
    "Laurent",  "Martin",  "Bernard",  "Dubois",    "Thomas",  "Robert",  "Richard",  "Petit",
    "Durand",   "Leroy",   "Moreau",   "Simon",     "Lefèvre", "Michel",  "Garcia",   "David",
    "Bertrand", "Roux",    "Vincent",  "Fournier",  "Morel",   "Girard",  "André",    "Mercier",
    "Dupont",   "Lambert", "Bonnet",   "François",  "Legrand", "Garnier", "Faure",    "Rousseau",
    "Blanc",    "Guérin",  "Muller",   "Henry",     "Roussel", "Perrin",  "Morin",    "Clément",
    "Gauthier", "Dumont",  "Fontaine", "Chevalier", "Robin",   "Masson",  "Marchand", "Duval",
};
const char* const kMailDomains[] = {"gmail.com",  "orange.fr", "free.fr",  "laposte.net",
                                    "outlook.fr", "sfr.fr",    "yahoo.fr", "wanadoo.fr"};
const char* const kReservationNotes[] = {
    "Allergie aux fruits à coque",
    "Table en terrasse si possible",
    "Chaise haute pour un bébé",
    "Anniversaire : une bougie sur le dessert, merci",
    "Un convive végétarien",
    "Sans gluten pour une personne",
    "Arrivera avec un quart d'heure de retard",
    "Table au calme si possible",
    "Vient avec une poussette",
    "Près de la cheminée si possible",
};
const char* const kVisitTags[] = {"Anniversaire", "Repas d'affaires", "Première visite", "Habitué",
                                  "Occasion spéciale"};
const char* const kGuestNotes[] = {"Client fidèle", "Préfère la salle du fond", "Aime les vins de Loire",
                                   "Vient souvent en famille"};
const char* const kAllergies[] = {"Fruits à coque", "Gluten", "Crustacés", "Lactose", "Arachides"};

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// "Élodie" → "elodie", for e-mail addresses.
QString ascii(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

QString uuidLike(quint64 a, quint64 b)
{
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(a & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg((b >> 48) & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg(b & 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0'));
}

QHttpServerResponse apiError(const QString& error, const QString& message, int status)
{
    return SandboxHttp::json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}}, status);
}

/// The query's integer `key`, `fallback` when absent; nullopt when not a number.
std::optional<qint64> queryNumber(const QUrlQuery& query, const QString& key, qint64 fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 n = query.queryItemValue(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

std::optional<SandboxOpenTable::Change> SandboxOpenTable::Change::fromJson(const QJsonObject& o,
                                                                           QString* error)
{
    Change c;
    if (o.contains(QLatin1String("party_size"))) {
        if (!o.value(QLatin1String("party_size")).isDouble()) {
            *error = QStringLiteral("party_size must be a number");
            return std::nullopt;
        }
        c.partySize = o.value(QLatin1String("party_size")).toInt();
    }
    if (o.contains(QLatin1String("state"))) {
        if (!o.value(QLatin1String("state")).isString()) {
            *error = QStringLiteral("state must be a string");
            return std::nullopt;
        }
        c.state = o.value(QLatin1String("state")).toString();
    }
    if (o.contains(QLatin1String("scheduled_time_utc"))) {
        const QDateTime t =
            QDateTime::fromString(o.value(QLatin1String("scheduled_time_utc")).toString(), Qt::ISODateWithMs);
        if (!t.isValid()) {
            *error = QStringLiteral("scheduled_time_utc must be an ISO 8601 date and time");
            return std::nullopt;
        }
        c.scheduledAt = t;
    }
    if (o.contains(QLatin1String("notes")))
        c.notes = o.value(QLatin1String("notes")).toString();
    return c;
}

SandboxOpenTable* SandboxOpenTable::install(SandboxServer* server)
{
    return new SandboxOpenTable(server);
}

SandboxOpenTable* SandboxOpenTable::of(SandboxServer* server)
{
    if (!server)
        return nullptr;
    if (auto* installed = server->findChild<SandboxOpenTable*>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    return install(server);
}

QString SandboxOpenTable::restaurantId()
{
    return QStringLiteral("412869");
}

QTimeZone SandboxOpenTable::timeZone()
{
    return QTimeZone("Europe/Paris");
}

void SandboxOpenTable::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    m_generated = false;
}

qint64 SandboxOpenTable::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SandboxOpenTable::setDays(int back, int ahead)
{
    m_daysBack = std::clamp(back, 0, 366);
    m_daysAhead = std::clamp(ahead, 0, 366);
    m_generated = false;
}

void SandboxOpenTable::setMaxPageSize(int size)
{
    m_maxPageSize = std::clamp(size, 1, 1000);
}

void SandboxOpenTable::ensureGenerated() const
{
    if (!m_generated)
        generate();
}

void SandboxOpenTable::generate() const
{
    m_generated = true;
    m_reservations.clear();
    m_reservationIndex.clear();
    m_guests.clear();
    m_guestIndex.clear();
    m_lateCopies.clear();
    m_served.clear();
    m_added = 0;

    const qint64 now = nowMs();
    const QTimeZone zone = timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(zone).date();
    m_latestMs = 0;

    // A guest of OpenTable, made from its key (a returning guest's key comes
    // back): the same guest whatever the clock.
    auto guestOf = [&](quint64 key, qint64 at) -> QString {
        const QString id = uuidLike(mix(key ^ 0x6F70656Eull), mix(key ^ 0x7461626Cull));
        const auto it = m_guestIndex.constFind(id);
        if (it != m_guestIndex.cend()) {
            Guest& known = m_guests[*it];
            known.updatedMs = std::min(known.updatedMs, at);
            return id;
        }
        Rng rng(key);
        Guest g;
        g.id = id;
        g.firstName = utf8(rng.pick(kFirstNames));
        g.lastName = utf8(rng.pick(kLastNames));
        const int mobile = rng.chance(0.8) ? 6 : 7;
        g.phone = QStringLiteral("+33%1%2").arg(mobile).arg(rng.between(10'000'000, 99'999'999));
        if (!rng.chance(0.1))
            g.email = QStringLiteral("%1.%2@%3")
                          .arg(ascii(g.firstName), ascii(g.lastName), QLatin1String(rng.pick(kMailDomains)));
        if (rng.chance(0.1))
            g.notes = utf8(rng.pick(kGuestNotes));
        if (rng.chance(0.08))
            g.allergies = {utf8(rng.pick(kAllergies))};
        g.updatedMs = at;
        m_guestIndex.insert(g.id, m_guests.size());
        m_guests.append(g);
        return id;
    };

    // OpenTable's share of the demo restaurant's booked parties
    // (DemoRestaurant, from the sandbox's footfall model), as they stand now.
    using State = DemoRestaurant::DemoBooking::State;
    for (const DemoRestaurant::DemoBooking& b :
         DemoRestaurant::channelBookings(DemoRestaurant::Channel::OpenTable, m_seed,
                                         today.addDays(-m_daysBack), today.addDays(m_daysAhead), now)) {
        Rng rng(mix(b.seed ^ 0x0D7Aull));
        Reservation r;
        // A stable id from the party; the next free one on the rare clash.
        qint64 number = 312'000'000 + qint64(mix(b.seed) % 600'000'000ull);
        while (m_reservationIndex.contains(QString::number(number)))
            ++number;
        r.id = QString::number(number);
        r.partySize = b.partySize;
        r.scheduledMs = b.startsMs;
        r.createdMs = b.bookedAtMs;
        r.updatedMs = b.changedAtMs;
        switch (b.state) {
        case State::Cancelled:
            r.state = QStringLiteral("Cancelled");
            r.sequence = 2;
            break;
        case State::NoShow:
            r.state = QStringLiteral("NoShow");
            r.sequence = 2;
            break;
        case State::Left:
            r.state = QStringLiteral("Done"); // confirmed, seated, done
            r.sequence = 3;
            break;
        case State::Seated:
            r.state = QStringLiteral("Seated");
            r.sequence = 2;
            r.updatedMs = std::min(now, r.scheduledMs + 10 * kMinuteMs);
            break;
        case State::Standing:
            if (rng.chance(0.05)) {
                r.state = QStringLiteral("Pending");
            } else {
                r.state = QStringLiteral("Confirmed");
                if (rng.chance(0.15)) { // changed since (time, party)
                    r.sequence = 2;
                    r.updatedMs = r.createdMs + qint64(double(now - r.createdMs) * rng.unit());
                }
            }
            break;
        }
        r.updatedMs = std::clamp(r.updatedMs, r.createdMs, now);
        // One booking in four is a returning guest.
        r.guestId = rng.chance(0.25)
                        ? guestOf(mix(quint64(m_seed) ^ quint64(rng.below(40)) ^ 0x6E657374ull), r.createdMs)
                        : guestOf(mix(b.seed ^ 0x67756573ull), r.createdMs);
        if (rng.chance(0.15))
            r.visitTags = {utf8(rng.pick(kVisitTags))};
        if (rng.chance(0.2))
            r.notes = utf8(rng.pick(kReservationNotes));
        m_latestMs = std::max(m_latestMs, r.updatedMs);
        m_reservationIndex.insert(r.id, m_reservations.size());
        m_reservations.append(r);
    }
    for (const Guest& g : std::as_const(m_guests))
        m_latestMs = std::max(m_latestMs, g.updatedMs);
}

qint64 SandboxOpenTable::nextChangeMs()
{
    ensureGenerated();
    // Strictly after anything served before, so that a run started from the
    // last one's end sees it.
    m_latestMs = std::max(nowMs(), m_latestMs + 1);
    return m_latestMs;
}

QList<SandboxOpenTable::Reservation> SandboxOpenTable::reservations() const
{
    ensureGenerated();
    return m_reservations;
}

QList<SandboxOpenTable::Guest> SandboxOpenTable::guests() const
{
    ensureGenerated();
    return m_guests;
}

std::optional<SandboxOpenTable::Reservation> SandboxOpenTable::reservation(const QString& id) const
{
    ensureGenerated();
    const auto it = m_reservationIndex.constFind(id);
    if (it == m_reservationIndex.cend())
        return std::nullopt;
    return m_reservations.at(*it);
}

std::optional<SandboxOpenTable::Guest> SandboxOpenTable::guest(const QString& id) const
{
    ensureGenerated();
    const auto it = m_guestIndex.constFind(id);
    if (it == m_guestIndex.cend())
        return std::nullopt;
    return m_guests.at(*it);
}

void SandboxOpenTable::applyChange(Reservation& r, const Change& change)
{
    if (change.partySize)
        r.partySize = *change.partySize;
    if (change.state)
        r.state = *change.state;
    if (change.scheduledAt)
        r.scheduledMs = change.scheduledAt->toMSecsSinceEpoch();
    if (change.notes)
        r.notes = *change.notes;
    ++r.sequence;
}

bool SandboxOpenTable::update(const QString& id, const Change& change)
{
    ensureGenerated();
    const auto it = m_reservationIndex.constFind(id);
    if (it == m_reservationIndex.cend())
        return false;
    Reservation& r = m_reservations[*it];
    applyChange(r, change);
    r.updatedMs = nextChangeMs();
    return true;
}

bool SandboxOpenTable::updateOutOfOrder(const QString& id, const Change& older, const Change& newer)
{
    ensureGenerated();
    const auto it = m_reservationIndex.constFind(id);
    if (it == m_reservationIndex.cend())
        return false;
    Reservation& current = m_reservations[*it];
    Reservation late = current;
    applyChange(late, older);
    current = late;
    applyChange(current, newer);
    current.updatedMs = nextChangeMs();
    late.updatedMs = nextChangeMs();
    m_lateCopies.append(late);
    return true;
}

QString SandboxOpenTable::addReservation(const QDateTime& startsAt, int partySize, const QString& firstName,
                                         const QString& lastName, const QString& phone)
{
    ensureGenerated();
    ++m_added;
    Guest g;
    g.id = uuidLike(mix(m_seed ^ (0xADD00000ull + quint64(m_added))), mix(quint64(m_added)));
    g.firstName = firstName;
    g.lastName = lastName;
    g.phone = phone;
    g.email = QStringLiteral("%1.%2@gmail.com").arg(ascii(firstName), ascii(lastName));
    g.updatedMs = nextChangeMs();
    m_guestIndex.insert(g.id, m_guests.size());
    m_guests.append(g);

    Reservation r;
    r.id = QString::number(399'000'000 + m_added);
    r.guestId = g.id;
    r.state = QStringLiteral("Confirmed");
    r.scheduledMs = startsAt.toMSecsSinceEpoch();
    r.partySize = partySize;
    r.createdMs = nextChangeMs();
    r.updatedMs = r.createdMs;
    m_reservationIndex.insert(r.id, m_reservations.size());
    m_reservations.append(r);
    return r.id;
}

bool SandboxOpenTable::setDefect(const QString& id, Defect defect)
{
    ensureGenerated();
    if (!m_reservationIndex.contains(id))
        return false;
    m_defects.insert(id, defect);
    return true;
}

QJsonObject SandboxOpenTable::reservationJson(const Reservation& r) const
{
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("sequence_id"), r.sequence},
        {QStringLiteral("rid"), restaurantId().toInt()},
        {QStringLiteral("guest_id"), r.guestId},
        {QStringLiteral("state"), r.state},
        {QStringLiteral("scheduled_time_utc"), isoSeconds(r.scheduledMs)},
        {QStringLiteral("party_size"), r.partySize},
        {QStringLiteral("created_date_utc"), isoMs(r.createdMs)},
        {QStringLiteral("updated_at_utc"), isoMs(r.updatedMs)},
        {QStringLiteral("visit_tags"), QJsonArray::fromStringList(r.visitTags)},
    };
    if (!r.notes.isEmpty())
        o.insert(QStringLiteral("notes"), r.notes);
    const auto defect = m_defects.constFind(r.id);
    if (defect != m_defects.cend()) {
        switch (*defect) {
        case Defect::MissingId:
            o.remove(QStringLiteral("id"));
            break;
        case Defect::BadPartySize:
            o.insert(QStringLiteral("party_size"), QStringLiteral("quatre"));
            break;
        case Defect::BadTime:
            o.insert(QStringLiteral("scheduled_time_utc"), QStringLiteral("demain soir"));
            break;
        }
    }
    return o;
}

QJsonObject SandboxOpenTable::guestJson(const Guest& g)
{
    QJsonObject o{
        {QStringLiteral("id"), g.id},
        {QStringLiteral("first_name"), g.firstName},
        {QStringLiteral("last_name"), g.lastName},
        {QStringLiteral("phone"), g.phone},
        {QStringLiteral("allergies"), QJsonArray::fromStringList(g.allergies)},
        {QStringLiteral("updated_at_utc"), isoMs(g.updatedMs)},
    };
    if (!g.email.isEmpty())
        o.insert(QStringLiteral("email"), g.email);
    if (!g.notes.isEmpty())
        o.insert(QStringLiteral("notes"), g.notes);
    return o;
}

void SandboxOpenTable::failNext(int status, int times)
{
    for (int i = 0; i < times; ++i)
        m_failures.append(status);
}

QHttpServerResponse SandboxOpenTable::sync(const QHttpServerRequest& request, bool guests)
{
    if (const std::optional<int> wait = m_rateLimit.admit()) {
        QHttpServerResponse r = apiError(QStringLiteral("rate_limited"),
                                         QStringLiteral("too many requests; retry in %1 s").arg(*wait), 429);
        m_rateLimit.addRetryAfter(r, *wait);
        return r;
    }
    QHttpServerResponse answer = [&] {
        if (!authorized(request)) {
            QHttpServerResponse r = apiError(QStringLiteral("invalid_token"),
                                             QStringLiteral("invalid or missing access token"), 401);
            r.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                        QByteArrayLiteral("Bearer error=\"invalid_token\""));
            return r;
        }
        if (!m_failures.isEmpty()) {
            const int status = m_failures.takeFirst();
            return status == 503
                       ? apiError(QStringLiteral("service_unavailable"),
                                  QStringLiteral("the sync service is under maintenance"), 503)
                       : apiError(QStringLiteral("internal_error"),
                                  QStringLiteral("an unexpected error occurred; try again later"), status);
        }
        return page(request, guests);
    }();
    m_rateLimit.addHeaders(answer);
    return answer;
}

bool SandboxOpenTable::authorized(const QHttpServerRequest& request) const
{
    if (!m_requireAuth)
        return true;
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    SandboxOAuth* oauth = SandboxOAuth::of(m_server);
    return oauth && oauth->isAccessTokenValid(auth.mid(7).trimmed());
}

QHttpServerResponse SandboxOpenTable::page(const QHttpServerRequest& request, bool guests)
{
    ensureGenerated();
    const QUrlQuery query = request.query();
    if (query.queryItemValue(QStringLiteral("rid")) != restaurantId())
        return apiError(QStringLiteral("not_found"), QStringLiteral("unknown restaurant (rid)"), 404);
    const std::optional<qint64> limit = queryNumber(query, QStringLiteral("limit"), kDefaultPageSize);
    const std::optional<qint64> offset = queryNumber(query, QStringLiteral("offset"), 0);
    if (!limit || *limit < 1 || !offset || *offset < 0)
        return apiError(QStringLiteral("invalid_request"),
                        QStringLiteral("limit must be a positive integer and offset a non-negative one"),
                        400);
    qint64 after = std::numeric_limits<qint64>::min();
    if (query.hasQueryItem(QStringLiteral("updated_after"))) {
        const QDateTime t = QDateTime::fromString(
            query.queryItemValue(QStringLiteral("updated_after"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!t.isValid())
            return apiError(QStringLiteral("invalid_request"),
                            QStringLiteral("updated_after must be an ISO 8601 date and time"), 400);
        after = t.toMSecsSinceEpoch();
    }
    const qint64 pageSize = std::min<qint64>(*limit, m_maxPageSize);

    // Ordered by update time (then id, then sequence: a late copy after the
    // version that overtook it).
    struct Entry
    {
        qint64 updatedMs;
        QString id;
        qint64 sequence;
        qsizetype index; ///< in m_guests, m_reservations, or -1 - (index in m_lateCopies)
    };
    QList<Entry> entries;
    if (guests) {
        for (qsizetype i = 0; i < m_guests.size(); ++i) {
            if (m_guests.at(i).updatedMs > after)
                entries.append({m_guests.at(i).updatedMs, m_guests.at(i).id, 0, i});
        }
    } else {
        for (qsizetype i = 0; i < m_reservations.size(); ++i) {
            const Reservation& r = m_reservations.at(i);
            if (r.updatedMs > after)
                entries.append({r.updatedMs, r.id, r.sequence, i});
        }
        for (qsizetype i = 0; i < m_lateCopies.size(); ++i) {
            const Reservation& r = m_lateCopies.at(i);
            if (r.updatedMs > after)
                entries.append({r.updatedMs, r.id, r.sequence, -1 - i});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.updatedMs, a.id, a.sequence) < std::tie(b.updatedMs, b.id, b.sequence);
    });

    QJsonArray items;
    const qint64 end = std::min<qint64>(entries.size(), *offset + pageSize);
    for (qint64 i = *offset; i < end; ++i) {
        const Entry& e = entries.at(i);
        if (guests) {
            items.append(guestJson(m_guests.at(e.index)));
        } else {
            const Reservation& r = e.index >= 0 ? m_reservations.at(e.index) : m_lateCopies.at(-1 - e.index);
            items.append(reservationJson(r));
            m_served[r.id].append(r.sequence);
        }
    }
    m_requests.append({request.url().path(), query, int(items.size())});
    const bool hasNext = end < entries.size();
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

SandboxOpenTable::SandboxOpenTable(SandboxServer* server)
    : QObject(server)
    , m_server(server)
    , m_seed(server->seed())
{
    using Method = QHttpServerRequest::Method;
    server->addRoute(
        QStringLiteral("/sync/v2/reservations"), Method::Get,
        [this](const QHttpServerRequest& request, const QStringList&) { return sync(request, false); });
    server->addRoute(
        QStringLiteral("/sync/v2/guests"), Method::Get,
        [this](const QHttpServerRequest& request, const QStringList&) { return sync(request, true); });

    // Hooks for tests and demos.
    server->addRoute(
        QStringLiteral("/_sandbox/opentable/reservations"), Method::Post,
        [this](const QHttpServerRequest& request, const QStringList&) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            const QDateTime at = QDateTime::fromString(
                body.value(QStringLiteral("scheduled_time_utc")).toString(), Qt::ISODateWithMs);
            const int party = body.value(QStringLiteral("party_size")).toInt();
            if (!at.isValid() || party <= 0)
                return apiError(QStringLiteral("invalid_request"),
                                QStringLiteral("scheduled_time_utc and party_size are required"), 400);
            const QString id = addReservation(at, party, body.value(QStringLiteral("first_name")).toString(),
                                              body.value(QStringLiteral("last_name")).toString(),
                                              body.value(QStringLiteral("phone")).toString());
            return SandboxHttp::json(QJsonObject{{QStringLiteral("id"), id},
                                                 {QStringLiteral("guest_id"), reservation(id)->guestId}},
                                     201);
        });
    server->addRoute(QStringLiteral("/_sandbox/opentable/reservations/<arg>"), Method::Post,
                     [this](const QHttpServerRequest& request, const QStringList& captures) {
                         QString error;
                         const std::optional<Change> change =
                             Change::fromJson(QJsonDocument::fromJson(request.body()).object(), &error);
                         if (!change)
                             return apiError(QStringLiteral("invalid_request"), error, 400);
                         if (!update(captures.value(0), *change))
                             return apiError(QStringLiteral("not_found"),
                                             QStringLiteral("unknown reservation"), 404);
                         return SandboxHttp::json(reservationJson(*reservation(captures.value(0))));
                     });
    server->addRoute(QStringLiteral("/_sandbox/opentable/reservations/<arg>/out-of-order"), Method::Post,
                     [this](const QHttpServerRequest& request, const QStringList& captures) {
                         const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                         QString error;
                         const std::optional<Change> older =
                             Change::fromJson(body.value(QStringLiteral("older")).toObject(), &error);
                         const std::optional<Change> newer =
                             older ? Change::fromJson(body.value(QStringLiteral("newer")).toObject(), &error)
                                   : std::nullopt;
                         if (!older || !newer)
                             return apiError(QStringLiteral("invalid_request"), error, 400);
                         if (!updateOutOfOrder(captures.value(0), *older, *newer))
                             return apiError(QStringLiteral("not_found"),
                                             QStringLiteral("unknown reservation"), 404);
                         return SandboxHttp::json(reservationJson(*reservation(captures.value(0))));
                     });
}

} // namespace Moulin
