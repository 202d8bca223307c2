// Late deliveries without a window: `moulin --sync-now` (a scheduled job) on
// the demo restaurant whose METRO order was due two days ago and never
// received. Once the supplier's feeds ran, the real binary flags it late in
// the store and logs it under moulin.suppliers.deliveries, once.
#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "programsupport.h"
#include "supplierfixtures.h"
#include "suppliers/core/deliveryschedule.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Moulin;

class TestAppLateDeliveries : public QObject
{
    Q_OBJECT

    using Run = Test::ProgramRun;

    static QString logText(const QString& dir)
    {
        QString text;
        const QDir logs(QDir(dir).filePath(QStringLiteral("logs")));
        for (const QString& name : logs.entryList(QDir::Files, QDir::Name)) {
            QFile f(logs.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(f.readAll());
        }
        return text;
    }

private Q_SLOTS:
    void syncNowRaisesALateDelivery()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("app-late-deliveries"));
        AppPaths::setDataDir(dir);
        AppPaths::setDemoDatabase(true);
        Order order = Test::metroOrder();
        const QDate today = QDate::currentDate();
        order.id = OrderIdentity::makeOrderId(today.addDays(-4), 7);
        order.issueDate = today.addDays(-4);
        order.deliveryDate = today.addDays(-2);
        order.validUntil = today.addDays(-3);
        {
            const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QSqlDatabase db = Database::connection();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString error;
            QVERIFY2(SupplierStore::upsertSupplier(db, Test::metro(), QStringLiteral("metro"), now, &error),
                     qPrintable(error));
            QVERIFY2(SupplierStore::insertOrder(db, order, QStringLiteral("metro"),
                                                UblOrderWriter::write(order), now.addDays(-4), &error),
                     qPrintable(error));
            QCOMPARE(DeliverySchedule::late(db, today).size(), 1);
            Database::closeConnection();
        }

        const Run r = Test::runHeadless(QStringLiteral(MOULIN_BINARY),
                                        {QStringLiteral("--sync-now"), QStringLiteral("--demo"),
                                         QStringLiteral("--connector"), QStringLiteral("metro"),
                                         QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--data-dir"), dir},
                                        180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("metro/catalogue: OK")), qPrintable(r.out));
        const QString log = logText(dir);
        const QString lateLine =
            QStringLiteral("moulin.suppliers.deliveries: late delivery: metro-nanterre ") + order.id;
        QVERIFY2(log.contains(lateLine), qPrintable(log.right(4000)));
        QCOMPARE(log.count(lateLine), 1); // raised once, though every feed ran a check
        QVERIFY2(
            log.contains(QStringLiteral("moulin.suppliers.deliveries: late deliveries checked after metro/")),
            qPrintable(log.right(4000)));

        // Flagged in the store: nothing left to raise.
        AppPaths::setDataDir(dir);
        AppPaths::setDemoDatabase(true);
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QSqlDatabase db = Database::connection();
        QList<ScheduledDelivery> raised;
        QString error;
        QVERIFY(Database::transaction(
            db,
            [&](QString* e) {
                return DeliverySchedule::evaluate(db, today, QDateTime::currentDateTimeUtc(), &raised, e);
            },
            &error));
        QVERIFY(raised.isEmpty());
        QCOMPARE(DeliverySchedule::late(db, today).size(), 1);
        Database::closeConnection();
    }
};

QTEST_MAIN(TestAppLateDeliveries)
#include "tst_applatedeliveries.moc"
