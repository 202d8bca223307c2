#pragma once

// The capacity rules of a service and the check every seating goes through
// (the service view's drops, a walk-in, the waitlist's quotes). Widget-free.
//
// The rules: how long a party keeps its table (turn time by party size, and
// the reset time after it), the pacing (covers seated per quarter hour, per
// service), the tables' and joins' party limits (seats, minimum party), the
// zones closed for the service and the blocked tables. canSeat() says, in
// words, every rule a placement would break; the host may override them
// (ServiceBoard logs it), except a placement on no table nor join of the
// layout.
//
// Times are minutes from the service day's local midnight.

#include "reservation/core/booking.h"
#include "reservation/tableplan/floorplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Moulin {

struct CapacityRules
{
    /// Settings keys (under `reservation/`).
    static constexpr char kTurnTimesKey[] = "reservation/turn_times";       ///< "2:90, 4:105, 6:135"
    static constexpr char kResetKey[] = "reservation/reset_minutes";        ///< minutes between two parties
    static constexpr char kPacingLunchKey[] = "reservation/pacing_lunch";   ///< covers per 15 min, 0: none
    static constexpr char kPacingDinnerKey[] = "reservation/pacing_dinner"; ///< covers per 15 min, 0: none
    static constexpr char kClosedZonesKey[] = "reservation/closed_zones";   ///< "terrasse, bar"

    TurnTimeRule turnTimes;
    int resetMinutes = 0;
    int pacing[2] = {0, 0}; ///< covers seated per quarter hour, [lunch, dinner]; 0: no limit
    QStringList closedZones;

    int pacingOf(int service) const { return pacing[service == 0 ? 0 : 1]; }

    /// "2:90, 4:105, 6:135": party size and minutes, in increasing sizes.
    static QString turnTimesText(const TurnTimeRule& rule);
    /// The rule `text` gives; nullopt and `error` (naming the item) when an
    /// item is not "size:minutes" with a size ≥ 1 and 15 ≤ minutes ≤ 600.
    static std::optional<TurnTimeRule> parseTurnTimes(const QString& text, QString* error = nullptr);

    /// The rules in `settings` (the defaults where a key is absent or not understood).
    static CapacityRules load(QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const CapacityRules& other) const;
};

/// One rule a placement breaks.
struct SeatingRefusal
{
    enum class Rule
    {
        NotInPlan,    ///< no table nor declared join of the layout (never overridden)
        Blocked,      ///< a blocked table
        ZoneClosed,   ///< a zone closed for the service
        TooMany,      ///< the party is larger than the seats
        TooFew,       ///< the party is smaller than the table's or join's minimum
        DoubleBooked, ///< a table is taken by another booking during the stay
        Pacing,       ///< the quarter hour's covers would pass the pacing
        ZoneWish,     ///< the booking requires another zone
    };
    Rule rule = Rule::NotInPlan;
    QString message;

    /// Stable text ("double_booked"), as logged.
    static QString ruleKey(Rule rule);
    bool overridable() const { return rule != Rule::NotInPlan; }
};

struct SeatingCheck
{
    QList<SeatingRefusal> refusals;

    bool ok() const { return refusals.isEmpty(); }
    bool overridable() const;
    bool breaks(SeatingRefusal::Rule rule) const;
    /// The refusals' words, one per line.
    QString text() const;
    QStringList ruleKeys() const;
};

/// A booking as the seating rules see it.
struct SeatedParty
{
    qint64 bookingId = 0;
    QString name;
    int party = 0;
    int start = 0; ///< minutes from the day's midnight
    BookingStatus status = BookingStatus::Confirmed;
    QString zoneWish; ///< lower case; empty: none
    bool zoneRequired = false;
};

/// The earliest a party can have a table.
struct WaitQuote
{
    int at = 0;      ///< minutes from the day's midnight
    int wait = 0;    ///< minutes from the time asked
    TableSet tables; ///< the table or join that frees first
};

/// One service's tables and the bookings placed on them, checked against
/// the rules. Holds copies: rebuild (or update) it when the book changes.
class ServiceSeating
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ServiceSeating)

public:
    ServiceSeating() = default;
    ServiceSeating(const FloorLayout& layout, const CapacityRules& rules, int service);

    const FloorLayout& layout() const { return m_layout; }
    const CapacityRules& rules() const { return m_rules; }
    int service() const { return m_service; }

    /// Whether a booking in `status` keeps a table (confirmed, arrived,
    /// seated, paid…; not one that left, never came or was cancelled).
    static bool occupies(BookingStatus status);
    /// "20:30" → 1230; −1 when not a time.
    static int minuteOf(const QString& localTime);

    /// The party's stay on a table: [start, start + turn time + reset).
    int durationOf(int party) const;
    int endOf(const SeatedParty& p) const { return p.start + durationOf(p.party); }

    /// Sets or replaces a booking (and where it sits; empty: not placed).
    void setParty(const SeatedParty& party, const TableSet& at = {});
    void removeParty(qint64 bookingId);
    void place(qint64 bookingId, const TableSet& at);
    const SeatedParty* party(qint64 bookingId) const;
    TableSet placementOf(qint64 bookingId) const { return m_at.value(bookingId); }
    const QHash<qint64, TableSet>& placements() const { return m_at; }

    /// Every rule seating `party` at `at` would break (none: it may sit
    /// there). The party's own placement is not counted against it; a
    /// booking already placed moves to another table without a pacing
    /// check (its quarter's covers do not change), but a move in time to
    /// another quarter hour is checked. A required zone wish is a rule.
    SeatingCheck canSeat(const SeatedParty& party, const TableSet& at) const;

    /// The placed bookings occupying any of `tables` and overlapping
    /// [from, to), but `except`.
    QList<qint64> clashes(const TableSet& tables, int from, int to, qint64 except = 0) const;
    /// Covers of the placed bookings (occupying) starting in the quarter hour
    /// holding `minute`, but `except`.
    int coversInQuarter(int minute, qint64 except = 0) const;

    /// The earliest time from `from` a table or join takes `party` for its
    /// whole stay (blocked tables and closed zones left out); nullopt: none
    /// before `latest`.
    std::optional<WaitQuote> quote(int party, int from, int latest = 28 * 60) const;

    /// "T4" or "T1 + T2".
    QString label(const TableSet& at) const { return m_layout.labels(at); }
    /// The table or join of the layout that is `at` (sorted ids); seats and
    /// minimum in `seats`/`minParty`; false when it is neither.
    bool capacityOf(const TableSet& at, int* seats, int* minParty) const;

private:
    FloorLayout m_layout;
    CapacityRules m_rules;
    int m_service = 1;
    QHash<qint64, SeatedParty> m_parties;
    QHash<qint64, TableSet> m_at;
    QHash<QString, QList<qint64>> m_byTable; ///< table id → bookings placed on it
};

} // namespace Moulin
