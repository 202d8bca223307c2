// The covers a week's needs are made of: the covers forecast's arrivals
// spread over their stay, the needs following them role by role, the
// special events applied once (14 July), the forecast switches, which
// forecast a past, current or future week uses, and the needs edited by hand
// (kept, given back to the forecast, refused on a published week).

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "forecast/forecasttestsupport.h"
#include "scheduling/core/rostercovers.h"
#include "scheduling/core/rosterdocument.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Moulin;
namespace Test = Moulin::Test;

namespace {

const QTimeZone kParis("Europe/Paris");

int slotOf(int hour, int minute = 0)
{
    return (hour * 60 + minute) / kSlotMinutes;
}

double sum(const QList<double>& values)
{
    double s = 0;
    for (const double v : values)
        s += v;
    return s;
}

/// The sandbox restaurant's till and book: 12 weeks before `today`, bookings up to four weeks after.
struct SandboxSources
{
    std::shared_ptr<Test::MemoryHistory> history = std::make_shared<Test::MemoryHistory>();
    std::shared_ptr<Test::MemoryBook> book = std::make_shared<Test::MemoryBook>();
    explicit SandboxSources(const QDate& today)
    {
        Test::drawFootfall(SandboxFootfall(11), today.addDays(-84), today.addDays(27), *history, *book);
    }
};

} // namespace

class TestRosterCovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("rostercovers"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
    }
    void cleanup()
    {
        ReadInterfaces::withdraw<CoversHistorySource>();
        ReadInterfaces::withdraw<BookingsSource>();
        Database::closeConnection();
    }

    void coversSpreadOverTheirStay()
    {
        ServiceForecast dinner;
        dinner.day = QDate(2026, 12, 8);
        dinner.service = 1;
        dinner.slots[size_t(ServiceForecast::slotIndex(20 * 60))] = 4;
        dinner.slots[size_t(ServiceForecast::slotIndex(20 * 60 + 30))] = 2.4;
        QList<double> slots;
        RosterCovers::addCoversServed(dinner, 120, &slots);
        QCOMPARE(slots.size(), DayNeed::kSlots);
        QCOMPARE(slots.at(slotOf(19, 45)), 0.0);
        QCOMPARE(slots.at(slotOf(20)), 0.5);     // 4 covers over eight quarters
        QCOMPARE(slots.at(slotOf(20, 30)), 0.8); // and 2.4 over eight more
        QCOMPARE(slots.at(slotOf(21, 45)), 0.8); // the first table's last quarter
        QCOMPARE(slots.at(slotOf(22)), 0.3);     // gone after two hours
        QCOMPARE(slots.at(slotOf(22, 30)), 0.0);
        QVERIFY(std::abs(sum(slots) - 6.4) < 1e-9); // every cover counted once

        // A late table stays past midnight; a dwell not on a quarter counts its started quarter.
        ServiceForecast late = dinner;
        late.slots = {};
        late.slots[size_t(ServiceForecast::slotIndex(23 * 60 + 30))] = 6;
        QList<double> night;
        RosterCovers::addCoversServed(late, 80, &night);
        QCOMPARE(night.at(slotOf(23, 30)), 1.0);
        QCOMPARE(night.at(slotOf(24, 45)), 1.0); // 00:45
        QCOMPARE(night.at(slotOf(25)), 0.0);

        ServiceForecast closed = dinner;
        closed.closed = true;
        QList<double> none;
        RosterCovers::addCoversServed(closed, 120, &none);
        QCOMPARE(sum(none), 0.0);
    }

    void needsFollowTheForecast()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), kParis);
        const SandboxSources sources(now.date());
        const Forecaster forecaster(sources.history, sources.book);
        const StaffingConfig config = StaffingConfig::demo();
        const QDate monday(2026, 12, 7), saturday = monday.addDays(5);

        const WeekCovers week = RosterCovers::compute(forecaster, config, monday, now);
        QVERIFY(week.available);
        QCOMPARE(week.monday, monday);
        QCOMPARE(week.origin, now.toUTC());
        QCOMPARE(week.method, ForecastMethod::Full);
        QVERIFY(week.hasBook);
        QCOMPARE(week.perSlot.size(), 7);

        // The same covers as the forecast itself, day by day.
        const CoversForecast direct = forecaster.forecast(now, 11);
        for (QDate day = monday; day <= monday.addDays(6); day = day.addDays(1))
            QVERIFY2(std::abs(week.covers.value(day) - direct.dayTotal(day)) < 1e-6,
                     qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(week.covers.value(saturday) > 40);
        QVERIFY(week.total() > 200);
        // The sandbox restaurant is closed on Mondays: no guest, no need beyond the configuration's.
        QCOMPARE(sum(week.coversOn(monday)), 0.0);

        // The covers served per quarter add up to the day's covers, spread over the evening.
        const QList<double> served = week.coversOn(saturday);
        QVERIFY(std::abs(sum(served) - week.covers.value(saturday)) < 1e-6);
        QVERIFY(served.value(slotOf(20, 30)) > served.value(slotOf(19)));
        QVERIFY(served.value(slotOf(20, 30)) > 5);

        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(RosterStore::saveConfig(db, config, &error), qPrintable(error));
        RosterDocument document;
        document.setCovers(week);
        document.load(db, monday);
        QCOMPARE(document.covers().available, true);
        const StaffRole& server = *config.role(QStringLiteral("server"));
        const DayNeed* need = document.week().need(QStringLiteral("server"), saturday);
        QVERIFY(need);
        int above = 0;
        for (int slot = slotOf(19); slot < slotOf(22, 30); ++slot) {
            QCOMPARE(need->target.at(slot), config.staffNeeded(server, served.value(slot), saturday));
            QCOMPARE(need->minimum.at(slot), server.minStaff);
            above += need->target.at(slot) > server.minStaff;
        }
        QVERIFY2(above > 4, "the forecast raises the evening's need above the minimum");

        // Without a forecast: the minimum while open.
        RosterDocument bare;
        bare.load(db, monday);
        QCOMPARE(bare.covers().available, false);
        QCOMPARE(bare.week().need(QStringLiteral("server"), saturday)->target.at(slotOf(20, 30)),
                 server.minStaff);
        // Covers of another week are not this week's.
        RosterDocument other;
        other.setCovers(week);
        other.load(db, monday.addDays(7));
        QCOMPARE(other.covers().available, false);
        QVERIFY(other.coversAt(saturday.addDays(7)).isEmpty());
    }

    void bastilleDayIsAppliedOnceAndOverTheLearnedHoliday()
    {
        // Ten weeks of a steady till, Tuesday to Saturday, 100 guests at 20:00;
        // the public holidays in that history were quiet (50).
        auto history = std::make_shared<Test::MemoryHistory>();
        const QDate origin(2026, 7, 1);
        for (QDate day = origin.addDays(-70); day < origin; day = day.addDays(1)) {
            if (day.dayOfWeek() < 2 || day.dayOfWeek() > 6)
                continue;
            const bool holiday = day == QDate(2026, 5, 1) || day == QDate(2026, 5, 8) ||
                                 day == QDate(2026, 5, 14) || day == QDate(2026, 5, 25);
            history->add(day, 1, 20 * 60, holiday ? 50 : 100);
            history->add(day, 0, 12 * 60 + 30, 30);
        }
        const Forecaster forecaster(history, nullptr);
        StaffingConfig config = StaffingConfig::defaults(); // Fête nationale ×1.5
        QCOMPARE(config.eventMultiplier(QDate(2026, 7, 14)), 1.5);
        const QDate monday(2026, 7, 13), bastille(2026, 7, 14), wednesday(2026, 7, 15);
        const WeekCovers week =
            RosterCovers::compute(forecaster, config, monday, QDateTime(origin, QTime(10, 0), kParis));
        QVERIFY(week.available);
        const double g14 = week.coversOn(bastille).value(slotOf(20, 30));
        const double g15 = week.coversOn(wednesday).value(slotOf(20, 30));
        QVERIFY2(g15 > 10 && g15 < 15, qPrintable(QString::number(g15))); // 100 covers over eight quarters
        // The forecast does not apply its learned (quiet) holiday on the manager's event day…
        QVERIFY2(std::abs(g14 - g15) < 0.1 * g15, qPrintable(QStringLiteral("%1 vs %2").arg(g14).arg(g15)));
        // …the needs apply the event's multiplier, once.
        QVERIFY(std::abs(week.covers.value(bastille) - 1.5 * week.covers.value(wednesday)) <
                0.1 * week.covers.value(wednesday));
        QCOMPARE(week.events.size(), 1);
        QVERIFY(week.events.first().contains(QStringLiteral("Fête nationale")));

        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(RosterStore::saveConfig(db, config, &error), qPrintable(error));
        RosterDocument document;
        document.setCovers(week);
        document.load(db, monday);
        const int need14 =
            document.week().need(QStringLiteral("server"), bastille)->target.at(slotOf(20, 30));
        const int need15 =
            document.week().need(QStringLiteral("server"), wednesday)->target.at(slotOf(20, 30));
        QCOMPARE(need15, int(std::ceil(g15 * 0.2 - 1e-9)));
        QCOMPARE(need14, int(std::ceil(g14 * 1.5 * 0.2 - 1e-9)));
        QVERIFY2(need14 > need15, qPrintable(QStringLiteral("%1 vs %2").arg(need14).arg(need15)));
        QVERIFY(RosterCovers::describe(week).contains(QStringLiteral("Fête nationale")));
    }

    void switchesChooseTheSources()
    {
        const SandboxSources sources(QDate(2026, 12, 3));
        ReadInterfaces::provide<CoversHistorySource>(sources.history);
        ReadInterfaces::provide<BookingsSource>(sources.book);
        StaffingConfig config = StaffingConfig::demo();
        Forecaster both = RosterCovers::forecaster(config);
        QVERIFY(both.hasHistory());
        QVERIFY(both.hasBook());
        config.useReservationData = false;
        Forecaster tillOnly = RosterCovers::forecaster(config);
        QVERIFY(tillOnly.hasHistory());
        QVERIFY(!tillOnly.hasBook());
        config.useHistoricalData = false;
        const Forecaster neither = RosterCovers::forecaster(config);
        QVERIFY(!neither.hasHistory());
        const WeekCovers none = RosterCovers::compute(neither, config, QDate(2026, 12, 7),
                                                      QDateTime(QDate(2026, 12, 3), QTime(10, 0), kParis));
        QVERIFY(!none.available);
        QVERIFY(RosterCovers::describe(none).contains(QStringLiteral("minimum staff")));
    }

    void describeNamesItsSourcesInWholePhrases()
    {
        WeekCovers week;
        week.available = true;
        week.covers.insert(QDate(2026, 12, 7), 40);
        week.method = ForecastMethod::Sparse;
        week.hasBook = true;
        QVERIFY2(RosterCovers::describe(week).contains(
                     QStringLiteral("(based on the bookings alone, without till history)")),
                 qPrintable(RosterCovers::describe(week)));
        week.historyWeeks = 1;
        QVERIFY(RosterCovers::describe(week).contains(
            QStringLiteral("(based on less than two weeks of till history and the bookings)")));
        week.method = ForecastMethod::Full;
        week.historyWeeks = 6;
        week.hasBook = false;
        QVERIFY2(RosterCovers::describe(week).contains(QStringLiteral("(based on 6 week")),
                 qPrintable(RosterCovers::describe(week)));
    }

    void whichForecastAWeekUses()
    {
        const SandboxSources sources(QDate(2026, 12, 20));
        const Forecaster forecaster(sources.history, sources.book);
        const StaffingConfig config = StaffingConfig::demo();
        const QDate monday(2026, 12, 7);
        const QDateTime weekStart = QDateTime(monday, QTime(0, 0), kParis).toUTC();

        // A week gone by: the forecast as it could be made when it began.
        const WeekCovers past = RosterCovers::compute(forecaster, config, monday,
                                                      QDateTime(QDate(2026, 12, 20), QTime(9, 0), kParis));
        QVERIFY(past.available);
        QCOMPARE(past.origin, weekStart);
        const CoversForecast asThen = forecaster.forecast(weekStart, 7);
        QVERIFY(std::abs(past.covers.value(monday.addDays(4)) - asThen.dayTotal(monday.addDays(4))) < 1e-6);

        // The current week: the days gone by as known at its start, the rest from now.
        const QDateTime wednesday(QDate(2026, 12, 9), QTime(11, 0), kParis);
        const WeekCovers current = RosterCovers::compute(forecaster, config, monday, wednesday);
        QCOMPARE(current.origin, wednesday.toUTC());
        QVERIFY(std::abs(current.covers.value(monday.addDays(1)) - asThen.dayTotal(monday.addDays(1))) <
                1e-6);
        const CoversForecast fromNow = forecaster.forecast(wednesday, 5);
        QVERIFY(std::abs(current.covers.value(monday.addDays(4)) - fromNow.dayTotal(monday.addDays(4))) <
                1e-6);

        // Too far ahead: no forecast, the needs stay at the minimum.
        const WeekCovers far = RosterCovers::compute(forecaster, config, QDate(2027, 6, 7), wednesday);
        QVERIFY(!far.available);
    }

    void needsEditedByHandAreKeptAndGivenBack()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        const StaffingConfig config = StaffingConfig::demo();
        QVERIFY2(RosterStore::saveConfig(db, config, &error), qPrintable(error));
        const QDate monday(2026, 12, 7), friday = monday.addDays(4);
        const QString server = QStringLiteral("server");
        RosterDocument document;
        document.load(db, monday);
        DayNeed need = *document.week().need(server, friday);
        const int computedTarget = need.target.at(slotOf(20));
        need.minimum[slotOf(20)] = 3;
        need.target[slotOf(20)] = 5;
        need.target[slotOf(20, 15)] = 4;
        QVERIFY2(document.setNeed(db, need, &error), qPrintable(error));
        QCOMPARE(document.week().need(server, friday)->target.at(slotOf(20)), 5);
        QCOMPARE(document.week().need(server, friday)->minimum.at(slotOf(20)), 3);
        QCOMPARE(document.computedNeed(server, friday)->target.at(slotOf(20)), computedTarget);
        QCOMPARE(Test::scalar(
                     db,
                     QStringLiteral("SELECT count(*) FROM sched_need_override WHERE role = ? AND day = ?"),
                     {server, friday.toString(Qt::ISODate)})
                     .toInt(),
                 2); // only the slots that differ from the computed need

        // Kept in the database: another document reads them.
        RosterDocument again;
        again.load(db, monday);
        QCOMPARE(again.week().need(server, friday)->target.at(slotOf(20, 15)), 4);

        // A need below its minimum is refused, nothing changes.
        DayNeed wrong = need;
        wrong.target[slotOf(21)] = 0;
        wrong.minimum[slotOf(21)] = 2;
        QVERIFY(!again.setNeed(db, wrong, &error));
        QVERIFY2(error.contains(QStringLiteral("21:00")), qPrintable(error));
        QCOMPARE(again.week().need(server, friday)->target.at(slotOf(20)), 5);

        // Given back to the forecast: the computed need again, no edit kept.
        QVERIFY2(again.setNeed(db, *again.computedNeed(server, friday), &error), qPrintable(error));
        QCOMPARE(again.week().need(server, friday)->target.at(slotOf(20)), computedTarget);
        QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM sched_need_override")).toInt(), 0);

        // A published week's needs are history.
        const StaffMember& someone = config.staff.first();
        QVERIFY(again.addShift({someone.id, someone.roles.first(), friday, 18 * 60, 23 * 60}));
        QVERIFY2(again.publish(db, &error), qPrintable(error));
        QVERIFY(!again.setNeed(db, need, &error));
        QVERIFY2(error.contains(QStringLiteral("published")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRosterCovers)
#include "tst_rostercovers.moc"
