#include "pos/ui/salesformat.h"

#include "pos/core/money.h"

#include <cmath>

namespace Moulin {

namespace {
const QString kEuro = QStringLiteral("€");
} // namespace

QString SalesFormat::money(qint64 cents, const QLocale& locale)
{
    // Display only: cents / 100 is exact enough in a double far beyond any
    // restaurant's turnover (2^53 cents), and rounds back to the same cents.
    // The sign is ours: some locales write negative amounts "(12,50 €)".
    if (cents < 0)
        return QLatin1Char('-') + locale.toCurrencyString(double(-cents) / 100.0, kEuro, 2);
    return locale.toCurrencyString(double(cents) / 100.0, kEuro, 2);
}

QString SalesFormat::moneyRounded(qint64 cents, const QLocale& locale)
{
    const qint64 euros = Money::divRound(cents, 100);
    if (euros < 0)
        return QLatin1Char('-') + locale.toCurrencyString(double(-euros), kEuro, 0);
    return locale.toCurrencyString(double(euros), kEuro, 0);
}

QString SalesFormat::moneyPlain(qint64 cents, const QLocale& locale)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = QString::number(magnitude / 100) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

qint64 SalesFormat::parseMoney(const QString& text, const QLocale& locale)
{
    QString t;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0) || c == QLatin1Char('\'') ||
            c == QStringLiteral("€").at(0))
            continue;
        t.append(c);
    }
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && group != locale.decimalPoint() && !group.at(0).isSpace())
        t.remove(group);
    if (t.isEmpty())
        return -1;
    qsizetype point = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (point >= 0)
                return -1;
            point = i;
        } else if (!c.isDigit()) {
            return -1;
        }
    }
    const QString whole = point < 0 ? t : t.left(point);
    QString fraction = point < 0 ? QString() : t.mid(point + 1);
    if (fraction.size() > 2 || (whole.isEmpty() && fraction.isEmpty()) || whole.size() > 12)
        return -1;
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        return -1;
    return units * 100 + fraction.toLongLong();
}

QString SalesFormat::shortDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("ddd d MMM"));
}

QString SalesFormat::shortDateWithYear(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString SalesFormat::dateTime(const QDateTime& at, const QLocale& locale)
{
    return locale.toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString SalesFormat::period(const SalesPeriod& period, const QLocale& locale)
{
    if (!period.from.isValid() || !period.to.isValid())
        return QString();
    if (period.from == period.to)
        return shortDateWithYear(period.from, locale);
    const QString from = period.from.year() == period.to.year() ? shortDate(period.from, locale)
                                                                : shortDateWithYear(period.from, locale);
    return tr("%1 – %2").arg(from, shortDateWithYear(period.to, locale));
}

QString SalesFormat::hour(int hour)
{
    return tr("%1:00").arg(hour);
}

QString SalesFormat::timeOfDay(const QTime& time)
{
    if (!time.isValid())
        return QString();
    return tr("%1:%2", "time of day: hours (0-23), minutes (two digits)")
        .arg(time.hour())
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString SalesFormat::hourRange(int h, const QLocale& locale)
{
    Q_UNUSED(locale)
    return tr("%1:00–%2:00").arg(h).arg(h + 1);
}

QString SalesFormat::weekdayName(int weekday, const QLocale& locale)
{
    return locale.dayName(weekday, QLocale::LongFormat);
}

QString SalesFormat::percent(double value, int decimals, const QLocale& locale)
{
    return tr("%1%").arg(locale.toString(value, 'f', decimals));
}

SalesDelta SalesFormat::delta(qint64 now, qint64 before, const QLocale& locale)
{
    SalesDelta d;
    if (before <= 0) {
        d.trend = SalesDelta::Trend::None;
        d.text = QStringLiteral("—");
        d.color = neutralColor();
        return d;
    }
    d.percent = double(now - before) * 100.0 / double(before);
    const double shown = std::round(std::abs(d.percent) * 10.0) / 10.0;
    if (shown == 0.0) {
        d.trend = SalesDelta::Trend::Flat;
        d.text = QStringLiteral("= ") + percent(0, 0, locale);
        d.color = neutralColor();
    } else if (d.percent > 0) {
        d.trend = SalesDelta::Trend::Up;
        d.text = QStringLiteral("▲ ") + percent(shown, 1, locale);
        d.color = upColor();
    } else {
        d.trend = SalesDelta::Trend::Down;
        d.text = QStringLiteral("▼ ") + percent(shown, 1, locale);
        d.color = downColor();
    }
    return d;
}

} // namespace Moulin
