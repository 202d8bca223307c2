#include "pos/ui/kpicards.h"

#include "pos/core/salesstore.h"
#include "pos/ui/salesformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Moulin {

namespace {

void showDelta(QLabel* label, const SalesDelta& delta)
{
    label->setText(delta.text);
    label->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(delta.color.name()));
}

} // namespace

KpiCard::KpiCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_delta(new QLabel(this))
    , m_before(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCard"));
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("QFrame#kpiCard { background: palette(base); border: 1px solid #dde1e6;"
                                 " border-radius: 8px; }"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.92);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setWeight(QFont::Bold);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delta->setObjectName(QStringLiteral("kpiDelta"));

    QFont smallFont = m_before->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    m_before->setFont(smallFont);
    m_before->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto* valueRow = new QHBoxLayout;
    valueRow->setSpacing(10);
    valueRow->addWidget(m_value, 0, Qt::AlignBaseline);
    valueRow->addWidget(m_delta, 0, Qt::AlignBaseline);
    valueRow->addStretch();

    auto* services = new QGridLayout;
    services->setHorizontalSpacing(10);
    services->setVerticalSpacing(2);
    for (int row = 0; row < 2; ++row) {
        m_serviceName[row] = new QLabel(this);
        m_serviceValue[row] = new QLabel(this);
        m_serviceDelta[row] = new QLabel(this);
        for (QLabel* label : {m_serviceName[row], m_serviceValue[row], m_serviceDelta[row]})
            label->setFont(smallFont);
        m_serviceName[row]->setStyleSheet(QStringLiteral("color: #6b7280;"));
        m_serviceValue[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_serviceDelta[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        services->addWidget(m_serviceName[row], row, 0);
        services->addWidget(m_serviceValue[row], row, 1);
        services->addWidget(m_serviceDelta[row], row, 2);
    }
    services->setColumnStretch(0, 1);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setStyleSheet(QStringLiteral("color: #e5e7eb;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(valueRow);
    layout->addWidget(m_before);
    layout->addSpacing(4);
    layout->addWidget(separator);
    layout->addLayout(services);
}

void KpiCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void KpiCard::setImporting(bool importing)
{
    m_importing = importing;
}

void KpiCard::setFigures(const QString& value, qint64 now, qint64 before, const QString& beforeText)
{
    SalesDelta delta = SalesFormat::delta(now, before);
    if (m_importing) {
        delta.text = tr("importing…");
        delta.color = QColor(0x6b, 0x72, 0x80);
    }
    m_value->setText(value);
    showDelta(m_delta, delta);
    m_before->setText(beforeText);
    setAccessibleName(m_title->text());
    setAccessibleDescription(value + QLatin1Char(' ') + delta.text + QLatin1Char(' ') + beforeText);
    m_delta->setToolTip(m_importing ? tr("The sales history is still being imported from the till: the "
                                         "change against last year will show once it is complete.")
                                    : beforeText);
}

void KpiCard::setService(int row, const QString& name, const QString& value, qint64 now, qint64 before,
                         const QString& noComparison, const QString& hint)
{
    if (row < 0 || row > 1)
        return;
    m_serviceName[row]->setText(name);
    m_serviceValue[row]->setText(value);
    SalesDelta delta = SalesFormat::delta(now, before);
    if (m_importing) {
        delta.text = QStringLiteral("…");
        delta.color = SalesFormat::neutralColor();
    } else if (!noComparison.isEmpty()) {
        delta.text = noComparison;
        delta.color = SalesFormat::neutralColor();
    }
    showDelta(m_serviceDelta[row], delta);
    m_serviceDelta[row]->setToolTip(m_importing ? QString() : hint);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::deltaText() const
{
    return m_delta->text();
}

QString KpiCard::beforeText() const
{
    return m_before->text();
}

QString KpiCard::serviceValueText(int row) const
{
    return row >= 0 && row < 2 ? m_serviceValue[row]->text() : QString();
}

QString KpiCard::serviceDeltaText(int row) const
{
    return row >= 0 && row < 2 ? m_serviceDelta[row]->text() : QString();
}

KpiCards::KpiCards(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiCards"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (int i = 0; i < CardCount; ++i) {
        m_cards[i] = new KpiCard(this);
        layout->addWidget(m_cards[i]);
    }
    retranslateUi();
}

void KpiCards::setKpis(const SalesKpis& now, const SalesKpis& before, const ServiceKpis& services,
                       const ServiceKpis& servicesBefore)
{
    m_now = now;
    m_before = before;
    m_services = services;
    m_servicesBefore = servicesBefore;
    render();
}

void KpiCards::setImporting(bool importing)
{
    m_importing = importing;
    for (KpiCard* card : m_cards)
        card->setImporting(importing);
}

void KpiCards::setComparedUntil(const QTime& until, bool todayOnly)
{
    m_until = until;
    m_todayOnly = until.isValid() && todayOnly;
}

void KpiCards::render()
{
    const QLocale locale;
    const QString until = SalesFormat::timeOfDay(m_until);
    // While last year's sales are still being imported, no figure for them
    // (a "0 €" would read as a real one).
    const auto lastYear = [this, &until](const QString& value) {
        const QString shown = m_importing ? tr("being imported") : value;
        return until.isEmpty() ? tr("Last year: %1").arg(shown)
                               : tr("Last year until %1: %2").arg(until, shown);
    };
    const QString lunch = tr("Lunch");
    const QString dinner = tr("Dinner");
    // Today before 16:00 the dinner has not started: nothing to compare
    // (last year's dinner up to now is none, today's too).
    const bool dinnerNotStarted = m_todayOnly && m_until.hour() < LocalCalendar::kDinnerStartsAtHour;
    const QString notStarted = dinnerNotStarted ? tr("not started") : QString();
    const QString notStartedHint =
        dinnerNotStarted
            ? tr("Dinner starts at %1").arg(SalesFormat::hour(LocalCalendar::kDinnerStartsAtHour))
            : QString();
    const auto dinnerValue = [&](const QString& value) {
        return dinnerNotStarted ? QStringLiteral("—") : value;
    };

    KpiCard* net = m_cards[Net];
    net->setFigures(SalesFormat::moneyRounded(m_now.netCents), m_now.netCents, m_before.netCents,
                    lastYear(SalesFormat::moneyRounded(m_before.netCents)));
    net->setService(0, lunch, SalesFormat::moneyRounded(m_services.lunch.netCents), m_services.lunch.netCents,
                    m_servicesBefore.lunch.netCents);
    net->setService(1, dinner, dinnerValue(SalesFormat::moneyRounded(m_services.dinner.netCents)),
                    m_services.dinner.netCents, m_servicesBefore.dinner.netCents, notStarted, notStartedHint);

    KpiCard* gross = m_cards[Gross];
    gross->setFigures(SalesFormat::moneyRounded(m_now.grossCents), m_now.grossCents, m_before.grossCents,
                      lastYear(SalesFormat::moneyRounded(m_before.grossCents)));
    gross->setService(0, lunch, SalesFormat::moneyRounded(m_services.lunch.grossCents),
                      m_services.lunch.grossCents, m_servicesBefore.lunch.grossCents);
    gross->setService(1, dinner, dinnerValue(SalesFormat::moneyRounded(m_services.dinner.grossCents)),
                      m_services.dinner.grossCents, m_servicesBefore.dinner.grossCents, notStarted,
                      notStartedHint);

    KpiCard* covers = m_cards[Covers];
    covers->setFigures(locale.toString(m_now.covers), m_now.covers, m_before.covers,
                       lastYear(locale.toString(m_before.covers)));
    covers->setService(0, lunch, locale.toString(m_services.lunch.covers), m_services.lunch.covers,
                       m_servicesBefore.lunch.covers);
    covers->setService(1, dinner, dinnerValue(locale.toString(m_services.dinner.covers)),
                       m_services.dinner.covers, m_servicesBefore.dinner.covers, notStarted, notStartedHint);

    KpiCard* ticket = m_cards[AverageTicket];
    ticket->setFigures(SalesFormat::money(m_now.averageTicketCents), m_now.averageTicketCents,
                       m_before.averageTicketCents,
                       lastYear(SalesFormat::money(m_before.averageTicketCents)));
    ticket->setService(0, lunch, SalesFormat::money(m_services.lunch.averageTicketCents),
                       m_services.lunch.averageTicketCents, m_servicesBefore.lunch.averageTicketCents);
    ticket->setService(1, dinner, dinnerValue(SalesFormat::money(m_services.dinner.averageTicketCents)),
                       m_services.dinner.averageTicketCents, m_servicesBefore.dinner.averageTicketCents,
                       notStarted, notStartedHint);
}

void KpiCards::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KpiCards::retranslateUi()
{
    m_cards[Net]->setTitle(tr("Turnover excl. VAT"));
    m_cards[Gross]->setTitle(tr("Turnover incl. VAT"));
    m_cards[Covers]->setTitle(tr("Covers"));
    m_cards[AverageTicket]->setTitle(tr("Average ticket"));
    m_cards[Covers]->setToolTip(tr("Guests served"));
    m_cards[AverageTicket]->setToolTip(tr("Turnover incl. VAT divided by the number of receipts"));
    render();
}

} // namespace Moulin
