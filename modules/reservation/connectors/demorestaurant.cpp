#include "reservation/connectors/demorestaurant.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "reservation/core/bookstore.h"
#include "sandbox/core/sandboxfootfall.h"
#include "sandbox/core/sandboxhttp.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace Moulin::DemoRestaurant {

namespace {

using SandboxHttp::mix;

/// A pseudo-random number from a booking's seed and a salt.
quint64 draw(quint64 seed, quint64 salt)
{
    return mix(seed ^ mix(salt * 0x9E3779B97F4A7C15ull + 0xD1CEull));
}

const char* const kFirstNames[] = {"Brigitte", "Philippe",   "Sylvie",   "Jean-Luc", "Monique", "Bernard",
                                   "Nathalie", "Olivier",    "Isabelle", "Patrick",  "Valérie", "Thierry",
                                   "Sandrine", "Christophe", "Florence", "Laurent"};
const char* const kLastNames[] = {"Lemoine", "Roussel", "Barbier", "Gauthier", "Renaud", "Vidal",
                                  "Caron",   "Picard",  "Noël",    "Meunier",  "Royer",  "Colin",
                                  "Arnaud",  "Brunet",  "Leclerc", "Dumont"};
const char* const kRequests[] = {"Habitués : leur table près de la cheminée.", "Chaise haute pour un enfant.",
                                 "Repas d'affaires, addition séparée.", "Fête des 80 ans de la grand-mère.",
                                 "Arrivera peut-être avec 15 minutes de retard."};
const char* const kAllergies[] = {"gluten", "fruits à coque", "crustacés", "lactose"};

template <typename T, size_t N>
QString pick(const T (&list)[N], quint64 r)
{
    return QString::fromUtf8(list[r % N]);
}

} // namespace

int sharePercent(Channel channel)
{
    switch (channel) {
    case Channel::TheFork:
        return 45;
    case Channel::OpenTable:
        return 20;
    case Channel::Resy:
        return 10;
    case Channel::Direct:
        return 25;
    }
    return 0;
}

bool isOpen(const QDate& day, int service)
{
    return SandboxFootfall::isOpen(day, service);
}

OpeningSchedule openingSchedule()
{
    OpeningSchedule schedule;
    schedule.closeWeekly(Qt::Monday);
    schedule.closeWeekly(Qt::Sunday, 1);
    schedule.closeYearly(12, 25);
    schedule.closeYearly(1, 1);
    return schedule;
}

QList<DemoBooking> channelBookings(Channel channel, quint32 seed, const QDate& from, const QDate& to,
                                   qint64 nowMs)
{
    const QTimeZone paris("Europe/Paris");
    const SandboxFootfall footfall(seed, paris);
    const QList<int> shares{sharePercent(Channel::TheFork), sharePercent(Channel::OpenTable),
                            sharePercent(Channel::Resy), sharePercent(Channel::Direct)};
    constexpr qint64 kMinute = 60'000;
    QList<DemoBooking> out;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (int s = 0; s < 2; ++s) {
            if (!SandboxFootfall::takesBookings(day, s))
                continue;
            const SandboxFootfall::Service service = footfall.service(day, s);
            const QList<int> channels = footfall.channelsOf(day, s, shares);
            QList<DemoBooking> ofService;
            int index = 0;
            for (qsizetype i = 0; i < service.parties.size(); ++i) {
                const SandboxFootfall::Party& p = service.parties.at(i);
                if (!p.booked || channels.at(i) != int(channel))
                    continue;
                const int rank = index++;
                if (p.bookedAtMs > nowMs)
                    continue; // not booked yet
                DemoBooking b;
                b.day = day;
                b.service = s;
                b.startsMs = QDateTime(day, QTime(p.arrivalMinutes / 60, p.arrivalMinutes % 60), paris)
                                 .toMSecsSinceEpoch();
                b.partySize = p.size;
                b.bookedAtMs = p.bookedAtMs;
                b.changedAtMs = p.bookedAtMs;
                b.seed = p.seed;
                b.index = rank;
                const qint64 leaveMs = QDateTime(day, QTime(p.leaveMinutes / 60, p.leaveMinutes % 60), paris)
                                           .toMSecsSinceEpoch();
                if (p.cancelledAtMs != 0 && p.cancelledAtMs <= nowMs) {
                    b.state = DemoBooking::State::Cancelled;
                    b.changedAtMs = p.cancelledAtMs;
                } else if (p.noShow && b.startsMs + 30 * kMinute <= nowMs) {
                    b.state = DemoBooking::State::NoShow;
                    b.changedAtMs = b.startsMs + 30 * kMinute;
                } else if (p.came() && leaveMs <= nowMs) {
                    b.state = DemoBooking::State::Left;
                    b.changedAtMs = leaveMs;
                } else if (p.came() && b.startsMs <= nowMs) {
                    b.state = DemoBooking::State::Seated;
                    b.changedAtMs = b.startsMs;
                }
                ofService.append(b);
            }
            std::stable_sort(
                ofService.begin(), ofService.end(),
                [](const DemoBooking& a, const DemoBooking& b) { return a.startsMs < b.startsMs; });
            out += ofService;
        }
    }
    return out;
}

