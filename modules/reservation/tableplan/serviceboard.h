#pragma once

// One service on the floor: the day's bookings of that service, where each
// sits (migration 0013: table_assignment), the capacity rules every move goes
// through, the host's overrides (logged in table_assignment_override and in
// the booking's history), the statuses (through BookStore::setStatus, with
// its history), the walk-ins seated at once, the door's waitlist with its
// quoted waits, and the whole-service assignment's problem and result.
// Widget-free: the Service view drives it; each write is one transaction.

#include "reservation/core/bookstore.h"
#include "reservation/tableplan/servicerules.h"
#include "reservation/tableplan/tableassignment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Moulin {

/// Where a booking sits, as stored.
struct StoredPlacement
{
    qint64 bookingId = 0;
    QString layoutId;
    TableSet tables;    ///< sorted
    QString assignedBy; ///< host, solver, walkin
    QString actor;
    QDateTime at; ///< UTC
};

/// A rule the host overrode, as logged.
struct SeatingOverride
{
    qint64 id = 0;
    qint64 bookingId = 0;
    QString layoutId;
    TableSet tables;
    QStringList rules; ///< SeatingRefusal::ruleKey()s
    QString reasons;   ///< the words the host was shown
    QString actor;
    QDateTime at; ///< UTC
};

struct WaitlistEntry
{
    qint64 id = 0;
    QString name;
    int party = 0;
    QString phone;
    QDateTime addedAt;      ///< UTC
    int quotedMinutes = -1; ///< −1: no table of that size this service
};

class ServiceBoard
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ServiceBoard)

