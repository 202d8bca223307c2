// WebhookReceiver over real HTTP on loopback: QNetworkAccessManager for the
// well-behaved senders, a raw QTcpSocket for what it cannot do (announce a
// large body without sending it, stall halfway).
#include "common/net/webhookverifier.h"
#include "common/runtime/webhookreceiver.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslError>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Moulin;

namespace {

const QString kWebsitePath = QStringLiteral("/webhooks/website");
const QString kTheForkPath = QStringLiteral("/webhooks/thefork");

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

/// A JSON body with the bytes a re-serialisation would change: spacing, key
/// order, escaped and non-ASCII characters.
QByteArray bookingBody()
{
    return QByteArrayLiteral("{ \"id\": \"evt_42\",  \"type\":\"reservation.created\",\n"
                             "  \"data\": {\"covers\": 4, \"name\": \"Ana\\u00efs L\xc3\xa9"
                             "a\", \"z\": 1, \"a\": 2} }\n");
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

    const QByteArray m_secret = Test::testSecret(QStringLiteral("website-webhook"));
    const QByteArray m_token = Test::testSecret(QStringLiteral("thefork-token"));

    std::unique_ptr<WebhookReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    QList<WebhookDelivery> m_deliveries;

    static WebhookReceiverSettings testSettings()
    {
        WebhookReceiverSettings settings;
        settings.enabled = true;
        settings.port = 0;
        return settings;
    }

    WebhookRoute websiteRoute()
    {
        WebhookRoute route;
        route.connectorId = QStringLiteral("website");
        route.path = kWebsitePath;
        route.verification = WebhookRoute::Verification::MoulinSignature;
        route.secret = m_secret;
        route.handler = [this](const WebhookDelivery& delivery) {
            m_deliveries.append(delivery);
            return WebhookReply{200, QJsonObject{{QStringLiteral("received"), true}}};
        };
        return route;
    }

    WebhookRoute theForkRoute()
    {
        WebhookRoute route;
        route.connectorId = QStringLiteral("thefork");
        route.path = kTheForkPath;
        route.verification = WebhookRoute::Verification::UrlToken;
        route.secretProvider = [this] { return m_token; };
        route.handler = [this](const WebhookDelivery& delivery) {
            m_deliveries.append(delivery);
            return WebhookReply{200, QJsonObject{{QStringLiteral("data"), QJsonObject()}}};
        };
        return route;
    }

    /// TheFork's webhook as it calls it: the token in the query string,
    /// `/webhooks/thefork?token=…`.
    WebhookRoute theForkQueryRoute()
    {
        WebhookRoute route = theForkRoute();
        route.verification = WebhookRoute::Verification::QueryToken;
        return route;
    }

    /// A receiver with TheFork's query-token route only.
    void startQueryToken()
    {
        m_receiver = std::make_unique<WebhookReceiver>(testSettings());
        QVERIFY(m_receiver->addRoute(theForkQueryRoute()));
        QString error;
        QVERIFY2(m_receiver->listen(&error), qPrintable(error));
    }

    static QByteArray theForkBody()
    {
        return QByteArrayLiteral(R"({"entityType":"RESERVATION","eventType":"CREATED","uuid":"r-1",)"
                                 R"("restaurantUuid":"rest-7"})");
    }

    void start(const WebhookReceiverSettings& settings = testSettings())
    {
        m_receiver = std::make_unique<WebhookReceiver>(settings);
        QVERIFY(m_receiver->addRoute(websiteRoute()));
        QVERIFY(m_receiver->addRoute(theForkRoute()));
        QString error;
        QVERIFY2(m_receiver->listen(&error), qPrintable(error));
        QVERIFY(m_receiver->isListening());
        QVERIFY(m_receiver->serverPort() != 0);
    }

    QUrl url(const QString& path) const
    {
        QUrl result;
        result.setScheme(QStringLiteral("http"));
        result.setHost(QStringLiteral("127.0.0.1"));
        result.setPort(m_receiver->serverPort());
        result.setPath(path);
        return result;
    }

    /// The address of `path` with `query` (encoded: a value's '+', '&' or
    /// '=' stay data).
    QUrl url(const QString& path, const QList<std::pair<QString, QByteArray>>& query) const
    {
        QUrl result = url(path);
        QByteArray encoded;
        for (const auto& [name, value] : query) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded +=
                QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
        }
        result.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        return result;
    }

