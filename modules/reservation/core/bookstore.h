#pragma once

#include "reservation/core/booking.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Moulin {

/// One change of a booking, as the host reads it in the history.
struct BookingHistoryEntry
{
    qint64 bookingId = 0;
    QDateTime at;        ///< UTC
    QString actor;       ///< channel id, or "host"
    QString kind;        ///< created, updated, cancelled, status, duplicate, settled
    QJsonObject changes; ///< {"party_size": [4, 6], "status": ["confirmed", "cancelled"]}
};

/// Two bookings of different channels that look like one guest and one slot.
struct DuplicateFlag
{
    qint64 id = 0;
    qint64 bookingA = 0;
    qint64 bookingB = 0;
    QString reason; ///< same_phone, same_name
    QDateTime foundAt;
};

/// A service's load, for the day header and the week overview.
struct ServiceLoad
{
    QDate day;
    int service = 0;
    int covers = 0; ///< of bookings that take covers
    int bookings = 0;
    int capacity = 0; ///< the service's capacity (settings, or the day's own)
    QString state;    ///< open, closed, full
    /// Closed by the restaurant's opening schedule (a Monday, 25 December),
    /// not by the host for that day.
    bool regularClosure = false;
};

/// Footfall statistics over a period.
struct FootfallStats
{
    /// Covers per [service][weekday 1..7] (index 0 unused), and the number of
    /// such services in the period, for an average.
    int covers[2][8] = {};
    int services[2][8] = {};
    struct Channel
    {
        QString channel;
        int bookings = 0; ///< past, not cancelled/refused
        int noShows = 0;
        double medianLeadDays = -1; ///< -1 when no booking time is known
    };
    QList<Channel> channels;
};

/// The one book: every channel's bookings, applied in each channel's order,
/// with their history, the probable duplicates across channels, the host's
/// own entries and statuses. Widget-free; every call takes the thread's
/// connection. Writing calls do not BEGIN/COMMIT (a feed's page runs in the
/// engine's transaction); use transaction() around them elsewhere.
class BookStore
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::BookStore)

