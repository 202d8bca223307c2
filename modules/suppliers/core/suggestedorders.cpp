#include "suppliers/core/suggestedorders.h"

#include "common/core/database.h"
#include "suppliers/core/stock.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

const Decimal kHundred = Decimal::fromInt(100);

Decimal fromDouble(double value, int decimals)
{
    return Decimal::fromMicros(qint64(std::llround(value * double(Decimal::kOne)))).rounded(decimals);
}

/// `value` rounded up to three decimals (what the order and its note show).
Decimal ceilTo3(const Decimal& value)
{
    Decimal r = value.rounded(3);
    if (r < value)
        r += Decimal::fromMicros(1000);
    return r;
}

/// `value` rounded up to `decimals` (value ≥ 0).
Decimal ceilTo(const Decimal& value, int decimals)
{
    Decimal r = value.rounded(decimals);
    if (r < value) {
        qint64 step = 1;
        for (int i = decimals; i < Decimal::kScale; ++i)
            step *= 10;
        r += Decimal::fromMicros(step);
    }
    return r;
}

/// What to suggest for `raw` of a product ordered by its unit: a weight or a
/// volume bought loose is rounded up to 0.1 kg or L (or to the decimals of its
/// pack size when finer: 0.25 kg), not to the gram the arithmetic gives.
Decimal looseQuantity(const Product& product, const Decimal& raw)
{
    const bool loose = product.unitCode == QLatin1String(UnitCode::kKilogram) ||
                       product.unitCode == QLatin1String(UnitCode::kLitre);
    if (!loose || product.soldByPackOnly)
        return ceilTo3(raw);
    return ceilTo(raw, std::clamp(product.packSize.decimals(), 1, 3));
}

/// "25,2 kg".
QString amount(const Decimal& value, const QString& unit)
{
    return UnitCode::withQuantity(OrderDraft::number(value.rounded(3)), value.rounded(3), unit);
}

/// What one portion of a recipe uses per product key (gross, in the
/// product's unit), and the lines that could not be converted, per product.
struct Usage
{
    QHash<QString, Decimal> perProduct;
    QHash<QString, QList<UnitProblem>> flagged; ///< product key → problems
    QStringList other;                          ///< sub-recipes using no product that do not convert
};

/// One product as the kitchen needs it, whichever supplier carries it.
struct Need
{
    QStringList keys; ///< every product key with its GTIN and unit
    QString chosen;   ///< the key ordered
    Decimal perCover; ///< product units per cover
    Decimal portionsPerCover;
    QStringList dishes;
    QStringList problems;
    QList<UnitProblem> unitProblems;
};

} // namespace

Decimal SupplierSuggestion::estimatedTotal(const QDate& day) const
{
    Decimal total;
    for (const SuggestedLine& l : lines) {
        if (l.quantity.quantity > Decimal())
            total += OrderLine::of(l.product, l.quantity.quantity, l.quantity.unit, day).amount();
    }
    return total;
}

QDate SuggestedOrders::deliveryAfter(const Supplier& supplier, const QDate& delivery)
{
    if (!delivery.isValid() || supplier.deliveryDays.isEmpty())
        return {};
    for (QDate d = delivery.addDays(1); d <= delivery.addDays(7); d = d.addDays(1)) {
        if (supplier.deliversOn(d))
            return d;
    }
    return {};
}

const SupplierSuggestion* SuggestedOrders::find(const QString& supplierId) const
{
    for (const SupplierSuggestion& s : suppliers) {
        if (s.supplier.id == supplierId)
            return &s;
    }
    return nullptr;
}

QString SuggestedOrders::missingText() const
{
    switch (missing) {
    case Missing::Nothing:
        return {};
    case Missing::Forecast:
        return tr("No covers forecast yet: the forecast needs the till's history (two weeks of sales) or "
                  "bookings.");
    case Missing::Sales:
        return tr("No sales in the last four weeks: the dish mix (portions of each dish per cover) comes "
                  "from the till's sales.");
    case Missing::Recipes:
        return tr("No recipe for the dishes sold: write the recipes in Fiches techniques "
                  "to get suggested orders.");
    }
    return {};
}

