#include "scheduling/core/staffingconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

const char* const kWeekdayKeys[] = {"monday", "tuesday",  "wednesday", "thursday",
                                    "friday", "saturday", "sunday"};
const char* const kFrenchWeekdays[] = {"lundi",    "mardi",  "mercredi", "jeudi",
                                       "vendredi", "samedi", "dimanche"};

/// 1..7, or 0: "monday", "mon", "lundi" (any case).
int weekdayOf(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        const QString en = QLatin1String(kWeekdayKeys[i]);
        if (t == en || t == en.left(3) || t == QString::fromUtf8(kFrenchWeekdays[i]))
            return i + 1;
    }
    return 0;
}

/// "12:00-14:30"; an end before its start is past midnight ("19:00-00:30").
std::optional<TimeWindow> windowOf(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<int> start = parseMinute(parts.at(0));
    std::optional<int> end = parseMinute(parts.at(1), true);
    if (!start || !end || *start >= 1440)
        return std::nullopt;
    if (*end <= *start)
        *end += 1440;
    if (*end - *start > 18 * 60)
        return std::nullopt;
    return TimeWindow{*start, *end};
}

QString windowText(const TimeWindow& w)
{
    return QStringLiteral("%1-%2").arg(minuteText(w.start), minuteText(w.end));
}

/// Collects issues while reading; every reader names its field.
class Reader
{
public:
    explicit Reader(QList<ConfigIssue>* issues)
        : m_issues(issues)
    {
    }

    void issue(const QString& field, const QString& message) { m_issues->append({field, 0, 0, message}); }
    bool ok() const { return m_issues->isEmpty(); }

    /// A number in [min, max]; `fallback` when absent.
    double number(const QJsonObject& o, const char* key, const QString& path, double min, double max,
                  double fallback, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = path + QLatin1String(key);
        if (v.isUndefined()) {
            if (required)
                issue(
                    field,
                    StaffingConfig::tr("%1: missing (a number from %2 to %3).").arg(field).arg(min).arg(max));
            return fallback;
        }
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            issue(field, StaffingConfig::tr("%1: expected a number from %2 to %3, found %4.")
                             .arg(field)
                             .arg(min)
                             .arg(max)
                             .arg(shown(v)));
            return fallback;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject& o, const char* key, const QString& path, int min, int max, int fallback,
                bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = path + QLatin1String(key);
        if (v.isUndefined()) {
            if (required)
                issue(field, StaffingConfig::tr("%1: missing (a whole number from %2 to %3).")
                                 .arg(field)
                                 .arg(min)
                                 .arg(max));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            issue(field, StaffingConfig::tr("%1: expected a whole number from %2 to %3, found %4.")
                             .arg(field)
                             .arg(min)
                             .arg(max)
                             .arg(shown(v)));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject& o, const char* key, const QString& path, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            const QString field = path + QLatin1String(key);
            issue(field, StaffingConfig::tr("%1: expected true or false, found %2.").arg(field, shown(v)));
            return fallback;
        }
        return v.toBool();
    }

    QString string(const QJsonObject& o, const char* key, const QString& path, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = path + QLatin1String(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            issue(field, StaffingConfig::tr("%1: expected a non-empty text, found %2.").arg(field, shown(v)));
            return {};
        }
        return v.toString().trimmed();
    }

    QDate date(const QJsonValue& v, const QString& field)
    {
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            issue(field,
                  StaffingConfig::tr("%1: expected a date YYYY-MM-DD, found %2.").arg(field, shown(v)));
        return d;
    }

