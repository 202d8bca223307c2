#include "scheduling/core/rosterstore.h"

#include "common/core/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Moulin {

namespace {

bool failed(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString localIso(const QDate& day, int minute)
{
    const QDate d = day.addDays(minute / 1440);
    const int m = minute % 1440;
    return QStringLiteral("%1T%2:%3:00")
        .arg(d.toString(Qt::ISODate))
        .arg(m / 60, 2, 10, QLatin1Char('0'))
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<QDate> RosterStore::mondayOfIsoWeek(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt(), week = m.captured(2).toInt();
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday1 = jan4.addDays(1 - jan4.dayOfWeek());
    const QDate monday = monday1.addDays(7 * (week - 1));
    int checkYear = 0;
    if (week < 1 || monday.weekNumber(&checkYear) != week || checkYear != year)
        return std::nullopt;
    return monday;
}

QString RosterStore::isoWeekText(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

StaffingConfig RosterStore::config(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT json FROM sched_config WHERE id = 1")) && q.next()) {
        QList<ConfigIssue> issues;
        if (std::optional<StaffingConfig> c = StaffingConfig::fromJson(q.value(0).toByteArray(), &issues))
            return *c;
    }
    return StaffingConfig::defaults();
}

bool RosterStore::saveConfig(QSqlDatabase& db, const StaffingConfig& config, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sched_config(id, json, updated_at) VALUES (1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at"));
    q.addBindValue(QString::fromUtf8(config.toJson()));
    q.addBindValue(nowText());
    return q.exec() || failed(q, error);
}

StoredWeek RosterStore::week(QSqlDatabase& db, const QDate& monday)
{
    StoredWeek w;
    w.monday = monday;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state, published_at, solver_status FROM sched_week WHERE monday = ?"));
    q.addBindValue(monday.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return w;
    w.state = q.value(0).toString() == QLatin1String("published") ? StoredWeek::State::Published
                                                                  : StoredWeek::State::Draft;
    w.publishedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    w.solverStatus = q.value(2).toString();
    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT person_id, role, day, start_minute, end_minute FROM sched_shift "
                             "WHERE monday = ? ORDER BY day, start_minute, person_id"));
    s.addBindValue(monday.toString(Qt::ISODate));
    if (s.exec()) {
        while (s.next())
            w.shifts.append({s.value(0).toString(), s.value(1).toString(),
                             QDate::fromString(s.value(2).toString(), Qt::ISODate), s.value(3).toInt(),
                             s.value(4).toInt()});
    }
    return w;
}

bool RosterStore::saveDraft(QSqlDatabase& db, const QDate& monday, const QList<Shift>& shifts,
                            const QString& solverStatus, const QList<StaffMember>& staff, QString* error)
{
    if (monday.dayOfWeek() != 1) {
        if (error)
            *error = tr("%1 is not a Monday.").arg(monday.toString(Qt::ISODate));
        return false;
    }
    return Database::transaction(
        db,
        [&](QString* e) {
            const QString key = monday.toString(Qt::ISODate);
            QSqlQuery state(db);
            state.prepare(QStringLiteral("SELECT state FROM sched_week WHERE monday = ?"));
            state.addBindValue(key);
            if (!state.exec())
                return failed(state, e);
            if (state.next() && state.value(0).toString() == QLatin1String("published")) {
                *e = tr("The roster of week %1 is published: it can no longer be changed.")
                         .arg(isoWeekText(monday));
                return false;
            }
            QSqlQuery w(db);
            w.prepare(
                QStringLiteral("INSERT INTO sched_week(monday, state, solver_status, updated_at) VALUES (?, "
                               "'draft', ?, ?) ON CONFLICT(monday) DO UPDATE SET solver_status = "
                               "excluded.solver_status, updated_at = excluded.updated_at"));
            w.addBindValue(key);
            w.addBindValue(solverStatus.isEmpty() ? QVariant() : QVariant(solverStatus));
            w.addBindValue(nowText());
            if (!w.exec())
                return failed(w, e);
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM sched_shift WHERE monday = ?"));
            del.addBindValue(key);
            if (!del.exec())
                return failed(del, e);
            QHash<QString, QString> names;
            for (const StaffMember& m : staff)
                names.insert(m.id, m.name);
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral("INSERT INTO sched_shift(monday, person_id, person_name, role, day, "
                                       "start_minute, end_minute) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const Shift& s : shifts) {
                if (s.day < monday || s.day > monday.addDays(6)) {
                    *e = tr("A shift on %1 is not in the week of %2.")
                             .arg(s.day.toString(Qt::ISODate), monday.toString(Qt::ISODate));
                    return false;
                }
                ins.addBindValue(key);
                ins.addBindValue(s.personId);
                ins.addBindValue(names.value(s.personId, s.personId));
                ins.addBindValue(s.role);
                ins.addBindValue(s.day.toString(Qt::ISODate));
                ins.addBindValue(s.start);
                ins.addBindValue(s.end);
                if (!ins.exec())
                    return failed(ins, e);
            }
            return true;
        },
        error);
}

bool RosterStore::publish(QSqlDatabase& db, const QDate& monday, const QDateTime& at, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sched_week SET state = 'published', published_at = ?, updated_at = ? "
                             "WHERE monday = ? AND state = 'draft'"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(nowText());
    q.addBindValue(monday.toString(Qt::ISODate));
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = week(db, monday).state == StoredWeek::State::Published
                         ? tr("The roster of week %1 is already published.").arg(isoWeekText(monday))
                         : tr("There is no roster to publish for week %1.").arg(isoWeekText(monday));
        return false;
    }
    return true;
}

QList<Shift> RosterStore::previousPublishedShifts(QSqlDatabase& db, const QDate& monday)
{
    const StoredWeek previous = week(db, monday.addDays(-7));
    return previous.state == StoredWeek::State::Published ? previous.shifts : QList<Shift>();
}

QHash<QString, QString> RosterStore::savedNames(QSqlDatabase& db, const QDate& monday)
{
    QHash<QString, QString> names;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT person_id, person_name FROM sched_shift WHERE monday = ?"));
    q.addBindValue(monday.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    return names;
}

void RosterStore::applyNeedOverrides(QSqlDatabase& db, QList<DayNeed>* needs)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT slot, minimum, target FROM sched_need_override WHERE role = ? AND day = ?"));
    for (DayNeed& need : *needs) {
        q.addBindValue(need.role);
        q.addBindValue(need.day.toString(Qt::ISODate));
        if (!q.exec())
            continue;
        while (q.next()) {
            const int slot = q.value(0).toInt();
            if (slot < 0 || slot >= DayNeed::kSlots)
                continue;
            need.minimum[slot] = q.value(1).toInt();
            need.target[slot] = std::max(q.value(1).toInt(), q.value(2).toInt());
        }
    }
}

bool RosterStore::setNeedOverride(QSqlDatabase& db, const QString& role, const QDate& day, int slot,
                                  int minimum, int target, QString* error)
{
    if (slot < 0 || slot >= DayNeed::kSlots || minimum < 0 || target < minimum) {
        if (error)
            *error = tr("A need must be at least the minimum, and the minimum at least 0.");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sched_need_override(role, day, slot, minimum, target) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(role, day, slot) DO UPDATE SET minimum = excluded.minimum, target = "
        "excluded.target"));
    q.addBindValue(role);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(slot);
    q.addBindValue(minimum);
    q.addBindValue(target);
    return q.exec() || failed(q, error);
}

bool RosterStore::hasConfig(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sched_config LIMIT 1")) && q.next();
}

bool RosterStore::replaceNeedOverrides(QSqlDatabase& db, const QString& role, const QDate& day,
                                       const QMap<int, std::pair<int, int>>& edits, QString* error)
{
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        if (it.key() < 0 || it.key() >= DayNeed::kSlots || it->first < 0 || it->second < it->first) {
            if (error)
                *error = tr("A need must be at least the minimum, and the minimum at least 0.");
            return false;
        }
    }
    return Database::transaction(
        db,
        [&](QString* e) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM sched_need_override WHERE role = ? AND day = ?"));
            del.addBindValue(role);
            del.addBindValue(day.toString(Qt::ISODate));
            if (!del.exec())
                return failed(del, e);
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral(
                "INSERT INTO sched_need_override(role, day, slot, minimum, target) VALUES (?, ?, ?, ?, ?)"));
            for (auto it = edits.begin(); it != edits.end(); ++it) {
                ins.addBindValue(role);
                ins.addBindValue(day.toString(Qt::ISODate));
                ins.addBindValue(it.key());
                ins.addBindValue(it->first);
                ins.addBindValue(it->second);
                if (!ins.exec())
                    return failed(ins, e);
            }
            return true;
        },
        error);
}

QByteArray RosterStore::shiftsCsv(const QList<Shift>& shifts, const QHash<QString, QString>& names)
{
    QList<Shift> sorted = shifts;
    std::sort(sorted.begin(), sorted.end(), [&names](const Shift& a, const Shift& b) {
        if (a.absoluteStart() != b.absoluteStart())
            return a.absoluteStart() < b.absoluteStart();
        return names.value(a.personId, a.personId) < names.value(b.personId, b.personId);
    });
    QString out = QStringLiteral("person,role,start,end\n");
    for (const Shift& s : sorted) {
        out += csvField(names.value(s.personId, s.personId)) + QLatin1Char(',') + csvField(s.role) +
               QLatin1Char(',') + localIso(s.day, s.start) + QLatin1Char(',') + localIso(s.day, s.end) +
               QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Moulin
