#include "reservation/ui/duplicatesdialog.h"

#include "reservation/ui/bookingmodel.h"
#include "reservation/ui/reservationformat.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Moulin {

namespace {

QString bookingCard(const Booking& b)
{
    const ChipColors channel = ReservationFormat::channelColors(b.channel);
    const ChipColors status = ReservationFormat::statusColors(b.status);
    QString html =
        QStringLiteral("<span style=\"background:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>"
                       "&nbsp;<span style=\"background:%4; color:%5;\">&nbsp;%6&nbsp;</span>")
            .arg(channel.background.name(), channel.text.name(),
                 bookingChannelLabel(b.channel).toHtmlEscaped(), status.background.name(), status.text.name(),
                 bookingStatusLabel(b.status).toHtmlEscaped());
    html += QStringLiteral("<div style=\"font-size:large; font-weight:bold; margin-top:6px;\">%1</div>")
                .arg(BookingTableModel::guestName(b).toHtmlEscaped());
    html += QStringLiteral("<div>%1</div>")
                .arg(DuplicatesDialog::tr("%1 at %2 · %3")
                         .arg(ReservationFormat::shortDay(b.day), b.localTime,
                              ReservationFormat::covers(b.partySize))
                         .toHtmlEscaped());
    if (!b.guestPhone.isEmpty())
        html += QStringLiteral("<div>%1</div>").arg(b.guestPhone.toHtmlEscaped());
    if (!b.guestEmail.isEmpty())
        html += QStringLiteral("<div style=\"color:#6b7280;\">%1</div>").arg(b.guestEmail.toHtmlEscaped());
    if (!b.allergies.isEmpty())
        html += QStringLiteral("<div style=\"color:#c92a2a; font-weight:bold;\">⚠ %1</div>")
                    .arg(b.allergies.toHtmlEscaped());
    if (!b.specialRequests.isEmpty())
        html +=
            QStringLiteral("<div style=\"color:#4b5563;\">%1</div>").arg(b.specialRequests.toHtmlEscaped());
    return html;
}

} // namespace

DuplicatesDialog::DuplicatesDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Probable duplicates"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("These bookings come from different channels but look like the same guest at the same "
           "service. Keep one, or say they are two different bookings."));
    m_error->setObjectName(QStringLiteral("duplicatesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c92a2a; font-weight: 600;"));
    m_error->hide();
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(10);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(780, 460);
}

void DuplicatesDialog::setPairs(const QList<DuplicatePair>& pairs)
{
    m_pairs = pairs;
    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Maybe the button being clicked: deleted once its signal is over,
            // out of the dialog meanwhile.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    for (int row = 0; row < m_pairs.size(); ++row)
        m_listLayout->addWidget(pairWidget(m_pairs.at(row), row));
    m_listLayout->addStretch();
    setWindowTitle(tr("%n probable duplicate(s)", nullptr, int(m_pairs.size())));
    // The first choice ready for the keyboard.
    if (QPushButton* first = distinctButton(0))
        first->setFocus();
}

void DuplicatesDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QPushButton* DuplicatesDialog::cancelButton(int row, bool cancelA) const
{
    return m_list->findChild<QPushButton*>(QStringLiteral("cancel%1_%2").arg(cancelA ? u'A' : u'B').arg(row));
}

QPushButton* DuplicatesDialog::distinctButton(int row) const
{
    return m_list->findChild<QPushButton*>(QStringLiteral("distinct_%1").arg(row));
}

QWidget* DuplicatesDialog::pairWidget(const DuplicatePair& pair, int row)
{
    auto* frame = new QFrame(m_list);
    frame->setObjectName(QStringLiteral("duplicatePair"));
    frame->setAttribute(Qt::WA_StyledBackground, true);
    frame->setStyleSheet(QStringLiteral("QFrame#duplicatePair { background: palette(base); border: 1px solid"
                                        " #e8c766; border-radius: 8px; }"));
    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);

    auto* reason = new QLabel(frame);
    reason->setStyleSheet(QStringLiteral("color: #7a4f00; font-weight: 600;"));
    reason->setText(pair.flag.reason == QLatin1String("same_phone") ? tr("Same phone number, same service")
                                                                    : tr("Same name, same service"));
    grid->addWidget(reason, 0, 0, 1, 2);

    const Booking* sides[2] = {&pair.a, &pair.b};
    for (int side = 0; side < 2; ++side) {
        const Booking& b = *sides[side];
        auto* card = new QLabel(frame);
        card->setTextFormat(Qt::RichText);
        card->setWordWrap(true);
        card->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        card->setText(bookingCard(b));
        grid->addWidget(card, 1, side);
        auto* cancel = new QPushButton(
            tr("Same booking — cancel the one from %1").arg(bookingChannelLabel(b.channel)), frame);
        cancel->setObjectName(QStringLiteral("cancel%1_%2").arg(side == 0 ? u'A' : u'B').arg(row));
        cancel->setAutoDefault(false);
        const qint64 flagId = pair.flag.id;
        const qint64 bookingId = b.id;
        connect(cancel, &QPushButton::clicked, this,
                [this, flagId, bookingId] { Q_EMIT settleRequested(flagId, bookingId); });
        grid->addWidget(cancel, 2, side);
    }
    auto* distinct = new QPushButton(tr("Two different bookings"), frame);
    distinct->setObjectName(QStringLiteral("distinct_%1").arg(row));
    distinct->setAutoDefault(false);
    const qint64 flagId = pair.flag.id;
    connect(distinct, &QPushButton::clicked, this, [this, flagId] { Q_EMIT settleRequested(flagId, 0); });
    grid->addWidget(distinct, 3, 0, 1, 2, Qt::AlignHCenter);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return frame;
}

} // namespace Moulin
