#include "reservation/ui/weekoverview.h"

#include "reservation/ui/reservationformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Moulin {

LoadCell::LoadCell(QWidget* parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LoadCell::setLoad(const ServiceLoad& load, bool selected)
{
    m_load = load;
    m_selected = selected;
    const QString state =
        load.state == QLatin1String("open") ? QString() : ReservationFormat::serviceStateLabel(load.state);
    setText(ReservationFormat::coversAgainstCapacity(load.covers, load.capacity));
    setToolTip(tr("%1, %2: %3, %n booking(s)%4", nullptr, load.bookings)
                   .arg(ReservationFormat::shortDay(load.day), ServiceCalendar::serviceLabel(load.service),
                        ReservationFormat::coversAgainstCapacity(load.covers, load.capacity),
                        state.isEmpty() ? QString() : QStringLiteral(" — ") + state));
    setAccessibleName(toolTip());
    update();
}

QSize LoadCell::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("000 / 000")) + 24, fm.height() * 2 + 26};
}

QSize LoadCell::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("00 / 00")) + 12, fm.height() * 2 + 26};
}

void LoadCell::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool closed = m_load.state == QLatin1String("closed");
    QColor border = m_selected ? ReservationFormat::accent() : ReservationFormat::border();
    if (hasFocus())
        border = ReservationFormat::accent().darker(115);
    p.setPen(QPen(border, m_selected || hasFocus() ? 2 : 1));
    p.setBrush(closed ? QColor(0xf1, 0xf3, 0xf5)
                      : (underMouse() ? QColor(0xf5, 0xf7, 0xff) : QColor(Qt::white)));
    p.drawRoundedRect(r, 6, 6);

    const QRectF inner = r.adjusted(10, 6, -10, -8);
    QFont figure = font();
    figure.setWeight(QFont::DemiBold);
    p.setFont(figure);
    p.setPen(closed ? ReservationFormat::mutedText()
                    : (m_load.covers > m_load.capacity ? ReservationFormat::allergy()
                                                       : ReservationFormat::text()));
    const QFontMetrics fm(figure);
    // A closed service with nothing booked: a dash, "Closed" below.
    const QString numbers = closed && m_load.bookings == 0
                                ? QStringLiteral("—")
                                : QStringLiteral("%1 / %2").arg(m_load.covers).arg(m_load.capacity);
    QRectF textRect(inner.left(), inner.top(), inner.width(), fm.height());
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(numbers, Qt::ElideRight, int(inner.width())));
    if (m_load.state != QLatin1String("open")) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(m_load.state == QLatin1String("full") ? QColor(0x7a, 0x4f, 0x00)
                                                       : ReservationFormat::mutedText());
        const QRectF stateRect(inner.left(), inner.top() + fm.height(), inner.width(), fm.height());
        p.drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(small).elidedText(ReservationFormat::serviceStateLabel(m_load.state),
                                                  Qt::ElideRight, int(inner.width())));
    }
    // The bar, at the bottom.
    const QRectF bar(inner.left(), inner.bottom() - 6, inner.width(), 6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe9, 0xec, 0xef));
    p.drawRoundedRect(bar, 3, 3);
    if (m_load.capacity > 0 && m_load.covers > 0) {
        QRectF filled = bar;
        filled.setWidth(std::max(6.0, bar.width() * std::min(1.0, double(m_load.covers) / m_load.capacity)));
        p.setBrush(ReservationFormat::loadColor(m_load.covers, m_load.capacity, m_load.state));
        p.drawRoundedRect(filled, 3, 3);
    }
}

// ---------------------------------------------------------------------------

