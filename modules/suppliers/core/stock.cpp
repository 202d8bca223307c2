#include "suppliers/core/stock.h"

#include "common/core/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace Moulin {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QStringList Stock::defaultAreas()
{
    return {tr("Cold room"), tr("Freezer"), tr("Dry store"), tr("Cellar"), tr("Bar")};
}

QString Stock::countWarning(QSqlDatabase& db, const StockCount& count)
{
    const std::optional<CatalogueItem> item = SupplierStore::product(db, count.supplierId, count.sku);
    const QString name = item ? item->product.name : count.sku;
    if (count.quantity.isNegative())
        return tr("%1: a negative count (%2). Store it anyway?").arg(name, count.quantity.toString());
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT sum(quantity_micros) FROM stock_count WHERE supplier_id = ? AND "
                           "sku = ? AND counted_on <> ? GROUP BY counted_on ORDER BY counted_on DESC "
                           "LIMIT 5"),
            {count.supplierId, count.sku, iso(count.day)}, "usual count"))
        return {};
    qint64 sum = 0;
    int n = 0;
    while (q.next()) {
        sum += q.value(0).toLongLong();
        ++n;
    }
    if (n == 0 || sum <= 0)
        return {};
    const Decimal usual = Decimal::fromMicros(sum) / Decimal::fromInt(n);
    if (count.quantity > usual * Decimal::fromInt(kAbsurdFactor))
        return tr("%1: %2 is more than %3 times the usual count (%4). Store it anyway?")
            .arg(name, count.quantity.toString())
            .arg(kAbsurdFactor)
            .arg(usual.rounded(2).toString());
    return {};
}

bool Stock::saveCount(QSqlDatabase& db, const StockCount& count, bool confirmed, const QDateTime& now,
                      QString* warning, QString* error)
{
    if (!count.day.isValid() || count.area.trimmed().isEmpty() || count.sku.isEmpty()) {
        if (error)
            *error = tr("A count needs a day, a storage area and a product.");
        return false;
    }
    if (!confirmed) {
        const QString w = countWarning(db, count);
        if (!w.isEmpty()) {
            if (warning)
                *warning = w;
            return false;
        }
    }
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("INSERT INTO stock_count(counted_on, area, supplier_id, sku, quantity_micros, "
                           "counted_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(supplier_id, sku, "
                           "counted_on, area) DO UPDATE SET quantity_micros = excluded.quantity_micros, "
                           "counted_at = excluded.counted_at"),
            {iso(count.day), count.area.trimmed(), count.supplierId, count.sku, count.quantity.micros(),
             now.toUTC().toString(Qt::ISODate)},
            "stock count")) {
        if (error)
            *error = tr("The count could not be saved.");
        return false;
    }
    return true;
}

bool Stock::removeCount(QSqlDatabase& db, const StockCount& count, QString* error)
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("DELETE FROM stock_count WHERE supplier_id = ? AND sku = ? AND counted_on = ? "
                           "AND area = ?"),
            {count.supplierId, count.sku, iso(count.day), count.area}, "stock count delete")) {
        if (error)
            *error = tr("The count could not be removed.");
        return false;
    }
    return true;
}

QList<StockCount> Stock::counts(QSqlDatabase& db, const QDate& day, const QString& area)
{
    QList<StockCount> rows;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral(
                "SELECT area, supplier_id, sku, quantity_micros FROM stock_count WHERE "
                "counted_on = ? AND (COALESCE(?, '') = '' OR area = ?) ORDER BY area, supplier_id, sku"),
            {iso(day), area, area}, "stock counts"))
        return rows;
    while (q.next())
        rows.append({day, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     Decimal::fromMicros(q.value(3).toLongLong())});
    return rows;
}

QStringList Stock::areas(QSqlDatabase& db)
{
    QStringList result = defaultAreas();
    QSqlQuery q(db);
    if (Database::run(q, QStringLiteral("SELECT DISTINCT area FROM stock_count ORDER BY area"), {},
                      "stock areas")) {
        while (q.next()) {
            if (!result.contains(q.value(0).toString()))
                result.append(q.value(0).toString());
        }
    }
    return result;
}