    HttpResult send(const QByteArray& verb, const QString& path, const QByteArray& body,
                    const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return send(verb, url(path), body, headers);
    }

    HttpResult send(const QByteArray& verb, const QUrl& target, const QByteArray& body,
                    const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply =
            verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            qWarning("no answer within 10 s");
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    HttpResult postSigned(const QByteArray& body, qint64 timestamp, const QByteArray& secret)
    {
        return send(
            "POST", kWebsitePath, body,
            {{WebhookVerifier::kHeaderName, WebhookVerifier::signatureHeader(secret, timestamp, body)}});
    }

    /// Writes `data` on a fresh connection and returns everything the
    /// receiver answers until it closes the connection (or `waitMs`).
    QByteArray rawExchange(const QByteArray& data, int waitMs, qint64* elapsedMs = nullptr)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->serverPort());
        if (!socket.waitForConnected(3000))
            return {};
        QElapsedTimer timer;
        timer.start();
        socket.write(data);
        QByteArray answer;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        closed.wait(waitMs);
        answer += socket.readAll();
        if (elapsedMs)
            *elapsedMs = closed.isEmpty() ? -1 : timer.elapsed();
        return answer;
    }

    static QJsonObject jsonOfRaw(const QByteArray& raw)
    {
        return QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
    }

