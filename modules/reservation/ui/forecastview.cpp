#include "reservation/ui/forecastview.h"

#include "reservation/core/booking.h"
#include "reservation/ui/reservationformat.h"
#include "reservation/ui/reservationstats.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Moulin {

using namespace ReservationCharts;

namespace {

const QColor kBooked(0x3b, 0x5b, 0xdb);
const QColor kPickup(0x91, 0xa7, 0xff);
const QColor kWalkIns(0xf5, 0x9f, 0x00);

enum Column
{
    DayColumn,
    ServiceColumn,
    OnBooksColumn,
    ForecastColumn,
    PartsColumn,
    EventColumn,
    ColumnCount
};

QString number(double covers)
{
    return QLocale().toString(qRound(covers));
}

} // namespace

ForecastView::ForecastView(QWidget* parent)
    : QWidget(parent)
    , m_basis(new QLabel(this))
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_booked(new QBarSet(QString()))
    , m_pickup(new QBarSet(QString()))
    , m_walkIns(new QBarSet(QString()))
    , m_days(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
    , m_card(new StatsCard(makeView(m_chart), this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("forecastView"));
    m_basis->setObjectName(QStringLiteral("forecastBasis"));
    m_basis->setWordWrap(true);
    m_basis->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_card->setObjectName(QStringLiteral("statsCard"));

    colour(m_booked, kBooked);
    colour(m_pickup, kPickup);
    colour(m_walkIns, kWalkIns);
    m_series->append(m_booked);
    m_series->append(m_pickup);
    m_series->append(m_walkIns);
    m_series->setBarWidth(0.65);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_axis, Qt::AlignLeft);
    m_series->attachAxis(m_days);
    m_series->attachAxis(m_axis);
    styleAxis(m_days, false);
    styleAxis(m_axis, true);
    m_axis->setLabelFormat(QStringLiteral("%.0f"));

    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMinimumHeight(160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_basis);
    layout->addWidget(m_card, 3);
    layout->addWidget(m_table, 2);
    retranslateUi();
}

void ForecastView::setForecast(const CoversForecast& forecast, bool sources)
{
    m_forecast = forecast;
    m_sources = sources;
    render();
}

QString ForecastView::basisText() const
{
    return m_basis->text();
}

QList<double> ForecastView::dayBars(int index) const
{
    if (index < 0 || index >= m_booked->count())
        return {};
    return {m_booked->at(index), m_pickup->at(index), m_walkIns->at(index)};
}

QString ForecastView::basis(const CoversForecast& f)
{
    QString method;
    switch (f.method) {
    case ForecastMethod::Full:
        method =
            tr("%n week(s) of till history: weekday levels weighted towards recent weeks, with the trend "
               "and each weekday's hours",
               nullptr, f.historyWeeks);
        break;
    case ForecastMethod::Reduced:
        method = tr("%n week(s) of till history: weekday levels, no trend yet", nullptr, f.historyWeeks);
        break;
    case ForecastMethod::Minimal:
        method = tr("%n week(s) of till history: weekday means, a simple model until there are four weeks",
                    nullptr, f.historyWeeks);
        break;
    case ForecastMethod::Sparse:
        method = f.historyWeeks > 0 || f.hasBook
                     ? tr("less than two weeks of till history: a rough forecast, from what there is")
                     : tr("no till history yet");
        break;
    }
    QString text = tr("Made from %1").arg(method);
    if (f.trend)
        text += tr("; trend %1 % a week").arg(QLocale().toString(f.weeklyTrend * 100, 'f', 1));
    if (f.hasBook)
        text += tr("; the book: how bookings usually fill up, %1 % of booked covers come")
                    .arg(QLocale().toString(f.showRate * 100, 'f', 0));
    else
        text += tr("; no bookings to learn from yet");
    return text + QLatin1Char('.');
}

QString ForecastView::parts(const ServiceForecast& s)
{
    return tr("%1 of the booked, %2 still to book, %3 walk-ins")
        .arg(number(s.booked), number(s.pickup), number(s.walkIns));
}

void ForecastView::render()
{
    const QLocale locale;
    QStringList categories;
    QList<double> booked, pickup, walkIns;
    const int days = std::min(kDays, m_forecast.days);
    double max = 0;
    m_table->setRowCount(0);
    for (int d = 0; d < days; ++d) {
        const QDate day = m_forecast.firstDay.addDays(d);
        categories << locale.toString(day, QStringLiteral("ddd d"));
        double b = 0, p = 0, w = 0;
        for (int s = 0; s < 2; ++s) {
            const ServiceForecast* f = m_forecast.find(day, s);
            if (!f)
                continue;
            b += f->booked;
            p += std::max(0.0, f->pickup);
            w += f->walkIns;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto item = [](const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
                auto* i = new QTableWidgetItem(text);
                i->setTextAlignment(align);
                return i;
            };
            const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
            m_table->setItem(row, DayColumn, item(ReservationFormat::shortDay(day)));
            m_table->setItem(row, ServiceColumn, item(ServiceCalendar::serviceLabel(s)));
            m_table->setItem(row, OnBooksColumn, item(locale.toString(f->onBooks), right));
            if (f->closed) {
                m_table->setItem(row, ForecastColumn, item(tr("closed"), right));
                m_table->setItem(row, PartsColumn, item(QString()));
            } else {
                auto* total = item(number(f->total()), right);
                QFont bold = total->font();
                bold.setWeight(QFont::DemiBold);
                total->setFont(bold);
                m_table->setItem(row, ForecastColumn, total);
                m_table->setItem(row, PartsColumn, item(parts(*f)));
            }
            QString event = f->closed ? f->closedReason : f->event;
            if (!f->closed && !f->event.isEmpty() && std::abs(f->multiplier - 1.0) > 0.005)
                event += QStringLiteral(" (×%1)").arg(locale.toString(f->multiplier, 'f', 2));
            m_table->setItem(row, EventColumn, item(event));
        }
        booked << b;
        pickup << p;
        walkIns << w;
        max = std::max(max, b + p + w);
    }
    m_booked->remove(0, m_booked->count());
    m_pickup->remove(0, m_pickup->count());
    m_walkIns->remove(0, m_walkIns->count());
    m_booked->append(booked);
    m_pickup->append(pickup);
    m_walkIns->append(walkIns);
    m_days->clear();
    m_days->append(categories);
    niceRange(m_axis, max);
    m_table->resizeColumnsToContents();

    m_basis->setText(m_sources ? basis(m_forecast) : QString());
    m_card->setSubtitle(days > 0 ? tr("covers per day, both services") : QString());
    m_card->setEmptyMessage(!m_sources
                                ? tr("Nothing to forecast from: connect the till or a booking platform.")
                            : days == 0 ? tr("The forecast is being computed…")
                                        : QString());
}

void ForecastView::retranslateUi()
{
    m_card->setTitle(tr("Footfall forecast, the next %n day(s)", nullptr, kDays));
    m_booked->setLabel(tr("On the books"));
    m_pickup->setLabel(tr("Bookings still to come"));
    m_walkIns->setLabel(tr("Walk-ins"));
    m_table->setHorizontalHeaderLabels(
        {tr("Day"), tr("Service"), tr("Booked"), tr("Forecast"), tr("Of which"), tr("Event")});
    render();
}

void ForecastView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Moulin
