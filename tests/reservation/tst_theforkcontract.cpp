// The sandbox's TheFork answers held to TheFork's published contract
// (tests/data/contracts/thefork, transcribed from the Manager API's OpenAPI
// document), over real HTTP on loopback: the id pages, every booking and
// guest they name, the error bodies, the availability override, the token;
// and the webhook body TheFork sends read by the connector. A connector
// that only ever met its own sandbox has not met the provider: the schemas
// are the provider's, not ours.

#include "contractvalidator.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "reservation/connectors/thefork/theforkfeeds.h"
#include "reservation/connectors/thefork/theforkwebhook.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace Moulin;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
};

QString schema(const QString& name)
{
    return Test::contractPath(QStringLiteral("thefork/%1.schema.json").arg(name));
}

} // namespace

class TestTheForkContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxTheFork* m_tf = nullptr;
    QNetworkAccessManager m_nam;

    Answer send(const QByteArray& verb, const QString& path, const QUrlQuery& query = {},
                const QByteArray& body = {}, const QByteArray& contentType = "application/json")
    {
        QUrl url = m_server->baseUrl().resolved(QUrl(path));
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            Test::fail(QStringLiteral("no answer to %1").arg(path));
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }

    static void conforms(const QString& name, const QByteArray& json, const QString& what)
    {
        const QStringList violations = Test::contractViolations(schema(name), json);
        QVERIFY2(
            violations.isEmpty(),
            qPrintable(
                QStringLiteral("%1 breaks %2: %3").arg(what, name, violations.join(QStringLiteral("; ")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerReservationConnectors();
        m_server = std::make_unique<SandboxServer>(7);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_tf = SandboxTheFork::of(m_server.get());
        m_tf->setDays(7, 7);
    }

    void cleanupTestCase() { m_server.reset(); }

    // The schemas load, their examples pass, and a drifted answer fails: the
    // check has teeth.
    void schemasLoadAndHaveTeeth()
    {
        const QDir dir(Test::contractPath(QStringLiteral("thefork")));
        const QStringList schemas = dir.entryList({QStringLiteral("*.schema.json")}, QDir::Files);
        QVERIFY(schemas.size() >= 8);
        for (const QString& file : schemas) {
            QString error;
            QVERIFY2(Test::contractLoads(dir.filePath(file), &error),
                     qPrintable(file + QLatin1String(": ") + error));
            QFile example(dir.filePath(
                QStringLiteral("examples/") +
                QString(file).replace(QStringLiteral(".schema.json"), QStringLiteral(".example.json"))));
            QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.fileName()));
            const QStringList violations = Test::contractViolations(dir.filePath(file), example.readAll());
            QVERIFY2(violations.isEmpty(),
                     qPrintable(file + QLatin1String(": ") + violations.join(QLatin1Char(';'))));
        }
        const SandboxTheFork::Reservation r = m_tf->reservations().first();
        QJsonObject drifted = m_tf->reservationJson(r);
        drifted.insert(QStringLiteral("status"), QStringLiteral("CANCELLED")); // TheFork spells it CANCELED
        QVERIFY(
            !Test::contractViolations(schema(QStringLiteral("reservation")), QJsonValue(drifted)).isEmpty());
        drifted = m_tf->reservationJson(r);
        drifted.insert(QStringLiteral("partySize"), QStringLiteral("4"));
        QVERIFY(
            !Test::contractViolations(schema(QStringLiteral("reservation")), QJsonValue(drifted)).isEmpty());
    }

    // Every page, every booking and every guest the connector reads.
    void everyAnswerTheConnectorReadsConforms()
    {
        const QString restaurant = SandboxTheFork::restaurantUuid();
        const QDate today = QDate::currentDate();
        int page = 1;
        int bookings = 0;
        QSet<QString> customers;
        for (;;) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("restaurantUuid"), restaurant);
            q.addQueryItem(QStringLiteral("startDate"), today.addDays(-90).toString(Qt::ISODate));
            q.addQueryItem(QStringLiteral("endDate"), today.addDays(1).toString(Qt::ISODate));
            q.addQueryItem(QStringLiteral("filterBy"), QStringLiteral("updatedDate"));
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
            q.addQueryItem(QStringLiteral("page"), QString::number(page));
            const Answer list = send("GET", QStringLiteral("/manager/v1/reservations"), q);
            QCOMPARE(list.status, 200);
            conforms(QStringLiteral("reservations"), list.body, QStringLiteral("page %1").arg(page));
            const QJsonObject o = QJsonDocument::fromJson(list.body).object();
            const QJsonArray ids = o.value(QStringLiteral("data")).toArray();
            for (const QJsonValue id : ids) {
                const Answer detail =
                    send("GET", QStringLiteral("/manager/v1/reservations/") + id.toString());
                QCOMPARE(detail.status, 200);
                conforms(QStringLiteral("reservation"), detail.body, id.toString());
                const QJsonObject r = QJsonDocument::fromJson(detail.body).object();
                // What the connector makes of it: a booking, not a problem.
                FeedProblem problem;
                QVERIFY2(TheForkFeeds::readReservation(r, QStringLiteral("thefork"), &problem),
                         qPrintable(problem.reason));
                customers.insert(r.value(QStringLiteral("customerUuid")).toString());
                ++bookings;
            }
            if (ids.isEmpty() || page * 50 >= o.value(QStringLiteral("totalCount")).toInt())
                break;
            ++page;
        }
        QVERIFY(page >= 2);
        QCOMPARE(bookings, int(m_tf->reservations().size()));
        for (const QString& uuid : std::as_const(customers)) {
            const Answer c = send("GET", QStringLiteral("/manager/v1/customers/") + uuid);
            QCOMPARE(c.status, 200);
            conforms(QStringLiteral("customer"), c.body, uuid);
        }
    }

    void errorBodiesConform()
    {
        const Answer gone =
            send("GET", QStringLiteral("/manager/v1/reservations/00000000-0000-4000-8000-000000000000"));
        QCOMPARE(gone.status, 404);
        conforms(QStringLiteral("error"), gone.body, QStringLiteral("unknown reservation"));
        QCOMPARE(TheForkFeeds::errorDetail(gone.body), QStringLiteral("Not Found (RESERVATION_NOT_FOUND)"));
        const Answer noCustomer =
            send("GET", QStringLiteral("/manager/v1/customers/00000000-0000-4000-8000-000000000000"));
        QCOMPARE(noCustomer.status, 404);
        conforms(QStringLiteral("error"), noCustomer.body, QStringLiteral("unknown customer"));
        m_tf->setRequireAuthorization(true);
        const Answer refused = send("GET", QStringLiteral("/manager/v1/reservations/x"));
        m_tf->setRequireAuthorization(false);
        QCOMPARE(refused.status, 401);
        conforms(QStringLiteral("error"), refused.body, QStringLiteral("no token"));
    }

    void tokenAndOverrideConform()
    {
        SandboxOAuth::Client client;
        client.clientId = QStringLiteral("contract");
        client.secret = "s3cret-contract";
        client.audience = SandboxTheFork::audience();
        SandboxOAuth::of(m_server.get())->setClient(client);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(client.secret));
        form.addQueryItem(QStringLiteral("audience"), client.audience);
        const QByteArray formBody = form.query(QUrl::FullyEncoded).toUtf8();
        QJsonObject formJson;
        for (const auto& [key, value] : form.queryItems())
            formJson.insert(key, value);
        conforms(QStringLiteral("token.request"), QJsonDocument(formJson).toJson(),
                 QStringLiteral("token form"));
        const Answer token =
            send("POST", QStringLiteral("/oauth/token"), {}, formBody, "application/x-www-form-urlencoded");
        QCOMPARE(token.status, 200);
        conforms(QStringLiteral("token"), token.body, QStringLiteral("token"));

        const QJsonObject close{
            {QStringLiteral("date"), QDate::currentDate().addDays(3).toString(Qt::ISODate)},
            {QStringLiteral("startTime"), QStringLiteral("19:00")},
            {QStringLiteral("endTime"), QStringLiteral("22:00")},
            {QStringLiteral("isOpen"), false}};
        conforms(QStringLiteral("availability-override.request"), QJsonDocument(close).toJson(),
                 QStringLiteral("override body"));
        const Answer overridden = send("PUT",
                                       QStringLiteral("/manager/v1/restaurants/%1/availabilities/override")
                                           .arg(SandboxTheFork::restaurantUuid()),
                                       {}, QJsonDocument(close).toJson());
        QCOMPARE(overridden.status, 200);
        conforms(QStringLiteral("availability-override"), overridden.body, QStringLiteral("override"));
        QCOMPARE(m_tf->overrides().size(), 1);
    }

    // TheFork's webhook body, as the contract gives it, is what the
    // connector acknowledges with 200 {"data":{}} and acts on.
    void theWebhookBodyIsRead()
    {
        QFile example(Test::contractPath(QStringLiteral("thefork/examples/webhook.example.json")));
        QVERIFY(example.open(QIODevice::ReadOnly));
        WebhookDelivery delivery;
        delivery.body = example.readAll();
        conforms(QStringLiteral("webhook"), delivery.body, QStringLiteral("example"));
        int refetched = 0;
        const QString restaurant = QJsonDocument::fromJson(delivery.body)
                                       .object()
                                       .value(QStringLiteral("restaurantUuid"))
                                       .toString();
        QString announced;
        const WebhookReply reply =
            TheForkWebhook::handle(delivery, restaurant, [&](const TheForkWebhook::Event& event) {
                ++refetched;
                announced = event.uuid;
            });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("data"), QJsonObject()}}));
        QCOMPARE(refetched, 1);
        QCOMPARE(announced,
                 QJsonDocument::fromJson(delivery.body).object().value(QStringLiteral("uuid")).toString());
        delivery.body = "{\"eventType\": \"reservationCreated\"";
        QCOMPARE(
            TheForkWebhook::handle(delivery, restaurant, [&](const TheForkWebhook::Event&) { ++refetched; })
                .status,
            400);
        QCOMPARE(refetched, 1);
    }
};

QTEST_GUILESS_MAIN(TestTheForkContract)
#include "tst_theforkcontract.moc"
