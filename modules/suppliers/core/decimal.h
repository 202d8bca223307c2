#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Moulin {

/// An exact decimal number for money, prices and quantities: a 64-bit count
/// of millionths (six decimals), so "0.1 + 0.2" is "0.3" and a unit price of
/// 1.2345 €/kg stays what the catalogue says. Products are computed in 128
/// bits and rounded half away from zero to the six decimals.
class Decimal
{
public:
    static constexpr int kScale = 6;
    static constexpr qint64 kOne = 1'000'000;

    constexpr Decimal() = default;
    static constexpr Decimal fromMicros(qint64 micros)
    {
        Decimal d;
        d.m_micros = micros;
        return d;
    }
    static constexpr Decimal fromInt(qint64 value) { return fromMicros(value * kOne); }
    static constexpr Decimal fromCents(qint64 cents) { return fromMicros(cents * (kOne / 100)); }

    /// Parses a plain decimal ("12", "-3.5", "0.125"): optional sign, digits,
    /// optional '.' and up to six decimals; no exponent, no spaces, no comma.
    /// nullopt for anything else (or out of range).
    static std::optional<Decimal> parse(QStringView text);

    constexpr qint64 micros() const { return m_micros; }
    /// Rounded half away from zero to cents.
    qint64 toCents() const;
    /// Rounded half away from zero to `decimals` (0..6).
    Decimal rounded(int decimals) const;
    bool isZero() const { return m_micros == 0; }
    bool isNegative() const { return m_micros < 0; }
    /// How many decimals the value needs (0..6).
    int decimals() const;

    /// "12.5", "3", "-0.125": the shortest exact form, with at least
    /// `minDecimals` decimals ("12.50" for 2).
    QString toString(int minDecimals = 0) const;

    friend constexpr Decimal operator+(Decimal a, Decimal b) { return fromMicros(a.m_micros + b.m_micros); }
    friend constexpr Decimal operator-(Decimal a, Decimal b) { return fromMicros(a.m_micros - b.m_micros); }
    friend constexpr Decimal operator-(Decimal a) { return fromMicros(-a.m_micros); }
    Decimal& operator+=(Decimal other)
    {
        m_micros += other.m_micros;
        return *this;
    }
    Decimal& operator-=(Decimal other)
    {
        m_micros -= other.m_micros;
        return *this;
    }
    /// Rounded half away from zero to six decimals.
    friend Decimal operator*(Decimal a, Decimal b);
    /// Rounded half away from zero to six decimals; `b` must not be zero.
    friend Decimal operator/(Decimal a, Decimal b);
    friend constexpr bool operator==(Decimal a, Decimal b) = default;
    friend constexpr auto operator<=>(Decimal a, Decimal b) = default;

    /// |a - b| <= tolerance.
    static bool near(Decimal a, Decimal b, Decimal tolerance);

private:
    qint64 m_micros = 0;
};

} // namespace Moulin