public:
    using Now = BookStore::Now;
    /// `now` (empty: the clock) times the placements, overrides and the waitlist.
    explicit ServiceBoard(const BookStore& book = BookStore(), Now now = {});

    /// Reads `day`'s `service`: its bookings and where they sit on `layout`
    /// (placements on another layout's tables are ignored), its waitlist.
    bool load(QSqlDatabase& db, const FloorLayout& layout, const CapacityRules& rules, const QDate& day,
              int service, QString* error);

    const BookStore& book() const { return m_book; }
    QDate day() const { return m_day; }
    int service() const { return m_service; }
    const FloorLayout& layout() const { return m_seating.layout(); }
    const ServiceSeating& seating() const { return m_seating; }
    /// The service's bookings, by time (every status).
    const QList<Booking>& bookings() const { return m_bookings; }
    const Booking* booking(qint64 id) const;
    TableSet placementOf(qint64 bookingId) const { return m_seating.placementOf(bookingId); }
    const StoredPlacement* stored(qint64 bookingId) const;
    /// The bookings that keep a table and sit nowhere yet.
    QList<qint64> unplaced() const;
    /// The bookings on `tableId` (any status), by time.
    QList<qint64> bookingsOn(const QString& tableId) const;

    static SeatedParty partyOf(const Booking& booking);
    /// The rules' verdict on booking `id` at `at`.
    SeatingCheck check(qint64 bookingId, const TableSet& at) const;
    /// Where a booking dropped on table `tableId` goes: the table when it has
    /// the seats, else the join holding it that the rules accept (the fewest
    /// seats first), else the table (its refusal says why).
    TableSet targetFor(qint64 bookingId, const QString& tableId) const;

    /// Seats booking `id` at `at`. Refused (false, `refusal` filled, nothing
    /// written) when a rule says no, unless `override` and every refusal may
    /// be overridden: then the override is logged (who, when, which rules,
    /// the words) with the placement and in the booking's history.
    bool place(QSqlDatabase& db, qint64 bookingId, const TableSet& at, const QString& actor, bool override,
               SeatingCheck* refusal, QString* error, const QString& assignedBy = QStringLiteral("host"));
    /// Moves booking `id` to `minute` (its new time on its day, in this
    /// service) and to `at` (empty: where it sits): checked by the rules as
    /// place() (the pacing of the new quarter hour included), refused the
    /// same way unless overridden (then logged). The new time goes to the
    /// book (its history).
    bool move(QSqlDatabase& db, qint64 bookingId, int minute, const TableSet& at, const QString& actor,
              bool override, SeatingCheck* refusal, QString* error);
    /// The rules' verdict on booking `id` at `minute` on `at`.
    SeatingCheck checkMove(qint64 bookingId, int minute, const TableSet& at) const;
    /// The booking sits nowhere again.
    bool unassign(QSqlDatabase& db, qint64 bookingId, const QString& actor, QString* error);
    /// The host's status (arrived, seated, paid, left, no-show…), through
    /// the book (its history).
    bool setStatus(QSqlDatabase& db, qint64 bookingId, BookingStatus status, QString* error);

    /// A walk-in of `party` seated at `at` now (`minute` of the day): a
    /// booking of the door created in the book, seated, placed. Refused
    /// like place() (nothing written) unless overridden. Its id.
    std::optional<qint64> seatWalkIn(QSqlDatabase& db, const TableSet& at, int party, int minute,
                                     const QString& actor, bool override, SeatingCheck* refusal,
                                     QString* error, const QString& name = QString());

    // The waitlist.
    const QList<WaitlistEntry>& waitlist() const { return m_waitlist; }
    /// Adds a party, quoted from `minute` (the wait stored with it); its id.
    std::optional<qint64> addWaiting(QSqlDatabase& db, const QString& name, int party, const QString& phone,
                                     int minute, QString* error);
    /// Takes a party off the list (gone, or `seatedAs` the walk-in booking).
    bool removeWaiting(QSqlDatabase& db, qint64 id, qint64 seatedAs, QString* error);
    /// The wait for `party` from `minute` now (nullopt: no table of that size).
    std::optional<WaitQuote> quote(int party, int minute) const { return m_seating.quote(party, minute); }

    // The whole-service assignment.
    /// Every booking that keeps a table: seated (and paid) ones held where
    /// they sit, the others free, with where they sit as `current`. The
    /// solver's booking ids are the book's ids in decimal. Zones closed for
    /// the service count as blocked tables.
    TableAssignmentProblem problem() const;
    /// Stores the solver's placements that differ from the stored ones
    /// (assigned by the solver); the count written.
    int applyResult(QSqlDatabase& db, const TableAssignmentResult& result, QString* error);

    /// The automatic assignment's problem (a booking arrived or changed):
    /// problem() with the bookings already placed kept where they are
    /// unless moving one is the only way to place more.
    TableAssignmentProblem incrementalProblem() const;
    /// The automatic assignment's result, on this board read again after
    /// the solve: a placement is stored only when its booking still sits
    /// where `problem` had it and the tables are still free for it (a
    /// change meanwhile wins). Each change in words in `lines` ("T12
    /// assigned automatically to Dupont (4 p)"); the count written (−1: a
    /// database error).
    int applyAutomatic(QSqlDatabase& db, const TableAssignmentProblem& problem,
                       const TableAssignmentResult& result, QStringList* lines, QString* error);

    static QList<SeatingOverride> overrides(QSqlDatabase& db, qint64 bookingId, QString* error = nullptr);
    static QString tablesKey(const TableSet& tables);

    /// The instant of `minute` of the service's day (UTC).
    QDateTime instantOf(int minute) const;

private:
    QDateTime now() const;
    bool reloadBooking(QSqlDatabase& db, qint64 id);
    /// Logs a refusal the host overrode (the override table and the booking's history).
    bool logOverride(QSqlDatabase& db, qint64 bookingId, const TableSet& at, const SeatingCheck& verdict,
                     const QString& actor, QString* error);
    bool writePlacement(QSqlDatabase& db, qint64 bookingId, const TableSet& at, const QString& assignedBy,
                        const QString& actor, QString* error);
    bool addHistory(QSqlDatabase& db, qint64 bookingId, const QString& kind, const QJsonObject& changes,
                    QString* error);

    BookStore m_book;
    Now m_now;
    QDate m_day;
    int m_service = 1;
    QList<Booking> m_bookings;
    QHash<qint64, StoredPlacement> m_stored;
    ServiceSeating m_seating;
    QList<WaitlistEntry> m_waitlist;
};

} // namespace Moulin
