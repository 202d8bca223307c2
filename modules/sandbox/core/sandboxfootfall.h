#pragma once

// The sandbox restaurant's guests: one seeded footfall model of "Le Vieux
// Moulin" that every emulation draws from, so the till's covers and the
// platforms' bookings tell one story (the covers forecast's backtest needs
// it). Widget-free, no HTTP: the POS emulation turns the parties that came
// into receipts (one or a few per table, closed when the table leaves); the
// booking emulations serve the booked parties (each platform a share).
//
// Per service, a demand: a base (midi 62, soir 74 covers), a weekday pattern
// (quiet Tuesday, busy Friday and Saturday evenings and Sunday lunch), the
// season (±10 %, peak mid-July, more in the second half of December), a trend
// (+6 % a year), French public holidays (lunch ×1.25, evening ×0.9; 14 July
// ×1.5) and noise (about 14 %, part shared by the day's two services).
// Closed on Mondays, Sunday evenings, 25 December and 1 January (no covers,
// no bookings: the till, the book and the forecast agree). The covers that come are parties
// (mostly twos and fours) until the day's demand is met; a share of them
// booked (midi 40 %, soir 60 %, 70 % on Friday and Saturday evenings, more for
// large tables) with lead times from a few hours to six weeks, the rest
// walk-ins. The booking channels take at most 40 covers at lunch and 60 in
// the evening (the demo's capacities: then only walk-ins). Besides the parties that came:
// bookings cancelled before the service (about 10 % of the booked), and
// no-shows (4 %).
//
// The booking emulations serve bookings(day), each platform its share (by
// the party's seed); the till serves the parties that came.
//
// Everything is a pure function of (seed, day, service): no state, cheap
// (a service is a few dozen parties), the same answer on every thread.

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace Moulin {

class SandboxFootfall
{
public:
    struct Party
    {
        int size = 2;
        int arrivalMinutes = 0; ///< local minutes since midnight (booked: the booked time)
        int leaveMinutes = 0;   ///< when the table pays and leaves (the receipt's close)
        bool booked = false;
        qint64 bookedAtMs = 0;    ///< booked: when the booking was made (UTC ms)
        qint64 cancelledAtMs = 0; ///< booked and cancelled then (did not come); 0: not cancelled
        bool noShow = false;      ///< booked, not cancelled, did not come
        quint64 seed = 0;         ///< for the emulations' details (names, channel, bill split)
        bool came() const { return cancelledAtMs == 0 && !noShow; }
    };

    struct Service
    {
        QDate day;
        int service = 0; ///< 0 midi, 1 soir
        bool open = false;
        double demand = 0;    ///< the expected covers (before noise)
        QList<Party> parties; ///< by arrival
        /// Covers that came (the till's), booked among them.
        int covers() const;
        int bookedCovers() const;
    };

    explicit SandboxFootfall(quint32 seed, const QTimeZone& zone = QTimeZone("Europe/Paris"));

    /// Whether the restaurant serves that service (0 midi, 1 soir) that day:
    /// not on Mondays, Sunday evenings, 25 December and 1 January.
    static bool isOpen(const QDate& day, int service);
    /// Whether the booking channels take bookings for that service (when it is open).
    static bool takesBookings(const QDate& day, int service);
    /// Covers the channels book for a service at most, all together.
    static int bookingCapacity(int service);
    /// The mean demand of a service (pattern, season, trend, holiday; no noise).
    double demand(const QDate& day, int service) const;
    /// The service's parties (empty when closed).
    Service service(const QDate& day, int service) const;
    /// The booked parties of `day` (both services, cancelled and no-shows
    /// included) — what the booking platforms hold.
    QList<Party> bookings(const QDate& day) const;

    /// Covers on the books for a service at `asOfMs` (UTC ms): booked by
    /// then and not cancelled by then (no-shows included) — what the booking
    /// channels together show for it at that instant.
    int bookedCovers(const QDate& day, int service, qint64 asOfMs) const;

    /// Which of several booking channels holds a booked party: the index in
    /// `percents` (each channel's share of the bookings, adding up to 100),
    /// drawn from the party's seed — every emulation agrees without talking
    /// to the others.
    static int channelOf(const Party& party, const QList<int>& percents);
    /// The channel of each of the parties of service(day, service) (index in
    /// `percents`, as channelOf(); -1 for a walk-in), balanced over the
    /// (ISO) week: from its Monday on, each booked party goes to the channel
    /// furthest behind its share of the covers booked so far (the bookings
    /// that stay and the cancelled ones counted apart). Every channel stays
    /// within a table or two of its share, week after week.
    QList<int> channelsOf(const QDate& day, int service, const QList<int>& percents) const;

    QTimeZone timeZone() const { return m_zone; }
    quint32 seed() const { return m_seed; }

private:
    quint32 m_seed;
    QTimeZone m_zone;
};

} // namespace Moulin
