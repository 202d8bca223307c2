// ConnectorConfig parsing and validation: the seed's own example file, and
// one row per way a file can be wrong (each names the field, syntax errors
// their line).
#include "common/core/connectorcatalog.h"
#include "common/core/connectorconfig.h"
#include "pos/connectors/posconnectors.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Moulin;

namespace {

/// The seed object with `path` ("a.b.c") set to `value`, or removed when
/// `value` is undefined.
QJsonObject with(QJsonObject object, const QStringList& path, const QJsonValue& value)
{
    const QString& key = path.first();
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    object.insert(key, with(object.value(key).toObject(), path.mid(1), value));
    return object;
}

QByteArray seedWith(const QString& dottedPath, const QJsonValue& value)
{
    return QJsonDocument(with(Test::seedConfigObject(), dottedPath.split(QLatin1Char('.')), value)).toJson();
}

QByteArray seedWithout(const QString& dottedPath)
{
    return seedWith(dottedPath, QJsonValue(QJsonValue::Undefined));
}

/// The seed text with its line `line` (1-based) replaced.
QByteArray seedLineReplaced(int line, const QByteArray& replacement)
{
    QList<QByteArray> lines = Test::seedConfig().split('\n');
    lines[line - 1] = replacement;
    return lines.join('\n');
}

} // namespace

class TestConnectorConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        registerPosConnectors();
        QVERIFY(ConnectorCatalog::byId(QStringLiteral("lightspeed")));
    }

    void seedExampleParses()
    {
        const ConfigParseResult result = parseConnectorConfig(Test::seedConfig());
        QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.value(0).message));
        QVERIFY(result.ok());
        const ConnectorConfig& c = *result.config;
        QCOMPARE(c.typeKey, QStringLiteral("pos_type"));
        QCOMPARE(c.typeName, QStringLiteral("LightSpeed"));
        QCOMPARE(c.connectorId, QStringLiteral("lightspeed"));
        QCOMPARE(c.apiUrl, QUrl(QStringLiteral("https://api.lightspeed.com/v1/")));
        QCOMPARE(c.storeId, QStringLiteral("12345"));
        QCOMPARE(c.authMethod, QStringLiteral("oauth2"));
        QCOMPARE(c.clientId, QStringLiteral("YOUR_CLIENT_ID"));
        QCOMPARE(c.clientSecret, QByteArray("YOUR_CLIENT_SECRET"));
        QCOMPARE(c.feeds.size(), 3);
        QCOMPARE(c.feeds[0], (FeedSetting{QStringLiteral("transactions"), true, 5}));
        QCOMPARE(c.feeds[1], (FeedSetting{QStringLiteral("menu_items"), true, 60}));
        QCOMPARE(c.feeds[2], (FeedSetting{QStringLiteral("promotions"), true, 120}));
        QCOMPARE(c.retryAttempts, 3);
        QCOMPARE(c.notificationEmail, QStringLiteral("tech@levieuxmoulin.fr"));
    }

    void toJsonRoundTrips()
    {
        const ConnectorConfig c = *parseConnectorConfig(Test::seedConfig()).config;
        QCOMPARE(c.toJson(true), Test::seedConfigObject());
        QJsonObject withoutSecret = Test::seedConfigObject();
        withoutSecret = with(withoutSecret, {QStringLiteral("connection"), QStringLiteral("client_secret")},
                             QJsonValue(QJsonValue::Undefined));
        QCOMPARE(c.toJson(false), withoutSecret);
        QVERIFY(!QJsonDocument(c.toJson(false)).toJson().contains("YOUR_CLIENT_SECRET"));
    }

    void validVariants_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("http loopback v4")
            << seedWith(QStringLiteral("connection.api_url"), QStringLiteral("http://127.0.0.1:8080/pos/"));
        QTest::newRow("http loopback 127/8")
            << seedWith(QStringLiteral("connection.api_url"), QStringLiteral("http://127.0.0.2/"));
        QTest::newRow("http loopback v6")
            << seedWith(QStringLiteral("connection.api_url"), QStringLiteral("http://[::1]:8080/"));
        QTest::newRow("http localhost")
            << seedWith(QStringLiteral("connection.api_url"), QStringLiteral("http://localhost:8080/v1/"));
        QTest::newRow("type name any case")
            << seedWith(QStringLiteral("pos_type"), QStringLiteral("lightspeed"));
        QTest::newRow("no sync_settings") << seedWithout(QStringLiteral("sync_settings"));
        QTest::newRow("no error_handling") << seedWithout(QStringLiteral("error_handling"));
        QTest::newRow("feed without interval")
            << seedWithout(QStringLiteral("sync_settings.transactions.interval_minutes"));
        QTest::newRow("interval one week")
            << seedWith(QStringLiteral("sync_settings.transactions.interval_minutes"), 10080);
        QTest::newRow("no retries") << seedWith(QStringLiteral("error_handling.retry_attempts"), 0);
        QTest::newRow("no email") << seedWithout(QStringLiteral("error_handling.notification_email"));
    }

    void validVariants()
    {
        QFETCH(QByteArray, json);
        const ConfigParseResult result = parseConnectorConfig(json);
        QVERIFY2(result.ok(), qPrintable(result.issues.value(0).message));
    }

    void defaultsComeFromTheCatalogue()
    {
        QJsonObject object = Test::seedConfigObject();
        object.remove(QStringLiteral("error_handling"));
        object.insert(
            QStringLiteral("sync_settings"),
            QJsonObject{{QStringLiteral("menu_items"), QJsonObject{{QStringLiteral("enabled"), false}}}});
        const ConfigParseResult result = validateConnectorConfig(object);
        QVERIFY(result.ok());
        const ConnectorConfig& c = *result.config;
        QCOMPARE(c.feeds.size(), 3);
        QCOMPARE(c.feeds[0], (FeedSetting{QStringLiteral("transactions"), true, 5}));
        QCOMPARE(c.feeds[1], (FeedSetting{QStringLiteral("menu_items"), false, 60}));
        QCOMPARE(c.feeds[2], (FeedSetting{QStringLiteral("promotions"), true, 120}));
        QCOMPARE(c.retryAttempts, ConnectorConfig::kDefaultRetryAttempts);
        QVERIFY(c.notificationEmail.isEmpty());
    }

    void badCases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");

        // Syntax: no field, the line where the parser stopped.
        QTest::newRow("syntax: seed's comment line kept")
            << QByteArray("// Exemple de configuration POS (pos/config.json)\n" + Test::seedConfig())
            << QString() << 1;
        QTest::newRow("syntax: missing comma")
            << seedLineReplaced(5, "    \"store_id\": \"12345\"") << QString() << 6;
        QTest::newRow("syntax: trailing comma")
            << seedLineReplaced(26, "    \"notification_email\": \"tech@levieuxmoulin.fr\",") << QString()
            << 27;
        QTest::newRow("syntax: unterminated string")
            << seedLineReplaced(7, "    \"client_id\": \"YOUR_CLIENT_ID,") << QString() << 8;
        QTest::newRow("syntax: unclosed object")
            << Test::seedConfig().left(Test::seedConfig().lastIndexOf('}')) << QString() << 28;
        QTest::newRow("syntax: empty file") << QByteArray() << QString() << 1;
        QTest::newRow("syntax: not an object") << QByteArray("[1, 2]") << QString() << 0;

        // Unknown keys, at every level.
        QTest::newRow("unknown top-level key")
            << seedWith(QStringLiteral("comment"), QStringLiteral("x")) << QStringLiteral("comment") << 0;
        QTest::newRow("unknown type key") << seedWith(QStringLiteral("crm_type"), QStringLiteral("Brevo"))
                                          << QStringLiteral("crm_type") << 0;
        QTest::newRow("unknown connection key")
            << seedWith(QStringLiteral("connection.token"), QStringLiteral("x"))
            << QStringLiteral("connection.token") << 0;
        QTest::newRow("unknown feed") << seedWith(QStringLiteral("sync_settings.orders"),
                                                  QJsonObject{{QStringLiteral("enabled"), true}})
                                      << QStringLiteral("sync_settings.orders") << 0;
        QTest::newRow("unknown feed key") << seedWith(QStringLiteral("sync_settings.transactions.every"), 5)
                                          << QStringLiteral("sync_settings.transactions.every") << 0;
        QTest::newRow("unknown error_handling key")
            << seedWith(QStringLiteral("error_handling.email"), QStringLiteral("a@b.fr"))
            << QStringLiteral("error_handling.email") << 0;

        // Missing required fields.
        for (const QString& path :
             {QStringLiteral("pos_type"), QStringLiteral("connection"), QStringLiteral("connection.api_url"),
              QStringLiteral("connection.store_id"), QStringLiteral("connection.auth_method"),
              QStringLiteral("connection.client_id"), QStringLiteral("connection.client_secret")}) {
            QTest::addRow("missing %s", qPrintable(path)) << seedWithout(path) << path << 0;
        }

        // Wrong types.
        const QString interval = QStringLiteral("sync_settings.transactions.interval_minutes");
        const QString enabled = QStringLiteral("sync_settings.transactions.enabled");
        const struct
        {
            const char* name;
            QString path;
            QJsonValue value;
        } wrongTypes[] = {
            {"pos_type number", QStringLiteral("pos_type"), 5},
            {"connection string", QStringLiteral("connection"), QStringLiteral("x")},
            {"api_url number", QStringLiteral("connection.api_url"), 42},
            {"store_id number", QStringLiteral("connection.store_id"), 12345},
            {"auth_method bool", QStringLiteral("connection.auth_method"), true},
            {"client_id null", QStringLiteral("connection.client_id"), QJsonValue::Null},
            {"client_secret number", QStringLiteral("connection.client_secret"), 123},
            {"sync_settings array", QStringLiteral("sync_settings"), QJsonArray{1}},
            {"feed number", QStringLiteral("sync_settings.transactions"), 5},
            {"interval string", interval, QStringLiteral("5")},
            {"interval fraction", interval, 5.5},
            {"enabled string", enabled, QStringLiteral("yes")},
            {"enabled number", enabled, 1},
            {"error_handling string", QStringLiteral("error_handling"), QStringLiteral("x")},
            {"retry_attempts string", QStringLiteral("error_handling.retry_attempts"), QStringLiteral("3")},
            {"notification_email number", QStringLiteral("error_handling.notification_email"), 5},
        };
        for (const auto& row : wrongTypes)
            QTest::addRow("wrong type: %s", row.name) << seedWith(row.path, row.value) << row.path << 0;

        // Empty values.
        for (const QString& path :
             {QStringLiteral("connection.api_url"), QStringLiteral("connection.store_id"),
              QStringLiteral("connection.client_id"), QStringLiteral("connection.client_secret")})
            QTest::addRow("empty %s", qPrintable(path)) << seedWith(path, QString()) << path << 0;

        // Values the catalogue refuses.
        QTest::newRow("unknown pos type") << seedWith(QStringLiteral("pos_type"), QStringLiteral("Square"))
                                          << QStringLiteral("pos_type") << 0;
        QTest::newRow("unknown auth method")
            << seedWith(QStringLiteral("connection.auth_method"), QStringLiteral("basic"))
            << QStringLiteral("connection.auth_method") << 0;
        QTest::newRow("auth method of another type")
            << seedWith(QStringLiteral("connection.auth_method"), QStringLiteral("api_key"))
            << QStringLiteral("connection.auth_method") << 0;

        // api_url: HTTPS only, loopback excepted.
        const QString url = QStringLiteral("connection.api_url");
        for (const char* bad : {"http://api.lightspeed.com/v1/", "ftp://api.lightspeed.com/", "not a url",
                                "https://user:pass@api.lightspeed.com/", "http://192.168.1.10/",
                                "http://localhost.example.com/", "https://"}) {
            QTest::addRow("api_url %s", bad) << seedWith(url, QString::fromLatin1(bad)) << url << 0;
        }

        // Intervals and retries out of range, bad e-mail.
        for (int bad : {0, -5, 10081})
            QTest::addRow("interval %d", bad) << seedWith(interval, bad) << interval << 0;
        const QString retries = QStringLiteral("error_handling.retry_attempts");
        for (int bad : {-1, 11})
            QTest::addRow("retry_attempts %d", bad) << seedWith(retries, bad) << retries << 0;
        const QString email = QStringLiteral("error_handling.notification_email");
        for (const char* bad :
             {"tech-at-levieuxmoulin.fr", "tech@localhost", "tech@@levieuxmoulin.fr", "a b@c.fr"})
            QTest::addRow("email %s", bad) << seedWith(email, QString::fromLatin1(bad)) << email << 0;
    }

    void badCases()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, line);

        const ConfigParseResult result = parseConnectorConfig(json);
        QVERIFY(!result.ok());
        QVERIFY(!result.config.has_value());
        QCOMPARE(result.issues.size(), 1);
        const ConfigIssue& issue = result.issues.first();
        QCOMPARE(issue.field, field);
        QCOMPARE(issue.line, line);
        QVERIFY(!issue.message.isEmpty());
        if (!field.isEmpty())
            QVERIFY2(issue.message.contains(field), qPrintable(issue.message));
        if (line > 0) {
            QVERIFY(issue.column >= 1);
            QVERIFY2(issue.message.contains(QString::number(line)), qPrintable(issue.message));
        }
    }

    void syntaxColumn()
    {
        const ConfigParseResult result = parseConnectorConfig("{\n  \"pos_type\": LightSpeed\n}");
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 2);
        QCOMPARE(result.issues[0].column, 15);
    }

    void everyIssueIsReported()
    {
        QJsonObject object =
            with(Test::seedConfigObject(), {QStringLiteral("connection"), QStringLiteral("api_url")},
                 QStringLiteral("http://api.lightspeed.com/"));
        object = with(object,
                      {QStringLiteral("sync_settings"), QStringLiteral("menu_items"),
                       QStringLiteral("interval_minutes")},
                      0);
        object = with(object, {QStringLiteral("surprise")}, true);
        const ConfigParseResult result = validateConnectorConfig(object);
        QStringList fields;
        for (const ConfigIssue& issue : result.issues)
            fields.append(issue.field);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("connection.api_url"), QStringLiteral("surprise"),
                                      QStringLiteral("sync_settings.menu_items.interval_minutes")}));
    }

    void secretOptionalForTheDialog()
    {
        const QJsonObject object =
            with(Test::seedConfigObject(), {QStringLiteral("connection"), QStringLiteral("client_secret")},
                 QJsonValue(QJsonValue::Undefined));
        QVERIFY(!validateConnectorConfig(object, SecretRequirement::Required).ok());
        const ConfigParseResult result = validateConnectorConfig(object, SecretRequirement::Optional);
        QVERIFY(result.ok());
        QVERIFY(result.config->clientSecret.isEmpty());
    }

    void authNoneNeedsNoSecret()
    {
        ConnectorCatalog::registerType({
            .kind = QStringLiteral("supplier"),
            .typeKey = QStringLiteral("supplier_type"),
            .typeName = QStringLiteral("TestLocal"),
            .id = QStringLiteral("testlocal"),
            .displayName = QStringLiteral("Test local supplier"),
            .authMethods = {QStringLiteral("api_key"), QStringLiteral("none")},
            .defaultApiUrl = QUrl(QStringLiteral("https://supplier.example.fr/")),
            .feeds = {{QStringLiteral("orders"), 15}},
        });
        QJsonObject object{
            {QStringLiteral("supplier_type"), QStringLiteral("TestLocal")},
            {QStringLiteral("connection"),
             QJsonObject{{QStringLiteral("api_url"), QStringLiteral("https://s.example.fr/")},
                         {QStringLiteral("store_id"), QStringLiteral("7")},
                         {QStringLiteral("auth_method"), QStringLiteral("none")}}},
        };
        ConfigParseResult result = validateConnectorConfig(object);
        QVERIFY2(result.ok(), qPrintable(result.issues.value(0).message));
        QCOMPARE(result.config->connectorId, QStringLiteral("testlocal"));
        QCOMPARE(result.config->feeds, (QList<FeedSetting>{{QStringLiteral("orders"), true, 15}}));

        // A secret given with "none" would be silently dropped: refused.
        QJsonObject connection = object.value(QStringLiteral("connection")).toObject();
        connection.insert(QStringLiteral("client_secret"),
                          QString::fromUtf8(Test::testSecret(QStringLiteral("none"))));
        object.insert(QStringLiteral("connection"), connection);
        result = validateConnectorConfig(object);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].field, QStringLiteral("connection.client_secret"));

        // Two connector types in one file.
        object = Test::seedConfigObject();
        object.insert(QStringLiteral("supplier_type"), QStringLiteral("TestLocal"));
        result = validateConnectorConfig(object);
        QVERIFY(!result.ok());
        QCOMPARE(result.issues[0].field, QStringLiteral("supplier_type"));
    }
};

QTEST_GUILESS_MAIN(TestConnectorConfig)
#include "tst_connectorconfig.moc"
