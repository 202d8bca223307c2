// Refused webhook deliveries as the manager finds them in Intégrations: the
// booking site's connector, as configured, on the runtime's real receiver;
// deliveries posted over loopback HTTP (one good, then a bad signature, a
// stale and a future timestamp, a body that is not JSON, another
// restaurant's id, a party size that is not a number); each refusal answered
// with its 4xx, nothing stored, and listed with its status and reason in the
// connection's "Webhooks" list of the Intégrations tab (offscreen, with a
// screenshot kept in the test's folder); one at an address no connection
// declares is summed up under the connections.

#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/net/webhookverifier.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "monitoring/core/connectionstatus.h"
#include "monitoring/ui/connectiondetail.h"
#include "monitoring/ui/connectionstatusmodel.h"
#include "monitoring/ui/integrationstab.h"
#include "reservation/connectors/reservationconnectors.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Moulin;

namespace {

const QString kSite = QStringLiteral("website");
const QString kRestaurant = QStringLiteral("levieuxmoulin");

struct Delivery
{
    QString name;
    QByteArray body;
    qint64 signedAt = 0; ///< seconds since the epoch
    QByteArray secret;
    int expected = 0;
    QString reason; ///< a part of the reason the list must show
};

} // namespace

class TestWebhookRefusals : public QObject
{
    Q_OBJECT

    const QByteArray m_secret = Test::testSecret(QStringLiteral("website-signing"));
    QNetworkAccessManager m_nam;
    QString m_dir;

