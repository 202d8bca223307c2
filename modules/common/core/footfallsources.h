#pragma once

// Read interfaces of footfall: what the sales area knows about the covers that
// came (the till's receipts) and what the reservation area knows about the
// covers that are booked. Each area implements its interface over its own
// tables and registers it in ReadInterfaces (readinterfaces.h); the covers
// forecast (modules/forecast) reads both without knowing either area.
//
// Times: days and slots are the restaurant's local time; instants are UTC.
// A slot is the start of a quarter of an hour, in minutes since the local
// midnight (12:30 → 750). Services: 0 midi (before 16:00), 1 soir.
//
// Implementations are called off the GUI thread (the forecast runs on a pool
// thread): they read through the calling thread's own connection
// (Database::connection()) and keep no state that is not thread safe.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace Moulin {

namespace FootfallSlot {
inline constexpr int kMinutes = 15;
/// The slot `time` falls in (minutes since midnight, a multiple of 15).
inline int of(const QTime& time)
{
    const int minutes = time.hour() * 60 + time.minute();
    return minutes - minutes % kMinutes;
}
} // namespace FootfallSlot

/// Covers that sat down in one arrival slot.
struct CoversAtSlot
{
    QDate day;
    int service = 0;
    int slot = 0; ///< minutes since local midnight, a multiple of 15
    int covers = 0;
};

/// The covers the till saw: its counted receipts (not voided, not refunds)
/// by day, service and arrival slot.
class CoversHistorySource
{
public:
    virtual ~CoversHistorySource();
    /// Covers of the local days `from`..`to` (inclusive), slots with none
    /// left out. A receipt only has its closing time: the implementation
    /// says how it places the arrival.
    virtual QList<CoversAtSlot> covers(const QDate& from, const QDate& to) const = 0;
    /// The first local day with receipts (invalid: none yet).
    virtual QDate firstDay() const = 0;
};

/// A booking as the forecast needs it.
struct BookedParty
{
    enum class Status
    {
        Standing,  ///< requested or confirmed, the service still to come (or no word yet)
        Honoured,  ///< the party came (arrived, seated, left)
        NoShow,    ///< booked, did not come
        Cancelled, ///< cancelled or refused
    };

    QDate day;
    int service = 0;
    int slot = 0;       ///< booked time's slot, minutes since local midnight
    QDateTime startsAt; ///< UTC
    int partySize = 0;
    Status status = Status::Standing;
    QString channel;       ///< "thefork", "phone", "walkin"…
    QDateTime createdAt;   ///< when the guest booked, UTC (invalid: unknown)
    QDateTime cancelledAt; ///< when it was cancelled, UTC (invalid: not cancelled, or unknown)
};

/// The bookings, as the book holds them.
class BookingsSource
{
public:
    virtual ~BookingsSource();
    /// The bookings of the local days `from`..`to` (inclusive) as they were
    /// known at `asOf` (UTC): only those booked by then, each with the
    /// status it had then (asKnownAt() below). Walk-ins entered at the door
    /// (channel "walkin") are bookings too: the forecast counts them apart.
    virtual QList<BookedParty> bookings(const QDate& from, const QDate& to, const QDateTime& asOf) const = 0;

    /// `parties` (their whole story as the book holds it now) as known at
    /// `asOf`: the ones booked after it left out (and those with no booking
    /// time created after their service started); a cancellation after it,
    /// or a status set in the room (came, no-show) before the service
    /// started, not known yet (Standing). A cancellation with no time is
    /// taken as known from the start (the party is left out).
    static QList<BookedParty> asKnownAt(const QList<BookedParty>& parties, const QDateTime& asOf);
};

} // namespace Moulin
