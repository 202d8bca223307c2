#include "reservation/tableplan/servicerules.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace Moulin {

namespace {

QString hhmm(int minutes)
{
    const int m = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}

} // namespace

// CapacityRules ---------------------------------------------------------------

QString CapacityRules::turnTimesText(const TurnTimeRule& rule)
{
    QStringList items;
    for (auto it = rule.minutesByParty.cbegin(); it != rule.minutesByParty.cend(); ++it)
        items << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    return items.join(QStringLiteral(", "));
}

std::optional<TurnTimeRule> CapacityRules::parseTurnTimes(const QString& text, QString* error)
{
    TurnTimeRule rule;
    rule.minutesByParty.clear();
    for (const QString& item : splitList(text)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        bool okSize = false, okMinutes = false;
        const int size = parts.value(0).toInt(&okSize);
        const int minutes = parts.value(1).toInt(&okMinutes);
        if (parts.size() != 2 || !okSize || !okMinutes || size < 1 || minutes < 15 || minutes > 600) {
            if (error)
                *error =
                    ServiceSeating::tr("« %1 » is not a party size and minutes (such as 2:90).").arg(item);
            return std::nullopt;
        }
        rule.minutesByParty.insert(size, minutes);
    }
    if (rule.minutesByParty.isEmpty()) {
        if (error)
            *error = ServiceSeating::tr("No turn time given.");
        return std::nullopt;
    }
    return rule;
}

CapacityRules CapacityRules::load(QSettings& settings)
{
    CapacityRules rules;
    const QString turns = settings.value(QLatin1String(kTurnTimesKey)).toString();
    if (!turns.isEmpty()) {
        if (const std::optional<TurnTimeRule> parsed = parseTurnTimes(turns))
            rules.turnTimes = *parsed;
    }
    rules.resetMinutes = std::clamp(settings.value(QLatin1String(kResetKey), 0).toInt(), 0, 120);
    rules.pacing[0] = std::max(0, settings.value(QLatin1String(kPacingLunchKey), 0).toInt());
    rules.pacing[1] = std::max(0, settings.value(QLatin1String(kPacingDinnerKey), 0).toInt());
    for (const QString& zone : splitList(settings.value(QLatin1String(kClosedZonesKey)).toString()))
        rules.closedZones << zone.toLower();
    return rules;
}

void CapacityRules::save(QSettings& settings) const
{
    settings.setValue(QLatin1String(kTurnTimesKey), turnTimesText(turnTimes));
    settings.setValue(QLatin1String(kResetKey), resetMinutes);
    settings.setValue(QLatin1String(kPacingLunchKey), pacing[0]);
    settings.setValue(QLatin1String(kPacingDinnerKey), pacing[1]);
    settings.setValue(QLatin1String(kClosedZonesKey), closedZones.join(QStringLiteral(", ")));
}

bool CapacityRules::operator==(const CapacityRules& other) const
{
    return turnTimes.minutesByParty == other.turnTimes.minutesByParty && resetMinutes == other.resetMinutes &&
           pacing[0] == other.pacing[0] && pacing[1] == other.pacing[1] && closedZones == other.closedZones;
}

// SeatingRefusal / SeatingCheck -------------------------------------------------

QString SeatingRefusal::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::NotInPlan:
        return QStringLiteral("not_in_plan");
    case Rule::Blocked:
        return QStringLiteral("blocked");
    case Rule::ZoneClosed:
        return QStringLiteral("zone_closed");
    case Rule::TooMany:
        return QStringLiteral("too_many");
    case Rule::TooFew:
        return QStringLiteral("too_few");
    case Rule::DoubleBooked:
        return QStringLiteral("double_booked");
    case Rule::Pacing:
        return QStringLiteral("pacing");
    case Rule::ZoneWish:
        return QStringLiteral("zone_wish");
    }
    return QString();
}

bool SeatingCheck::overridable() const
{
    return !refusals.isEmpty() && std::all_of(refusals.cbegin(), refusals.cend(),
                                              [](const SeatingRefusal& r) { return r.overridable(); });
}

bool SeatingCheck::breaks(SeatingRefusal::Rule rule) const
{
    return std::any_of(refusals.cbegin(), refusals.cend(),
                       [rule](const SeatingRefusal& r) { return r.rule == rule; });
}

QString SeatingCheck::text() const
{
    QStringList lines;
    for (const SeatingRefusal& r : refusals)
        lines << r.message;
    return lines.join(QLatin1Char('\n'));
}

QStringList SeatingCheck::ruleKeys() const
{
    QStringList keys;
    for (const SeatingRefusal& r : refusals)
        keys << SeatingRefusal::ruleKey(r.rule);
    return keys;
}

// ServiceSeating ------------------------------------------------------------------

