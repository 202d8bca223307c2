#pragma once

// The sales area's MenuSalesSource (common/core/menusources.h): the till's
// menu (pos_item with its group and VAT rate; the price the till has, a
// local edit still on its way excepted) and the quantities sold per day
// (pos_rollup_item_daily: counted receipts only), keyed by SKU.

#include "common/core/menusources.h"

#include <QSqlDatabase>

#include <functional>

namespace Moulin {

class PosMenuSales final : public MenuSalesSource
{
public:
    /// `connection` gives the database to read (default: the calling
    /// thread's Database::connection()).
    explicit PosMenuSales(std::function<QSqlDatabase()> connection = {});

    QList<MenuItemInfo> menuItems() const override;
    QList<MenuItemSold> sold(const QDate& from, const QDate& to) const override;

private:
    QSqlDatabase database() const;
    std::function<QSqlDatabase()> m_connection;
};

} // namespace Moulin
