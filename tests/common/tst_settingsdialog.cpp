// SettingsDialog, offscreen, against a real keyring: edits reach the
// settings on OK, invalid values are reported next to their field and save
// nothing, secrets go to the keyring only.
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/connectorconfig.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/ui/settingsdialog.h"
#include "keychainsupport.h"
#include "pos/connectors/posconnectors.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Moulin;
using Status = CredentialStore::Status;
using Outcome = CredentialStore::Outcome;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    CredentialStore* m_store = nullptr;
    const QString m_id = QStringLiteral("lightspeed");

    static QString settingsPath() { return AppPaths::settings()->fileName(); }

    static ConnectorConfig seedConfig()
    {
        ConnectorConfig config = *parseConnectorConfig(Test::seedConfig()).config;
        config.clientSecret.clear();
        return config;
    }

    /// The seed connector in the settings, with `secret` in the keyring.
    void configureSeed(const QByteArray& secret)
    {
        QVERIFY(ConnectorSettings::save(seedConfig()));
        const Outcome saved = Test::saveSecret(*m_store, m_id, secret);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    }

    template <typename T>
    static T* child(QWidget& dialog, const QString& name)
    {
        T* w = dialog.findChild<T*>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    static void clickOk(QWidget& dialog)
    {
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
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
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("settingsdialog")));
        const Outcome removed = Test::removeSecret(*m_store, m_id);
        QVERIFY(removed.ok());
    }

    void showsConfiguredConnector()
    {
        configureSeed(Test::testSecret(QStringLiteral("dialog-show")));
        SettingsDialog dialog(m_store);
        dialog.show();
        QCOMPARE(dialog.currentConnectorId(), m_id);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("apiUrlEdit"))->text(),
                 QStringLiteral("https://api.lightspeed.com/v1/"));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("storeIdEdit"))->text(), QStringLiteral("12345"));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("clientIdEdit"))->text(),
                 QStringLiteral("YOUR_CLIENT_ID"));
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("clientSecretEdit"))->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("clientSecretEdit"))->echoMode(),
                 QLineEdit::Password);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("feed_transactions_interval"))->value(), 5);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("feed_menu_items_interval"))->value(), 60);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("feed_promotions_interval"))->value(), 120);
        QVERIFY(child<QCheckBox>(dialog, QStringLiteral("feed_promotions_enabled"))->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("retryAttemptsSpin"))->value(), 3);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("notificationEmailEdit"))->text(),
                 QStringLiteral("tech@levieuxmoulin.fr"));
        // Whether a secret is stored is shown (never the secret itself).
        QTRY_VERIFY(child<QLabel>(dialog, QStringLiteral("secretStatusLabel"))
                        ->text()
                        .contains(QLatin1String("stored in the system keyring")));
    }

    void editIntervalSavesSettings()
    {
        const QByteArray secret = Test::testSecret(QStringLiteral("dialog-edit"));
        configureSeed(secret);
        SettingsDialog dialog(m_store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.show();

        QSpinBox* interval = child<QSpinBox>(dialog, QStringLiteral("feed_transactions_interval"));
        interval->setFocus();
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("15"));
        QCOMPARE(interval->value(), 15);
        child<QCheckBox>(dialog, QStringLiteral("feed_promotions_enabled"))->setChecked(false);
        clickOk(dialog);

        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).toStringList(), QStringList{m_id});
        const auto stored = ConnectorSettings::load(m_id);
        QVERIFY(stored);
        ConnectorConfig expected = seedConfig();
        expected.feeds[0].intervalMinutes = 15;
        expected.feeds[2].enabled = false;
        QCOMPARE(stored->toJson(false), expected.toJson(false));
        // The stored secret was kept.
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, secret);
    }

    void invalidValuesShowInlineErrorsAndSaveNothing()
    {
        configureSeed(Test::testSecret(QStringLiteral("dialog-invalid")));
        const QByteArray iniBefore = Test::readFile(settingsPath());
        SettingsDialog dialog(m_store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        QLabel* urlError = child<QLabel>(dialog, QStringLiteral("error_connection.api_url"));
        QLabel* emailError = child<QLabel>(dialog, QStringLiteral("error_error_handling.notification_email"));
        QVERIFY(urlError->isHidden());
        QLineEdit* url = child<QLineEdit>(dialog, QStringLiteral("apiUrlEdit"));
        url->setText(QStringLiteral("http://api.lightspeed.com/v1/"));
        child<QLineEdit>(dialog, QStringLiteral("notificationEmailEdit"))
            ->setText(QStringLiteral("tech-at-moulin"));
        clickOk(dialog);

        QVERIFY(urlError->isVisible());
        QVERIFY2(urlError->text().startsWith(QLatin1String("Must start with https://")),
                 qPrintable(urlError->text()));
        QVERIFY(emailError->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("error_connection.store_id"))->isHidden());
        QTRY_COMPARE(QApplication::focusWidget(), url);
        QVERIFY(dialog.isVisible());
        QTest::qWait(50);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(Test::readFile(settingsPath()), iniBefore);

        // Fixed: the errors go away and OK goes through.
        url->setText(QStringLiteral("http://127.0.0.1:8080/"));
        child<QLineEdit>(dialog, QStringLiteral("notificationEmailEdit"))->clear();
        clickOk(dialog);
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY(urlError->isHidden());
        QCOMPARE(ConnectorSettings::load(m_id)->apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    }

    void newConnectorSavesSecretInKeyringOnly()
    {
        SettingsDialog dialog(m_store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(child<QLabel>(dialog, QStringLiteral("emptyHint"))->isVisible());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("removeButton"))->isEnabled());

        // "Add…" offers the catalogue's types.
        QMenu* menu = child<QPushButton>(dialog, QStringLiteral("addButton"))->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QAction* lightspeed = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == m_id)
                lightspeed = action;
        }
        QVERIFY(lightspeed);
        QVERIFY(lightspeed->isEnabled());
        lightspeed->trigger();
        QCOMPARE(dialog.currentConnectorId(), m_id);
        Q_EMIT menu->aboutToShow();
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == m_id)
                QVERIFY(!action->isEnabled()); // already listed
        }

        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("apiUrlEdit"))->text(),
                 QStringLiteral("https://api.lsk.lightspeed.app/"));
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("feed_menu_items_interval"))->value(), 60);
        child<QLineEdit>(dialog, QStringLiteral("storeIdEdit"))->setText(QStringLiteral("42"));
        child<QLineEdit>(dialog, QStringLiteral("clientIdEdit"))->setText(QStringLiteral("moulin-client"));

        // Without a secret: refused, next to the secret field.
        clickOk(dialog);
        QLabel* secretError = child<QLabel>(dialog, QStringLiteral("error_connection.client_secret"));
        QVERIFY(secretError->isVisible());
        // The field is named by the label next to it, not repeated in the message.
        QCOMPARE(secretError->text(), QStringLiteral("Required field is missing."));
        QTest::qWait(50);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(ConnectorSettings::configuredIds().isEmpty());

        const QByteArray secret = Test::testSecret(QStringLiteral("dialog-new"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("clientSecretEdit")),
                         QString::fromUtf8(secret));
        clickOk(dialog);
        QTRY_COMPARE(accepted.count(), 1);

        const auto stored = ConnectorSettings::load(m_id);
        QVERIFY(stored);
        QCOMPARE(stored->storeId, QStringLiteral("42"));
        QCOMPARE(stored->clientId, QStringLiteral("moulin-client"));
        QCOMPARE(stored->apiUrl, QUrl(QStringLiteral("https://api.lsk.lightspeed.app/")));
        QCOMPARE(stored->authMethod, QStringLiteral("oauth2"));
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, secret);
        const QStringList leaks = Test::filesContaining(Test::writableRoots(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    void newSecretReplacesStoredOne()
    {
        configureSeed(Test::testSecret(QStringLiteral("dialog-old")));
        SettingsDialog dialog(m_store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        const QByteArray secret = Test::testSecret(QStringLiteral("dialog-replaced"));
        child<QLineEdit>(dialog, QStringLiteral("clientSecretEdit"))->setText(QString::fromUtf8(secret));
        clickOk(dialog);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, secret);
        QVERIFY(!Test::readFile(settingsPath()).contains(secret));
    }

    void removeConnectorDeletesSettingsAndSecret()
    {
        configureSeed(Test::testSecret(QStringLiteral("dialog-remove")));
        SettingsDialog dialog(m_store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        child<QPushButton>(dialog, QStringLiteral("removeButton"))->click();
        QCOMPARE(child<QListWidget>(dialog, QStringLiteral("connectorList"))->count(), 0);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("emptyHint"))->isVisible());
        // Nothing happens before OK.
        QCOMPARE(ConnectorSettings::configuredIds(), QStringList{m_id});
        clickOk(dialog);
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY(ConnectorSettings::configuredIds().isEmpty());
        QCOMPARE(Test::readSecret(*m_store, m_id).status, Status::NotFound);
    }

    void cancelSavesNothing()
    {
        const QByteArray secret = Test::testSecret(QStringLiteral("dialog-cancel"));
        configureSeed(secret);
        const QByteArray iniBefore = Test::readFile(settingsPath());
        SettingsDialog dialog(m_store);
        dialog.show();
        child<QSpinBox>(dialog, QStringLiteral("feed_transactions_interval"))->setValue(30);
        child<QLineEdit>(dialog, QStringLiteral("clientSecretEdit"))
            ->setText(QString::fromUtf8(Test::testSecret(QStringLiteral("dialog-cancelled"))));
        child<QPushButton>(dialog, QStringLiteral("removeButton"))->click();
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog.isVisible());
        QTest::qWait(50);
        QCOMPARE(Test::readFile(settingsPath()), iniBefore);
        QCOMPARE(Test::readSecret(*m_store, m_id).secret, secret);
    }

    void keyboardNavigation()
    {
        configureSeed(Test::testSecret(QStringLiteral("dialog-keyboard")));
        SettingsDialog dialog(m_store);
        dialog.show();

        // Every label with a mnemonic has a focusable buddy.
        int mnemonics = 0;
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (!label->text().contains(QLatin1Char('&')))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(label->buddy()->focusPolicy() != Qt::NoFocus, qPrintable(label->text()));
        }
        QVERIFY(mnemonics >= 8);

        // Tab goes through the form top to bottom.
        const QStringList expected{QStringLiteral("connectorList"),
                                   QStringLiteral("addButton"),
                                   QStringLiteral("removeButton"),
                                   QStringLiteral("apiUrlEdit"),
                                   QStringLiteral("storeIdEdit"),
                                   QStringLiteral("authMethodCombo"),
                                   QStringLiteral("clientIdEdit"),
                                   QStringLiteral("clientSecretEdit"),
                                   QStringLiteral("feed_transactions_enabled"),
                                   QStringLiteral("feed_transactions_interval"),
                                   QStringLiteral("feed_menu_items_enabled"),
                                   QStringLiteral("feed_menu_items_interval"),
                                   QStringLiteral("feed_promotions_enabled"),
                                   QStringLiteral("feed_promotions_interval"),
                                   QStringLiteral("retryAttemptsSpin"),
                                   QStringLiteral("notificationEmailEdit")};
        QStringList order;
        QWidget* w = child<QWidget>(dialog, QStringLiteral("connectorList"));
        for (int guard = 0; guard < 200 && order.size() < expected.size(); ++guard) {
            if (expected.contains(w->objectName()) && !order.contains(w->objectName()))
                order.append(w->objectName());
            w = w->nextInFocusChain();
        }
        QCOMPARE(order, expected);
    }

    void listModelIsSound()
    {
        configureSeed(Test::testSecret(QStringLiteral("dialog-model")));
        SettingsDialog dialog(m_store);
        auto* list = child<QListWidget>(dialog, QStringLiteral("connectorList"));
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->count(), 1);
        child<QPushButton>(dialog, QStringLiteral("removeButton"))->click();
        QCOMPARE(list->count(), 0);
        dialog.addConnector(m_id);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), m_id);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
