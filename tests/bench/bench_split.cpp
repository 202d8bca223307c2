// The cheapest split across suppliers (suppliers/core/ordersplit.h) on 4
// suppliers × 300 products, seeded: each product (a GTIN) at 2 to 4 of them
// with its own pack size and price; a wholesaler with a franco and a fee, one
// whose franco is a minimum order (three delivery days, cut-off 14:00), a
// greengrocer, and a local producer that delivers twice a week with a cut-off
// two days before; half the lines needed by Wednesday, half by Thursday, on a
// Monday at 10:00. Stored in a fresh database and read back by
// OrderSplit::load(). Prints the programme's size, the load and solve times,
// whether CBC proved the optimum (else the gap), the totals and the saving
// against the usual supplier; exits 1 unless every seed is proven optimal
// within 2 s.

#include "common/core/database.h"
#include "suppliers/core/identifiers.h"
#include "suppliers/core/ordersplit.h"
#include "suppliers/core/supplierstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Moulin;

namespace {

Supplier makeSupplier(const char* id, const char* name, const char* franco, const char* fee,
                      QList<Qt::DayOfWeek> days, QTime cutoff, int daysBefore)
{
    Supplier s;
    s.id = QString::fromLatin1(id);
    s.profileId = QStringLiteral("local");
    s.name = QString::fromUtf8(name);
    s.deliveryDays = std::move(days);
    s.orderCutoff = cutoff;
    s.cutoffDaysBefore = daysBefore;
    s.franco = *Decimal::parse(QString::fromLatin1(franco));
    s.deliveryFee = *Decimal::parse(QString::fromLatin1(fee));
    return s;
}

QString gtinOf(int n)
{
    const QString digits = QStringLiteral("376%1").arg(n, 9, 10, QLatin1Char('0'));
    return digits + QString::number(Gtin::checkDigit(digits));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("seeds"), QStringLiteral("Seeds 1..n."), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("products"), QStringLiteral("Products (lines)."), QStringLiteral("n"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("CBC's time limit."), QStringLiteral("s"),
                      QStringLiteral("10")});
    parser.process(app);
    const int seeds = parser.value(QStringLiteral("seeds")).toInt();
    const int productCount = parser.value(QStringLiteral("products")).toInt();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();

    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0)); // a Monday
    const QDate wednesday(2026, 12, 9), thursday(2026, 12, 10);
    const QList<Supplier> suppliers{
        makeSupplier("grossiste-a", "Grossiste A", "250", "35",
                     {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday},
                     QTime(22, 0), 1),
        makeSupplier("grossiste-b", "Grossiste B", "400", "0", {Qt::Monday, Qt::Wednesday, Qt::Friday},
                     QTime(14, 0), 1),
        makeSupplier("primeur", "Primeur", "150", "15",
                     {Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday}, QTime(18, 0), 1),
        makeSupplier("local", "Producteur local", "80", "12", {Qt::Tuesday, Qt::Thursday}, QTime(12, 0), 2),
    };
    const int packs[] = {1, 2, 5, 6, 10, 12};

    bool allGood = true;
    std::printf("%d suppliers × %d products, now %s\n", int(suppliers.size()), productCount,
                qPrintable(now.toString(Qt::ISODate)));
    std::printf("| seed | offers | columns | load | solve | status | total | baseline | saving | orders |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (int seed = 1; seed <= seeds; ++seed) {
        QTemporaryDir dir;
        const DatabaseOpenResult opened =
            Database::openAndMigrate(QDir(dir.path()).filePath(QStringLiteral("m.sqlite")));
        if (!opened.ok()) {
            std::fprintf(stderr, "database: %s\n", qPrintable(opened.message));
            return 1;
        }
        QSqlDatabase db = Database::connection();
        QRandomGenerator rng{quint32(seed)};
        QList<SplitDemand> demands;
        QString error;
        bool ok = Database::transaction(
            db,
            [&](QString* e) {
                for (const Supplier& s : suppliers) {
                    if (!SupplierStore::upsertSupplier(db, s, QStringLiteral("local"), now.toUTC(), e))
                        return false;
                }
                for (int n = 0; n < productCount; ++n) {
                    const QString gtin = gtinOf(n + 1);
                    const double base = 0.5 + rng.bounded(15.0);
                    // The wholesaler A carries most; each other supplier half;
                    // at least two suppliers per product.
                    QList<int> carriers;
                    for (int s = 0; s < suppliers.size(); ++s) {
                        if ((s == 0 && rng.bounded(10) < 8) || (s > 0 && rng.bounded(2) == 0))
                            carriers << s;
                    }
                    while (carriers.size() < 2) {
                        const int s = int(rng.bounded(int(suppliers.size())));
                        if (!carriers.contains(s))
                            carriers << s;
                    }
                    for (int s : std::as_const(carriers)) {
                        Product p;
                        p.supplierId = suppliers.at(s).id;
                        p.sku = QStringLiteral("%1-%2").arg(s).arg(n + 1);
                        p.gtin = gtin;
                        p.name = QStringLiteral("Produit %1").arg(n + 1);
                        p.unitCode = QStringLiteral("KGM");
                        p.packSize = Decimal::fromInt(packs[rng.bounded(6)]);
                        p.unitPrice = Decimal::fromCents(qint64(base * (0.85 + rng.bounded(0.35)) * 100) + 1);
                        if (!SupplierStore::upsertProduct(db, {p, QStringLiteral("Épicerie")},
                                                          Decimal::fromInt(5), now.toUTC(), nullptr, e))
                            return false;
                    }
                    // The usual supplier: the first carrier (by the list's
                    // order) that can bring it in time (the local producer
                    // cannot by Wednesday).
                    std::sort(carriers.begin(), carriers.end());
                    const QDate needed = n % 2 == 0 ? wednesday : thursday;
                    const int usual = carriers.first() == 3 && needed == wednesday && carriers.size() > 1
                                          ? carriers.at(1)
                                          : carriers.first();
                    SplitDemand d;
                    d.supplierId = suppliers.at(usual).id;
                    d.sku = QStringLiteral("%1-%2").arg(usual).arg(n + 1);
                    d.quantity = Decimal::fromInt(1 + rng.bounded(12));
                    d.neededBy = needed;
                    demands << d;
                }
                return true;
            },
            &error);
        if (!ok) {
            std::fprintf(stderr, "instance: %s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer loadClock;
        loadClock.start();
        const SplitProblem problem = OrderSplit::load(db, demands, now);
        const double loadSeconds = double(loadClock.nsecsElapsed()) / 1e9;
        int offers = 0;
        for (const SplitLine& line : problem.lines)
            offers += int(line.offers.size());
        const SplitPlan plan = OrderSplit::solve(problem, nullptr, seconds);
        const bool good = plan.solved && plan.optimal && plan.seconds <= 2.0;
        allGood = allGood && good;
        std::printf("| %d | %d | %d | %.3f s | **%.3f s** | %s | %s | %s | %s | %d |\n", seed, offers,
                    plan.variables, loadSeconds, plan.seconds,
                    plan.optimal ? "optimal"
                                 : qPrintable(QStringLiteral("gap %1 %").arg(plan.gap * 100, 0, 'f', 2)),
                    qPrintable(plan.total.toString(2)), qPrintable(plan.baselineTotal.toString(2)),
                    plan.saving() ? qPrintable(plan.saving()->toString(2)) : "—", int(plan.orders.size()));
        for (const QString& p : plan.problems)
            std::printf("    %s\n", qPrintable(p));
        db = QSqlDatabase();
        Database::closeConnection();
    }
    return allGood ? 0 : 1;
}
