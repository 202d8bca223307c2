#include "pos/ui/dailychart.h"

#include "pos/ui/chartstyle.h"
#include "pos/ui/salesformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QHash>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Moulin {

namespace {

constexpr int kMarkersUpTo = 16; // points drawn as dots up to this many days

qreal toEuros(qint64 cents)
{
    return qreal(cents) / 100.0;
}

} // namespace

DailyChart::DailyChart(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_current(new QLineSeries(this))
    , m_area(new QAreaSeries(m_current))
    , m_line(new QLineSeries)
    , m_lastYear(new QLineSeries)
    , m_marker(new QScatterSeries)
    , m_lastYearPartial(new QScatterSeries)
    , m_xAxis(new QCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("dailyChart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::NoBrush);
    setStyleSheet(QStringLiteral("background: transparent;"));
    setMinimumHeight(220);
    ChartStyle::apply(m_chart);

    QPen lastPen(ChartStyle::lastYear());
    lastPen.setWidthF(1.8);
    lastPen.setStyle(Qt::DashLine);
    m_lastYear->setPen(lastPen);
    m_lastYear->setColor(ChartStyle::lastYear());
    m_lastYear->setPointsVisible(false);

    QPen currentPen(ChartStyle::primary());
    currentPen.setWidthF(2.6);
    m_line->setPen(currentPen);
    m_line->setColor(ChartStyle::primary());
    m_area->setPen(Qt::NoPen);
    QLinearGradient gradient(QPointF(0, 0), QPointF(0, 1));
    gradient.setCoordinateMode(QGradient::ObjectBoundingMode);
    QColor top = ChartStyle::primary();
    top.setAlpha(70);
    QColor bottom = ChartStyle::primary();
    bottom.setAlpha(6);
    gradient.setColorAt(0, top);
    gradient.setColorAt(1, bottom);
    m_area->setBrush(gradient);
    m_area->setColor(ChartStyle::primary());
    m_area->setBorderColor(ChartStyle::primary());

    m_marker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_marker->setMarkerSize(11);
    m_marker->setColor(ChartStyle::primary());
    m_marker->setBorderColor(Qt::white);

    // Hollow: last year's value at the same time of day, on today's point.
    m_lastYearPartial->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_lastYearPartial->setMarkerSize(9);
    m_lastYearPartial->setColor(Qt::white);
    QPen partialPen(ChartStyle::lastYear());
    partialPen.setWidthF(2.0);
    m_lastYearPartial->setPen(partialPen);

    m_chart->addSeries(m_lastYear);
    m_chart->addSeries(m_area);
    m_chart->addSeries(m_line);
    m_chart->addSeries(m_lastYearPartial);
    m_chart->addSeries(m_marker);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    const auto allSeries = m_chart->series();
    for (QAbstractSeries* series : allSeries) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_valueAxis);
    }
    for (QAbstractSeries* hidden :
         {static_cast<QAbstractSeries*>(m_marker), static_cast<QAbstractSeries*>(m_area),
          static_cast<QAbstractSeries*>(m_lastYearPartial)}) {
        const auto markers = m_chart->legend()->markers(hidden);
        for (QLegendMarker* marker : markers)
            marker->setVisible(false);
    }

    m_chart->legend()->setVisible(false); // the card shows it (ChartCard::setLegend)
    ChartStyle::styleAxis(m_xAxis, false);
    ChartStyle::styleAxis(m_valueAxis, true);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f €"));
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);

    setChart(m_chart);
    retranslateUi();
}

int DailyChart::pointCount() const
{
    return int(std::max(m_values.size(), m_lastValues.size()));
}

QList<QPointF> DailyChart::points(const QList<qint64>& cents, int firstX) const
{
    QList<QPointF> out;
    out.reserve(cents.size());
    for (int i = 0; i < cents.size(); ++i)
        out.append(QPointF(firstX + i, toEuros(cents.at(i))));
    return out;
}