private Q_SLOTS:
    void init()
    {
        m_deliveries.clear();
        start();
    }

    void cleanup() { m_receiver.reset(); }

    void validSignedDelivery()
    {
        QSignalSpy received(m_receiver.get(), &WebhookReceiver::deliveryReceived);
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const QByteArray body = bookingBody();
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const HttpResult result = postSigned(body, before, m_secret);

        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QStringLiteral("received")).toBool(), true);
        QCOMPARE(m_deliveries.size(), 1);
        const WebhookDelivery& delivery = m_deliveries.first();
        QCOMPARE(delivery.body, body); // byte for byte, as signed
        QCOMPARE(delivery.connectorId, QStringLiteral("website"));
        QCOMPARE(delivery.path, kWebsitePath);
        QCOMPARE(delivery.header("x-moulin-signature"),
                 WebhookVerifier::signatureHeader(m_secret, before, body));
        QVERIFY(delivery.remoteAddress.isLoopback());
        QCOMPARE(delivery.receivedAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(delivery.receivedAt.toSecsSinceEpoch() - before) <= 5);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("website"));
        QCOMPARE(received.first().at(1).toString(), kWebsitePath);
        QCOMPARE(received.first().at(2).toInt(), 200);
        QCOMPARE(refused.size(), 0);
    }

    void headerNamesAreCaseInsensitive()
    {
        // Node and HTTP/2 gateways send header names in lower case.
        const QByteArray body = bookingBody();
        const HttpResult result =
            send("POST", kWebsitePath, body,
                 {{"x-moulin-signature",
                   WebhookVerifier::signatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body)}});
        QCOMPARE(result.status, 200);
        QCOMPARE(m_deliveries.size(), 1);
    }

    void badSignature()
    {
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const HttpResult result = postSigned(bookingBody(), QDateTime::currentSecsSinceEpoch(),
                                             Test::testSecret(QStringLiteral("not-the-secret")));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_signature"));
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
                 WebhookVerifier::describe(WebhookVerifier::Result::BadSignature));
        QVERIFY(m_deliveries.isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("website"));
        QCOMPARE(refused.first().at(2).toInt(), 401);
    }

    void alteredBody()
    {
        const QByteArray body = bookingBody();
        QByteArray altered = body;
        altered.replace("\"covers\": 4", "\"covers\": 9");
        const HttpResult result =
            send("POST", kWebsitePath, altered,
                 {{WebhookVerifier::kHeaderName,
                   WebhookVerifier::signatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body)}});
        QCOMPARE(result.status, 401);
        QVERIFY(m_deliveries.isEmpty());
    }

    void missingSignatureHeader()
    {
        const HttpResult result = send("POST", kWebsitePath, bookingBody());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_signature"));
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
                 WebhookVerifier::describe(WebhookVerifier::Result::MissingHeader));
        QVERIFY(m_deliveries.isEmpty());
    }

    void timestampTenMinutesOld()
    {
        const HttpResult result =
            postSigned(bookingBody(), QDateTime::currentSecsSinceEpoch() - 600, m_secret);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
                 WebhookVerifier::describe(WebhookVerifier::Result::TimestampTooOld));
        QVERIFY(m_deliveries.isEmpty());
    }

    void replayedSignatureIsRefused()
    {
        const QByteArray body = bookingBody();
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(postSigned(body, t, m_secret).status, 200);
        const HttpResult again = postSigned(body, t, m_secret);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("replayed"));
        QCOMPARE(m_deliveries.size(), 1);
    }

    void bodyAtTheLimitIsAccepted()
    {
        const QByteArray body(64 * 1024, 'x');
        QCOMPARE(postSigned(body, QDateTime::currentSecsSinceEpoch(), m_secret).status, 200);
        QCOMPARE(m_deliveries.size(), 1);
        QCOMPARE(m_deliveries.first().body.size(), 64 * 1024);
    }

    void bodyOverTheLimit()
    {
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const QByteArray body(64 * 1024 + 1, 'x');
        const HttpResult result = postSigned(body, QDateTime::currentSecsSinceEpoch(), m_secret);
        QCOMPARE(result.status, 413);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("payload_too_large"));
        QVERIFY(m_deliveries.isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("website"));
        QCOMPARE(refused.first().at(2).toInt(), 413);
    }

    void contentLengthRefusedBeforeTheBody()
    {
        // Announces 1 MB and sends none of it: the answer must not wait for it.
        qint64 elapsed = 0;
        const QByteArray answer =
            rawExchange("POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n",
                        5000, &elapsed);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QCOMPARE(jsonOfRaw(answer).value(QStringLiteral("error")).toString(),
                 QStringLiteral("payload_too_large"));
        QVERIFY(elapsed >= 0); // closed by the receiver
        QVERIFY(m_deliveries.isEmpty());
    }

    void chunkedBodyNeedsALength()
    {
        const QByteArray answer = rawExchange("POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                              "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                                              5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());
        QVERIFY(m_deliveries.isEmpty());
    }

    void expectContinueIsAnswered()
    {
        // curl and PHP send Expect: 100-continue and wait for it before the body.
        const QByteArray body = bookingBody();
        const QByteArray signature =
            WebhookVerifier::signatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->serverPort());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                     "X-Moulin-Signature: " +
                     signature + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), answer.constData());
        QVERIFY(m_deliveries.isEmpty());
        socket.write(body);
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("HTTP/1.1 200 "), 3000);
        QCOMPARE(m_deliveries.size(), 1);
        QCOMPARE(m_deliveries.first().body, body);
    }

    void httpsDelivery()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("no openssl program to make a throwaway certificate");
        const QString dir = Test::freshDataDir(QStringLiteral("webhook-https"));
        WebhookReceiverSettings settings = testSettings();
        settings.certificatePath = dir + QStringLiteral("/cert.pem");
        settings.keyPath = dir + QStringLiteral("/key.pem");
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                             QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("-keyout"), settings.keyPath, QStringLiteral("-out"),
                             settings.certificatePath});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        start(settings);

        const QByteArray body = bookingBody();
        QUrl target = url(kWebsitePath);
        target.setScheme(QStringLiteral("https"));
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(
            WebhookVerifier::kHeaderName,
            WebhookVerifier::signatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body));
        QNetworkReply* reply = m_nam.post(request, body);
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>&) {
            reply->ignoreSslErrors(); // self-signed, for this test only
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(m_deliveries.size(), 1);
        QCOMPARE(m_deliveries.first().body, body);

        // Plain HTTP on the HTTPS port gets nowhere near a handler.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, m_receiver->serverPort());
        QVERIFY(plain.waitForConnected(3000));
        plain.write("POST /webhooks/website HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
        QSignalSpy closed(&plain, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(10000));
        QCOMPARE(m_deliveries.size(), 1);
    }

    void getIsNotAllowed()
    {
        const HttpResult result = send("GET", kWebsitePath, {});
        QCOMPARE(result.status, 405);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("method_not_allowed"));
        QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
        bool allowPost = false;
        for (const auto& [name, value] : result.headers)
            allowPost = allowPost || (name.compare("allow", Qt::CaseInsensitive) == 0 && value == "POST");
        QVERIFY(allowPost);
        QVERIFY(m_deliveries.isEmpty());
    }

    void unknownPath()
    {
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const HttpResult result = send("POST", QStringLiteral("/webhooks/nobody"), "{}");
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().at(0).toString().isEmpty());
        QVERIFY(m_deliveries.isEmpty());
    }

    void urlToken()
    {
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const QByteArray body =
            R"({"entityType":"reservation","eventType":"reservationCreated","uuid":"r-1"})";

        const HttpResult wrong = send("POST", kTheForkPath + QStringLiteral("/wrong-token"), body);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));
        const HttpResult missing = send("POST", kTheForkPath, body);
        QCOMPARE(missing.status, 401);
        QVERIFY(m_deliveries.isEmpty());
        QCOMPARE(refused.size(), 2);
        for (const QList<QVariant>& args : std::as_const(refused)) {
            QCOMPARE(args.at(0).toString(), QStringLiteral("thefork"));
            QCOMPARE(args.at(1).toString(), kTheForkPath); // the path as declared: no token
        }

        const HttpResult right =
            send("POST", kTheForkPath + QLatin1Char('/') + QString::fromLatin1(m_token), body);
        QCOMPARE(right.status, 200);
        QCOMPARE(right.json, QJsonObject({{QStringLiteral("data"), QJsonObject()}}));
        QCOMPARE(m_deliveries.size(), 1);
        QCOMPARE(m_deliveries.first().body, body);
        QCOMPARE(m_deliveries.first().path, kTheForkPath);
        QCOMPARE(m_deliveries.first().connectorId, QStringLiteral("thefork"));
    }

    void queryToken()
    {
        startQueryToken();
        QSignalSpy received(m_receiver.get(), &WebhookReceiver::deliveryReceived);
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const QByteArray body = theForkBody();

        const HttpResult right = send("POST", url(kTheForkPath, {{QStringLiteral("token"), m_token}}), body);
        QCOMPARE(right.status, 200);
        QCOMPARE(right.json, QJsonObject({{QStringLiteral("data"), QJsonObject()}}));
        QCOMPARE(m_deliveries.size(), 1);
        QCOMPARE(m_deliveries.first().body, body);
        QCOMPARE(m_deliveries.first().path, kTheForkPath); // no query
        QCOMPARE(m_deliveries.first().connectorId, QStringLiteral("thefork"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(1).toString(), kTheForkPath);
        QCOMPARE(received.first().at(2).toInt(), 200);
        QCOMPARE(refused.size(), 0);

        // Other parameters around it, a trailing slash: the same route.
        const HttpResult among =
            send("POST",
                 url(kTheForkPath + QLatin1Char('/'), {{QStringLiteral("source"), QByteArrayLiteral("tf")},
                                                       {QStringLiteral("token"), m_token},
                                                       {QStringLiteral("v"), QByteArrayLiteral("2")}}),
                 body);
        QCOMPARE(among.status, 200);
        QCOMPARE(m_deliveries.size(), 2);
    }

    void queryTokenIsDecoded()
    {
        // A token with the characters a query string encodes: compared decoded.
        const QByteArray token = m_token + QByteArrayLiteral("+/=&%");
        m_receiver = std::make_unique<WebhookReceiver>(testSettings());
        WebhookRoute route = theForkQueryRoute();
        route.secretProvider = [token] { return token; };
        route.tokenParameter = QStringLiteral("key");
        QVERIFY(m_receiver->addRoute(route));
        QVERIFY(m_receiver->listen());
        QCOMPARE(send("POST", url(kTheForkPath, {{QStringLiteral("key"), token}}), theForkBody()).status,
                 200);
        QCOMPARE(send("POST", url(kTheForkPath, {{QStringLiteral("token"), token}}), theForkBody()).status,
                 401);
        QCOMPARE(m_deliveries.size(), 1);
    }

    void queryTokenRefusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("query"); // name, value, name, value…; "$" is the token
        QTest::addColumn<QString>("message");   // part of the answer's message
        QTest::newRow("wrong") << kTheForkPath << QStringList{QStringLiteral("token"), QStringLiteral("nope")}
                               << QStringLiteral("not the configured one");
        QTest::newRow("wrong, same length")
            << kTheForkPath << QStringList{QStringLiteral("token"), QStringLiteral("$x")}
            << QStringLiteral("not the configured one");
        QTest::newRow("empty") << kTheForkPath << QStringList{QStringLiteral("token"), QString()}
                               << QStringLiteral("not the configured one");
        QTest::newRow("missing") << kTheForkPath << QStringList() << QStringLiteral("no token parameter");
        QTest::newRow("other parameter")
            << kTheForkPath << QStringList{QStringLiteral("secret"), QStringLiteral("$")}
            << QStringLiteral("no token parameter");
        QTest::newRow("twice") << kTheForkPath
                               << QStringList{QStringLiteral("token"), QStringLiteral("$"),
                                              QStringLiteral("token"), QStringLiteral("$")}
                               << QStringLiteral("more than once");
        QTest::newRow("in the path instead")
            << kTheForkPath + QStringLiteral("/$") << QStringList() << QStringLiteral("query string");
    }

    void queryTokenRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, query);
        QFETCH(QString, message);
        startQueryToken();
        QSignalSpy received(m_receiver.get(), &WebhookReceiver::deliveryReceived);
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const QString token = QString::fromUtf8(m_token);
        // "$x": as long as the token, its last character changed.
        const auto expand = [&](QString text) {
            if (text == QLatin1String("$x"))
                return QString(token.chopped(1) + QLatin1Char(token.endsWith(QLatin1Char('x')) ? 'y' : 'x'));
            return text.replace(QLatin1Char('$'), token);
        };
        QList<std::pair<QString, QByteArray>> items;
        for (qsizetype i = 0; i + 1 < query.size(); i += 2)
            items.append({query.at(i), expand(query.at(i + 1)).toUtf8()});

        const HttpResult result = send("POST", url(expand(path), items), theForkBody());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));
        QVERIFY2(result.json.value(QStringLiteral("message")).toString().contains(message),
                 qPrintable(result.json.value(QStringLiteral("message")).toString()));
        QVERIFY(!result.raw.contains(m_token));
        QVERIFY(m_deliveries.isEmpty());
        QCOMPARE(received.size(), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("thefork"));
        QCOMPARE(refused.first().at(1).toString(), kTheForkPath); // as declared: no token, no query
        QCOMPARE(refused.first().at(2).toInt(), 401);
        QVERIFY(!refused.first().at(3).toString().contains(token));
    }

    void queryTokenNotConfigured()
    {
        m_receiver = std::make_unique<WebhookReceiver>(testSettings());
        WebhookRoute route = theForkQueryRoute();
        route.secretProvider = [] { return QByteArray(); };
        QVERIFY(m_receiver->addRoute(route));
        QVERIFY(m_receiver->listen());
        const HttpResult result =
            send("POST", url(kTheForkPath, {{QStringLiteral("token"), QByteArray()}}), theForkBody());
        QCOMPARE(result.status, 503);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_configured"));
        QVERIFY(m_deliveries.isEmpty());

        route.tokenParameter.clear();
        QString error;
        QVERIFY(!m_receiver->addRoute(route, &error));
        QVERIFY2(error.contains(kTheForkPath), qPrintable(error));
    }

    void queryTokenNeverLogged()
    {
        // Every message of the receiver (debug included) and every signal,
        // for deliveries accepted and refused at each stage: the token in the
        // query string appears in none of them.
        startQueryToken();
        static QStringList messages;
        static QMutex mutex;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("moulin.webhooks.debug=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& text) {
                const QMutexLocker lock(&mutex);
                messages.append(QString::fromLatin1(context.category ? context.category : "") +
                                QLatin1Char(' ') + text);
            });
        QList<QList<QVariant>> emitted;
        connect(m_receiver.get(), &WebhookReceiver::deliveryReceived, this,
                [&](const QString& c, const QString& p, int status) {
                    emitted.append({c, p, status});
                });
        connect(m_receiver.get(), &WebhookReceiver::deliveryRefused, this,
                [&](const QString& c, const QString& p, int status, const QString& reason) {
                    emitted.append({c, p, status, reason});
                });

        const QString token = QString::fromUtf8(m_token);
        const QList<std::pair<QString, QByteArray>> good = {{QStringLiteral("token"), m_token}};
        const QByteArray nearMiss = m_token + "-old";
        QCOMPARE(send("POST", url(kTheForkPath, good), theForkBody()).status, 200);
        QCOMPARE(send("POST", url(kTheForkPath, {{QStringLiteral("token"), nearMiss}}), theForkBody()).status,
                 401);
        QCOMPARE(send("POST", url(kTheForkPath + QLatin1Char('/') + token, {}), theForkBody()).status, 401);
        QCOMPARE(send("GET", url(kTheForkPath, good), {}).status, 405);
        QCOMPARE(send("POST", url(QStringLiteral("/webhooks/nobody"), good), "{}").status, 404);
        // Refused before QHttpServer parses anything: too large, chunked.
        const QByteArray target =
            url(kTheForkPath, good).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QVERIFY(target.contains(m_token));
        QVERIFY(
            rawExchange("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n",
                        5000)
                .startsWith("HTTP/1.1 413 "));
        QVERIFY(rawExchange("POST " + target +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                            5000)
                    .startsWith("HTTP/1.1 411 "));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(m_deliveries.size(), 1);
        QCOMPARE(emitted.size(), 7);
        QStringList seen;
        for (const QList<QVariant>& args : std::as_const(emitted)) {
            for (const QVariant& arg : args)
                seen.append(arg.toString());
        }
        {
            const QMutexLocker lock(&mutex);
            seen += messages;
            // The refusals were logged (so the check below looked at them).
            QVERIFY2(messages.filter(QStringLiteral("refused")).size() >= 6,
                     qPrintable(messages.join(QLatin1Char('\n'))));
            QVERIFY2(!messages.filter(QStringLiteral("-> 200")).isEmpty(),
                     qPrintable(messages.join(QLatin1Char('\n'))));
        }
        for (const QString& line : std::as_const(seen)) {
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromUtf8(Test::kSecretMarker)), qPrintable(line));
            // (The refusal of a token in the path says where it belongs: "?token=…".)
            static const QRegularExpression value(QStringLiteral("token=[^…]"));
            QVERIFY2(!line.contains(value), qPrintable(line));
        }
    }

    void missingSecretIsNotConfigured()
    {
        WebhookRoute route = websiteRoute();
        route.secret.clear();
        route.secretProvider = [] { return QByteArray(); };
        QVERIFY(m_receiver->addRoute(route)); // same connector: replaces its route
        const HttpResult result = postSigned(bookingBody(), QDateTime::currentSecsSinceEpoch(), QByteArray());
        QCOMPARE(result.status, 503);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_configured"));
        QVERIFY(m_deliveries.isEmpty());
    }

    void routeOwnedByAnotherConnector()
    {
        WebhookRoute route = websiteRoute();
        route.connectorId = QStringLiteral("intruder");
        QString error;
        QVERIFY(!m_receiver->addRoute(route, &error));
        QVERIFY(error.contains(kWebsitePath));
        route.path = QStringLiteral("relative");
        QVERIFY(!m_receiver->addRoute(route, &error));
    }

    void slowClientIsDisconnected()
    {
        WebhookReceiverSettings settings = testSettings();
        settings.readTimeoutMs = 300;
        start(settings);
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);

        // Headers and half the announced body, then nothing.
        qint64 elapsed = -1;
        const QByteArray answer =
            rawExchange("POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n" +
                            QByteArray(50, 'x'),
                        5000, &elapsed);
        QVERIFY2(elapsed >= 0, "the receiver did not close the connection");
        QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
        QCOMPARE(jsonOfRaw(answer).value(QStringLiteral("error")).toString(),
                 QStringLiteral("request_timeout"));
        QVERIFY(m_deliveries.isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(2).toInt(), 408);

        // The receiver still serves the next sender.
        QCOMPARE(postSigned(bookingBody(), QDateTime::currentSecsSinceEpoch(), m_secret).status, 200);
    }

    void idleConnectionIsDisconnected()
    {
        WebhookReceiverSettings settings = testSettings();
        settings.readTimeoutMs = 300;
        start(settings);
        qint64 elapsed = -1;
        rawExchange(QByteArray(), 5000, &elapsed);
        QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    }

    void portAlreadyTaken()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        WebhookReceiverSettings settings = testSettings();
        settings.port = squatter.serverPort();
        WebhookReceiver receiver(settings);
        QString error;
        QVERIFY(!receiver.listen(&error));
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
        QVERIFY(!receiver.isListening());
        QCOMPARE(receiver.serverPort(), quint16(0));
    }

    void offByDefault()
    {
        WebhookReceiver receiver;
        QCOMPARE(receiver.settings().enabled, false);
        QString error;
        QVERIFY(!receiver.listen(&error));
        QVERIFY2(error.contains(QStringLiteral("webhooks/enabled")), qPrintable(error));
        QVERIFY(!receiver.isListening());
    }

    void closeStopsListening()
    {
        const QUrl before = url(kWebsitePath);
        m_receiver->close();
        QVERIFY(!m_receiver->isListening());
        QCOMPARE(m_receiver->serverPort(), quint16(0));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(before.port()));
        QVERIFY(!socket.waitForConnected(1000));
    }

    void tlsFilesMustBeReadable()
    {
        WebhookReceiverSettings settings = testSettings();
        settings.certificatePath =
            Test::freshDataDir(QStringLiteral("webhook-tls")) + QStringLiteral("/none.pem");
        settings.keyPath = settings.certificatePath;
        WebhookReceiver receiver(settings);
        QString error;
        QVERIFY(!receiver.listen(&error));
        QVERIFY2(error.contains(settings.certificatePath) || error.contains(QStringLiteral("TLS")),
                 qPrintable(error));
        QVERIFY(!receiver.isListening());
    }

    void settingsRoundTrip()
    {
        const QString file =
            Test::freshDataDir(QStringLiteral("webhook-settings")) + QStringLiteral("/moulin.ini");
        WebhookReceiverSettings written;
        written.enabled = true;
        written.address = QHostAddress(QStringLiteral("0.0.0.0"));
        written.port = 9443;
        written.certificatePath = QStringLiteral("/etc/moulin/cert.pem");
        written.keyPath = QStringLiteral("/etc/moulin/key.pem");
        {
            QSettings settings(file, QSettings::IniFormat);
            written.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        QString error;
        const auto read = WebhookReceiverSettings::fromSettings(settings, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->enabled, true);
        QCOMPARE(read->address, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(read->port, quint16(9443));
        QCOMPARE(read->certificatePath, written.certificatePath);
        QCOMPARE(read->keyPath, written.keyPath);

        QSettings empty(Test::freshDataDir(QStringLiteral("webhook-empty")) + QStringLiteral("/moulin.ini"),
                        QSettings::IniFormat);
        const auto defaults = WebhookReceiverSettings::fromSettings(empty, &error);
        QVERIFY(defaults);
        QCOMPARE(defaults->enabled, false);
        QCOMPARE(defaults->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(defaults->port, quint16(8787));
        QCOMPARE(defaults->maxBodyBytes, 64 * 1024);
    }

    void invalidSettingsNameTheirKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("port abc") << QStringLiteral("webhooks/port") << QStringLiteral("abc");
        QTest::newRow("port too big") << QStringLiteral("webhooks/port") << QStringLiteral("70000");
        QTest::newRow("port negative") << QStringLiteral("webhooks/port") << QStringLiteral("-1");
        QTest::newRow("address") << QStringLiteral("webhooks/address") << QStringLiteral("my-laptop");
        QTest::newRow("enabled") << QStringLiteral("webhooks/enabled") << QStringLiteral("perhaps");
        QTest::newRow("certificate without key")
            << QStringLiteral("webhooks/tls_certificate") << QStringLiteral("/etc/moulin/cert.pem");
    }

    void invalidSettingsNameTheirKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString file =
            Test::freshDataDir(QStringLiteral("webhook-invalid-%1").arg(QTest::currentDataTag())) +
            QStringLiteral("/moulin.ini");
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(key, value);
        QString error;
        QVERIFY(!WebhookReceiverSettings::fromSettings(settings, &error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
