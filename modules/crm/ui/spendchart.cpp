#include "crm/ui/spendchart.h"

#include "crm/ui/crmcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Moulin {

SpendChart::SpendChart(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("customerSpendChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    m_view->setMaximumHeight(190);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    hide();
}

void SpendChart::setVisits(const QList<CrmVisit>& visits)
{
    m_visits = visits;
    m_months.clear();
    m_cents.clear();
    m_counts.clear();
    QDate last;
    bool billed = false; // a receipt linked to one of the visits
    for (const CrmVisit& v : visits) {
        if (v.status == QLatin1String("honoured") && (!last.isValid() || v.day > last))
            last = v.day;
        billed = billed || v.receipts > 0;
    }
    // Without a receipt there is nothing to chart (the page says so).
    if (last.isValid() && billed) {
        const QDate end(last.year(), last.month(), 1);
        for (int i = 11; i >= 0; --i)
            m_months << end.addMonths(-i);
        m_cents = QList<qint64>(12, 0);
        m_counts = QList<int>(12, 0);
        for (const CrmVisit& v : visits) {
            if (v.status != QLatin1String("honoured"))
                continue;
            const int i = int(m_months.indexOf(QDate(v.day.year(), v.day.month(), 1)));
            if (i < 0)
                continue;
            m_cents[i] += v.spendCents;
            m_counts[i] += 1;
        }
    }
    render();
}

void SpendChart::render()
{
    setVisible(!m_months.isEmpty());
    if (m_months.isEmpty())
        return;
    const QLocale locale;
    m_title->setText(tr("<b>Spend per month</b> — the twelve months up to the last visit"));
    auto* chart = new QChart;
    CrmCharts::localise(chart);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto* set = new QBarSet(tr("Spend"));
    set->setColor(QColor(0x2f, 0x6f, 0xb3));
    QStringList categories;
    double top = 0;
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const double euros = double(m_cents[i]) / 100.0;
        *set << euros;
        top = std::max(top, euros);
        // « janv. » fits its bar; the year is in the tooltip and the title.
        categories << locale.toString(m_months[i], QStringLiteral("MMM"));
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    CrmCharts::niceRange(y, top, 3);
    y->setLabelFormat(QStringLiteral("%.0f €"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QList<QDate> months = m_months;
    const QList<qint64> cents = m_cents;
    const QList<int> counts = m_counts;
    connect(set, &QBarSet::hovered, this, [months, cents, counts](bool status, int index) {
        if (!status || index < 0 || index >= months.size()) {
            QToolTip::hideText();
            return;
        }
        const QLocale here;
        QToolTip::showText(QCursor::pos(), SpendChart::tr("%1: %2 (%n visit(s))", nullptr, counts[index])
                                               .arg(here.toString(months[index], QStringLiteral("MMMM yyyy")),
                                                    here.toCurrencyString(double(cents[index]) / 100.0,
                                                                          QStringLiteral("€"))));
    });
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void SpendChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Moulin
