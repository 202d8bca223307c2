// The restaurant's identity (common/core/restaurantidentity.h): kept in the
// settings under restaurant/ (restaurant/name shared with the rosters), the
// demo restaurant when demo mode has nothing set; its checks and the buyer
// party of an order (suppliers/core/restaurantbuyer.h).

#include "common/core/apppaths.h"
#include "common/core/restaurantidentity.h"
#include "suppliers/core/identifiers.h"
#include "suppliers/core/restaurantbuyer.h"
#include "testsupport.h"

#include <QSettings>
#include <QTest>

using namespace Moulin;

namespace {

RestaurantIdentity valid()
{
    RestaurantIdentity id;
    id.legalName = QStringLiteral("SARL Le Moulin de Pierre");
    id.tradingName = QStringLiteral("Le Moulin");
    id.siret = QStringLiteral("812 345 676 00017");
    id.vatId = QStringLiteral("FR 19 812345676");
    id.street = QStringLiteral("12 rue des Halles");
    id.postalCode = QStringLiteral("69002");
    id.city = QStringLiteral("Lyon");
    id.phone = QStringLiteral("+33 4 78 00 12 34");
    id.email = QStringLiteral("commandes@lemoulin-lyon.fr");
    id.contactName = QStringLiteral("Pierre Garnier");
    return id;
}

QStringList fieldsOf(const QList<RestaurantBuyer::Problem>& problems)
{
    QStringList out;
    for (const RestaurantBuyer::Problem& p : problems) {
        if (p.message.isEmpty())
            out << QStringLiteral("<no message>");
        out << p.field;
    }
    return out;
}

} // namespace

class TestRestaurantIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("restaurant-identity-") +
                                                QString::fromLatin1(QTest::currentTestFunction())));
        AppPaths::setDemoDatabase(false);
    }

    void cleanup() { AppPaths::setDemoDatabase(false); }

    void settingsRoundTripUnderRestaurantKeys()
    {
        const RestaurantIdentity written = valid();
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            written.write(*settings);
        }
        const std::unique_ptr<QSettings> settings = AppPaths::settings();
        // The rosters' key is the trading name.
        QCOMPARE(settings->value(QStringLiteral("restaurant/name")).toString(), QStringLiteral("Le Moulin"));
        QCOMPARE(settings->value(QStringLiteral("restaurant/siret")).toString(), written.siret);
        QCOMPARE(RestaurantIdentity::read(*settings), written);
        QCOMPARE(RestaurantIdentity::current(), written);
        // A field emptied is removed.
        RestaurantIdentity less = written;
        less.phone.clear();
        less.write(*settings);
        QVERIFY(!settings->contains(QStringLiteral("restaurant/phone")));
        QCOMPARE(RestaurantIdentity::read(*settings).phone, QString());
        // What the rosters wrote alone is read as the trading name.
        settings->clear();
        settings->setValue(QStringLiteral("restaurant/name"), QStringLiteral("Chez Jeanne"));
        QCOMPARE(RestaurantIdentity::read(*settings).tradingName, QStringLiteral("Chez Jeanne"));
        QCOMPARE(RestaurantIdentity::read(*settings).displayName(), QStringLiteral("Chez Jeanne"));
        QCOMPARE(RestaurantIdentity::read(*settings).country, QStringLiteral("FR"));
    }

    void demoModeHasTheDemoRestaurantUntilOneIsSet()
    {
        QVERIFY(RestaurantIdentity::current().isEmpty()); // not demo, nothing set
        AppPaths::setDemoDatabase(true);
        const RestaurantIdentity demo = RestaurantIdentity::current();
        QCOMPARE(demo, RestaurantIdentity::demo());
        QCOMPARE(demo.tradingName, QStringLiteral("Le Vieux Moulin"));
        QVERIFY(FrenchCompany::isValidSiret(demo.siret));
        QCOMPARE(demo.vatId, FrenchCompany::vatNumber(QStringView(demo.siret).left(9)));
        QVERIFY2(RestaurantBuyer::problems(demo).isEmpty(),
                 qPrintable(RestaurantBuyer::describe(RestaurantBuyer::problems(demo))));
        // The restaurant's own identity wins, demo or not.
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            valid().write(*settings);
        }
        QCOMPARE(RestaurantIdentity::current(), valid());
    }

    void problemsNameTheirField()
    {
        QVERIFY2(RestaurantBuyer::problems(valid()).isEmpty(),
                 qPrintable(RestaurantBuyer::describe(RestaurantBuyer::problems(valid()))));
        QVERIFY(!RestaurantBuyer::problems(RestaurantIdentity()).isEmpty());
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(RestaurantIdentity())),
                 (QStringList{QStringLiteral("legalName"), QStringLiteral("siret"), QStringLiteral("street"),
                              QStringLiteral("postalCode"), QStringLiteral("city")}));

        RestaurantIdentity id = valid();
        id.siret = QStringLiteral("81234567600018"); // one digit off: the Luhn key fails
        QList<RestaurantBuyer::Problem> problems = RestaurantBuyer::problems(id);
        QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("siret")});
        QVERIFY(problems.at(0).message.contains(QStringLiteral("81234567600018")));

        id = valid();
        id.siret = QStringLiteral("8123456760001"); // 13 digits
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("siret")});
        id.siret = QStringLiteral("8123456760001A");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("siret")});

        id = valid();
        id.vatId = QStringLiteral("FR20812345676"); // wrong key
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("vatId")});
        id.vatId = FrenchCompany::vatNumber(u"842917353"); // a valid number, another company
        problems = RestaurantBuyer::problems(id);
        QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("vatId")});
        QVERIFY(problems.at(0).message.contains(QStringLiteral("FR19812345676")));
        id.vatId = QStringLiteral("DE123456789"); // foreign: its prefix is enough
        QVERIFY(RestaurantBuyer::problems(id).isEmpty());
        id.vatId = QStringLiteral("123456789");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("vatId")});
        id.vatId.clear(); // optional
        QVERIFY(RestaurantBuyer::problems(id).isEmpty());

        id = valid();
        id.email = QStringLiteral("commandes@lemoulin");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("email")});
        id.email = QStringLiteral("pas une adresse");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("email")});
        id = valid();
        id.postalCode = QStringLiteral("6902");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("postalCode")});
        id = valid();
        id.country = QStringLiteral("France");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("country")});
        id = valid();
        id.phone = QStringLiteral("appeler Pierre");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("phone")});
        id = valid();
        id.peppolId = QStringLiteral("3012345678901");
        id.peppolScheme = QStringLiteral("GLN");
        QCOMPARE(fieldsOf(RestaurantBuyer::problems(id)), QStringList{QStringLiteral("peppolId")});
    }

    void theBuyerPartyOfAnOrder()
    {
        BuyerParty buyer = RestaurantBuyer::toBuyer(valid());
        QCOMPARE(buyer.name, QStringLiteral("SARL Le Moulin de Pierre"));
        QCOMPARE(buyer.tradingName, QStringLiteral("Le Moulin"));
        QCOMPARE(buyer.siret, QStringLiteral("81234567600017"));
        QCOMPARE(buyer.vatId, QStringLiteral("FR19812345676"));
        QCOMPARE(buyer.participant,
                 (PeppolParticipant{QStringLiteral("0009"), QStringLiteral("81234567600017")}));
        QCOMPARE(buyer.address.street, QStringLiteral("12 rue des Halles"));
        QCOMPARE(buyer.address.postalCode, QStringLiteral("69002"));
        QCOMPARE(buyer.address.city, QStringLiteral("Lyon"));
        QCOMPARE(buyer.address.country, QStringLiteral("FR"));
        QCOMPARE(buyer.contactName, QStringLiteral("Pierre Garnier"));
        QCOMPARE(buyer.contactEmail, QStringLiteral("commandes@lemoulin-lyon.fr"));
        QCOMPARE(buyer.contactPhone, QStringLiteral("+33 4 78 00 12 34"));
        // Another endpoint when one is set (a GLN).
        RestaurantIdentity gln = valid();
        gln.peppolScheme = QStringLiteral("0088");
        gln.peppolId = QStringLiteral("3012345678901");
        buyer = RestaurantBuyer::toBuyer(gln);
        QCOMPARE(buyer.participant,
                 (PeppolParticipant{QStringLiteral("0088"), QStringLiteral("3012345678901")}));
    }
};

QTEST_GUILESS_MAIN(TestRestaurantIdentity)
#include "tst_restaurantidentity.moc"
