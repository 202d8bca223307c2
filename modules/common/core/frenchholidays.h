#pragma once

// France's public holidays (jours fériés), computed for any year: the fixed
// ones and the three that follow Easter (Lundi de Pâques, Ascension, Lundi de
// Pentecôte). Alsace-Moselle's two extra days are not included.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Moulin {

struct PublicHoliday
{
    QDate date;
    QString name; ///< translated ("Fête nationale")
};

class FrenchHolidays
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::FrenchHolidays)

public:
    /// Easter Sunday of `year` (Gregorian calendar).
    static QDate easterSunday(int year);
    /// The eleven holidays of `year`, in date order.
    static QList<PublicHoliday> ofYear(int year);
    /// The holiday's name on `date`, or empty.
    static QString nameOf(const QDate& date);
};

} // namespace Moulin
