#pragma once

// Exact money for the sales feed: amounts arrive as decimal strings ("11.00")
// and are kept as integer cents (qint64). Never through floating point.

#include <QString>
#include <QStringView>

#include <optional>

namespace Moulin::Money {

/// Parses a decimal string into cents.
///
/// Accepted: an optional '-' (or '+'), one or more ASCII digits, optionally a
/// '.' followed by one or more digits ("11", "11.0", "11.00", "-3.5",
/// "0.005", "12.3456"). Nothing else: no spaces, no ',' (neither decimal nor
/// thousands), no exponent, no "1." or ".5", no "NaN"/"Infinity", at most 15
/// integer digits (so the cents fit in a qint64 with room for sums).
///
/// Rounding: to the nearest cent, halves away from zero, decided on the
/// exact digits (commercial rounding): "0.005" → 1, "0.0049999" → 0,
/// "-0.005" → -1, "2.675" → 268 (a double would say 267). "-0.001" → 0.
///
/// nullopt when the text is not such a number.
std::optional<qint64> parseCents(QStringView text);
std::optional<qint64> parseCents(QLatin1StringView text);

/// Parses a quantity ("2", "0.750", "-1") into thousandths, with the same
/// grammar and rounding as parseCents() (to the nearest thousandth).
std::optional<qint64> parseMilli(QStringView text);
std::optional<qint64> parseMilli(QLatin1StringView text);

/// Parses an amount with up to six decimals ("1.666667", Lightspeed's line
/// amounts) into millionths, with the same grammar as parseCents() (at most
/// 12 integer digits; digits beyond the sixth decimal rounded half away).
std::optional<qint64> parseMicro(QStringView text);
std::optional<qint64> parseMicro(QLatin1StringView text);

/// Millionths to cents, rounded once, half to even (banker's rounding, as
/// the till rounds): 1'665'000 → 166 (1.665 → 1.66), 1'675'000 → 168,
/// 1'666'667 → 167, -1'665'000 → -166.
qint64 microToCents(qint64 micro);

/// Parses a percentage rate ("10.00", "5.5") into basis points (1000 = 10 %),
/// rounded to the basis point.
std::optional<int> parseRateBasisPoints(QStringView text);
std::optional<int> parseRateBasisPoints(QLatin1StringView text);

/// The same, exactly: nullopt when the text has a non-zero digit beyond the
/// basis point ("5.505"), or is outside 0..100 %. "10.00" → 1000, "5.5" → 550.
std::optional<int> parsePercentBasisPoints(QStringView text);
std::optional<int> parsePercentBasisPoints(QLatin1StringView text);

/// A VAT rate given as a multiplier, as Lightspeed gives it ("1.1", 1.055,
/// "1.2"), into basis points, exactly: "1.1" → 1000, "1.055" → 550,
/// "1.021" → 210, "1" → 0. nullopt when the text is not a number of 1 to 2
/// or has a non-zero digit beyond the basis point ("1.05555"). Never through
/// a double: give a JSON number's own text.
std::optional<int> parseMultiplierBasisPoints(QStringView text);
std::optional<int> parseMultiplierBasisPoints(QLatin1StringView text);

/// "10 %", "5,5 %", "1,1 %": a rate for a French reader.
QString formatRateFrench(int basisPoints);

/// "1234.50", "-3.05", "0.00": the API's own format (dot, two decimals).
QString formatApi(qint64 cents);

/// "1234,50": the French decimal comma, no thousands separator (FEC, CSV).
QString formatDecimalComma(qint64 cents);

/// Rounds num/den (den > 0) to the nearest integer, halves away from zero.
qint64 divRound(qint64 num, qint64 den);

} // namespace Moulin::Money
