#pragma once

// Stock (migration 0022): counts entered by hand (inventaire, by storage
// area and day, in the product's unit), deliveries received (Receiving's
// receipts: what was kept), the theoretical consumption (the till's sales ×
// the recipes, through MenuSalesSource) and waste; per product the
// theoretical stock and its variance with what was counted.
//
// A count is taken at the end of its day. The theoretical stock of a product
// on day D is its previous count (the last day before D it was counted, every
// area summed) plus what was received, minus what the sales consumed and
// what was wasted, on the days after that count up to D. Without a previous
// count there is nothing to start from: the line says so.
//
// A negative count, or one more than 100 times the product's usual count,
// is not stored until confirmed: saveCount() returns the warning for the
// screen to ask.

#include "common/core/menusources.h"
#include "suppliers/core/recipes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

struct StockCount
{
    QDate day;
    QString area; ///< "Chambre froide"
    QString supplierId;
    QString sku;
    Decimal quantity; ///< in the product's unit
};

struct WasteEntry
{
    QDate day;
    QString supplierId;
    QString sku;
    Decimal quantity; ///< in the product's unit
    QString reason;   ///< "périmé", "casse"…
};

/// One product's stock on a day.
struct StockLine
{
    QString supplierId;
    QString sku;
    QString name;
    QString unit;
    QDate openingDay; ///< the previous count's day (invalid: none)
    Decimal opening;
    Decimal delivered;
    Decimal consumed; ///< theoretical: sales × recipes
    Decimal wasted;
    std::optional<Decimal> theoretical;   ///< none without a previous count
    std::optional<Decimal> counted;       ///< none when not counted that day
    std::optional<Decimal> variance;      ///< counted − theoretical
    std::optional<Decimal> varianceValue; ///< variance × current unit price, to cents
};

class Stock
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Stock)

public:
    /// A count more than this many times the usual asks for confirmation.
    static constexpr int kAbsurdFactor = 100;

    /// "Chambre froide", "Cave", "Réserve sèche"… translated.
    static QStringList defaultAreas();

    /// Why `count` should be confirmed before it is stored (translated):
    /// negative, or above kAbsurdFactor × the product's usual count (the
    /// average of its last five counted days); empty: fine.
    static QString countWarning(QSqlDatabase& db, const StockCount& count);
    /// Stores the count (replacing the same day, area and product's). When
    /// countWarning() has something to say and `confirmed` is false,
    /// nothing is stored, `warning` receives it and false is returned with
    /// `error` left empty.
    static bool saveCount(QSqlDatabase& db, const StockCount& count, bool confirmed, const QDateTime& now,
                          QString* warning, QString* error);
    static bool removeCount(QSqlDatabase& db, const StockCount& count, QString* error);
    /// The counts of `day` (of `area` when given), by area then product.
    static QList<StockCount> counts(QSqlDatabase& db, const QDate& day, const QString& area = {});
    /// The areas counts were entered in, the default ones first.
    static QStringList areas(QSqlDatabase& db);

    static bool addWaste(QSqlDatabase& db, const WasteEntry& waste, const QDateTime& now, QString* error);
    static QList<WasteEntry> waste(QSqlDatabase& db, const QDate& from, const QDate& to);

    /// What was received (kept) per product key (PriceBook::key) on the
    /// days `from`..`to`, in the product's unit (an order line in packs is
    /// multiplied by the pack size); lines whose unit does not convert are
    /// left out and listed in `problems`.
    static QHash<QString, Decimal> delivered(QSqlDatabase& db, const QDate& from, const QDate& to,
                                             const PriceBook& prices, QStringList* problems = nullptr);
    /// Sales × recipes per product key, in the product's unit, per day.
    static QHash<QDate, QHash<QString, Decimal>> consumption(const RecipeCosting::Book& recipes,
                                                             const PriceBook& prices,
                                                             const QList<MenuItemSold>& sold,
                                                             QStringList* problems = nullptr);

    /// Every product counted on or before `day`: its theoretical stock on
    /// `day` and, when counted that day, the variance. `sales` may be null
    /// (no consumption known). By name.
    static QList<StockLine> stockOn(QSqlDatabase& db, const QDate& day, const MenuSalesSource* sales,
                                    QStringList* problems = nullptr);
};

} // namespace Moulin
