#include "suppliers/core/decimal.h"

#include <limits>

namespace Moulin {

namespace {

// Divides rounding half away from zero.
__extension__ typedef __int128 Int128;

Int128 divRound(Int128 numerator, Int128 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    const Int128 n = numerator < 0 ? -numerator : numerator;
    const Int128 d = denominator < 0 ? -denominator : denominator;
    const Int128 q = (n + d / 2) / d;
    return negative ? -q : q;
}

qint64 clamp64(Int128 value)
{
    if (value > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (value < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return qint64(value);
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    Int128 whole = 0;
    int wholeDigits = 0;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
        whole = whole * 10 + (text[i].unicode() - '0');
        if (whole > std::numeric_limits<qint64>::max() / kOne)
            return std::nullopt;
        ++wholeDigits;
        ++i;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            if (fractionDigits == kScale)
                return std::nullopt;
            fraction = fraction * 10 + (text[i].unicode() - '0');
            ++fractionDigits;
            ++i;
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || wholeDigits + fractionDigits == 0)
        return std::nullopt;
    for (int d = fractionDigits; d < kScale; ++d)
        fraction *= 10;
    const Int128 micros = whole * kOne + fraction;
    return fromMicros(qint64(negative ? -micros : micros));
}

qint64 Decimal::toCents() const
{
    return qint64(divRound(m_micros, kOne / 100));
}

Decimal Decimal::rounded(int decimals) const
{
    qint64 unit = 1;
    for (int d = decimals; d < kScale; ++d)
        unit *= 10;
    return fromMicros(qint64(divRound(m_micros, unit) * unit));
}

int Decimal::decimals() const
{
    qint64 fraction = m_micros % kOne;
    if (fraction == 0)
        return 0;
    int digits = kScale;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }
    return digits;
}

QString Decimal::toString(int minDecimals) const
{
    const qint64 absMicros = m_micros < 0 ? -m_micros : m_micros;
    QString text = QString::number(absMicros / kOne);
    const int digits = std::max(decimals(), std::min(minDecimals, kScale));
    if (digits > 0) {
        QString fraction = QString::number(absMicros % kOne).rightJustified(kScale, u'0');
        text += u'.' + fraction.left(digits);
    }
    return m_micros < 0 ? u'-' + text : text;
}

Decimal operator*(Decimal a, Decimal b)
{
    return Decimal::fromMicros(clamp64(divRound(Int128(a.m_micros) * b.m_micros, Decimal::kOne)));
}

Decimal operator/(Decimal a, Decimal b)
{
    if (b.m_micros == 0)
        return {};
    return Decimal::fromMicros(clamp64(divRound(Int128(a.m_micros) * Decimal::kOne, b.m_micros)));
}

bool Decimal::near(Decimal a, Decimal b, Decimal tolerance)
{
    const qint64 diff = a.m_micros - b.m_micros;
    return (diff < 0 ? -diff : diff) <= tolerance.m_micros;
}

} // namespace Moulin
