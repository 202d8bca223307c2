#include "reservation/connectors/demorestaurant.h"

#include "common/core/database.h"
#include "reservation/core/bookstore.h"
#include "sandbox/core/sandboxhttp.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Moulin::DemoRestaurant {

namespace {

using SandboxHttp::mix;

/// A pseudo-random number from the seed, the day, the service and a salt.
quint64 draw(quint32 seed, const QDate& day, int service, quint64 salt)
{
    return mix(mix(quint64(seed) * 0x9E3779B97F4A7C15ull ^ quint64(day.toJulianDay())) ^
               (salt * 4 + quint64(service)));
}

/// The same in [0, 1).
double unit(quint32 seed, const QDate& day, int service, quint64 salt)
{
    return double(draw(seed, day, service, salt) >> 11) / double(1ull << 53);
}

/// How full the service ends up, as a fraction of its capacity: [low, high].
struct Level
{
    double low;
    double high;
};

Level finalLevel(const QDate& day, int service)
{
    switch (day.dayOfWeek()) {
    case Qt::Tuesday:
        return service == 0 ? Level{0.35, 0.50} : Level{0.50, 0.65};
    case Qt::Wednesday:
        return service == 0 ? Level{0.40, 0.55} : Level{0.55, 0.70};
    case Qt::Thursday:
        return service == 0 ? Level{0.50, 0.65} : Level{0.65, 0.80};
    case Qt::Friday:
        return service == 0 ? Level{0.60, 0.75} : Level{0.95, 1.00};
    case Qt::Saturday:
        return service == 0 ? Level{0.80, 0.95} : Level{0.97, 1.00};
    case Qt::Sunday:
        return Level{0.90, 1.00}; // lunch; closed in the evening
    default:
        return Level{0.0, 0.0};
    }
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
    if (!day.isValid() || day.dayOfWeek() == Qt::Monday)
        return false;
    return !(service == 1 && day.dayOfWeek() == Qt::Sunday);
}

int bookedCovers(quint32 seed, const QDate& day, int service, const QDate& today)
{
    if (!isOpen(day, service))
        return 0;
    const Level level = finalLevel(day, service);
    const double full = level.low + (level.high - level.low) * unit(seed, day, service, 1);
    // Coming services fill up as they approach; the busy evenings early.
    const qint64 ahead = std::max<qint64>(0, today.daysTo(day));
    const bool busy = level.low >= 0.9;
    const double pickup = std::max(0.3, 1.0 - (busy ? 0.02 : 0.045) * double(ahead));
    const int capacity = service == 0 ? kLunchCapacity : kDinnerCapacity;
    return int(std::lround(full * pickup * capacity));
}

int channelCovers(Channel channel, quint32 seed, const QDate& day, int service, const QDate& today)
{
    const int total = bookedCovers(seed, day, service, today);
    const auto share = [total](Channel c) {
        return int(std::lround(double(total) * sharePercent(c) / 100.0));
    };
    if (channel != Channel::Direct)
        return share(channel);
    // The rest: the channels together book exactly the total.
    return std::max(0, total - share(Channel::TheFork) - share(Channel::OpenTable) - share(Channel::Resy));
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
            for (QDate day = today.addDays(-daysBack); day <= today.addDays(daysAhead);
                 day = day.addDays(1)) {
                for (int service = 0; service < 2; ++service) {
                    const int target = channelCovers(Channel::Direct, seed, day, service, today);
                    int covers = 0;
                    for (quint64 n = 0; covers < target; ++n) {
                        const auto r = [&](quint64 salt) {
                            return draw(seed, day, service, 100 + n * 32 + salt);
                        };
                        static const int kParties[] = {2, 2, 2, 2, 3, 4, 4, 4, 5, 6, 2, 1};
                        const int party =
                            std::min(kParties[r(0) % std::size(kParties)], std::max(1, target - covers));
                        covers += party;
                        const QTime time = service == 0 ? QTime(12, 0).addSecs(int(r(1) % 7) * 900)
                                                        : QTime(19, 30).addSecs(int(r(1) % 9) * 900);
                        BookingRecord b;
                        // Three in ten through the site, the rest by phone.
                        const bool site = r(2) % 10 < 3;
                        b.channel = site ? QStringLiteral("website") : QLatin1String(BookingChannel::kPhone);
                        b.externalId = QStringLiteral("demo-%1-%2-%3")
                                           .arg(day.toString(QStringLiteral("yyyyMMdd")))
                                           .arg(service)
                                           .arg(n);
                        b.startsAt = QDateTime(day, time, paris);
                        b.partySize = party;
                        const qint64 leadDays = qint64(r(3) % 15);
                        b.bookedAt = QDateTime::fromMSecsSinceEpoch(
                            std::min(now - 3'600'000, b.startsAt.toMSecsSinceEpoch() - leadDays * 86'400'000 -
                                                          qint64(r(4) % 36'000'000)),
                            QTimeZone::utc());
                        const bool past = b.startsAt.toMSecsSinceEpoch() + 2 * 3'600'000 <= now;
                        // Booked, then (a later version) marked by the host
                        // once the service is over.
                        b.version = past ? b.startsAt.toMSecsSinceEpoch() + 3 * 3'600'000
                                         : b.bookedAt.toMSecsSinceEpoch();
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
                        b.status = past ? (r(15) % 25 == 0 ? BookingStatus::NoShow : BookingStatus::Left)
                                        : BookingStatus::Confirmed;
                        const std::optional<BookStore::Applied> applied = store.apply(db, b, e);
                        if (!applied)
                            return false;
                        added += applied->outcome == BookStore::Outcome::Inserted ? 1 : 0;
                    }
                }
            }
            return true;
        },
        error);
    return ok ? added : -1;
}

} // namespace Moulin::DemoRestaurant
