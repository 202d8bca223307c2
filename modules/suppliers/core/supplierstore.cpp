#include "suppliers/core/supplierstore.h"

#include "common/core/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Moulin {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateOrNull(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

QVariant microsOrNull(const std::optional<Decimal>& value)
{
    return value ? QVariant(value->micros()) : QVariant();
}

std::optional<Decimal> optionalMicros(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return Decimal::fromMicros(value.toLongLong());
}

bool run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery own(db);
    QSqlQuery* q = Database::cachedQuery(db, sql);
    if (!q) {
        if (!own.prepare(sql)) {
            *error = own.lastError().text();
            return false;
        }
        q = &own;
    }
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    q->finish();
    return true;
}

VatRate vatFrom(const QString& text)
{
    const std::optional<Decimal> percent = Decimal::parse(text);
    return percent ? Vat::fromPercent(*percent).value_or(VatRate::Reduced55) : VatRate::Reduced55;
}

Supplier supplierFrom(const QSqlQuery& q)
{
    Supplier s;
    s.id = q.value(0).toString();
    s.profileId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.siret = q.value(3).toString();
    s.vatId = q.value(4).toString();
    s.participant = {q.value(5).toString(), q.value(6).toString()};
    s.address.street = q.value(7).toString();
    s.address.city = q.value(8).toString();
    s.address.postalCode = q.value(9).toString();
    s.address.country = q.value(10).toString();
    s.deliveryDays = SupplierStore::daysFrom(q.value(11).toString());
    s.orderCutoff = QTime::fromString(q.value(12).toString(), u"HH:mm");
    s.cutoffDaysBefore = q.value(13).toInt();
    s.franco = Decimal::fromMicros(q.value(14).toLongLong());
    s.deliveryFee = Decimal::fromMicros(q.value(15).toLongLong());
    return s;
}

const QString kSupplierColumns = QStringLiteral(
    "id, profile, name, siret, vat_id, endpoint_scheme, endpoint_id, street, city, postal_code, country, "
    "delivery_days, order_cutoff, cutoff_days_before, franco_micros, delivery_fee_micros");

const QString kOrderColumns =
    QStringLiteral("supplier_id, id, connector, status, issue_date, delivery_date, idempotency_key, ubl, "
                   "total_excl_micros, total_incl_micros, created_at");

StoredOrder orderFrom(const QSqlQuery& q)
{
    StoredOrder o;
    o.supplierId = q.value(0).toString();
    o.id = q.value(1).toString();
    o.connector = q.value(2).toString();
    o.status = q.value(3).toString();
    o.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    o.deliveryDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    o.idempotencyKey = q.value(6).toByteArray();
    o.ubl = q.value(7).toByteArray();
    o.totalExclVat = Decimal::fromMicros(q.value(8).toLongLong());
    o.totalInclVat = Decimal::fromMicros(q.value(9).toLongLong());
    o.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return o;
}

bool loadLines(QSqlDatabase& db, StoredOrder& order)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT line_id, sku, gtin, name, quantity_micros, unit_code, net_price_micros, "
                       "status, confirmed_quantity_micros, delivered_quantity_micros, "
                       "outstanding_quantity_micros FROM supplier_order_line "
                       "WHERE supplier_id = ? AND order_id = ? ORDER BY CAST(line_id AS INTEGER), line_id"));
    q.addBindValue(order.supplierId);
    q.addBindValue(order.id);
    if (!Database::exec(q, "reading order lines"))
        return false;
    while (q.next()) {
        StoredOrderLine l;
        l.lineId = q.value(0).toString();
        l.sku = q.value(1).toString();
        l.gtin = q.value(2).toString();
        l.name = q.value(3).toString();
        l.quantity = Decimal::fromMicros(q.value(4).toLongLong());
        l.unitCode = q.value(5).toString();
        l.netPrice = Decimal::fromMicros(q.value(6).toLongLong());
        l.status = q.value(7).toString();
        l.confirmedQuantity = optionalMicros(q.value(8));
        l.deliveredQuantity = Decimal::fromMicros(q.value(9).toLongLong());
        l.outstandingQuantity = optionalMicros(q.value(10));
        order.lines.append(l);
    }
    return true;
}