SuggestedOrders SuggestedOrders::compute(const SuggestionInputs& in)
{
    SuggestedOrders out;
    const QDate today = in.now.date();
    out.recentCovers = in.recentCovers;

    // The dish mix: portions of each item per cover.
    QHash<QString, qint64> soldMilli;
    for (const MenuItemSold& s : in.recentSales)
        soldMilli[s.itemId] += s.quantityMilli;
    if (in.recentCovers > 0) {
        const Decimal covers = fromDouble(in.recentCovers, 3);
        for (auto it = soldMilli.cbegin(); it != soldMilli.cend(); ++it) {
            if (it.value() > 0 && covers > Decimal())
                out.portionsPerCover.insert(it.key(), Decimal::fromMicros(it.value() * 1000) / covers);
        }
    }

    // What each product is used per cover, by item of the mix.
    QHash<QString, qint64> recipeOf;
    for (auto it = in.recipes.cbegin(); it != in.recipes.cend(); ++it) {
        if (!it->menuItemId.isEmpty())
            recipeOf.insert(it->menuItemId, it.key());
    }
    QHash<QString, Need> needs; // by identity
    QHash<QString, QString> identityOf;
    const auto identity = [&](const QString& key) -> QString {
        if (const auto it = identityOf.constFind(key); it != identityOf.cend())
            return *it;
        const int cut = int(key.indexOf(u'\n'));
        const Product* p = in.prices.product(key.left(cut), key.mid(cut + 1));
        const QString id = (!p || p->gtin.isEmpty())
                               ? QString(QStringLiteral("k:") + key)
                               : QString(QStringLiteral("g:") + p->gtin + u'\n' + p->unitCode);
        identityOf.insert(key, id);
        Need& n = needs[id];
        if (n.keys.isEmpty()) {
            if (p && !p->gtin.isEmpty()) {
                for (const QString& k : in.prices.sameProduct(key.left(cut), key.mid(cut + 1))) {
                    const int c = int(k.indexOf(u'\n'));
                    const Product* other = in.prices.product(k.left(c), k.mid(c + 1));
                    if (other && other->unitCode == p->unitCode) {
                        n.keys.append(k);
                        identityOf.insert(k, id);
                    }
                }
            }
            if (!n.keys.contains(key))
                n.keys.append(key);
        }
        return id;
    };
    QStringList otherProblems;
    bool anyRecipe = false;
    for (auto it = out.portionsPerCover.cbegin(); it != out.portionsPerCover.cend(); ++it) {
        const auto rit = recipeOf.constFind(it.key());
        if (rit == recipeOf.cend())
            continue;
        anyRecipe = true;
        Usage usage;
        RecipeCosting::expandUsage(
            in.recipes, *rit, Decimal::fromInt(1), in.prices,
            [&usage](const QString& key, const Decimal& quantity) { usage.perProduct[key] += quantity; },
            [&usage](const QString& key, const UnitProblem& problem) {
                if (key.isEmpty()) {
                    if (!usage.other.contains(problem.reason))
                        usage.other.append(problem.reason);
                    return;
                }
                QList<UnitProblem>& problems = usage.flagged[key];
                for (const UnitProblem& p : std::as_const(problems)) {
                    if (p.reason == problem.reason)
                        return;
                }
                problems.append(problem);
            });
        const QString dish = in.menuNames.value(it.key(), in.recipes.value(*rit).name);
        for (auto u = usage.perProduct.cbegin(); u != usage.perProduct.cend(); ++u) {
            Need& n = needs[identity(u.key())];
            n.perCover += u.value() * it.value();
            n.portionsPerCover += it.value();
            if (!n.dishes.contains(dish))
                n.dishes.append(dish);
        }
        for (auto f = usage.flagged.cbegin(); f != usage.flagged.cend(); ++f) {
            Need& n = needs[identity(f.key())];
            if (!n.dishes.contains(dish))
                n.dishes.append(dish);
            for (const UnitProblem& problem : f.value()) {
                if (!n.problems.contains(problem.reason)) {
                    n.problems.append(problem.reason);
                    n.unitProblems.append(problem);
                }
            }
        }
        for (const QString& reason : std::as_const(usage.other)) {
            if (!otherProblems.contains(reason))
                otherProblems.append(reason);
        }
    }
    for (auto it = in.par.cbegin(); it != in.par.cend(); ++it) {
        if (it.value() > Decimal())
            identity(it.key());
    }

    double forecastTotal = 0;
    for (double c : in.forecastCovers)
        forecastTotal += c;
    if (forecastTotal <= 0)
        out.missing = Missing::Forecast;
    else if (out.portionsPerCover.isEmpty())
        out.missing = Missing::Sales;
    else if (!anyRecipe)
        out.missing = Missing::Recipes;

    // The usual supplier of each product.
    QHash<QString, bool> known;
    for (const Supplier& s : in.suppliers)
        known.insert(s.id, true);
    for (auto it = needs.begin(); it != needs.end(); ++it) {
        Need& n = *it;
        QString best;
        QDateTime bestOrdered;
        const Product* bestProduct = nullptr;
        for (const QString& k : std::as_const(n.keys)) {
            const int c = int(k.indexOf(u'\n'));
            const Product* p = in.prices.product(k.left(c), k.mid(c + 1));
            if (!p || !known.contains(p->supplierId))
                continue;
            const QDateTime ordered = in.lastOrdered.value(k);
            bool better = false;
            if (!bestProduct)
                better = true;
            else if (ordered.isValid() || bestOrdered.isValid())
                better = ordered.isValid() && (!bestOrdered.isValid() || ordered > bestOrdered);
            else if (p->unitPriceOn(today) != bestProduct->unitPriceOn(today))
                better = p->unitPriceOn(today) < bestProduct->unitPriceOn(today);
            else
                better = k < best;
            if (better) {
                best = k;
                bestOrdered = ordered;
                bestProduct = p;
            }
        }
        n.chosen = best;
    }

    // Incoming per product key, by due day.
    QHash<QString, QList<const IncomingQuantity*>> incoming;
    for (const IncomingQuantity& i : in.onOrder)
        incoming[PriceBook::key(i.supplierId, i.sku)].append(&i);

    const auto coversBetween = [&](const QDate& from, const QDate& to) { // [from, to)
        double sum = 0;
        for (QDate d = from; d.isValid() && d < to; d = d.addDays(1))
            sum += in.forecastCovers.value(d);
        return sum;
    };

    QHash<QString, int> slotOf;
    for (const Supplier& s : in.suppliers) {
        SupplierSuggestion slot;
        slot.supplier = s;
        slot.delivery = s.nextDelivery(in.now);
        if (!slot.delivery.isValid())
            continue;
        slot.nextDelivery = deliveryAfter(s, slot.delivery);
        slot.cutoff = s.cutoffFor(slot.delivery);
        slot.forecastCovers = coversBetween(slot.delivery, slot.nextDelivery);
        slotOf.insert(s.id, int(out.suppliers.size()));
        out.suppliers.append(slot);
    }

    for (auto it = needs.cbegin(); it != needs.cend(); ++it) {
        const Need& n = *it;
        if (n.chosen.isEmpty())
            continue;
        const int c = int(n.chosen.indexOf(u'\n'));
        const Product* p = in.prices.product(n.chosen.left(c), n.chosen.mid(c + 1));
        const auto sit = slotOf.constFind(p->supplierId);
        if (sit == slotOf.cend())
            continue;
        SupplierSuggestion& slot = out.suppliers[*sit];
        SuggestedLine line;
        line.product = *p;
        line.forecastCovers = slot.forecastCovers;
        line.coversBefore = coversBetween(today, slot.delivery);
        const Decimal window = fromDouble(line.forecastCovers, 1);
        const Decimal before = fromDouble(line.coversBefore, 1);
        line.portions = (n.portionsPerCover * window).rounded(1);
        line.dishes = n.dishes;
        line.need = n.perCover * window;
        line.usedBefore = n.perCover * before;
        for (const QString& k : n.keys) {
            if (const auto s = in.stock.constFind(k); s != in.stock.cend())
                line.stockNow = line.stockNow.value_or(Decimal()) + *s;
            line.par += in.par.value(k);
            for (const IncomingQuantity* i : incoming.value(k)) {
                if (!i->due.isValid() || i->due <= slot.delivery)
                    line.onOrder += i->quantity;
            }
        }
        line.stockAtDelivery = std::max(Decimal(), line.stockNow.value_or(Decimal()) - line.usedBefore);
        line.raw = line.need - line.stockAtDelivery - line.onOrder + line.par;
        line.problems = n.problems;
        line.unitProblems = n.unitProblems;
        if (line.raw > Decimal()) {
            line.quantity = OrderDraft::resolve(line.product, looseQuantity(line.product, line.raw),
                                                OrderLine::Unit::Units);
            if (line.quantity.unit == OrderLine::Unit::Units && line.quantity.note.isEmpty() &&
                line.quantity.quantity != ceilTo3(line.raw))
                line.quantity.note = tr("%1 → %2: rounded up")
                                         .arg(amount(ceilTo3(line.raw), line.product.unitCode),
                                              amount(line.quantity.quantity, line.product.unitCode));
            line.orderedUnits = line.quantity.unit == OrderLine::Unit::Packs
                                    ? line.quantity.quantity * line.product.packSize
                                    : line.quantity.quantity;
        } else if (line.problems.isEmpty()) {
            continue; // nothing to order
        } else {
            line.quantity.unit =
                line.product.soldByPackOnly ? OrderLine::Unit::Packs : OrderLine::Unit::Units;
        }
        slot.lines.append(line);
    }
    for (SupplierSuggestion& slot : out.suppliers) {
        std::sort(slot.lines.begin(), slot.lines.end(), [](const SuggestedLine& a, const SuggestedLine& b) {
            const int c = QString::localeAwareCompare(a.product.name, b.product.name);
            return c != 0 ? c < 0 : a.product.sku < b.product.sku;
        });
    }
    std::sort(out.suppliers.begin(), out.suppliers.end(),
              [](const SupplierSuggestion& a, const SupplierSuggestion& b) {
                  if (a.cutoff != b.cutoff)
                      return a.cutoff < b.cutoff;
                  return QString::localeAwareCompare(a.supplier.name, b.supplier.name) < 0;
              });
    if (!otherProblems.isEmpty())
        qWarning("suggested orders: %s", qUtf8Printable(otherProblems.join(u'\n')));
    return out;
}

