// The sandbox tells one story: the Lightspeed emulation's covers per day and
// service are the footfall model's parties that came, the booked ones among
// them what the booking channels hold (within their capacity; the restaurant
// closed on Mondays and Sunday evenings), with realistic lead times, cancellations and
// no-shows; the model is a pure function of the seed.

#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "sandbox/core/sandboxfootfall.h"
#include "sandbox/core/sandboxserver.h"

#include <QJsonObject>
#include <QTest>

using namespace Moulin;

class TestSandboxFootfall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tillCoversAreTheFootfallsParties()
    {
        SandboxServer server(5);
        SandboxLightspeed* ls = SandboxLightspeed::of(&server);
        const QDateTime now(QDate(2026, 7, 20), QTime(9, 0), QTimeZone::utc());
        ls->setClock([now] { return now.toMSecsSinceEpoch(); });
        const SandboxFootfall footfall(5);
        int days = 0;
        for (QDate day(2026, 7, 6); day < now.date(); day = day.addDays(1), ++days) {
            int covers[2] = {0, 0};
            for (const QJsonObject& sale : ls->salesOfDay(day)) {
                if (sale.value(QLatin1String("type")).toString() != QLatin1String("SALE") ||
                    sale.value(QLatin1String("cancelled")).toBool())
                    continue;
                const QDateTime closed =
                    QDateTime::fromString(sale.value(QLatin1String("timeClosed")).toString(),
                                          Qt::ISODateWithMs)
                        .toTimeZone(QTimeZone("Europe/Paris"));
                covers[closed.time().hour() < 16 ? 0 : 1] += sale.value(QLatin1String("nbCovers")).toInt();
            }
            for (int s = 0; s < 2; ++s) {
                const SandboxFootfall::Service service = footfall.service(day, s);
                // Closed on Mondays and Sunday evenings: no sale then.
                QCOMPARE(service.open,
                         day.dayOfWeek() != Qt::Monday && !(day.dayOfWeek() == Qt::Sunday && s == 1));
                QVERIFY(service.open ? service.covers() > 10 : service.parties.isEmpty());
                QCOMPARE(covers[s], service.covers());
            }
        }
        QCOMPARE(days, 14);
        // 14 July: the Fête nationale's ×1.5 against the Tuesday after.
        QVERIFY(footfall.demand(QDate(2026, 7, 14), 0) > 1.4 * footfall.demand(QDate(2026, 7, 21), 0));
        // Christmas: closed, no sale with covers.
        QVERIFY(!footfall.service(QDate(2026, 12, 25), 0).open);
        QCOMPARE(footfall.service(QDate(2026, 12, 25), 1).parties.size(), 0);
    }

    void bookingsTellTheSameStory()
    {
        const SandboxFootfall footfall(9);
        int booked = 0, cancelled = 0, noShows = 0, sameDay = 0, overTwoWeeks = 0;
        for (QDate day(2026, 3, 2); day < QDate(2026, 5, 25); day = day.addDays(1)) {
            for (int s = 0; s < 2; ++s) {
                const SandboxFootfall::Service service = footfall.service(day, s);
                int bookedCovers = 0;
                for (const SandboxFootfall::Party& p : service.parties) {
                    if (!p.booked)
                        continue;
                    QVERIFY(SandboxFootfall::takesBookings(day, s));
                    const qint64 meal = QDateTime(day, QTime(p.arrivalMinutes / 60, p.arrivalMinutes % 60),
                                                  footfall.timeZone())
                                            .toMSecsSinceEpoch();
                    QVERIFY(p.bookedAtMs < meal);
                    if (p.cancelledAtMs) {
                        QVERIFY(p.cancelledAtMs >= p.bookedAtMs && p.cancelledAtMs < meal);
                        ++cancelled;
                        continue;
                    }
                    if (p.noShow) {
                        ++noShows;
                        continue;
                    }
                    ++booked;
                    bookedCovers += p.size;
                    sameDay += meal - p.bookedAtMs < 12 * 3'600'000LL ? 1 : 0;
                    overTwoWeeks += meal - p.bookedAtMs > 15 * 86'400'000LL ? 1 : 0;
                }
                QCOMPARE(bookedCovers, service.bookedCovers());
                QVERIFY(bookedCovers <= SandboxFootfall::bookingCapacity(s));
                QVERIFY(bookedCovers < service.covers() || service.covers() == 0);
            }
        }
        QVERIFY(booked > 1000);
        QVERIFY2(cancelled > booked / 20 && cancelled < booked / 5, qPrintable(QString::number(cancelled)));
        QVERIFY(noShows > booked / 50 && noShows < booked / 10);
        QVERIFY(sameDay > booked / 10);
        QVERIFY(overTwoWeeks > booked / 20);
        // The platforms' list is the booked parties, both services.
        QCOMPARE(footfall.bookings(QDate(2026, 3, 13)).size(), [&] {
            int n = 0;
            for (int s = 0; s < 2; ++s) {
                for (const auto& p : footfall.service(QDate(2026, 3, 13), s).parties)
                    n += p.booked ? 1 : 0;
            }
            return n;
        }());
        QVERIFY(footfall.bookings(QDate(2026, 3, 16)).isEmpty()); // a Monday

        // Each platform its share of the bookings (TheFork 45 %, OpenTable 20,
        // Resy 10, phone and site 25), the same answer every time.
        int byChannel[4] = {};
        int all = 0;
        for (QDate day(2026, 3, 2); day < QDate(2026, 5, 25); day = day.addDays(1)) {
            for (const SandboxFootfall::Party& p : footfall.bookings(day)) {
                const int c = SandboxFootfall::channelOf(p, {45, 20, 10, 25});
                QCOMPARE(SandboxFootfall::channelOf(p, {45, 20, 10, 25}), c);
                ++byChannel[c];
                ++all;
            }
        }
        const int expected[4] = {45, 20, 10, 25};
        for (int c = 0; c < 4; ++c)
            QVERIFY2(qAbs(100.0 * byChannel[c] / all - expected[c]) < 3.0,
                     qPrintable(QString::number(byChannel[c])));
    }

    void bookedCoversFillUpAsTheDayNears()
    {
        // A Saturday evening: on the books a month ahead, a week ahead, the
        // morning itself; afterwards, the booked covers that came plus the
        // no-shows (the cancelled ones gone).
        const SandboxFootfall footfall(2);
        const QDate saturday(2026, 10, 10);
        auto at = [&](int daysBefore, int hour) {
            return QDateTime(saturday.addDays(-daysBefore), QTime(hour, 0), footfall.timeZone())
                .toMSecsSinceEpoch();
        };
        const int monthAhead = footfall.bookedCovers(saturday, 1, at(30, 10));
        const int weekAhead = footfall.bookedCovers(saturday, 1, at(7, 10));
        const int morning = footfall.bookedCovers(saturday, 1, at(0, 10));
        const int after = footfall.bookedCovers(saturday, 1, at(-1, 10));
        QVERIFY2(
            monthAhead < weekAhead && weekAhead < morning && morning <= after,
            qPrintable(QStringLiteral("%1 %2 %3 %4").arg(monthAhead).arg(weekAhead).arg(morning).arg(after)));
        int noShows = 0;
        for (const SandboxFootfall::Party& p : footfall.service(saturday, 1).parties)
            noShows += p.noShow ? p.size : 0;
        QCOMPARE(after, footfall.service(saturday, 1).bookedCovers() + noShows);
        QVERIFY(after >= SandboxFootfall::bookingCapacity(1) - 10);             // a Saturday evening books up
        QCOMPARE(footfall.bookedCovers(saturday.addDays(2), 1, at(-3, 10)), 0); // Monday: no bookings
    }

    void pureFunctionOfTheSeed()
    {
        const SandboxFootfall a(3), b(3), c(4);
        const QDate day(2026, 10, 9);
        QCOMPARE(a.service(day, 1).covers(), b.service(day, 1).covers());
        QCOMPARE(a.service(day, 1).parties.size(), b.service(day, 1).parties.size());
        QCOMPARE(a.service(day, 1).parties.first().bookedAtMs, b.service(day, 1).parties.first().bookedAtMs);
        int differ = 0;
        for (int d = 0; d < 10; ++d)
            differ += a.service(day.addDays(d), 0).covers() != c.service(day.addDays(d), 0).covers() ? 1 : 0;
        QVERIFY(differ > 5);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFootfall)
#include "tst_sandboxfootfall.moc"