QString lineStatusText(OrderResponse::Line::Status status)
{
    switch (status) {
    case OrderResponse::Line::Status::Accepted:
        return QStringLiteral("accepted");
    case OrderResponse::Line::Status::Changed:
        return QStringLiteral("changed");
    case OrderResponse::Line::Status::Rejected:
        return QStringLiteral("rejected");
    case OrderResponse::Line::Status::Added:
        return QStringLiteral("added");
    }
    return QStringLiteral("ordered");
}

QString orderStatusFor(OrderResponse::Code code)
{
    switch (code) {
    case OrderResponse::Code::Accepted:
        return QStringLiteral("accepted");
    case OrderResponse::Code::Rejected:
        return QStringLiteral("rejected");
    case OrderResponse::Code::ConditionallyAccepted:
        return QStringLiteral("changed");
    case OrderResponse::Code::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return QStringLiteral("acknowledged");
}

/// How far along an order is: a later document never moves it back.
int rank(const QString& status)
{
    static const QStringList order{QStringLiteral("queued"),     QStringLiteral("acknowledged"),
                                   QStringLiteral("accepted"),   QStringLiteral("changed"),
                                   QStringLiteral("rejected"),   QStringLiteral("partially_despatched"),
                                   QStringLiteral("despatched"), QStringLiteral("partially_delivered"),
                                   QStringLiteral("delivered")};
    return int(order.indexOf(status));
}

bool setStatus(QSqlDatabase& db, const QString& supplierId, const QString& orderId, const QString& status,
               const QDateTime& now, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM supplier_order WHERE supplier_id = ? AND id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    if (!Database::exec(q, "reading an order's status")) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // an answer to an order this database does not hold: kept, nothing to move
    const QString current = q.value(0).toString();
    // Acknowledged, accepted, changed and rejected follow each other as the
    // supplier decides; once despatched, an order only moves forward.
    if (rank(current) >= rank(QStringLiteral("partially_despatched")) && rank(status) < rank(current))
        return true;
    return run(db,
               QStringLiteral("UPDATE supplier_order SET status = ?, updated_at = ? "
                              "WHERE supplier_id = ? AND id = ?"),
               {status, iso(now), supplierId, orderId}, error);
}

/// A non-null string to compare with '' in SQL.
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isNewRow(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT changes()")) && q.next() && q.value(0).toInt() > 0;
}

} // namespace

QString SupplierStore::vatText(VatRate rate)
{
    return Vat::percent(rate).toString();
}

QString SupplierStore::daysText(const QList<Qt::DayOfWeek>& days)
{
    static const char* names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QStringList out;
    for (Qt::DayOfWeek day : days)
        out.append(QLatin1String(names[int(day) - 1]));
    return out.join(u',');
}

QList<Qt::DayOfWeek> SupplierStore::daysFrom(const QString& text)
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    QList<Qt::DayOfWeek> days;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype i = names.indexOf(part.trimmed().toLower().left(3));
        if (i >= 0 && !days.contains(Qt::DayOfWeek(i + 1)))
            days.append(Qt::DayOfWeek(i + 1));
    }
    return days;
}

bool SupplierStore::upsertSupplier(QSqlDatabase& db, const Supplier& s, const QString& connector,
                                   const QDateTime& now, QString* error)
{
    return run(
        db,
        QStringLiteral(
            "INSERT INTO supplier (id, connector, profile, name, siret, vat_id, endpoint_scheme, "
            "endpoint_id, street, city, postal_code, country, delivery_days, order_cutoff, "
            "cutoff_days_before, franco_micros, delivery_fee_micros, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET connector = excluded.connector, profile = excluded.profile, "
            "name = excluded.name, siret = excluded.siret, vat_id = excluded.vat_id, "
            "endpoint_scheme = excluded.endpoint_scheme, endpoint_id = excluded.endpoint_id, "
            "street = excluded.street, city = excluded.city, postal_code = excluded.postal_code, "
            "country = excluded.country, delivery_days = excluded.delivery_days, "
            "order_cutoff = excluded.order_cutoff, cutoff_days_before = excluded.cutoff_days_before, "
            "franco_micros = excluded.franco_micros, delivery_fee_micros = excluded.delivery_fee_micros, "
            "updated_at = excluded.updated_at"),
        {s.id, connector, s.profileId, s.name, s.siret, s.vatId, s.participant.scheme, s.participant.id,
         s.address.street, s.address.city, s.address.postalCode, s.address.country, daysText(s.deliveryDays),
         s.orderCutoff.toString(u"HH:mm"), s.cutoffDaysBefore, s.franco.micros(), s.deliveryFee.micros(),
         iso(now)},
        error);
}

