// The staffing configuration: the seed's shape imported all or nothing, every
// issue naming its field; needs per slot from covers, with the special events.

#include "scheduling/core/staffingconfig.h"

#include <QTest>

using namespace Moulin;

namespace {

// The founding document's staffingConfig, as JSON.
const char* const kSeed = R"({
  "roles": [
    { "id": "chef", "min_staff": 1, "optimal_ratio": 0.1 },
    { "id": "server", "min_staff": 1, "optimal_ratio": 0.2 },
    { "id": "bartender", "min_staff": 1, "optimal_ratio": 0.15 }
  ],
  "constraints": { "max_hours_per_week": 35, "max_consecutive_days": 5, "min_rest_between_shifts": 11 },
  "forecasting": {
    "use_reservation_data": true,
    "use_historical_data": true,
    "special_events": [ { "date": "2025-07-14", "multiplier": 1.5, "note": "Fête nationale" } ]
  }
})";

QStringList fields(const QList<ConfigIssue>& issues)
{
    QStringList out;
    for (const ConfigIssue& i : issues)
        out << i.field;
    return out;
}

} // namespace

class TestStaffingConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedShapeImports()
    {
        QList<ConfigIssue> issues;
        const std::optional<StaffingConfig> c = StaffingConfig::fromJson(kSeed, &issues);
        QVERIFY2(c, qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        QCOMPARE(c->roles.size(), 3);
        QCOMPARE(c->roles.at(1).id, QStringLiteral("server"));
        QCOMPARE(c->roles.at(1).minStaff, 1);
        QCOMPARE(c->roles.at(1).optimalRatio, 0.2);
        QCOMPARE(c->constraints.maxHoursPerWeek, 35);
        QCOMPARE(c->constraints.maxConsecutiveDays, 5);
        QCOMPARE(c->constraints.minRestBetweenShiftsHours, 11);
        QCOMPARE(c->specialEvents.size(), 1);
        QCOMPARE(c->specialEvents.first().date, QDate(2025, 7, 14));
        QCOMPARE(c->specialEvents.first().multiplier, 1.5);
        QCOMPARE(c->specialEvents.first().note, QStringLiteral("Fête nationale"));
        // What the seed leaves out: the defaults (open Tuesday to Saturday).
        QCOMPARE(c->openingHours.value(2).size(), 2);
        QVERIFY(c->openingHours.value(1).isEmpty());
        const RosterRules rules = c->rules();
        QCOMPARE(rules.maxMinutesPerWeek, 35 * 60);
        QCOMPARE(rules.minRestMinutes, 11 * 60);
    }

    void everyIssueNamesItsFieldAndNothingIsKept()
    {
        const QByteArray bad = R"({
          "roles": [ { "id": "chef", "min_staff": 1, "optimal_ratio": "0.1" },
                     { "id": "server", "min_staff": -1, "optimal_ratio": 0.2 },
                     { "id": "server", "min_staff": 1, "optimal_ratio": 0.2 } ],
          "constraints": { "max_hours_per_week": 35.5, "max_consecutive_days": 5, "min_rest_between_shifts": 11 },
          "forecasting": { "special_events": [ { "date": "14/07/2025", "multiplier": 1.5 } ] },
          "opening_hours": { "funday": ["12:00-14:30"], "friday": ["12:00-14:30", "14:00-15:00"] },
          "staff": [ { "id": "paul", "roles": ["waiter"], "leave": ["2026-13-01"] } ]
        })";
        QList<ConfigIssue> issues;
        QVERIFY(!StaffingConfig::fromJson(bad, &issues));
        const QStringList f = fields(issues);
        for (const char* expected :
             {"roles[0].optimal_ratio", "roles[1].min_staff", "roles[2].id", "constraints.max_hours_per_week",
              "forecasting.special_events[0].date", "opening_hours.funday", "opening_hours.friday",
              "staff[0].roles[0]", "staff[0].leave[0]"})
            QVERIFY2(f.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral(" not in ") + f.join(u", ")));
        QCOMPARE(issues.size(), 9);
        // Each message names its field and what was found.
        for (const ConfigIssue& i : issues)
            QVERIFY2(i.message.contains(i.field), qPrintable(i.message));
        QVERIFY(issues.first().message.contains(QLatin1String("\"0.1\"")));
    }

    void syntaxErrorHasLineAndColumn()
    {
        QList<ConfigIssue> issues;
        QVERIFY(!StaffingConfig::fromJson("{\n  \"roles\": [\n    { \"id\": 'chef' }\n  ]\n}", &issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().line, 3);
        QVERIFY(issues.first().column > 1);
        QVERIFY(!StaffingConfig::fromJson("[]", &issues));
        QVERIFY(!StaffingConfig::fromJson(R"({"roles": []})", &issues));
        QCOMPARE(fields(issues), QStringList{QStringLiteral("roles")});
    }

    void staffAndRoundTrip()
    {
        const QByteArray json = R"({
          "roles": [ { "id": "chef", "min_staff": 1, "optimal_ratio": 0.1 },
                     { "id": "server", "min_staff": 2, "optimal_ratio": 0.2 } ],
          "opening_hours": { "lundi": ["12:00-14:30", "19:00-00:30"] },
          "setup_minutes": 45,
          "staff": [ { "id": "lea", "name": "Léa Bernard", "roles": ["server", "chef"], "contract_hours": 24,
                       "hourly_cost": 14.25, "split_shift": false, "days_off": ["sunday", "mon"],
                       "availability": { "wednesday": ["11:00-15:00"] },
                       "leave": ["2026-12-24", { "from": "2026-08-01", "to": "2026-08-03" }] } ]
        })";
        QList<ConfigIssue> issues;
        const std::optional<StaffingConfig> c = StaffingConfig::fromJson(json, &issues);
        QVERIFY2(c, qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        QCOMPARE(c->openingHours.value(1).last(), (TimeWindow{19 * 60, 24 * 60 + 30}));
        QCOMPARE(c->setupMinutes, 45);
        const StaffMember& lea = c->staff.first();
        QCOMPARE(lea.name, QStringLiteral("Léa Bernard"));
        QCOMPARE(lea.roles, (QStringList{QStringLiteral("server"), QStringLiteral("chef")}));
        QCOMPARE(lea.contractMinutesPerWeek, 24 * 60);
        QCOMPARE(lea.hourlyCostCents, 1425);
        QVERIFY(!lea.splitShiftAllowed);
        QCOMPARE(lea.preferredDaysOff, (QSet<int>{7, 1}));
        QCOMPARE(lea.leave.size(), 4);
        QVERIFY(lea.leave.contains(QDate(2026, 8, 2)));
        QVERIFY(lea.availableOn(QDate(2026, 12, 2), 11 * 60, 15 * 60)); // a Wednesday
        QVERIFY(!lea.availableOn(QDate(2026, 12, 2), 18 * 60, 22 * 60));
        QVERIFY(!lea.availableOn(QDate(2026, 12, 24), 11 * 60, 15 * 60)); // leave

        const std::optional<StaffingConfig> again = StaffingConfig::fromJson(c->toJson(), &issues);
        QVERIFY2(again, qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        QCOMPARE(again->toJson(), c->toJson());
        QCOMPARE(again->staff.first().leave, lea.leave);
        QCOMPARE(again->openingHours, c->openingHours);
    }

    void needsFollowCoversAndOpeningHours()
    {
        StaffingConfig c = StaffingConfig::defaults();
        const QDate tuesday(2026, 12, 1);
        QList<double> covers(DayNeed::kSlots, 0.0);
        for (int slot = 20 * 4; slot < 21 * 4; ++slot)
            covers[slot] = 42; // 42 guests at table 20:00–21:00
        const QList<DayNeed> needs = c.needs(tuesday, covers);
        QCOMPARE(needs.size(), 3);
        const DayNeed& server = needs.at(1);
        QCOMPARE(server.role, QStringLiteral("server"));
        // ⌈42 × 0.2⌉ = 9 servers at 20:00, min_staff (1) otherwise while open.
        QCOMPARE(server.target.at(20 * 4), 9);
        QCOMPARE(server.minimum.at(20 * 4), 1);
        QCOMPARE(server.target.at(19 * 4), 1);
        QCOMPARE(needs.at(0).target.at(20 * 4), 5); // chef: ⌈4.2⌉
        // Set-up from 18:30 and close-down until 23:00 at min_staff; closed in between services.
        QCOMPARE(server.minimum.at(18 * 4 + 2), 1);
        QCOMPARE(server.minimum.at(18 * 4 + 1), 0);
        QCOMPARE(server.minimum.at(22 * 4 + 3), 1);
        QCOMPARE(server.minimum.at(23 * 4), 0);
        QCOMPARE(server.minimum.at(16 * 4), 0);
        // Closed on Mondays.
        for (const DayNeed& n : c.needs(tuesday.addDays(-1), covers))
            QVERIFY(std::all_of(n.minimum.cbegin(), n.minimum.cend(), [](int x) { return x == 0; }));
    }

    void bastilleDayRaisesTheNeed()
    {
        StaffingConfig c = StaffingConfig::defaults();
        c.openingHours.insert(2, {{12 * 60, 14 * 60 + 30}, {19 * 60, 22 * 60 + 30}});
        const QDate bastille(2026, 7, 14), before(2026, 7, 7); // both Tuesdays
        const StaffRole& server = *c.role(QStringLiteral("server"));
        QCOMPARE(c.staffNeeded(server, 40, before), 8);
        QCOMPARE(c.staffNeeded(server, 40, bastille), 12); // 40 × 1.5 × 0.2
        QCOMPARE(c.eventMultiplier(bastille), 1.5);
        QList<double> covers(DayNeed::kSlots, 0.0);
        covers[20 * 4] = 40;
        QCOMPARE(c.needs(bastille, covers).at(1).target.at(20 * 4), 12);
        QCOMPARE(c.needs(before, covers).at(1).target.at(20 * 4), 8);
        // min_staff still holds on an empty evening.
        QCOMPARE(c.staffNeeded(server, 0, bastille), 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffingConfig)
#include "tst_staffingconfig.moc"