QString SuggestedOrders::explain(const SuggestedLine& line, const SupplierSuggestion& slot)
{
    const QString unit = line.product.unitCode;
    const QLocale locale;
    const QString last = locale.toString(
        slot.nextDelivery.isValid() ? slot.nextDelivery.addDays(-1) : slot.delivery, QStringLiteral("dd/MM"));
    QString text = tr("%1 covers forecast from %2 to %3, %4 portion(s) of %5: %6 needed")
                       .arg(OrderDraft::number(fromDouble(line.forecastCovers, 1)),
                            locale.toString(slot.delivery, QStringLiteral("dd/MM")), last,
                            OrderDraft::number(line.portions),
                            line.dishes.isEmpty() ? tr("no dish") : line.dishes.join(QStringLiteral(", ")),
                            amount(line.need, unit));
    if (line.stockNow)
        text += tr("; stock at delivery %1 (%2 now − %3 used before)")
                    .arg(amount(line.stockAtDelivery, unit), amount(*line.stockNow, unit),
                         amount(line.usedBefore, unit));
    else
        text += tr("; stock at delivery unknown (not counted), taken as 0");
    text += tr("; on order %1; safety stock %2").arg(amount(line.onOrder, unit), amount(line.par, unit));
    if (line.raw > Decimal()) {
        text += tr(" → %1 to order").arg(amount(line.raw, unit));
        text += line.quantity.isRounded() ? tr(", rounded up: %1").arg(line.quantity.note)
                                          : tr(": %1").arg(line.quantityText());
    } else {
        text += tr(" → nothing to order");
    }
    text += u'.';
    if (line.isFlagged())
        text +=
            u' ' + tr("Not counted (unit not convertible): %1").arg(line.problems.join(QStringLiteral(" ")));
    return text;
}

