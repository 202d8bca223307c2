// CatalogueIndex: folding, AND-ed words, ranking (prefix first), filters,
// limits, the same GTIN across suppliers, and the store's catalogue read
// back into it; the order editor's finder over the index (the store's
// finder before the first index).

#include "common/core/database.h"
#include "supplierfixtures.h"
#include "suppliers/core/catalogueindex.h"
#include "suppliers/core/productfinder.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

CatalogueItem item(const char* supplier, const char* sku, const char* gtin, const char* name,
                   const char* category, const char* price = "1.00", const char* unit = "KGM")
{
    CatalogueItem it;
    it.category = QString::fromUtf8(category);
    Product& p = it.product;
    p.supplierId = QString::fromLatin1(supplier);
    p.sku = QString::fromLatin1(sku);
    p.gtin = QString::fromLatin1(gtin);
    p.name = QString::fromUtf8(name);
    p.unitCode = QString::fromLatin1(unit);
    p.packSize = Decimal::fromInt(1);
    p.packUnitCode = QStringLiteral("XBX");
    p.unitPrice = dec(price);
    return it;
}

QStringList skus(const CatalogueIndex& index, const QList<int>& hits)
{
    QStringList out;
    for (int i : hits)
        out.append(index.item(i).product.sku);
    return out;
}

// Two valid GTIN-13s (check digits computed by Gtin::checkDigit in the test).
QString gtin(const char* twelve)
{
    const QString d = QString::fromLatin1(twelve);
    return d + QString::number(Gtin::checkDigit(d));
}

// The fallback of IndexProductFinder, counting its calls.
class CountingFinder final : public ProductFinder
{
public:
    int calls = 0;
    QList<CatalogueItem> find(const QString&, const QString&, int) override
    {
        ++calls;
        return {item("store", "S1", "", "Du magasin", "Épicerie")};
    }
};

} // namespace

class TestCatalogueIndex : public QObject
{
    Q_OBJECT

private:
    CatalogueIndex sample()
    {
        const QByteArray butter = gtin("301762000001").toLatin1();
        CatalogueIndex index;
        index.reset({
            item("metro", "M1", butter.constData(), "Beurre doux Président 250 g", "Crèmerie", "9.20"),
            item("transgourmet", "T7", butter.constData(), "BEURRE DOUX PRESIDENT 250G", "Crèmerie", "8.75"),
            item("metro", "M2", "", "Pommes de terre Agata, calibre 45/55", "Fruits et légumes", "0.89"),
            item("pomona", "P3", "", "Pommes Golden catégorie 1", "Fruits et légumes", "1.90"),
            item("pomona", "P4", "", "Compote de pommes", "Épicerie", "3.10"),
            item("metro", "M5", "", "Crème fraîche épaisse d'Isigny 35 %", "Crèmerie", "6.40"),
            item("metro", "M6", "", "Cœur de bœuf, tomates", "Fruits et légumes", "4.20"),
            item("transgourmet", "T8", "", "Cordon bleu de volaille", "Viandes", "9.90"),
        });
        return index;
    }

private Q_SLOTS:
    void foldsCaseAccentsLigaturesAndPunctuation()
    {
        QCOMPARE(CatalogueIndex::fold(u"Crème fraîche d'Isigny 35 %"),
                 QStringLiteral("creme fraiche d isigny 35"));
        QCOMPARE(CatalogueIndex::fold(u"Cœur de BŒUF"), QStringLiteral("coeur de boeuf"));
        QCOMPARE(CatalogueIndex::fold(u"  Ça, c'est—l'été!  "), QStringLiteral("ca c est l ete"));
        // A decomposed "é" (e + combining acute) folds as the composed one.
        QCOMPARE(CatalogueIndex::fold(QString::fromUtf8("e\xCC\x81t\xC3\xA9")), QStringLiteral("ete"));
        QCOMPARE(CatalogueIndex::fold(u""), QString());
    }

    void wordsAreAndedAcrossNameSkuAndGtin()
    {
        const CatalogueIndex index = sample();
        QCOMPARE(skus(index, index.search(u"creme isigny")), QStringList{QStringLiteral("M5")});
        QCOMPARE(skus(index, index.search(u"CRÈME Isigny")), QStringList{QStringLiteral("M5")});
        QVERIFY(index.search(u"creme volaille").isEmpty());
        QCOMPARE(skus(index, index.search(u"t8")), QStringList{QStringLiteral("T8")});
        // A GTIN prefix finds both suppliers' butter.
        const QList<int> byGtin = index.search(u"30176200");
        QCOMPARE(byGtin.size(), 2);
        const QStringList found = skus(index, byGtin);
        QCOMPARE(QSet<QString>(found.begin(), found.end()),
                 (QSet<QString>{QStringLiteral("M1"), QStringLiteral("T7")}));
        QCOMPARE(skus(index, index.search(u"coeur boeuf")), QStringList{QStringLiteral("M6")});
    }