std::optional<Supplier> SupplierStore::supplier(QSqlDatabase& db, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM supplier WHERE id = ?").arg(kSupplierColumns));
    q.addBindValue(id);
    if (!Database::exec(q, "reading a supplier") || !q.next())
        return std::nullopt;
    return supplierFrom(q);
}

QList<Supplier> SupplierStore::suppliers(QSqlDatabase& db, const QString& connector)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM supplier WHERE ? = '' OR connector = ? ORDER BY name, id")
                  .arg(kSupplierColumns));
    q.addBindValue(orEmpty(connector));
    q.addBindValue(orEmpty(connector));
    QList<Supplier> out;
    if (!Database::exec(q, "reading suppliers"))
        return out;
    while (q.next())
        out.append(supplierFrom(q));
    return out;
}

namespace {

// The promotion columns (0020), read by promotionAt() from `first` on.
#define MOULIN_PROMO_COLUMNS "promo_unit_price_micros, promo_from, promo_to, promo_label"

std::optional<Promotion> promotionAt(const QSqlQuery& q, int first)
{
    if (q.value(first).isNull())
        return std::nullopt;
    Promotion promo;
    promo.unitPrice = Decimal::fromMicros(q.value(first).toLongLong());
    promo.from = QDate::fromString(q.value(first + 1).toString(), Qt::ISODate);
    promo.to = QDate::fromString(q.value(first + 2).toString(), Qt::ISODate);
    promo.label = q.value(first + 3).toString();
    if (!promo.from.isValid() || !promo.to.isValid())
        return std::nullopt;
    return promo;
}

// A catalogue row as itemFrom() reads it.
#define MOULIN_PRODUCT_COLUMNS                                                                               \
    "supplier_id, sku, gtin, name, category, unit_code, pack_size_micros, pack_unit_code, "                  \
    "unit_price_micros, vat, sold_by_pack_only, " MOULIN_PROMO_COLUMNS

/// The product of a row selected with MOULIN_PRODUCT_COLUMNS.
CatalogueItem itemFrom(const QSqlQuery& q)
{
    CatalogueItem item;
    Product& p = item.product;
    p.supplierId = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.gtin = q.value(2).toString();
    p.name = q.value(3).toString();
    item.category = q.value(4).toString();
    p.unitCode = q.value(5).toString();
    p.packSize = Decimal::fromMicros(q.value(6).toLongLong());
    p.packUnitCode = q.value(7).toString();
    p.unitPrice = Decimal::fromMicros(q.value(8).toLongLong());
    p.vat = vatFrom(q.value(9).toString());
    p.soldByPackOnly = q.value(10).toBool();
    p.promotion = promotionAt(q, 11);
    return item;
}

} // namespace

