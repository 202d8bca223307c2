#pragma once

// A week's roster as a PDF for the office wall and payroll: A4 landscape,
// the restaurant's name, "Semaine 50 — du 7 au 13 décembre 2026", the grid
// of shifts per person and day with each person's hours, then the payroll
// summary (hours, night, Sunday and holiday hours, coupures, cost) with its
// totals. Needs a QGuiApplication (fonts).

#include "scheduling/core/payroll.h"

#include <QCoreApplication>

namespace Moulin {

struct RosterPdfInput
{
    QString restaurantName; ///< empty: not shown
    QDate monday;
    QList<StaffMember> staff; ///< the grid's rows, in this order (plus anyone with shifts not listed)
    QHash<QString, QString> names;
    QList<Shift> shifts;
    QString stateText; ///< "Publié", "Brouillon"…
    PayrollRules payrollRules;
};

class RosterPdf
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RosterPdf)

public:
    /// "Semaine 50 — du 7 au 13 décembre 2026" in the current locale.
    static QString weekTitle(const QDate& monday);
    /// Writes the PDF to `path`; false and `*error` when it cannot.
    static bool write(const QString& path, const RosterPdfInput& input, QString* error);
};

} // namespace Moulin