    /// {"monday": ["12:00-14:30", …], …}
    QMap<int, QList<TimeWindow>> week(const QJsonValue& v, const QString& field)
    {
        QMap<int, QList<TimeWindow>> out;
        if (v.isUndefined())
            return out;
        if (!v.isObject()) {
            issue(field,
                  StaffingConfig::tr("%1: expected an object of weekdays, found %2.").arg(field, shown(v)));
            return out;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString dayField = field + QLatin1Char('.') + it.key();
            const int weekday = weekdayOf(it.key());
            if (!weekday) {
                issue(dayField, StaffingConfig::tr("%1: not a weekday (monday … sunday).").arg(dayField));
                continue;
            }
            if (!it.value().isArray()) {
                issue(dayField,
                      StaffingConfig::tr("%1: expected a list of hours such as \"12:00-14:30\", found %2.")
                          .arg(dayField, shown(it.value())));
                continue;
            }
            QList<TimeWindow> windows;
            const QJsonArray a = it.value().toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString f = QStringLiteral("%1[%2]").arg(dayField).arg(i);
                const std::optional<TimeWindow> w =
                    a.at(i).isString() ? windowOf(a.at(i).toString()) : std::nullopt;
                if (!w) {
                    issue(f, StaffingConfig::tr(
                                 "%1: expected hours such as \"12:00-14:30\" on quarter-hours, found "
                                 "%2.")
                                 .arg(f, shown(a.at(i))));
                    continue;
                }
                windows.append(*w);
            }
            std::sort(windows.begin(), windows.end(),
                      [](const TimeWindow& x, const TimeWindow& y) { return x.start < y.start; });
            for (int i = 1; i < windows.size(); ++i) {
                if (windows.at(i).start < windows.at(i - 1).end)
                    issue(dayField,
                          StaffingConfig::tr("%1: %2 and %3 overlap.")
                              .arg(dayField, windowText(windows.at(i - 1)), windowText(windows.at(i))));
            }
            out.insert(weekday, windows);
        }
        return out;
    }

    static QString shown(const QJsonValue& v)
    {
        if (v.isUndefined())
            return StaffingConfig::tr("nothing");
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        if (v.isArray() || v.isObject())
            return v.isArray() ? StaffingConfig::tr("a list") : StaffingConfig::tr("an object");
        if (v.isNull())
            return QStringLiteral("null");
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return QString::number(v.toDouble());
    }

private:
    QList<ConfigIssue>* m_issues;
};

} // namespace

StaffingConfig StaffingConfig::defaults()
{
    StaffingConfig config;
    config.roles = {
        {QStringLiteral("chef"), 1, 0.1},
        {QStringLiteral("server"), 1, 0.2},
        {QStringLiteral("bartender"), 1, 0.15},
    };
    config.specialEvents = {
        {QDate(2025, 7, 14), 1.5, QStringLiteral("Fête nationale")},
    };
    for (int weekday = 2; weekday <= 6; ++weekday)
        config.openingHours.insert(weekday, {{12 * 60, 14 * 60 + 30}, {19 * 60, 22 * 60 + 30}});
    return config;
}

StaffingConfig StaffingConfig::demo()
{
    StaffingConfig config = defaults();
    struct Person
    {
        const char* id;
        const char* name;
        QStringList roles;
        int hours;
        int costCents;
        bool split;
    };
    const QString chef = QStringLiteral("chef"), server = QStringLiteral("server"),
                  bartender = QStringLiteral("bartender");
    const Person people[] = {
        {"camille-roux", "Camille Roux", {chef}, 35, 1850, true},
        {"julien-moreau", "Julien Moreau", {chef}, 35, 1650, true},
        {"ines-lefebvre", "Inès Lefebvre", {chef}, 28, 1500, false},
        {"thomas-girard", "Thomas Girard", {chef}, 35, 1450, true},
        {"paul-martin", "Paul Martin", {server}, 35, 1320, true},
        {"lea-bernard", "Léa Bernard", {server, bartender}, 35, 1350, true},
        {"hugo-petit", "Hugo Petit", {server}, 24, 1250, false},
        {"chloe-durand", "Chloé Durand", {server}, 35, 1300, true},
        {"lucas-simon", "Lucas Simon", {server}, 35, 1280, true},
        {"manon-laurent", "Manon Laurent", {server}, 20, 1250, false},
        {"nathan-michel", "Nathan Michel", {server, bartender}, 35, 1300, true},
        {"sarah-garcia", "Sarah Garcia", {bartender}, 35, 1400, true},
        {"antoine-david", "Antoine David", {bartender}, 28, 1300, false},
        {"emma-bertrand", "Emma Bertrand", {server}, 30, 1260, true},
    };
    for (const Person& p : people) {
        StaffMember m;
        m.id = QLatin1String(p.id);
        m.name = QString::fromUtf8(p.name);
        m.roles = p.roles;
        m.contractMinutesPerWeek = p.hours * 60;
        m.hourlyCostCents = p.costCents;
        m.splitShiftAllowed = p.split;
        config.staff.append(m);
    }
    // A student free at lunch only on Wednesdays, a parent who prefers Sundays off.
    config.staff[9].availability.insert(3, {{11 * 60, 15 * 60}});
    config.staff[6].preferredDaysOff.insert(7);
    return config;
}

