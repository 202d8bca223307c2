// An approved invoice price reaching every recipe (issue #13, three-way
// match): a fresh database (temporary folder) with one supplier, 60
// products, 200 dish recipes using the cream (20 of them through a sauce
// sub-recipe that uses it), and an invoice whose cream line is billed at a
// new price. Each run approves that line (ThreeWayMatch::approve: the
// product's cost, its price history, then RecipeStore::recomputeForProducts
// over the 200 recipes, in one transaction) and is rolled back, so every run
// does the same work. Target: ≤ 50 ms (p99). Exits 1 above it.
//
//   bench_costpropagation [--runs N] [--recipes N]

#include "common/core/database.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/threewaymatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Moulin;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

Decimal dec(const char* text)
{
    return Decimal::parse(QString::fromLatin1(text)).value_or(Decimal());
}

bool check(bool ok, const QString& error)
{
    if (!ok)
        std::fprintf(stderr, "bench_costpropagation: %s\n", qPrintable(error));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed approvals."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("recipes"), QStringLiteral("Recipes using the product."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int recipeCount = std::max(1, parser.value(QStringLiteral("recipes")).toInt());

    QTemporaryDir dir;
    const DatabaseOpenResult opened = Database::openAndMigrate(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!check(opened.ok(), opened.message))
        return 2;
    QSqlDatabase db = Database::connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate day = QDate::currentDate();
    QString error;

    Supplier s;
    s.id = QStringLiteral("metro-nanterre");
    s.profileId = QStringLiteral("metro");
    s.name = QStringLiteral("METRO France SAS");
    s.participant = {QStringLiteral("0009"), QStringLiteral("40112233800429")};
    s.deliveryDays = {Qt::Monday, Qt::Wednesday, Qt::Friday};
    Order order;
    order.id = QStringLiteral("PO-BENCH-0001");
    order.supplierId = s.id;
    order.issueDate = day;
    order.deliveryDate = day.addDays(1);
    order.seller = SellerParty::of(s);
    order.buyer.name = QStringLiteral("SARL Le Moulin de Pierre");
    QList<Product> products;
    bool ok = Database::transaction(
        db,
        [&](QString* e) {
            if (!SupplierStore::upsertSupplier(db, s, QStringLiteral("metro"), now, e))
                return false;
            for (int i = 0; i < 60; ++i) {
                Product p;
                p.supplierId = s.id;
                p.sku = QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'));
                p.name =
                    i == 0 ? QStringLiteral("Crème liquide 35 %, 1 L") : QStringLiteral("Produit %1").arg(i);
                p.unitCode = i % 3 == 0 ? QStringLiteral("LTR") : QStringLiteral("KGM");
                p.packSize = Decimal::fromInt(6);
                p.packUnitCode = QStringLiteral("XCT");
                p.unitPrice = Decimal::fromCents(150 + 37 * i);
                ProductUpsert outcome;
                if (!SupplierStore::upsertProduct(db, {p, QStringLiteral("Crèmerie")}, Decimal::fromInt(5),
                                                  now, &outcome, e))
                    return false;
                products.append(p);
            }
            order.addLine(OrderLine::of(products.first(), Decimal::fromInt(2), OrderLine::Unit::Packs, day));
            if (!SupplierStore::insertOrder(db, order, QStringLiteral("metro"), "<Order/>", now, e))
                return false;
            // A sauce using the cream, then the dishes: every tenth through the sauce.
            Recipe sauce;
            sauce.name = QStringLiteral("Sauce crème");
            sauce.portions = Decimal::fromInt(1);
            sauce.outputUnit = QStringLiteral("LTR");
            sauce.lines = {
                {s.id, products.at(0).sku, 0, dec("0.8"), QStringLiteral("LTR"), Decimal::fromInt(100)},
                {s.id, products.at(1).sku, 0, dec("0.1"), QStringLiteral("KGM"), Decimal::fromInt(100)}};
            if (!RecipeStore::save(db, sauce, day, now, e))
                return false;
            for (int r = 0; r < recipeCount; ++r) {
                Recipe dish;
                dish.menuItemId = QStringLiteral("PLA-%1").arg(r, 4, 10, QLatin1Char('0'));
                dish.name = QStringLiteral("Plat %1").arg(r);
                if (r % 10 == 0)
                    dish.lines.append({QString(), QString(), sauce.id, dec("0.05"), QStringLiteral("LTR"),
                                       Decimal::fromInt(100)});
                else
                    dish.lines.append({s.id, products.at(0).sku, 0, dec("0.1"), QStringLiteral("LTR"),
                                       Decimal::fromInt(100)});
                for (int k = 1; k <= 5; ++k) {
                    const Product& p = products.at(1 + (r * 7 + k * 11) % 59);
                    dish.lines.append(
                        {s.id, p.sku, 0, dec("0.15"), p.unitCode, Decimal::fromInt(k % 2 ? 100 : 85)});
                }
                if (!RecipeStore::save(db, dish, day, now, e))
                    return false;
            }
            SupplierInvoice invoice;
            invoice.supplierId = s.id;
            invoice.id = QStringLiteral("FA-BENCH-0001");
            invoice.issueDate = day;
            invoice.orderId = order.id;
            SupplierInvoiceLine line;
            line.lineId = QStringLiteral("1");
            line.sku = products.first().sku;
            line.name = products.first().name;
            line.quantity = Decimal::fromInt(2);
            line.unitCode = QStringLiteral("XCT");
            line.unitPrice = (order.lines.first().netPrice * dec("1.06")).rounded(2);
            line.amount = (line.quantity * line.unitPrice).rounded(2);
            invoice.lines = {line};
            invoice.computeTotals();
            return ThreeWayMatch::import(db, invoice, "bench", ThreeWayMatch::defaultTolerancePercent(), now,
                                         nullptr, e);
        },
        &error);
    if (!check(ok, error))
        return 2;

    QList<double> ms;
    QList<double> cpu;
    int updated = 0;
    for (int run = -5; run < runs; ++run) {
        QElapsedTimer timer;
        if (!db.transaction())
            return 2;
        timer.start();
        const double cpuStart = threadCpuMs();
        ApprovalOutcome outcome;
        ok = ThreeWayMatch::approve(db, s.id, QStringLiteral("FA-BENCH-0001"), 1, day, now, &outcome, &error);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const double cpuElapsed = threadCpuMs() - cpuStart;
        db.rollback();
        if (!check(ok, error))
            return 2;
        updated = int(outcome.recipesUpdated.size());
        if (run >= 0) {
            ms.append(elapsed);
            cpu.append(cpuElapsed);
        }
    }
    const double p50 = percentile(ms, 0.5);
    const double p99 = percentile(ms, 0.99);
    const double worst = *std::max_element(ms.cbegin(), ms.cend());
    std::printf("bench_costpropagation: %d runs, %d recipes recomputed per approval (%d dishes + 1 sauce)\n",
                runs, updated, recipeCount);
    std::printf("approve a billed price → product cost → every recipe: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(target p99 <= 50 ms)\n",
                p50, p99, worst);
    std::printf("the same, this thread's CPU time: p50 %.2f ms, p99 %.2f ms\n", percentile(cpu, 0.5),
                percentile(cpu, 0.99));
    Database::closeConnection();
    return p99 <= 50.0 ? 0 : 1;
}
