#pragma once

#include "crm/core/crmstore.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace Moulin {

/// The profile page's spend chart: what the guest spent at the tables each
/// month (their receipts), over the twelve months up to their latest visit,
/// with the number of visits in each bar's tooltip. Hidden without a visit
/// or when no receipt is linked to any of them.
class SpendChart : public QWidget
{
    Q_OBJECT

public:
    explicit SpendChart(QWidget* parent = nullptr);

    void setVisits(const QList<CrmVisit>& visits);
    /// The months shown, oldest first (the first day of each).
    QList<QDate> months() const { return m_months; }
    /// What was spent in each of them, in cents.
    QList<qint64> monthCents() const { return m_cents; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<CrmVisit> m_visits;
    QList<QDate> m_months;
    QList<qint64> m_cents;
    QList<int> m_counts;
    QLabel* m_title;
    QChartView* m_view;
};

} // namespace Moulin
