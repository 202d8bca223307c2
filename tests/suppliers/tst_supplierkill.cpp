// Moulin killed (SIGKILL, no clean-up) while an order is on its way to the
// supplier, which has stored it and not answered yet: at the next start the
// outbox sends the same bytes with the same idempotency key, the supplier
// answers its first answer, and there is exactly one order at the supplier.
// The child (tst_supplier_child) is the Moulin; this process runs the
// sandbox's suppliers.

#include "common/core/database.h"
#include "common/sync/outbox.h"
#include "sandbox/core/sandboxserver.h"
#include "suppliers/connectors/peppol/sandboxsuppliers.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/core/supplierstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Moulin;

class TestSupplierKill : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxSuppliers* m_sandbox = nullptr;
    QString m_child;
    QString m_dbPath;

    struct ChildRun
    {
        bool killed = false;
        int exitCode = -1;
        QStringList lines;
    };

    ChildRun runChild(const QString& mode, const std::function<bool()>& killNow = {})
    {
        ChildRun run;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QUrl api =
            m_server->baseUrl().resolved(QUrl(SandboxSuppliers::basePath(QStringLiteral("metro"))));
        child.start(m_child, {mode, m_dbPath, api.toString()});
        if (!child.waitForStarted(30000))
            return run;
        QElapsedTimer clock;
        clock.start();
        while (child.state() != QProcess::NotRunning && clock.elapsed() < 45'000) {
            QTest::qWait(2);
            if (!run.killed && killNow && killNow()) {
                child.kill();
                child.waitForFinished(5000);
                run.killed = true;
            }
        }
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(5000);
        } else if (!run.killed && child.exitStatus() == QProcess::NormalExit) {
            run.exitCode = child.exitCode();
        }
        run.lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_child = qEnvironmentVariable("MOULIN_SUPPLIER_CHILD");
        QVERIFY2(!m_child.isEmpty(), "MOULIN_SUPPLIER_CHILD is not set");
        registerSupplierConnectors();
        m_server = std::make_unique<SandboxServer>(41);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_sandbox = SandboxSuppliers::of(m_server.get());
        m_dbPath = Test::freshDataDir(QStringLiteral("supplier-kill")) + QStringLiteral("/moulin.sqlite");
    }

    void killedMidSendLeavesExactlyOneOrder()
    {
        // The supplier stores the order at once and answers 10 s later: the
        // child is killed in between.
        FaultPlan slow;
        slow.pathPrefix = SandboxSuppliers::basePath(QStringLiteral("metro")) + QStringLiteral("orders");
        slow.latencyMs = 10000;
        m_server->setFaultPlan(slow);
        const ChildRun first =
            runChild(QStringLiteral("place"), [this] { return m_sandbox->orders().size() == 1; });
        QVERIFY(first.killed);
        QCOMPARE(m_sandbox->orders().size(), 1);
        QCOMPARE(m_sandbox->orderPosts(), 1);

        m_server->clearFaults();
        const ChildRun second = runChild(QStringLiteral("resume"));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.lines.contains(QStringLiteral("confirmed")), qPrintable(second.lines.join(u'|')));
        QCOMPARE(m_sandbox->orders().size(), 1); // the resend was recognised
        QCOMPARE(m_sandbox->orderPosts(), 2);

        const DatabaseOpenResult opened = Database::openAndMigrate(m_dbPath);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QSqlDatabase db = Database::connection();
        const QList<StoredOrder> orders = SupplierStore::orders(db);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).idempotencyKey, m_sandbox->orders().at(0).idempotencyKey);
        QCOMPARE(orders.at(0).ubl, m_sandbox->orders().at(0).ubl);
        QCOMPARE(Outbox::stateOf(db, orders.at(0).idempotencyKey),
                 std::optional(OutboxItem::State::Confirmed));
        Database::closeConnection();
    }
};

QTEST_GUILESS_MAIN(TestSupplierKill)
#include "tst_supplierkill.moc"
