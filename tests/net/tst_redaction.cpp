// Redaction: nothing secret reaches a log line — headers, query strings,
// form bodies, JSON at any depth, free text.
#include "common/net/redaction.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Moulin;

class TestRedaction : public QObject
{
    Q_OBJECT

    const QByteArray m_secret = Test::testSecret(QStringLiteral("redaction"));
    const QString m_secretText = QString::fromLatin1(m_secret);

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("sensitive");
        for (const char* name : {"Authorization", "authorization", "Proxy-Authorization", "Cookie",
                                 "Set-Cookie", "api-key", "X-Api-Key", "X-API-KEY", "X-Signature",
                                 "X-Moulin-Signature", "X-Auth-Token", "X-Client-Secret"})
            QTest::newRow(name) << QByteArray(name) << true;
        for (const char* name : {"Content-Type", "Accept", "User-Agent", "X-Timestamp", "Idempotency-Key",
                                 "X-Request-Id", "x-sib-ratelimit-reset", "X-Client-Id"})
            QTest::newRow(name) << QByteArray(name) << false;
    }

    void headers()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, sensitive);
        const HttpHeaders redacted = Redact::headers({{name, "Bearer " + m_secret}, {"Accept", "*/*"}});
        QCOMPARE(redacted.size(), 2);
        QCOMPARE(redacted.at(0).first, name);
        QCOMPARE(redacted.at(0).second.contains(m_secret), !sensitive);
        QCOMPARE(redacted.at(1).second, QByteArray("*/*"));
    }

    void queryStrings()
    {
        QUrl url(QStringLiteral("https://user:pw@api.example.fr/oauth/callback"));
        QUrlQuery query;
        for (const char* key : {"access_token", "refresh_token", "client_secret", "code_verifier", "code",
                                "api_key", "apikey", "key", "signature", "id_token", "password"})
            query.addQueryItem(QString::fromLatin1(key), m_secretText);
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
        url.setQuery(query);

        const QString full = Redact::url(url);
        QVERIFY2(!full.contains(m_secretText), qPrintable(full));
        QVERIFY2(!full.contains(QLatin1String("pw")), qPrintable(full));
        QVERIFY(full.startsWith(QLatin1String("https://api.example.fr/oauth/callback?")));
        QVERIFY(full.contains(QLatin1String("page=2")));
        QVERIFY(full.contains(QLatin1String("state=xyz")));
        QVERIFY(full.contains(QLatin1String("access_token=[REDACTED]")));
        QVERIFY(full.contains(QLatin1String("code_verifier=[REDACTED]")));

        const QString path = Redact::pathAndQuery(url);
        QVERIFY(path.startsWith(QLatin1String("/oauth/callback?")));
        QVERIFY(!path.contains(m_secretText));
        QCOMPARE(Redact::pathAndQuery(QUrl(QStringLiteral("https://h/a%20b?x=1"))),
                 QStringLiteral("/a%20b?x=1"));
    }

    void formBody()
    {
        const QByteArray form = "grant_type=refresh_token&refresh_token=" + m_secret + "&client_id=moulin" +
                                "&client_secret=" + m_secret + "&code_verifier=" + m_secret +
                                "&code=" + m_secret;
        const QByteArray redacted = Redact::body(form, "application/x-www-form-urlencoded");
        QVERIFY2(!redacted.contains(m_secret), redacted.constData());
        QVERIFY(redacted.contains("grant_type=refresh_token")); // a value, not a secret
        QVERIFY(redacted.contains("client_id=moulin"));
        // Recognised without a content type too.
        QVERIFY(!Redact::body(form).contains(m_secret));
    }

    void jsonBody()
    {
        const QJsonObject object{
            {QStringLiteral("access_token"), m_secretText},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), 3600},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("client_secret"), m_secretText},
                         {QStringLiteral("name"), QStringLiteral("Le Vieux Moulin")}}},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("apiKey"), m_secretText}},
                        QJsonObject{{QStringLiteral("sku"), QStringLiteral("A-1")}}}},
        };
        const QByteArray json = QJsonDocument(object).toJson();
        const QByteArray redacted = Redact::body(json, "application/json");
        QVERIFY2(!redacted.contains(m_secret), redacted.constData());
        const QJsonObject back = QJsonDocument::fromJson(redacted).object();
        QCOMPARE(back.value(QStringLiteral("access_token")).toString(), QStringLiteral("[REDACTED]"));
        QCOMPARE(back.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(back.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Le Vieux Moulin"));
        QCOMPARE(back.value(QStringLiteral("items"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("sku"))
                     .toString(),
                 QStringLiteral("A-1"));
    }

    void freeText()
    {
        const QString line =
            QStringLiteral("POST failed: Authorization: Bearer %1; body {\"refresh_token\": \"%1\", "
                           "\"user\": \"chef\"} url https://bob:%1@x.fr/a?client_secret=%1&page=3 "
                           "api_key=%1")
                .arg(m_secretText);
        const QString redacted = Redact::text(line);
        QVERIFY2(!redacted.contains(m_secretText), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("\"user\": \"chef\"")));
        QVERIFY(redacted.contains(QLatin1String("page=3")));
        // Broken JSON falls back to text redaction.
        const QByteArray broken = "{\"access_token\": \"" + m_secret + "\", \"x\": ";
        QVERIFY(!Redact::body(broken, "application/json").contains(m_secret));
    }

    void extraSensitiveKey()
    {
        QVERIFY(!Redact::isSensitiveKey(u"X-Resto-Auth"));
        Redact::addSensitiveKey(QStringLiteral("X-Resto-Auth"));
        QVERIFY(Redact::isSensitiveKey(u"x-resto-auth"));
        QVERIFY(Redact::isSensitiveKey(u"X_RESTO_AUTH"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
