#include "reservation/tableplan/serviceboard.h"

#include "common/core/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Moulin {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, const char* what, QString* error)
{
    if (Database::run(q, sql, binds, what))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

TableSet tablesFromKey(const QString& key)
{
    return key.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

ServiceBoard::ServiceBoard(const BookStore& book, Now now)
    : m_book(book)
    , m_now(std::move(now))
{
}

QDateTime ServiceBoard::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

QString ServiceBoard::tablesKey(const TableSet& tables)
{
    return normalisedTableSet(tables).join(QLatin1Char(','));
}

QDateTime ServiceBoard::instantOf(int minute) const
{
    return m_book.calendar().instant(m_day.addDays(minute / (24 * 60)),
                                     QTime(0, 0).addSecs((minute % (24 * 60)) * 60));
}

SeatedParty ServiceBoard::partyOf(const Booking& b)
{
    SeatedParty p;
    p.bookingId = b.id;
    p.name = b.guestName;
    p.party = b.partySize;
    p.start = std::max(0, ServiceSeating::minuteOf(b.localTime));
    p.status = b.status;
    p.zoneWish = b.zoneWish.trimmed().toLower();
    p.zoneRequired = b.zoneRequired;
    return p;
}

bool ServiceBoard::load(QSqlDatabase& db, const FloorLayout& layout, const CapacityRules& rules,
                        const QDate& day, int service, QString* error)
{
    m_day = day;
    m_service = service;
    m_seating = ServiceSeating(layout, rules, service);
    m_bookings = m_book.day(db, day, service);
    m_stored.clear();
    m_waitlist.clear();
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "SELECT a.booking_id, a.layout_id, a.tables, a.assigned_by, a.actor, a.assigned_at "
                 "FROM table_assignment a JOIN reservation_booking b ON b.id = a.booking_id "
                 "WHERE b.day = ? AND b.service = ?"),
             {day.toString(Qt::ISODate), service}, "read table assignments", error))
        return false;
    while (q.next()) {
        StoredPlacement s;
        s.bookingId = q.value(0).toLongLong();
        s.layoutId = q.value(1).toString();
        s.tables = tablesFromKey(q.value(2).toString());
        s.assignedBy = q.value(3).toString();
        s.actor = q.value(4).toString();
        s.at = fromIso(q.value(5));
        m_stored.insert(s.bookingId, s);
    }
    for (const Booking& b : std::as_const(m_bookings)) {
        const auto it = m_stored.constFind(b.id);
        const bool here = it != m_stored.constEnd() && it->layoutId == layout.id;
        m_seating.setParty(partyOf(b), here ? it->tables : TableSet());
    }
    QSqlQuery w(db);
    if (!run(w,
             QStringLiteral(
                 "SELECT id, name, party_size, phone, added_at, quoted_minutes FROM service_waitlist "
                 "WHERE day = ? AND service = ? AND removed_at IS NULL ORDER BY id"),
             {day.toString(Qt::ISODate), service}, "read waitlist", error))
        return false;
    while (w.next()) {
        WaitlistEntry e;
        e.id = w.value(0).toLongLong();
        e.name = w.value(1).toString();
        e.party = w.value(2).toInt();
        e.phone = w.value(3).toString();
        e.addedAt = fromIso(w.value(4));
        e.quotedMinutes = w.value(5).isNull() ? -1 : w.value(5).toInt();
        m_waitlist << e;
    }
    return true;
}

