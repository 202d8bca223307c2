// The covers forecast on hand-made histories and books: the pickup curve, the
// parts of a service's number, two weeks of history only, the 14 July
// multiplier, closures, the slots, and the sources found through the registry.

#include "common/core/frenchholidays.h"
#include "common/core/readinterfaces.h"
#include "forecast/core/forecaster.h"
#include "forecasttestsupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <numeric>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

const QTimeZone kParis("Europe/Paris");

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), kParis);
}

/// `weeks` weeks of till history before `today`: every day midi `lunch`
/// covers at 12:30, soir `dinner` at 20:00 (Mondays' dinner closed when
/// `closedMondayEvening`).
std::shared_ptr<MemoryHistory> flatHistory(const QDate& today, int weeks, int lunch, int dinner,
                                           bool closedMondayEvening = false)
{
    auto history = std::make_shared<MemoryHistory>();
    for (QDate day = today.addDays(-7 * weeks); day < today; day = day.addDays(1)) {
        history->add(day, 0, 12 * 60 + 30, lunch);
        if (!(closedMondayEvening && day.dayOfWeek() == 1))
            history->add(day, 1, 20 * 60, dinner);
    }
    return history;
}

double slotSum(const ServiceForecast& f)
{
    return std::accumulate(f.slots.cbegin(), f.slots.cend(), 0.0);
}

} // namespace

