// Paramètres ▸ Envoi des commandes par e-mail, offscreen: *Tester* against the
// local SMTP server (TLS and login, off the GUI thread; a wrong password named
// with the server's 535), what OK saves (the settings, and the password only
// in the keychain: never in settings.ini), and what it refuses; the supplier
// connections' ordering route (interface / e-mail) and order address,
// checked and saved on OK.
#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "keychainsupport.h"
#include "smtptestserver.h"
#include "suppliers/connectors/email/emailordering.h"
#include "suppliers/ui/emailorderspage.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Moulin;

class TestEmailOrdersPage : public QObject
{
    Q_OBJECT

    QString m_dir;
    Test::SmtpTestServer m_server;
    QByteArray m_password;
    CredentialStore m_store;

    void fill(EmailOrdersPage& page, const QString& password)
    {
        page.hostEdit()->setText(QStringLiteral("localhost"));
        page.portBox()->setValue(m_server.port());
        page.userEdit()->setText(QStringLiteral("lemoulin"));
        page.passwordEdit()->setText(password);
        page.senderEdit()->setText(QStringLiteral("commandes@lemoulin-lyon.fr"));
        page.caFileEdit()->setText(m_server.certificate());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = Test::freshDataDir(QStringLiteral("email-orders-page"));
        AppPaths::setDataDir(m_dir);
        QVERIFY(m_server.init(m_dir));
        m_password = Test::testSecret(QStringLiteral("smtp-page"));
        QVERIFY(m_server.start(QStringLiteral("lemoulin"), QString::fromUtf8(m_password)) > 0);
    }

    void cleanupTestCase() { m_server.stop(); }

