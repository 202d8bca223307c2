#pragma once

// Suggested orders from the covers forecast (« commandes automatiques basées
// sur les prévisions »). For each supplier's next delivery slot (the first
// delivery whose cut-off is not past, D1) the order covers what the kitchen
// needs until the delivery after it (D2):
//
//   need      = forecast covers of D1 … D2−1 × the dish mix (portions of each
//               menu item per cover over the last 4 weeks: sold ÷ covers)
//               × the recipes (quantity of the product per portion, yields
//               applied, sub-recipes expanded, in the product's unit)
//   at D1     = max(0, stock now − what the covers of today … D1−1 use)
//               (stock now: today's count, else the theoretical stock from
//               the last count; none counted: 0, and the line says so)
//   on order  = orders sent, not received, due on or before D1
//   suggested = need − at D1 − on order + par (the product's safety stock,
//               purchasing_par_stock, migration 0024), rounded UP to the
//               supplier's pack (OrderDraft::resolve); lines ≤ 0 dropped.
//
// A recipe line whose unit does not convert to its product's is never
// guessed: the product's line is flagged with the reason (and kept, even at
// zero); so is every product of a sub-recipe used in a unit it is not made
// in (none of its quantities counted). Which supplier a product is ordered from: among the products with
// its GTIN and unit, the supplier it was last ordered from, else the
// cheapest today (ties: the supplier id); a product without a GTIN: its own
// supplier. Quantities of the same GTIN at other suppliers (stock, orders,
// par) count for it.
//
// compute() is pure (its inputs as data: tests and the benchmark feed it);
// load() reads the inputs through the caller's connection, the menu's sales
// and the covers through the read interfaces. Run both off the GUI thread.
// Each SupplierSuggestion's plain QList<SuggestedLine> is what a split
// across suppliers may take later.

#include "common/core/footfallsources.h"
#include "common/core/menusources.h"
#include "suppliers/core/orderdraft.h"
#include "suppliers/core/recipes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

/// What is on order and not received yet: a quantity of a product (in its
/// unit) due on a day.
struct IncomingQuantity
{
    QString supplierId;
    QString sku;
    QDate due;
    Decimal quantity; ///< in the product's unit
};

/// Everything a suggestion is computed from.
struct SuggestionInputs
{
    QDateTime now; ///< local time: the cut-offs and "today"
    QList<Supplier> suppliers;
    PriceBook prices; ///< catalogues and conversions
    RecipeCosting::Book recipes;
    QHash<QString, QString> menuNames; ///< menu item id → name
    /// Sales of the mix's weeks (kMixDays before today) and their covers.
    QList<MenuItemSold> recentSales;
    double recentCovers = 0;
    /// Expected covers per day from today on.
    QHash<QDate, double> forecastCovers;
    /// Stock now per product key (PriceBook::key); absent: not counted.
    QHash<QString, Decimal> stock;
    QList<IncomingQuantity> onOrder;
    QHash<QString, Decimal> par; ///< per product key, in its unit
    /// Per product key: when it was last ordered (the usual supplier).
    QHash<QString, QDateTime> lastOrdered;
};

/// One product of a supplier's suggestion, explaining itself.
struct SuggestedLine
{
    Product product;
    double forecastCovers = 0; ///< D1 … D2−1
    double coversBefore = 0;   ///< today … D1−1
    Decimal portions;          ///< portions of the dishes using it over D1 … D2−1
    QStringList dishes;        ///< their names
    Decimal need;              ///< D1 … D2−1, in the product's unit
    Decimal usedBefore;        ///< today … D1−1
    std::optional<Decimal> stockNow;
    Decimal stockAtDelivery; ///< max(0, stock now − used before)
    Decimal onOrder;
    Decimal par;
    Decimal raw;            ///< need − at delivery − on order + par
    DraftQuantity quantity; ///< raw rounded up to what the supplier sells
    Decimal orderedUnits;   ///< the quantity in the product's unit (packs × pack size)
    QStringList problems;   ///< translated: units that do not convert
    /// The recipe lines behind `problems` (where Ctrl+U takes the manager).
    QList<UnitProblem> unitProblems;

    bool isFlagged() const { return !problems.isEmpty(); }
    /// "2 colis (20 kg)".
    QString quantityText() const { return OrderDraft::quantityText(product, quantity); }
};

/// One supplier's next slot and its lines.
struct SupplierSuggestion
{
    Supplier supplier;
    QDate delivery;            ///< D1: the next delivery whose cut-off is not past
    QDate nextDelivery;        ///< D2: the one after it
    QDateTime cutoff;          ///< when the order for D1 must be sent by
    double forecastCovers = 0; ///< D1 … D2−1
    QList<SuggestedLine> lines;
    /// The lines at today's prices (excl. VAT), without the delivery fee.
    Decimal estimatedTotal(const QDate& day) const;
};

struct SuggestedOrders
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SuggestedOrders)

public:
    static constexpr int kMixDays = 28; ///< the dish mix's weeks
    static constexpr int kMaxForecastDays = 28;

    enum class Missing
    {
        Nothing,
        Forecast, ///< no covers expected (no till history, no book)
        Sales,    ///< no sales or no covers in the mix's weeks
        Recipes,  ///< no recipe for the dishes sold
    };
    Missing missing = Missing::Nothing;
    QList<SupplierSuggestion> suppliers;      ///< by cut-off, then name; suppliers without lines included
    QHash<QString, Decimal> portionsPerCover; ///< per menu item
    double recentCovers = 0;

    /// Why nothing can be suggested (translated), empty when something can.
    QString missingText() const;
    const SupplierSuggestion* find(const QString& supplierId) const;

    static SuggestedOrders compute(const SuggestionInputs& inputs);
    /// The inputs as the database and the read interfaces give them at
    /// `now`: `sales` and `history` may be null; `forecast` the expected
    /// covers per day (a Forecaster's dayTotal over kMaxForecastDays).
    static SuggestionInputs load(QSqlDatabase& db, const QDateTime& now, const MenuSalesSource* sales,
                                 const CoversHistorySource* history, const QHash<QDate, double>& forecast);

    /// The delivery after `delivery` (invalid without delivery days).
    static QDate deliveryAfter(const Supplier& supplier, const QDate& delivery);
    /// "72 couverts prévus du 09/12 au 11/12 × 0,35 portion → 25,2 kg ; …"
    /// (translated): the line's arithmetic in one sentence.
    static QString explain(const SuggestedLine& line, const SupplierSuggestion& slot);

    /// The suggestion's lines (quantity above zero) written into `draft`
    /// (the supplier's): a line of the same product takes the suggested
    /// quantity, others are added; the delivery day set to `slot.delivery`.
    static void applyTo(OrderDraft& draft, const SupplierSuggestion& slot);
};

/// The par (safety) stock per product (migration 0024).
class ParStock
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ParStock)

public:
    static QHash<QString, Decimal> load(QSqlDatabase& db);
    /// Zero removes it; a negative quantity is refused (translated error).
    static bool save(QSqlDatabase& db, const QString& supplierId, const QString& sku, const Decimal& quantity,
                     const QDateTime& now, QString* error);
};

} // namespace Moulin