std::optional<StaffingConfig> StaffingConfig::fromJson(const QByteArray& json, QList<ConfigIssue>* issues)
{
    QList<ConfigIssue> local;
    QList<ConfigIssue>* out = issues ? issues : &local;
    out->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the offset, for the message.
        const QByteArray head = json.left(parseError.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(parseError.offset - (head.lastIndexOf('\n') + 1)) + 1;
        out->append({{},
                     line,
                     column,
                     tr("Not valid JSON at line %1, column %2: %3.")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        out->append(
            {{}, 0, 0, tr("Expected a JSON object with \"roles\", \"constraints\" and \"forecasting\".")});
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r(out);
    StaffingConfig c;

    // roles (required)
    const QJsonValue roles = root.value(QLatin1String("roles"));
    if (!roles.isArray() || roles.toArray().isEmpty()) {
        r.issue(QStringLiteral("roles"),
                tr("roles: expected a list of roles such as {\"id\": \"server\", \"min_staff\": 1, "
                   "\"optimal_ratio\": 0.2}, found %1.")
                    .arg(Reader::shown(roles)));
    } else {
        const QJsonArray a = roles.toArray();
        QSet<QString> ids;
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("roles[%1].").arg(i);
            if (!a.at(i).isObject()) {
                r.issue(path.chopped(1),
                        tr("%1: expected an object, found %2.").arg(path.chopped(1), Reader::shown(a.at(i))));
                continue;
            }
            const QJsonObject o = a.at(i).toObject();
            StaffRole role;
            role.id = r.string(o, "id", path, true);
            role.minStaff = r.integer(o, "min_staff", path, 0, 50, 1, true);
            role.optimalRatio = r.number(o, "optimal_ratio", path, 0.0, 5.0, 0.0, true);
            if (!role.id.isEmpty() && ids.contains(role.id))
                r.issue(path + QLatin1String("id"),
                        tr("%1id: the role \"%2\" is listed twice.").arg(path, role.id));
            ids.insert(role.id);
            c.roles.append(role);
        }
    }

    // constraints
    const QJsonValue constraints = root.value(QLatin1String("constraints"));
    if (!constraints.isUndefined() && !constraints.isObject()) {
        r.issue(QStringLiteral("constraints"),
                tr("constraints: expected an object, found %1.").arg(Reader::shown(constraints)));
    } else {
        const QJsonObject o = constraints.toObject();
        const QString path = QStringLiteral("constraints.");
        c.constraints.maxHoursPerWeek = r.integer(o, "max_hours_per_week", path, 1, 60, 35);
        c.constraints.maxConsecutiveDays = r.integer(o, "max_consecutive_days", path, 1, 7, 5);
        c.constraints.minRestBetweenShiftsHours = r.integer(o, "min_rest_between_shifts", path, 0, 24, 11);
        c.constraints.minShiftMinutes =
            int(std::lround(r.number(o, "min_shift_hours", path, 0.5, 12, 3) * 60));
        c.constraints.maxShiftMinutes =
            int(std::lround(r.number(o, "max_shift_hours", path, 1, 14, 10) * 60));
        if (c.constraints.minShiftMinutes > c.constraints.maxShiftMinutes)
            r.issue(QStringLiteral("constraints.min_shift_hours"),
                    tr("constraints.min_shift_hours: above max_shift_hours."));
    }

    // forecasting
    const QJsonValue forecasting = root.value(QLatin1String("forecasting"));
    if (!forecasting.isUndefined() && !forecasting.isObject()) {
        r.issue(QStringLiteral("forecasting"),
                tr("forecasting: expected an object, found %1.").arg(Reader::shown(forecasting)));
    } else {
        const QJsonObject o = forecasting.toObject();
        const QString path = QStringLiteral("forecasting.");
        c.useReservationData = r.boolean(o, "use_reservation_data", path, true);
        c.useHistoricalData = r.boolean(o, "use_historical_data", path, true);
        c.lunchDwellMinutes = r.integer(o, "lunch_dwell_minutes", path, 30, 300, 90);
        c.dinnerDwellMinutes = r.integer(o, "dinner_dwell_minutes", path, 30, 300, 120);
        const QJsonValue events = o.value(QLatin1String("special_events"));
        if (!events.isUndefined() && !events.isArray()) {
            r.issue(path + QLatin1String("special_events"),
                    tr("%1special_events: expected a list, found %2.").arg(path, Reader::shown(events)));
        } else {
            const QJsonArray a = events.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString p = QStringLiteral("%1special_events[%2].").arg(path).arg(i);
                if (!a.at(i).isObject()) {
                    r.issue(
                        p.chopped(1),
                        tr("%1: expected an object, found %2.").arg(p.chopped(1), Reader::shown(a.at(i))));
                    continue;
                }
                const QJsonObject e = a.at(i).toObject();
                SpecialEvent event;
                event.date = r.date(e.value(QLatin1String("date")), p + QLatin1String("date"));
                event.multiplier = r.number(e, "multiplier", p, 0.0, 10.0, 1.0, true);
                event.note = e.value(QLatin1String("note")).toString();
                c.specialEvents.append(event);
            }
        }
    }

    // opening hours, set-up and close-down
    if (root.contains(QLatin1String("opening_hours")))
        c.openingHours = r.week(root.value(QLatin1String("opening_hours")), QStringLiteral("opening_hours"));
    else
        c.openingHours = defaults().openingHours;
    c.setupMinutes = r.integer(root, "setup_minutes", {}, 0, 180, 30);
    c.closedownMinutes = r.integer(root, "closedown_minutes", {}, 0, 180, 30);

    // staff
    const QJsonValue staff = root.value(QLatin1String("staff"));
    if (!staff.isUndefined() && !staff.isArray()) {
        r.issue(QStringLiteral("staff"),
                tr("staff: expected a list of people, found %1.").arg(Reader::shown(staff)));
    } else {
        const QJsonArray a = staff.toArray();
        QSet<QString> ids;
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("staff[%1].").arg(i);
            if (!a.at(i).isObject()) {
                r.issue(path.chopped(1),
                        tr("%1: expected an object, found %2.").arg(path.chopped(1), Reader::shown(a.at(i))));
                continue;
            }
            const QJsonObject o = a.at(i).toObject();
            StaffMember m;
            m.id = r.string(o, "id", path, true);
            m.name = r.string(o, "name", path, false);
            if (m.name.isEmpty())
                m.name = m.id;
            if (!m.id.isEmpty() && ids.contains(m.id))
                r.issue(path + QLatin1String("id"), tr("%1id: \"%2\" is listed twice.").arg(path, m.id));
            ids.insert(m.id);
            const QJsonValue personRoles = o.value(QLatin1String("roles"));
            if (!personRoles.isArray() || personRoles.toArray().isEmpty()) {
                r.issue(path + QLatin1String("roles"), tr("%1roles: expected a list of role ids, found %2.")
                                                           .arg(path, Reader::shown(personRoles)));
            } else {
                const QJsonArray pr = personRoles.toArray();
                for (int k = 0; k < pr.size(); ++k) {
                    const QString roleId = pr.at(k).toString();
                    const QString f = QStringLiteral("%1roles[%2]").arg(path).arg(k);
                    if (!std::any_of(c.roles.cbegin(), c.roles.cend(),
                                     [&roleId](const StaffRole& x) { return x.id == roleId; }))
                        r.issue(f, tr("%1: \"%2\" is not one of the roles.").arg(f, roleId));
                    else
                        m.roles.append(roleId);
                }
            }
            m.contractMinutesPerWeek = int(std::lround(r.number(o, "contract_hours", path, 1, 48, 35) * 60));
            m.hourlyCostCents = std::llround(r.number(o, "hourly_cost", path, 0, 500, 0) * 100);
            m.splitShiftAllowed = r.boolean(o, "split_shift", path, true);
            m.availability =
                r.week(o.value(QLatin1String("availability")), path + QLatin1String("availability"));
            const QJsonValue daysOff = o.value(QLatin1String("days_off"));
            if (!daysOff.isUndefined()) {
                const QJsonArray d = daysOff.toArray();
                if (!daysOff.isArray())
                    r.issue(path + QLatin1String("days_off"),
                            tr("%1days_off: expected a list of weekdays, found %2.")
                                .arg(path, Reader::shown(daysOff)));
                for (int k = 0; k < d.size(); ++k) {
                    const int wd = weekdayOf(d.at(k).toString());
                    const QString f = QStringLiteral("%1days_off[%2]").arg(path).arg(k);
                    if (!wd)
                        r.issue(f, tr("%1: not a weekday (monday … sunday).").arg(f));
                    else
                        m.preferredDaysOff.insert(wd);
                }
            }
            const QJsonValue leave = o.value(QLatin1String("leave"));
            if (!leave.isUndefined()) {
                if (!leave.isArray())
                    r.issue(path + QLatin1String("leave"),
                            tr("%1leave: expected a list of dates or {\"from\", \"to\"}, found %2.")
                                .arg(path, Reader::shown(leave)));
                const QJsonArray l = leave.toArray();
                for (int k = 0; k < l.size(); ++k) {
                    const QString f = QStringLiteral("%1leave[%2]").arg(path).arg(k);
                    if (l.at(k).isObject()) {
                        const QJsonObject span = l.at(k).toObject();
                        const QDate from =
                            r.date(span.value(QLatin1String("from")), f + QLatin1String(".from"));
                        const QDate to = r.date(span.value(QLatin1String("to")), f + QLatin1String(".to"));
                        if (from.isValid() && to.isValid()) {
                            if (to < from || from.daysTo(to) > 366)
                                r.issue(f, tr("%1: \"to\" must follow \"from\" within a year.").arg(f));
                            else
                                for (QDate d = from; d <= to; d = d.addDays(1))
                                    m.leave.insert(d);
                        }
                    } else {
                        const QDate d = r.date(l.at(k), f);
                        if (d.isValid())
                            m.leave.insert(d);
                    }
                }
            }
            c.staff.append(m);
        }
    }

    if (!r.ok())
        return std::nullopt;
    return c;
}

