#include "suppliers/core/supplier.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Moulin {

Decimal Vat::percent(VatRate rate)
{
    switch (rate) {
    case VatRate::Reduced55:
        return Decimal::fromMicros(5'500'000);
    case VatRate::Intermediate10:
        return Decimal::fromInt(10);
    case VatRate::Standard20:
        return Decimal::fromInt(20);
    }
    return {};
}

std::optional<VatRate> Vat::fromPercent(const Decimal& percent)
{
    for (VatRate rate : {VatRate::Reduced55, VatRate::Intermediate10, VatRate::Standard20}) {
        if (Vat::percent(rate) == percent)
            return rate;
    }
    return std::nullopt;
}

Decimal Vat::taxOn(const Decimal& amount, VatRate rate)
{
    return (amount * percent(rate) / Decimal::fromInt(100)).rounded(2);
}

namespace {

const QHash<QString, const char*>& unitLabels()
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("C62"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "piece")},
        {QStringLiteral("H87"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "piece")},
        {QStringLiteral("EA"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "each")},
        {QStringLiteral("KGM"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "kg")},
        {QStringLiteral("GRM"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "g")},
        {QStringLiteral("LTR"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "L")},
        {QStringLiteral("CLT"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "cL")},
        {QStringLiteral("MLT"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "mL")},
        {QStringLiteral("DZN"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "dozen")},
        {QStringLiteral("PR"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "pair")},
        {QStringLiteral("SET"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "set")},
        {QStringLiteral("XBX"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "box")},
        {QStringLiteral("XCT"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "carton")},
        {QStringLiteral("XCS"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "case")},
        {QStringLiteral("XBO"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "bottle")},
        {QStringLiteral("XBG"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "bag")},
        {QStringLiteral("XCR"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "crate")},
        {QStringLiteral("XPK"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "package")},
        {QStringLiteral("XPA"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "packet")},
        {QStringLiteral("XTN"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "tin")},
        {QStringLiteral("XBJ"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "bucket")},
        {QStringLiteral("XJR"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "jar")},
        {QStringLiteral("XSA"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "sack")},
        {QStringLiteral("XPX"), QT_TRANSLATE_NOOP("Moulin::UnitCode", "pallet")},
    };
    return labels;
}

