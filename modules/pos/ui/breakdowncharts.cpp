#include "pos/ui/breakdowncharts.h"

#include "pos/ui/chartstyle.h"
#include "pos/ui/salesformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

namespace Moulin {

namespace {

constexpr int kLabelChars = 26;

QString elided(const QString& text)
{
    return text.size() <= kLabelChars ? text : text.left(kLabelChars - 1) + QStringLiteral("…");
}

void prepareView(QChartView* view, QChart* chart)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setStyleSheet(QStringLiteral("background: transparent;"));
    view->setMinimumHeight(200);
    ChartStyle::apply(chart);
    view->setChart(chart);
}

} // namespace

BarBreakdownChart::BarBreakdownChart(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries)
    , m_current(new QBarSet(QString()))
    , m_lastYear(new QBarSet(QString()))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    prepareView(this, m_chart);
    m_current->setColor(ChartStyle::primary());
    m_current->setBorderColor(ChartStyle::primary());
    m_current->setSelectedColor(QColor(0xf5, 0x9f, 0x00));
    m_lastYear->setColor(QColor(0xcb, 0xd2, 0xdc));
    m_lastYear->setBorderColor(QColor(0xcb, 0xd2, 0xdc));
    m_series->append(m_current);
    m_series->setBarWidth(0.72);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    ChartStyle::styleAxis(m_categories, false);
    ChartStyle::styleAxis(m_values, true);
    m_categories->setLineVisible(false);
    m_values->setLabelFormat(QStringLiteral("%.0f €"));
    m_chart->legend()->setVisible(false);

    connect(m_series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) {
        const int bar = seriesIndex(index);
        if (bar >= 0 && bar < m_bars.size()) {
            setFocusedIndex(bar);
            Q_EMIT barActivated(m_bars.at(bar).key);
        }
    });
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        if (status) {
            QToolTip::showText(QCursor::pos(), barText(seriesIndex(index)), this);
            setCursor(Qt::PointingHandCursor);
        } else {
            QToolTip::hideText();
            unsetCursor();
        }
    });
}

void BarBreakdownChart::setSeriesNames(const QString& current, const QString& lastYear)
{
    m_current->setLabel(current);
    m_lastYear->setLabel(lastYear);
}

void BarBreakdownChart::setBarColor(const QColor& color)
{
    m_current->setColor(color);
    m_current->setBorderColor(color);
}

void BarBreakdownChart::setBars(const QList<BreakdownBar>& bars, bool withLastYear)
{
    m_bars = bars;
    m_focus = -1;
    m_current->deselectAllBars();
    if (withLastYear != m_withLastYear) {
        if (withLastYear)
            m_series->insert(0, m_lastYear);
        else
            m_series->take(m_lastYear);
        m_withLastYear = withLastYear;
    }
    // Category labels must be unique: two items may share a name.
    QStringList labels;
    QSet<QString> seen;
    QList<qreal> values;
    QList<qreal> lastValues;
    qint64 max = 0;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        const BreakdownBar& bar = bars.at(i);
        QString label = elided(bar.label.isEmpty() ? bar.key : bar.label);
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        labels.append(label);
        values.append(qreal(bar.cents) / 100.0);
        lastValues.append(qreal(bar.lastYearCents) / 100.0);
        max = std::max({max, bar.cents, withLastYear ? bar.lastYearCents : 0});
    }
    m_current->remove(0, m_current->count());
    m_current->append(values);
    m_lastYear->remove(0, m_lastYear->count());
    if (withLastYear)
        m_lastYear->append(lastValues);
    m_categories->setCategories(labels);
    ChartStyle::niceRange(m_values, qreal(max) / 100.0 * 1.05, 5);
    // Qt Charts cuts a category's name down to "…" when the chart's height
    // shared among the bars is less than the label's box (the text and its
    // 4 px document margins) plus the axis' 4 px padding on both sides: keep
    // the chart that tall (small screens).
    const int row = QFontMetrics(m_categories->labelsFont()).height() + 16;
    setMinimumHeight(std::max(200, int(bars.size()) * row + 2));
}

void BarBreakdownChart::setFocusedIndex(int index)
{
    m_current->deselectAllBars();
    m_focus = (index >= 0 && index < m_bars.size()) ? index : -1;
    if (m_focus >= 0)
        m_current->selectBar(seriesIndex(m_focus));
}

QString BarBreakdownChart::barText(int barIndex) const
{
    if (barIndex < 0 || barIndex >= m_bars.size())
        return QString();
    const BreakdownBar& bar = m_bars.at(barIndex);
    QString text =
        QStringLiteral("<b>%1</b><br>%2").arg(bar.label.toHtmlEscaped(), SalesFormat::money(bar.cents));
    if (m_withLastYear) {
        const SalesDelta delta = SalesFormat::delta(bar.cents, bar.lastYearCents);
        text += QStringLiteral(" <span style=\"color:%1\">%2</span><br>%3")
                    .arg(delta.color.name(), delta.text.toHtmlEscaped(),
                         tr("Last year: %1").arg(SalesFormat::money(bar.lastYearCents)).toHtmlEscaped());
    }
    if (!bar.extra.isEmpty())
        text += QStringLiteral("<br>") + bar.extra.toHtmlEscaped();
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to see the receipts").toHtmlEscaped());
    return text;
}