ServiceSeating::ServiceSeating(const FloorLayout& layout, const CapacityRules& rules, int service)
    : m_layout(layout)
    , m_rules(rules)
    , m_service(service)
{
}

bool ServiceSeating::occupies(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
    case BookingStatus::Confirmed:
    case BookingStatus::Arrived:
    case BookingStatus::Seated:
    case BookingStatus::Paid:
        return true;
    case BookingStatus::Left:
    case BookingStatus::NoShow:
    case BookingStatus::Cancelled:
    case BookingStatus::Refused:
        return false;
    }
    return false;
}

int ServiceSeating::minuteOf(const QString& localTime)
{
    const QStringList parts = localTime.split(QLatin1Char(':'));
    bool okH = false, okM = false;
    const int h = parts.value(0).toInt(&okH);
    const int m = parts.value(1).toInt(&okM);
    if (parts.size() < 2 || !okH || !okM)
        return -1;
    return h * 60 + m;
}

int ServiceSeating::durationOf(int party) const
{
    return m_rules.turnTimes.minutesFor(party) + m_rules.resetMinutes;
}

void ServiceSeating::setParty(const SeatedParty& party, const TableSet& at)
{
    m_parties.insert(party.bookingId, party);
    place(party.bookingId, at);
}

void ServiceSeating::removeParty(qint64 bookingId)
{
    place(bookingId, {});
    m_parties.remove(bookingId);
}

void ServiceSeating::place(qint64 bookingId, const TableSet& at)
{
    const TableSet before = m_at.value(bookingId);
    for (const QString& t : before) {
        auto it = m_byTable.find(t);
        if (it != m_byTable.end())
            it->removeAll(bookingId);
    }
    if (at.isEmpty()) {
        m_at.remove(bookingId);
        return;
    }
    const TableSet sorted = normalisedTableSet(at);
    m_at.insert(bookingId, sorted);
    for (const QString& t : sorted)
        m_byTable[t].append(bookingId);
}

const SeatedParty* ServiceSeating::party(qint64 bookingId) const
{
    const auto it = m_parties.constFind(bookingId);
    return it == m_parties.constEnd() ? nullptr : &*it;
}

bool ServiceSeating::capacityOf(const TableSet& at, int* seats, int* minParty) const
{
    if (at.size() == 1) {
        const PlanTable* t = m_layout.table(at.first());
        if (!t)
            return false;
        *seats = t->seats;
        *minParty = t->minParty;
        return true;
    }
    const int j = m_layout.joinIndex(normalisedTableSet(at));
    if (j < 0)
        return false;
    *seats = m_layout.joins[j].seats;
    *minParty = m_layout.joins[j].minParty;
    return true;
}

QList<qint64> ServiceSeating::clashes(const TableSet& tables, int from, int to, qint64 except) const
{
    QList<qint64> out;
    for (const QString& t : tables) {
        for (qint64 id : m_byTable.value(t)) {
            if (id == except || out.contains(id))
                continue;
            const SeatedParty* p = party(id);
            if (!p || !occupies(p->status))
                continue;
            if (p->start < to && from < endOf(*p))
                out << id;
        }
    }
    std::sort(out.begin(), out.end(),
              [this](qint64 a, qint64 b) { return party(a)->start < party(b)->start; });
    return out;
}

int ServiceSeating::coversInQuarter(int minute, qint64 except) const
{
    const int quarter = minute / 15;
    int covers = 0;
    for (auto it = m_at.cbegin(); it != m_at.cend(); ++it) {
        if (it.key() == except)
            continue;
        const SeatedParty* p = party(it.key());
        if (p && occupies(p->status) && p->start / 15 == quarter)
            covers += p->party;
    }
    return covers;
}

