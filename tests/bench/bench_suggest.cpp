// Suggested orders (issue #13, Fournisseurs ▸ Suggestions) for 300 products:
// four suppliers delivering Monday to Saturday, each product carried twice
// (same GTIN at another supplier), 60 dishes of 5 to 8 lines (grams, centilitres,
// pieces; a fifth of them with a yield), 28 days of sales, 28 days of forecast covers, counts for a
// third of the products, orders on their way, safety stocks. Timed:
//   compute — SuggestedOrders::compute() on the inputs in memory;
//   load+compute — SuggestedOrders::load() from a SQLite database holding
//   all of it (catalogues, recipes, counts, orders, par stock) then compute(),
//   what the page's worker does besides the forecast (bench_forecast).
// Target: ≤ 200 ms (load+compute, p99); exits 1 when missed.
//
//   bench_suggest [--runs N] [--products N]

#include "common/core/database.h"
#include "suppliers/core/stock.h"
#include "suppliers/core/suggestedorders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Moulin;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.value(i);
}

QString gtinOf(int n)
{
    // 12 digits then the GS1 check digit.
    QString digits = QStringLiteral("376%1").arg(n, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).digitValue()) * (i % 2 == 0 ? 1 : 3);
    return digits + QString::number((10 - sum % 10) % 10);
}

Supplier supplier(int i)
{
    Supplier s;
    s.id = QStringLiteral("supplier-%1").arg(i);
    s.profileId = QStringLiteral("local");
    s.name = QStringLiteral("Fournisseur %1").arg(i);
    s.siret = QStringLiteral("40112233800429");
    s.participant = {QStringLiteral("0009"), s.siret};
    s.deliveryDays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday};
    s.orderCutoff = QTime(23, 59);
    s.cutoffDaysBefore = 1;
    return s;
}

struct Data
{
    QList<Supplier> suppliers;
    QList<CatalogueItem> catalogue;
    RecipeCosting::Book recipes;
    QList<MenuItemSold> sales;
    QList<StockCount> counts;
    QHash<QString, Decimal> par;
};