void DailyChart::setPartial(int index, const PartialDay& partial, qint64 lastYearCents)
{
    m_partialIndex = index;
    m_partialUntil = partial.until;
    m_partialLastCents = lastYearCents;
    m_lastYearPartial->replace(QList<QPointF>{QPointF(m_firstHour + index, toEuros(lastYearCents))});
}

void DailyChart::setDaily(const SalesPeriod& period, const QList<DailyPoint>& current,
                          const QList<DailyPoint>& lastYear, const PartialDay& partial)
{
    m_period = period;
    m_firstHour = 0;
    const int days = std::max(1, int(period.from.daysTo(period.to)) + 1);
    m_granularity = days <= kMaxDailyDays    ? Granularity::Day
                    : days <= kMaxWeeklyDays ? Granularity::Week
                                             : Granularity::Month;

    // Which point each day of the period falls in.
    const auto bucketOf = [&](int dayOffset) {
        const QDate d = period.from.addDays(dayOffset);
        switch (m_granularity) {
        case Granularity::Week:
            return (dayOffset + period.from.dayOfWeek() - 1) / 7;
        case Granularity::Month:
            return (d.year() - period.from.year()) * 12 + d.month() - period.from.month();
        default:
            return dayOffset;
        }
    };
    const int count = bucketOf(days - 1) + 1;
    m_buckets.clear();
    m_buckets.resize(count);
    for (int offset = 0; offset < days; ++offset) {
        Bucket& b = m_buckets[bucketOf(offset)];
        const QDate d = period.from.addDays(offset);
        if (!b.days.from.isValid())
            b.days.from = d;
        b.days.to = d;
    }

    // This period: up to its last point (today for a period not over yet).
    int shownDays = 0;
    for (const DailyPoint& p : current)
        shownDays = std::max(shownDays, int(period.from.daysTo(p.date)) + 1);
    shownDays = std::min(shownDays, days);
    m_values.fill(0, shownDays > 0 ? bucketOf(shownDays - 1) + 1 : 0);
    m_totalCents = 0;
    for (const DailyPoint& p : current) {
        const int offset = int(period.from.daysTo(p.date));
        if (offset < 0 || offset >= shownDays)
            continue;
        m_values[bucketOf(offset)] += p.grossCents;
        m_totalCents += p.grossCents;
    }
    // Last year: day i of its span counts with day i of this one.
    const int lastDays = std::min(days, int(lastYear.size()));
    m_lastValues.fill(0, lastDays > 0 ? bucketOf(lastDays - 1) + 1 : 0);
    for (int i = 0; i < lastDays; ++i) {
        const int bucket = bucketOf(i);
        m_lastValues[bucket] += lastYear.at(i).grossCents;
        Bucket& b = m_buckets[bucket];
        if (!b.lastYearDays.from.isValid())
            b.lastYearDays.from = lastYear.at(i).date;
        b.lastYearDays.to = lastYear.at(i).date;
    }

    // Today not over: its point compares with last year's up to the same time
    // (its bucket's last-year value with that day cut).
    m_partialIndex = -1;
    m_lastYearPartial->clear();
    const int partialOffset = partial.isValid() ? int(period.from.daysTo(partial.day)) : -1;
    if (partialOffset >= 0 && partialOffset < shownDays) {
        const int bucket = bucketOf(partialOffset);
        const qint64 wholeDay = partialOffset < lastDays ? lastYear.at(partialOffset).grossCents : 0;
        const qint64 bucketBefore = bucket < m_lastValues.size() ? m_lastValues.at(bucket) : 0;
        setPartial(bucket, partial, bucketBefore - wholeDay + partial.lastYearCents);
    }

    const QList<QPointF> now = points(m_values, 0);
    m_current->replace(now);
    m_line->replace(now);
    m_lastYear->replace(points(m_lastValues, 0));
    m_line->setPointsVisible(count <= kMarkersUpTo);
    setBucketLabels();
    const qreal pad = count <= 8 ? 0.3 : 0;
    m_xAxis->setRange(-pad, std::max(1, count - 1) + pad);
    setValueRange();
    m_focus = -1;
    updateMarker();
}