bool Stock::addWaste(QSqlDatabase& db, const WasteEntry& waste, const QDateTime& now, QString* error)
{
    if (!waste.day.isValid() || waste.sku.isEmpty() || waste.quantity.isZero() ||
        waste.quantity.isNegative()) {
        if (error)
            *error = tr("Waste needs a day, a product and a quantity above zero.");
        return false;
    }
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("INSERT INTO stock_waste(day, supplier_id, sku, quantity_micros, reason, "
                           "recorded_at) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?)"),
            {iso(waste.day), waste.supplierId, waste.sku, waste.quantity.micros(), waste.reason,
             now.toUTC().toString(Qt::ISODate)},
            "stock waste")) {
        if (error)
            *error = tr("The waste could not be saved.");
        return false;
    }
    return true;
}

QList<WasteEntry> Stock::waste(QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QList<WasteEntry> rows;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT day, supplier_id, sku, quantity_micros, reason FROM stock_waste "
                           "WHERE day BETWEEN ? AND ? ORDER BY day, id"),
            {iso(from), iso(to)}, "stock waste list"))
        return rows;
    while (q.next())
        rows.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                     q.value(2).toString(), Decimal::fromMicros(q.value(3).toLongLong()),
                     q.value(4).toString()});
    return rows;
}

QHash<QString, Decimal> Stock::delivered(QSqlDatabase& db, const QDate& from, const QDate& to,
                                         const PriceBook& prices, QStringList* problems)
{
    QHash<QString, Decimal> result;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT l.supplier_id, ol.sku, ol.unit_code, l.received_micros FROM "
                           "supplier_receipt_line l JOIN supplier_receipt r ON r.supplier_id = "
                           "l.supplier_id AND r.order_id = l.order_id AND r.despatch_id = l.despatch_id "
                           "JOIN supplier_order_line ol ON ol.supplier_id = l.supplier_id AND "
                           "ol.order_id = l.order_id AND ol.line_id = l.order_line_id "
                           "WHERE r.received_on BETWEEN ? AND ? AND l.received_micros > 0"),
            {iso(from), iso(to)}, "stock deliveries"))
        return result;
    while (q.next()) {
        const QString supplierId = q.value(0).toString();
        const QString sku = q.value(1).toString();
        const QString unit = q.value(2).toString();
        const Decimal received = Decimal::fromMicros(q.value(3).toLongLong());
        const Product* p = prices.product(supplierId, sku);
        if (!p)
            continue;
        std::optional<Decimal> quantity;
        if (unit == p->packUnitCode && unit != p->unitCode)
            quantity = received * p->packSize;
        else
            quantity = Units::convert(received, unit, p->unitCode, prices.conversions(supplierId, sku),
                                      p->name, nullptr);
        if (quantity)
            result[PriceBook::key(supplierId, sku)] += *quantity;
        else if (problems)
            problems->append(tr("%1: a delivery in %2 cannot be counted in %3.")
                                 .arg(p->name, Units::label(unit), Units::label(p->unitCode)));
    }
    return result;
}

QHash<QDate, QHash<QString, Decimal>> Stock::consumption(const RecipeCosting::Book& recipes,
                                                         const PriceBook& prices,
                                                         const QList<MenuItemSold>& sold,
                                                         QStringList* problems)
{
    QHash<QString, qint64> recipeOf;
    for (auto it = recipes.cbegin(); it != recipes.cend(); ++it) {
        if (!it->menuItemId.isEmpty())
            recipeOf.insert(it->menuItemId, it.key());
    }
    QHash<qint64, QHash<QString, Decimal>> perPortion;
    QHash<QDate, QHash<QString, Decimal>> result;
    for (const MenuItemSold& s : sold) {
        const auto rit = recipeOf.constFind(s.itemId);
        if (rit == recipeOf.cend())
            continue;
        auto pit = perPortion.find(*rit);
        if (pit == perPortion.end()) {
            QStringList recipeProblems;
            pit = perPortion.insert(*rit,
                                    RecipeCosting::usagePerPortion(recipes, *rit, prices, &recipeProblems));
            if (problems) {
                for (const QString& p : std::as_const(recipeProblems)) {
                    if (!problems->contains(p))
                        problems->append(p);
                }
            }
        }
        const Decimal portions = Decimal::fromMicros(s.quantityMilli * 1000);
        QHash<QString, Decimal>& day = result[s.day];
        for (auto u = pit->cbegin(); u != pit->cend(); ++u)
            day[u.key()] += u.value() * portions;
    }
    return result;
}

