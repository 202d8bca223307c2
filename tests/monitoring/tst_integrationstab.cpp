#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "monitoring/ui/alertrulesdialog.h"
#include "monitoring/ui/connectiondetail.h"
#include "monitoring/ui/connectionstatusmodel.h"
#include "monitoring/ui/integrationstab.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

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
        QVERIFY(syncSelected->isEnabled()); // the first connection is selected at once
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

    /// The latency line of the detail's chart, and whether it and its axis
    /// (on the right) show.
    static bool latencyShown(ConnectionDetail* detail)
    {
        auto* view = detail->findChild<QChartView*>(QStringLiteral("connectionHistoryChart"));
        if (!view)
            return false;
        QLineSeries* line = nullptr;
        const auto series = view->chart()->series();
        for (QAbstractSeries* s : series) {
            if (auto* l = qobject_cast<QLineSeries*>(s))
                line = l;
        }
        if (!line)
            return false;
        bool axisShown = false;
        const auto axes = view->chart()->axes(Qt::Vertical, line);
        for (QAbstractAxis* axis : axes)
            axisShown = axisShown || axis->isVisible();
        bool marker = false;
        const auto markers = view->chart()->legend()->markers(line);
        for (QLegendMarker* m : markers)
            marker = marker || m->isVisible();
        if (line->isVisible() != axisShown || axisShown != marker)
            qWarning("the latency line, its axis and its legend disagree");
        return line->isVisible() && axisShown && marker;
    }

    // A push connection (the booking site's webhook) next to a polled one:
    // selected, it offers no "Sync selected" (disabled, the tooltip says
    // why) and its chart has no latency line or axis; back on the polled
    // one, both return.
    void pushConnectionHasNoSyncNorLatency()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("integrations-push"));
        AppPaths::setDataDir(dir);
        QVERIFY(Database::openAndMigrate(QDir(dir).filePath(QStringLiteral("moulin.sqlite"))).ok());
        QList<ConnectionStatus> statuses = sample();
        ConnectionStatus site;
        site.connectorId = QStringLiteral("website");
        site.displayName = QStringLiteral("Site de réservation");
        site.pushOnly = true;
        site.state = ConnectionState::Online;
        site.receiverAddress = QStringLiteral("127.0.0.1:8787");
        statuses.append(site);

        IntegrationsTab tab;
        tab.resize(1100, 700);
        tab.setStatuses(statuses);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QPushButton* syncSelected = nullptr;
        QPushButton* signIn = nullptr;
        const auto buttons = tab.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text().contains(QStringLiteral("selected")))
                syncSelected = b;
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Sign in")))
                signIn = b;
        }
        QVERIFY(syncSelected && signIn);
        ConnectionDetail* detail = tab.detail();
        QCOMPARE(detail->connectorId(), QStringLiteral("lightspeed"));
        QVERIFY(syncSelected->isEnabled());
        QVERIFY(signIn->isEnabled());
        QVERIFY(latencyShown(detail));
        const QString latencyFigure = detail->figure(ConnectionDetail::Latency);
        QVERIFY2(latencyFigure.contains(QStringLiteral(" / ")), qPrintable(latencyFigure)); // median / 95 %
        const QString polledTip = syncSelected->toolTip();
        const QString signInTip = signIn->toolTip();

        tab.selectConnector(QStringLiteral("website"));
        QCOMPARE(detail->connectorId(), QStringLiteral("website"));
        QVERIFY(!syncSelected->isEnabled());
        QVERIFY2(syncSelected->toolTip().contains(QStringLiteral("pushes its events")),
                 qPrintable(syncSelected->toolTip()));
        QVERIFY(syncSelected->toolTip() != polledTip);
        QVERIFY(!latencyShown(detail));
        // No account to sign in to, and no latency: it reads as not
        // applicable, not as a figure or a bare dash.
        QVERIFY(!signIn->isEnabled());
        QVERIFY2(signIn->toolTip().contains(QStringLiteral("no account to sign in to")),
                 qPrintable(signIn->toolTip()));
        QCOMPARE(detail->figure(ConnectionDetail::Latency),
                 QStringLiteral("Not applicable (events pushed to Moulin)"));
        QSignalSpy spy(&tab, &IntegrationsTab::syncNowRequested);
        QTest::mouseClick(syncSelected, Qt::LeftButton);
        QCOMPARE(spy.size(), 0);
        QSignalSpy signInSpy(&tab, &IntegrationsTab::authorizeRequested);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(signInSpy.size(), 0);
        // Still so after a refresh of the statuses.
        tab.setStatuses(statuses);
        QCOMPARE(detail->connectorId(), QStringLiteral("website"));
        QVERIFY(!syncSelected->isEnabled());
        QVERIFY(!signIn->isEnabled());
        QVERIFY(!latencyShown(detail));

        tab.selectConnector(QStringLiteral("thefork"));
        QVERIFY(syncSelected->isEnabled());
        QCOMPARE(syncSelected->toolTip(), polledTip);
        QVERIFY(signIn->isEnabled());
        QCOMPARE(signIn->toolTip(), signInTip);
        QVERIFY(latencyShown(detail));
        QVERIFY(detail->figure(ConnectionDetail::Latency).contains(QStringLiteral(" / ")));
        Database::closeConnection();
    }

    void alertRulesDialogEditsTheRules()
    {
        AlertRules rules;
        rules.noSuccessMinutes = 0; // off
        rules.errorRatePercent = 40;
        rules.minRequests = 5;
        rules.breakerOpen = false;
        AlertRulesDialog dialog(rules);
        QCOMPARE(dialog.rules(), rules);
        auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("noSuccessMinutes"));
        auto* percent = dialog.findChild<QSpinBox*>(QStringLiteral("errorRatePercent"));
        QVERIFY(minutes && percent);
        QVERIFY(!minutes->isEnabled()); // its rule is off
        QVERIFY(percent->isEnabled());
        // Turn the "no success" rule on at 90 min, the rate to 10 %.
        QCheckBox* noSuccess = nullptr;
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            if (box->text() == AlertRulesDialog::tr("No successful synchronisation for"))
                noSuccess = box;
        }
        QVERIFY(noSuccess);
        noSuccess->setChecked(true);
        QVERIFY(minutes->isEnabled());
        minutes->setValue(90);
        percent->setValue(10);
        AlertRules expected = rules;
        expected.noSuccessMinutes = 90;
        expected.errorRatePercent = 10;
        QCOMPARE(dialog.rules(), expected);
    }

    // What a connection holds back for the user (its open quarantine: here a
    // deletion Brevo refused) is listed with it; a settled row or another
    // connection's is not.
    void heldBackRecordsAreListed()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("integrations-held"));
        AppPaths::setDataDir(dir);
        QVERIFY(Database::openAndMigrate(QDir(dir).filePath(QStringLiteral("moulin.sqlite"))).ok());
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QSqlDatabase db = Database::connection();
        QString error;
        const QString reason =
            QStringLiteral("Brevo refused the deletion of the contact a@exemple.fr (HTTP 405)");
        QVERIFY2(Quarantine::hold(db,
                                  {QStringLiteral("brevo"), QStringLiteral("contacts"),
                                   QStringLiteral("erasure:1"), QStringLiteral("erasure_refused"), reason,
                                   QByteArrayLiteral("{}")},
                                  now.addSecs(-60), &error),
                 qPrintable(error));
        QVERIFY2(Quarantine::hold(db,
                                  {QStringLiteral("brevo"), QStringLiteral("contacts"), QStringLiteral("7"),
                                   QStringLiteral("malformed_contact"), QStringLiteral("settled"),
                                   QByteArrayLiteral("{}")},
                                  now.addSecs(-120), &error),
                 qPrintable(error));
        int resolved = 0;
        QVERIFY2(
            Quarantine::resolve(db, QStringLiteral("brevo"), {QStringLiteral("7")}, now, &resolved, &error),
            qPrintable(error));
        QCOMPARE(resolved, 1);
        QVERIFY2(Quarantine::hold(db,
                                  {QStringLiteral("lightspeed"), QStringLiteral("transactions"),
                                   QStringLiteral("9"), QStringLiteral("malformed_sale"),
                                   QStringLiteral("elsewhere"), QByteArrayLiteral("{}")},
                                  now, &error),
                 qPrintable(error));

        ConnectionDetail detail;
        detail.resize(900, 500);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        ConnectionStatus brevo;
        brevo.connectorId = QStringLiteral("brevo");
        brevo.displayName = QStringLiteral("Brevo");
        detail.showConnection(brevo, db, now);
        QCOMPARE(detail.heldRows(), 1);
        auto* view = detail.findChild<QTableView*>(QStringLiteral("heldBack"));
        QVERIFY(view);
        QCOMPARE(view->model()->index(0, 2).data().toString(), reason);
        auto* tabs = detail.findChild<QTabWidget*>();
        QVERIFY(tabs);
        const int index = tabs->indexOf(view);
        QVERIFY(tabs->isTabVisible(index));
        QVERIFY(tabs->tabText(index).contains(QLatin1Char('1')));

        // A connection with nothing held back: no such tab.
        ConnectionStatus other;
        other.connectorId = QStringLiteral("thefork");
        detail.showConnection(other, db, now);
        QCOMPARE(detail.heldRows(), 0);
        QVERIFY(!tabs->isTabVisible(index));
        Database::closeConnection();
    }

    void dashboardAndAlerts()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("integrations-dashboard"));
        AppPaths::setDataDir(dir);
        QVERIFY(Database::openAndMigrate(QDir(dir).filePath(QStringLiteral("moulin.sqlite"))).ok());
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        {
            // Lightspeed's last 24 hours: 10 answered requests (100..1000 ms)
            // and 2 failures, a request 25 hours ago (outside), two runs.
            QSqlQuery q(Database::connection());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO operation_log(at, connector, feed, method, path, "
                                             "status, latency_ms, attempt) VALUES (?, 'lightspeed', "
                                             "'transactions', 'GET', '/f/v2/sales', ?, ?, 1)")));
            auto add = [&q](const QDateTime& at, int status, int ms) {
                q.addBindValue(at.toString(Qt::ISODate));
                q.addBindValue(status);
                q.addBindValue(ms);
                return q.exec();
            };
            for (int i = 1; i <= 10; ++i)
                QVERIFY(add(now.addSecs(-i * 600), 200, i * 100));
            QVERIFY(add(now.addSecs(-300), 503, 40));
            QVERIFY(add(now.addSecs(-3 * 3600), 0, 15000));
            QVERIFY(add(now.addSecs(-25 * 3600), 200, 100));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sync_run(connector, feed, started_at, finished_at, records, pages, ok, error) "
                "VALUES ('lightspeed', 'transactions', '2026-11-26T09:00:00Z', '2026-11-26T09:00:04Z', 420, "
                "5, 1, NULL), ('lightspeed', 'transactions', '2026-11-26T11:55:00Z', "
                "'2026-11-26T11:55:01Z', 0, 0, 0, 'HTTP 503')")));
        }

        IntegrationsTab tab;
        tab.setClock([now] { return now; });
        tab.resize(1100, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy raised(&tab, &IntegrationsTab::alertRaised);
        QSignalSpy changed(&tab, &IntegrationsTab::alertsChanged);
        QList<ConnectionStatus> statuses = sample();
        statuses[0].lastSuccessAt = now.addSecs(-3 * 3600); // 3 h without success
        tab.setStatuses(statuses);
        tab.refreshNow();

        // The first connection is shown: its figures over the last 24 h.
        ConnectionDetail* detail = tab.detail();
        QCOMPARE(detail->connectorId(), QStringLiteral("lightspeed"));
        QCOMPARE(detail->metrics().requests, 12);
        QCOMPARE(detail->metrics().failures, 2);
        QCOMPARE(detail->metrics().runs, 2);
        QCOMPARE(detail->metrics().failedRuns, 1);
        QCOMPARE(detail->metrics().records, 420);
        QCOMPARE(detail->figure(ConnectionDetail::Requests), QLocale().toString(12));
        QVERIFY(detail->figure(ConnectionDetail::Latency).contains(QStringLiteral("ms")));
        QCOMPARE(detail->runRows(), 2);
        QCOMPARE(detail->logRows(), 12); // every request of the window, newest first
        detail->setFailuresOnly(true);
        QCOMPARE(detail->logRows(), 2);
        detail->setFailuresOnly(false);
        QCOMPARE(detail->logRows(), 12);
        QCOMPARE(detail->buckets().size(), 24); // whole hours, the current one last
        qint64 bucketed = 0;
        for (const MetricsBucket& b : detail->buckets())
            bucketed += b.requests;
        QCOMPARE(bucketed, 12);
        auto* chart = detail->findChild<QChartView*>(QStringLiteral("connectionHistoryChart"));
        QVERIFY(chart && chart->isVisible());

        // Alerts: Lightspeed has not succeeded for 3 h, TheFork's breaker is open.
        QCOMPARE(tab.alerts().size(), 2);
        QCOMPARE(raised.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toInt(), 2);
        auto* banner = tab.findChild<QLabel*>(QStringLiteral("alertBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("TheFork")));
        // Raised once, not again at the next refresh.
        tab.refreshNow();
        QCOMPARE(raised.size(), 2);
        QCOMPARE(changed.size(), 1);

        // Sign-in needed adds one; selecting TheFork shows its (empty) detail.
        tab.setSignInNeeded({QStringLiteral("thefork")});
        tab.refreshNow();
        QCOMPARE(tab.alerts().size(), 3);
        QCOMPARE(raised.size(), 3);
        tab.selectConnector(QStringLiteral("thefork"));
        QCOMPARE(detail->connectorId(), QStringLiteral("thefork"));
        QCOMPARE(detail->metrics().requests, 0);

        // The user turns the alerts off (Alertes…): the banner goes.
        AlertRules off;
        off.enabled = false;
        off.save(*AppPaths::settings());
        tab.refreshNow();
        QVERIFY(tab.alerts().isEmpty());
        QVERIFY(!banner->isVisible());
        QCOMPARE(changed.last().at(0).toInt(), 0);
        Database::closeConnection();
    }
};

QTEST_MAIN(TestIntegrationsTab)
#include "tst_integrationstab.moc"