const Booking* ServiceBoard::booking(qint64 id) const
{
    for (const Booking& b : m_bookings) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const StoredPlacement* ServiceBoard::stored(qint64 bookingId) const
{
    const auto it = m_stored.constFind(bookingId);
    return it == m_stored.constEnd() ? nullptr : &*it;
}

QList<qint64> ServiceBoard::unplaced() const
{
    QList<qint64> out;
    for (const Booking& b : m_bookings) {
        if (ServiceSeating::occupies(b.status) && placementOf(b.id).isEmpty())
            out << b.id;
    }
    return out;
}

QList<qint64> ServiceBoard::bookingsOn(const QString& tableId) const
{
    QList<qint64> out;
    for (const Booking& b : m_bookings) {
        if (placementOf(b.id).contains(tableId))
            out << b.id;
    }
    return out;
}

SeatingCheck ServiceBoard::check(qint64 bookingId, const TableSet& at) const
{
    const Booking* b = booking(bookingId);
    if (!b) {
        SeatingCheck c;
        c.refusals << SeatingRefusal{SeatingRefusal::Rule::NotInPlan,
                                     tr("The booking is not in this service.")};
        return c;
    }
    return m_seating.canSeat(partyOf(*b), at);
}

TableSet ServiceBoard::targetFor(qint64 bookingId, const QString& tableId) const
{
    const Booking* b = booking(bookingId);
    const PlanTable* t = layout().table(tableId);
    if (!b || !t || t->seats >= b->partySize)
        return {tableId};
    QList<PlanJoin> joins = layout().joinsOf(tableId);
    std::sort(joins.begin(), joins.end(), [](const PlanJoin& x, const PlanJoin& y) {
        return x.seats != y.seats ? x.seats < y.seats : x.tableIds.size() < y.tableIds.size();
    });
    const SeatedParty p = partyOf(*b);
    for (const PlanJoin& j : joins) {
        if (m_seating.canSeat(p, j.tableIds).ok())
            return j.tableIds;
    }
    for (const PlanJoin& j : joins) {
        if (j.seats >= b->partySize)
            return j.tableIds;
    }
    return {tableId};
}

bool ServiceBoard::addHistory(QSqlDatabase& db, qint64 bookingId, const QString& kind,
                              const QJsonObject& changes, QString* error)
{
    QSqlQuery q(db);
    return run(q,
               QStringLiteral("INSERT INTO reservation_history(booking_id, at, actor, kind, changes) "
                              "VALUES (?, ?, 'host', ?, ?)"),
               {bookingId, iso(now()), kind,
                QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))},
               "insert booking history", error);
}

bool ServiceBoard::logOverride(QSqlDatabase& db, qint64 bookingId, const TableSet& at,
                               const SeatingCheck& verdict, const QString& actor, QString* error)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("INSERT INTO table_assignment_override(booking_id, layout_id, tables, "
                            "rules, reasons, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {bookingId, layout().id, tablesKey(at), verdict.ruleKeys().join(QLatin1Char(',')),
              verdict.text(), actor, iso(now())},
             "log override", error))
        return false;
    return addHistory(db, bookingId, QStringLiteral("override"),
                      {{QStringLiteral("tables"), m_seating.label(at)},
                       {QStringLiteral("rules"), QJsonArray::fromStringList(verdict.ruleKeys())},
                       {QStringLiteral("reasons"), verdict.text()},
                       {QStringLiteral("actor"), actor}},
                      error);
}

bool ServiceBoard::writePlacement(QSqlDatabase& db, qint64 bookingId, const TableSet& at,
                                  const QString& assignedBy, const QString& actor, QString* error)
{
    const TableSet before = placementOf(bookingId);
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO table_assignment(booking_id, layout_id, tables, assigned_by, actor, "
                 "assigned_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(booking_id) DO UPDATE SET "
                 "layout_id = excluded.layout_id, tables = excluded.tables, assigned_by = "
                 "excluded.assigned_by, actor = excluded.actor, assigned_at = excluded.assigned_at"),
             {bookingId, layout().id, tablesKey(at), assignedBy, actor, iso(now())}, "store table assignment",
             error))
        return false;
    return addHistory(db, bookingId, QStringLiteral("table"),
                      {{QStringLiteral("tables"),
                        QJsonArray{m_seating.label(before), m_seating.label(normalisedTableSet(at))}},
                       {QStringLiteral("by"), assignedBy},
                       {QStringLiteral("actor"), actor}},
                      error);
}

