#include "reservation/ui/reservationstats.h"

#include "reservation/ui/reservationformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Moulin {

namespace {

// The Ventes tab's chart look (pos/ui/chartstyle), for the reservation area.
const QColor kPrimary(0x3b, 0x5b, 0xdb);
const QColor kSecond(0xf5, 0x9f, 0x00);
const QColor kNoShow(0xe0, 0x31, 0x31);
const QColor kLead(0x12, 0xb8, 0x86);
const QColor kGrid(0xec, 0xef, 0xf3);
const QColor kMuted(0x6b, 0x72, 0x80);

} // namespace

namespace ReservationCharts {

void styleChart(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignTop);
    legend->setLabelColor(kMuted);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
    QFont font = legend->font();
    font.setPointSizeF(8.5);
    legend->setFont(font);
}

void styleAxis(QAbstractAxis* axis, bool gridVisible)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setLabelsColor(kMuted);
    axis->setGridLineVisible(gridVisible);
    axis->setGridLineColor(kGrid);
    axis->setMinorGridLineVisible(false);
    axis->setLinePenColor(kGrid);
    axis->setLineVisible(!gridVisible);
    axis->setTitleVisible(false);
}

void niceRange(QValueAxis* axis, double max, int maxTicks)
{
    if (max <= 0) {
        axis->setRange(0, 10);
        axis->setTickCount(2);
        return;
    }
    const int intervals = std::max(1, maxTicks - 1);
    const double rough = max / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    // Whole steps only: the labels are whole numbers (%.0f), a step of
    // 2.5 would label 7.5 as "8".
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step * intervals >= max)
            break;
    }
    step = std::max(step, 1.0);
    const int ticks = int(std::ceil(max / step)) + 1;
    axis->setRange(0, step * (ticks - 1));
    axis->setTickCount(ticks);
}

QChartView* makeView(QChart* chart)
{
    auto* view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setStyleSheet(QStringLiteral("background: transparent;"));
    view->setMinimumHeight(200);
    styleChart(chart);
    view->setChart(chart);
    return view;
}

void colour(QBarSet* set, const QColor& c)
{
    set->setColor(c);
    set->setBorderColor(c);
    set->setLabelColor(QColor(0x37, 0x41, 0x51));
}

} // namespace ReservationCharts

using namespace ReservationCharts;

