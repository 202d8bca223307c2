#pragma once

#include <QDate>
#include <QtGlobal>

class QSqlDatabase;

namespace Moulin {

class BookStore;

/// The demo restaurant ("Le Vieux Moulin") as its booking channels share it.
/// Demo mode runs the TheFork, OpenTable and Resy emulations side by side on
/// one sandbox: each books only its share of the restaurant, so that
/// together, with the bookings taken by phone and on the restaurant's own
/// site, they fill each service to a realistic level against the demo
/// capacity (40 covers at lunch, 60 at dinner, the Réservations tab's
/// defaults): full on Friday and Saturday evenings and at Sunday lunch,
/// quieter at lunch early in the week, closed on Mondays and Sunday
/// evenings; coming services less booked the further away they are.
///
/// Everything is a pure function of the sandbox's seed and the day, so the
/// three emulations agree without talking to each other.
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

/// Whether the restaurant serves that service (0 lunch, 1 dinner) that day.
bool isOpen(const QDate& day, int service);

/// Covers booked for the service (cancellations aside) by every channel
/// together, as seen on `today`: 0 when closed.
int bookedCovers(quint32 seed, const QDate& day, int service, const QDate& today);

/// The covers `channel` brings to that service (its share of bookedCovers;
/// Direct takes what the platforms leave, so the four add up to it).
int channelCovers(Channel channel, quint32 seed, const QDate& day, int service, const QDate& today);

/// Stores the phone and booking-site share of the demo restaurant from
/// `today - daysBack` to `today + daysAhead` (channels "phone" and
/// "website", French guests; past ones arrived, left or did not come).
/// Idempotent: each booking has a fixed id and version, so running it again
/// (every start of demo mode) adds only the days that are new, and never
/// undoes what the host changed. Returns the bookings added, or -1 on a
/// database error (`error` says which).
int seedDirectBookings(QSqlDatabase& db, BookStore& store, quint32 seed, const QDate& today, int daysBack,
                       int daysAhead, QString* error = nullptr);

} // namespace DemoRestaurant

} // namespace Moulin
