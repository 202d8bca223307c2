#pragma once

// The cheapest split of a purchase across suppliers (issue #13, "Cheapest
// split"): who supplies what, so that prices plus delivery fees are lowest.
//
// A demand line names a product by a catalogue line it came from (supplier,
// article number) or by a GTIN; the products interchangeable with it are
// those sharing its GTIN, plus those the manager linked to it by hand
// (ProductLinks, migration 0025), transitively, counted in the same unit.
// Each supplier carrying one of them is a candidate for the line, on each of
// its delivery days that an order sent now can still get (cut-off, delivery
// days: Supplier::canDeliver) and that is not after the day the line is
// needed by; a supplier that cannot deliver in time is left out for that line.
// The quantity is rounded up to whole packs when the product is sold by the
// pack only (OrderDraft::resolve), and the line costs those whole packs at the
// price of the delivery day (promotions included). The supplier's franco is a
// delivery fee below it, or, without a fee, a minimum order (as the order
// editor's franco gauge reads it): an order below it is not allowed. Orders
// are per (supplier, delivery day).
//
// The split is a small MIP on CBC (common/mip/mip.h, one CBC run at a time):
// a binary per (line, candidate), one per order that is placed and one per
// delivery fee paid; amounts in cents, so the optimum is exact. The baseline
// is "everything from the usual supplier": for each line, the supplier its
// product was last ordered from (the orders sent, by GTIN or by the linked
// article numbers), else the supplier of the catalogue line the demand came
// from; the saving is the baseline's total minus the split's.
//
//     SplitProblem p = OrderSplit::load(db, demands, QDateTime::currentDateTime());
//     p.lines[2].demand.pinnedSupplierId = "pomona"; // the manager's choice
//     const SplitPlan plan = OrderSplit::solve(p, &cancel);
//     plan.total, plan.saving(), plan.orders…
//
// load() reads through the caller's connection (any thread); solve() reads
// nothing and can run on a pool thread.

#include "suppliers/core/decimal.h"
#include "suppliers/core/orderdraft.h"
#include "suppliers/core/supplier.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Moulin {

/// One thing to buy.
struct SplitDemand
{
    /// The catalogue line the demand came from (a draft's line, a
    /// suggestion): its supplier and article number. May be empty when
    /// `gtin` is given.
    QString supplierId;
    QString sku;
    /// The product's GTIN, when no catalogue line is named (else read from it).
    QString gtin;
    /// How much, in the product's unit (kg, L, pieces: Product::unitCode).
    Decimal quantity;
    /// The latest delivery day that will do.
    QDate neededBy;
    /// The supplier the manager wants for this line (empty: the cheapest).
    QString pinnedSupplierId;
};

/// One way to supply a line: a supplier's product delivered on a day.
struct SplitOffer
{
    Product product;
    QDate delivery;
    DraftQuantity quantity; ///< packs (or units) as the order gets them
    Decimal amount;         ///< excl. VAT, the whole packs at the delivery day's price
};

/// A supplier that carries the line's product but cannot deliver it in time.
struct SplitLateOffer
{
    QString supplierId;
    QDate earliest; ///< invalid: no delivery day at all
};

struct SplitLine
{
    SplitDemand demand;
    QString name;     ///< the product's name (the origin's, else the first offer's)
    QString unitCode; ///< the unit of `demand.quantity`
    QList<SplitOffer> offers;
    QList<SplitLateOffer> late;
    QString usualSupplierId;       ///< the baseline's supplier (empty: none known)
    bool usualFromHistory = false; ///< last ordered from it (else: the origin's supplier)
    /// Why the line cannot be supplied at all as asked (translated); empty: fine.
    QString problem;
};

/// Everything the solver needs, read once (load()); pins may be changed
/// between solves.
struct SplitProblem
{
    QDateTime now;
    QHash<QString, Supplier> suppliers;
    QList<SplitLine> lines;
};