bool ServiceBoard::place(QSqlDatabase& db, qint64 bookingId, const TableSet& at, const QString& actor,
                         bool override, SeatingCheck* refusal, QString* error, const QString& assignedBy)
{
    const TableSet sorted = normalisedTableSet(at);
    const SeatingCheck verdict = check(bookingId, sorted);
    if (refusal)
        *refusal = verdict;
    if (!verdict.ok() && (!override || !verdict.overridable())) {
        if (error)
            *error = verdict.text();
        return false;
    }
    if (placementOf(bookingId) == sorted && verdict.ok())
        return true;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            if (!verdict.ok() && !logOverride(db, bookingId, sorted, verdict, actor, e))
                return false;
            return writePlacement(db, bookingId, sorted, assignedBy, actor, e);
        },
        error);
    if (!ok)
        return false;
    m_seating.place(bookingId, sorted);
    m_stored.insert(bookingId, StoredPlacement{bookingId, layout().id, sorted, assignedBy, actor, now()});
    return true;
}

bool ServiceBoard::unassign(QSqlDatabase& db, qint64 bookingId, const QString& actor, QString* error)
{
    if (placementOf(bookingId).isEmpty())
        return true;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            QSqlQuery q(db);
            return run(q, QStringLiteral("DELETE FROM table_assignment WHERE booking_id = ?"), {bookingId},
                       "remove table assignment", e) &&
                   addHistory(db, bookingId, QStringLiteral("table"),
                              {{QStringLiteral("tables"),
                                QJsonArray{m_seating.label(placementOf(bookingId)), QString()}},
                               {QStringLiteral("by"), QStringLiteral("host")},
                               {QStringLiteral("actor"), actor}},
                              e);
        },
        error);
    if (!ok)
        return false;
    m_seating.place(bookingId, {});
    m_stored.remove(bookingId);
    return true;
}

bool ServiceBoard::reloadBooking(QSqlDatabase& db, qint64 id)
{
    const std::optional<Booking> fresh = m_book.booking(db, id);
    if (!fresh)
        return false;
    bool found = false;
    for (Booking& b : m_bookings) {
        if (b.id == id) {
            b = *fresh;
            found = true;
        }
    }
    if (!found) {
        m_bookings << *fresh;
        std::stable_sort(m_bookings.begin(), m_bookings.end(),
                         [](const Booking& a, const Booking& b) { return a.startsAt < b.startsAt; });
    }
    m_seating.setParty(partyOf(*fresh), placementOf(id));
    return true;
}

bool ServiceBoard::setStatus(QSqlDatabase& db, qint64 bookingId, BookingStatus status, QString* error)
{
    const bool ok = Database::transaction(
        db, [&](QString* e) { return m_book.setStatus(db, bookingId, status, e); }, error);
    return ok && reloadBooking(db, bookingId);
}