void BarBreakdownChart::keyPressEvent(QKeyEvent* event)
{
    const int count = int(m_bars.size());
    if (count > 0 && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        setFocusedIndex(m_focus < 0 ? 0 : std::clamp(m_focus + step, 0, count - 1));
        QToolTip::showText(mapToGlobal(rect().center()), barText(m_focus), this);
        event->accept();
        return;
    }
    if (m_focus >= 0 &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT barActivated(m_bars.at(m_focus).key);
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

PaymentsChart::PaymentsChart(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QPieSeries)
    , m_total(new QGraphicsSimpleTextItem(m_chart))
    , m_totalCaption(new QGraphicsSimpleTextItem(m_chart))
{
    prepareView(this, m_chart);
    QFont totalFont = font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.6);
    totalFont.setWeight(QFont::Bold);
    m_total->setFont(totalFont);
    m_total->setBrush(ChartStyle::text());
    QFont captionFont = font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
    m_totalCaption->setFont(captionFont);
    m_totalCaption->setBrush(ChartStyle::mutedText());
    m_totalCaption->setText(tr("collected"));
    connect(m_chart, &QChart::plotAreaChanged, this, &PaymentsChart::placeCentre);
    m_series->setHoleSize(0.58);
    m_series->setPieSize(0.86);
    m_chart->addSeries(m_series);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    QFont font = m_chart->legend()->font();
    font.setPointSizeF(9);
    m_chart->legend()->setFont(font);
    m_chart->legend()->setLabelColor(ChartStyle::text());

    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        const int index = int(m_series->slices().indexOf(slice));
        if (index >= 0 && index < m_payments.size()) {
            setFocusedIndex(index);
            Q_EMIT methodActivated(m_payments.at(index).method);
        }
    });
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool state) {
        highlight(slice, state);
        const int index = int(m_series->slices().indexOf(slice));
        if (state && index >= 0 && index < m_payments.size()) {
            const PaymentTotal& p = m_payments.at(index);
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("<b>%1</b><br>%2 · %3<br>%4<br><i>%5</i>")
                                   .arg(p.method.toHtmlEscaped(), SalesFormat::money(p.cents),
                                        SalesFormat::percent(slice->percentage() * 100.0),
                                        tr("%n payment(s)", nullptr, p.count).toHtmlEscaped(),
                                        tr("Click to see the receipts").toHtmlEscaped()),
                               this);
            setCursor(Qt::PointingHandCursor);
        } else {
            QToolTip::hideText();
            unsetCursor();
        }
    });
}

int PaymentsChart::sliceCount() const
{
    return int(m_series->count());
}

void PaymentsChart::setPayments(const QList<PaymentTotal>& payments)
{
    m_payments = payments;
    m_focus = -1;
    m_series->clear();
    qint64 total = 0;
    for (const PaymentTotal& p : payments)
        total += p.cents;
    const QList<QColor> colors = ChartStyle::categorical();
    for (int i = 0; i < payments.size(); ++i) {
        const PaymentTotal& p = payments.at(i);
        const double share = total > 0 ? 100.0 * double(p.cents) / double(total) : 0;
        auto* slice = new QPieSlice(
            QStringLiteral("%1  %2 · %3")
                .arg(p.method, SalesFormat::moneyRounded(p.cents), SalesFormat::percent(share, 0)),
            qreal(std::max<qint64>(0, p.cents)) / 100.0);
        const QColor color = colors.at(i % colors.size());
        slice->setColor(color);
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(2);
        slice->setExplodeDistanceFactor(0.05);
        m_series->append(slice);
    }
    m_total->setText(SalesFormat::moneyRounded(total));
    // The legend keeps the room of its old markers but does not paint the
    // new ones until laid out again (slices replaced while the page is hidden).
    m_chart->legend()->setVisible(false);
    m_chart->legend()->setVisible(!payments.isEmpty());
    placeCentre();
}

void PaymentsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_totalCaption->setText(tr("collected"));
        placeCentre();
    }
    QChartView::changeEvent(event);
}

QString PaymentsChart::totalText() const
{
    return m_total->text();
}

void PaymentsChart::placeCentre()
{
    // The ring is centred in the plot area; the legend sits to its right.
    const QRectF area = m_chart->plotArea();
    const QPointF centre = area.center();
    const QRectF total = m_total->boundingRect();
    const QRectF caption = m_totalCaption->boundingRect();
    const qreal height = total.height() + caption.height();
    m_total->setPos(centre.x() - total.width() / 2, centre.y() - height / 2);
    m_totalCaption->setPos(centre.x() - caption.width() / 2, centre.y() - height / 2 + total.height());
    m_total->setVisible(!m_payments.isEmpty());
    m_totalCaption->setVisible(!m_payments.isEmpty());
}

void PaymentsChart::highlight(QPieSlice* slice, bool on)
{
    if (slice)
        slice->setExploded(on);
}

void PaymentsChart::setFocusedIndex(int index)
{
    const auto slices = m_series->slices();
    for (QPieSlice* slice : slices)
        slice->setExploded(false);
    m_focus = (index >= 0 && index < slices.size()) ? index : -1;
    if (m_focus >= 0)
        slices.at(m_focus)->setExploded(true);
}

void PaymentsChart::keyPressEvent(QKeyEvent* event)
{
    const int count = sliceCount();
    if (count > 0 && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down ||
                      event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const int step = (event->key() == Qt::Key_Up || event->key() == Qt::Key_Left) ? -1 : 1;
        setFocusedIndex(m_focus < 0 ? 0 : (m_focus + step + count) % count);
        event->accept();
        return;
    }
    if (m_focus >= 0 &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT methodActivated(m_payments.at(m_focus).method);
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

} // namespace Moulin
