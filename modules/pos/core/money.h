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

/// Parses a percentage rate ("10.00", "5.5") into basis points (1000 = 10 %).
std::optional<int> parseRateBasisPoints(QStringView text);
std::optional<int> parseRateBasisPoints(QLatin1StringView text);

/// "1234.50", "-3.05", "0.00": the API's own format (dot, two decimals).
QString formatApi(qint64 cents);

/// "1234,50": the French decimal comma, no thousands separator (FEC, CSV).
QString formatDecimalComma(qint64 cents);

/// Rounds num/den (den > 0) to the nearest integer, halves away from zero.
qint64 divRound(qint64 num, qint64 den);

} // namespace Moulin::Money