/// One order of the plan: a supplier, a delivery day, its lines.
struct SplitOrder
{
    QString supplierId;
    QString supplierName;
    QDate delivery;
    QList<int> lines; ///< indexes in SplitPlan::lines
    Decimal subtotal; ///< excl. VAT
    Decimal fee;      ///< the delivery fee charged (below franco)
    Decimal franco;
    bool minimumOnly = false; ///< the franco is a minimum order (no fee)
    bool francoReached = true;
    Decimal total() const { return subtotal + fee; }
};

struct SplitPlan
{
    QList<SplitLine> lines;
    /// Per line, the index of the chosen offer in lines[i].offers (-1: none).
    QList<int> chosen;
    QList<SplitOrder> orders;
    Decimal linesTotal;
    Decimal fees;
    Decimal total;
    /// Whether every line that can be supplied got a supplier.
    bool solved = false;
    bool optimal = false; ///< CBC proved it (else the best found in time)
    bool cancelled = false;
    double seconds = 0; ///< the solve's time
    double gap = 0;     ///< (cost − bound) / cost at the end, 0 when optimal
    int variables = 0;  ///< the MIP's columns
    /// Why lines or the whole split could not be done (translated).
    QStringList problems;

    /// Everything from the usual supplier: its orders, total, and whether
    /// every line could be had that way (else `baselineProblems` says why).
    QList<SplitOrder> baselineOrders;
    Decimal baselineTotal;
    bool baselineComplete = false;
    QStringList baselineProblems;

    /// baselineTotal − total, when both cover the same lines (else nullopt).
    std::optional<Decimal> saving() const;
    /// The chosen offer of `line`, or null.
    const SplitOffer* offerOf(int line) const;
};

class OrderSplit
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::OrderSplit)

public:
    /// Reads the suppliers, the candidates of each demand (same GTIN or linked,
    /// same unit), their delivery days and prices, and the usual supplier.
    static SplitProblem load(QSqlDatabase& db, const QList<SplitDemand>& demands, const QDateTime& now);
    /// The cheapest split of `problem` (pins respected); stops early when
    /// `cancel` is set. `seconds`: CBC's time limit.
    static SplitPlan solve(const SplitProblem& problem, const std::atomic_bool* cancel = nullptr,
                           double seconds = 10);
    /// The same, with the orders and totals worked out for a given choice
    /// (per line an offer index or -1): the baseline, a check of a plan.
    static SplitPlan evaluate(const SplitProblem& problem, const QList<int>& chosen);

    /// The demand of a draft's lines, needed by its delivery day (else the
    /// supplier's next one).
    static QList<SplitDemand> demandsOf(const OrderDraft& draft, const QDateTime& now);

    /// Writes `plan` as order drafts, one per (supplier, delivery day): added
    /// to that supplier's unsent draft for the day when there is one, else a
    /// new draft; the drafts in `replacing` (the ones the demand came from)
    /// are removed. In one transaction. The drafts written, or nullopt and
    /// `error` (translated).
    static std::optional<QList<qint64>> apply(QSqlDatabase& db, const SplitPlan& plan,
                                              const QList<qint64>& replacing, const QDateTime& now,
                                              QString* error);

    /// "Le Marché de Jo — livraison le mardi 8 décembre : 212,40 € (franco 150,00 € atteint)"
    static QString describe(const SplitOrder& order);
};

/// Products the manager declared interchangeable although they share no
/// GTIN (migration 0025): groups of (supplier, article number).
class ProductLinks
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ProductLinks)

public:
    struct Key
    {
        QString supplierId;
        QString sku;
        friend bool operator==(const Key&, const Key&) = default;
    };

    /// Links `a` and `b` (their groups merge). Both must be in the catalogue
    /// and counted in the same unit; false and `error` (translated) otherwise.
    /// Call it in a transaction when it must be atomic with other writes.
    static bool link(QSqlDatabase& db, const Key& a, const Key& b, const QDateTime& now, QString* error);
    /// Takes `product` out of its group (a group left with one product goes).
    static bool unlink(QSqlDatabase& db, const Key& product, QString* error);
    /// The products linked to `product` by hand (itself excluded).
    static QList<Key> linkedTo(QSqlDatabase& db, const Key& product);
};

} // namespace Moulin
