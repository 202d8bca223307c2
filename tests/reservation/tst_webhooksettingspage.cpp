// Paramètres ▸ Réservations en direct: the webhook receiver's settings as the
// manager edits them, validated before anything is written, saved in the keys
// the runtime reads, and the addresses to give the booking site and TheFork.

#include "common/core/apppaths.h"
#include "common/runtime/webhookreceiver.h"
#include "reservation/ui/webhooksettingspage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace Moulin;

class TestWebhookSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("webhook-settings"))); }

    void showsWhatIsStored()
    {
        {
            const std::unique_ptr<QSettings> s = AppPaths::settings();
            s->setValue(QStringLiteral("webhooks/enabled"), true);
            s->setValue(QStringLiteral("webhooks/address"), QStringLiteral("192.168.1.20"));
            s->setValue(QStringLiteral("webhooks/port"), 9443);
        }
        WebhookSettingsPage page(nullptr);
        QVERIFY(page.enabledBox()->isChecked());
        QCOMPARE(page.addressEdit()->text(), QStringLiteral("192.168.1.20"));
        QCOMPARE(page.portBox()->value(), 9443);
        QVERIFY2(page.addressesText().contains(QStringLiteral("http://192.168.1.20:9443/webhooks/website")),
                 qPrintable(page.addressesText()));
        // Typing a certificate turns the addresses to https.
        page.certificateEdit()->setText(QStringLiteral("/etc/moulin/cert.pem"));
        QVERIFY(page.addressesText().contains(QStringLiteral("https://192.168.1.20:9443/")));
    }

    void refusesWhatTheRuntimeWouldRefuseAndWritesNothing()
    {
        WebhookSettingsPage page(nullptr);
        page.addressEdit()->setText(QStringLiteral("le bureau"));
        QString error;
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("le bureau")), qPrintable(error));
        page.addressEdit()->setText(QStringLiteral("0.0.0.0"));
        page.certificateEdit()->setText(QStringLiteral("/nowhere/cert.pem"));
        QVERIFY(!page.validate(&error)); // no key
        const QString key = QDir(AppPaths::dataDir()).filePath(QStringLiteral("key.pem"));
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PRIVATE KEY-----\n");
        file.close();
        page.keyEdit()->setText(key);
        QVERIFY(!page.validate(&error)); // the certificate cannot be read
        QVERIFY2(error.contains(QStringLiteral("/nowhere/cert.pem")), qPrintable(error));
        const std::unique_ptr<QSettings> s = AppPaths::settings();
        QVERIFY(!s->contains(QStringLiteral("webhooks/address")));
    }

    void savesTheKeysTheRuntimeReads()
    {
        WebhookSettingsPage page(nullptr);
        page.enabledBox()->setChecked(true);
        page.addressEdit()->setText(QStringLiteral("0.0.0.0"));
        page.portBox()->setValue(8899);
        QString error;
        QVERIFY2(page.validate(&error), qPrintable(error));
        page.apply();
        const std::unique_ptr<QSettings> s = AppPaths::settings();
        const std::optional<WebhookReceiverSettings> read = WebhookReceiverSettings::fromSettings(*s, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->enabled);
        QCOMPARE(read->address, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(read->port, quint16(8899));
        QVERIFY(!read->tlsEnabled());
    }
};

QTEST_MAIN(TestWebhookSettingsPage)
#include "tst_webhooksettingspage.moc"
