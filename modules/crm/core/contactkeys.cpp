#include "crm/core/contactkeys.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>
#include <vector>

namespace Moulin::ContactKeys {

Email email(const QString& raw)
{
    Email e;
    const QString t = raw.trimmed().toLower();
    if (t.isEmpty())
        return e;
    static const QRegularExpression valid(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    if (valid.match(t).hasMatch() && !t.contains(QLatin1String("..")))
        e.key = t;
    else
        e.invalid = true;
    return e;
}

Phone phone(const QString& raw, const QString& defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    Phone p;
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return p;
    p.display = t;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(t.toStdString(), defaultRegion.toStdString(), &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number)) {
        p.invalid = true;
        return p;
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    p.e164 = QString::fromStdString(out);
    out.clear();
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    p.international = QString::fromStdString(out);
    out.clear();
    util->Format(number, PhoneNumberUtil::NATIONAL, &out);
    const QString national = QString::fromStdString(out);
    static const QRegularExpression nonDigits(QStringLiteral("\\D"));
    p.national = QString(national).remove(nonDigits);
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    p.display = QString::fromStdString(region) == defaultRegion ? national : p.international;
    return p;
}

namespace {

QString fold(const QString& raw, bool keepDigits)
{
    const QString decomposed = raw.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetter() || (keepDigits && c.isDigit())) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toCaseFolded();
        } else if (c != QLatin1Char('@') || !keepDigits) {
            space = true;
        } else {
            out += c;
        }
    }
    return out;
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] =
                std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

} // namespace

QString name(const QString& raw)
{
    return fold(raw, false);
}

QString searchText(const QString& raw)
{
    return fold(raw, true);
}

bool similarNames(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return false;
    QStringList wa = a.split(QLatin1Char(' ')), wb = b.split(QLatin1Char(' '));
    if (a.size() >= 6 && b.size() >= 6 && editDistance(a, b) <= 2)
        return true;
    // Same family name (last word, or first: "Dupont Marie") and first initial.
    auto initialAndFamily = [](const QStringList& x, const QStringList& y) {
        return x.size() >= 2 && y.size() >= 2 && x.last() == y.last() && x.first().at(0) == y.first().at(0) &&
               (x.first().size() == 1 || y.first().size() == 1);
    };
    if (initialAndFamily(wa, wb))
        return true;
    std::sort(wa.begin(), wa.end());
    std::sort(wb.begin(), wb.end());
    return wa == wb;
}

} // namespace Moulin::ContactKeys