    static QByteArray booking(const QString& id, const QJsonValue& party,
                              const QString& restaurant = kRestaurant)
    {
        const QJsonObject o{{QStringLiteral("event_id"), QString(QStringLiteral("evt_") + id)},
                            {QStringLiteral("event_type"), QStringLiteral("reservation.created")},
                            {QStringLiteral("restaurant_id"), restaurant},
                            {QStringLiteral("reservation_id"), id},
                            {QStringLiteral("customer"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Léa Fontaine")},
                                         {QStringLiteral("phone"), QStringLiteral("+33 6 11 22 33 44")}}},
                            {QStringLiteral("date"), QStringLiteral("2026-12-19T20:00:00+01:00")},
                            {QStringLiteral("party_size"), party}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    int post(quint16 port, const Delivery& d, const QString& path = QStringLiteral("/webhooks/website"))
    {
        QUrl url(QStringLiteral("http://127.0.0.1") + path);
        url.setPort(port);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader(WebhookVerifier::kHeaderName,
                             WebhookVerifier::signatureHeader(d.secret, d.signedAt, d.body));
        QNetworkReply* reply = m_nam.post(request, d.body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerReservationConnectors();
        m_dir = Test::freshDataDir(QStringLiteral("webhook-refusals"));
        AppPaths::setDataDir(m_dir);
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const std::unique_ptr<QSettings> settings = AppPaths::settings();
        settings->setValue(QStringLiteral("webhooks/enabled"), true);
        settings->setValue(QStringLiteral("webhooks/port"), 0);
    }

    void cleanupTestCase() { Database::closeConnection(); }

    void refusalsAreListedInIntegrations()
    {
        ConnectorConfig site;
        site.typeKey = QStringLiteral("reservation_type");
        site.typeName = QStringLiteral("Website");
        site.connectorId = kSite;
        site.storeId = kRestaurant;
        site.authMethod = QStringLiteral("webhook_hmac");
        site.clientSecret = m_secret; // held in memory, as demo connectors are
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.setAdditionalConnectors({site});
        runtime.reload();
        QVERIFY2(runtime.webhooks()->isListening(), qPrintable(runtime.webhookError()));
        const quint16 port = runtime.webhooks()->serverPort();

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray wrongSecret = Test::testSecret(QStringLiteral("not-the-site-secret"));
        const QList<Delivery> deliveries{
            {QStringLiteral("good"), booking(QStringLiteral("WEB-OK"), 4), now, m_secret, 200, QString()},
            {QStringLiteral("bad signature"), booking(QStringLiteral("WEB-SIG"), 2), now, wrongSecret, 401,
             WebhookVerifier::describe(WebhookVerifier::Result::BadSignature)},
            {QStringLiteral("stale"), booking(QStringLiteral("WEB-OLD"), 2), now - 600, m_secret, 401,
             WebhookVerifier::describe(WebhookVerifier::Result::TimestampTooOld)},
            {QStringLiteral("future"), booking(QStringLiteral("WEB-NEW"), 2), now + 600, m_secret, 401,
             WebhookVerifier::describe(WebhookVerifier::Result::TimestampInFuture)},
            {QStringLiteral("not JSON"), QByteArrayLiteral("{\"event_id\": \"evt_x\", "), now, m_secret, 400,
             QStringLiteral("JSON")},
            {QStringLiteral("other restaurant"),
             booking(QStringLiteral("WEB-ELSE"), 2, QStringLiteral("ailleurs")), now, m_secret, 422,
             QStringLiteral("ailleurs")},
            {QStringLiteral("party size"), booking(QStringLiteral("WEB-PARTY"), QStringLiteral("quatre")),
             now, m_secret, 422, QStringLiteral("party_size")},
        };
        for (const Delivery& d : deliveries)
            QVERIFY2(post(port, d) == d.expected, qPrintable(d.name));
        // The site's developer mistyped the address: no connection's.
        QCOMPARE(post(port, deliveries.first(), QStringLiteral("/webhooks/webiste")), 404);

        // Nothing stored but the good one.
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking")).toInt(), 1);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT external_id FROM reservation_booking")).toString(),
                 QStringLiteral("WEB-OK"));
        // Every attempt is logged (the log is written behind).
        QTRY_COMPARE_WITH_TIMEOUT(
            Test::scalar(
                QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND feed = ?"),
                {kSite, ConnectionMetricsReader::webhookFeed()})
                .toInt(),
            int(deliveries.size()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            Test::scalar(
                QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND status = 404"),
                {ConnectionMetricsReader::unroutedWebhooks()})
                .toInt(),
            1, 10000);

        IntegrationsTab tab;
        tab.resize(1200, 720);
        tab.setStatuses(loadConnectionStatuses(Database::connection(), runtime.configs()));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.selectConnector(kSite);
        tab.refreshNow();
        ConnectionDetail* detail = tab.detail();
        QCOMPARE(detail->connectorId(), kSite);
        QCOMPARE(detail->webhookRows(), int(deliveries.size()));
        QCOMPARE(detail->webhookRefusals(), int(deliveries.size()) - 1);

        // The list as the manager reads it: newest first, each refusal with
        // its status and its reason, in red.
        auto* view = detail->findChild<QTableView*>(QStringLiteral("webhookDeliveries"));
        QVERIFY(view);
        auto* lists = detail->findChild<QTabWidget*>();
        QVERIFY(lists);
        const int index = lists->indexOf(view);
        QVERIFY(lists->isTabVisible(index));
        QCOMPARE(lists->tabText(index), QStringLiteral("Webhooks (6 refused)"));
        const QAbstractItemModel* model = view->model();
        for (int i = 0; i < deliveries.size(); ++i) {
            const Delivery& d = deliveries.at(deliveries.size() - 1 - i);
            const QString result = model->index(i, 1).data().toString();
            const QString reason = model->index(i, 2).data().toString();
            if (d.expected == 200) {
                QCOMPARE(result, QStringLiteral("Webhook received (200)"));
                QVERIFY(reason.isEmpty());
                continue;
            }
            QCOMPARE(result, QStringLiteral("Webhook refused (%1)").arg(d.expected));
            QVERIFY2(reason.contains(d.reason), qPrintable(d.name + QStringLiteral(": ") + reason));
            QVERIFY2(!reason.startsWith(QLatin1String("Http")), qPrintable(reason)); // the reason only
            QCOMPARE(model->index(i, 1).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb4, 0x23, 0x18));
        }
        // No secret and no body in what is shown.
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                QVERIFY(!text.contains(QString::fromLatin1(m_secret)));
                QVERIFY(!text.contains(QStringLiteral("Léa Fontaine")));
            }
        }

        // The refusal at an address no connection declares, under the list.
        auto* unrouted = tab.findChild<QLabel*>(QStringLiteral("unroutedWebhooks"));
        QVERIFY(unrouted);
        QVERIFY(unrouted->isVisible());
        QVERIFY2(unrouted->text().startsWith(QStringLiteral("1 webhook")), qPrintable(unrouted->text()));
        QVERIFY2(unrouted->text().contains(QStringLiteral("POST /webhooks/webiste (404)")),
                 qPrintable(unrouted->text()));
        QVERIFY2(unrouted->text().contains(QStringLiteral("No webhook is declared at this path.")),
                 qPrintable(unrouted->text()));

        detail->showWebhooks();
        QCOMPARE(lists->currentWidget(), view);
        const QString shot = QDir(m_dir).filePath(QStringLiteral("integrations-webhook-refusals.png"));
        QVERIFY(tab.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        // A connection without webhooks has no such list.
        tab.setStatuses({});
        tab.refreshNow();
        QCOMPARE(detail->webhookRows(), 0);
        QVERIFY(!lists->isTabVisible(index));
    }

    // The booking site's connection only receives: Intégrations shows its
    // receiver (listening where, or not and why), its last event and
    // today's events and refusals, never a sync it does not make nor a
    // latency it does not measure.
    void pushConnectionShowsItsReceiverNotASync()
    {
        {
            QSqlQuery clear(Database::connection());
            QVERIFY(clear.exec(QStringLiteral("DELETE FROM operation_log")));
        }
        ConnectorConfig site;
        site.typeKey = QStringLiteral("reservation_type");
        site.typeName = QStringLiteral("Website");
        site.connectorId = kSite;
        site.storeId = kRestaurant;
        site.authMethod = QStringLiteral("webhook_hmac");
        site.clientSecret = m_secret;
        CredentialStore credentials;
        auto runtime = std::make_unique<ConnectorRuntime>(&credentials);
        runtime->setAdditionalConnectors({site});
        runtime->reload();
        QVERIFY2(runtime->webhooks()->isListening(), qPrintable(runtime->webhookError()));
        const quint16 port = runtime->webhooks()->serverPort();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto statuses = [&] {
            QList<ConnectionStatus> list = loadConnectionStatuses(Database::connection(), runtime->configs());
            applyPushConnections(list, Database::connection(), *runtime, QDateTime::currentDateTimeUtc());
            return list;
        };

        // Nothing received yet: listening, no event, no sync pretended.
        QList<ConnectionStatus> list = statuses();
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().pushOnly);
        QCOMPARE(list.first().state, ConnectionState::Online);
        QCOMPARE(list.first().receiverAddress, QStringLiteral("127.0.0.1:%1").arg(port));
        QVERIFY(!list.first().lastEventAt.isValid());
        IntegrationsTab tab;
        tab.resize(1200, 720);
        tab.setStatuses(list);
        const QAbstractItemModel* model = tab.model();
        QCOMPARE(model->index(0, ConnectionStatusModel::State).data().toString(),
                 QStringLiteral("Receiving on 127.0.0.1:%1").arg(port));
        QCOMPARE(model->index(0, ConnectionStatusModel::LastSync).data().toString(),
                 QStringLiteral("No event received yet"));
        QCOMPARE(model->index(0, ConnectionStatusModel::LastSuccess).data().toString(),
                 QStringLiteral("0 event(s) today"));

        // One booking received, one refused.
        const qint64 seconds = now.toSecsSinceEpoch();
        QCOMPARE(post(port, {QStringLiteral("good"), booking(QStringLiteral("WEB-PUSH"), 2), seconds,
                             m_secret, 200, QString()}),
                 200);
        QCOMPARE(post(port, {QStringLiteral("stale"), booking(QStringLiteral("WEB-PUSH-OLD"), 2),
                             seconds - 600, m_secret, 401, QString()}),
                 401);
        QTRY_COMPARE_WITH_TIMEOUT(
            Test::scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ?"), {kSite})
                .toInt(),
            2, 10000);
        list = statuses();
        QCOMPARE(list.first().eventsToday, 1);
        QCOMPARE(list.first().refusedToday, 1);
        QVERIFY(list.first().lastEventAt.isValid());
        QVERIFY(qAbs(list.first().lastEventAt.secsTo(now)) < 60);
        QVERIFY(!list.first().lastSyncAt.isValid());
        tab.setStatuses(list);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.selectConnector(kSite);
        tab.refreshNow();
        const QString lastEvent = model->index(0, ConnectionStatusModel::LastSync).data().toString();
        QVERIFY2(lastEvent.startsWith(QStringLiteral("Event received ")), qPrintable(lastEvent));
        QVERIFY2(lastEvent.contains(
                     QLocale().toString(list.first().lastEventAt.toLocalTime().time(), QLocale::ShortFormat)),
                 qPrintable(lastEvent));
        QCOMPARE(model->index(0, ConnectionStatusModel::LastSuccess).data().toString(),
                 QStringLiteral("1 event(s) today, 1 refused"));
        QCOMPARE(model->index(0, ConnectionStatusModel::Breaker).data().toString(),
                 QStringLiteral("— (receives)"));
        // The detail: events and refusals, no latency of 0 ms, no sync.
        ConnectionDetail* detail = tab.detail();
        QCOMPARE(detail->figure(ConnectionDetail::Latency),
                 QStringLiteral("Not applicable (events pushed to Moulin)"));
        QCOMPARE(detail->figure(ConnectionDetail::Runs), QStringLiteral("— (no synchronisation)"));
        QCOMPARE(detail->figure(ConnectionDetail::Requests), QStringLiteral("2"));
        // Nothing to synchronise: the events come by themselves.
        QPushButton* syncSelected = nullptr;
        QPushButton* signIn = nullptr;
        const auto buttons = tab.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text().contains(QStringLiteral("selected")))
                syncSelected = b;
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Sign in")))
                signIn = b;
        }
        QVERIFY(syncSelected && !syncSelected->isEnabled());
        // Nor anything to sign in to.
        QVERIFY(signIn && !signIn->isEnabled());
        QVERIFY2(syncSelected->toolTip().contains(QStringLiteral("pushes its events")),
                 qPrintable(syncSelected->toolTip()));
        QVERIFY(tab.grab().save(QDir(m_dir).filePath(QStringLiteral("integrations-push.png"))));

        // Webhooks turned off: not receiving, and why.
        AppPaths::settings()->setValue(QStringLiteral("webhooks/enabled"), false);
        runtime = std::make_unique<ConnectorRuntime>(&credentials);
        runtime->setAdditionalConnectors({site});
        runtime->reload();
        list = statuses();
        QVERIFY(list.first().pushOnly);
        QCOMPARE(list.first().state, ConnectionState::Idle);
        QVERIFY(list.first().receiverAddress.isEmpty());
        QCOMPARE(list.first().eventsToday, 1); // what came before still counts
        tab.setStatuses(list);
        const QString off = model->index(0, ConnectionStatusModel::State).data().toString();
        QVERIFY2(off.startsWith(QStringLiteral("Not receiving: ")), qPrintable(off));
        QVERIFY2(off.contains(QStringLiteral("off")), qPrintable(off));
        AppPaths::settings()->setValue(QStringLiteral("webhooks/enabled"), true);
    }
};

QTEST_MAIN(TestWebhookRefusals)
#include "tst_webhookrefusals.moc"