bool SupplierStore::upsertProduct(QSqlDatabase& db, const CatalogueItem& item, const Decimal& alertPercent,
                                  const QDateTime& now, ProductUpsert* outcome, QString* error)
{
    const Product& p = item.product;
    ProductUpsert result;
    std::optional<Decimal> old;
    {
        QSqlQuery previous(db);
        previous.prepare(QStringLiteral(
            "SELECT unit_price_micros FROM supplier_product WHERE supplier_id = ? AND sku = ?"));
        previous.addBindValue(p.supplierId);
        previous.addBindValue(p.sku);
        if (!previous.exec()) {
            *error = previous.lastError().text();
            return false;
        }
        if (previous.next())
            old = Decimal::fromMicros(previous.value(0).toLongLong());
    }

    result.inserted = !old;
    result.priceChanged = old && *old != p.unitPrice;
    std::optional<Decimal> change;
    if (result.priceChanged && !old->isZero()) {
        change = (p.unitPrice - *old) * Decimal::fromInt(100) / *old;
        result.alert = *change > alertPercent;
    }

    // The flag follows the last change: set by a rise above the threshold,
    // cleared by any other change, kept while the price stays.
    const QString alertSql = result.priceChanged ? QStringLiteral("excluded.price_alert")
                                                 : QStringLiteral("supplier_product.price_alert");
    if (!run(db,
             QStringLiteral(
                 "INSERT INTO supplier_product (supplier_id, sku, gtin, name, category, unit_code, "
                 "pack_size_micros, pack_unit_code, unit_price_micros, vat, sold_by_pack_only, "
                 "price_alert, updated_at, promo_unit_price_micros, promo_from, promo_to, promo_label) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (supplier_id, sku) DO UPDATE SET gtin = excluded.gtin, "
                 "name = excluded.name, category = excluded.category, unit_code = excluded.unit_code, "
                 "pack_size_micros = excluded.pack_size_micros, "
                 "pack_unit_code = excluded.pack_unit_code, "
                 "unit_price_micros = excluded.unit_price_micros, vat = excluded.vat, "
                 "sold_by_pack_only = excluded.sold_by_pack_only, price_alert = %1, "
                 "promo_unit_price_micros = excluded.promo_unit_price_micros, "
                 "promo_from = excluded.promo_from, promo_to = excluded.promo_to, "
                 "promo_label = excluded.promo_label, "
                 "updated_at = CASE WHEN supplier_product.unit_price_micros = "
                 "excluded.unit_price_micros THEN supplier_product.updated_at "
                 "ELSE excluded.updated_at END")
                 .arg(alertSql),
             {p.supplierId, p.sku, p.gtin, p.name, item.category, p.unitCode, p.packSize.micros(),
              p.packUnitCode, p.unitPrice.micros(), vatText(p.vat), p.soldByPackOnly ? 1 : 0,
              result.alert ? 1 : 0, iso(now),
              p.promotion ? QVariant(p.promotion->unitPrice.micros())
                          : QVariant(QMetaType(QMetaType::LongLong)),
              p.promotion ? QVariant(p.promotion->from.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString)),
              p.promotion ? QVariant(p.promotion->to.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString)),
              p.promotion ? QVariant(p.promotion->label) : QVariant(QMetaType(QMetaType::QString))},
             error))
        return false;

    if (result.inserted || result.priceChanged) {
        if (!run(db,
                 QStringLiteral("INSERT INTO supplier_price_history (supplier_id, sku, unit_price_micros, "
                                "previous_price_micros, change_micros, alert, recorded_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {p.supplierId, p.sku, p.unitPrice.micros(), microsOrNull(old), microsOrNull(change),
                  result.alert ? 1 : 0, iso(now)},
                 error))
            return false;
    }
    if (outcome)
        *outcome = result;
    return true;
}

std::optional<CatalogueItem> SupplierStore::product(QSqlDatabase& db, const QString& supplierId,
                                                    const QString& sku)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT " MOULIN_PRODUCT_COLUMNS " FROM supplier_product "
                             "WHERE supplier_id = ? AND sku = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(sku);
    if (!Database::exec(q, "reading a product") || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

QList<CatalogueItem> SupplierStore::catalogue(QSqlDatabase& db, const QString& supplierId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " MOULIN_PRODUCT_COLUMNS " FROM supplier_product "
                             "WHERE ? = '' OR supplier_id = ? ORDER BY supplier_id, sku"));
    q.addBindValue(orEmpty(supplierId));
    q.addBindValue(orEmpty(supplierId));
    QList<CatalogueItem> out;
    if (!Database::exec(q, "reading the catalogue"))
        return out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

