#include "pos/core/posmenusales.h"

#include "common/core/database.h"

#include <QSqlQuery>

#include <cmath>

namespace Moulin {

PosMenuSales::PosMenuSales(std::function<QSqlDatabase()> connection)
    : m_connection(std::move(connection))
{
}

QSqlDatabase PosMenuSales::database() const
{
    return m_connection ? m_connection() : Database::connection();
}

QList<MenuItemInfo> PosMenuSales::menuItems() const
{
    QList<MenuItemInfo> items;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT COALESCE(NULLIF(i.sku, ''), i.item_id), COALESCE(i.name, ''), "
                           "COALESCE(i.remote_price_cents, 0), "
                           "COALESCE(t.vat_bp, gt.vat_bp, -1), COALESCE(g.name, ''), i.active, "
                           // Neither the item nor its group names a rate (the
                           // item feed need not): the rate its sales were taxed at.
                           "(SELECT (r.gross_cents - r.net_cents) * 10000.0 / r.net_cents FROM "
                           "pos_rollup_item_daily r WHERE r.sku = i.sku AND r.net_cents > 0 "
                           "ORDER BY r.day DESC LIMIT 1) "
                           "FROM pos_item i LEFT JOIN pos_accounting_group g ON g.group_id = i.group_id "
                           "LEFT JOIN pos_tax_rate t ON t.tax_code = i.tax_code "
                           "LEFT JOIN pos_tax_rate gt ON gt.tax_code = g.tax_code "
                           "ORDER BY g.name, i.name"),
            {}, "menu items"))
        return items;
    while (q.next()) {
        MenuItemInfo item;
        item.id = q.value(0).toString();
        item.name = q.value(1).toString();
        item.priceCents = q.value(2).toLongLong();
        item.vatBasisPoints = q.value(3).toInt();
        if (item.vatBasisPoints < 0) {
            // The French rate nearest to what the till charged (within
            // half a point: rounding on small amounts), else unknown (0).
            item.vatBasisPoints = 0;
            if (!q.value(6).isNull()) {
                const double charged = q.value(6).toDouble();
                for (int rate : {550, 1000, 2000}) {
                    if (std::abs(charged - rate) <= 50)
                        item.vatBasisPoints = rate;
                }
            }
        }
        item.category = q.value(4).toString();
        item.active = q.value(5).toBool();
        items.append(item);
    }
    return items;
}

QList<MenuItemSold> PosMenuSales::sold(const QDate& from, const QDate& to) const
{
    QList<MenuItemSold> rows;
    if (!from.isValid() || !to.isValid() || to < from)
        return rows;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT day, sku, quantity_milli FROM pos_rollup_item_daily "
                                      "WHERE day BETWEEN ? AND ? AND quantity_milli <> 0 ORDER BY day, sku"),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, "menu sales"))
        return rows;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!day.isValid() || q.value(1).toString().isEmpty())
            continue;
        rows.append({day, q.value(1).toString(), q.value(2).toLongLong()});
    }
    return rows;
}

} // namespace Moulin
