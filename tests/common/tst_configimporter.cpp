// ConfigImporter against a real keyring: the seed's example file imports
// (secret to the keyring, the rest to settings.ini); every bad file and a
// settings write failure leave the settings file and the keyring as they were.
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/configimporter.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "keychainsupport.h"
#include "pos/connectors/posconnectors.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;
using Status = CredentialStore::Status;
using Outcome = CredentialStore::Outcome;

namespace {

QJsonObject withConnection(QJsonObject object, const QString& key, const QJsonValue& value)
{
    QJsonObject connection = object.value(QStringLiteral("connection")).toObject();
    if (value.isUndefined())
        connection.remove(key);
    else
        connection.insert(key, value);
    object.insert(QStringLiteral("connection"), connection);
    return object;
}

QByteArray seedWithSecret(const QByteArray& secret)
{
    return QJsonDocument(withConnection(Test::seedConfigObject(), QStringLiteral("client_secret"),
                                        QString::fromUtf8(secret)))
        .toJson();
}

} // namespace

class TestConfigImporter : public QObject
{
    Q_OBJECT

private:
    CredentialStore* m_store = nullptr;
    const QString m_id = QStringLiteral("lightspeed");

    static QString settingsPath() { return AppPaths::settings()->fileName(); }

    /// Imports and waits for `finished`; returns its arguments.
    struct Result
    {
        bool ok = false;
        QString connectorId;
        QList<ConfigIssue> issues;
    };
    Result runImport(const std::function<void(ConfigImporter&)>& start)
    {
        ConfigImporter importer(m_store);
        QSignalSpy spy(&importer, &ConfigImporter::finished);
        start(importer);
        const bool emittedInside = spy.count() > 0;
        if (!spy.wait(20000) && spy.isEmpty())
            return {false, QStringLiteral("timeout"), {}};
        QTest::qWait(20); // a second emission would be a bug
        Result r{spy.at(0).at(0).toBool(), spy.at(0).at(1).toString(),
                 spy.at(0).at(2).value<QList<ConfigIssue>>()};
        if (emittedInside || spy.count() != 1)
            r.connectorId = QStringLiteral("finished emitted %1 time(s), inside the call: %2")
                                .arg(spy.count())
                                .arg(emittedInside);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        initApplicationInfo();
        registerPosConnectors();
        m_store = new CredentialStore(this);
    }

    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("configimporter")));
        const Outcome removed = Test::removeSecret(*m_store, m_id);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
    }

    void importSeedFile()
    {
        const Result r =
            runImport([](ConfigImporter& importer) { importer.importFile(Test::seedConfigPath()); });
        QVERIFY2(r.ok, qPrintable(r.issues.value(0).message + r.connectorId));
        QCOMPARE(r.connectorId, m_id);
        QVERIFY(r.issues.isEmpty());

        // The secret went to the keyring...
        const Outcome secret = Test::readSecret(*m_store, m_id);
        QVERIFY2(secret.ok(), qPrintable(secret.message));
        QCOMPARE(secret.secret, QByteArray("YOUR_CLIENT_SECRET"));

        // ...and the rest to the settings, without the secret.
        const QByteArray ini = Test::readFile(settingsPath());
        QVERIFY(!ini.isEmpty());
        QVERIFY(!ini.contains("YOUR_CLIENT_SECRET"));
        QVERIFY(!ini.contains("client_secret"));
        QCOMPARE(ConnectorSettings::configuredIds(), QStringList{m_id});
        const auto stored = ConnectorSettings::load(m_id);
        QVERIFY(stored);
        QVERIFY(stored->clientSecret.isEmpty());
        QCOMPARE(stored->toJson(false),
                 withConnection(Test::seedConfigObject(), QStringLiteral("client_secret"),
                                QJsonValue(QJsonValue::Undefined)));
    }

    void importedSecretNeverReachesAFile()
    {
        const QByteArray secret = Test::testSecret(QStringLiteral("importer"));
        const Result r = runImport([&](ConfigImporter& importer) {
            importer.importJson(seedWithSecret(secret), QStringLiteral("test"));
        });
        QVERIFY(r.ok);
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, secret);
        QVERIFY(ConnectorSettings::load(m_id));
        const QStringList leaks = Test::filesContaining(Test::writableRoots(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    void reimportReplacesSecretAndSettings()
    {
        QVERIFY(runImport([](ConfigImporter& i) {
                    i.importJson(seedWithSecret(Test::testSecret(QStringLiteral("old"))),
                                 QStringLiteral("a"));
                }).ok);
        QJsonObject changed = withConnection(Test::seedConfigObject(), QStringLiteral("client_secret"),
                                             QString::fromUtf8(Test::testSecret(QStringLiteral("new"))));
        changed = withConnection(changed, QStringLiteral("store_id"), QStringLiteral("999"));
        QVERIFY(runImport([&](ConfigImporter& i) {
                    i.importJson(QJsonDocument(changed).toJson(), QStringLiteral("b"));
                }).ok);
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, Test::testSecret(QStringLiteral("new")));
        QCOMPARE(ConnectorSettings::load(m_id)->storeId, QStringLiteral("999"));
    }

    void badFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");

        const QByteArray secret = Test::testSecret(QStringLiteral("bad"));
        const auto doc = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
        const QJsonObject base = withConnection(Test::seedConfigObject(), QStringLiteral("client_secret"),
                                                QString::fromUtf8(secret));

        // A missing comma: the parser stops on the next line.
        QByteArray syntax = doc(base);
        const QByteArray member = "\"auth_method\": \"oauth2\",";
        const int memberLine = int(syntax.left(syntax.indexOf(member)).count('\n')) + 1;
        syntax.replace(member, member.chopped(1));
        QTest::newRow("invalid JSON") << syntax << QString() << memberLine + 1;

        QJsonObject unknown = base;
        unknown.insert(QStringLiteral("extra"), 1);
        QTest::newRow("unknown key") << doc(unknown) << QStringLiteral("extra") << 0;

        QTest::newRow("missing field")
            << doc(withConnection(base, QStringLiteral("store_id"), QJsonValue(QJsonValue::Undefined)))
            << QStringLiteral("connection.store_id") << 0;

        QJsonObject wrongType = base;
        QJsonObject sync = wrongType.value(QStringLiteral("sync_settings")).toObject();
        sync.insert(QStringLiteral("transactions"),
                    QJsonObject{{QStringLiteral("enabled"), true},
                                {QStringLiteral("interval_minutes"), QStringLiteral("5")}});
        wrongType.insert(QStringLiteral("sync_settings"), sync);
        QTest::newRow("wrongly typed field")
            << doc(wrongType) << QStringLiteral("sync_settings.transactions.interval_minutes") << 0;

        QTest::newRow("non-HTTPS api_url")
            << doc(withConnection(base, QStringLiteral("api_url"),
                                  QStringLiteral("http://api.lightspeed.com/v1/")))
            << QStringLiteral("connection.api_url") << 0;

        QJsonObject zero = base;
        sync.insert(QStringLiteral("transactions"),
                    QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("interval_minutes"), 0}});
        zero.insert(QStringLiteral("sync_settings"), sync);
        QTest::newRow("interval 0") << doc(zero)
                                    << QStringLiteral("sync_settings.transactions.interval_minutes") << 0;
    }

    void badFileChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, line);

        // A connector is already configured, with its secret.
        const QByteArray before = Test::testSecret(QStringLiteral("before"));
        QVERIFY(runImport([&](ConfigImporter& i) {
                    i.importJson(seedWithSecret(before), QStringLiteral("good"));
                }).ok);
        const QByteArray iniBefore = Test::readFile(settingsPath());
        QVERIFY(!iniBefore.isEmpty());

        const Result r =
            runImport([&](ConfigImporter& i) { i.importJson(json, QStringLiteral("bad.json")); });
        QVERIFY(!r.ok);
        QCOMPARE(r.connectorId, QString());
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].field, field);
        QCOMPARE(r.issues[0].line, line);
        QVERIFY(!r.issues[0].message.isEmpty());

        QCOMPARE(Test::readFile(settingsPath()), iniBefore);
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, before);
        QVERIFY(
            Test::filesContaining(Test::writableRoots(), Test::testSecret(QStringLiteral("bad"))).isEmpty());
    }

    void badFileWithNothingConfiguredWritesNothing()
    {
        const Result r = runImport([](ConfigImporter& i) {
            i.importJson(QJsonDocument(withConnection(seedWithSecretObject(), QStringLiteral("api_url"),
                                                      QStringLiteral("http://api.lightspeed.com/")))
                             .toJson(),
                         QStringLiteral("bad.json"));
        });
        QVERIFY(!r.ok);
        QVERIFY(!QFile::exists(settingsPath()));
        QCOMPARE(Test::readSecret(*m_store, m_id).status, Status::NotFound);
    }

    void unreadableFile()
    {
        const Result r = runImport([](ConfigImporter& i) {
            i.importFile(QDir(AppPaths::dataDir()).filePath(QStringLiteral("missing.json")));
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues[0].message.contains(QLatin1String("missing.json")));
    }

    void settingsWriteFailureRestoresPreviousSecret()
    {
        const QByteArray before = Test::testSecret(QStringLiteral("kept"));
        QVERIFY(Test::saveSecret(*m_store, m_id, before).ok());
        // A directory where settings.ini should be: QSettings cannot write it.
        QVERIFY(QDir().mkpath(settingsPath()));

        const Result r = runImport([](ConfigImporter& i) {
            i.importJson(seedWithSecret(Test::testSecret(QStringLiteral("lost"))), QStringLiteral("test"));
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.connectorId, m_id);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, before);
    }

    void settingsWriteFailureRemovesNewSecret()
    {
        QVERIFY(QDir().mkpath(settingsPath()));
        const Result r = runImport([](ConfigImporter& i) {
            i.importJson(seedWithSecret(Test::testSecret(QStringLiteral("lost"))), QStringLiteral("test"));
        });
        QVERIFY(!r.ok);
        QCOMPARE(Test::readSecret(*m_store, m_id).status, Status::NotFound);
    }

private:
    static QJsonObject seedWithSecretObject()
    {
        return withConnection(Test::seedConfigObject(), QStringLiteral("client_secret"),
                              QString::fromUtf8(Test::testSecret(QStringLiteral("unused"))));
    }
};

QTEST_GUILESS_MAIN(TestConfigImporter)
#include "tst_configimporter.moc"