qint64 SupplierStore::productCount(QSqlDatabase& db, const QString& supplierId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM supplier_product WHERE ? = '' OR supplier_id = ?"));
    q.addBindValue(orEmpty(supplierId));
    q.addBindValue(orEmpty(supplierId));
    if (!Database::exec(q, "counting products") || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<PricePoint> SupplierStore::priceHistory(QSqlDatabase& db, const QString& supplierId, const QString& sku)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT unit_price_micros, previous_price_micros, change_micros, alert, "
                             "recorded_at FROM supplier_price_history WHERE supplier_id = ? AND sku = ? "
                             "ORDER BY id"));
    q.addBindValue(supplierId);
    q.addBindValue(sku);
    QList<PricePoint> out;
    if (!Database::exec(q, "reading a price history"))
        return out;
    while (q.next()) {
        PricePoint point;
        point.unitPrice = Decimal::fromMicros(q.value(0).toLongLong());
        point.previous = optionalMicros(q.value(1));
        point.changePercent = optionalMicros(q.value(2));
        point.alert = q.value(3).toBool();
        point.recordedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        out.append(point);
    }
    return out;
}

QList<std::pair<QString, QString>> SupplierStore::priceAlerts(QSqlDatabase& db)
{
    QSqlQuery q(db);
    QList<std::pair<QString, QString>> out;
    if (!q.exec(QStringLiteral(
            "SELECT supplier_id, sku FROM supplier_product WHERE price_alert = 1 ORDER BY supplier_id, sku")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QList<PriceRise> SupplierStore::priceRises(QSqlDatabase& db, const Decimal& abovePercent)
{
    // The last row of each product's history (the index on supplier_id,
    // sku, id serves the MAX).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT h.supplier_id, h.sku, p.name, h.previous_price_micros, h.unit_price_micros, h.change_micros, "
        "h.recorded_at FROM supplier_price_history h JOIN supplier_product p "
        "ON p.supplier_id = h.supplier_id AND p.sku = h.sku "
        "WHERE h.change_micros > ? AND h.id = (SELECT MAX(id) FROM supplier_price_history l "
        "WHERE l.supplier_id = h.supplier_id AND l.sku = h.sku) ORDER BY h.recorded_at DESC, h.id DESC"));
    q.addBindValue(abovePercent.micros());
    QList<PriceRise> out;
    if (!Database::exec(q, "reading price rises"))
        return out;
    while (q.next()) {
        PriceRise r;
        r.supplierId = q.value(0).toString();
        r.sku = q.value(1).toString();
        r.name = q.value(2).toString();
        r.previous = Decimal::fromMicros(q.value(3).toLongLong());
        r.price = Decimal::fromMicros(q.value(4).toLongLong());
        r.changePercent = Decimal::fromMicros(q.value(5).toLongLong());
        r.recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

bool SupplierStore::insertOrder(QSqlDatabase& db, const Order& order, const QString& connector,
                                const QByteArray& ubl, const QDateTime& now, QString* error)
{
    const QByteArray key = order.identity().idempotencyKey();
    QSqlQuery existing(db);
    existing.prepare(
        QStringLiteral("SELECT idempotency_key FROM supplier_order WHERE supplier_id = ? AND id = ?"));
    existing.addBindValue(order.supplierId);
    existing.addBindValue(order.id);
    if (!Database::exec(existing, "reading an order")) {
        *error = existing.lastError().text();
        return false;
    }
    if (existing.next()) {
        if (existing.value(0).toByteArray() == key)
            return true; // stored already
        *error = QStringLiteral("order %1 of %2 exists with another key").arg(order.id, order.supplierId);
        return false;
    }
    const OrderTotals totals = order.totals();
    if (!run(db,
             QStringLiteral("INSERT INTO supplier_order (supplier_id, id, connector, status, issue_date, "
                            "delivery_date, idempotency_key, ubl, total_excl_micros, total_incl_micros, "
                            "created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?)"),
             {order.supplierId, order.id, connector, order.issueDate.toString(Qt::ISODate),
              dateOrNull(order.deliveryDate), QString::fromLatin1(key), ubl, totals.taxExclusive.micros(),
              totals.taxInclusive.micros(), iso(now), iso(now)},
             error))
        return false;
    for (const OrderLine& line : order.lines) {
        if (!run(db,
                 QStringLiteral("INSERT INTO supplier_order_line (supplier_id, order_id, line_id, sku, gtin, "
                                "name, quantity_micros, unit_code, net_price_micros, vat) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {order.supplierId, order.id, line.id, line.sku, line.gtin, line.name, line.quantity.micros(),
                  line.quantityUnitCode(), line.netPrice.micros(), vatText(line.vat)},
                 error))
            return false;
    }
    return true;
}

std::optional<StoredOrder> SupplierStore::order(QSqlDatabase& db, const QString& supplierId,
                                                const QString& id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM supplier_order WHERE supplier_id = ? AND id = ?").arg(kOrderColumns));
    q.addBindValue(supplierId);
    q.addBindValue(id);
    if (!Database::exec(q, "reading an order") || !q.next())
        return std::nullopt;
    StoredOrder o = orderFrom(q);
    if (!loadLines(db, o))
        return std::nullopt;
    return o;
}

QList<StoredOrder> SupplierStore::orders(QSqlDatabase& db, const QString& connector)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM supplier_order WHERE ? = '' OR connector = ? "
                             "ORDER BY created_at DESC, id DESC")
                  .arg(kOrderColumns));
    q.addBindValue(orEmpty(connector));
    q.addBindValue(orEmpty(connector));
    QList<StoredOrder> out;
    if (!Database::exec(q, "reading orders"))
        return out;
    while (q.next())
        out.append(orderFrom(q));
    for (StoredOrder& o : out)
        loadLines(db, o);
    return out;
}