QByteArray StaffingConfig::toJson() const
{
    auto weekJson = [](const QMap<int, QList<TimeWindow>>& week) {
        QJsonObject o;
        for (auto it = week.begin(); it != week.end(); ++it) {
            QJsonArray a;
            for (const TimeWindow& w : it.value())
                a.append(windowText(w));
            o.insert(QLatin1String(kWeekdayKeys[it.key() - 1]), a);
        }
        return o;
    };
    QJsonArray rolesJson;
    for (const StaffRole& r : roles)
        rolesJson.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("min_staff"), r.minStaff},
                                     {QStringLiteral("optimal_ratio"), r.optimalRatio}});
    QJsonArray events;
    for (const SpecialEvent& e : specialEvents)
        events.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                  {QStringLiteral("multiplier"), e.multiplier},
                                  {QStringLiteral("note"), e.note}});
    QJsonArray people;
    for (const StaffMember& m : staff) {
        QJsonArray daysOff;
        QList<int> off = m.preferredDaysOff.values();
        std::sort(off.begin(), off.end());
        for (int d : off)
            daysOff.append(QLatin1String(kWeekdayKeys[d - 1]));
        QList<QDate> leaveDays = m.leave.values();
        std::sort(leaveDays.begin(), leaveDays.end());
        QJsonArray leave;
        for (const QDate& d : leaveDays)
            leave.append(d.toString(Qt::ISODate));
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("name"), m.name},
                      {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)},
                      {QStringLiteral("contract_hours"), m.contractMinutesPerWeek / 60.0},
                      {QStringLiteral("hourly_cost"), double(m.hourlyCostCents) / 100.0},
                      {QStringLiteral("split_shift"), m.splitShiftAllowed}};
        if (!m.availability.isEmpty())
            o.insert(QStringLiteral("availability"), weekJson(m.availability));
        if (!daysOff.isEmpty())
            o.insert(QStringLiteral("days_off"), daysOff);
        if (!leave.isEmpty())
            o.insert(QStringLiteral("leave"), leave);
        people.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("roles"), rolesJson},
        {QStringLiteral("constraints"),
         QJsonObject{{QStringLiteral("max_hours_per_week"), constraints.maxHoursPerWeek},
                     {QStringLiteral("max_consecutive_days"), constraints.maxConsecutiveDays},
                     {QStringLiteral("min_rest_between_shifts"), constraints.minRestBetweenShiftsHours},
                     {QStringLiteral("min_shift_hours"), constraints.minShiftMinutes / 60.0},
                     {QStringLiteral("max_shift_hours"), constraints.maxShiftMinutes / 60.0}}},
        {QStringLiteral("forecasting"),
         QJsonObject{{QStringLiteral("use_reservation_data"), useReservationData},
                     {QStringLiteral("use_historical_data"), useHistoricalData},
                     {QStringLiteral("lunch_dwell_minutes"), lunchDwellMinutes},
                     {QStringLiteral("dinner_dwell_minutes"), dinnerDwellMinutes},
                     {QStringLiteral("special_events"), events}}},
        {QStringLiteral("opening_hours"), weekJson(openingHours)},
        {QStringLiteral("setup_minutes"), setupMinutes},
        {QStringLiteral("closedown_minutes"), closedownMinutes},
        {QStringLiteral("staff"), people}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const StaffRole* StaffingConfig::role(const QString& id) const
{
    for (const StaffRole& r : roles) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

RosterRules StaffingConfig::rules() const
{
    RosterRules r;
    r.maxMinutesPerWeek = constraints.maxHoursPerWeek * 60;
    r.maxConsecutiveDays = constraints.maxConsecutiveDays;
    r.minRestMinutes = constraints.minRestBetweenShiftsHours * 60;
    r.minShiftMinutes = constraints.minShiftMinutes;
    r.maxShiftMinutes = constraints.maxShiftMinutes;
    return r;
}

double StaffingConfig::eventMultiplier(const QDate& date) const
{
    double m = 1.0;
    for (const SpecialEvent& event : specialEvents) {
        // An event recurs every year on its day (14 July), as the seed's example.
        if (event.date.month() == date.month() && event.date.day() == date.day())
            m *= event.multiplier;
    }
    return m;
}

int StaffingConfig::staffNeeded(const StaffRole& role, double expectedCovers, const QDate& date) const
{
    const double covers = std::max(0.0, expectedCovers) * eventMultiplier(date);
    const int byRatio = static_cast<int>(std::ceil(covers * role.optimalRatio - 1e-9));
    return std::max(role.minStaff, byRatio);
}

QList<DayNeed> StaffingConfig::needs(const QDate& day, const QList<double>& coversPerSlot) const
{
    QList<DayNeed> out;
    const QList<TimeWindow> open = openingHours.value(day.dayOfWeek());
    for (const StaffRole& role : roles) {
        DayNeed need(role.id, day);
        for (const TimeWindow& w : open) {
            const int setupFrom = std::max(0, (w.start - setupMinutes) / kSlotMinutes);
            const int closeTo =
                std::min<int>(DayNeed::kSlots, (w.end + closedownMinutes + kSlotMinutes - 1) / kSlotMinutes);
            for (int slot = setupFrom; slot < closeTo; ++slot) {
                need.minimum[slot] = std::max(need.minimum[slot], role.minStaff);
                need.target[slot] = std::max(need.target[slot], role.minStaff);
            }
            for (int slot = w.start / kSlotMinutes;
                 slot < std::min<int>(DayNeed::kSlots, (w.end + kSlotMinutes - 1) / kSlotMinutes); ++slot)
                need.target[slot] =
                    std::max(need.target[slot], staffNeeded(role, coversPerSlot.value(slot), day));
        }
        out.append(need);
    }
    return out;
}

} // namespace Moulin
