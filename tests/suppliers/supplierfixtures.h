#pragma once

// The test restaurant, METRO and the ten-line order of
// tests/data/suppliers/metro-order.xml, built through the model.

#include "suppliers/core/order.h"
#include "suppliers/core/supplier.h"
#include "testsupport.h"

#include <QFile>

namespace Moulin::Test {

inline QByteArray supplierFixture(const QString& name)
{
    QFile file(sourceDir() + QStringLiteral("/tests/data/suppliers/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline Decimal dec(const char* text)
{
    return Decimal::parse(QString::fromLatin1(text)).value_or(Decimal::fromInt(-999'999));
}

inline PostalAddress restaurantAddress()
{
    return {QStringLiteral("12 rue des Halles"), QStringLiteral("Entrée livraisons, cour arrière"),
            QStringLiteral("Lyon"), QStringLiteral("69002"), QStringLiteral("FR")};
}

inline BuyerParty restaurant()
{
    BuyerParty buyer;
    buyer.name = QStringLiteral("SARL Le Moulin de Pierre");
    buyer.tradingName = QStringLiteral("Le Moulin");
    buyer.siret = QStringLiteral("81234567600017");
    buyer.vatId = QStringLiteral("FR19812345676");
    buyer.participant = {QStringLiteral("0009"), buyer.siret};
    buyer.address = restaurantAddress();
    buyer.contactName = QStringLiteral("Pierre Garnier");
    buyer.contactPhone = QStringLiteral("+33 4 78 00 12 34");
    buyer.contactEmail = QStringLiteral("commandes@lemoulin-lyon.fr");
    return buyer;
}

inline Supplier metro()
{
    Supplier s;
    s.id = QStringLiteral("metro-nanterre");
    s.profileId = QStringLiteral("metro");
    s.name = QStringLiteral("METRO France SAS");
    s.siret = QStringLiteral("40112233800429");
    s.vatId = QStringLiteral("FR61401122338");
    s.participant = {QStringLiteral("0009"), s.siret};
    s.endpoint = QUrl(QStringLiteral("https://api.metro.fr/peppol/v3"));
    s.address = {QStringLiteral("5 rue des Grands Prés"), QString(), QStringLiteral("Nanterre"),
                 QStringLiteral("92000"), QStringLiteral("FR")};
    s.deliveryDays = {Qt::Monday, Qt::Wednesday, Qt::Friday};
    s.orderCutoff = QTime(14, 0);
    s.cutoffDaysBefore = 1;
    s.franco = Decimal::fromInt(800);
    s.deliveryFee = dec("29.90");
    return s;
}

inline Product product(const char* sku, const char* gtin, const char* name, const char* unit,
                       const char* pack, const char* packUnit, const char* price, VatRate vat)
{
    Product p;
    p.supplierId = QStringLiteral("metro-nanterre");
    p.sku = QString::fromLatin1(sku);
    p.gtin = QString::fromLatin1(gtin);
    p.name = QString::fromUtf8(name);
    p.unitCode = QString::fromLatin1(unit);
    p.packSize = dec(pack);
    p.packUnitCode = QString::fromLatin1(packUnit);
    p.unitPrice = dec(price);
    p.vat = vat;
    return p;
}

/// The catalogue lines of the Metro order, with the quantity and how it is counted.
struct CatalogueLine
{
    Product product;
    Decimal quantity;
    OrderLine::Unit unit;
};

inline QList<CatalogueLine> metroBasket()
{
    using U = OrderLine::Unit;
    const VatRate food = VatRate::Reduced55;
    Product tomatoes = product("109020", "3760012345038", "Tomates grappe, Provence, catégorie 1", "KGM", "6",
                               "XBX", "2.79", food);
    tomatoes.promotion =
        Promotion{dec("2.49"), QDate(2026, 12, 1), QDate(2026, 12, 13), QStringLiteral("Promo S49")};
    Product chicken =
        product("220417", "", "Filet de poulet jaune Label Rouge, France", "KGM", "1", "XBX", "11.90", food);
    chicken.soldByPackOnly = false;
    Product beef =
        product("221903", "", "Entrecôte de bœuf Charolais, sous vide", "KGM", "1", "XBX", "27.50", food);
    beef.soldByPackOnly = false;
    return {
        {product("108245", "3760012345014", "Pommes de terre Agata, calibre 45/55, France", "KGM", "10",
                 "XBG", "0.89", food),
         dec("3"), U::Packs},
        {product("108311", "3760012345021", "Carottes des sables, France, catégorie 1", "KGM", "5", "XBX",
                 "1.15", food),
         dec("2"), U::Packs},
        {tomatoes, dec("2"), U::Packs},
        {chicken, dec("4.5"), U::Units},
        {beef, dec("6"), U::Units},
        {product("330112", "3262123456783", "Crème fraîche épaisse 35 % MG, 1 L", "LTR", "6", "XCT", "4.35",
                 food),
         dec("2"), U::Packs},
        {product("330458", "3560070012343", "Beurre doux AOP Charentes-Poitou, 250 g", "C62", "20", "XCT",
                 "2.05", food),
         dec("1"), U::Packs},
        {product("440871", "3279123004562", "Huile d'olive vierge extra, bidon 5 L", "LTR", "5", "XTN",
                 "7.96", food),
         dec("2"), U::Packs},
        {product("441005", "3760001234565", "Farine de blé T55, sac 25 kg", "KGM", "25", "XSA", "0.72", food),
         dec("1"), U::Packs},
        {product("550321", "3468200000164", "Côtes du Rhône AOP rouge 2024, 75 cl", "C62", "6", "XCT", "5.40",
                 VatRate::Standard20),
         dec("3"), U::Packs},
    };
}

/// The order of metro-order.xml.
inline Order metroOrder()
{
    const Supplier supplier = metro();
    Order order;
    order.id = OrderIdentity::makeOrderId(QDate(2026, 12, 7), 1);
    order.supplierId = supplier.id;
    order.issueDate = QDate(2026, 12, 7);
    order.issueTime = QTime(9, 30);
    order.deliveryDate = QDate(2026, 12, 9);
    order.validUntil = QDate(2026, 12, 8);
    order.note = QStringLiteral("Livraison avant 10 h, cuisine au sous-sol. Merci de sonner.");
    order.customerReference = QStringLiteral("CARTE-METRO-0069-123456");
    order.buyer = restaurant();
    order.seller = SellerParty::of(supplier);
    for (const CatalogueLine& line : metroBasket())
        order.addLine(OrderLine::of(line.product, line.quantity, line.unit, order.issueDate));
    Decimal subtotal;
    for (const OrderLine& line : std::as_const(order.lines))
        subtotal += line.amount();
    order.deliveryFee = supplier.feeFor(subtotal);
    return order;
}

} // namespace Moulin::Test