StatsCard::StatsCard(QChartView* view, QWidget* parent)
    : QFrame(parent)
    , m_view(view)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("statsCard"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("QFrame#statsCard { background: palette(base); border: 1px solid #dde1e6;"
                                 " border-radius: 8px; }"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    m_title->setFont(titleFont);
    m_subtitle->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_subtitle->hide();
    m_empty->setObjectName(QStringLiteral("statsEmptyMessage"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    header->addStretch();
    auto* body = new QStackedLayout;
    body->addWidget(m_view);
    body->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

void StatsCard::setTitle(const QString& title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

void StatsCard::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void StatsCard::setEmptyMessage(const QString& message)
{
    m_empty->setText(message);
    auto* stack = static_cast<QStackedLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(1)->layout());
    stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_view) : m_empty);
}

bool StatsCard::isShowingEmptyMessage() const
{
    return m_empty->isVisibleTo(this);
}

// ---------------------------------------------------------------------------

ReservationStatsPage::ReservationStatsPage(QWidget* parent)
    : QWidget(parent)
    , m_period(new QLabel(this))
    , m_coversChart(new QChart)
    , m_coversSeries(new QBarSeries)
    , m_lunch(new QBarSet(QString()))
    , m_dinner(new QBarSet(QString()))
    , m_weekdays(new QBarCategoryAxis)
    , m_coversAxis(new QValueAxis)
    , m_coversCard(new StatsCard(makeView(m_coversChart), this))
    , m_noShowChart(new QChart)
    , m_noShowSeries(new QHorizontalBarSeries)
    , m_noShowSet(new QBarSet(QString()))
    , m_noShowChannels(new QBarCategoryAxis)
    , m_noShowAxis(new QValueAxis)
    , m_noShowCard(new StatsCard(makeView(m_noShowChart), this))
    , m_leadChart(new QChart)
    , m_leadSeries(new QHorizontalBarSeries)
    , m_leadSet(new QBarSet(QString()))
    , m_leadChannels(new QBarCategoryAxis)
    , m_leadAxis(new QValueAxis)
    , m_leadCard(new StatsCard(makeView(m_leadChart), this))
{
    setObjectName(QStringLiteral("reservationStats"));
    m_period->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_coversCard->setObjectName(QStringLiteral("statsCard"));

    colour(m_lunch, kPrimary);
    colour(m_dinner, kSecond);
    m_coversSeries->append(m_lunch);
    m_coversSeries->append(m_dinner);
    m_coversSeries->setBarWidth(0.7);
    m_coversSeries->setLabelsVisible(true);
    m_coversSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_coversSeries->setLabelsFormat(QStringLiteral("@value"));
    m_coversChart->addSeries(m_coversSeries);
    m_coversChart->addAxis(m_weekdays, Qt::AlignBottom);
    m_coversChart->addAxis(m_coversAxis, Qt::AlignLeft);
    m_coversSeries->attachAxis(m_weekdays);
    m_coversSeries->attachAxis(m_coversAxis);
    styleAxis(m_weekdays, false);
    styleAxis(m_coversAxis, true);
    m_coversAxis->setLabelFormat(QStringLiteral("%.0f"));

    const auto setUpHorizontal = [](QChart* chart, QHorizontalBarSeries* series, QBarSet* set,
                                    QBarCategoryAxis* categories, QValueAxis* values, const QColor& c) {
        colour(set, c);
        series->append(set);
        series->setBarWidth(0.6);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(values);
        styleAxis(categories, false);
        styleAxis(values, true);
        categories->setLineVisible(false);
        chart->legend()->setVisible(false);
    };
    setUpHorizontal(m_noShowChart, m_noShowSeries, m_noShowSet, m_noShowChannels, m_noShowAxis, kNoShow);
    setUpHorizontal(m_leadChart, m_leadSeries, m_leadSet, m_leadChannels, m_leadAxis, kLead);
    m_noShowCard->setObjectName(QStringLiteral("statsCard"));
    m_leadCard->setObjectName(QStringLiteral("statsCard"));

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_coversCard, 0, 0, 1, 2);
    grid->addWidget(m_noShowCard, 1, 0);
    grid->addWidget(m_leadCard, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_period);
    layout->addLayout(grid, 1);
    render();
}

void ReservationStatsPage::setStats(const FootfallStats& stats, const QDate& from, const QDate& to)
{
    m_stats = stats;
    m_from = from;
    m_to = to;
    render();
}

double ReservationStatsPage::averageCovers(int service, int weekday) const
{
    QBarSet* set = service == 0 ? m_lunch : m_dinner;
    return weekday >= 1 && weekday <= 7 && set->count() == 7 ? set->at(weekday - 1) : -1;
}

double ReservationStatsPage::noShowRate(const QString& channel) const
{
    // Bars are listed bottom-up: the first channel is the last bar.
    const qsizetype i = m_noShowKeys.indexOf(channel);
    if (i < 0 || m_noShowSet->count() != m_noShowKeys.size())
        return -1;
    return m_noShowSet->at(int(m_noShowKeys.size() - 1 - i));
}

QString ReservationStatsPage::noShowLabel(const QString& channel) const
{
    const qsizetype i = m_noShowKeys.indexOf(channel);
    const QStringList labels = m_noShowChannels->categories();
    if (i < 0 || labels.size() != m_noShowKeys.size())
        return {};
    return labels.at(int(m_noShowKeys.size() - 1 - i));
}

void ReservationStatsPage::render()
{
    const QLocale locale;
    m_lunch->setLabel(ServiceCalendar::serviceLabel(0));
    m_dinner->setLabel(ServiceCalendar::serviceLabel(1));
    m_coversCard->setTitle(tr("Average covers per service"));
    m_coversCard->setSubtitle(tr("by weekday, on the days with bookings"));
    m_noShowCard->setTitle(tr("No-show rate per channel"));
    m_leadCard->setTitle(tr("Median lead time per channel"));
    m_leadCard->setSubtitle(tr("days between booking and meal"));
    m_period->setText(m_from.isValid()
                          ? tr("The last %n week(s): %1 to %2", nullptr, kWeeks)
                                .arg(ReservationFormat::shortDay(m_from), ReservationFormat::shortDay(m_to))
                          : QString());

    // Covers per service and weekday, averaged over the services that had
    // bookings.
    QStringList days;
    QList<qreal> lunch;
    QList<qreal> dinner;
    double max = 0;
    bool any = false;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        days << locale.dayName(weekday, QLocale::ShortFormat);
        for (int s = 0; s < 2; ++s) {
            const int services = m_stats.services[s][weekday];
            const double average =
                services > 0 ? std::round(double(m_stats.covers[s][weekday]) / services) : 0;
            (s == 0 ? lunch : dinner).append(average);
            max = std::max(max, average);
            any = any || services > 0;
        }
    }
    m_lunch->remove(0, m_lunch->count());
    m_dinner->remove(0, m_dinner->count());
    m_lunch->append(lunch);
    m_dinner->append(dinner);
    m_weekdays->setCategories(days);
    niceRange(m_coversAxis, max * 1.12, 5);
    m_coversCard->setEmptyMessage(any ? QString() : tr("No covers booked over these weeks yet."));

    // No-show rate and lead time per channel.
    QStringList noShowLabels;
    QList<qreal> noShowValues;
    QStringList leadLabels;
    QList<qreal> leadValues;
    m_noShowKeys.clear();
    double maxRate = 0;
    double maxLead = 0;
    for (const FootfallStats::Channel& c : m_stats.channels) {
        if (c.bookings > 0) {
            const double rate = std::round(1000.0 * c.noShows / c.bookings) / 10.0;
            m_noShowKeys << c.channel;
            // A bar of 0 draws nothing, nor its label: the rate goes with
            // the channel's name, so the channel never reads as unknown.
            noShowLabels.prepend(rate > 0 ? bookingChannelLabel(c.channel)
                                          : tr("%1 · 0 %", "no-show chart: a channel without no-shows")
                                                .arg(bookingChannelLabel(c.channel)));
            noShowValues.prepend(rate);
            maxRate = std::max(maxRate, rate);
        }
        if (c.medianLeadDays >= 0) {
            const double days10 = std::round(c.medianLeadDays * 10.0) / 10.0;
            leadLabels.prepend(bookingChannelLabel(c.channel));
            leadValues.prepend(days10);
            maxLead = std::max(maxLead, days10);
        }
    }
    m_noShowSet->remove(0, m_noShowSet->count());
    m_noShowSet->append(noShowValues);
    m_noShowChannels->setCategories(noShowLabels);
    niceRange(m_noShowAxis, std::max(5.0, maxRate * 1.2), 5);
    m_noShowAxis->setLabelFormat(QStringLiteral("%.0f %"));
    m_noShowSeries->setLabelsFormat(tr("@value %"));
    m_noShowCard->setEmptyMessage(noShowLabels.isEmpty() ? tr("No past bookings over these weeks yet.")
                                                         : QString());

    m_leadSet->remove(0, m_leadSet->count());
    m_leadSet->append(leadValues);
    m_leadChannels->setCategories(leadLabels);
    niceRange(m_leadAxis, std::max(1.0, maxLead * 1.2), 5);
    m_leadAxis->setLabelFormat(tr("%.0f d", "axis: days"));
    m_leadSeries->setLabelsFormat(tr("@value d", "bar label: days"));
    m_leadCard->setEmptyMessage(leadLabels.isEmpty() ? tr("No booking time known over these weeks yet.")
                                                     : QString());
}

void ReservationStatsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Moulin