int seedDirectBookings(QSqlDatabase& db, BookStore& store, quint32 seed, const QDate& today, int daysBack,
                       int daysAhead, QString* error)
{
    const QTimeZone paris("Europe/Paris");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int added = 0;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            for (const DemoBooking& d : channelBookings(Channel::Direct, seed, today.addDays(-daysBack),
                                                        today.addDays(daysAhead), now)) {
                const auto r = [&d](quint64 salt) { return draw(d.seed, salt); };
                BookingRecord b;
                // Three in ten through the site, the rest by phone.
                const bool site = r(2) % 10 < 3;
                b.channel = site ? QStringLiteral("website") : QLatin1String(BookingChannel::kPhone);
                b.externalId = QStringLiteral("demo-%1-%2-%3")
                                   .arg(d.day.toString(QStringLiteral("yyyyMMdd")))
                                   .arg(d.service)
                                   .arg(d.index);
                b.startsAt = QDateTime::fromMSecsSinceEpoch(d.startsMs, paris);
                b.partySize = d.partySize;
                b.bookedAt = QDateTime::fromMSecsSinceEpoch(d.bookedAtMs, QTimeZone::utc());
                // Booked, then (a later version) cancelled by the guest, or
                // marked by the host in the room.
                b.version = d.changedAtMs;
                b.providerUpdatedAt = QDateTime::fromMSecsSinceEpoch(b.version, QTimeZone::utc());
                const QString first = pick(kFirstNames, r(5));
                const QString last = pick(kLastNames, r(6));
                b.guest.name = first + QLatin1Char(' ') + last;
                b.guest.phone = QStringLiteral("+33 6 %1 %2 %3 %4")
                                    .arg(r(7) % 90 + 10)
                                    .arg(r(8) % 90 + 10)
                                    .arg(r(9) % 90 + 10)
                                    .arg(r(10) % 90 + 10);
                if (r(11) % 8 == 0)
                    b.guest.allergies = pick(kAllergies, r(12));
                if (r(13) % 5 == 0)
                    b.specialRequests = pick(kRequests, r(14));
                switch (d.state) {
                case DemoBooking::State::Standing:
                    b.status = BookingStatus::Confirmed;
                    break;
                case DemoBooking::State::Cancelled:
                    b.status = BookingStatus::Cancelled;
                    break;
                case DemoBooking::State::Seated:
                    b.status = BookingStatus::Seated;
                    break;
                case DemoBooking::State::Left:
                    b.status = BookingStatus::Left;
                    break;
                case DemoBooking::State::NoShow:
                    b.status = BookingStatus::NoShow;
                    break;
                }
                const std::optional<BookStore::Applied> applied = store.apply(db, b, e);
                if (!applied)
                    return false;
                added += applied->outcome == BookStore::Outcome::Inserted ? 1 : 0;
            }
            return true;
        },
        error);
    return ok ? added : -1;
}

int replaceOutdatedSeed(QSqlDatabase& db, QString* error)
{
    if (!AppPaths::isDemoDatabase()) {
        if (error)
            *error = QStringLiteral("not the demo database: its bookings are not the demo's");
        return -1;
    }
    // The seed's own ids ("demo-…") of the phone and site channels, and
    // every booking of the other channels but the host's (phone, walk-in).
    const QString seeded =
        QStringLiteral("(external_id LIKE 'demo-%' OR channel NOT IN ('%1', '%2'))")
            .arg(QLatin1String(BookingChannel::kPhone), QLatin1String(BookingChannel::kWalkIn));
    int removed = 0;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            QSqlQuery q(db);
            if (!Database::run(q, QStringLiteral("SELECT value FROM app_meta WHERE key = ?"),
                               {QLatin1String(kSeedVersionKey)}, "read demo seed version")) {
                *e = QStringLiteral("the demo seed's version could not be read");
                return false;
            }
            const int stored = q.next() ? q.value(0).toInt() : 1;
            if (stored == kSeedVersion)
                return true;
            QStringList channels;
            if (!Database::run(
                    q, QStringLiteral("SELECT DISTINCT channel FROM reservation_booking WHERE ") + seeded, {},
                    "list demo channels")) {
                *e = QStringLiteral("the demo bookings could not be listed");
                return false;
            }
            while (q.next())
                channels << q.value(0).toString();
            if (!Database::run(q, QStringLiteral("DELETE FROM reservation_booking WHERE ") + seeded, {},
                               "remove demo bookings")) {
                *e = QStringLiteral("the previous demo bookings could not be removed");
                return false;
            }
            removed = q.numRowsAffected();
            // Their guests, and where the platforms' feeds stopped: read
            // again from the start by the next sync.
            for (const QString& channel : std::as_const(channels)) {
                if (channel == QLatin1String(BookingChannel::kPhone))
                    continue;
                if (!Database::run(q, QStringLiteral("DELETE FROM sync_cursor WHERE connector = ?"),
                                   {channel}, "reset demo cursor")) {
                    *e = QStringLiteral("the demo feeds could not be reset");
                    return false;
                }
            }
            if (!Database::run(
                    q,
                    QStringLiteral("DELETE FROM reservation_guest WHERE id NOT IN (SELECT guest_id "
                                   "FROM reservation_booking WHERE guest_id IS NOT NULL)"),
                    {}, "remove demo guests") ||
                !Database::run(
                    q,
                    QStringLiteral("INSERT INTO app_meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                                   "DO UPDATE SET value = excluded.value"),
                    {QLatin1String(kSeedVersionKey), QString::number(kSeedVersion)},
                    "record demo seed version")) {
                *e = QStringLiteral("the demo seed's version could not be recorded");
                return false;
            }
            return true;
        },
        error);
    return ok ? removed : -1;
}

} // namespace Moulin::DemoRestaurant
