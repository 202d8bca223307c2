#include "suppliers/core/order.h"

#include <QUuid>

namespace Moulin {

namespace {
// The namespace of Moulin's order idempotency keys (fixed for ever: changing
// it would give every stored order a new key).
const QUuid kOrderKeyNamespace(QStringLiteral("{3b0f7f5e-2c64-4d35-9a53-8f1e6d2c7a10}"));
} // namespace

SellerParty SellerParty::of(const Supplier& supplier)
{
    return {supplier.name, supplier.vatId, supplier.siret, supplier.participant, supplier.address};
}

OrderLine OrderLine::of(const Product& product, const Decimal& quantity, Unit unit, const QDate& day)
{
    OrderLine line;
    line.sku = product.sku;
    line.gtin = product.gtin;
    line.name = product.name;
    line.unitCode = product.unitCode;
    line.packSize = product.packSize;
    line.packUnitCode = product.packUnitCode;
    line.unit = unit;
    line.quantity = quantity;
    line.vat = product.vat;
    const Decimal per = unit == Unit::Packs ? product.packSize : Decimal::fromInt(1);
    line.netPrice = product.unitPriceOn(day) * per;
    if (product.unitPriceOn(day) != product.unitPrice)
        line.grossPrice = product.unitPrice * per;
    return line;
}

QString OrderIdentity::makeOrderId(const QDate& day, int sequence)
{
    return QStringLiteral("PO-%1-%2").arg(day.toString(u"yyyyMMdd")).arg(sequence, 4, 10, QLatin1Char('0'));
}

QByteArray OrderIdentity::idempotencyKey() const
{
    // The length prefix keeps ("ab", "c") and ("a", "bc") apart.
    const QByteArray supplier = supplierId.toUtf8();
    const QByteArray name =
        "moulin-order:" + QByteArray::number(supplier.size()) + ':' + supplier + ':' + orderId.toUtf8();
    return QUuid::createUuidV5(kOrderKeyNamespace, name).toString(QUuid::WithoutBraces).toLatin1();
}

OrderTotals Order::totals() const
{
    OrderTotals totals;
    QMap<VatRate, Decimal> base;
    for (const OrderLine& line : lines) {
        const Decimal amount = line.amount();
        totals.lines += amount;
        base[line.vat] += amount;
    }
    totals.charges = deliveryFee.rounded(2);
    if (!totals.charges.isZero())
        base[VatRate::Standard20] += totals.charges;
    totals.taxExclusive = totals.lines + totals.charges;
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        const Decimal tax = Vat::taxOn(it.value(), it.key());
        totals.taxByRate.insert(it.key(), tax);
        totals.tax += tax;
    }
    totals.taxInclusive = totals.taxExclusive + totals.tax;
    return totals;
}

void Order::addLine(OrderLine line)
{
    int next = 1;
    for (const OrderLine& existing : std::as_const(lines))
        next = std::max(next, existing.id.toInt() + 1);
    line.id = QString::number(next);
    lines.append(std::move(line));
}

QString OrderResponse::codeName(Code code)
{
    switch (code) {
    case Code::Accepted:
        return QStringLiteral("AP");
    case Code::Rejected:
        return QStringLiteral("RE");
    case Code::ConditionallyAccepted:
        return QStringLiteral("CA");
    case Code::Acknowledged:
        return QStringLiteral("AB");
    }
    return {};
}

QString OrderResponse::statusName(Line::Status status)
{
    switch (status) {
    case Line::Status::Added:
        return QStringLiteral("1");
    case Line::Status::Changed:
        return QStringLiteral("3");
    case Line::Status::Accepted:
        return QStringLiteral("5");
    case Line::Status::Rejected:
        return QStringLiteral("7");
    }
    return {};
}

bool DespatchAdvice::isPartial() const
{
    for (const Line& line : lines) {
        if (line.outstanding > Decimal())
            return true;
    }
    return false;
}

} // namespace Moulin