QList<StockLine> Stock::stockOn(QSqlDatabase& db, const QDate& day, const MenuSalesSource* sales,
                                QStringList* problems)
{
    const PriceBook prices = RecipeStore::priceBook(db);
    const RecipeCosting::Book recipes = RecipeStore::recipes(db);

    // Per product: the count of `day` and the previous counted day with its total.
    struct Counts
    {
        std::optional<Decimal> today;
        QDate previousDay;
        Decimal previous;
    };
    QHash<QString, Counts> byProduct;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT supplier_id, sku, counted_on, sum(quantity_micros) FROM stock_count "
                           "WHERE counted_on <= ? GROUP BY supplier_id, sku, counted_on "
                           "ORDER BY counted_on"),
            {iso(day)}, "stock counts by day"))
        return {};
    while (q.next()) {
        const QString k = PriceBook::key(q.value(0).toString(), q.value(1).toString());
        const QDate on = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const Decimal total = Decimal::fromMicros(q.value(3).toLongLong());
        Counts& c = byProduct[k];
        if (on == day) {
            c.today = total;
        } else {
            c.previousDay = on;
            c.previous = total;
        }
    }
    QDate earliest = day;
    for (const Counts& c : std::as_const(byProduct)) {
        if (c.previousDay.isValid() && c.previousDay.addDays(1) < earliest)
            earliest = c.previousDay.addDays(1);
    }
    // Movements per day from the earliest opening on.
    QHash<QDate, QHash<QString, Decimal>> deliveredByDay;
    for (QDate d = earliest; d <= day; d = d.addDays(1))
        deliveredByDay.insert(d, delivered(db, d, d, prices, problems));
    const QHash<QDate, QHash<QString, Decimal>> consumed =
        sales ? consumption(recipes, prices, sales->sold(earliest, day), problems)
              : QHash<QDate, QHash<QString, Decimal>>{};
    const QList<WasteEntry> wasted = Stock::waste(db, earliest, day);

    QList<StockLine> lines;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
        const int cut = int(it.key().indexOf(u'\n'));
        StockLine line;
        line.supplierId = it.key().left(cut);
        line.sku = it.key().mid(cut + 1);
        const Product* p = prices.product(line.supplierId, line.sku);
        line.name = p ? p->name : line.sku;
        line.unit = p ? p->unitCode : QString();
        line.counted = it->today;
        line.openingDay = it->previousDay;
        if (it->previousDay.isValid()) {
            line.opening = it->previous;
            for (QDate d = it->previousDay.addDays(1); d <= day; d = d.addDays(1)) {
                line.delivered += deliveredByDay.value(d).value(it.key());
                line.consumed += consumed.value(d).value(it.key());
            }
            for (const WasteEntry& w : wasted) {
                if (w.day > it->previousDay && w.supplierId == line.supplierId && w.sku == line.sku)
                    line.wasted += w.quantity;
            }
            line.theoretical = line.opening + line.delivered - line.consumed - line.wasted;
            if (line.counted) {
                line.variance = *line.counted - *line.theoretical;
                if (const Product* priced = prices.costProduct(line.supplierId, line.sku, day))
                    line.varianceValue = (*line.variance * priced->unitPriceOn(day)).rounded(2);
            }
        }
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const StockLine& a, const StockLine& b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.sku < b.sku;
    });
    return lines;
}

} // namespace Moulin