std::optional<qint64> ServiceBoard::seatWalkIn(QSqlDatabase& db, const TableSet& at, int party, int minute,
                                               const QString& actor, bool override, SeatingCheck* refusal,
                                               QString* error, const QString& name)
{
    const TableSet sorted = normalisedTableSet(at);
    SeatedParty p;
    p.bookingId = -1; // not in the book yet
    p.party = party;
    p.start = minute;
    p.status = BookingStatus::Seated;
    const SeatingCheck verdict = m_seating.canSeat(p, sorted);
    if (refusal)
        *refusal = verdict;
    if (party < 1) {
        if (error)
            *error = tr("A party of at least one guest.");
        return std::nullopt;
    }
    if (!verdict.ok() && (!override || !verdict.overridable())) {
        if (error)
            *error = verdict.text();
        return std::nullopt;
    }
    BookingRecord record;
    record.channel = QLatin1String(BookingChannel::kWalkIn);
    record.startsAt = instantOf(minute);
    record.partySize = party;
    record.status = BookingStatus::Seated;
    record.guest.name = name.isEmpty() ? tr("Walk-in") : name;
    qint64 id = 0;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            const std::optional<qint64> made = m_book.addManual(db, record, e);
            if (!made)
                return false;
            id = *made;
            if (!verdict.ok()) {
                QSqlQuery q(db);
                if (!run(
                        q,
                        QStringLiteral("INSERT INTO table_assignment_override(booking_id, layout_id, tables, "
                                       "rules, reasons, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {id, layout().id, tablesKey(sorted), verdict.ruleKeys().join(QLatin1Char(',')),
                         verdict.text(), actor, iso(now())},
                        "log override", e) ||
                    !addHistory(db, id, QStringLiteral("override"),
                                {{QStringLiteral("tables"), m_seating.label(sorted)},
                                 {QStringLiteral("rules"), QJsonArray::fromStringList(verdict.ruleKeys())},
                                 {QStringLiteral("reasons"), verdict.text()},
                                 {QStringLiteral("actor"), actor}},
                                e))
                    return false;
            }
            return writePlacement(db, id, sorted, QStringLiteral("walkin"), actor, e);
        },
        error);
    if (!ok)
        return std::nullopt;
    m_stored.insert(id, StoredPlacement{id, layout().id, sorted, QStringLiteral("walkin"), actor, now()});
    m_seating.place(id, sorted);
    reloadBooking(db, id);
    return id;
}

std::optional<qint64> ServiceBoard::addWaiting(QSqlDatabase& db, const QString& name, int party,
                                               const QString& phone, int minute, QString* error)
{
    if (party < 1) {
        if (error)
            *error = tr("A party of at least one guest.");
        return std::nullopt;
    }
    const std::optional<WaitQuote> q = quote(party, minute);
    QSqlQuery ins(db);
    if (!run(ins,
             QStringLiteral("INSERT INTO service_waitlist(day, service, name, party_size, phone, added_at, "
                            "quoted_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {m_day.toString(Qt::ISODate), m_service, name.isNull() ? QStringLiteral("") : name, party,
              phone.isNull() ? QStringLiteral("") : phone, iso(now()),
              q ? QVariant(q->wait) : QVariant(QMetaType(QMetaType::Int))},
             "add to waitlist", error))
        return std::nullopt;
    WaitlistEntry e;
    e.id = ins.lastInsertId().toLongLong();
    e.name = name;
    e.party = party;
    e.phone = phone;
    e.addedAt = now();
    e.quotedMinutes = q ? q->wait : -1;
    m_waitlist << e;
    return e.id;
}

bool ServiceBoard::removeWaiting(QSqlDatabase& db, qint64 id, qint64 seatedAs, QString* error)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("UPDATE service_waitlist SET removed_at = ?, booking_id = ? WHERE id = ?"),
             {iso(now()), seatedAs > 0 ? QVariant(seatedAs) : QVariant(QMetaType(QMetaType::LongLong)), id},
             "remove from waitlist", error))
        return false;
    m_waitlist.erase(std::remove_if(m_waitlist.begin(), m_waitlist.end(),
                                    [id](const WaitlistEntry& e) { return e.id == id; }),
                     m_waitlist.end());
    return true;
}

TableAssignmentProblem ServiceBoard::problem() const
{
    TableAssignmentProblem problem;
    layout().fillProblem(&problem);
    const CapacityRules& rules = m_seating.rules();
    for (FloorTable& t : problem.tables) {
        t.zone = t.zone.toLower();
        if (rules.closedZones.contains(t.zone))
            t.blocked = true;
    }
    problem.turnTimes = rules.turnTimes;
    problem.resetMinutes = rules.resetMinutes;
    problem.pacingLimit = rules.pacingOf(m_service);
    for (const Booking& b : m_bookings) {
        if (!ServiceSeating::occupies(b.status))
            continue;
        ServiceBooking sb;
        sb.id = QString::number(b.id);
        sb.party = b.partySize;
        sb.start = std::max(0, ServiceSeating::minuteOf(b.localTime));
        sb.zoneWish = b.zoneWish.trimmed().toLower();
        sb.zoneRequired = b.zoneRequired && !sb.zoneWish.isEmpty();
        const TableSet at = placementOf(b.id);
        if (b.status == BookingStatus::Seated || b.status == BookingStatus::Paid)
            sb.held = at;
        else
            sb.current = at;
        problem.bookings << sb;
    }
    return problem;
}

