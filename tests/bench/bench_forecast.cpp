// bench_forecast: the covers forecast's backtest on the sandbox restaurant,
// through the application's own path: the Lightspeed emulation's receipts
// parsed and stored (LightspeedSalesReader, SalesStore → pos_receipt) and
// read back as covers by arrival slot (PosCoversHistory, the close time minus
// the dwell); the footfall model's bookings (the ones the booking platforms
// serve) applied to the book (BookStore: booking times, cancellations at
// their time, no-shows) and read back (BookFootfall).
//
//   bench_forecast [--seed S] [--weeks W] [--horizon H]
//
// Rolling origin over the last 8 weeks (every day at 10:00), each origin
// forecasting the next H days (default 14) from what was known then, with W
// weeks of history before the first origin (default 12). MAPE per service
// against the seasonal-naive baseline (the same weekday, the last week known)
// and the book alone (covers on the books at the origin); then the same
// forecaster limited to two weeks of history. Exits 1 when the forecast does
// not beat both baselines on both services.

#include "benchsupport.h"
#include "common/core/database.h"
#include "forecast/core/backtest.h"
#include "pos/connectors/lightspeed/lightspeedsales.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/core/poscovershistory.h"
#include "pos/core/salesstore.h"
#include "reservation/core/bookfootfall.h"
#include "reservation/core/bookstore.h"
#include "sandbox/core/sandboxfootfall.h"
#include "sandbox/core/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Moulin;

namespace {

const QTimeZone kParis("Europe/Paris");

/// The footfall model's bookings of `from`..`to` booked by `now`, into the book.
int fillBook(const SandboxFootfall& footfall, const QDate& from, const QDate& to, const QDateTime& now)
{
    QDateTime clock = now;
    BookStore store(ServiceCalendar(kParis), [&clock] { return clock; });
    QSqlDatabase db = Database::connection();
    int stored = 0;
    Database::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const SandboxFootfall::Party& p : footfall.bookings(day)) {
            const QDateTime bookedAt = QDateTime::fromMSecsSinceEpoch(p.bookedAtMs, QTimeZone::utc());
            if (bookedAt > now)
                continue;
            BookingRecord r;
            r.channel = QStringLiteral("thefork");
            r.externalId = QString::number(p.seed, 16);
            r.startsAt = QDateTime(day, QTime(p.arrivalMinutes / 60, p.arrivalMinutes % 60), kParis);
            r.partySize = p.size;
            r.version = 1;
            r.bookedAt = bookedAt;
            r.guest.name = QStringLiteral("Client ") + r.externalId;
            clock = bookedAt;
            QString error;
            if (!store.apply(db, r, &error)) {
                std::fprintf(stderr, "book: %s\n", qPrintable(error));
                continue;
            }
            ++stored;
            const QDateTime cancelledAt = QDateTime::fromMSecsSinceEpoch(p.cancelledAtMs, QTimeZone::utc());
            if (p.cancelledAtMs && cancelledAt <= now) {
                r.version = 2;
                r.status = BookingStatus::Cancelled;
                clock = cancelledAt;
                store.apply(db, r, &error);
            } else if (p.noShow && r.startsAt.addSecs(3 * 3600) <= now) {
                clock = r.startsAt.addSecs(3 * 3600);
                if (const auto b = store.find(db, r.channel, r.externalId))
                    store.setStatus(db, b->id, BookingStatus::NoShow, &error);
            }
        }
    }
    Database::exec(db, QStringLiteral("COMMIT"));
    return stored;
}

