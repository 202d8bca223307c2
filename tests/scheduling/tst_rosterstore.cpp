// Rosters in the local database: the configuration, drafts, publishing (then
// read-only), the previous week for the rules, hand-edited needs, and the
// payroll CSV.

#include "common/core/database.h"
#include "scheduling/core/rosterstore.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
namespace Test = Moulin::Test;

namespace {

const QDate kMonday(2026, 12, 7); // 2026-W50

StaffMember person(const QString& id, const QString& name)
{
    StaffMember m;
    m.id = id;
    m.name = name;
    m.roles = {QStringLiteral("server")};
    return m;
}

} // namespace

class TestRosterStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("rosterstore"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void isoWeeks()
    {
        QCOMPARE(RosterStore::mondayOfIsoWeek(QStringLiteral("2026-W50")), std::optional<QDate>(kMonday));
        QCOMPARE(RosterStore::mondayOfIsoWeek(QStringLiteral("2026-W01")),
                 std::optional<QDate>(QDate(2025, 12, 29)));
        QCOMPARE(RosterStore::mondayOfIsoWeek(QStringLiteral("2026-W53")),
                 std::optional<QDate>(QDate(2026, 12, 28)));
        QCOMPARE(RosterStore::mondayOfIsoWeek(QStringLiteral("2025-W53")),
                 std::optional<QDate>()); // 2025 has 52
        QCOMPARE(RosterStore::mondayOfIsoWeek(QStringLiteral("2026-50")), std::optional<QDate>());
        QCOMPARE(RosterStore::isoWeekText(QDate(2026, 12, 13)), QStringLiteral("2026-W50"));
        QCOMPARE(RosterStore::isoWeekText(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
    }

    void configSavedAndRead()
    {
        QSqlDatabase db = Database::connection();
        QCOMPARE(RosterStore::config(db).roles.size(), 3); // the seed's defaults
        StaffingConfig c = StaffingConfig::defaults();
        c.staff = {person(QStringLiteral("paul"), QStringLiteral("Paul Martin"))};
        c.roles[1].minStaff = 2;
        QString error;
        QVERIFY2(RosterStore::saveConfig(db, c, &error), qPrintable(error));
        const StaffingConfig back = RosterStore::config(db);
        QCOMPARE(back.staff.size(), 1);
        QCOMPARE(back.staff.first().name, QStringLiteral("Paul Martin"));
        QCOMPARE(back.roles.at(1).minStaff, 2);
    }

    void draftPublishedThenReadOnly()
    {
        QSqlDatabase db = Database::connection();
        const QList<StaffMember> staff{person(QStringLiteral("paul"), QStringLiteral("Paul Martin"))};
        const QList<Shift> shifts{
            {QStringLiteral("paul"), QStringLiteral("server"), kMonday.addDays(1), 660, 900},
            {QStringLiteral("paul"), QStringLiteral("server"), kMonday.addDays(1), 1110, 1410}};
        QString error;
        QCOMPARE(RosterStore::week(db, kMonday).state, StoredWeek::State::None);
        QVERIFY(!RosterStore::publish(db, kMonday, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(QStringLiteral("2026-W50")), qPrintable(error));
        QVERIFY2(RosterStore::saveDraft(db, kMonday, shifts, QStringLiteral("optimal"), staff, &error),
                 qPrintable(error));
        StoredWeek w = RosterStore::week(db, kMonday);
        QCOMPARE(w.state, StoredWeek::State::Draft);
        QCOMPARE(w.shifts, shifts);
        QCOMPARE(w.solverStatus, QStringLiteral("optimal"));
        // A draft can be replaced.
        QVERIFY(RosterStore::saveDraft(db, kMonday, {shifts.first()}, {}, staff, &error));
        QCOMPARE(RosterStore::week(db, kMonday).shifts.size(), 1);
        QVERIFY(RosterStore::saveDraft(db, kMonday, shifts, {}, staff, &error));

        const QDateTime at(QDate(2026, 12, 4), QTime(18, 0), Qt::UTC);
        QVERIFY2(RosterStore::publish(db, kMonday, at, &error), qPrintable(error));
        w = RosterStore::week(db, kMonday);
        QCOMPARE(w.state, StoredWeek::State::Published);
        QCOMPARE(w.publishedAt, at);
        // Published: history, not editable, not published twice.
        QVERIFY(!RosterStore::saveDraft(db, kMonday, {}, {}, staff, &error));
        QVERIFY2(error.contains(QStringLiteral("published")), qPrintable(error));
        QCOMPARE(RosterStore::week(db, kMonday).shifts, shifts);
        QVERIFY(!RosterStore::publish(db, kMonday, at, &error));

        // The next week reads it for its rests and days in a row; the one after does not.
        QCOMPARE(RosterStore::previousPublishedShifts(db, kMonday.addDays(7)), shifts);
        QVERIFY(RosterStore::previousPublishedShifts(db, kMonday.addDays(14)).isEmpty());

        // Shifts outside the week or not on a Monday are refused, nothing kept.
        QVERIFY(!RosterStore::saveDraft(
            db, kMonday.addDays(7), {{QStringLiteral("paul"), QStringLiteral("server"), kMonday, 600, 900}},
            {}, staff, &error));
        QCOMPARE(RosterStore::week(db, kMonday.addDays(7)).state, StoredWeek::State::None);
        QVERIFY(!RosterStore::saveDraft(db, kMonday.addDays(1), {}, {}, staff, &error));
    }

    void needOverrides()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(RosterStore::setNeedOverride(db, QStringLiteral("server"), kMonday, 80, 2, 4, &error),
                 qPrintable(error));
        QVERIFY(!RosterStore::setNeedOverride(db, QStringLiteral("server"), kMonday, 80, 3, 2, &error));
        QList<DayNeed> needs{DayNeed(QStringLiteral("server"), kMonday),
                             DayNeed(QStringLiteral("chef"), kMonday)};
        RosterStore::applyNeedOverrides(db, &needs);
        QCOMPARE(needs.at(0).minimum.at(80), 2);
        QCOMPARE(needs.at(0).target.at(80), 4);
        QCOMPARE(needs.at(0).minimum.at(81), 0);
        QCOMPARE(needs.at(1).minimum.at(80), 0);
    }

    void payrollCsv()
    {
        const QList<Shift> shifts{
            {QStringLiteral("lea"), QStringLiteral("bartender"), kMonday.addDays(5), 18 * 60, 24 * 60 + 30},
            {QStringLiteral("paul"), QStringLiteral("server"), kMonday, 11 * 60, 15 * 60},
            {QStringLiteral("x"), QStringLiteral("chef"), kMonday, 11 * 60, 15 * 60}};
        const QHash<QString, QString> names{{QStringLiteral("lea"), QStringLiteral("Bernard, Léa")},
                                            {QStringLiteral("paul"), QStringLiteral("Paul Martin")}};
        const QString csv = QString::fromUtf8(RosterStore::shiftsCsv(shifts, names));
        QCOMPARE(csv, QStringLiteral("person,role,start,end\n"
                                     "Paul Martin,server,2026-12-07T11:00:00,2026-12-07T15:00:00\n"
                                     "x,chef,2026-12-07T11:00:00,2026-12-07T15:00:00\n"
                                     "\"Bernard, Léa\",bartender,2026-12-12T18:00:00,2026-12-13T00:30:00\n"));
    }
};

QTEST_GUILESS_MAIN(TestRosterStore)
#include "tst_rosterstore.moc"
