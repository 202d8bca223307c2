#include "monitoring/ui/connectionstatusmodel.h"
#include "monitoring/ui/integrationstab.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Moulin;

class TestIntegrationsTab : public QObject
{
    Q_OBJECT

    static QList<ConnectionStatus> sample()
    {
        ConnectionStatus pos;
        pos.connectorId = QStringLiteral("lightspeed");
        pos.displayName = QStringLiteral("Lightspeed Restaurant (K-Series)");
        pos.state = ConnectionState::Online;
        pos.breaker = BreakerPosition::Closed;
        pos.lastSyncAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
        ConnectionStatus fork;
        fork.connectorId = QStringLiteral("thefork");
        fork.displayName = QStringLiteral("TheFork");
        fork.state = ConnectionState::Degraded;
        fork.breaker = BreakerPosition::Open;
        fork.lastError = QStringLiteral("HTTP 503");
        return {pos, fork};
    }

private Q_SLOTS:
    void modelIsSound()
    {
        ConnectionStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatuses(sample());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ConnectionStatusModel::ColumnCount));
        QCOMPARE(model.index(1, ConnectionStatusModel::Breaker).data().toString(),
                 ConnectionStatusModel::breakerText(BreakerPosition::Open));
        QCOMPARE(model.index(1, ConnectionStatusModel::LastError).data().toString(),
                 QStringLiteral("HTTP 503"));
        QCOMPARE(model.index(1, ConnectionStatusModel::LastSync).data().toString(),
                 ConnectionStatusModel::tr("never"));
        QVERIFY(
            model.index(0, ConnectionStatusModel::LastSync).data().toString().contains(QStringLiteral("26")));
        model.setStatuses({});
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyStateThenTable()
    {
        IntegrationsTab tab;
        tab.resize(900, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto* table = tab.findChild<QTableView*>(QStringLiteral("connectionsTable"));
        QVERIFY(table);
        QVERIFY(!table->isVisible());
        tab.setStatuses(sample());
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void syncButtons()
    {
        IntegrationsTab tab;
        tab.setStatuses(sample());
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy spy(&tab, &IntegrationsTab::syncNowRequested);
        auto* table = tab.findChild<QTableView*>(QStringLiteral("connectionsTable"));
        QPushButton* syncSelected = nullptr;
        QPushButton* syncAll = nullptr;
        const auto buttons = tab.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text().contains(QStringLiteral("selected")))
                syncSelected = b;
            if (b->text().contains(QStringLiteral("all")))
                syncAll = b;
        }
        QVERIFY(syncSelected && syncAll);
        QVERIFY(!syncSelected->isEnabled());
        table->selectRow(1);
        QVERIFY(syncSelected->isEnabled());
        QTest::mouseClick(syncSelected, Qt::LeftButton);
        QTest::mouseClick(syncAll, Qt::LeftButton);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("thefork"));
        QCOMPARE(spy.at(1).at(0).toString(), QString());
        QPushButton* signIn = nullptr;
        for (QPushButton* b : buttons) {
            if (b->text().contains(QStringLiteral("Sign")))
                signIn = b;
        }
        QVERIFY(signIn && signIn->isEnabled());
        QSignalSpy authorize(&tab, &IntegrationsTab::authorizeRequested);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(authorize.size(), 1);
        QCOMPARE(authorize.at(0).at(0).toString(), QStringLiteral("thefork"));
        // Selection survives a refresh.
        tab.setStatuses(sample());
        QVERIFY(syncSelected->isEnabled());
    }
};

QTEST_MAIN(TestIntegrationsTab)
#include "tst_integrationstab.moc"
