#include "pos/core/money.h"

#include <algorithm>
#include <limits>

namespace Moulin::Money {

namespace {

/// Parses `text` as a decimal number scaled by 10^scale, rounding half away
/// from zero on the exact digits beyond `scale`.
template <typename Char>
std::optional<qint64> parseScaled(const Char* data, qsizetype size, int scale)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (data[i] == Char('-') || data[i] == Char('+'))) {
        negative = data[i] == Char('-');
        ++i;
    }
    // Room for the scale and for sums: 15 integer digits for cents, 12 for
    // millionths.
    const int kMaxIntegerDigits = std::min(15, 18 - scale);
    qint64 integer = 0;
    int integerDigits = 0;
    while (i < size && data[i] >= Char('0') && data[i] <= Char('9')) {
        if (++integerDigits > kMaxIntegerDigits)
            return std::nullopt;
        integer = integer * 10 + (data[i] - Char('0'));
        ++i;
    }
    if (integerDigits == 0)
        return std::nullopt;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (i < size) {
        if (data[i] != Char('.'))
            return std::nullopt;
        ++i;
        int seen = 0;
        while (i < size && data[i] >= Char('0') && data[i] <= Char('9')) {
            const int digit = data[i] - Char('0');
            if (seen < scale) {
                fraction = fraction * 10 + digit;
                ++fractionDigits;
            } else if (seen == scale) {
                roundUp = digit >= 5; // half away from zero: only this digit decides
            }
            ++seen;
            ++i;
        }
        if (seen == 0 || i != size)
            return std::nullopt;
    }
    while (fractionDigits < scale) {
        fraction *= 10;
        ++fractionDigits;
    }
    qint64 factor = 1;
    for (int s = 0; s < scale; ++s)
        factor *= 10;
    qint64 value = integer * factor + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
}

QString format(qint64 cents, QChar separator)
{
    const bool negative = cents < 0;
    // qint64 min has no positive counterpart; amounts never get near it.
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString text = QString::number(magnitude / 100);
    text += separator;
    const int fraction = int(magnitude % 100);
    text += QLatin1Char(char('0' + fraction / 10));
    text += QLatin1Char(char('0' + fraction % 10));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

std::optional<qint64> parseCents(QStringView text)
{
    return parseScaled(text.utf16(), text.size(), 2);
}

std::optional<qint64> parseCents(QLatin1StringView text)
{
    return parseScaled(reinterpret_cast<const uchar*>(text.data()), text.size(), 2);
}

std::optional<qint64> parseMilli(QStringView text)
{
    return parseScaled(text.utf16(), text.size(), 3);
}

std::optional<qint64> parseMilli(QLatin1StringView text)
{
    return parseScaled(reinterpret_cast<const uchar*>(text.data()), text.size(), 3);
}

namespace {
std::optional<int> basisPoints(std::optional<qint64> bp)
{
    if (!bp || *bp < 0 || *bp > 100'00)
        return std::nullopt;
    return int(*bp);
}
} // namespace

std::optional<int> parseRateBasisPoints(QStringView text)
{
    return basisPoints(parseScaled(text.utf16(), text.size(), 2));
}

std::optional<int> parseRateBasisPoints(QLatin1StringView text)
{
    return basisPoints(parseScaled(reinterpret_cast<const uchar*>(text.data()), text.size(), 2));
}

std::optional<qint64> parseMicro(QStringView text)
{
    return parseScaled(text.utf16(), text.size(), 6);
}

std::optional<qint64> parseMicro(QLatin1StringView text)
{
    return parseScaled(reinterpret_cast<const uchar*>(text.data()), text.size(), 6);
}

qint64 microToCents(qint64 micro)
{
    constexpr qint64 kUnit = 10'000; // millionths per cent
    const bool negative = micro < 0;
    const qint64 m = negative ? -micro : micro;
    qint64 cents = m / kUnit;
    const qint64 rest = m % kUnit;
    if (rest > kUnit / 2 || (rest == kUnit / 2 && (cents % 2) == 1))
        ++cents;
    return negative ? -cents : cents;
}

namespace {
/// `value` in 1e-8 (scale 8) to basis points of a percentage when exact.
std::optional<int> exactBasisPoints(std::optional<qint64> scaled, qint64 offset, qint64 factor)
{
    // scaled: the number × 1e8. A percentage p % is p × 1e8; basis points =
    // p × 100 → scaled / 1e6. A multiplier m is m × 1e8; basis points =
    // (m − 1) × 1e4 → (scaled − 1e8) / 1e4.
    if (!scaled)
        return std::nullopt;
    const qint64 v = *scaled - offset;
    if (v < 0 || v % factor != 0)
        return std::nullopt;
    const qint64 bp = v / factor;
    if (bp > 100'00)
        return std::nullopt;
    return int(bp);
}
} // namespace

std::optional<int> parsePercentBasisPoints(QStringView text)
{
    return exactBasisPoints(parseScaled(text.utf16(), text.size(), 8), 0, 1'000'000);
}

std::optional<int> parsePercentBasisPoints(QLatin1StringView text)
{
    return exactBasisPoints(parseScaled(reinterpret_cast<const uchar*>(text.data()), text.size(), 8), 0,
                            1'000'000);
}

std::optional<int> parseMultiplierBasisPoints(QStringView text)
{
    return exactBasisPoints(parseScaled(text.utf16(), text.size(), 8), 100'000'000, 10'000);
}

std::optional<int> parseMultiplierBasisPoints(QLatin1StringView text)
{
    return exactBasisPoints(parseScaled(reinterpret_cast<const uchar*>(text.data()), text.size(), 8),
                            100'000'000, 10'000);
}

QString formatRateFrench(int basisPoints)
{
    QString t = format(basisPoints, QLatin1Char(',')); // "5,50"
    while (t.endsWith(QLatin1Char('0')))
        t.chop(1);
    if (t.endsWith(QLatin1Char(',')))
        t.chop(1);
    return t + QStringLiteral("\u00A0%");
}

QString formatApi(qint64 cents)
{
    return format(cents, QLatin1Char('.'));
}

QString formatDecimalComma(qint64 cents)
{
    return format(cents, QLatin1Char(','));
}

qint64 divRound(qint64 num, qint64 den)
{
    Q_ASSERT(den > 0);
    if (num >= 0)
        return (num + den / 2) / den;
    return -((-num + den / 2) / den);
}

} // namespace Moulin::Money
