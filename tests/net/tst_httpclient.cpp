// HttpClient against an in-process SandboxServer on loopback: retries and
// their limits, Retry-After, rate limiting, the circuit breaker, timeouts,
// broken answers, transport policy, decorators and the operation records.
#include "common/core/appinfo.h"
#include "common/net/httpclient.h"
#include "common/net/redaction.h"
#include "common/net/requestsigner.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Moulin;

namespace {

// Self-signed certificate for CN/IP 127.0.0.1, valid 2020–2120, made for
// this test only (EC P-256, `openssl ca -selfsign`). Not a secret.
const char kTestCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBXTCCAQOgAwIBAgICEAAwCgYIKoZIzj0EAwIwFDESMBAGA1UEAwwJMTI3LjAu
MC4xMCAXDTIwMDEwMTAwMDAwMFoYDzIxMjAwMTAxMDAwMDAwWjAUMRIwEAYDVQQD
DAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQiIJd9ytt93oq9
6gc217rEVVoqB08x4EaRbZ14OoOxtkGgFrtoZOdfbvD3FxK2YJzgeusaYhnFFq0h
UtYzLY2To0MwQTAPBgNVHRMBAf8EBTADAQH/MA8GA1UdEQQIMAaHBH8AAAEwHQYD
VR0OBBYEFCLbAD3NUTgl+aBUfvyIGVcAq0xkMAoGCCqGSM49BAMCA0gAMEUCIQCT
vmFBrqgYEvengwlrlcWYy0tTWEa/ZacypIpMsLyQUQIgNOso2b/G9+KfVlNUjm0z
NiG/RmdM2AYYaxFvv7KL5tw=
-----END CERTIFICATE-----
)";
const char kTestPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgcDSez5OccJYqBnfI
joficLf9JTl13udXnwppsodIJn6hRANCAAQiIJd9ytt93oq96gc217rEVVoqB08x
4EaRbZ14OoOxtkGgFrtoZOdfbvD3FxK2YJzgeusaYhnFFq0hUtYzLY2T
-----END PRIVATE KEY-----
)";

// A one-shot HTTPS server on loopback that answers `{}` to whatever
// request it decrypts, and remembers the bytes it received.
class TinyTlsServer : public QSslServer
{
public:
    QByteArray received;

