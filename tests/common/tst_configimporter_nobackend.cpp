// ConfigImporter when the keyring cannot be reached (no session bus): the
// import fails on the secret, says how to fix it, and nothing is applied —
// no settings, no secret in any file.
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/configimporter.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "pos/connectors/posconnectors.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

class TestConfigImporterNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/bus"));
        initApplicationInfo();
        registerPosConnectors();
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("configimporter-nobackend")));
    }

    void keyringFailureAppliesNothing()
    {
        QJsonObject object = Test::seedConfigObject();
        QJsonObject connection = object.value(QStringLiteral("connection")).toObject();
        const QByteArray secret = Test::testSecret(QStringLiteral("importer-nobackend"));
        connection.insert(QStringLiteral("client_secret"), QString::fromUtf8(secret));
        object.insert(QStringLiteral("connection"), connection);

        CredentialStore store;
        ConfigImporter importer(&store);
        QSignalSpy spy(&importer, &ConfigImporter::finished);
        importer.importJson(QJsonDocument(object).toJson(), QStringLiteral("test"));
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("lightspeed"));
        const auto issues = spy.at(0).at(2).value<QList<ConfigIssue>>();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].field, QStringLiteral("connection.client_secret"));
        QCOMPARE(issues[0].message, CredentialStore::messageFor(CredentialStore::Status::NoBackend));

        QVERIFY(ConnectorSettings::configuredIds().isEmpty());
        QVERIFY(!QFile::exists(QDir(AppPaths::dataDir()).filePath(QStringLiteral("settings.ini"))));
        const QStringList leaks = Test::filesContaining(Test::writableRoots(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestConfigImporterNoBackend)
#include "tst_configimporter_nobackend.moc"