int ServiceBoard::applyResult(QSqlDatabase& db, const TableAssignmentResult& result, QString* error)
{
    if (!result.hasAssignment())
        return 0;
    int written = 0;
    QList<std::pair<qint64, TableSet>> changed;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            for (const TableAssignment& a : result.assignments) {
                const qint64 id = a.bookingId.toLongLong();
                if (!booking(id) || placementOf(id) == a.tables)
                    continue;
                if (!writePlacement(db, id, a.tables, QStringLiteral("solver"), QStringLiteral("solver"), e))
                    return false;
                changed << std::pair{id, a.tables};
            }
            return true;
        },
        error);
    if (!ok)
        return -1;
    for (const auto& [id, tables] : changed) {
        m_seating.place(id, tables);
        m_stored.insert(id, StoredPlacement{id, layout().id, tables, QStringLiteral("solver"),
                                            QStringLiteral("solver"), now()});
        ++written;
    }
    return written;
}

TableAssignmentProblem ServiceBoard::incrementalProblem() const
{
    TableAssignmentProblem p = problem();
    // A move costs more than any other placement cost (the widest table
    // left emptiest, a zone missed): the solver moves a booking already
    // placed only to place one more.
    int widest = 0;
    for (const FloorTable& t : p.tables)
        widest = std::max(widest, t.seats);
    for (const TableJoin& j : p.joins)
        widest = std::max(widest, j.seats);
    const TableAssignmentWeights& w = p.weights;
    p.weights.move = std::max(w.move, 1 + w.unusedSeat * widest + w.unusedSeatSquared * widest * widest +
                                          w.zoneMiss + w.joinedTable * int(p.tables.size()));
    return p;
}

int ServiceBoard::applyAutomatic(QSqlDatabase& db, const TableAssignmentProblem& problem,
                                 const TableAssignmentResult& result, QStringList* lines, QString* error)
{
    if (!result.hasAssignment())
        return 0;
    QHash<QString, const ServiceBooking*> asked;
    for (const ServiceBooking& b : problem.bookings)
        asked.insert(b.id, &b);
    int written = 0;
    for (const TableAssignment& a : result.assignments) {
        const qint64 id = a.bookingId.toLongLong();
        const Booking* b = booking(id);
        const ServiceBooking* sb = asked.value(a.bookingId);
        if (!b || !sb || !ServiceSeating::occupies(b->status))
            continue;
        const TableSet now = placementOf(id);
        if (now == a.tables)
            continue;
        // Changed since the solve (placed by the host, another time, another party): theirs wins.
        const TableSet before = normalisedTableSet(sb->held.isEmpty() ? sb->current : sb->held);
        if (now != before || partyOf(*b).start != sb->start || b->partySize != sb->party)
            continue;
        // Still free for it (the pacing is the host's: it is reported, not a reason to leave a booking out).
        const SeatingCheck verdict = check(id, a.tables);
        bool free = true;
        for (const SeatingRefusal& r : verdict.refusals)
            free = free && r.rule == SeatingRefusal::Rule::Pacing;
        if (!free)
            continue;
        if (!Database::transaction(
                db,
                [&](QString* e) {
                    return writePlacement(db, id, a.tables, QStringLiteral("solver"), QStringLiteral("auto"),
                                          e);
                },
                error))
            return -1;
        m_seating.place(id, a.tables);
        m_stored.insert(id, StoredPlacement{id, layout().id, a.tables, QStringLiteral("solver"),
                                            QStringLiteral("auto"), this->now()});
        ++written;
        if (lines) {
            const QString name = b->guestName.isEmpty() ? bookingChannelLabel(b->channel) : b->guestName;
            *lines << (now.isEmpty() ? tr("%1 assigned automatically to %2 (%3 p)")
                                           .arg(m_seating.label(a.tables), name)
                                           .arg(b->partySize)
                                     : tr("%1 (%2 p) moved automatically from %3 to %4")
                                           .arg(name)
                                           .arg(b->partySize)
                                           .arg(m_seating.label(now), m_seating.label(a.tables)));
        }
    }
    return written;
}

