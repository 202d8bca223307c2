// SettingsDialog with no keyring reachable (no session bus): the dialog says
// what is missing, in the dialog itself (no modal box), and saves nothing.
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/connectorconfig.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/ui/settingsdialog.h"
#include "pos/core/posconnectors.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

class TestSettingsDialogNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/bus"));
        initApplicationInfo();
        registerPosConnectors();
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("settingsdialog-nobackend")));
    }

    void keyringErrorIsShownAndNothingIsSaved()
    {
        QFile file(QDir(Test::sourceDir()).filePath(QStringLiteral("tests/data/pos_config_seed.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ConnectorConfig config = *parseConnectorConfig(file.readAll()).config;
        config.clientSecret.clear();
        QVERIFY(ConnectorSettings::save(config));
        const QString ini = QDir(AppPaths::dataDir()).filePath(QStringLiteral("settings.ini"));
        const QByteArray iniBefore = Test::readAll(ini);

        CredentialStore store;
        SettingsDialog dialog(&store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();

        const QString noBackend = CredentialStore::messageFor(CredentialStore::Status::NoBackend);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("secretStatusLabel"));
        QVERIFY(status);
        QTRY_COMPARE(status->text(), noBackend);

        const QByteArray secret = Test::testSecret(QStringLiteral("dialog-nobackend"));
        dialog.findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->setText(QString::fromUtf8(secret));
        dialog.findChild<QLineEdit*>(QStringLiteral("storeIdEdit"))->setText(QStringLiteral("777"));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click();

        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), noBackend);
        QVERIFY(error->text().contains(QLatin1String("GNOME Keyring")));
        QVERIFY(ok->isEnabled()); // not stuck in "saving"
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);

        // Settings untouched (store_id was not written), secret nowhere.
        QCOMPARE(Test::readAll(ini), iniBefore);
        QCOMPARE(ConnectorSettings::load(QStringLiteral("lightspeed"))->storeId, QStringLiteral("12345"));
        const QStringList leaks = Test::filesContaining(Test::writableRoots(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestSettingsDialogNoBackend)
#include "tst_settingsdialog_nobackend.moc"