WeekOverview::WeekOverview(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_totalLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("weekOverview"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_next->setObjectName(QStringLiteral("nextWeek"));
    m_previous->setText(QStringLiteral("‹"));
    m_next->setText(QStringLiteral("›"));
    for (QToolButton* arrow : {m_previous, m_next})
        arrow->setStyleSheet(
            QStringLiteral("QToolButton { padding: 1px 9px 3px 9px; border: 1px solid palette(mid);"
                           " border-radius: 5px; background: palette(button); font-size: 15px; }"
                           "QToolButton:focus { border-color: #3b5bdb; }"));
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT weekShiftRequested(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT weekShiftRequested(+1); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_previous);
    header->addWidget(m_next);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    for (int s = 0; s < 2; ++s) {
        m_serviceLabels[s] = new QLabel(this);
        m_serviceLabels[s]->setStyleSheet(QStringLiteral("color: #4b5563; font-weight: 600;"));
        grid->addWidget(m_serviceLabels[s], s + 1, 0);
    }
    m_totalLabel->setStyleSheet(QStringLiteral("color: #6b7280;"));
    grid->addWidget(m_totalLabel, 3, 0);
    for (int d = 0; d < 7; ++d) {
        m_dayLabels[d] = new QLabel(this);
        m_dayLabels[d]->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        grid->addWidget(m_dayLabels[d], 0, d + 1);
        for (int s = 0; s < 2; ++s) {
            m_cells[d][s] = new LoadCell(this);
            m_cells[d][s]->setObjectName(QStringLiteral("weekCell_%1_%2").arg(d).arg(s));
            grid->addWidget(m_cells[d][s], s + 1, d + 1);
            connect(m_cells[d][s], &LoadCell::clicked, this, [this, d, s] {
                const ServiceLoad& load = m_cells[d][s]->load();
                if (load.day.isValid())
                    Q_EMIT dayActivated(load.day, s);
            });
        }
        m_totals[d] = new QLabel(this);
        m_totals[d]->setStyleSheet(QStringLiteral("color: #6b7280;"));
        grid->addWidget(m_totals[d], 3, d + 1);
        grid->setColumnStretch(d + 1, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(grid);
    layout->addStretch();
    render();
}

void WeekOverview::setLoads(const QList<ServiceLoad>& loads, const QDate& today, const QDate& selected)
{
    m_loads = loads;
    m_today = today;
    m_selected = selected;
    render();
}

LoadCell* WeekOverview::cell(int dayIndex, int service) const
{
    if (dayIndex < 0 || dayIndex > 6 || service < 0 || service > 1)
        return nullptr;
    return m_cells[dayIndex][service];
}

QString WeekOverview::titleText() const
{
    return m_title->text();
}

void WeekOverview::render()
{
    m_previous->setToolTip(tr("Previous week"));
    m_next->setToolTip(tr("Next week"));
    m_serviceLabels[0]->setText(ServiceCalendar::serviceLabel(0));
    m_serviceLabels[1]->setText(ServiceCalendar::serviceLabel(1));
    m_totalLabel->setText(tr("Day"));
    if (m_loads.size() < 14) {
        m_title->setText(tr("Week"));
        return;
    }
    const QDate first = m_loads.first().day;
    const QDate last = first.addDays(6);
    const QLocale locale;
    m_title->setText(tr("Week of %1 to %2")
                         .arg(locale.toString(first, QStringLiteral("d MMMM")),
                              locale.toString(last, QStringLiteral("d MMMM yyyy"))));
    for (int d = 0; d < 7; ++d) {
        const QDate day = first.addDays(d);
        int covers = 0;
        int capacity = 0;
        for (int s = 0; s < 2; ++s) {
            const ServiceLoad& load = m_loads.at(d * 2 + s);
            m_cells[d][s]->setLoad(load, day == m_selected);
            covers += load.covers;
            if (load.state != QLatin1String("closed"))
                capacity += load.capacity;
        }
        QString dayText = locale.toString(day, QStringLiteral("ddd d"));
        if (!dayText.isEmpty())
            dayText[0] = dayText.at(0).toUpper();
        m_dayLabels[d]->setText(day == m_today ? tr("%1 · today").arg(dayText) : dayText);
        m_dayLabels[d]->setStyleSheet(day == m_today ? QStringLiteral("color: #3b5bdb; font-weight: 700;")
                                                     : QStringLiteral("color: #1f2937; font-weight: 600;"));
        m_totals[d]->setText(ReservationFormat::coversAgainstCapacity(covers, capacity));
    }
}

void WeekOverview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Moulin
