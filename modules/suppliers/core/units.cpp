#include "suppliers/core/units.h"

#include "suppliers/core/supplier.h"

namespace Moulin {

namespace {

struct UnitInfo
{
    const char* code;
    Units::Dimension dimension;
    qint64 baseMicros; ///< micro base units (kg, L) per unit; 0 for counted
};

constexpr UnitInfo kUnits[] = {
    {"GRM", Units::Dimension::Mass, 1'000},       {"KGM", Units::Dimension::Mass, 1'000'000},
    {"MLT", Units::Dimension::Volume, 1'000},     {"CLT", Units::Dimension::Volume, 10'000},
    {"LTR", Units::Dimension::Volume, 1'000'000},
};

const UnitInfo* infoOf(const QString& code)
{
    for (const UnitInfo& u : kUnits) {
        if (code == QLatin1String(u.code))
            return &u;
    }
    return nullptr;
}

} // namespace

Units::Dimension Units::dimensionOf(const QString& code)
{
    const UnitInfo* info = infoOf(code);
    return info ? info->dimension : Dimension::Count;
}

std::optional<Decimal> Units::baseFactor(const QString& code)
{
    const UnitInfo* info = infoOf(code);
    if (!info)
        return std::nullopt;
    return Decimal::fromMicros(info->baseMicros);
}

QStringList Units::recipeUnits()
{
    return {QStringLiteral("GRM"), QStringLiteral("KGM"), QStringLiteral("CLT"),
            QStringLiteral("MLT"), QStringLiteral("LTR"), QStringLiteral("C62"),
            QStringLiteral("XBO"), QStringLiteral("XBX"), QStringLiteral("XPK")};
}

QString Units::label(const QString& code)
{
    return UnitCode::label(code);
}

QString Units::codeFor(const QString& typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return {};
    if (UnitCode::isKnown(t.toUpper()))
        return t.toUpper();
    const QString lower = t.toLower();
    static const QList<std::pair<const char*, const char*>> aliases{
        {"g", "GRM"},     {"gr", "GRM"},     {"kg", "KGM"},    {"ml", "MLT"},    {"cl", "CLT"},
        {"l", "LTR"},     {"litre", "LTR"},  {"pc", "C62"},    {"pce", "C62"},   {"piece", "C62"},
        {"pièce", "C62"}, {"pièces", "C62"}, {"u", "C62"},     {"unité", "C62"}, {"bouteille", "XBO"},
        {"btl", "XBO"},   {"colis", "XBX"},  {"boîte", "XBX"}, {"paquet", "XPK"}};
    for (const auto& [alias, code] : aliases) {
        if (lower == QString::fromUtf8(alias))
            return QString::fromLatin1(code);
    }
    for (const QString& code : recipeUnits()) {
        if (lower == label(code).toLower())
            return code;
    }
    return {};
}

std::optional<Decimal> Units::directFactor(const QString& from, const QString& to)
{
    if (from == to)
        return Decimal::fromInt(1);
    const UnitInfo* a = infoOf(from);
    const UnitInfo* b = infoOf(to);
    if (!a || !b || a->dimension != b->dimension)
        return std::nullopt;
    return Decimal::fromMicros(a->baseMicros) / Decimal::fromMicros(b->baseMicros);
}

std::optional<Decimal> Units::convert(const Decimal& quantity, const QString& from, const QString& to,
                                      const QList<UnitConversion>& conversions, const QString& what,
                                      QString* reason)
{
    if (const auto direct = directFactor(from, to))
        return quantity * *direct;
    // One product conversion, either way round: from → A = f B → to.
    for (const UnitConversion& c : conversions) {
        if (c.factor.isZero() || c.factor.isNegative())
            continue;
        const auto toA = directFactor(from, c.fromUnit);
        const auto fromB = directFactor(c.toUnit, to);
        if (toA && fromB)
            return quantity * *toA * c.factor * *fromB;
        const auto toB = directFactor(from, c.toUnit);
        const auto fromA = directFactor(c.fromUnit, to);
        if (toB && fromA)
            return quantity * *toB / c.factor * *fromA;
    }
    if (reason) {
        *reason = tr("%1: cannot convert %2 to %3 — add a conversion for this product (e.g. 1 %2 = … %3).")
                      .arg(what, label(from), label(to));
    }
    return std::nullopt;
}

QString Units::problem(const UnitConversion& conversion)
{
    if (!UnitCode::isKnown(conversion.fromUnit) || !UnitCode::isKnown(conversion.toUnit))
        return tr("Unknown unit in the conversion.");
    if (conversion.fromUnit == conversion.toUnit)
        return tr("A conversion must link two different units.");
    if (conversion.factor.isZero() || conversion.factor.isNegative())
        return tr("A conversion needs a quantity above zero.");
    return {};
}

} // namespace Moulin