void DailyChart::setBucketLabels()
{
    const QLocale locale;
    const auto labels = m_xAxis->categoriesLabels();
    for (const QString& label : labels)
        m_xAxis->remove(label);
    m_xAxis->setStartValue(0);
    const int count = int(m_buckets.size());
    switch (m_granularity) {
    case Granularity::Day: {
        const int step = count <= 8 ? 1 : (count + 6) / 7; // about seven labels
        const QString format = count <= 8 ? QStringLiteral("ddd d") : QStringLiteral("d MMM");
        for (int i = 0; i < count; i += step)
            m_xAxis->append(locale.toString(m_buckets.at(i).days.from, format), i);
        break;
    }
    case Granularity::Week: {
        const int step = (count + 7) / 8;
        for (int i = 0; i < count; i += step) {
            const QDate d = m_buckets.at(i).days.from;
            m_xAxis->append(
                locale.toString(d, count > 60 ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM")), i);
        }
        break;
    }
    case Granularity::Month: {
        const int step = (count + 7) / 8;
        for (int i = 0; i < count; i += step)
            m_xAxis->append(locale.toString(m_buckets.at(i).days.from, QStringLiteral("MMM yyyy")), i);
        break;
    }
    case Granularity::Hour:
        break;
    }
    // A label on the axis' last value is centred on it: without room on the
    // right, half of it falls off the chart ("31 d").
    int right = 4;
    const QStringList shown = m_xAxis->categoriesLabels();
    if (!shown.isEmpty() && count > 8 && m_xAxis->endValue(shown.constLast()) >= count - 1) {
        const QFontMetrics metrics(m_xAxis->labelsFont());
        right = std::max(right, metrics.horizontalAdvance(shown.constLast()) / 2 + 2);
    }
    m_chart->setMargins(QMargins(4, 4, right, 4));
}

void DailyChart::setHourly(const QDate& day, const QList<HourWeekdayCell>& current,
                           const QList<HourWeekdayCell>& lastYear, const PartialDay& partial)
{
    m_granularity = Granularity::Hour;
    m_day = day;
    m_period = {day, day};
    qint64 now[24] = {};
    qint64 before[24] = {};
    int first = 24;
    int last = -1;
    const auto collect = [&](const QList<HourWeekdayCell>& cells, qint64* into) {
        for (const HourWeekdayCell& c : cells) {
            if (c.hour < 0 || c.hour > 23)
                continue;
            into[c.hour] += c.grossCents;
            first = std::min(first, c.hour);
            last = std::max(last, c.hour);
        }
    };
    collect(current, now);
    collect(lastYear, before);
    if (last < 0) {
        first = 11;
        last = 23;
    }
    first = std::max(0, first - 1);
    last = std::min(23, last + 1);
    m_firstHour = first;
    const int count = last - first + 1;
    // Today not over: this day's curve stops at the current hour (the hours
    // to come are not zero), unless the till already has later sales.
    const bool isPartial = partial.isValid() && partial.day == day;
    int shownLast = last;
    if (isPartial) {
        shownLast = partial.until.hour();
        for (int h = 0; h < 24; ++h) {
            if (now[h] != 0)
                shownLast = std::max(shownLast, h);
        }
        shownLast = std::clamp(shownLast, first - 1, last);
    }
    m_values.resize(shownLast - first + 1);
    m_lastValues.resize(count);
    const SalesPeriod lastYearDay = SalesRepository::samePeriodLastYear({day, day});
    m_buckets.fill(Bucket{{day, day}, lastYearDay}, count);
    m_totalCents = 0;
    for (int i = 0; i < count; ++i) {
        if (i < m_values.size()) {
            m_values[i] = now[first + i];
            m_totalCents += m_values[i];
        }
        m_lastValues[i] = before[first + i];
    }
    m_partialIndex = -1;
    m_lastYearPartial->clear();
    const int partialHour = isPartial ? partial.until.hour() : -1;
    if (partialHour >= first && partialHour <= last && partialHour - first < m_values.size())
        setPartial(partialHour - first, partial, partial.lastYearCents);
    const QList<QPointF> nowPoints = points(m_values, first);
    m_current->replace(nowPoints);
    m_line->replace(nowPoints);
    m_lastYear->replace(points(m_lastValues, first));

    const auto labels = m_xAxis->categoriesLabels();
    for (const QString& label : labels)
        m_xAxis->remove(label);
    m_xAxis->setStartValue(first);
    const int every = count > 14 ? 2 : 1;
    for (int h = first; h <= last; h += every)
        m_xAxis->append(SalesFormat::hour(h), h);
    m_xAxis->setRange(first - 0.35, last + 0.35); // room for the end labels
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_line->setPointsVisible(true);
    setValueRange();
    m_focus = -1;
    updateMarker();
}

void DailyChart::setValueRange()
{
    qint64 max = 0;
    for (qint64 v : std::as_const(m_values))
        max = std::max(max, v);
    for (qint64 v : std::as_const(m_lastValues))
        max = std::max(max, v);
    ChartStyle::niceRange(m_valueAxis, toEuros(max) * 1.05);
}

void DailyChart::setFocusedIndex(int index)
{
    m_focus = (index >= 0 && index < m_values.size()) ? index : -1;
    updateMarker();
}

SalesPeriod DailyChart::pointPeriod(int index) const
{
    return index >= 0 && index < m_buckets.size() ? m_buckets.at(index).days : SalesPeriod{};
}

void DailyChart::activate(int index)
{
    if (index < 0 || index >= pointCount())
        return;
    if (isHourly())
        Q_EMIT hourActivated(m_day, m_firstHour + index);
    else
        Q_EMIT pointActivated(m_buckets.at(index).days, m_granularity);
}

int DailyChart::indexAt(const QPoint& pos) const
{
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(pos));
    if (!m_chart->plotArea().adjusted(-6, -6, 6, 6).contains(chartPos))
        return -1;
    const QPointF value = m_chart->mapToValue(chartPos, m_line);
    const int index = qRound(value.x()) - m_firstHour; // m_firstHour is 0 unless hourly
    return (index >= 0 && index < pointCount()) ? index : -1;
}

QString DailyChart::pointTitle(int index) const
{
    const QLocale locale;
    const Bucket& b = m_buckets.at(index);
    switch (m_granularity) {
    case Granularity::Hour:
        return SalesFormat::shortDateWithYear(m_day) + QStringLiteral(", ") +
               SalesFormat::hourRange(m_firstHour + index);
    case Granularity::Day:
        return SalesFormat::shortDateWithYear(b.days.from);
    case Granularity::Week:
        return tr("Week of %1").arg(SalesFormat::shortDateWithYear(b.days.from));
    case Granularity::Month: {
        QString month = locale.toString(b.days.from, QStringLiteral("MMMM yyyy"));
        month[0] = month.at(0).toUpper();
        return month;
    }
    }
    return QString();
}

QString DailyChart::pointText(int index) const
{
    if (index < 0 || index >= pointCount() || index >= m_buckets.size())
        return QString();
    const qint64 now = index < m_values.size() ? m_values.at(index) : 0;
    const qint64 before = index < m_lastValues.size() ? m_lastValues.at(index) : 0;
    const Bucket& b = m_buckets.at(index);
    const QString beforeWhen = b.lastYearDays.from == b.lastYearDays.to
                                   ? SalesFormat::shortDateWithYear(b.lastYearDays.from)
                                   : SalesFormat::period(b.lastYearDays);
    // Today not over compares with last year up to the same time of day.
    const bool partial = index == m_partialIndex;
    const QString until = partial ? SalesFormat::timeOfDay(m_partialUntil) : QString();
    QString text = QStringLiteral("<b>%1</b><br>").arg(pointTitle(index).toHtmlEscaped());
    if (index < m_values.size()) {
        const SalesDelta delta = SalesFormat::delta(now, partial ? m_partialLastCents : before);
        const QString turnover =
            partial ? tr("Turnover incl. VAT until %1: %2").arg(until, SalesFormat::money(now))
                    : tr("Turnover incl. VAT: %1").arg(SalesFormat::money(now));
        text += turnover.toHtmlEscaped() + QStringLiteral(" <span style=\"color:%1\">%2</span><br>")
                                               .arg(delta.color.name(), delta.text.toHtmlEscaped());
    }
    if (index < m_lastValues.size() && b.lastYearDays.from.isValid())
        text += tr("Last year (%1): %2").arg(beforeWhen, SalesFormat::money(before)).toHtmlEscaped() +
                QStringLiteral("<br>");
    if (partial)
        text +=
            tr("Last year until %1: %2").arg(until, SalesFormat::money(m_partialLastCents)).toHtmlEscaped() +
            QStringLiteral("<br>");
    text += QStringLiteral("<i>%1</i>").arg(tr("Click to see the receipts").toHtmlEscaped());
    return text;
}

void DailyChart::updateMarker()
{
    if (m_focus < 0 || m_focus >= m_current->count()) {
        m_marker->clear();
        return;
    }
    m_marker->replace(QList<QPointF>{m_current->at(m_focus)});
}

void DailyChart::keyPressEvent(QKeyEvent* event)
{
    const int count = pointCount();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (count == 0)
            break;
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        const int limit = int(m_values.size());
        int next = m_focus < 0 ? (step > 0 ? 0 : limit - 1) : m_focus + step;
        next = std::clamp(next, 0, std::max(0, limit - 1));
        setFocusedIndex(next);
        if (m_focus >= 0) {
            const QPointF scenePos =
                m_chart->mapToScene(m_chart->mapToPosition(m_current->at(m_focus), m_line));
            QToolTip::showText(mapToGlobal(mapFromScene(scenePos)), pointText(m_focus), this);
        }
        event->accept();
        return;
    }
    case Qt::Key_Home:
        setFocusedIndex(0);
        event->accept();
        return;
    case Qt::Key_End:
        setFocusedIndex(int(m_values.size()) - 1);
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focus >= 0) {
            activate(m_focus);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QChartView::keyPressEvent(event);
}

void DailyChart::mouseMoveEvent(QMouseEvent* event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0) {
        if (index < m_current->count())
            m_marker->replace(QList<QPointF>{m_current->at(index)});
        QToolTip::showText(event->globalPosition().toPoint(), pointText(index), this);
        setCursor(Qt::PointingHandCursor);
    } else {
        updateMarker();
        QToolTip::hideText();
        unsetCursor();
    }
    QChartView::mouseMoveEvent(event);
}

void DailyChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = indexAt(event->position().toPoint());
        if (index >= 0) {
            setFocusedIndex(index);
            activate(index);
            event->accept();
            return;
        }
    }
    QChartView::mouseReleaseEvent(event);
}

void DailyChart::focusOutEvent(QFocusEvent* event)
{
    QToolTip::hideText();
    QChartView::focusOutEvent(event);
}

void DailyChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void DailyChart::retranslateUi()
{
    m_line->setName(tr("Turnover incl. VAT"));
    m_lastYear->setName(tr("Last year"));
    setAccessibleDescription(
        tr("Daily turnover with last year's curve. Use the left and right arrows to pick a day and Enter to "
           "see its receipts."));
}

} // namespace Moulin