    void prefixMatchesRankFirst()
    {
        const CatalogueIndex index = sample();
        // "pomme": names starting with it first (by name), then the word
        // inside a name ("Compote de pommes").
        QCOMPARE(skus(index, index.search(u"pomme")),
                 (QStringList{QStringLiteral("M2"), QStringLiteral("P3"), QStringLiteral("P4")}));
        QCOMPARE(skus(index, index.search(u"pomme de t")), QStringList{QStringLiteral("M2")});
        // A short word must start a word; a longer one may be inside one.
        QVERIFY(index.search(u"pomme lden").size() == 1);
        QVERIFY(index.search(u"pomme ld").isEmpty());
        // A word only inside another word ranks after word starts.
        QCOMPARE(skus(index, index.search(u"ordon")), QStringList{QStringLiteral("T8")});
        const QList<int> bleu = index.search(u"bleu");
        QCOMPARE(skus(index, bleu), QStringList{QStringLiteral("T8")});
        // "beurre dou": both butters, by name then supplier.
        QCOMPARE(skus(index, index.search(u"beurre dou")),
                 (QStringList{QStringLiteral("M1"), QStringLiteral("T7")}));
    }

    void filtersAndLimit()
    {
        const CatalogueIndex index = sample();
        QCOMPARE(skus(index, index.search(u"pomme", QStringLiteral("pomona"))),
                 (QStringList{QStringLiteral("P3"), QStringLiteral("P4")}));
        int total = 0;
        const QList<int> limited =
            index.search(u"", CatalogueIndex::Filter{{}, QStringLiteral("Crèmerie")}, 2, &total);
        QCOMPARE(total, 3);
        QCOMPARE(limited.size(), 2);
        // The empty query lists everything by name.
        QCOMPARE(index.search(u"", QString(), 0).size(), 8);
        QCOMPARE(index.item(index.search(u"", QString(), 1).at(0)).product.sku, QStringLiteral("M1"));
        QCOMPARE(index.categories().first(), QStringLiteral("Crèmerie"));
        QVERIFY(index.categories().contains(QStringLiteral("Épicerie")));
    }

    void typingGivesWhatAFreshSearchGives()
    {
        // Each keystroke narrows the last matches; the results must be those
        // of a search from scratch, including a short word growing into a
        // longer one ("or" only at a word start, "ord" anywhere).
        const CatalogueIndex reference = sample();
        CatalogueIndex typed = sample();
        for (const QString& query : {QStringLiteral("cordon bleu"), QStringLiteral("pomme de terre"),
                                     QStringLiteral("beurre dou"), QStringLiteral("301762")}) {
            for (int n = 0; n <= int(query.size()); ++n) {
                const QString prefix = query.left(n);
                CatalogueIndex fresh = reference;
                QCOMPARE(skus(typed, typed.search(prefix, QString(), 0)),
                         skus(fresh, fresh.search(prefix, QString(), 0)));
            }
        }
        QCOMPARE(skus(typed, typed.search(u"ord")), QStringList{QStringLiteral("T8")});
        // Another filter starts again from everything.
        QCOMPARE(skus(typed, typed.search(u"pomme", QStringLiteral("pomona"))),
                 (QStringList{QStringLiteral("P3"), QStringLiteral("P4")}));
        QCOMPARE(typed.search(u"pomme", QString()).size(), 3);
    }

    void sameGtinAndFind()
    {
        const CatalogueIndex index = sample();
        const int m1 = index.find(QStringLiteral("metro"), QStringLiteral("M1"));
        const int t7 = index.find(QStringLiteral("transgourmet"), QStringLiteral("T7"));
        QVERIFY(m1 >= 0 && t7 >= 0);
        QCOMPARE(index.sameGtin(m1), (QList<int>{m1, t7}));
        QCOMPARE(index.sameGtin(t7), (QList<int>{m1, t7}));
        const int m2 = index.find(QStringLiteral("metro"), QStringLiteral("M2"));
        QCOMPARE(index.sameGtin(m2), QList<int>{m2}); // no GTIN: itself only
        QCOMPARE(index.find(QStringLiteral("metro"), QStringLiteral("nope")), -1);
        QVERIFY(index.sameGtin(-1).isEmpty());
    }

