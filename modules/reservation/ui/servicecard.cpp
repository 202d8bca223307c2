#include "reservation/ui/servicecard.h"

#include "reservation/ui/forecastview.h"
#include "reservation/ui/reservationformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Moulin {

LoadBar::LoadBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LoadBar::setLoad(int covers, int capacity, const QString& state)
{
    m_covers = covers;
    m_capacity = capacity;
    m_state = state;
    update();
}

QSize LoadBar::sizeHint() const
{
    return {200, 8};
}

QSize LoadBar::minimumSizeHint() const
{
    return {40, 8};
}

void LoadBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;
    p.setBrush(QColor(0xe9, 0xec, 0xef));
    p.drawRoundedRect(r, radius, radius);
    if (m_capacity <= 0 || m_covers <= 0)
        return;
    const qreal fraction = std::min(1.0, qreal(m_covers) / qreal(m_capacity));
    QRectF filled = r;
    filled.setWidth(std::max(r.height(), r.width() * fraction));
    p.setBrush(ReservationFormat::loadColor(m_covers, m_capacity, m_state));
    p.drawRoundedRect(filled, radius, radius);
}

// ---------------------------------------------------------------------------

ServiceCard::ServiceCard(int service, QWidget* parent)
    : QFrame(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_covers(new QLabel(this))
    , m_bookings(new QLabel(this))
    , m_bar(new LoadBar(this))
    , m_noteLabel(new QLabel(this))
    , m_forecastLabel(new QLabel(this))
    , m_full(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_reopen(new QToolButton(this))
{
    setObjectName(service == 0 ? QStringLiteral("lunchCard") : QStringLiteral("dinnerCard"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(
        QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid #dde1e6;"
                       " border-radius: 8px; }"
                       "QToolButton { padding: 3px 10px; border: 1px solid #ced4da; border-radius: 5px;"
                       " background: palette(button); }"
                       "QToolButton:hover { border-color: #3b5bdb; }"
                       "QToolButton:focus { border-color: #3b5bdb; }")
            .arg(objectName()));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    m_state->setObjectName(QStringLiteral("serviceState"));
    QFont coversFont = m_covers->font();
    coversFont.setPointSizeF(coversFont.pointSizeF() * 1.6);
    coversFont.setWeight(QFont::Bold);
    m_covers->setFont(coversFont);
    m_covers->setObjectName(QStringLiteral("serviceCovers"));
    m_bookings->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_noteLabel->setObjectName(QStringLiteral("availabilityNote"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_noteLabel->hide();
    m_forecastLabel->setObjectName(QStringLiteral("serviceForecast"));
    m_forecastLabel->setStyleSheet(QStringLiteral("QLabel { color: #364fc7; background: #edf2ff;"
                                                  " border-radius: 9px; padding: 1px 9px; }"));
    m_forecastLabel->hide();
    m_full->setObjectName(QStringLiteral("markFull"));
    m_close->setObjectName(QStringLiteral("closeService"));
    m_reopen->setObjectName(QStringLiteral("reopenService"));

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_title);
    top->addWidget(m_state);
    top->addStretch();
    top->addWidget(m_full);
    top->addWidget(m_close);
    top->addWidget(m_reopen);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(12);
    figures->addWidget(m_covers, 0, Qt::AlignBaseline);
    figures->addWidget(m_bookings, 0, Qt::AlignBaseline);
    figures->addStretch();
    figures->addWidget(m_forecastLabel, 0, Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addWidget(m_bar);
    layout->addWidget(m_noteLabel);

    connect(m_full, &QToolButton::clicked, this,
            [this] { Q_EMIT availabilityRequested(m_service, QStringLiteral("full")); });
    connect(m_close, &QToolButton::clicked, this,
            [this] { Q_EMIT availabilityRequested(m_service, QStringLiteral("closed")); });
    connect(m_reopen, &QToolButton::clicked, this,
            [this] { Q_EMIT availabilityRequested(m_service, QStringLiteral("open")); });

    m_load.service = service;
    m_load.state = QStringLiteral("open");
    retranslateUi();
}

void ServiceCard::setLoad(const ServiceLoad& load)
{
    m_load = load;
    render();
}

void ServiceCard::setAvailabilityNote(const QString& note)
{
    m_note = note;
    render();
}

void ServiceCard::setForecast(const std::optional<ServiceForecast>& forecast, const QString& basis)
{
    m_forecast = forecast;
    m_forecastBasis = basis;
    render();
}

QString ServiceCard::forecastText() const
{
    return m_forecastLabel->isHidden()
               ? QString()
               : m_forecastLabel->text() + QStringLiteral(" — ") + m_forecastLabel->toolTip();
}

QString ServiceCard::coversText() const
{
    return m_covers->text();
}

QString ServiceCard::stateText() const
{
    return m_state->text();
}

void ServiceCard::render()
{
    const bool open = m_load.state != QLatin1String("closed") && m_load.state != QLatin1String("full");
    const bool over = m_load.capacity > 0 && m_load.covers >= m_load.capacity;
    // A closed service with nothing booked: "Closed", not "0 / 60 covers".
    const bool closedEmpty = m_load.state == QLatin1String("closed") && m_load.bookings == 0;
    m_covers->setText(closedEmpty ? ReservationFormat::serviceStateLabel(m_load.state)
                                  : ReservationFormat::coversAgainstCapacity(m_load.covers, m_load.capacity));
    m_covers->setStyleSheet(closedEmpty                       ? QStringLiteral("color: #6b7280;")
                            : m_load.covers > m_load.capacity ? QStringLiteral("color: #c92a2a;")
                                                              : QStringLiteral("color: #1f2937;"));
    m_bookings->setText(tr("%n booking(s)", nullptr, m_load.bookings));
    m_bookings->setVisible(!closedEmpty);
    m_bar->setLoad(m_load.covers, m_load.capacity, m_load.state);

    // The state, as a chip: full or closed by the host, or booked up to the
    // capacity while still open.
    QString chip = ReservationFormat::serviceStateLabel(m_load.state);
    QString colors = QStringLiteral("background: #e6f4ea; color: #1a7f37;");
    if (m_load.state == QLatin1String("closed")) {
        colors = QStringLiteral("background: #e9ecef; color: #495057;");
    } else if (m_load.state == QLatin1String("full")) {
        colors = QStringLiteral("background: #fff0c2; color: #7a4f00;");
    } else if (over) {
        chip = tr("Booked up");
        colors = QStringLiteral("background: #ffe0e0; color: #b02020;");
    }
    m_state->setText(chip);
    m_state->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 9px; padding: 1px 9px; font-weight: 600; }").arg(colors));

    m_full->setVisible(open);
    m_close->setVisible(open);
    m_reopen->setVisible(!open);
    // The forecast: the covers to expect, booked or not, so that the host
    // sees how many walk-ins and late bookings to plan for.
    const bool forecast = m_forecast && !m_forecast->closed && m_load.state != QLatin1String("closed");
    if (forecast) {
        const QLocale locale;
        m_forecastLabel->setText(
            tr("Forecast: about %1").arg(ReservationFormat::covers(qRound(m_forecast->total()))));
        QString tip = tr("Footfall forecast: %1.").arg(ForecastView::parts(*m_forecast));
        if (!m_forecast->event.isEmpty())
            tip += QLatin1Char(' ') +
                   tr("%1: ×%2.").arg(m_forecast->event, locale.toString(m_forecast->multiplier, 'f', 2));
        if (!m_forecastBasis.isEmpty())
            tip += QLatin1Char(' ') + m_forecastBasis;
        m_forecastLabel->setToolTip(tip);
    }
    m_forecastLabel->setVisible(forecast);
    m_noteLabel->setText(m_note);
    m_noteLabel->setVisible(!open && !m_note.isEmpty());
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_covers->text() + QStringLiteral(", ") + m_state->text() +
                             (forecast ? QStringLiteral(", ") + m_forecastLabel->text() : QString()));
}

void ServiceCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ServiceCard::retranslateUi()
{
    m_title->setText(ServiceCalendar::serviceLabel(m_service));
    m_full->setText(tr("Full"));
    m_full->setToolTip(tr("Take no more bookings for this service"));
    m_close->setText(tr("Close the service"));
    m_close->setToolTip(tr("The restaurant is closed for this service"));
    m_reopen->setText(tr("Reopen"));
    m_reopen->setToolTip(tr("Take bookings again for this service"));
    render();
}

} // namespace Moulin
