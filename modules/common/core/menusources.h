#pragma once

// Read interface of the menu and what it sold: the sales area knows the
// till's menu items and how many of each were sold each day; the suppliers
// area's recipes (fiches techniques) and stock read them without knowing
// the sales area. The sales area implements it over its tables and
// registers it in ReadInterfaces (readinterfaces.h).
//
// Amounts are integer cents, quantities integer thousandths (a half portion
// is 500), VAT rates basis points (1000 = 10 %), as the till keeps them.
// Implementations read through the calling thread's connection
// (Database::connection()) and may be called off the GUI thread.

#include <QDate>
#include <QList>
#include <QString>

namespace Moulin {

/// One item of the till's menu.
struct MenuItemInfo
{
    QString id;             ///< stable key: the item's SKU on the till
    QString name;           ///< "Bœuf bourguignon"
    qint64 priceCents = 0;  ///< current price incl. VAT
    int vatBasisPoints = 0; ///< 1000 = 10 %
    QString category;       ///< the till's accounting group ("Plats")
    bool active = true;
};

/// How many of one item were sold on one local day.
struct MenuItemSold
{
    QDate day;
    QString itemId;
    qint64 quantityMilli = 0; ///< thousandths (refunds already taken off)
};

class MenuSalesSource
{
public:
    virtual ~MenuSalesSource();
    /// Every item of the menu, by category then name.
    virtual QList<MenuItemInfo> menuItems() const = 0;
    /// The quantities sold per item per local day, `from`..`to` inclusive
    /// (counted receipts only); days and items with nothing sold left out.
    virtual QList<MenuItemSold> sold(const QDate& from, const QDate& to) const = 0;
};

} // namespace Moulin
