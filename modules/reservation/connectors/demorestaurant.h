#pragma once

#include <QDate>
#include <QList>
#include <QtGlobal>

class QSqlDatabase;

namespace Moulin {

class BookStore;
class OpeningSchedule;

/// The demo restaurant ("Le Vieux Moulin") as its booking channels share it.
/// Demo mode runs the TheFork, OpenTable and Resy emulations side by side on
/// one sandbox, next to the till's (Lightspeed). All of them draw from one
/// footfall model (SandboxFootfall, the sandbox's seed): the till serves the
/// parties that came, and each booking channel the booked parties that fall
/// to it (SandboxFootfall::channelsOf with the shares below), as they stand
/// at the emulation's clock: made by then, cancelled by then or not, arrived,
/// left or not come once the service is under way or over. So the book, the
/// till's covers and the forecast tell one story: closed on Mondays and
/// Sunday evenings (and 25 December, 1 January), at most the demo capacity
/// booked (40 covers at lunch, 60 at dinner, the Réservations tab's
/// defaults), full on Friday and Saturday evenings, quieter at lunch early in
/// the week, coming services filling up as they near.
///
/// Everything is a pure function of the sandbox's seed, the day and the
/// clock, so the emulations agree without talking to each other.
namespace DemoRestaurant {

enum class Channel
{
    TheFork,
    OpenTable,
    Resy,
    Direct, ///< phone and the restaurant's booking site
};

/// The seed of demo mode's sandbox (MoulinApplication, --demo headless).
inline constexpr quint32 kDemoSeed = 1;
/// The days the demo's channels book around today (the sandboxes' defaults).
inline constexpr int kDaysBack = 28;
inline constexpr int kDaysAhead = 21;
inline constexpr int kLunchCapacity = 40;
inline constexpr int kDinnerCapacity = 60;

/// The channel's share of the restaurant's booked covers, in percent
/// (TheFork 45, OpenTable 20, Resy 10, phone and site 25).
int sharePercent(Channel channel);

/// Whether the restaurant serves that service (0 lunch, 1 dinner) that day
/// (SandboxFootfall::isOpen).
bool isOpen(const QDate& day, int service);
/// The same as the Réservations tab's opening schedule: closed on Mondays,
/// Sunday evenings, 25 December and 1 January.
OpeningSchedule openingSchedule();

/// One booking of the demo restaurant, as its channel holds it at an instant.
struct DemoBooking
{
    enum class State
    {
        Standing,  ///< booked, the service still to come (or the guest not there yet)
        Cancelled, ///< cancelled by the guest before the service
        Seated,    ///< arrived, still at table
        Left,      ///< came and left
        NoShow,    ///< did not come
    };
    QDate day; ///< local
    int service = 0;
    qint64 startsMs = 0; ///< the booked time (UTC ms)
    int partySize = 2;
    qint64 bookedAtMs = 0;
    /// When the state above became known (booked, cancelled, arrived, left,
    /// no-show), never after the instant asked for.
    qint64 changedAtMs = 0;
    State state = State::Standing;
    quint64 seed = 0; ///< the party's seed: the channel's details (names, notes) drawn from it
    int index = 0;    ///< the booking's rank among the channel's of that service (stable)
};

/// The bookings `channel` holds at `nowMs` for the local days `from`..`to`
/// (inclusive): the footfall model's booked parties of that channel made by
/// then, by day, service and booked time. None on a closed service.
QList<DemoBooking> channelBookings(Channel channel, quint32 seed, const QDate& from, const QDate& to,
                                   qint64 nowMs);

/// Stores the phone and booking-site share of the demo restaurant from
/// `today - daysBack` to `today + daysAhead` (channels "phone" and
/// "website", French guests; past ones arrived, left or did not come).
/// Idempotent: each booking has a fixed id and version, so running it again
/// (every start of demo mode) adds only the days that are new, and never
/// undoes what the host changed. Returns the bookings added, or -1 on a
/// database error (`error` says which).
int seedDirectBookings(QSqlDatabase& db, BookStore& store, quint32 seed, const QDate& today, int daysBack,
                       int daysAhead, QString* error = nullptr);

/// The version of the demo book: raised whenever the demo restaurant's
/// bookings change (the footfall model, the ids, the channels' shares), so
/// that a demo database seeded by an earlier version does not keep its old
/// bookings next to the new ones. Version 1: the databases seeded before it
/// was kept.
inline constexpr int kSeedVersion = 2;
/// Where a demo database keeps the version that seeded it (app_meta).
inline constexpr char kSeedVersionKey[] = "reservation/demo_seed_version";

/// Before seedDirectBookings() in a demo database (AppPaths::isDemoDatabase();
/// refused elsewhere, -1): when it was seeded by another version than
/// kSeedVersion, the previous seed's bookings go (with their history and
/// duplicate flags), the phone and site ones it made as well as the booking
/// platforms' (synced from the sandbox's emulations, whose cursors go too so
/// the next sync reads them again), and kSeedVersion is recorded, in one
/// transaction; what the host entered (phone and walk-in bookings of its
/// own) stays. Returns the bookings removed (0 when the version is
/// current), or -1 (`error` says why).
int replaceOutdatedSeed(QSqlDatabase& db, QString* error = nullptr);

} // namespace DemoRestaurant

} // namespace Moulin
