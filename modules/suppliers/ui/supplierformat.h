#pragma once

// How the Fournisseurs tab writes money, units, days and countdowns (in the
// application's locale: "1,23 €/kg", "colis de 10 kg", "dans 3 h 20").

#include "suppliers/core/supplier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Moulin {

class SupplierFormat
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SupplierFormat)

public:
    /// "1 234,50 €" (at least two decimals, up to four for unit prices).
    static QString money(const Decimal& amount);
    /// "1,2345 €/kg".
    static QString unitPrice(const Decimal& price, const QString& unitCode);
    /// "12,5" (the decimals it needs).
    static QString quantity(const Decimal& value);
    /// "colis de 10 kg".
    static QString pack(const Product& product);
    /// "5,5 %".
    static QString vat(VatRate rate);
    /// "+12,3 %" / "−4 %".
    static QString percentChange(const Decimal& percent);
    /// "lun, mer, ven".
    static QString days(const QList<Qt::DayOfWeek>& days);
    /// "Metro", "Transgourmet", "Pomona", "Local supplier".
    static QString profile(const QString& profileId);
    /// "3 h 20", "2 d 4 h", "45 min" from `seconds` (≥ 0).
    static QString duration(qint64 seconds);
    /// "jeudi 12:00" within the week, "jeudi 18 décembre 12:00" beyond.
    static QString moment(const QDateTime& at, const QDateTime& now);
    /// "mercredi 9 décembre".
    static QString day(const QDate& day);
};

} // namespace Moulin
