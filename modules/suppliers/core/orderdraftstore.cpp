#include "suppliers/core/orderdraftstore.h"

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

QString unitText(std::optional<OrderLine::Unit> unit)
{
    if (!unit)
        return QStringLiteral("");
    return *unit == OrderLine::Unit::Packs ? QStringLiteral("packs") : QStringLiteral("units");
}

std::optional<OrderLine::Unit> unitFrom(const QString& text)
{
    if (text == QLatin1String("packs"))
        return OrderLine::Unit::Packs;
    if (text == QLatin1String("units"))
        return OrderLine::Unit::Units;
    return std::nullopt;
}

bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool idTaken(QSqlDatabase& db, const QString& orderId, qint64 draftId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM supplier_order WHERE id = ? UNION ALL "
                             "SELECT 1 FROM supplier_order_draft WHERE order_id = ? AND id <> ? LIMIT 1"));
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    q.addBindValue(draftId);
    return !q.exec() || q.next();
}

} // namespace

bool OrderDraftStore::save(QSqlDatabase& db, OrderDraft& draft, const QDateTime& now, QString* error)
{
    return Database::transaction(
        db,
        [&](QString* e) {
            QSqlQuery q(db);
            if (draft.id == 0) {
                q.prepare(
                    QStringLiteral("INSERT INTO supplier_order_draft (supplier_id, delivery_date, note, "
                                   "order_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
                q.addBindValue(draft.supplier.id);
                q.addBindValue(draft.deliveryDate.isValid()
                                   ? QVariant(draft.deliveryDate.toString(Qt::ISODate))
                                   : QVariant());
                q.addBindValue(draft.note.isEmpty() ? QStringLiteral("") : draft.note);
                q.addBindValue(draft.reservedOrderId.isEmpty() ? QVariant()
                                                               : QVariant(draft.reservedOrderId));
                q.addBindValue(iso(now));
                q.addBindValue(iso(now));
                if (!exec(q, e))
                    return false;
                draft.id = q.lastInsertId().toLongLong();
            } else {
                q.prepare(
                    QStringLiteral("UPDATE supplier_order_draft SET supplier_id = ?, delivery_date = ?, "
                                   "note = ?, order_id = ?, updated_at = ? WHERE id = ?"));
                q.addBindValue(draft.supplier.id);
                q.addBindValue(draft.deliveryDate.isValid()
                                   ? QVariant(draft.deliveryDate.toString(Qt::ISODate))
                                   : QVariant());
                q.addBindValue(draft.note.isEmpty() ? QStringLiteral("") : draft.note);
                q.addBindValue(draft.reservedOrderId.isEmpty() ? QVariant()
                                                               : QVariant(draft.reservedOrderId));
                q.addBindValue(iso(now));
                q.addBindValue(draft.id);
                if (!exec(q, e))
                    return false;
                if (q.numRowsAffected() == 0) {
                    *e = QStringLiteral("no draft %1").arg(draft.id);
                    return false;
                }
            }
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM supplier_order_draft_line WHERE draft_id = ?"));
            del.addBindValue(draft.id);
            if (!exec(del, e))
                return false;
            QSqlQuery ins(db);
            ins.prepare(
                QStringLiteral("INSERT INTO supplier_order_draft_line (draft_id, position, sku, name, "
                               "typed_micros, typed_in) VALUES (?, ?, ?, ?, ?, ?)"));
            for (int i = 0; i < draft.lines.size(); ++i) {
                const DraftLine& line = draft.lines.at(i);
                ins.bindValue(0, draft.id);
                ins.bindValue(1, i);
                ins.bindValue(2, line.product.sku);
                ins.bindValue(3, line.product.name);
                ins.bindValue(4, line.quantity.typed.micros());
                ins.bindValue(5, unitText(line.quantity.typedIn));
                if (!exec(ins, e))
                    return false;
            }
            return true;
        },
        error);
}

std::optional<OrderDraft> OrderDraftStore::load(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT supplier_id, delivery_date, note, order_id FROM supplier_order_draft WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::exec(q, "reading a draft") || !q.next())
        return std::nullopt;
    const std::optional<Supplier> supplier = SupplierStore::supplier(db, q.value(0).toString());
    if (!supplier)
        return std::nullopt;
    OrderDraft draft;
    draft.id = id;
    draft.supplier = *supplier;
    draft.deliveryDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    draft.note = q.value(2).toString();
    draft.reservedOrderId = q.value(3).toString();

    QSqlQuery lines(db);
    lines.prepare(QStringLiteral("SELECT sku, name, typed_micros, typed_in FROM supplier_order_draft_line "
                                 "WHERE draft_id = ? ORDER BY position"));
    lines.addBindValue(id);
    if (!Database::exec(lines, "reading a draft's lines"))
        return std::nullopt;
    while (lines.next()) {
        DraftLine line;
        const QString sku = lines.value(0).toString();
        if (const std::optional<CatalogueItem> item = SupplierStore::product(db, supplier->id, sku)) {
            line.product = item->product;
        } else {
            line.available = false;
            line.product.supplierId = supplier->id;
            line.product.sku = sku;
            line.product.name = lines.value(1).toString();
        }
        line.quantity = OrderDraft::resolve(line.product, Decimal::fromMicros(lines.value(2).toLongLong()),
                                            unitFrom(lines.value(3).toString()));
        draft.lines.append(line);
    }
    return draft;
}

std::optional<qint64> OrderDraftStore::latestFor(QSqlDatabase& db, const QString& supplierId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM supplier_order_draft WHERE supplier_id = ? "
                             "ORDER BY updated_at DESC, id DESC LIMIT 1"));
    q.addBindValue(supplierId);
    if (!Database::exec(q, "finding a draft") || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<qint64> OrderDraftStore::drafts(QSqlDatabase& db)
{
    QSqlQuery q(db);
    QList<qint64> out;
    if (!q.exec(QStringLiteral("SELECT id FROM supplier_order_draft ORDER BY updated_at DESC, id DESC")))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

bool OrderDraftStore::remove(QSqlDatabase& db, qint64 id, QString* error)
{
    return Database::transaction(
        db,
        [&](QString* e) {
            QSqlQuery lines(db);
            lines.prepare(QStringLiteral("DELETE FROM supplier_order_draft_line WHERE draft_id = ?"));
            lines.addBindValue(id);
            if (!exec(lines, e))
                return false;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM supplier_order_draft WHERE id = ?"));
            q.addBindValue(id);
            return exec(q, e);
        },
        error);
}

bool OrderDraftStore::reserveOrderId(QSqlDatabase& db, OrderDraft& draft, const QDate& day, QString* error)
{
    if (!draft.reservedOrderId.isEmpty())
        return true;
    if (draft.id == 0) {
        *error = QStringLiteral("the draft is not saved");
        return false;
    }
    int sequence = SupplierStore::ordersIssuedOn(db, day) + 1;
    QString id = OrderIdentity::makeOrderId(day, sequence);
    while (idTaken(db, id, draft.id))
        id = OrderIdentity::makeOrderId(day, ++sequence);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE supplier_order_draft SET order_id = ? WHERE id = ?"));
    q.addBindValue(id);
    q.addBindValue(draft.id);
    if (!exec(q, error))
        return false;
    draft.reservedOrderId = id;
    return true;
}

std::optional<qint64> OrderDraftStore::fromOrder(QSqlDatabase& db, const StoredOrder& order,
                                                 const QDateTime& now, QString* error)
{
    const std::optional<Supplier> supplier = SupplierStore::supplier(db, order.supplierId);
    if (!supplier) {
        *error = QStringLiteral("no supplier %1").arg(order.supplierId);
        return std::nullopt;
    }
    OrderDraft draft = OrderDraft::start(*supplier, now);
    for (const StoredOrderLine& stored : order.lines) {
        DraftLine line;
        if (const std::optional<CatalogueItem> item = SupplierStore::product(db, supplier->id, stored.sku)) {
            line.product = item->product;
        } else {
            line.available = false;
            line.product.supplierId = supplier->id;
            line.product.sku = stored.sku;
            line.product.name = stored.name;
            line.product.unitCode = stored.unitCode;
        }
        // The stored line's unit is the pack's or the product's.
        const bool inPacks =
            stored.unitCode == line.product.packUnitCode &&
            (line.product.packUnitCode != line.product.unitCode || line.product.soldByPackOnly);
        line.quantity = OrderDraft::resolve(line.product, stored.quantity,
                                            inPacks ? OrderLine::Unit::Packs : OrderLine::Unit::Units);
        draft.lines.append(line);
    }
    if (!save(db, draft, now, error))
        return std::nullopt;
    return draft.id;
}

} // namespace Moulin