int SupplierStore::ordersIssuedOn(QSqlDatabase& db, const QDate& day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM supplier_order WHERE issue_date = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!Database::exec(q, "counting orders") || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString SupplierStore::supplierFor(QSqlDatabase& db, const QString& connector, const QString& orderId,
                                   const PeppolParticipant& seller)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT supplier_id FROM supplier_order WHERE connector = ? AND id = ?"));
    q.addBindValue(connector);
    q.addBindValue(orderId);
    if (Database::exec(q, "finding an order's supplier") && q.next())
        return q.value(0).toString();
    q.prepare(QStringLiteral("SELECT id FROM supplier WHERE connector = ? AND endpoint_id = ? "
                             "AND (endpoint_scheme = ? OR ? = '') ORDER BY id LIMIT 1"));
    q.addBindValue(connector);
    q.addBindValue(seller.id);
    q.addBindValue(seller.scheme);
    q.addBindValue(seller.scheme);
    if (Database::exec(q, "finding a supplier by endpoint") && q.next())
        return q.value(0).toString();
    return {};
}

bool SupplierStore::applyOrderResponse(QSqlDatabase& db, const QString& supplierId, const OrderResponse& r,
                                       const QByteArray& xml, const QDateTime& now, QString* error)
{
    if (!run(db,
             QStringLiteral("INSERT OR IGNORE INTO supplier_order_response (supplier_id, id, order_id, code, "
                            "issue_date, promised_delivery, note, xml, received_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {supplierId, r.id, r.orderId, OrderResponse::codeName(r.code), dateOrNull(r.issueDate),
              dateOrNull(r.promisedDelivery), r.note, xml, iso(now)},
             error))
        return false;
    if (!isNewRow(db))
        return true;
    for (const OrderResponse::Line& line : r.lines) {
        if (line.status == OrderResponse::Line::Status::Added)
            continue; // a supplier's addition names no line of ours
        std::optional<Decimal> confirmed = line.quantity;
        if (line.status == OrderResponse::Line::Status::Rejected)
            confirmed = Decimal();
        if (!run(db,
                 QStringLiteral("UPDATE supplier_order_line SET status = ?, "
                                "confirmed_quantity_micros = COALESCE(?, confirmed_quantity_micros, "
                                "quantity_micros), net_price_micros = COALESCE(?, net_price_micros) "
                                "WHERE supplier_id = ? AND order_id = ? AND line_id = ?"),
                 {lineStatusText(line.status), microsOrNull(confirmed), microsOrNull(line.price), supplierId,
                  r.orderId, line.orderLineId},
                 error))
            return false;
    }
    if (r.code == OrderResponse::Code::Accepted) {
        // Accepted as ordered: every line not answered otherwise is accepted.
        if (!run(db,
                 QStringLiteral(
                     "UPDATE supplier_order_line SET status = 'accepted', "
                     "confirmed_quantity_micros = COALESCE(confirmed_quantity_micros, quantity_micros) "
                     "WHERE supplier_id = ? AND order_id = ? AND status = 'ordered'"),
                 {supplierId, r.orderId}, error))
            return false;
    }
    return setStatus(db, supplierId, r.orderId, orderStatusFor(r.code), now, error);
}