SeatingCheck ServiceBoard::checkMove(qint64 bookingId, int minute, const TableSet& at) const
{
    const Booking* b = booking(bookingId);
    if (!b)
        return check(bookingId, at);
    SeatedParty p = partyOf(*b);
    p.start = minute;
    return m_seating.canSeat(p, at.isEmpty() ? placementOf(bookingId) : normalisedTableSet(at));
}

bool ServiceBoard::move(QSqlDatabase& db, qint64 bookingId, int minute, const TableSet& at,
                        const QString& actor, bool override, SeatingCheck* refusal, QString* error)
{
    const Booking* b = booking(bookingId);
    const TableSet sorted = normalisedTableSet(at.isEmpty() ? placementOf(bookingId) : at);
    const bool dinner = minute >= ServiceCalendar::kDinnerStartsAtHour * 60;
    if (b && (minute < 0 || minute >= 24 * 60 || dinner != (m_service == 1))) {
        if (error)
            *error = tr("%1 is not a time of this service.").arg(TableAssignmentSolver::timeOfDay(minute));
        if (refusal)
            *refusal = SeatingCheck();
        return false;
    }
    if (sorted.isEmpty()) {
        if (error)
            *error = tr("The booking sits at no table.");
        return false;
    }
    const SeatingCheck verdict = checkMove(bookingId, minute, sorted);
    const bool tablesChange = placementOf(bookingId) != sorted;
    if (refusal)
        *refusal = verdict;
    if (!verdict.ok() && (!override || !verdict.overridable())) {
        if (error)
            *error = verdict.text();
        return false;
    }
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            if (!m_book.setLocalTime(db, bookingId, QTime(minute / 60, minute % 60), e))
                return false;
            if (!verdict.ok() && !logOverride(db, bookingId, sorted, verdict, actor, e))
                return false;
            if (!tablesChange)
                return true;
            return writePlacement(db, bookingId, sorted, QStringLiteral("host"), actor, e);
        },
        error);
    if (!ok)
        return false;
    if (tablesChange) {
        m_seating.place(bookingId, sorted);
        m_stored.insert(
            bookingId, StoredPlacement{bookingId, layout().id, sorted, QStringLiteral("host"), actor, now()});
    }
    return reloadBooking(db, bookingId);
}

QList<SeatingOverride> ServiceBoard::overrides(QSqlDatabase& db, qint64 bookingId, QString* error)
{
    QList<SeatingOverride> out;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT id, booking_id, layout_id, tables, rules, reasons, actor, at FROM "
                            "table_assignment_override WHERE booking_id = ? ORDER BY id"),
             {bookingId}, "read overrides", error))
        return out;
    while (q.next()) {
        SeatingOverride o;
        o.id = q.value(0).toLongLong();
        o.bookingId = q.value(1).toLongLong();
        o.layoutId = q.value(2).toString();
        o.tables = tablesFromKey(q.value(3).toString());
        o.rules = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        o.reasons = q.value(5).toString();
        o.actor = q.value(6).toString();
        o.at = fromIso(q.value(7));
        out << o;
    }
    return out;
}

} // namespace Moulin