class TestForecaster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pickupCurveFromAHandMadeBook()
    {
        // Three past Tuesday dinners, each ending with 20 covers booked: 10
        // booked a week ahead, 5 two days ahead, 5 the morning itself; and a
        // table of 4 booked ten days ahead, cancelled three days ahead.
        const QDate today(2026, 3, 10); // a Tuesday
        QCOMPARE(today.dayOfWeek(), 2);
        auto history = flatHistory(today, 3, 30, 40);
        auto book = std::make_shared<MemoryBook>();
        for (int w = 1; w <= 3; ++w) {
            const QDate day = today.addDays(-7 * w);
            book->parties << party(day, 1, 20 * 60, 10, at(day.addDays(-7), 9))
                          << party(day, 1, 20 * 60, 5, at(day.addDays(-2), 9))
                          << party(day, 1, 20 * 60 + 30, 5, at(day, 8))
                          << party(day, 1, 20 * 60, 4, at(day.addDays(-10), 9),
                                   BookedParty::Status::Cancelled, at(day.addDays(-3), 9));
        }
        // The coming Tuesday, a week away: 8 covers on the books.
        const QDate next = today.addDays(7);
        book->parties << party(next, 1, 20 * 60, 8, at(today.addDays(-1), 11), BookedParty::Status::Standing);

        const Forecaster forecaster(history, book);
        const CoversForecast f = forecaster.forecast(at(today, 10), 14);
        QCOMPARE(f.method, ForecastMethod::Minimal);
        QVERIFY(f.hasBook);
        QCOMPARE(f.showRate, 1.0);
        // Minimal: one curve for both services (lunch had no bookings).
        const QList<double>& curve = f.pickupCurve[1];
        QCOMPARE(curve, f.pickupCurve[0]);
        QCOMPARE(curve.at(0), 1.0);  // everything on the books by 10:00 on the day
        QCOMPARE(curve.at(1), 0.75); // the same-day tables not yet
        QCOMPARE(curve.at(2), 0.75);
        QCOMPARE(curve.at(3), 0.5); // the table of 4 just cancelled, the two-day ones not booked yet
        QCOMPARE(curve.at(4), 0.7); // the table of 4 still on the books
        QCOMPARE(curve.at(7), 0.7);
        QCOMPARE(curve.at(8), 0.2); // only the table that will cancel
        QCOMPARE(curve.at(10), 0.2);
        QCOMPARE(curve.at(11), 0.0);

        // Next Tuesday's dinner, 7 days ahead: share 0.7; the usual final is
        // the till's 40 × (20 booked / 40) = 20. The past Tuesdays' books all
        // ran at their usual pace, so the pace says nothing (weight 0): the
        // total stays the usual 40, of which 8 booked, pickup (1 − 0.7) × 20
        // = 6, the rest walk-ins.
        const ServiceForecast* dinner = f.find(next, 1);
        QVERIFY(dinner);
        QCOMPARE(dinner->leadDays, 7);
        QCOMPARE(dinner->onBooks, 8);
        QCOMPARE(dinner->bookedShare, 0.7);
        QCOMPARE(dinner->bookPace, 1.0);
        QVERIFY(qFuzzyCompare(dinner->booked, 8.0));
        QVERIFY(qFuzzyCompare(dinner->pickup, 6.0));
        QVERIFY(qFuzzyCompare(dinner->walkIns, 26.0));
        QVERIFY(qFuzzyCompare(dinner->total(), 40.0));
        // A weekday with no booking in the book's history: all walk-ins.
        const ServiceForecast* friday = f.find(today.addDays(3), 1);
        QCOMPARE(friday->booked, 0.0);
        QVERIFY(qFuzzyCompare(friday->walkIns, 40.0));
        QVERIFY(qAbs(slotSum(*dinner) - dinner->total()) < 1e-9);
        // The booked covers sit at their booked slot.
        QVERIFY(dinner->slots[ServiceForecast::slotIndex(20 * 60)] >= 8.0);
    }

    void bookPaceLearnedFromHistory()
    {
        // Eight weeks of Tuesday dinners, busy and quiet in turn: busy ones had
        // 30 covers booked a week ahead and 60 at the till, quiet ones 10 and
        // 30. When the till follows the book, a book running busy raises the
        // forecast above the usual 45, a quiet one lowers it; when the till
        // does not follow (always 45), the book's pace changes nothing.
        const QDate today(2026, 3, 10); // a Tuesday
        for (const bool tillFollows : {true, false}) {
            auto history = flatHistory(today, 8, 30, 40);
            auto book = std::make_shared<MemoryBook>();
            for (int w = 1; w <= 8; ++w) {
                const QDate day = today.addDays(-7 * w);
                const bool busy = w % 2 == 0;
                for (CoversAtSlot& row : history->rows) {
                    if (row.day == day && row.service == 1)
                        row.covers = tillFollows ? (busy ? 60 : 30) : 45;
                }
                for (int t = 0; t < (busy ? 15 : 5); ++t)
                    book->parties << party(day, 1, 20 * 60, 2, at(day.addDays(-8), 9));
            }
            const QDate next = today.addDays(7);
            auto forecastWith = [&](int tables) {
                auto coming = std::make_shared<MemoryBook>(*book);
                for (int t = 0; t < tables; ++t)
                    coming->parties << party(next, 1, 20 * 60, 2, at(today.addDays(-1), 9),
                                             BookedParty::Status::Standing);
                return Forecaster(history, coming).forecast(at(today, 10), 14).find(next, 1)->total();
            };
            const double busy = forecastWith(15), quiet = forecastWith(5), usual = forecastWith(10);
            QVERIFY2(qAbs(usual - 45.0) < 1.0, qPrintable(QString::number(usual)));
            if (tillFollows) {
                QVERIFY2(busy > 52 && quiet < 38, qPrintable(QStringLiteral("%1 %2").arg(busy).arg(quiet)));
            } else {
                QVERIFY2(qAbs(busy - 45.0) < 1.0 && qAbs(quiet - 45.0) < 1.0,
                         qPrintable(QStringLiteral("%1 %2").arg(busy).arg(quiet)));
            }
        }
    }

    void emptyBookSaysSoAndUsesTheTill()
    {
        const QDate today(2026, 3, 10);
        const Forecaster forecaster(flatHistory(today, 3, 30, 40), std::make_shared<MemoryBook>());
        const CoversForecast f = forecaster.forecast(at(today, 10), 7);
        QVERIFY(!f.hasBook);
        const ServiceForecast* lunch = f.find(today.addDays(2), 0);
        QVERIFY(lunch);
        QCOMPARE(lunch->booked, 0.0);
        QCOMPARE(lunch->pickup, 0.0);
        QVERIFY(qFuzzyCompare(lunch->walkIns, 30.0));
    }

    void twoWeeksOfHistoryAreEnough()
    {
        // Two weeks: Fridays 50 then 70 at lunch; other days 30.
        const QDate today(2026, 3, 9); // a Monday
        auto history = std::make_shared<MemoryHistory>();
        for (QDate day = today.addDays(-14); day < today; day = day.addDays(1)) {
            const int lunch = day.dayOfWeek() == 5 ? (day < today.addDays(-7) ? 50 : 70) : 30;
            history->add(day, 0, 12 * 60 + 15, lunch);
            history->add(day, 1, 20 * 60, 40);
        }
        const Forecaster forecaster(history, nullptr);
        const CoversForecast f = forecaster.forecast(at(today, 9), 28);
        QCOMPARE(f.method, ForecastMethod::Minimal);
        QCOMPARE(f.historyWeeks, 2);
        QVERIFY(!f.trend);
        QCOMPARE(f.services.size(), 56);
        // The plain mean of the two Fridays, every Friday of the four weeks.
        for (int w = 0; w < 4; ++w) {
            const ServiceForecast* friday = f.find(today.addDays(4 + 7 * w), 0);
            QVERIFY(friday);
            QVERIFY2(qFuzzyCompare(friday->total(), 60.0), qPrintable(QString::number(friday->total())));
            QCOMPARE(friday->slots[ServiceForecast::slotIndex(12 * 60 + 15)], friday->total());
        }
        QVERIFY(qFuzzyCompare(f.find(today.addDays(1), 1)->total(), 40.0));

        // One week only: still an answer, said to be sparse.
        const Forecaster shortOne(history, nullptr);
        const CoversForecast sparse = shortOne.forecast(at(today.addDays(-7), 9), 7);
        QCOMPARE(sparse.method, ForecastMethod::Sparse);
        QVERIFY(sparse.find(today.addDays(-3), 0)->total() > 0);
    }

    void bastilleDayMultiplierRaisesTheForecast()
    {
        const QDate today(2026, 7, 7); // the Tuesday before
        auto history = flatHistory(today, 10, 40, 50);
        const Forecaster forecaster(history, nullptr, ForecastOptions{});
        const QDate bastille(2026, 7, 14);
        const CoversForecast plain = forecaster.forecast(at(today, 10), 14);
        // Built in: a public holiday, no effect learned from a flat history
        // (the May holidays in it were as busy as any day).
        QCOMPARE(plain.find(bastille, 0)->event, QStringLiteral("Bastille Day"));
        const double usual = plain.find(bastille, 0)->total();
        QVERIFY(qAbs(usual - plain.find(bastille.addDays(-7), 0)->total()) < 1.0);

        const QList<ForecastEvent> events{{bastille, -1, 1.5, false, QStringLiteral("Fête nationale")}};
        const CoversForecast raised = forecaster.forecast(at(today, 10), 14, events);
        const ServiceForecast* lunch = raised.find(bastille, 0);
        QCOMPARE(lunch->event, QStringLiteral("Fête nationale"));
        QCOMPARE(lunch->multiplier, 1.5);
        QVERIFY(qFuzzyCompare(lunch->total(), 1.5 * usual));
        QVERIFY(raised.find(bastille, 1)->total() > plain.find(bastille, 1)->total());
        // Other days untouched.
        QVERIFY(qFuzzyCompare(raised.find(bastille.addDays(1), 0)->total(),
                              plain.find(bastille.addDays(1), 0)->total()));
    }

    void holidayEffectLearnedFromHistory()
    {
        // Ten weeks where the holidays (Easter Monday, 1 and 8 May, Ascension)
        // had twice the usual lunch: Whit Monday (25 May) is forecast at twice
        // too, the evenings as usual.
        const QDate today(2026, 5, 18);
        auto history = flatHistory(today, 10, 30, 40);
        int holidays = 0;
        for (CoversAtSlot& row : history->rows) {
            if (row.service == 0 && !FrenchHolidays::nameOf(row.day).isEmpty()) {
                row.covers = 60;
                ++holidays;
            }
        }
        QCOMPARE(holidays, 4);
        const CoversForecast f = Forecaster(history, nullptr).forecast(at(today, 10), 14);
        const ServiceForecast* whit = f.find(QDate(2026, 5, 25), 0);
        QCOMPARE(whit->event, QStringLiteral("Whit Monday"));
        QVERIFY2(qAbs(whit->total() - 60.0) < 1.0, qPrintable(QString::number(whit->total())));
        QVERIFY(qAbs(f.find(QDate(2026, 5, 26), 0)->total() - 30.0) < 1.0);
        QVERIFY(qAbs(whit->multiplier - 2.0) < 0.01);
        QVERIFY(qAbs(f.find(QDate(2026, 5, 25), 1)->total() - 40.0) < 1.0);
    }

    void closures()
    {
        const QDate today(2026, 3, 10);
        auto history = flatHistory(today, 4, 30, 40, true);
        auto book = std::make_shared<MemoryBook>();
        const QDate nextMonday = today.addDays(6);
        const Forecaster forecaster(history, book);
        const QDate thursday = today.addDays(2);
        const QList<ForecastEvent> events{
            {thursday, 1, 1.0, true, QStringLiteral("Soirée privée")},
        };
        const CoversForecast f = forecaster.forecast(at(today, 10), 14, events);
        QCOMPARE(f.method, ForecastMethod::Reduced);
        // Closed by an event: that service only.
        const ServiceForecast* closedDinner = f.find(thursday, 1);
        QVERIFY(closedDinner->closed);
        QCOMPARE(closedDinner->closedReason, QStringLiteral("Soirée privée"));
        QCOMPARE(closedDinner->total(), 0.0);
        QCOMPARE(slotSum(*closedDinner), 0.0);
        QVERIFY(!f.find(thursday, 0)->closed);
        QVERIFY(f.find(thursday, 0)->total() > 0);
        // Closed by habit: Monday evenings never had a cover.
        QVERIFY(f.find(nextMonday, 1)->closed);
        QVERIFY(f.find(nextMonday, 1)->closedReason.isEmpty());
        QVERIFY(!f.find(nextMonday, 0)->closed);

        // A booking on a usually closed service opens it, with the booking only.
        book->parties << party(nextMonday, 1, 20 * 60, 6, at(today.addDays(-1), 12),
                               BookedParty::Status::Standing);
        const CoversForecast booked = forecaster.forecast(at(today, 10), 14, events);
        const ServiceForecast* monday = booked.find(nextMonday, 1);
        QVERIFY(!monday->closed);
        QCOMPARE(monday->onBooks, 6);
        QCOMPARE(monday->walkIns, 0.0);
        QVERIFY(monday->total() >= 6.0);
        // A closure in the history does not pull the level down.
        auto withClosure = flatHistory(today, 4, 30, 40);
        for (CoversAtSlot& row : withClosure->rows) {
            if (row.day == today.addDays(-7))
                row.covers = 0;
        }
        const CoversForecast after = Forecaster(withClosure, nullptr).forecast(at(today, 10), 7);
        QVERIFY(qFuzzyCompare(after.find(today, 0)->total(), 30.0));
    }

    void sourcesFromTheRegistry()
    {
        QVERIFY(!ReadInterfaces::get<CoversHistorySource>());
        const Forecaster none = Forecaster::fromRegistry();
        QVERIFY(!none.hasHistory());
        QVERIFY(!none.hasBook());
        const QDate today(2026, 3, 10);
        ReadInterfaces::provide<CoversHistorySource>(flatHistory(today, 3, 30, 40));
        ReadInterfaces::provide<BookingsSource>(std::make_shared<MemoryBook>());
        const Forecaster found = Forecaster::fromRegistry();
        QVERIFY(found.hasHistory());
        QVERIFY(found.hasBook());
        QVERIFY(qFuzzyCompare(found.forecast(at(today, 10), 1).dayTotal(today), 70.0));
        ReadInterfaces::withdraw<CoversHistorySource>();
        ReadInterfaces::withdraw<BookingsSource>();
        QVERIFY(!ReadInterfaces::get<BookingsSource>());
    }

    void fourWeeksAreFast()
    {
        const QDate today(2026, 3, 10);
        MemoryHistory history;
        MemoryBook book;
        drawFootfall(SandboxFootfall(3), today.addDays(-84), today.addDays(28), history, book);
        const Forecaster forecaster(std::make_shared<MemoryHistory>(history),
                                    std::make_shared<MemoryBook>(book));
        QElapsedTimer timer;
        timer.start();
        const CoversForecast f = forecaster.forecast(at(today, 10), 28);
        const qint64 ms = timer.elapsed();
        QCOMPARE(f.method, ForecastMethod::Full);
        QCOMPARE(f.services.size(), 56);
        for (const ServiceForecast& s : f.services) {
            QVERIFY(s.total() >= 0);
            QVERIFY(qAbs(slotSum(s) - s.total()) < 1e-6);
        }
        QVERIFY2(ms < 500, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TestForecaster)
#include "tst_forecaster.moc"