/// The counted units as they follow a quantity, singular or plural (%1 is
/// the quantity): the symbols (kg, cL…) do not change.
const QHash<QString, const char*>& countedUnits()
{
    static const QHash<QString, const char*> units{
        {QStringLiteral("C62"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 piece(s)")},
        {QStringLiteral("H87"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 piece(s)")},
        {QStringLiteral("EA"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 each")},
        {QStringLiteral("DZN"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 dozen")},
        {QStringLiteral("PR"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 pair(s)")},
        {QStringLiteral("SET"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 set(s)")},
        {QStringLiteral("XBX"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 box(es)")},
        {QStringLiteral("XCT"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 carton(s)")},
        {QStringLiteral("XCS"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 case(s)")},
        {QStringLiteral("XBO"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 bottle(s)")},
        {QStringLiteral("XBG"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 bag(s)")},
        {QStringLiteral("XCR"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 crate(s)")},
        {QStringLiteral("XPK"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 package(s)")},
        {QStringLiteral("XPA"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 packet(s)")},
        {QStringLiteral("XTN"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 tin(s)")},
        {QStringLiteral("XBJ"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 bucket(s)")},
        {QStringLiteral("XJR"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 jar(s)")},
        {QStringLiteral("XSA"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 sack(s)")},
        {QStringLiteral("XPX"), QT_TRANSLATE_N_NOOP("Moulin::UnitCode", "%1 pallet(s)")},
    };
    return units;
}

/// The count the translation's plural form is chosen by: the quantity
/// itself when whole; a fraction below 2 counts 0 (singular in French,
/// "1,5 pièce"; plural in English, "1.5 pieces"), above it its whole part.
int pluralCount(const Decimal& value)
{
    const Decimal magnitude = value.isNegative() ? -value : value;
    const qint64 whole = magnitude.micros() / 1'000'000;
    const bool fraction = magnitude.micros() % 1'000'000 != 0;
    if (fraction && whole < 2)
        return 0;
    return int(std::min<qint64>(whole, 1'000'000));
}

} // namespace

QString UnitCode::withQuantity(const QString& number, const Decimal& value, QStringView code)
{
    const QString key = code.toString();
    const auto it = countedUnits().constFind(key);
    if (it != countedUnits().constEnd())
        return QCoreApplication::translate("Moulin::UnitCode", it.value(), nullptr, pluralCount(value))
            .arg(number);
    const QString unit = label(code);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

bool UnitCode::isKnown(QStringView code)
{
    return unitLabels().contains(code.toString());
}

QString UnitCode::label(QStringView code)
{
    const auto it = unitLabels().constFind(code.toString());
    return it == unitLabels().constEnd() ? code.toString()
                                         : QCoreApplication::translate("Moulin::UnitCode", it.value());
}

Decimal Product::unitPriceOn(const QDate& day) const
{
    if (promotion && promotion->appliesOn(day))
        return promotion->unitPrice;
    return unitPrice;
}

QString Product::problem() const
{
    if (sku.trimmed().isEmpty())
        return Supplier::tr("The product has no article number.");
    if (name.trimmed().isEmpty())
        return Supplier::tr("Article %1 has no name.").arg(sku);
    if (!gtin.isEmpty() && !Gtin::isValid(gtin))
        return Supplier::tr("Article %1: the GTIN %2 is not valid (check digit).").arg(sku, gtin);
    if (!UnitCode::isKnown(unitCode))
        return Supplier::tr("Article %1: unknown unit \"%2\".").arg(sku, unitCode);
    if (!UnitCode::isKnown(packUnitCode))
        return Supplier::tr("Article %1: unknown pack unit \"%2\".").arg(sku, packUnitCode);
    if (packSize <= Decimal())
        return Supplier::tr("Article %1: the pack size must be above zero.").arg(sku);
    if (unitPrice <= Decimal())
        return Supplier::tr("Article %1: the price must be above zero.").arg(sku);
    if (promotion && (promotion->unitPrice <= Decimal() || !promotion->from.isValid() ||
                      !promotion->to.isValid() || promotion->to < promotion->from))
        return Supplier::tr("Article %1: the promotion has no valid price or period.").arg(sku);
    return {};
}

QDateTime Supplier::cutoffFor(const QDate& delivery) const
{
    return QDateTime(delivery.addDays(-cutoffDaysBefore), orderCutoff);
}

bool Supplier::canDeliver(const QDate& delivery, const QDateTime& now) const
{
    return delivery.isValid() && deliversOn(delivery) && now <= cutoffFor(delivery);
}

QDate Supplier::nextDelivery(const QDateTime& now) const
{
    if (deliveryDays.isEmpty())
        return {};
    QDate day = now.date();
    for (int i = 0; i < 7 + cutoffDaysBefore + 1; ++i, day = day.addDays(1)) {
        if (canDeliver(day, now))
            return day;
    }
    return {};
}

Decimal Supplier::feeFor(const Decimal& subtotal) const
{
    return subtotal >= franco ? Decimal() : deliveryFee;
}

QString Supplier::deliveryProblem(const QDate& delivery, const QDateTime& now) const
{
    if (canDeliver(delivery, now))
        return {};
    const QDate next = nextDelivery(now);
    const QString nextText = next.isValid() ? QLocale().toString(next, QLocale::LongFormat) : QString();
    if (!deliversOn(delivery)) {
        if (!next.isValid())
            return tr("%1 has no delivery day.").arg(name);
        return tr("%1 does not deliver on %2; the next possible delivery is %3.")
            .arg(name, QLocale().toString(delivery, QLocale::LongFormat), nextText);
    }
    return tr("The cut-off for a delivery on %1 was %2; the next possible delivery is %3.")
        .arg(QLocale().toString(delivery, QLocale::LongFormat),
             QLocale().toString(cutoffFor(delivery), QLocale::ShortFormat), nextText);
}

} // namespace Moulin
