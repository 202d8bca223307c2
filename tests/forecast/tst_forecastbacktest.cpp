// The forecast backtest beats both baselines: on the sandbox restaurant's
// seeded footfall (the story the POS and booking emulations tell), a rolling
// origin over the last 8 weeks, each origin forecasting the next 14 days from
// what was known then; MAPE per service against the seasonal-naive baseline
// (the same weekday the last week known) and the book alone (the covers on
// the books at the origin).

#include "forecast/core/backtest.h"
#include "forecasttestsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

class TestForecastBacktest : public QObject
{
    Q_OBJECT

private:
    static BacktestFigures run(quint32 seed, const QDate& today, int historyWeeks)
    {
        auto history = std::make_shared<MemoryHistory>();
        auto book = std::make_shared<MemoryBook>();
        // The till up to yesterday; the book with every booking's story (the
        // forecaster only sees what was booked before each origin).
        drawFootfall(SandboxFootfall(seed), today.addDays(-7 * (8 + historyWeeks)), today.addDays(-1),
                     *history, *book);
        const Forecaster forecaster(history, book);
        BacktestPlan plan;
        plan.firstOrigin = today.addDays(-56);
        plan.lastOrigin = today.addDays(-1);
        plan.horizonDays = 14;
        return backtest(forecaster, *history, plan);
    }

private Q_SLOTS:
    void beatsBothBaselines_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("historyWeeks");
        QTest::newRow("autumn, 12 weeks") << 1u << QDate(2026, 11, 30) << 12;
        QTest::newRow("spring holidays, 12 weeks") << 7u << QDate(2026, 6, 1) << 12;
        QTest::newRow("summer, two weeks before the first origin") << 42u << QDate(2026, 8, 31) << 2;
    }
    void beatsBothBaselines()
    {
        QFETCH(quint32, seed);
        QFETCH(QDate, today);
        QFETCH(int, historyWeeks);
        const BacktestFigures f = run(seed, today, historyWeeks);
        QCOMPARE(f.origins, 56);
        for (int s = 0; s < 2; ++s) {
            const QString line =
                QStringLiteral("service %1: forecast %2 %, naive %3 %, book %4 % (%5 points)")
                    .arg(s)
                    .arg(f.forecastMape[s], 0, 'f', 1)
                    .arg(f.naiveMape[s], 0, 'f', 1)
                    .arg(f.bookMape[s], 0, 'f', 1)
                    .arg(f.points[s]);
            qInfo().noquote() << line;
            QVERIFY(f.points[s] > 300);
            QVERIFY2(f.forecastMape[s] < f.naiveMape[s], qPrintable(line));
            QVERIFY2(f.forecastMape[s] < f.bookMape[s], qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestForecastBacktest)
#include "tst_forecastbacktest.moc"
