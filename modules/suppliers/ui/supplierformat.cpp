#include "suppliers/ui/supplierformat.h"

#include <QLocale>

namespace Moulin {

namespace {

double toDouble(const Decimal& d)
{
    return double(d.micros()) / double(Decimal::kOne);
}

} // namespace

QString SupplierFormat::money(const Decimal& amount)
{
    const int decimals = std::clamp(amount.decimals(), 2, 4);
    return QLocale().toCurrencyString(toDouble(amount), QStringLiteral("€"), decimals);
}

QString SupplierFormat::unitPrice(const Decimal& price, const QString& unitCode)
{
    return tr("%1/%2", "unit price: money per unit").arg(money(price), UnitCode::label(unitCode));
}

QString SupplierFormat::quantity(const Decimal& value)
{
    return QLocale().toString(toDouble(value), 'f', value.decimals());
}

QString SupplierFormat::pack(const Product& p)
{
    if (p.unitCode == QLatin1String(UnitCode::kPiece) || p.unitCode == QLatin1String("H87") ||
        p.unitCode == QLatin1String("EA"))
        return tr("%1 of %2", "a pack of pieces: carton of 20")
            .arg(UnitCode::label(p.packUnitCode), quantity(p.packSize));
    return tr("%1 of %2 %3", "a pack: box of 10 kg")
        .arg(UnitCode::label(p.packUnitCode), quantity(p.packSize), UnitCode::label(p.unitCode));
}

QString SupplierFormat::vat(VatRate rate)
{
    const Decimal percent = Vat::percent(rate);
    return tr("%1 %", "a VAT rate").arg(QLocale().toString(toDouble(percent), 'f', percent.decimals()));
}

QString SupplierFormat::percentChange(const Decimal& percent)
{
    const Decimal rounded = percent.rounded(1);
    const QString number = QLocale().toString(std::abs(toDouble(rounded)), 'f', rounded.decimals());
    const QString sign = rounded.isNegative() ? QStringLiteral("−") : QStringLiteral("+");
    return tr("%1%2 %", "a change in percent: +12.5 %").arg(sign, number);
}

QString SupplierFormat::days(const QList<Qt::DayOfWeek>& days)
{
    QList<Qt::DayOfWeek> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (Qt::DayOfWeek d : sorted) {
        QString name = QLocale().dayName(int(d), QLocale::ShortFormat);
        if (name.endsWith(u'.'))
            name.chop(1);
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString SupplierFormat::profile(const QString& profileId)
{
    if (profileId == QLatin1String("metro"))
        return QStringLiteral("Metro");
    if (profileId == QLatin1String("transgourmet"))
        return QStringLiteral("Transgourmet");
    if (profileId == QLatin1String("pomona"))
        return QStringLiteral("Pomona");
    if (profileId == QLatin1String("local"))
        return tr("Local supplier");
    return profileId;
}

QString SupplierFormat::duration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days >= 1)
        return tr("%1 d %2 h", "a duration: 2 days 4 hours").arg(days).arg(hours % 24);
    if (hours >= 1)
        return tr("%1 h %2", "a duration: 3 hours 20 minutes")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 min", "a duration in minutes").arg(minutes);
}

QString SupplierFormat::moment(const QDateTime& at, const QDateTime& now)
{
    const QString time = QLocale().toString(at.time(), QStringLiteral("HH:mm"));
    const qint64 daysAway = now.date().daysTo(at.date());
    if (daysAway == 0)
        return tr("today %1", "an order cut-off: today 12:00").arg(time);
    if (daysAway == 1)
        return tr("tomorrow %1", "an order cut-off: tomorrow 12:00").arg(time);
    const QString when =
        daysAway > 1 && daysAway < 7 ? QLocale().dayName(at.date().dayOfWeek()) : day(at.date());
    return tr("%1 %2", "an order cut-off: thursday 12:00, thursday 18 December 12:00").arg(when, time);
}

QString SupplierFormat::day(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("dddd d MMMM"));
}

} // namespace Moulin