void print(const char* title, const BacktestFigures& f)
{
    static const char* const kMethods[] = {"full", "reduced", "minimal", "sparse"};
    std::printf("%s (%d origins, model of the last: %s, %.2f ms per forecast incl. reads)\n", title,
                f.origins, kMethods[int(f.method)], f.millisPerForecast);
    std::printf("  service   points   forecast MAPE   seasonal naive   book alone\n");
    static const char* const kServices[] = {"midi", "soir"};
    for (int s = 0; s < 2; ++s)
        std::printf("  %-7s   %6d   %12.1f %%   %12.1f %%   %8.1f %%\n", kServices[s], f.points[s],
                    f.forecastMape[s], f.naiveMape[s], f.bookMape[s]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Sandbox seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption weeksOption(QStringLiteral("weeks"),
                                         QStringLiteral("History weeks before the first origin."),
                                         QStringLiteral("W"), QStringLiteral("12"));
    const QCommandLineOption horizonOption(QStringLiteral("horizon"),
                                           QStringLiteral("Days forecast per origin."), QStringLiteral("H"),
                                           QStringLiteral("14"));
    parser.addOptions({seedOption, weeksOption, horizonOption});
    parser.process(app);
    const quint32 seed = parser.value(seedOption).toUInt();
    const int weeks = std::max(1, parser.value(weeksOption).toInt());
    const int horizon = std::max(1, parser.value(horizonOption).toInt());

    const QDateTime now(QDate(2026, 11, 30), QTime(10, 0), kParis);
    const QDate today = now.date();
    const QDate first = today.addDays(-7 * (8 + weeks));

    QTemporaryDir dir;
    if (!Database::openAndMigrate(QDir(dir.path()).filePath(QStringLiteral("forecast.sqlite"))).ok())
        return 2;
    SandboxServer server(seed);
    SandboxLightspeed* ls = SandboxLightspeed::of(&server);
    ls->setClock([now] { return now.toMSecsSinceEpoch(); });
    Bench::loadLightspeedReference(ls);

    QElapsedTimer timer;
    timer.start();
    {
        SalesStore store;
        LightspeedSalesReader reader;
        QSqlDatabase db = Database::connection();
        for (QDate d = first; d < today; d = d.addDays(1)) {
            Database::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
            QString error;
            reader.storeSales(store, db, ls->salesOfDay(d), nullptr, &error);
            Database::exec(db, QStringLiteral("COMMIT"));
        }
    }
    const qint64 tillMs = timer.restart();
    const SandboxFootfall footfall(seed, kParis);
    const int bookings = fillBook(footfall, first, today.addDays(60), now.toUTC());
    const qint64 bookMs = timer.elapsed();
    QSqlQuery count(Database::connection());
    count.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM pos_receipt), (SELECT sum(covers) FROM pos_receipt "
                       "WHERE counted = 1)"));
    count.next();
    std::printf("sandbox seed %u, now %s: till %s .. %s, %lld receipts, %lld covers (stored in %.1f s); "
                "%d bookings in the book (%.1f s)\n",
                seed, qPrintable(now.toString(Qt::ISODate)), qPrintable(first.toString(Qt::ISODate)),
                qPrintable(today.addDays(-1).toString(Qt::ISODate)), count.value(0).toLongLong(),
                count.value(1).toLongLong(), double(tillMs) / 1000.0, bookings, double(bookMs) / 1000.0);
    count = QSqlQuery();

    const auto history = std::make_shared<PosCoversHistory>(kParis);
    const auto book = std::make_shared<BookFootfall>();
    BacktestPlan plan;
    plan.firstOrigin = today.addDays(-56);
    plan.lastOrigin = today.addDays(-1);
    plan.horizonDays = horizon;

    const Forecaster forecaster(history, book);
    const BacktestFigures figures = backtest(forecaster, *history, plan);
    std::printf("\nrolling origin %s .. %s at 10:00, %d days ahead each\n",
                qPrintable(plan.firstOrigin.toString(Qt::ISODate)),
                qPrintable(plan.lastOrigin.toString(Qt::ISODate)), horizon);
    print("forecast, up to 12 weeks of history", figures);

    ForecastOptions twoWeeks;
    twoWeeks.maxHistoryWeeks = 2;
    const BacktestFigures short_ = backtest(Forecaster(history, book, twoWeeks), *history, plan);
    print("forecast, two weeks of history only", short_);

    // Four weeks from now: the whole call, then the sources' reads alone.
    double bestMs = 1e9, readsMs = 1e9;
    CoversForecast f;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        f = forecaster.forecast(now, 28);
        bestMs = std::min(bestMs, timer.nsecsElapsed() / 1e6);
        timer.restart();
        const auto covers = history->covers(today.addDays(-84), today.addDays(-1));
        const auto parties = book->bookings(today.addDays(-84), today.addDays(27), now.toUTC());
        readsMs = std::min(readsMs, timer.nsecsElapsed() / 1e6);
        if (covers.isEmpty() || parties.isEmpty())
            return 2;
    }
    std::printf("\nfour weeks from %s: %lld services x %d slots in %.1f ms, of which %.1f ms reading the "
                "sources (best of 5); %s\n",
                qPrintable(now.toString(Qt::ISODate)), qlonglong(f.services.size()), ServiceForecast::kSlots,
                bestMs, readsMs, qPrintable(f.summary()));

    bool ok = true;
    for (int s = 0; s < 2; ++s)
        ok = ok && figures.forecastMape[s] < figures.naiveMape[s] &&
             figures.forecastMape[s] < figures.bookMape[s];
    std::printf("\ntarget (forecast beats both baselines on both services): %s\n", ok ? "met" : "MISSED");
    Database::closeConnection();
    return ok ? 0 : 1;
}
