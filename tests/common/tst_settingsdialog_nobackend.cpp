// SettingsDialog with no keyring reachable (no session bus): the dialog says
// what is missing, in the dialog itself (no modal box), and saves nothing.
// Also the areas' sections (addSection), which need no keyring.
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/connectorconfig.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/ui/settingsdialog.h"
#include "common/ui/settingssection.h"
#include "pos/connectors/posconnectors.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Moulin;

namespace {
/// A section that refuses until told otherwise, counting its calls.
class FakeSection : public SettingsSection
{
public:
    FakeSection()
        : field(new QLineEdit(this))
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(field);
    }

    bool validate(QString* error) override
    {
        ++validated;
        if (!valid) {
            field->setFocus();
            *error = QStringLiteral("Fake: wrong value");
        }
        return valid;
    }
    void apply() override { ++applied; }

    QLineEdit* field;
    bool valid = false;
    int validated = 0;
    int applied = 0;
};
} // namespace

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
        ConnectorConfig config = *parseConnectorConfig(Test::seedConfig()).config;
        config.clientSecret.clear();
        QVERIFY(ConnectorSettings::save(config));
        const QString ini = QDir(AppPaths::dataDir()).filePath(QStringLiteral("settings.ini"));
        const QByteArray iniBefore = Test::readFile(ini);

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
        QCOMPARE(Test::readFile(ini), iniBefore);
        QCOMPARE(ConnectorSettings::load(QStringLiteral("lightspeed"))->storeId, QStringLiteral("12345"));
        const QStringList leaks = Test::filesContaining(Test::writableRoots(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    void sectionsAreValidatedThenApplied()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("settingsdialog-sections")));
        CredentialStore store;
        SettingsDialog dialog(&store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!tabs->tabBar()->isVisible()); // only the connections: no tab bar

        auto* section = new FakeSection;
        dialog.addSection(QStringLiteral("Fake"), section);
        QCOMPARE(tabs->count(), 2);
        QVERIFY(tabs->tabBar()->isVisible());
        QCOMPARE(tabs->tabText(1), QStringLiteral("Fake"));
        QVERIFY(!dialog.currentSection());
        dialog.selectSection(QStringLiteral("Missing"));
        QVERIFY(!dialog.currentSection());

        // Refused: the section is shown with its message, nothing applied.
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click();
        QCOMPARE(dialog.currentSection(), section);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Fake: wrong value"));
        QTRY_COMPARE(QApplication::focusWidget(), section->field);
        QCOMPARE(section->applied, 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);

        section->valid = true;
        tabs->setCurrentIndex(0);
        ok->click();
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(section->applied, 1);
        QVERIFY(error->isHidden());
    }
};

QTEST_MAIN(TestSettingsDialogNoBackend)
#include "tst_settingsdialog_nobackend.moc"