void SuggestedOrders::applyTo(OrderDraft& draft, const SupplierSuggestion& slot)
{
    draft.deliveryDate = slot.delivery;
    for (const SuggestedLine& l : slot.lines) {
        if (l.quantity.quantity <= Decimal())
            continue;
        bool found = false;
        for (DraftLine& d : draft.lines) {
            if (d.product.sku == l.product.sku) {
                d.product = l.product;
                d.quantity = l.quantity;
                d.available = true;
                found = true;
                break;
            }
        }
        if (!found)
            draft.lines.append(DraftLine{l.product, l.quantity, true});
    }
}

SuggestionInputs SuggestedOrders::load(QSqlDatabase& db, const QDateTime& now, const MenuSalesSource* sales,
                                       const CoversHistorySource* history,
                                       const QHash<QDate, double>& forecast)
{
    SuggestionInputs in;
    in.now = now;
    const QDate today = now.date();
    in.suppliers = SupplierStore::suppliers(db);
    in.prices = RecipeStore::priceBook(db);
    in.recipes = RecipeStore::recipes(db);
    in.forecastCovers = forecast;
    const QDate from = today.addDays(-kMixDays);
    const QDate to = today.addDays(-1);
    if (sales) {
        for (const MenuItemInfo& item : sales->menuItems())
            in.menuNames.insert(item.id, item.name);
        in.recentSales = sales->sold(from, to);
    }
    if (history) {
        for (const CoversAtSlot& c : history->covers(from, to))
            in.recentCovers += c.covers;
    }
    // Stock now: today's count, else the theoretical stock from the last one.
    for (const StockLine& l : Stock::stockOn(db, today, sales)) {
        const QString key = PriceBook::key(l.supplierId, l.sku);
        if (l.counted)
            in.stock.insert(key, *l.counted);
        else if (l.theoretical)
            in.stock.insert(key, *l.theoretical);
    }
    in.par = ParStock::load(db);

    QSqlQuery q(db);
    // When each product was last ordered (the usual supplier).
    if (Database::run(
            q,
            QStringLiteral("SELECT l.supplier_id, l.sku, max(o.created_at) FROM supplier_order_line l "
                           "JOIN supplier_order o ON o.supplier_id = l.supplier_id AND o.id = "
                           "l.order_id GROUP BY l.supplier_id, l.sku"),
            {}, "last ordered")) {
        while (q.next())
            in.lastOrdered.insert(PriceBook::key(q.value(0).toString(), q.value(1).toString()),
                                  QDateTime::fromString(q.value(2).toString(), Qt::ISODate));
    }
    // On order: sent, not received (what is outstanding of each line), with
    // the day it is due (the advice's expected day, else the one asked for).
    if (Database::run(
            q,
            QStringLiteral(
                "SELECT l.supplier_id, l.sku, l.unit_code, COALESCE(l.confirmed_quantity_micros, "
                "l.quantity_micros) - l.delivered_quantity_micros, COALESCE((SELECT max(d.expected_date) "
                "FROM "
                "supplier_delivery d WHERE d.supplier_id = o.supplier_id AND d.order_id = o.id AND "
                "d.actual_date IS NULL), o.delivery_date) FROM supplier_order_line l JOIN supplier_order o "
                "ON "
                "o.supplier_id = l.supplier_id AND o.id = l.order_id WHERE o.status NOT IN ('delivered', "
                "'rejected') AND l.status <> 'rejected'"),
            {}, "on order")) {
        while (q.next()) {
            const QString supplierId = q.value(0).toString();
            const QString sku = q.value(1).toString();
            const QString unit = q.value(2).toString();
            const Decimal outstanding = Decimal::fromMicros(q.value(3).toLongLong());
            const Product* p = in.prices.product(supplierId, sku);
            if (!p || outstanding <= Decimal())
                continue;
            std::optional<Decimal> quantity;
            if (unit == p->packUnitCode && unit != p->unitCode)
                quantity = outstanding * p->packSize;
            else
                quantity = Units::convert(outstanding, unit, p->unitCode,
                                          in.prices.conversions(supplierId, sku), p->name, nullptr);
            if (quantity)
                in.onOrder.append(
                    {supplierId, sku, QDate::fromString(q.value(4).toString(), Qt::ISODate), *quantity});
        }
    }
    return in;
}