public:
    using Now = std::function<QDateTime()>;
    explicit BookStore(const ServiceCalendar& calendar = ServiceCalendar(), Now now = {});

    const ServiceCalendar& calendar() const { return m_calendar; }
    /// The services the restaurant regularly does not serve: loads() gives
    /// them as closed unless the day has its own availability.
    void setOpeningSchedule(const OpeningSchedule& schedule) { m_schedule = schedule; }
    const OpeningSchedule& openingSchedule() const { return m_schedule; }

    /// Why a record cannot enter the book (translated, names the field);
    /// empty when it can.
    static QString validate(const BookingRecord& record);

    enum class Outcome
    {
        Inserted,
        Updated,
        Unchanged, ///< same version and content
        Stale,     ///< older than what the book holds: ignored
    };
    struct Applied
    {
        Outcome outcome = Outcome::Unchanged;
        qint64 bookingId = 0;
        int duplicatesFlagged = 0;
    };
    /// Applies what `record.channel` says, in the channel's order: inserted,
    /// or updated when `record.version` is newer than the stored one (every
    /// change kept in the history), or ignored. A room status set by the host
    /// (arrived, seated, left) is not taken back by a channel's "confirmed".
    /// nullopt (and `error`) for an invalid record or a database error.
    std::optional<Applied> apply(QSqlDatabase& db, const BookingRecord& record, QString* error);

    /// A guest of a channel, newer than the stored one (by `version`). The
    /// bookings linked to that guest take its name, phone, e-mail and
    /// allergies (a booking may have arrived before its guest, see
    /// BookingGuest::byReference) and are checked again for duplicates.
    std::optional<qint64> upsertGuest(QSqlDatabase& db, const QString& channel, const BookingGuest& guest,
                                      qint64 version, QString* error);
    /// A guest as the channel has it now, just read on its own (TheFork's
    /// customer announced by its webhook): replaces what the book holds,
    /// whatever the stored version (which it keeps, so the channel's next
    /// newer record still applies), and reaches every booking linked to that
    /// guest. Applying the same guest again changes nothing.
    std::optional<qint64> replaceGuest(QSqlDatabase& db, const QString& channel, const BookingGuest& guest,
                                       QString* error);

    /// A booking taken by phone or at the door (channel BookingChannel::kPhone
    /// or kWalkIn; the external id is made here when empty).
    std::optional<qint64> addManual(QSqlDatabase& db, BookingRecord record, QString* error);
    /// The host moves a booking on (arrived, seated, left, no-show, cancelled).
    bool setStatus(QSqlDatabase& db, qint64 bookingId, BookingStatus status, QString* error);
    /// The host sets the zone a booking wants ("terrasse"; empty: none) and
    /// whether it is a must; kept in the history. Channels never set it.
    bool setZoneWish(QSqlDatabase& db, qint64 bookingId, const QString& zone, bool required, QString* error);
    /// The host moves a booking to `localTime` on its day (the service
    /// follows the time); kept in the history.
    bool setLocalTime(QSqlDatabase& db, qint64 bookingId, const QTime& localTime, QString* error);
    /// The host settles a duplicate flag: two bookings (`cancel` empty), or
    /// one (the booking `cancel`, one of the two, is cancelled by the host).
    bool settleDuplicate(QSqlDatabase& db, qint64 flagId, std::optional<qint64> cancel, QString* error);

    /// A webhook event id of `channel`: true in `isNew` the first time.
    static bool rememberEvent(QSqlDatabase& db, const QString& channel, const QString& eventId, bool* isNew,
                              QString* error);

    /// A service closed, full or open again (`capacity` < 0: the default).
    bool setAvailability(QSqlDatabase& db, const QDate& day, int service, const QString& state, int capacity,
                         QString* error);

    // Reads ------------------------------------------------------------------
    std::optional<Booking> booking(QSqlDatabase& db, qint64 id) const;
    std::optional<Booking> find(QSqlDatabase& db, const QString& channel, const QString& externalId) const;
    /// The day's bookings (service -1: both), by time.
    QList<Booking> day(QSqlDatabase& db, const QDate& day, int service = -1) const;
    /// Bookings whose guest name or phone matches `text`, from `from` on
    /// (invalid: any date), soonest first.
    QList<Booking> search(QSqlDatabase& db, const QString& text, const QDate& from = QDate(),
                          int limit = 200) const;
    QList<BookingHistoryEntry> history(QSqlDatabase& db, qint64 bookingId) const;
    QList<DuplicateFlag> openDuplicates(QSqlDatabase& db) const;
    /// Both services of `days` days from `from`. `defaultCapacity` per
    /// service when the day has none of its own; a service the opening
    /// schedule closes is closed (regularClosure) unless the host set the
    /// day's availability.
    QList<ServiceLoad> loads(QSqlDatabase& db, const QDate& from, int days,
                             const int defaultCapacity[2]) const;
    FootfallStats footfall(QSqlDatabase& db, const QDate& from, const QDate& to) const;
    qint64 count(QSqlDatabase& db) const;
    /// The highest booking id so far (0: none, -1: database error): what a
    /// view has seen, to tell the bookings that arrive after it.
    qint64 lastBookingId(QSqlDatabase& db) const;
    /// The bookings entered after `afterId` (any channel, any day), in the
    /// order they entered the book, at most `limit`.
    QList<Booking> bookingsAfter(QSqlDatabase& db, qint64 afterId, int limit = 50) const;

    /// "Modifiée par TheFork à 18:42 : 4 → 6 couverts" (translated, local time).
    /// `bookingLabel` names the other booking of a duplicate entry for the
    /// host ("E. Dupre (Site, 20:30)"); without it, or when it answers
    /// empty, the booking's number.
    QString describe(const BookingHistoryEntry& entry,
                     const std::function<QString(qint64)>& bookingLabel = {}) const;

private:
    class Stmt;

    QDateTime now() const;
    bool addHistory(QSqlDatabase& db, qint64 bookingId, const QString& actor, const QString& kind,
                    const QJsonObject& changes, QString* error);
    int flagDuplicates(QSqlDatabase& db, qint64 bookingId, QString* error, bool* ok);
    /// Stores the guest (newer versions only); 0 for a guest without an id.
    /// `changed` (when given): a guest already in the book whose details
    /// this newer version changes.
    std::optional<qint64> storeGuest(QSqlDatabase& db, const QString& channel, const BookingGuest& guest,
                                     qint64 version, QString* error, bool* changed = nullptr);
    /// The guest a booking names by reference, created empty when it has not
    /// arrived yet; `guest` gets what the book knows of it.
    std::optional<qint64> linkGuest(QSqlDatabase& db, const QString& channel, BookingGuest* guest,
                                    QString* error);
    /// Copies the guest's details into the bookings linked to it.
    bool refreshGuestBookings(QSqlDatabase& db, qint64 guestId, QString* error);

    /// The stored booking apply() compares with (possibleDuplicate not read).
    std::optional<Booking> stored(QSqlDatabase& db, const QString& channel, const QString& externalId) const;

    ServiceCalendar m_calendar;
    OpeningSchedule m_schedule;
    Now m_now;
};

} // namespace Moulin
