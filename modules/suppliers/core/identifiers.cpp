#include "suppliers/core/identifiers.h"

namespace Moulin {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool luhn(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

} // namespace

int Gtin::checkDigit(QStringView digits)
{
    if (!allDigits(digits))
        return -1;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += (digits[i].unicode() - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool Gtin::isValid(QStringView gtin)
{
    const qsizetype n = gtin.size();
    if ((n != 8 && n != 12 && n != 13 && n != 14) || !allDigits(gtin))
        return false;
    return checkDigit(gtin.first(n - 1)) == gtin[n - 1].unicode() - '0';
}

bool FrenchCompany::isValidSiren(QStringView siren)
{
    return siren.size() == 9 && allDigits(siren) && luhn(siren);
}

bool FrenchCompany::isValidSiret(QStringView siret)
{
    if (siret.size() != 14 || !allDigits(siret))
        return false;
    if (siret.first(9) == u"356000000") {
        int sum = 0;
        for (QChar c : siret)
            sum += c.unicode() - '0';
        return sum % 5 == 0;
    }
    return luhn(siret);
}

QString FrenchCompany::vatNumber(QStringView siren)
{
    if (!isValidSiren(siren))
        return {};
    const qint64 number = siren.toLongLong();
    const int key = int((12 + 3 * (number % 97)) % 97);
    return QStringLiteral("FR%1%2").arg(key, 2, 10, QLatin1Char('0')).arg(siren);
}

bool FrenchCompany::isValidVatNumber(QStringView vat)
{
    return vat.size() == 13 && vat.startsWith(u"FR") && vatNumber(vat.sliced(4)) == vat;
}

} // namespace Moulin