// --- ParStock ----------------------------------------------------------------

QHash<QString, Decimal> ParStock::load(QSqlDatabase& db)
{
    QHash<QString, Decimal> out;
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT supplier_id, sku, quantity_micros FROM purchasing_par_stock"),
                       {}, "par stock"))
        return out;
    while (q.next())
        out.insert(PriceBook::key(q.value(0).toString(), q.value(1).toString()),
                   Decimal::fromMicros(q.value(2).toLongLong()));
    return out;
}

bool ParStock::save(QSqlDatabase& db, const QString& supplierId, const QString& sku, const Decimal& quantity,
                    const QDateTime& now, QString* error)
{
    if (quantity.isNegative()) {
        if (error)
            *error = tr("A safety stock cannot be negative.");
        return false;
    }
    QSqlQuery q(db);
    const bool ok =
        quantity.isZero()
            ? Database::run(
                  q, QStringLiteral("DELETE FROM purchasing_par_stock WHERE supplier_id = ? AND sku = ?"),
                  {supplierId, sku}, "par stock removed")
            : Database::run(
                  q,
                  QStringLiteral("INSERT INTO purchasing_par_stock (supplier_id, sku, quantity_micros, "
                                 "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (supplier_id, sku) DO "
                                 "UPDATE SET quantity_micros = excluded.quantity_micros, updated_at = "
                                 "excluded.updated_at"),
                  {supplierId, sku, quantity.micros(), now.toUTC().toString(Qt::ISODate)}, "par stock saved");
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

} // namespace Moulin
