// METRO-Markets-style request signing and the API-key decorator.
#include "common/net/clock.h"
#include "common/net/redaction.h"
#include "common/net/requestsigner.h"
#include "testsupport.h"

#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QTest>

using namespace Moulin;

class TestRequestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureVector()
    {
        const QByteArray secret = Test::testSecret(QStringLiteral("metro-signing"));
        const QByteArray uri = "https://api.example-supplier.fr/openapi/v1/orders?channel=moulin";
        const QByteArray body = R"({"orderId":"PO-2025-0042","lines":[{"gtin":"3017620422003","qty":6}]})";
        const qint64 timestamp = 1'744'447'777;

        // Computed independently: HMAC-SHA256 over METHOD\nURI\nBODY\nTIMESTAMP.
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
        mac.addData("POST\n");
        mac.addData(uri + '\n');
        mac.addData(body + '\n');
        mac.addData("1744447777");
        const QByteArray expected = mac.result().toHex();
        QCOMPARE(expected.size(), 64);

        QCOMPARE(RequestAuth::metroSignature(secret, "POST", uri, body, timestamp), expected);
        QCOMPARE(RequestAuth::metroSignature(secret, "post", uri, body, timestamp),
                 expected); // method upper-cased
        // Every part is covered.
        QVERIFY(RequestAuth::metroSignature(secret, "PUT", uri, body, timestamp) != expected);
        QVERIFY(RequestAuth::metroSignature(secret, "POST", uri + "&x=1", body, timestamp) != expected);
        QVERIFY(RequestAuth::metroSignature(secret, "POST", uri, body + ' ', timestamp) != expected);
        QVERIFY(RequestAuth::metroSignature(secret, "POST", uri, body, timestamp + 1) != expected);
        QVERIFY(RequestAuth::metroSignature(secret + 'x', "POST", uri, body, timestamp) != expected);
    }

    void signingDecorator()
    {
        const QByteArray secret = Test::testSecret(QStringLiteral("metro-decorator"));
        ManualClock clock(1'744'447'777'500);
        const RequestDecorator decorate = RequestAuth::metroSigning("moulin-client-7", secret, &clock);

        HttpRequest source;
        source.method = "POST";
        source.url = QUrl(QStringLiteral("https://api.example-supplier.fr/openapi/v1/orders"));
        source.body = "{\"a\":1}";
        QNetworkRequest request(source.url);
        decorate(request, source);

        QCOMPARE(request.rawHeader("X-Client-Id"), QByteArray("moulin-client-7"));
        QCOMPARE(request.rawHeader("X-Timestamp"), QByteArray("1744447777"));
        QCOMPARE(
            request.rawHeader("X-Signature"),
            RequestAuth::metroSignature(secret, "POST", source.url.toEncoded(), source.body, 1'744'447'777));

        // Each attempt is signed afresh with the current time.
        clock.advanceMs(61'000);
        QNetworkRequest retry(source.url);
        decorate(retry, source);
        QCOMPARE(retry.rawHeader("X-Timestamp"), QByteArray("1744447838"));
        QVERIFY(retry.rawHeader("X-Signature") != request.rawHeader("X-Signature"));
    }

    void apiKeyDecorator()
    {
        const QByteArray key = Test::testSecret(QStringLiteral("shop-key"));
        HttpRequest source;
        source.url = QUrl(QStringLiteral("https://api.example.fr/v1/items"));
        QNetworkRequest request(source.url);
        RequestAuth::apiKey("X-Shop-Key", key)(request, source);
        QCOMPARE(request.rawHeader("X-Shop-Key"), key);

        QNetworkRequest bearer(source.url);
        RequestAuth::chain({RequestAuth::apiKey("Authorization", key, "Bearer "),
                            [](QNetworkRequest& r, const HttpRequest&) { r.setRawHeader("X-Extra", "1"); }})(
            bearer, source);
        QCOMPARE(bearer.rawHeader("Authorization"), "Bearer " + key);
        QCOMPARE(bearer.rawHeader("X-Extra"), QByteArray("1"));

        // A custom API-key header name becomes sensitive for redaction.
        QVERIFY(Redact::isSensitiveKey(u"x-shop-key"));
        QCOMPARE(Redact::headerValue("X-Shop-Key", key), QByteArray(Redact::kMask));
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
