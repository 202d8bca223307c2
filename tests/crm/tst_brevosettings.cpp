// A Brevo connection added as a user does, in Fichier ▸ Paramètres…: the API
// key goes to the keychain and nowhere else, and the runtime then syncs
// Brevo's contacts with it (the sandbox refuses a request without it).

#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/runtime/connectorruntime.h"
#include "common/ui/settingsdialog.h"
#include "crm/connectors/brevo/sandboxbrevo.h"
#include "crm/connectors/crmconnectors.h"
#include "keychainsupport.h"
#include "sandbox/core/sandboxserver.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

class TestBrevoSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    CredentialStore* m_store = nullptr;
    const QString m_id = QStringLiteral("brevo");

    template <typename T>
    static T* child(QWidget& dialog, const QString& name)
    {
        T* w = dialog.findChild<T*>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        initApplicationInfo();
        registerCrmConnectors();
        m_store = new CredentialStore(this);
        m_server = std::make_unique<SandboxServer>(3);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void addedInTheSettingsAndSynced()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("brevo-settings")));
        QVERIFY(Test::removeSecret(*m_store, m_id).ok());
        const QByteArray key = Test::testSecret(QStringLiteral("brevo-settings-key"));
        SandboxBrevo* brevo = SandboxBrevo::of(m_server.get());
        brevo->setRequireApiKey(true);
        brevo->addApiKey(key);

        SettingsDialog dialog(m_store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QMenu* menu = child<QPushButton>(dialog, QStringLiteral("addButton"))->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QAction* add = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == m_id)
                add = action;
        }
        QVERIFY(add);
        QVERIFY(add->isEnabled());
        add->trigger();
        QCOMPARE(dialog.currentConnectorId(), m_id);
        auto* url = child<QLineEdit>(dialog, QStringLiteral("apiUrlEdit"));
        QCOMPARE(url->text(), QStringLiteral("https://api.brevo.com/v3/"));
        url->setText(m_server->baseUrl().resolved(QUrl(QStringLiteral("/brevo/v3/"))).toString());
        child<QLineEdit>(dialog, QStringLiteral("storeIdEdit"))->setText(QStringLiteral("levieuxmoulin"));
        child<QLineEdit>(dialog, QStringLiteral("clientIdEdit"))
            ->setText(QStringLiteral("contact@levieuxmoulin.fr"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("clientSecretEdit")),
                         QString::fromUtf8(key));
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(accepted.count(), 1);

        const std::optional<ConnectorConfig> stored = ConnectorSettings::load(m_id);
        QVERIFY(stored);
        QCOMPARE(stored->authMethod, QStringLiteral("api_key"));
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, key);
        const QStringList leaks = Test::filesContaining(Test::writableRoots(), key);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));

        // The runtime runs it with the key from the keychain.
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
        ConnectorRuntime runtime(m_store);
        runtime.reload();
        QVERIFY(runtime.connectors().contains(m_id));
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QCOMPARE(runtime.syncNow(m_id), 1);
        QVERIFY(finished.wait(60000));
        const auto run = finished.first().at(0).value<FeedRunSummary>();
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM crm_identity WHERE source = 'brevo'")).toInt(),
            int(brevo->contacts().size()));
        Database::closeConnection();
    }
};

QTEST_MAIN(TestBrevoSettings)
#include "tst_brevosettings.moc"