SeatingCheck ServiceSeating::canSeat(const SeatedParty& p, const TableSet& at) const
{
    SeatingCheck check;
    const auto refuse = [&check](SeatingRefusal::Rule rule, const QString& message) {
        check.refusals << SeatingRefusal{rule, message};
    };
    const TableSet sorted = normalisedTableSet(at);
    int seats = 0, minParty = 1;
    if (sorted.isEmpty() || !capacityOf(sorted, &seats, &minParty)) {
        refuse(SeatingRefusal::Rule::NotInPlan,
               tr("%1 is no table nor declared join of this layout.").arg(label(sorted)));
        return check;
    }
    const QString where = label(sorted);
    QStringList blocked, closed;
    for (const QString& id : sorted) {
        const PlanTable* t = m_layout.table(id);
        if (t->blocked)
            blocked << t->label;
        const QString zone = m_layout.zoneOf(*t).toLower();
        if (m_rules.closedZones.contains(zone) && !closed.contains(zone))
            closed << zone;
    }
    if (!blocked.isEmpty())
        refuse(SeatingRefusal::Rule::Blocked,
               blocked.size() == 1 ? tr("%1 is blocked.").arg(blocked.first())
                                   : tr("%1 are blocked.").arg(blocked.join(QStringLiteral(", "))));
    for (const QString& zone : closed)
        refuse(SeatingRefusal::Rule::ZoneClosed, tr("The zone « %1 » is closed for this service.").arg(zone));
    if (p.zoneRequired && !p.zoneWish.isEmpty()) {
        // Met by the tables' zone ("fenêtre") or their room's kind ("salle").
        const QString wish = p.zoneWish.toLower();
        QStringList zones;
        bool met = true;
        for (const QString& id : sorted) {
            const PlanTable* t = m_layout.table(id);
            const QString zone = m_layout.zoneOf(*t).toLower();
            const FloorRoom* r = m_layout.room(t->roomId);
            const QString kind = FloorPlanText::roomKindKey(r ? r->kind : RoomKind::Salle);
            met = met && (zone == wish || kind == wish);
            if (!zones.contains(zone))
                zones << zone;
        }
        if (!met)
            refuse(SeatingRefusal::Rule::ZoneWish,
                   tr("%1 asked for the zone « %2 » (required); %3 is in « %4 ».")
                       .arg(p.name.isEmpty() ? tr("The booking") : p.name, p.zoneWish, where,
                            zones.join(QStringLiteral(", "))));
    }
    if (p.party > seats)
        refuse(SeatingRefusal::Rule::TooMany,
               tr("%1 guests for %2 seats at %3.").arg(p.party).arg(seats).arg(where));
    if (p.party < minParty)
        refuse(SeatingRefusal::Rule::TooFew,
               tr("%1 takes parties of %2 or more; this one is %3.").arg(where).arg(minParty).arg(p.party));
    const int end = p.start + durationOf(p.party);
    for (qint64 other : clashes(sorted, p.start, end, p.bookingId)) {
        const SeatedParty* o = party(other);
        const TableSet shared = [&] {
            TableSet s;
            for (const QString& t : m_at.value(other))
                if (sorted.contains(t))
                    s << t;
            return s;
        }();
        refuse(SeatingRefusal::Rule::DoubleBooked,
               tr("%1 is taken by %2 (%3) from %4 to %5.")
                   .arg(label(shared), o->name.isEmpty() ? tr("a booking") : o->name)
                   .arg(o->party)
                   .arg(hhmm(o->start), hhmm(endOf(*o))));
    }
    const int limit = m_rules.pacingOf(m_service);
    const SeatedParty* before = party(p.bookingId);
    const bool sameQuarter = m_at.contains(p.bookingId) && before && before->start / 15 == p.start / 15;
    if (limit > 0 && !sameQuarter) {
        const int already = coversInQuarter(p.start, p.bookingId);
        if (already + p.party > limit) {
            const int q = p.start / 15 * 15;
            refuse(SeatingRefusal::Rule::Pacing,
                   tr("Pacing: %1 covers already seated between %2 and %3; %4 more would make %5 (at most %6 "
                      "per quarter hour).")
                       .arg(already)
                       .arg(hhmm(q), hhmm(q + 15))
                       .arg(p.party)
                       .arg(already + p.party)
                       .arg(limit));
        }
    }
    return check;
}

std::optional<WaitQuote> ServiceSeating::quote(int party, int from, int latest) const
{
    const int duration = durationOf(party);
    std::optional<WaitQuote> best;
    int bestSeats = 0;
    const auto consider = [&](const TableSet& tables, int seats, int minParty) {
        if (party > seats || party < minParty)
            return;
        QList<std::pair<int, int>> busy;
        for (const QString& id : tables) {
            const PlanTable* t = m_layout.table(id);
            if (!t || t->blocked || m_rules.closedZones.contains(m_layout.zoneOf(*t).toLower()))
                return;
            for (qint64 b : m_byTable.value(id)) {
                const SeatedParty* p = this->party(b);
                if (p && occupies(p->status))
                    busy << std::pair{p->start, endOf(*p)};
            }
        }
        std::sort(busy.begin(), busy.end());
        int t = from;
        for (const auto& [s, e] : busy) {
            if (e <= t)
                continue;
            if (s >= t + duration)
                break;
            t = std::max(t, e);
        }
        if (t > latest)
            return;
        // The earliest wins; on a tie the closest fit (fewest seats).
        if (!best || t < best->at || (t == best->at && seats < bestSeats)) {
            best = WaitQuote{t, t - from, tables};
            bestSeats = seats;
        }
    };
    for (const PlanTable& t : m_layout.tables)
        consider({t.id}, t.seats, t.minParty);
    for (const PlanJoin& j : m_layout.joins)
        consider(j.tableIds, j.seats, j.minParty);
    return best;
}

} // namespace Moulin