    void resetReplacesEverything()
    {
        CatalogueIndex index = sample();
        index.reset({item("local", "L1", "", "Tomme de Savoie", "Crèmerie")});
        QCOMPARE(index.size(), 1);
        QVERIFY(index.search(u"pomme").isEmpty());
        QCOMPARE(skus(index, index.search(u"tom")), QStringList{QStringLiteral("L1")});
        QCOMPARE(index.find(QStringLiteral("metro"), QStringLiteral("M1")), -1);
    }

    void indexFinderFallsBackThenSearchesTheIndex()
    {
        auto store = std::make_shared<CountingFinder>();
        IndexProductFinder finder(store);
        QVERIFY(!finder.hasIndex());
        QList<CatalogueItem> found = finder.find(QStringLiteral("metro"), QStringLiteral("beurre"), 10);
        QCOMPARE(store->calls, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).product.sku, QStringLiteral("S1"));

        finder.setIndex(std::make_shared<const CatalogueIndex>(sample()));
        QVERIFY(finder.hasIndex());
        // Only the supplier's items, ranked by the index: a prefix first.
        found = finder.find(QStringLiteral("metro"), QStringLiteral("pomme de t"), 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).product.sku, QStringLiteral("M2"));
        found = finder.find(QStringLiteral("transgourmet"), QStringLiteral("président beurre"), 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).product.sku, QStringLiteral("T7"));
        QCOMPARE(found.at(0).product.unitPrice, dec("8.75"));
        QCOMPARE(finder.find(QStringLiteral("pomona"), QStringLiteral("pomme"), 1).size(), 1);
        QCOMPARE(finder.find(QStringLiteral("pomona"), QStringLiteral("pomme"), 10).size(), 2);
        // Nothing typed, nothing found (as the store's finder).
        QVERIFY(finder.find(QStringLiteral("metro"), QStringLiteral("  "), 10).isEmpty());
        QCOMPARE(store->calls, 1);

        finder.setIndex({});
        QCOMPARE(finder.find(QStringLiteral("metro"), QStringLiteral("beurre"), 10).at(0).product.sku,
                 QStringLiteral("S1"));
        QCOMPARE(store->calls, 2);
    }

    void readsTheStoresCatalogue()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("tst_catalogueindex"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        check(Database::connection());
        Database::closeConnection();
    }

private:
    void check(QSqlDatabase db)
    {
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(SupplierStore::upsertSupplier(db, metro(), QStringLiteral("metro"), now, &error),
                 qPrintable(error));
        CatalogueItem butter = item("metro-nanterre", "M1", gtin("301762000001").toLatin1().constData(),
                                    "Beurre doux", "Crèmerie", "9.20");
        QVERIFY2(SupplierStore::upsertProduct(db, butter, Decimal::fromInt(5), now, nullptr, &error),
                 qPrintable(error));
        CatalogueItem cream = item("metro-nanterre", "M5", "", "Crème fraîche", "Crèmerie", "6.40");
        QVERIFY2(SupplierStore::upsertProduct(db, cream, Decimal::fromInt(5), now, nullptr, &error),
                 qPrintable(error));
        // A rise of 10 % on the butter: a rise above 5 %, not above 12 %.
        butter.product.unitPrice = dec("10.12");
        QVERIFY2(
            SupplierStore::upsertProduct(db, butter, Decimal::fromInt(5), now.addSecs(60), nullptr, &error),
            qPrintable(error));

        CatalogueIndex index;
        index.reset(SupplierStore::catalogue(db));
        QCOMPARE(index.size(), 2);
        const int i = index.find(QStringLiteral("metro-nanterre"), QStringLiteral("M1"));
        QVERIFY(i >= 0);
        QCOMPARE(index.item(i).product.unitPrice, dec("10.12"));
        QCOMPARE(index.item(i).category, QStringLiteral("Crèmerie"));
        QCOMPARE(skus(index, index.search(u"creme")), QStringList{QStringLiteral("M5")});

        const QList<PriceRise> rises = SupplierStore::priceRises(db, Decimal::fromInt(5));
        QCOMPARE(rises.size(), 1);
        QCOMPARE(rises.at(0).sku, QStringLiteral("M1"));
        QCOMPARE(rises.at(0).previous, dec("9.20"));
        QCOMPARE(rises.at(0).changePercent, dec("10"));
        QVERIFY(SupplierStore::priceRises(db, Decimal::fromInt(12)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueIndex)
#include "tst_catalogueindex.moc"
