#pragma once

// Units of the kitchen and their conversions (fiches techniques, stock):
// mass (g, kg), volume (mL, cL, L) and counted units (pièce, bouteille,
// colis…), all as UN/ECE codes (supplier.h's UnitCode). Within mass or
// volume a quantity converts by itself; across them, or to and from a
// counted unit, only through a conversion the manager gave for that product
// ("1 pièce = 0,18 kg", "1 bouteille = 75 cL"). A quantity that cannot be
// converted is never guessed: convert() says why, translated.

#include "suppliers/core/decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

/// "1 `fromUnit` = `factor` `toUnit`" for one product.
struct UnitConversion
{
    QString fromUnit; ///< "C62"
    Decimal factor;   ///< 0.18
    QString toUnit;   ///< "KGM"
    friend bool operator==(const UnitConversion&, const UnitConversion&) = default;
};

class Units
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Units)

public:
    enum class Dimension
    {
        Mass,
        Volume,
        Count, ///< a counted unit: each code (pièce, bouteille, colis…) its own
    };

    /// The dimension of a UN/ECE code (Count for anything not mass or volume).
    static Dimension dimensionOf(const QString& code);
    /// How many base units (kg, L) one `code` is, for mass and volume
    /// ("GRM" → 0.001, "CLT" → 0.01); nullopt for counted units.
    static std::optional<Decimal> baseFactor(const QString& code);
    /// The codes a recipe line or a count may be typed in, most used first.
    static QStringList recipeUnits();
    /// "g", "kg", "cL", "pièce"… (UnitCode::label), translated.
    static QString label(const QString& code);
    /// The code for what the manager typed ("kg", "cl", "pièce", "KGM"…);
    /// empty when unknown.
    static QString codeFor(const QString& typed);

    /// `quantity` of `from` in `to`, through `conversions` (either way round)
    /// when they are not of the same dimension. nullopt when no conversion
    /// links them; `reason` (may be null) then says so, naming `what` (the
    /// product) and the missing conversion.
    static std::optional<Decimal> convert(const Decimal& quantity, const QString& from, const QString& to,
                                          const QList<UnitConversion>& conversions, const QString& what,
                                          QString* reason);
    /// Whether `conversion` is usable: a positive factor, two different known
    /// units; translated problem, empty when fine.
    static QString problem(const UnitConversion& conversion);

private:
    /// 1 `from` in `to` when both are the same code or the same measured
    /// dimension.
    static std::optional<Decimal> directFactor(const QString& from, const QString& to);
};

} // namespace Moulin