bool SupplierStore::applyDespatchAdvice(QSqlDatabase& db, const QString& supplierId, const DespatchAdvice& a,
                                        const QByteArray& xml, const QDateTime& now, QString* error)
{
    const bool partial = a.isPartial();
    if (!run(db,
             QStringLiteral("INSERT OR IGNORE INTO supplier_despatch_advice (supplier_id, id, order_id, "
                            "issue_date, expected_delivery, shipment_id, partial, xml, received_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {supplierId, a.id, a.orderId, dateOrNull(a.issueDate), dateOrNull(a.expectedDelivery),
              a.shipmentId, partial ? 1 : 0, xml, iso(now)},
             error))
        return false;
    if (!isNewRow(db))
        return true;
    for (const DespatchAdvice::Line& line : a.lines) {
        if (!run(
                db,
                QStringLiteral("UPDATE supplier_order_line SET delivered_quantity_micros = "
                               "delivered_quantity_micros + ?, outstanding_quantity_micros = ? "
                               "WHERE supplier_id = ? AND order_id = ? AND line_id = ?"),
                {line.delivered.micros(), line.outstanding.micros(), supplierId, a.orderId, line.orderLineId},
                error))
            return false;
    }
    QDate requested;
    {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT delivery_date FROM supplier_order WHERE supplier_id = ? AND id = ?"));
        q.addBindValue(supplierId);
        q.addBindValue(a.orderId);
        if (Database::exec(q, "reading an order's delivery date") && q.next())
            requested = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    }
    const bool late = requested.isValid() && a.expectedDelivery.isValid() && a.expectedDelivery > requested;
    if (!run(db,
             QStringLiteral(
                 "INSERT INTO supplier_delivery (supplier_id, despatch_id, order_id, requested_date, "
                 "expected_date, partial, late, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (supplier_id, despatch_id) DO NOTHING"),
             {supplierId, a.id, a.orderId, dateOrNull(requested), dateOrNull(a.expectedDelivery),
              partial ? 1 : 0, late ? 1 : 0, iso(now)},
             error))
        return false;
    return setStatus(db, supplierId, a.orderId,
                     partial ? QStringLiteral("partially_despatched") : QStringLiteral("despatched"), now,
                     error);
}

bool SupplierStore::markReceived(QSqlDatabase& db, const QString& supplierId, const QString& despatchId,
                                 const QDate& day, const QDateTime& now, QString* error)
{
    if (!run(db,
             QStringLiteral("UPDATE supplier_delivery SET actual_date = ?, late = CASE WHEN requested_date "
                            "IS NOT NULL AND ? > requested_date THEN 1 ELSE late END, updated_at = ? "
                            "WHERE supplier_id = ? AND despatch_id = ?"),
             {day.toString(Qt::ISODate), day.toString(Qt::ISODate), iso(now), supplierId, despatchId}, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT order_id, partial FROM supplier_delivery WHERE supplier_id = ? AND "
                             "despatch_id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(despatchId);
    if (!Database::exec(q, "reading a delivery") || !q.next()) {
        *error = QStringLiteral("no delivery %1").arg(despatchId);
        return false;
    }
    if (q.value(1).toBool())
        return true; // something is still to come
    return setStatus(db, supplierId, q.value(0).toString(), QStringLiteral("delivered"), now, error);
}

QList<StoredDelivery> SupplierStore::deliveries(QSqlDatabase& db, const QString& supplierId,
                                                const QString& orderId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT supplier_id, despatch_id, order_id, requested_date, expected_date, "
                       "actual_date, partial, late FROM supplier_delivery WHERE (? = '' OR supplier_id = ?) "
                       "AND (? = '' OR order_id = ?) ORDER BY expected_date, despatch_id"));
    q.addBindValue(orEmpty(supplierId));
    q.addBindValue(orEmpty(supplierId));
    q.addBindValue(orEmpty(orderId));
    q.addBindValue(orEmpty(orderId));
    QList<StoredDelivery> out;
    if (!Database::exec(q, "reading deliveries"))
        return out;
    while (q.next()) {
        StoredDelivery d;
        d.supplierId = q.value(0).toString();
        d.despatchId = q.value(1).toString();
        d.orderId = q.value(2).toString();
        d.requested = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.expected = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        d.actual = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        d.partial = q.value(6).toBool();
        d.late = q.value(7).toBool();
        out.append(d);
    }
    return out;
}

