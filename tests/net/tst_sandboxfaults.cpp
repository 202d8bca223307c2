// The sandbox's fault injection, driven over HTTP like the standalone
// moulin-sandbox is (POST/GET/DELETE /_sandbox/faults, /_sandbox/stats), and
// checked on the wire with a raw QTcpSocket where QNetworkAccessManager would
// hide the fault (truncated body, dropped connection).
#include "common/net/retrypolicy.h"
#include "sandbox/core/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Moulin;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray& name) const
        {
            for (const auto& h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
    };

    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {})
    {
        QUrl url = m_sandbox->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_nam->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10'000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    // The raw bytes the server sends for a GET, until it closes (or 5 s).
    QByteArray rawGet(const QString& path, bool* closed)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        if (!socket.waitForConnected(5'000))
            return {};
        socket.write("GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray data;
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        QElapsedTimer timer;
        timer.start();
        while (disconnected.isEmpty() && timer.elapsed() < 5'000) {
            QTest::qWait(10);
            data += socket.readAll();
        }
        data += socket.readAll();
        *closed = !disconnected.isEmpty();
        return data;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(7);
        QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_sandbox.reset();
    }

    void healthIsUnchanged()
    {
        const Reply r = call("GET", QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value(QStringLiteral("seed")).toInt(), 7);
    }

    void faultsOverHttp()
    {
        const QByteArray plan =
            R"({"pathPrefix":"/_sandbox/echo","statuses":[418,503],"retryAfterSeconds":2})";
        const Reply set = call("POST", QStringLiteral("/_sandbox/faults"), plan);
        QCOMPARE(set.status, 200);
        QCOMPARE(m_sandbox->faultPlans().size(), 1);
        QCOMPARE(m_sandbox->faultPlans().at(0).statuses, (QList<int>{418, 503}));

        const Reply listed = call("GET", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(listed.json().value(QStringLiteral("plans")).toArray().size(), 1);

        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 418);
        const Reply unavailable = call("GET", QStringLiteral("/_sandbox/echo"));
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.header("Retry-After"), QByteArray("2"));
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 200); // queue used up
        // Other paths are out of the plan's scope.
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/gzip")).status, 200);

        QCOMPARE(call("DELETE", QStringLiteral("/_sandbox/faults")).status, 200);
        QVERIFY(m_sandbox->faultPlans().isEmpty());
    }

    void invalidPlansAreRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("unknown key") << QByteArray(R"({"latency":5})");
        QTest::newRow("rate > 1") << QByteArray(R"({"errorRate":1.5})");
        QTest::newRow("bad status") << QByteArray(R"({"statuses":[42]})");
        QTest::newRow("bad prefix") << QByteArray(R"({"pathPrefix":"echo"})");
        QTest::newRow("times zero") << QByteArray(R"({"times":0})");
        QTest::newRow("bool as string") << QByteArray(R"({"dropConnection":"yes"})");
    }

    void invalidPlansAreRejected()
    {
        QFETCH(QByteArray, body);
        const Reply r = call("POST", QStringLiteral("/_sandbox/faults"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(m_sandbox->faultPlans().isEmpty());
    }

    void planRoundTripsThroughJson()
    {
        FaultPlan plan;
        plan.pathPrefix = QStringLiteral("/v1/");
        plan.errorRate = 0.25;
        plan.errorStatus = 502;
        plan.statuses = {429, 503};
        plan.retryAfterSeconds = 3;
        plan.retryAfterHttpDate = true;
        plan.rateLimitResetSeconds = 4;
        plan.latencyMs = 10;
        plan.dropConnection = true;
        plan.truncateBody = true;
        plan.malformedJson = true;
        plan.times = 9;
        const auto back = FaultPlan::fromJson(plan.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), plan.toJson());
    }

    void statsCountHits()
    {
        call("GET", QStringLiteral("/_sandbox/echo"));
        call("POST", QStringLiteral("/_sandbox/echo"), "{}");
        call("GET", QStringLiteral("/_sandbox/gzip"));
        call("GET", QStringLiteral("/health")); // not a counted route
        QCOMPARE(m_sandbox->hits(QStringLiteral("/_sandbox/echo")), 2);
        QCOMPARE(m_sandbox->totalHits(), 3);
        const Reply stats = call("GET", QStringLiteral("/_sandbox/stats"));
        QCOMPARE(stats.json().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(stats.json()
                     .value(QStringLiteral("hits"))
                     .toObject()
                     .value(QStringLiteral("/_sandbox/gzip"))
                     .toInt(),
                 1);
        call("DELETE", QStringLiteral("/_sandbox/stats"));
        QCOMPARE(m_sandbox->totalHits(), 0);
    }

    void errorRateIsSeeded()
    {
        FaultPlan always;
        always.errorRate = 1.0;
        always.errorStatus = 502;
        m_sandbox->setFaultPlan(always);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 502);

        FaultPlan half;
        half.errorRate = 0.5;
        m_sandbox->setFaultPlan(half); // same prefix "/": replaces
        QCOMPARE(m_sandbox->faultPlans().size(), 1);
        int errors = 0;
        for (int i = 0; i < 40; ++i)
            errors += call("GET", QStringLiteral("/_sandbox/echo")).status == 500 ? 1 : 0;
        QVERIFY2(errors > 8 && errors < 32, qPrintable(QString::number(errors)));
    }

    void timesRemovesThePlan()
    {
        FaultPlan plan;
        plan.errorRate = 1.0;
        plan.times = 2;
        m_sandbox->setFaultPlan(plan);
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 500);
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 500);
        QVERIFY(m_sandbox->faultPlans().isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 200);
    }

    void longestPrefixWins()
    {
        FaultPlan broad;
        broad.pathPrefix = QStringLiteral("/_sandbox/");
        broad.errorRate = 1.0;
        broad.errorStatus = 500;
        FaultPlan narrow;
        narrow.pathPrefix = QStringLiteral("/_sandbox/gzip");
        narrow.errorRate = 1.0;
        narrow.errorStatus = 504;
        m_sandbox->setFaultPlan(broad);
        m_sandbox->setFaultPlan(narrow);
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/gzip")).status, 504);
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 500);
        // Control endpoints are never faulted.
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/faults")).status, 200);
    }

    void retryAfterHeaders()
    {
        FaultPlan plan;
        plan.statuses = {429, 503, 429};
        plan.retryAfterSeconds = 30;
        plan.retryAfterHttpDate = true;
        m_sandbox->setFaultPlan(plan);
        const Reply first = call("GET", QStringLiteral("/_sandbox/echo"));
        QCOMPARE(first.status, 429);
        const auto delay =
            RetryPolicy::parseRetryAfter(first.header("Retry-After"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(delay && *delay >= 29'000 && *delay <= 31'000, first.header("Retry-After").constData());
        QVERIFY(first.header("x-sib-ratelimit-reset").isNull());
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 503);

        FaultPlan brevo;
        brevo.statuses = {429};
        brevo.rateLimitResetSeconds = 12;
        m_sandbox->setFaultPlan(brevo);
        const Reply limited = call("GET", QStringLiteral("/_sandbox/echo"));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").isNull());
        QCOMPARE(limited.header("x-sib-ratelimit-reset"), QByteArray("12"));
        QCOMPARE(limited.header("x-sib-ratelimit-remaining"), QByteArray("0"));
    }

    void truncatedBodyOnTheWire()
    {
        FaultPlan plan;
        plan.truncateBody = true;
        m_sandbox->setFaultPlan(plan);
        bool closed = false;
        const QByteArray raw = rawGet(QStringLiteral("/_sandbox/gzip"), &closed);
        QVERIFY(closed);
        const qsizetype split = raw.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray head = raw.left(split);
        QVERIFY(head.startsWith("HTTP/1.1 200"));
        const qsizetype at = head.toLower().indexOf("content-length: ");
        QVERIFY(at > 0);
        const qsizetype announced = head.mid(at + 16).split('\r').first().toLongLong();
        const qsizetype sent = raw.size() - split - 4;
        QVERIFY2(sent < announced, qPrintable(QStringLiteral("%1 < %2").arg(sent).arg(announced)));
    }

    void droppedConnectionOnTheWire()
    {
        FaultPlan plan;
        plan.dropConnection = true;
        m_sandbox->setFaultPlan(plan);
        bool closed = false;
        const QByteArray raw = rawGet(QStringLiteral("/_sandbox/echo"), &closed);
        QVERIFY(closed);
        QVERIFY(raw.isEmpty());
    }

    void malformedJsonOnTheWire()
    {
        FaultPlan plan;
        plan.malformedJson = true;
        m_sandbox->setFaultPlan(plan);
        const Reply r = call("GET", QStringLiteral("/_sandbox/echo"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError); // complete answer, broken content
        QVERIFY(!r.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void latencyDelaysTheAnswer()
    {
        FaultPlan plan;
        plan.latencyMs = 200;
        m_sandbox->setFaultPlan(plan);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/echo")).status, 200);
        QVERIFY2(timer.elapsed() >= 190, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
