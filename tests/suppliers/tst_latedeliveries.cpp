// Late deliveries of the METRO order (requested for Wednesday 9 December
// 2026), judged on fixed days: late by date, late by a Despatch Advice
// announcing a later day, raised once, and no longer late once received.

#include "receivingfixtures.h"
#include "suppliers/core/deliveryschedule.h"
#include "suppliers/core/receiving.h"

using namespace Moulin;
using Test::dec;

namespace {

const QDate kRequested(2026, 12, 9);

QList<ScheduledDelivery> lateOn(const QDate& today)
{
    QSqlDatabase db = Database::connection();
    return DeliverySchedule::late(db, today);
}

QList<ScheduledDelivery> evaluate(const QDate& today)
{
    QSqlDatabase db = Database::connection();
    QList<ScheduledDelivery> raised;
    QString error;
    if (!Database::transaction(
            db,
            [&](QString* e) {
                return DeliverySchedule::evaluate(db, today, QDateTime(today, QTime(8, 0), Qt::UTC), &raised,
                                                  e);
            },
            &error))
        Test::fail(error);
    return raised;
}

void receive(const QString& despatchId, const QDate& day)
{
    QSqlDatabase db = Database::connection();
    QString error;
    const std::optional<Receipt> r = Receiving::draft(db, QStringLiteral("metro-nanterre"),
                                                      Test::metroOrder().id, despatchId, day, &error);
    if (!r) {
        Test::fail(error);
        return;
    }
    if (!Database::transaction(
            db, [&](QString* e) { return Receiving::save(db, *r, Test::receivingNow(), nullptr, e); },
            &error))
        Test::fail(error);
}

} // namespace

class TestLateDeliveries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_latedeliveries-") +
                                         QString::fromLatin1(QTest::currentTestFunction())));
    }

    void lateByDate()
    {
        // No advice yet: on the requested day it is still coming.
        QVERIFY(lateOn(kRequested).isEmpty());
        QVERIFY(evaluate(kRequested).isEmpty());
        QSqlDatabase db = Database::connection();
        const QList<ScheduledDelivery> day =
            DeliverySchedule::between(db, kRequested, kRequested, kRequested);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().state, DeliveryState::Upcoming);
        QCOMPARE(day.first().supplierName, QStringLiteral("METRO France SAS"));
        QVERIFY(day.first().despatchId.isEmpty());
        QCOMPARE(day.first().lines, 10);

        // The day after, nothing came: late, raised once.
        const QDate next = kRequested.addDays(1);
        const QList<ScheduledDelivery> late = lateOn(next);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().lateReason, LateReason::Overdue);
        QCOMPARE(late.first().day, kRequested);
        const QList<ScheduledDelivery> raised = evaluate(next);
        QCOMPARE(raised.size(), 1);
        QVERIFY2(DeliverySchedule::describe(raised.first()).contains(QStringLiteral("09/12")),
                 qPrintable(DeliverySchedule::describe(raised.first())));
        QVERIFY(evaluate(next).isEmpty());
        QVERIFY(evaluate(next.addDays(1)).isEmpty());
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT reason FROM supplier_late_delivery WHERE cleared_at IS NULL"))
                .toString(),
            QStringLiteral("overdue"));

        // Two weeks on it is no longer raised (the calendar still shows it late).
        const QDate later = kRequested.addDays(DeliverySchedule::kLateLookbackDays + 1);
        QVERIFY(lateOn(later).isEmpty());
        QVERIFY(evaluate(later).isEmpty());
        QCOMPARE(Test::scalar(
                     QStringLiteral("SELECT COUNT(*) FROM supplier_late_delivery WHERE cleared_at IS NULL"))
                     .toInt(),
                 0);
        const QList<ScheduledDelivery> old = DeliverySchedule::between(db, kRequested, kRequested, later);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().state, DeliveryState::Late);
    }

    void notLateWhenDeliveredOtherwise()
    {
        // An order marked delivered without a receipt here is not late.
        QVERIFY(Test::exec(QStringLiteral("UPDATE supplier_order SET status = 'delivered'")));
        QVERIFY(lateOn(kRequested.addDays(2)).isEmpty());
        // Nor an announced delivery the connector marked received.
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_latedeliveries-markReceived")));
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested)));
        QCOMPARE(lateOn(kRequested.addDays(2)).size(), 1);
        {
            QSqlDatabase db = Database::connection();
            QString error;
            QVERIFY2(SupplierStore::markReceived(db, QStringLiteral("metro-nanterre"), QStringLiteral("DA-1"),
                                                 kRequested, Test::receivingNow(), &error),
                     qPrintable(error));
        }
        QVERIFY(lateOn(kRequested.addDays(2)).isEmpty());
    }

    void lateByAdvice()
    {
        // Announced for Thursday when Wednesday was asked: late before the day comes.
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested.addDays(1))));
        const QDate monday(2026, 12, 7);
        const QList<ScheduledDelivery> late = lateOn(monday);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().lateReason, LateReason::Announced);
        QCOMPARE(late.first().despatchId, QStringLiteral("DA-1"));
        QCOMPARE(late.first().day, kRequested.addDays(1));
        QCOMPARE(evaluate(monday).size(), 1);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT late FROM supplier_delivery WHERE despatch_id = 'DA-1'"))
                     .toInt(),
                 1);

        // An advice on the requested day is not late.
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_latedeliveries-onTime")));
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested, dec("1"))));
        QVERIFY(lateOn(monday).isEmpty());
        QVERIFY(evaluate(monday).isEmpty());
        QSqlDatabase db = Database::connection();
        const QList<ScheduledDelivery> day = DeliverySchedule::between(db, kRequested, kRequested, monday);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().state, DeliveryState::Partial); // announced partial
        QCOMPARE(Test::scalar(QStringLiteral("SELECT late FROM supplier_delivery WHERE despatch_id = 'DA-1'"))
                     .toInt(),
                 0);
    }

    void notLateOnceReceived()
    {
        const QDate friday = kRequested.addDays(2);
        QCOMPARE(evaluate(friday).size(), 1);
        receive({}, QDate(2026, 12, 11));
        QVERIFY(lateOn(friday).isEmpty());
        QVERIFY(evaluate(friday).isEmpty());
        QCOMPARE(Test::scalar(
                     QStringLiteral("SELECT COUNT(*) FROM supplier_late_delivery WHERE cleared_at IS NULL"))
                     .toInt(),
                 0);
        {
            QSqlDatabase db = Database::connection();
            const QList<ScheduledDelivery> all = DeliverySchedule::between(db, kRequested, friday, friday);
            QCOMPARE(all.size(), 1);
            QCOMPARE(all.first().state, DeliveryState::Received);
            QCOMPARE(all.first().day, QDate(2026, 12, 11));
            QVERIFY(all.first().arrivedLate);
        }

        // An announced delivery received: not late, its delivery carries the day.
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_latedeliveries-advice")));
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested)));
        QCOMPARE(evaluate(friday).size(), 1);
        receive(QStringLiteral("DA-1"), kRequested);
        QVERIFY(lateOn(friday).isEmpty());
        QVERIFY(evaluate(friday).isEmpty());
        QSqlDatabase db = Database::connection();
        const QList<ScheduledDelivery> advice = DeliverySchedule::between(db, kRequested, kRequested, friday);
        QCOMPARE(advice.size(), 1);
        QCOMPARE(advice.first().state, DeliveryState::Received);
        QVERIFY(!advice.first().arrivedLate);
    }
};

QTEST_GUILESS_MAIN(TestLateDeliveries)
#include "tst_latedeliveries.moc"
