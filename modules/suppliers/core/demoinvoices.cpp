#include "suppliers/core/demoinvoices.h"

#include "common/core/database.h"
#include "common/core/restaurantidentity.h"
#include "suppliers/core/restaurantbuyer.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/threewaymatch.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/core/ublresponsewriter.h"

#include <QSqlQuery>

namespace Moulin::DemoInvoices {

namespace {

/// The products of `supplierId` the recipes use first, then the catalogue's, at most `count`.
QList<Product> products(QSqlDatabase& db, const QString& supplierId, int count)
{
    QList<Product> out;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT p.sku FROM supplier_product p WHERE p.supplier_id = ? AND "
                           "p.unit_price_micros > 0 ORDER BY EXISTS (SELECT 1 FROM purchasing_recipe_line "
                           "l WHERE l.supplier_id = p.supplier_id AND l.sku = p.sku) DESC, p.sku LIMIT ?"),
            {supplierId, count}, "demo invoice products"))
        return out;
    while (q.next())
        if (const std::optional<CatalogueItem> item =
                SupplierStore::product(db, supplierId, q.value(0).toString()))
            out.append(item->product);
    return out;
}

} // namespace

int seed(QSqlDatabase& db, const QDate& day, const QDateTime& now, QString* error)
{
    QSqlQuery existing(db);
    if (!Database::run(existing, QStringLiteral("SELECT count(*) FROM supplier_invoice"), {},
                       "demo invoices") ||
        !existing.next())
        return -1;
    const bool alreadyBilled = existing.value(0).toInt() > 0;
    existing.finish(); // no read snapshot kept open under the writes below (see demorecipes.cpp)
    if (alreadyBilled)
        return 0;
    // The supplier whose products the recipes use most.
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT supplier_id FROM purchasing_recipe_line WHERE supplier_id IS NOT NULL "
                           "GROUP BY supplier_id ORDER BY count(*) DESC LIMIT 1"),
            {}, "demo invoice supplier"))
        return -1;
    QString supplierId = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (supplierId.isEmpty()) {
        const QList<Supplier> all = SupplierStore::suppliers(db);
        if (all.isEmpty())
            return 0;
        supplierId = all.first().id;
    }
    const std::optional<Supplier> supplier = SupplierStore::supplier(db, supplierId);
    const QList<Product> picked = products(db, supplierId, 6);
    if (!supplier || picked.size() < 4)
        return 0;
    const BuyerParty buyer = RestaurantBuyer::toBuyer(RestaurantIdentity::current());
    int stored = 0;
    for (int n = 0; n < 2; ++n) {
        const bool troubled = n == 1;
        const QDate issued = day.addDays(troubled ? -2 : -5);
        Order order;
        order.id = OrderIdentity::makeOrderId(issued, 90 + n);
        order.supplierId = supplierId;
        order.issueDate = issued;
        order.issueTime = QTime(9, 30);
        order.deliveryDate = issued.addDays(1);
        order.validUntil = issued.addDays(1);
        order.buyer = buyer;
        order.seller = SellerParty::of(*supplier);
        for (const Product& p : troubled ? picked : picked.mid(0, 3))
            order.addLine(OrderLine::of(p, Decimal::fromInt(2), OrderLine::Unit::Packs, issued));
        if (!SupplierStore::insertOrder(db, order, supplier->profileId, UblOrderWriter::write(order), now,
                                        error))
            return -1;
        DespatchAdvice advice;
        advice.id = QStringLiteral("DA-") + order.id;
        advice.issueDate = issued;
        advice.orderId = order.id;
        advice.expectedDelivery = order.deliveryDate;
        advice.supplier = supplier->participant;
        SupplierInvoice invoice;
        invoice.supplierId = supplierId;
        invoice.id = QStringLiteral("FA-") + order.id;
        invoice.issueDate = order.deliveryDate;
        invoice.dueDate = order.deliveryDate.addDays(30);
        invoice.orderId = order.id;
        invoice.despatchId = advice.id;
        for (const OrderLine& line : std::as_const(order.lines)) {
            const bool shortLine = troubled && line.id == QLatin1String("1");
            DespatchAdvice::Line shipped;
            shipped.id = line.id;
            shipped.orderLineId = line.id;
            shipped.sku = line.sku;
            shipped.gtin = line.gtin;
            shipped.name = line.name;
            shipped.unitCode = line.quantityUnitCode();
            shipped.delivered = shortLine ? line.quantity - Decimal::fromInt(1) : line.quantity;
            shipped.outstanding = shortLine ? Decimal::fromInt(1) : Decimal();
            shipped.outstandingReason = shortLine ? QStringLiteral("Rupture de stock") : QString();
            advice.lines.append(shipped);
            SupplierInvoiceLine billed;
            billed.lineId = line.id;
            billed.orderLineRef = line.id;
            billed.sku = line.sku;
            billed.gtin = line.gtin;
            billed.name = line.name;
            billed.unitCode = line.quantityUnitCode();
            billed.quantity = line.quantity; // the short line billed in full
            billed.unitPrice = line.netPrice;
            if (troubled && line.id == QLatin1String("2")) // a price rise of 6 %
                billed.unitPrice = (line.netPrice * Decimal::fromMicros(1'060'000)).rounded(2);
            billed.vat = line.vat;
            billed.amount = (billed.quantity * billed.unitPrice).rounded(2);
            invoice.lines.append(billed);
        }
        if (troubled) {
            SupplierInvoiceLine extra;
            extra.lineId = QString::number(invoice.lines.size() + 1);
            extra.sku = QStringLiteral("DIV-0042");
            extra.name = QStringLiteral("Participation frais de carburant");
            extra.quantity = Decimal::fromInt(1);
            extra.unitCode = QStringLiteral("C62");
            extra.unitPrice = Decimal::fromCents(450);
            extra.amount = extra.unitPrice;
            extra.vat = VatRate::Standard20;
            invoice.lines.append(extra);
        }
        if (!SupplierStore::applyDespatchAdvice(
                db, supplierId, advice, UblResponseWriter::writeDespatchAdvice(advice, order), now, error))
            return -1;
        const QByteArray xml = UblInvoice::write(invoice, order.seller, order.buyer);
        if (!ThreeWayMatch::importUbl(db, xml, supplierId, ThreeWayMatch::defaultTolerancePercent(), now,
                                      error))
            return -1;
        ++stored;
    }
    return stored;
}

} // namespace Moulin::DemoInvoices