int SupplierStore::responseCount(QSqlDatabase& db, const QString& supplierId, const QString& orderId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM supplier_order_response WHERE supplier_id = ? AND order_id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    return Database::exec(q, "counting responses") && q.next() ? q.value(0).toInt() : -1;
}

int SupplierStore::despatchCount(QSqlDatabase& db, const QString& supplierId, const QString& orderId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM supplier_despatch_advice WHERE supplier_id = ? AND order_id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    return Database::exec(q, "counting despatch advices") && q.next() ? q.value(0).toInt() : -1;
}

QString SupplierStore::connectorOf(QSqlDatabase& db, const QString& supplierId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT connector FROM supplier WHERE id = ?"));
    q.addBindValue(supplierId);
    return Database::exec(q, "reading a supplier's connector") && q.next() ? q.value(0).toString()
                                                                           : QString();
}

QString SupplierStore::foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'œ' || c == u'Œ')
            out.append(QLatin1String("oe"));
        else if (c == u'æ' || c == u'Æ')
            out.append(QLatin1String("ae"));
        else
            out.append(c.toLower());
    }
    return out;
}

QList<CatalogueItem> SupplierStore::searchProducts(QSqlDatabase& db, const QString& supplierId,
                                                   const QString& text, int limit)
{
    QList<CatalogueItem> out;
    const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return out;
    auto escaped = [](QString word) {
        word.replace(u'\\', QLatin1String("\\\\"));
        word.replace(u'%', QLatin1String("\\%"));
        word.replace(u'_', QLatin1String("\\_"));
        return word;
    };
    QStringList where{QStringLiteral("(? = '' OR supplier_id = ?)")};
    QVariantList binds{orEmpty(supplierId), orEmpty(supplierId)};
    for (const QString& word : words) {
        where << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        binds << QVariant(u'%' + escaped(word) + u'%');
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT " MOULIN_PRODUCT_COLUMNS " FROM supplier_product "
                             "WHERE %1 ORDER BY (search_key LIKE ? ESCAPE '\\') DESC, name, sku LIMIT ?")
                  .arg(where.join(QLatin1String(" AND "))));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(QVariant(escaped(words.first()) + u'%'));
    q.addBindValue(limit);
    if (!Database::exec(q, "searching products"))
        return out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

namespace {

QList<SupplierStore::StoredResponse> responsesFrom(QSqlQuery& q)
{
    QList<SupplierStore::StoredResponse> out;
    while (q.next()) {
        SupplierStore::StoredResponse r;
        r.supplierId = q.value(0).toString();
        r.id = q.value(1).toString();
        r.orderId = q.value(2).toString();
        r.code = q.value(3).toString();
        r.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.promisedDelivery = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.note = q.value(6).toString();
        r.receivedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

} // namespace

QList<SupplierStore::StoredResponse> SupplierStore::responses(QSqlDatabase& db, const QString& supplierId,
                                                              const QString& orderId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT supplier_id, id, order_id, code, issue_date, promised_delivery, note, "
                       "received_at FROM supplier_order_response WHERE supplier_id = ? AND order_id = ? "
                       "ORDER BY received_at, id"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    if (!Database::exec(q, "reading an order's responses"))
        return {};
    return responsesFrom(q);
}

QList<SupplierStore::StoredResponse> SupplierStore::unmatchedResponses(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT r.supplier_id, r.id, r.order_id, r.code, r.issue_date, r.promised_delivery, r.note, "
        "r.received_at FROM supplier_order_response r LEFT JOIN supplier_order o "
        "ON o.supplier_id = r.supplier_id AND o.id = r.order_id WHERE o.id IS NULL "
        "ORDER BY r.received_at DESC, r.id"));
    if (!Database::exec(q, "reading unmatched responses"))
        return {};
    return responsesFrom(q);
}

} // namespace Moulin