    bool start()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(QByteArray(kTestCertificate), QSsl::Pem));
        config.setPrivateKey(QSslKey(QByteArray(kTestPrivateKey), QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client cert
        setSslConfiguration(config);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        return listen(QHostAddress::LocalHost, 0);
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<HttpClient> m_client;

    QUrl url(const QString& path, const QString& query = {}) const
    {
        QUrl u = m_sandbox->baseUrl();
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    QUrl echoUrl() const { return url(QStringLiteral("/_sandbox/echo")); }

    // Sends and spins the event loop until the callback (10 s guard).
    HttpResponse run(const HttpRequest& request)
    {
        std::optional<HttpResponse> result;
        QEventLoop loop;
        m_client->send(request, this, [&](const HttpResponse& response) {
            result = response;
            loop.quit();
        });
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec();
        if (!result) {
            HttpResponse none;
            none.errorString = QStringLiteral("test: no callback within 10 s");
            return none;
        }
        return *result;
    }

    static RetryPolicy fastPolicy(int retries = 3)
    {
        RetryPolicy policy;
        policy.retryAttempts = retries;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 40;
        return policy;
    }

    void plan(const FaultPlan& p) { m_sandbox->setFaultPlan(p); }

    static FaultPlan statuses(QList<int> codes, const QString& prefix = QStringLiteral("/_sandbox/echo"))
    {
        FaultPlan p;
        p.pathPrefix = prefix;
        p.statuses = std::move(codes);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CircuitBreaker::State>();
        qRegisterMetaType<OperationRecord>();
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(42);
        QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<HttpClient>();
        m_client->setRandomSeed(42);
        m_client->setDefaultRetryPolicy(fastPolicy());
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void getJsonWithUserAgentAndGzip()
    {
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 1);
        QVERIFY(response.errorString.isEmpty());
        QString parseError;
        const QJsonObject echo = response.json(&parseError).object();
        QVERIFY(parseError.isEmpty());
        QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("user-agent")).toString(),
                 QStringLiteral("Moulin/") + appVersion());
        QVERIFY(headers.value(QStringLiteral("accept-encoding")).toString().contains(QLatin1String("gzip")));
        QCOMPARE(headers.value(QStringLiteral("accept")).toString(), QStringLiteral("application/json"));
        QVERIFY(response.latencyMs >= 0);
    }

    void gzipBodyIsDecoded()
    {
        const HttpResponse response = run(HttpRequest::getJson(url(QStringLiteral("/_sandbox/gzip"))));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.header("Content-Encoding"), QByteArray("gzip"));
        const QJsonObject object = response.json().object();
        QCOMPARE(object.value(QStringLiteral("items")).toArray().size(), 50);
        QCOMPARE(object.value(QStringLiteral("seed")).toInt(), 42);
    }

    void postJson()
    {
        const QJsonObject payload{{QStringLiteral("covers"), 4},
                                  {QStringLiteral("name"), QStringLiteral("Dupré")}};
        const HttpResponse response = run(HttpRequest::json("POST", echoUrl(), QJsonDocument(payload)));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        const QJsonObject echo = response.json().object();
        QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(QJsonDocument::fromJson(echo.value(QStringLiteral("body")).toString().toUtf8()).object(),
                 payload);
        QCOMPARE(
            echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-type")).toString(),
            QStringLiteral("application/json"));
    }

    void callbackIsNeverSynchronous()
    {
        bool called = false;
        HttpRequest insecure;
        insecure.url = QUrl(QStringLiteral("http://example.com/"));
        m_client->send(insecure, this, [&](const HttpResponse&) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, 5'000);
    }

    void retriesThenSucceeds()
    {
        plan(statuses({503, 500}));
        QSignalSpy attempts(m_client.get(), &HttpClient::attemptFinished);
        QSignalSpy requests(m_client.get(), &HttpClient::requestFinished);
        HttpRequest request = HttpRequest::getJson(echoUrl());
        request.connector = QStringLiteral("pos");
        request.feed = QStringLiteral("transactions");
        ConnectorProfile profile;
        profile.name = QStringLiteral("pos");
        profile.retry = fastPolicy();
        m_client->setProfile(profile);
        const HttpResponse response = run(request);
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 3);
        QCOMPARE(attempts.size(), 3);
        const auto first = attempts.at(0).at(0).value<OperationRecord>();
        QCOMPARE(first.status, 503);
        QCOMPARE(first.attempt, 1);
        QVERIFY(first.willRetry);
        QCOMPARE(first.connector, QStringLiteral("pos"));
        QCOMPARE(first.feed, QStringLiteral("transactions"));
        QCOMPARE(first.method, QStringLiteral("GET"));
        QCOMPARE(first.path, QStringLiteral("/_sandbox/echo"));
        QCOMPARE(first.error, HttpError::Http);
        QVERIFY(!first.errorString.isEmpty());
        QCOMPARE(attempts.at(1).at(0).value<OperationRecord>().status, 500);
        const auto last = attempts.at(2).at(0).value<OperationRecord>();
        QCOMPARE(last.status, 200);
        QVERIFY(!last.willRetry);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).at(0).value<OperationRecord>().attempt, 3);
        QCOMPARE(requests.at(0).at(0).value<OperationRecord>().error, HttpError::None);
    }

    void givesUpAfterRetryAttempts()
    {
        plan(statuses({500, 500, 500, 500, 500}));
        m_client->setDefaultRetryPolicy(fastPolicy(2));
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY(!response.ok);
        QCOMPARE(response.status, 500);
        QCOMPARE(response.error, HttpError::Http);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 3);
        QVERIFY2(response.errorString.contains(QLatin1String("500")), qPrintable(response.errorString));
        QVERIFY2(response.errorString.contains(QLatin1String("3 attempts")),
                 qPrintable(response.errorString));
    }

    void nonIdempotentWithoutKeyIsNotRetried()
    {
        plan(statuses({503}));
        const HttpResponse response = run(HttpRequest::json("POST", echoUrl(), QJsonDocument(QJsonObject())));
        QVERIFY(!response.ok);
        QCOMPARE(response.status, 503);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 1);
    }

    void nonIdempotentWithKeyIsRetried_data()
    {
        QTest::addColumn<bool>("useField");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("idempotencyKey field") << true << QByteArray("idempotency-key");
        QTest::newRow("Idempotency-Key header") << false << QByteArray("Idempotency-Key");
        QTest::newRow("X-Request-Id header") << false << QByteArray("X-Request-Id");
    }

    void nonIdempotentWithKeyIsRetried()
    {
        QFETCH(bool, useField);
        QFETCH(QByteArray, header);
        plan(statuses({503}));
        HttpRequest request = HttpRequest::json("POST", echoUrl(), QJsonDocument(QJsonObject()));
        if (useField)
            request.idempotencyKey = "order-7f3a";
        else
            request.headers.append({header, "order-7f3a"});
        const HttpResponse response = run(request);
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.attempts, 2);
        const QJsonObject headers = response.json().object().value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QString::fromLatin1(header).toLower()).toString(),
                 QStringLiteral("order-7f3a"));
    }

    void everyRequestCarriesARequestId()
    {
        const auto sentId = [](const HttpResponse& r) {
            return r.json()
                .object()
                .value(QStringLiteral("headers"))
                .toObject()
                .value(QStringLiteral("x-request-id"));
        };
        // A new id per request, the same on each of its attempts, kept in
        // the response and in every record.
        QSignalSpy attempts(m_client.get(), &HttpClient::attemptFinished);
        QSignalSpy finished(m_client.get(), &HttpClient::requestFinished);
        plan(statuses({503}));
        const HttpResponse first = run(HttpRequest::getJson(echoUrl()));
        QVERIFY2(first.ok, qPrintable(first.errorString));
        QCOMPARE(first.attempts, 2);
        QCOMPARE(first.requestId.size(), 36); // a UUID
        QCOMPARE(sentId(first).toString(), QString::fromLatin1(first.requestId));
        QCOMPARE(attempts.size(), 2);
        for (const QList<QVariant>& a : std::as_const(attempts))
            QCOMPARE(a.at(0).value<OperationRecord>().requestId, QString::fromLatin1(first.requestId));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<OperationRecord>().requestId,
                 QString::fromLatin1(first.requestId));

        const HttpResponse second = run(HttpRequest::getJson(echoUrl()));
        QVERIFY(second.ok);
        QVERIFY(second.requestId != first.requestId);
        QCOMPARE(sentId(second).toString(), QString::fromLatin1(second.requestId));

        // The caller's own X-Request-Id (an idempotency key for some
        // providers) is the id, sent once.
        HttpRequest keyed = HttpRequest::json("POST", echoUrl(), QJsonDocument(QJsonObject()));
        keyed.headers.append({QByteArrayLiteral("x-request-id"), QByteArrayLiteral("order-7f3a")});
        const HttpResponse own = run(keyed);
        QVERIFY(own.ok);
        QCOMPARE(own.requestId, QByteArray("order-7f3a"));
        QCOMPARE(sentId(own).toString(), QStringLiteral("order-7f3a"));

        // Added on the wire only: a POST without a key is still not replayed.
        plan(statuses({503}));
        const HttpResponse post = run(HttpRequest::json("POST", echoUrl(), QJsonDocument(QJsonObject())));
        QCOMPARE(post.attempts, 1);
        QCOMPARE(post.requestId.size(), 36);

        // A request that never left has its id too.
        HttpRequest refused = HttpRequest::getJson(QUrl(QStringLiteral("http://example.com/")));
        const HttpResponse insecure = run(refused);
        QCOMPARE(insecure.error, HttpError::InsecureUrl);
        QCOMPARE(insecure.requestId.size(), 36);
    }

    void providersRequestIdWins()
    {
        int served = 0;
        QVERIFY(m_sandbox->addRoute(
            QStringLiteral("/test/request-id"), QHttpServerRequest::Method::Get,
            [&served](const QHttpServerRequest&, const QStringList&) {
                QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"));
                response.addHeader(QByteArrayLiteral("X-Request-Id"),
                                   QByteArrayLiteral("  req_") + QByteArray::number(++served));
                return response;
            }));
        plan(statuses({500}, QStringLiteral("/test/request-id")));
        QSignalSpy attempts(m_client.get(), &HttpClient::attemptFinished);
        const HttpResponse response = run(HttpRequest::getJson(url(QStringLiteral("/test/request-id"))));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.attempts, 2);
        QCOMPARE(response.requestId, QByteArray("req_1"));
        QCOMPARE(attempts.size(), 2);
        // The faulted attempt had no provider id: ours; the answered one: the provider's.
        QCOMPARE(attempts.at(0).at(0).value<OperationRecord>().requestId.size(), 36);
        QCOMPARE(attempts.at(1).at(0).value<OperationRecord>().requestId, QStringLiteral("req_1"));
    }

    void fourHundredsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedAttempts");
        for (int status : {400, 401, 403, 404, 409, 422})
            QTest::addRow("%d", status) << status << 1;
        for (int status : {408, 425, 429})
            QTest::addRow("%d", status) << status << 2;
    }

    void fourHundredsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(int, expectedAttempts);
        plan(statuses({status}));
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QCOMPARE(response.attempts, expectedAttempts);
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), expectedAttempts);
        QCOMPARE(response.ok, expectedAttempts == 2);
        if (expectedAttempts == 1) {
            QCOMPARE(response.status, status);
            QCOMPARE(response.error, HttpError::Http);
        }
        if (status == 401 || status == 403)
            QVERIFY(response.errorString.contains(QLatin1String("credentials")));
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("httpDate");
        QTest::addColumn<bool>("brevo");
        QTest::newRow("429 seconds") << 429 << false << false;
        QTest::newRow("503 HTTP-date") << 503 << true << false;
        QTest::newRow("429 x-sib-ratelimit-reset") << 429 << false << true;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(int, status);
        QFETCH(bool, httpDate);
        QFETCH(bool, brevo);
        FaultPlan p = statuses({status});
        if (brevo) {
            p.rateLimitResetSeconds = 1;
        } else {
            p.retryAfterSeconds = 1;
            p.retryAfterHttpDate = httpDate;
        }
        plan(p);
        QSignalSpy attempts(m_client.get(), &HttpClient::attemptFinished);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.attempts, 2);
        // The backoff alone would be at most 40 ms here.
        QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 3'000, qPrintable(QString::number(elapsed)));
        QCOMPARE(attempts.at(0).at(0).value<OperationRecord>().status, status);
    }

    void retryAfterTooLongFailsWithTheDelay()
    {
        FaultPlan p = statuses({429});
        p.retryAfterSeconds = 3600;
        plan(p);
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY(!response.ok);
        QCOMPARE(response.error, HttpError::RateLimited);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.retryAfterMs, std::optional<qint64>(3'600'000));
        QVERIFY2(response.errorString.contains(QLatin1String("3600")), qPrintable(response.errorString));
    }

    void perRequestTimeout()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.latencyMs = 3'000;
        plan(p);
        m_client->setDefaultRetryPolicy(fastPolicy(0));
        HttpRequest request = HttpRequest::getJson(echoUrl());
        request.timeoutMs = 200;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = run(request);
        QVERIFY(!response.ok);
        QCOMPARE(response.error, HttpError::Timeout);
        QCOMPARE(response.status, 0);
        QVERIFY2(timer.elapsed() < 2'000, qPrintable(QString::number(timer.elapsed())));
        // QTimer::CoarseTimer may fire up to 5 % early; allow for it and for clock granularity.
        QVERIFY2(timer.elapsed() >= 180, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(response.errorString.contains(QLatin1String("0.2")), qPrintable(response.errorString));
    }

    void timeoutFromClientDefault()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.latencyMs = 3'000;
        plan(p);
        QCOMPARE(m_client->defaultTimeoutMs(), HttpClient::kDefaultTimeoutMs);
        m_client->setDefaultTimeoutMs(150);
        m_client->setDefaultRetryPolicy(fastPolicy(1));
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QCOMPARE(response.error, HttpError::Timeout);
        QCOMPARE(response.attempts, 2); // a timed-out GET is retried
    }

    void latencyUnderTimeoutSucceeds()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.latencyMs = 150;
        plan(p);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QVERIFY(timer.elapsed() >= 140);
    }

    void droppedConnection()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.dropConnection = true;
        plan(p);
        m_client->setDefaultRetryPolicy(fastPolicy(1));
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY(!response.ok);
        QCOMPARE(response.error, HttpError::Network);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.attempts, 2);
        QVERIFY2(response.errorString.contains(QLatin1String("127.0.0.1")), qPrintable(response.errorString));
    }

    void droppedOnceThenRecovers()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.dropConnection = true;
        p.times = 1;
        plan(p);
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY2(response.ok, qPrintable(response.errorString));
    }

    void truncatedBody()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.truncateBody = true;
        plan(p);
        m_client->setDefaultRetryPolicy(fastPolicy(0));
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY(!response.ok);
        QCOMPARE(response.error, HttpError::Network);
        QVERIFY2(response.errorString.contains(QLatin1String("closed the connection")),
                 qPrintable(response.errorString));
    }

    void malformedJson()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.malformedJson = true;
        p.times = 2;
        plan(p);
        m_client->setDefaultRetryPolicy(fastPolicy(0));
        const HttpResponse response = run(HttpRequest::getJson(echoUrl()));
        QVERIFY(!response.ok);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.error, HttpError::InvalidJson);
        QVERIFY2(response.errorString.contains(QLatin1String("JSON")), qPrintable(response.errorString));
        QString parseError;
        QVERIFY(response.json(&parseError).isNull());
        QVERIFY(!parseError.isEmpty());

        // Without expectJson the raw body is handed over as is.
        HttpRequest raw;
        raw.url = echoUrl();
        const HttpResponse rawResponse = run(raw);
        QVERIFY(rawResponse.ok);
        QVERIFY(!rawResponse.body.isEmpty());
        QVERIFY(rawResponse.json().isNull());
    }

    void httpsIsEnforced_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("http to a public host") << QStringLiteral("http://api.lightspeedapp.com/v1/sales");
        QTest::newRow("http to a LAN address") << QStringLiteral("http://192.168.1.10/api");
        QTest::newRow("loopback look-alike") << QStringLiteral("http://127.0.0.1.example.com/");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/file");
        QTest::newRow("relative") << QStringLiteral("/v1/sales");
    }

    void httpsIsEnforced()
    {
        QFETCH(QString, address);
        QSignalSpy attempts(m_client.get(), &HttpClient::attemptFinished);
        QSignalSpy requests(m_client.get(), &HttpClient::requestFinished);
        HttpRequest request;
        request.url = QUrl(address);
        const HttpResponse response = run(request);
        QVERIFY(!response.ok);
        QCOMPARE(response.error, HttpError::InsecureUrl);
        QCOMPARE(response.attempts, 0); // refused before sending
        QCOMPARE(attempts.size(), 0);
        QCOMPARE(requests.size(), 1);
        QVERIFY(response.errorString.contains(QLatin1String("HTTPS")));
    }

    void transportPolicy()
    {
        QVERIFY(isTransportAllowed(QUrl(QStringLiteral("https://api.brevo.com/v3/contacts"))));
        QVERIFY(isTransportAllowed(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
        QVERIFY(isTransportAllowed(QUrl(QStringLiteral("http://127.8.9.10/"))));
        QVERIFY(isTransportAllowed(QUrl(QStringLiteral("http://[::1]:9/"))));
        QVERIFY(isTransportAllowed(QUrl(QStringLiteral("http://localhost/"))));
        QVERIFY(!isTransportAllowed(QUrl(QStringLiteral("http://api.brevo.com/"))));
        QVERIFY(!isTransportAllowed(QUrl(QStringLiteral("http://10.0.0.1/"))));
        QVERIFY(!isTransportAllowed(QUrl(QStringLiteral("file:///etc/passwd"))));
    }

    void tlsErrorsAreNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        TinyTlsServer server;
        QVERIFY(server.start());
        QUrl address(QStringLiteral("https://127.0.0.1/v1/ping"));
        address.setPort(server.serverPort());

        // Self-signed: the handshake fails and nothing is sent, not retried.
        const HttpResponse refused = run(HttpRequest::getJson(address));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, HttpError::Tls);
        QCOMPARE(refused.attempts, 1);
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.errorString.contains(QLatin1String("TLS")), qPrintable(refused.errorString));
        QVERIFY(server.received.isEmpty());

        // Once the certificate is trusted, the same request goes through.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(QSslCertificate(QByteArray(kTestCertificate), QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
        m_client->networkAccessManager()->clearConnectionCache(); // connections keep their TLS settings
        const HttpResponse accepted = run(HttpRequest::getJson(address));
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(accepted.ok, qPrintable(accepted.errorString));
        QVERIFY(server.received.startsWith("GET /v1/ping HTTP/1.1"));
    }

    void redirectsFollowTheTransportPolicy()
    {
        QUrlQuery safe;
        safe.addQueryItem(QStringLiteral("to"), QStringLiteral("/_sandbox/echo"));
        const HttpResponse followed = run(HttpRequest::getJson(
            url(QStringLiteral("/_sandbox/redirect"), safe.toString(QUrl::FullyEncoded))));
        QVERIFY2(followed.ok, qPrintable(followed.errorString));
        QCOMPARE(followed.json().object().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/_sandbox/echo"));

        QUrlQuery unsafe;
        unsafe.addQueryItem(QStringLiteral("to"), QStringLiteral("http://api.lightspeedapp.com/steal"));
        const HttpResponse refused = run(HttpRequest::getJson(
            url(QStringLiteral("/_sandbox/redirect"), unsafe.toString(QUrl::FullyEncoded))));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, HttpError::InsecureUrl);
        QCOMPARE(refused.attempts, 1);
        QVERIFY2(
            refused.errorString.contains(QLatin1String("redirect to http://api.lightspeedapp.com/steal")),
            qPrintable(refused.errorString));
    }

    void circuitBreakerOpensAndRecovers()
    {
        ConnectorProfile profile;
        profile.name = QStringLiteral("thefork");
        profile.retry = fastPolicy(0);
        profile.breaker.consecutiveFailures = 2;
        profile.breaker.failureRateThreshold = 0;
        profile.breaker.cooldownMs = 300;
        m_client->setProfile(profile);
        QSignalSpy transitions(m_client.get(), &HttpClient::circuitStateChanged);
        plan(statuses({500, 502, 503}));

        HttpRequest request = HttpRequest::getJson(echoUrl());
        request.connector = QStringLiteral("thefork");
        QCOMPARE(run(request).status, 500);
        QCOMPARE(run(request).status, 502);
        QCOMPARE(m_client->breaker(QStringLiteral("thefork"))->state(), CircuitBreaker::State::Open);

        // Open: fails at once, nothing reaches the server.
        const HttpResponse refused = run(request);
        QCOMPARE(refused.error, HttpError::CircuitOpen);
        QCOMPARE(refused.attempts, 0);
        QVERIFY(refused.retryAfterMs && *refused.retryAfterMs > 0);
        QVERIFY2(refused.errorString.contains(QLatin1String("thefork")), qPrintable(refused.errorString));
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 2);

        // After the cool-down the probe fails (503): open again.
        QTest::qWait(320);
        QCOMPARE(run(request).status, 503);
        QCOMPARE(m_client->breaker(QStringLiteral("thefork"))->state(), CircuitBreaker::State::Open);
        QCOMPARE(run(request).error, HttpError::CircuitOpen);

        // Next probe succeeds: closed.
        QTest::qWait(320);
        QVERIFY(run(request).ok);
        QCOMPARE(m_client->breaker(QStringLiteral("thefork"))->state(), CircuitBreaker::State::Closed);
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 4);

        using S = CircuitBreaker::State;
        const QList<std::pair<S, S>> expected{{S::Closed, S::Open},
                                              {S::Open, S::HalfOpen},
                                              {S::HalfOpen, S::Open},
                                              {S::Open, S::HalfOpen},
                                              {S::HalfOpen, S::Closed}};
        QCOMPARE(transitions.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(transitions.at(i).at(0).toString(), QStringLiteral("thefork"));
            QCOMPARE(transitions.at(i).at(1).value<S>(), expected.at(i).first);
            QCOMPARE(transitions.at(i).at(2).value<S>(), expected.at(i).second);
        }
    }

    void clientErrorsDoNotTripTheBreaker()
    {
        ConnectorProfile profile;
        profile.name = QStringLiteral("crm");
        profile.retry = fastPolicy(0);
        profile.breaker.consecutiveFailures = 1;
        m_client->setProfile(profile);
        plan(statuses({404, 422}));
        HttpRequest request = HttpRequest::getJson(echoUrl());
        request.connector = QStringLiteral("crm");
        QCOMPARE(run(request).status, 404);
        QCOMPARE(run(request).status, 422);
        QCOMPARE(m_client->breaker(QStringLiteral("crm"))->state(), CircuitBreaker::State::Closed);
    }

    void rateLimiterSpacesRequests()
    {
        ConnectorProfile profile;
        profile.name = QStringLiteral("brevo");
        profile.rateBurst = 1;
        profile.ratePerSecond = 20; // one every 50 ms after the first
        m_client->setProfile(profile);
        HttpRequest request = HttpRequest::getJson(echoUrl());
        request.connector = QStringLiteral("brevo");

        int done = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 4; ++i)
            m_client->send(request, this, [&done](const HttpResponse& r) { done += r.ok ? 1 : 100; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 5'000);
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 4);
    }

    void tooManyRequestsPausesTheBucket()
    {
        ConnectorProfile profile;
        profile.name = QStringLiteral("brevo");
        profile.rateBurst = 5;
        profile.ratePerSecond = 100;
        m_client->setProfile(profile);
        FaultPlan p = statuses({429});
        p.rateLimitResetSeconds = 1;
        plan(p);
        HttpRequest request = HttpRequest::getJson(echoUrl());
        request.connector = QStringLiteral("brevo");
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(request).ok);
        // Another request on the same provider waited too: the bucket was paused.
        QVERIFY(run(request).ok);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(m_client->rateLimiter(QStringLiteral("brevo")) != nullptr);
        QVERIFY(m_client->rateLimiter(QStringLiteral("unknown")) == nullptr);
    }

    void apiKeyAndSigningDecorators()
    {
        const QByteArray key = Test::testSecret(QStringLiteral("http-api-key"));
        const QByteArray secret = Test::testSecret(QStringLiteral("http-signing"));
        ConnectorProfile profile;
        profile.name = QStringLiteral("metro");
        profile.decorate = RequestAuth::chain(
            {RequestAuth::apiKey("X-Api-Key", key), RequestAuth::metroSigning("client-7", secret)});
        m_client->setProfile(profile);
        QSignalSpy records(m_client.get(), &HttpClient::requestFinished);

        HttpRequest request =
            HttpRequest::json("PUT", echoUrl(), QJsonDocument(QJsonObject{{QStringLiteral("q"), 1}}));
        request.connector = QStringLiteral("metro");
        const HttpResponse response = run(request);
        QVERIFY2(response.ok, qPrintable(response.errorString));
        const QJsonObject headers = response.json().object().value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("x-api-key")).toString().toLatin1(), key);
        QCOMPARE(headers.value(QStringLiteral("x-client-id")).toString(), QStringLiteral("client-7"));
        const qint64 timestamp = headers.value(QStringLiteral("x-timestamp")).toString().toLongLong();
        QVERIFY(qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) < 5);
        QCOMPARE(headers.value(QStringLiteral("x-signature")).toString().toLatin1(),
                 RequestAuth::metroSignature(secret, "PUT", echoUrl().toEncoded(), request.body, timestamp));

        QCOMPARE(records.size(), 1);
        const auto record = records.at(0).at(0).value<OperationRecord>();
        QVERIFY(!record.path.contains(QString::fromLatin1(key)));
    }

    void recordsAreRedacted()
    {
        const QString token = QString::fromLatin1(Test::testSecret(QStringLiteral("query-token")));
        QSignalSpy attempts(m_client.get(), &HttpClient::attemptFinished);
        QSignalSpy requests(m_client.get(), &HttpClient::requestFinished);
        plan(statuses({500}));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), token);
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
        const HttpResponse response = run(
            HttpRequest::getJson(url(QStringLiteral("/_sandbox/echo"), query.toString(QUrl::FullyEncoded))));
        QVERIFY(response.ok);
        QCOMPARE(attempts.size(), 2);
        for (const auto& args : attempts + requests) {
            const auto record = args.at(0).value<OperationRecord>();
            QVERIFY2(!record.path.contains(token), qPrintable(record.path));
            QVERIFY2(!record.errorString.contains(token), qPrintable(record.errorString));
            QVERIFY(record.path.contains(QLatin1String("page=2")));
            QVERIFY(record.path.contains(QLatin1String("access_token=[REDACTED]")));
            QVERIFY(record.at.isValid());
        }
    }

    void destroyedContextSilencesCallback()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.latencyMs = 300;
        plan(p);
        bool called = false;
        auto* context = new QObject;
        m_client->send(HttpRequest::getJson(echoUrl()), context,
                       [&called](const HttpResponse&) { called = true; });
        QCOMPARE(m_client->pendingCount(), 1);
        QTest::qWait(50);
        delete context;
        QCOMPARE(m_client->pendingCount(), 0);
        QTest::qWait(400);
        QVERIFY(!called);
    }

    void cancelAll()
    {
        FaultPlan p;
        p.pathPrefix = QStringLiteral("/_sandbox/echo");
        p.latencyMs = 2'000;
        plan(p);
        std::optional<HttpResponse> result;
        m_client->send(HttpRequest::getJson(echoUrl()), this,
                       [&result](const HttpResponse& r) { result = r; });
        QTest::qWait(50);
        m_client->cancelAll();
        QVERIFY(result.has_value());
        QCOMPARE(result->error, HttpError::Cancelled);
        QVERIFY(!result->errorString.isEmpty());
        QCOMPARE(m_client->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
