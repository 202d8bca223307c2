// Paramètres ▸ Établissement (suppliers/ui/restaurantidentitypage.h): what
// the settings hold is shown, a bad SIRET or e-mail is refused under its
// field and nothing is written, a good identity is written under restaurant/.

#include "common/core/apppaths.h"
#include "common/core/restaurantidentity.h"
#include "suppliers/ui/restaurantidentitypage.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

class TestRestaurantIdentityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("identity-page-") +
                                                QString::fromLatin1(QTest::currentTestFunction())));
        AppPaths::setDemoDatabase(false);
    }

    void showsChecksAndSaves()
    {
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QStringLiteral("restaurant/name"), QStringLiteral("Chez Jeanne"));
        }
        RestaurantIdentityPage page;
        QCOMPARE(page.field(QStringLiteral("tradingName"))->text(), QStringLiteral("Chez Jeanne"));
        QString error;
        QVERIFY(page.validate(&error)); // left as it was

        const RestaurantIdentity demo = RestaurantIdentity::demo();
        page.field(QStringLiteral("legalName"))->setText(demo.legalName);
        page.field(QStringLiteral("siret"))->setText(QStringLiteral("842 917 353 00019")); // bad key
        page.field(QStringLiteral("street"))->setText(demo.street);
        page.field(QStringLiteral("postalCode"))->setText(demo.postalCode);
        page.field(QStringLiteral("city"))->setText(demo.city);
        page.field(QStringLiteral("email"))->setText(QStringLiteral("commandes@"));
        QVERIFY(!page.validate(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(page.problemText(QStringLiteral("siret")).contains(QStringLiteral("84291735300019")));
        QVERIFY(!page.problemText(QStringLiteral("email")).isEmpty());
        QVERIFY(page.problemText(QStringLiteral("city")).isEmpty());
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            QVERIFY(!settings->contains(QStringLiteral("restaurant/siret"))); // nothing written
        }

        page.field(QStringLiteral("siret"))->setText(QStringLiteral("842 917 353 00018"));
        QCOMPARE(page.field(QStringLiteral("vatId"))->placeholderText(), demo.vatId); // offered
        page.field(QStringLiteral("email"))->setText(demo.email);
        QVERIFY2(page.validate(&error), qPrintable(error));
        QVERIFY(page.problemText(QStringLiteral("siret")).isEmpty());
        QSignalSpy saved(&page, &RestaurantIdentityPage::saved);
        page.apply();
        QCOMPARE(saved.size(), 1);
        const std::unique_ptr<QSettings> settings = AppPaths::settings();
        const RestaurantIdentity stored = RestaurantIdentity::read(*settings);
        QCOMPARE(stored.siret, QStringLiteral("84291735300018")); // digits only
        QCOMPARE(stored.legalName, demo.legalName);
        QCOMPARE(stored.tradingName, QStringLiteral("Chez Jeanne"));
        QCOMPARE(settings->value(QStringLiteral("restaurant/name")).toString(),
                 QStringLiteral("Chez Jeanne"));
        QCOMPARE(RestaurantIdentity::current(), stored);
    }
};

QTEST_MAIN(TestRestaurantIdentityPage)
#include "tst_restaurantidentitypage.moc"