Data make(int products, const QDate& today)
{
    Data d;
    for (int i = 0; i < 4; ++i)
        d.suppliers.append(supplier(i));
    const QStringList units{QStringLiteral("KGM"), QStringLiteral("LTR"), QStringLiteral("C62")};
    for (int p = 0; p < products; ++p) {
        for (int copy = 0; copy < 2; ++copy) {
            Product x;
            x.supplierId = d.suppliers.at((p + copy) % 4).id;
            x.sku = QStringLiteral("SKU-%1-%2").arg(p).arg(copy);
            x.gtin = gtinOf(p);
            x.name = QStringLiteral("Produit %1").arg(p);
            x.unitCode = units.at(p % 3);
            x.packSize = Decimal::fromInt(1 + p % 10);
            x.unitPrice = Decimal::fromCents(100 + (p * 37 + copy * 11) % 900);
            d.catalogue.append({x, QStringLiteral("Épicerie")});
        }
    }
    // 60 dishes over the 300 products (every product used), each 5–8 lines.
    int next = 0;
    for (int r = 1; r <= 60; ++r) {
        Recipe recipe;
        recipe.id = r;
        recipe.menuItemId = QStringLiteral("DISH-%1").arg(r);
        recipe.name = QStringLiteral("Plat %1").arg(r);
        const int lines = 5 + r % 4;
        for (int l = 0; l < lines; ++l, next = (next + 1) % products) {
            RecipeLine line;
            line.supplierId = d.suppliers.at(next % 4).id;
            line.sku = QStringLiteral("SKU-%1-0").arg(next);
            const QString unit = units.at(next % 3);
            line.unit = unit == QLatin1String("KGM")   ? QStringLiteral("GRM")
                        : unit == QLatin1String("LTR") ? QStringLiteral("CLT")
                                                       : QStringLiteral("C62");
            line.quantity = Decimal::fromInt(unit == QLatin1String("C62") ? 1 : 20 + next % 200);
            line.yieldPercent = Decimal::fromInt(next % 5 == 0 ? 80 : 100);
            recipe.lines.append(line);
        }
        d.recipes.insert(r, recipe);
    }
    for (QDate day = today.addDays(-SuggestedOrders::kMixDays); day < today; day = day.addDays(1)) {
        for (int r = 1; r <= 60; ++r)
            d.sales.append({day, QStringLiteral("DISH-%1").arg(r), qint64(1 + (r + day.day()) % 4) * 1000});
    }
    for (int p = 0; p < products; p += 3) {
        d.counts.append({today.addDays(-2), QStringLiteral("Réserve sèche"), d.suppliers.at(p % 4).id,
                         QStringLiteral("SKU-%1-0").arg(p), Decimal::fromInt(p % 7)});
        d.par.insert(PriceBook::key(d.suppliers.at(p % 4).id, QStringLiteral("SKU-%1-0").arg(p)),
                     Decimal::fromInt(1));
    }
    return d;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs (default 50)."), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("products"), QStringLiteral("Products (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int products = std::max(10, parser.value(QStringLiteral("products")).toInt());

    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0));
    const QDate today = now.date();
    const Data data = make(products, today);

    SuggestionInputs in;
    in.now = now;
    in.suppliers = data.suppliers;
    in.prices.setCatalogue(data.catalogue);
    in.recipes = data.recipes;
    in.recentSales = data.sales;
    in.recentCovers = 100.0 * SuggestedOrders::kMixDays;
    for (int i = 0; i < SuggestedOrders::kMaxForecastDays; ++i)
        in.forecastCovers.insert(today.addDays(i), 80 + (i * 13) % 50);
    for (const StockCount& c : data.counts)
        in.stock.insert(PriceBook::key(c.supplierId, c.sku), c.quantity);
    in.par = data.par;
    for (int p = 0; p < products; p += 5)
        in.onOrder.append({data.suppliers.at(p % 4).id, QStringLiteral("SKU-%1-0").arg(p), today.addDays(1),
                           Decimal::fromInt(2)});

    QList<double> compute;
    int lines = 0;
    int flagged = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const SuggestedOrders out = SuggestedOrders::compute(in);
        compute.append(double(t.nsecsElapsed()) / 1e6);
        lines = 0;
        flagged = 0;
        for (const SupplierSuggestion& s : out.suppliers) {
            lines += int(s.lines.size());
            for (const SuggestedLine& l : s.lines)
                flagged += l.isFlagged() ? 1 : 0;
        }
    }

    // The same from a database.
    QTemporaryDir dir;
    if (!Database::openAndMigrate(QDir(dir.path()).filePath(QStringLiteral("suggest.sqlite"))).ok()) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    QSqlDatabase db = Database::connection();
    QString error;
    bool ok = Database::transaction(
        db,
        [&](QString* e) {
            for (const Supplier& s : data.suppliers) {
                if (!SupplierStore::upsertSupplier(db, s, QStringLiteral("local"), now.toUTC(), e))
                    return false;
            }
            ProductUpsert outcome;
            for (const CatalogueItem& item : data.catalogue) {
                if (!SupplierStore::upsertProduct(db, item, Decimal::fromInt(5), now.toUTC(), &outcome, e))
                    return false;
            }
            for (Recipe recipe : data.recipes) {
                recipe.id = 0;
                if (!RecipeStore::save(db, recipe, today, now.toUTC(), e))
                    return false;
            }
            QString warning;
            for (const StockCount& c : data.counts) {
                if (!Stock::saveCount(db, c, true, now.toUTC(), &warning, e))
                    return false;
            }
            for (auto it = data.par.cbegin(); it != data.par.cend(); ++it) {
                const int cut = int(it.key().indexOf(u'\n'));
                if (!ParStock::save(db, it.key().left(cut), it.key().mid(cut + 1), it.value(), now.toUTC(),
                                    e))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    QList<double> loaded;
    for (int r = 0; r < std::min(runs, 20); ++r) {
        QElapsedTimer t;
        t.start();
        const SuggestionInputs fromDb = SuggestedOrders::load(db, now, nullptr, nullptr, in.forecastCovers);
        SuggestionInputs withSales = fromDb;
        withSales.recentSales = in.recentSales; // as MenuSalesSource would give them
        withSales.recentCovers = in.recentCovers;
        const SuggestedOrders out = SuggestedOrders::compute(withSales);
        loaded.append(double(t.nsecsElapsed()) / 1e6);
        if (r == 0 && out.suppliers.size() != data.suppliers.size())
            std::fprintf(stderr, "unexpected: %d suppliers\n", int(out.suppliers.size()));
    }

    std::printf("bench_suggest: %d products (x2 suppliers), 60 dishes, %d suggested lines (%d flagged)\n",
                products, lines, flagged);
    std::printf("  compute       p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d runs)\n",
                percentile(compute, 0.5), percentile(compute, 0.99), percentile(compute, 1.0), runs);
    std::printf("  load+compute  p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d runs)\n", percentile(loaded, 0.5),
                percentile(loaded, 0.99), percentile(loaded, 1.0), int(loaded.size()));
    std::printf("  target 200 ms: %s\n", percentile(loaded, 0.99) <= 200.0 ? "met" : "MISSED");
    db = QSqlDatabase();
    Database::closeConnection();
    return percentile(loaded, 0.99) <= 200.0 ? 0 : 1;
}