    void testButton()
    {
        EmailOrdersPage page(&m_store);
        page.show();
        fill(page, QStringLiteral("wrong"));
        QSignalSpy finished(&page, &EmailOrdersPage::testFinished);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QVERIFY(!page.testButton()->isEnabled()); // running off the GUI thread
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(page.testResult()->text().contains(QStringLiteral("535")),
                 qPrintable(page.testResult()->text()));
        QVERIFY(page.testButton()->isEnabled());

        page.passwordEdit()->setText(QString::fromUtf8(m_password));
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(page.testResult()->text()));
        QVERIFY(page.testResult()->text().contains(QStringLiteral("localhost")));
        QVERIFY(m_server.received().isEmpty()); // a test sends nothing
    }

    void okSavesThePasswordInTheKeychainOnly()
    {
        {
            EmailOrdersPage page(&m_store);
            fill(page, QString::fromUtf8(m_password));
            page.senderNameEdit()->setText(QStringLiteral("Le Moulin"));
            QString error;
            QVERIFY2(page.validate(&error), qPrintable(error));
            page.apply();
            QTRY_VERIFY_WITH_TIMEOUT(EmailOrdering::password() == m_password, 20000);
        }
        const SmtpSettings saved = SmtpSettings::load();
        QCOMPARE(saved.host, QStringLiteral("localhost"));
        QCOMPARE(saved.port, m_server.port());
        QCOMPARE(saved.user, QStringLiteral("lemoulin"));
        QCOMPARE(saved.sender, QStringLiteral("commandes@lemoulin-lyon.fr"));
        const CredentialStore::Outcome stored = Test::readEntry(
            m_store, QLatin1String(SmtpSettings::kKeychainId), QLatin1String(SmtpSettings::kPasswordKey));
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.secret, m_password);
        QVERIFY(!Test::readFile(AppPaths::settings()->fileName()).contains(m_password));

        // Reopened: the password field is empty (kept as it is), and Tester
        // reads it from the keychain.
        EmailOrdersPage again(&m_store);
        QVERIFY(again.passwordEdit()->text().isEmpty());
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("localhost"));
        QSignalSpy finished(&again, &EmailOrdersPage::testFinished);
        QTest::mouseClick(again.testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(again.testResult()->text()));
    }

    void refusesWhatCannotWork()
    {
        EmailOrdersPage page(&m_store);
        fill(page, QString());
        page.senderEdit()->setText(QStringLiteral("commandes"));
        QString error;
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("commandes")), qPrintable(error));
        page.senderEdit()->setText(QStringLiteral("commandes@lemoulin-lyon.fr"));
        page.hostEdit()->clear();
        QVERIFY(!page.validate(&error));
        // Nothing entered at all: e-mail ordering simply unused.
        EmailOrdersPage empty(nullptr);
        for (QLineEdit* edit : empty.findChildren<QLineEdit*>())
            edit->clear();
        QVERIFY(empty.validate(&error));
        // A password with no keychain to keep it: refused, never written elsewhere.
        EmailOrdersPage noKeychain(nullptr);
        fill(noKeychain, QStringLiteral("secret"));
        QVERIFY(!noKeychain.validate(&error));
        QVERIFY(!error.isEmpty());
    }

    void orderingRoutesAreEditedAndChecked()
    {
        OrderingRoute::save(QStringLiteral("local"), {true, QStringLiteral("commandes@ferme.fr")});
        OrderingRoute::save(QStringLiteral("metro"), {false, QString()});
        const QList<EmailOrdersPage::Connection> connections{
            {QStringLiteral("metro"), QStringLiteral("METRO")},
            {QStringLiteral("local"), QStringLiteral("Local")}};
        EmailOrdersPage page(nullptr, connections);
        fill(page, QString());
        QComboBox* metro = page.routeBox(QStringLiteral("metro"));
        QLineEdit* metroAddress = page.orderEmailEdit(QStringLiteral("metro"));
        QVERIFY(metro && metroAddress);
        QVERIFY(!page.routeBox(QStringLiteral("lightspeed")));
        // What settings.ini says.
        QCOMPARE(metro->currentData().toString(), QStringLiteral("interface"));
        QVERIFY(!metroAddress->isEnabled());
        QCOMPARE(page.routeBox(QStringLiteral("local"))->currentData().toString(), QStringLiteral("email"));
        QCOMPARE(page.orderEmailEdit(QStringLiteral("local"))->text(), QStringLiteral("commandes@ferme.fr"));

        // By e-mail without an address, or with a wrong one: refused, nothing saved.
        metro->setCurrentIndex(metro->findData(QStringLiteral("email")));
        QVERIFY(metroAddress->isEnabled());
        QString error;
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("METRO")), qPrintable(error));
        QVERIFY(!page.routeProblem()->isHidden());
        for (const char* wrong : {"commandes", "commandes@metro", "a b@metro.fr", "Metro <c@metro.fr>"}) {
            metroAddress->setText(QString::fromLatin1(wrong));
            QVERIFY2(!page.validate(&error), wrong);
            QVERIFY2(error.contains(QString::fromLatin1(wrong)), qPrintable(error));
        }
        QVERIFY(!OrderingRoute::forConnector(QStringLiteral("metro")).email);
        // E-mail routes need the mail server.
        metroAddress->setText(QStringLiteral("commandes@metro.fr"));
        page.hostEdit()->clear();
        page.senderEdit()->clear();
        QVERIFY(!page.validate(&error));
        fill(page, QString());
        QVERIFY2(page.validate(&error), qPrintable(error));
        QVERIFY(page.routeProblem()->isHidden());
        page.apply();
        OrderingRoute saved = OrderingRoute::forConnector(QStringLiteral("metro"));
        QVERIFY(saved.email);
        QCOMPARE(saved.orderEmail, QStringLiteral("commandes@metro.fr"));

        // Back to the interface.
        page.routeBox(QStringLiteral("local"))->setCurrentIndex(0);
        QVERIFY(page.validate(&error));
        page.apply();
        QVERIFY(!OrderingRoute::forConnector(QStringLiteral("local")).email);
        QVERIFY(OrderingRoute::forConnector(QStringLiteral("metro")).email);
    }
};

QTEST_MAIN(TestEmailOrdersPage)
#include "tst_emailorderspage.moc"
