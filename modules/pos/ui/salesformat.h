#pragma once

// Formatting shared by the Ventes widgets: euros, French dates, deltas
// against last year. Everything goes through the default QLocale (set by the
// language manager), so French gives "12 345,67 €" and "lun. 24 nov.".

#include "pos/core/salesrepository.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTime>

namespace Moulin {

/// A change against the same period last year.
struct SalesDelta
{
    enum class Trend
    {
        None, // nothing last year: no comparison possible
        Up,
        Down,
        Flat
    };
    Trend trend = Trend::None;
    double percent = 0; // signed, e.g. 12.5 for +12.5 %
    QString text;       // "▲ 12,5 %", "▼ 3,0 %", "= 0 %", "—"
    QColor color;       // green up, red down, grey otherwise
};

class SalesFormat
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SalesFormat)

public:
    /// "12 345,67 €" (French) / "€12,345.67" (English).
    static QString money(qint64 cents, const QLocale& locale = QLocale());
    /// Rounded to the euro: "12 346 €"; for cards and axes.
    static QString moneyRounded(qint64 cents, const QLocale& locale = QLocale());
    /// For CSV and spreadsheets: no currency, no grouping, locale decimal
    /// point, exact from the cents ("12345,67").
    static QString moneyPlain(qint64 cents, const QLocale& locale = QLocale());
    /// Parses what a user typed as a price ("12,50", "12.5", "1 234,50 €",
    /// "12") into cents, exactly (no floating point). Returns -1 when the
    /// text is not a non-negative amount with at most two decimals.
    static qint64 parseMoney(const QString& text, const QLocale& locale = QLocale());
    /// "lun. 24 nov."
    static QString shortDate(const QDate& date, const QLocale& locale = QLocale());
    /// "lun. 24 nov. 2025"
    static QString shortDateWithYear(const QDate& date, const QLocale& locale = QLocale());
    /// "24/11/2025 12:31"
    static QString dateTime(const QDateTime& at, const QLocale& locale = QLocale());
    /// "lun. 24 nov. – dim. 30 nov. 2025", or one date for a one-day period.
    static QString period(const SalesPeriod& period, const QLocale& locale = QLocale());
    /// "12 h – 13 h"
    static QString hourRange(int hour, const QLocale& locale = QLocale());
    /// "12 h"
    static QString hour(int hour);
    /// A time of day to the minute: "13 h 45" (French), "13:45" (English).
    static QString timeOfDay(const QTime& time);
    /// "lundi" .. "dimanche" (1 = Monday).
    static QString weekdayName(int weekday, const QLocale& locale = QLocale());
    /// "12,5 %"
    static QString percent(double value, int decimals = 1, const QLocale& locale = QLocale());
    /// Change of `now` against `before` (percent of `before`).
    static SalesDelta delta(qint64 now, qint64 before, const QLocale& locale = QLocale());

    static QColor upColor() { return QColor(0x1a, 0x7f, 0x37); }
    static QColor downColor() { return QColor(0xc9, 0x2a, 0x2a); }
    static QColor neutralColor() { return QColor(0x6b, 0x72, 0x80); }
};

} // namespace Moulin
