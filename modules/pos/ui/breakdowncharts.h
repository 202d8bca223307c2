#pragma once

#include "pos/core/salesrepository.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QPieSeries;
class QPieSlice;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace Moulin {

/// One bar of a breakdown: what it is, its label and its amounts.
struct BreakdownBar
{
    QString key; // group id, sku...
    QString label;
    qint64 cents = 0;
    qint64 lastYearCents = 0;
    QString extra; // shown in the tooltip ("12 sold")
};

/// Horizontal bars, largest on top, optionally with last year's bar beside
/// each one. Click a bar, or pick one with ↑ ↓ and press Enter, to see the
/// receipts behind it.
class BarBreakdownChart : public QChartView
{
    Q_OBJECT

public:
    explicit BarBreakdownChart(QWidget* parent = nullptr);

    /// `withLastYear` adds the grey "last year" bars.
    void setBars(const QList<BreakdownBar>& bars, bool withLastYear);
    const QList<BreakdownBar>& bars() const { return m_bars; }
    void setSeriesNames(const QString& current, const QString& lastYear);
    void setBarColor(const QColor& color);
    int focusedIndex() const { return m_focus; }
    void setFocusedIndex(int index);

Q_SIGNALS:
    void barActivated(const QString& key);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Bars are stored largest first; the series draws index 0 at the bottom.
    int seriesIndex(int barIndex) const { return int(m_bars.size()) - 1 - barIndex; }
    QString barText(int barIndex) const;

    QChart* m_chart;
    QHorizontalBarSeries* m_series;
    QBarSet* m_current;
    QBarSet* m_lastYear;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QList<BreakdownBar> m_bars;
    bool m_withLastYear = false;
    int m_focus = -1;
};

/// Payment methods as a ring, with amount and share in the legend. Click a
/// slice (or ↑ ↓ then Enter) to see the receipts paid that way.
class PaymentsChart : public QChartView
{
    Q_OBJECT

public:
    explicit PaymentsChart(QWidget* parent = nullptr);

    void setPayments(const QList<PaymentTotal>& payments);
    int sliceCount() const;
    /// The total shown in the ring's hole.
    QString totalText() const;
    int focusedIndex() const { return m_focus; }
    void setFocusedIndex(int index);

Q_SIGNALS:
    void methodActivated(const QString& method);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void highlight(QPieSlice* slice, bool on);
    void placeCentre();

    QChart* m_chart;
    QPieSeries* m_series;
    QGraphicsSimpleTextItem* m_total;
    QGraphicsSimpleTextItem* m_totalCaption;
    QList<PaymentTotal> m_payments;
    int m_focus = -1;
};

} // namespace Moulin
