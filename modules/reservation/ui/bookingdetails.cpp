#include "reservation/ui/bookingdetails.h"

#include "common/core/readinterfaces.h"
#include "reservation/tableplan/floorplan.h"
#include "reservation/ui/bookingmodel.h"
#include "reservation/ui/reservationformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Moulin {

BookingDetailsPanel::BookingDetailsPanel(QWidget* parent)
    : QFrame(parent)
    , m_placeholder(new QLabel(this))
    , m_body(new QWidget(this))
    , m_guest(new QLabel(m_body))
    , m_when(new QLabel(m_body))
    , m_status(new QLabel(m_body))
    , m_contact(new QLabel(m_body))
    , m_profile(new QLabel(m_body))
    , m_allergies(new QLabel(m_body))
    , m_requests(new QLabel(m_body))
    , m_zone(new QLabel(m_body))
    , m_proposal(new QLabel(m_body))
    , m_proposalApply(new QPushButton(m_body))
    , m_zoneEdit(new QComboBox(m_body))
    , m_zoneRequired(new QCheckBox(m_body))
    , m_duplicate(new QLabel(m_body))
    , m_historyTitle(new QLabel(m_body))
    , m_historyList(new QListWidget(m_body))
{
    setObjectName(QStringLiteral("bookingDetails"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(
        QStringLiteral("QFrame#bookingDetails { background: palette(base); border: 1px solid #dde1e6;"
                       " border-radius: 8px; }"));
    setMinimumWidth(260);
    setMaximumWidth(340);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6b7280;"));

    QFont guestFont = m_guest->font();
    guestFont.setPointSizeF(guestFont.pointSizeF() * 1.3);
    guestFont.setWeight(QFont::Bold);
    m_guest->setFont(guestFont);
    m_guest->setObjectName(QStringLiteral("detailsGuest"));
    m_guest->setWordWrap(true);
    m_guest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont whenFont = m_when->font();
    whenFont.setWeight(QFont::DemiBold);
    m_when->setFont(whenFont);
    m_when->setWordWrap(true);
    m_contact->setObjectName(QStringLiteral("detailsContact"));
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setObjectName(QStringLiteral("detailsProfile"));
    m_profile->setWordWrap(true);
    m_profile->setStyleSheet(
        QStringLiteral("QLabel { color: #1c3d5a; background: #eef5fb; border: 1px solid #c9dcee;"
                       " border-radius: 5px; padding: 5px 8px; }"));
    m_profile->hide();
    m_allergies->setObjectName(QStringLiteral("detailsAllergies"));
    m_allergies->setWordWrap(true);
    m_allergies->setStyleSheet(
        QStringLiteral("QLabel { color: #c92a2a; font-weight: 700; background: #fff5f5;"
                       " border: 1px solid #ffc9c9; border-radius: 5px; padding: 5px 8px; }"));
    m_requests->setObjectName(QStringLiteral("detailsRequests"));
    m_requests->setWordWrap(true);
    m_zone->setObjectName(QStringLiteral("detailsZone"));
    m_zone->setWordWrap(true);
    m_proposal->setObjectName(QStringLiteral("detailsZoneProposal"));
    m_proposal->setWordWrap(true);
    m_proposal->setStyleSheet(QStringLiteral("color: #7a4f00;"));
    m_proposalApply->setObjectName(QStringLiteral("detailsZoneApply"));
    m_zoneEdit->setObjectName(QStringLiteral("detailsZoneEdit"));
    m_zoneRequired->setObjectName(QStringLiteral("detailsZoneRequired"));
    m_zoneEdit->addItem(QString(), QString());
    for (RoomKind kind : {RoomKind::Salle, RoomKind::Terrasse, RoomKind::SalonPrive})
        m_zoneEdit->addItem(QString(), FloorPlanText::roomKindKey(kind));
    const auto edited = [this] {
        if (m_rendering || !m_booking)
            return;
        const QString zone = m_zoneEdit->currentData().toString();
        Q_EMIT zoneWishChanged(m_booking->id, zone, !zone.isEmpty() && m_zoneRequired->isChecked());
    };
    connect(m_zoneEdit, &QComboBox::currentIndexChanged, this, edited);
    connect(m_zoneRequired, &QCheckBox::toggled, this, edited);
    connect(m_proposalApply, &QPushButton::clicked, this, &BookingDetailsPanel::acceptProposedZone);
    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(
        QStringLiteral("QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid"
                       " #e8c766; border-radius: 5px; padding: 5px 8px; }"));
    QFont sectionFont = m_historyTitle->font();
    sectionFont.setWeight(QFont::DemiBold);
    m_historyTitle->setFont(sectionFont);
    m_historyTitle->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_historyList->setObjectName(QStringLiteral("detailsHistory"));
    m_historyList->setWordWrap(true);
    m_historyList->setFocusPolicy(Qt::NoFocus);
    m_historyList->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyList->setStyleSheet(
        QStringLiteral("QListWidget { border: none; background: transparent; color: #374151; }"
                       "QListWidget::item { padding: 3px 0px; border-bottom: 1px solid #f1f3f5; }"));

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(6);
    bodyLayout->addWidget(m_guest);
    bodyLayout->addWidget(m_when);
    bodyLayout->addWidget(m_status);
    bodyLayout->addWidget(m_contact);
    bodyLayout->addWidget(m_profile);
    bodyLayout->addWidget(m_allergies);
    bodyLayout->addWidget(m_requests);
    bodyLayout->addWidget(m_zone);
    auto* proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposal, 1);
    proposalRow->addWidget(m_proposalApply);
    bodyLayout->addLayout(proposalRow);
    auto* zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneEdit, 1);
    zoneRow->addWidget(m_zoneRequired);
    bodyLayout->addLayout(zoneRow);
    bodyLayout->addWidget(m_duplicate);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(m_historyTitle);
    bodyLayout->addWidget(m_historyList, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    render();
}

void BookingDetailsPanel::setBooking(const std::optional<Booking>& booking, const QStringList& history)
{
    const bool sameGuest =
        booking && m_booking && booking->id == m_booking->id && booking->guestName == m_booking->guestName &&
        booking->guestPhone == m_booking->guestPhone && booking->guestEmail == m_booking->guestEmail;
    m_booking = booking;
    m_history = history;
    if (!sameGuest)
        m_insight.reset();
    render();
    if (!sameGuest)
        lookUpGuest();
}

void BookingDetailsPanel::lookUpGuest()
{
    const quint64 lookup = ++m_lookup;
    const std::shared_ptr<GuestInsightSource> source = ReadInterfaces::get<GuestInsightSource>();
    if (!m_booking || !source)
        return;
    GuestLookup who;
    who.channel = m_booking->channel;
    who.externalId = m_booking->externalId;
    who.name = m_booking->guestName;
    who.email = m_booking->guestEmail;
    who.phone = m_booking->guestPhone;
    auto* watcher = new QFutureWatcher<std::optional<GuestInsight>>(this);
    connect(watcher, &QFutureWatcher<std::optional<GuestInsight>>::finished, this, [this, watcher, lookup] {
        watcher->deleteLater();
        if (lookup != m_lookup)
            return;
        m_insight = watcher->result();
        render();
    });
    watcher->setFuture(QtConcurrent::run([source, who] { return source->insight(who); }));
}

QString BookingDetailsPanel::mergedAllergies(const QString& booking, const GuestInsight* insight)
{
    // The profile's allergies (other visits, other channels) join the booking's.
    QString allergies = booking.trimmed();
    const QString known = insight ? insight->allergies.trimmed() : QString();
    if (!known.isEmpty() && !allergies.contains(known, Qt::CaseInsensitive))
        allergies = allergies.isEmpty() ? tr("%1 (guest profile)").arg(known)
                                        : tr("%1 · guest profile: %2").arg(allergies, known);
    return allergies;
}

QString BookingDetailsPanel::insightText(const GuestInsight& g)
{
    const QLocale locale;
    QStringList profile;
    if (g.vip)
        profile << tr("VIP");
    profile << (g.visits == 0
                    ? tr("First visit")
                    : tr("%n earlier visit(s)", nullptr, g.visits) +
                          (g.lastVisit.isValid()
                               ? tr(", last on %1")
                                     .arg(locale.toString(g.lastVisit, QStringLiteral("d MMMM yyyy")))
                               : QString()));
    if (g.spendCents > 0)
        profile << tr("%1 spent").arg(locale.toCurrencyString(g.spendCents / 100.0, QStringLiteral("€")));
    if (g.noShows > 0)
        profile << tr("%n no-show(s)", nullptr, g.noShows);
    if (g.rewardsToGive > 0)
        profile << tr("%n reward(s) to give", nullptr, g.rewardsToGive);
    if (!g.tags.trimmed().isEmpty())
        profile << g.tags.trimmed();
    QString text = profile.join(QStringLiteral(" · "));
    if (!g.notes.trimmed().isEmpty())
        text += QLatin1Char('\n') + tr("Note: %1").arg(g.notes.trimmed());
    return text;
}

QString BookingDetailsPanel::profileText() const
{
    return m_profile->isHidden() ? QString() : m_profile->text();
}

std::optional<qint64> BookingDetailsPanel::bookingId() const
{
    return m_booking ? std::optional<qint64>(m_booking->id) : std::nullopt;
}

QString BookingDetailsPanel::guestText() const
{
    return m_guest->text();
}

QString BookingDetailsPanel::allergiesText() const
{
    return m_allergies->isHidden() ? QString() : m_allergies->text();
}

QString BookingDetailsPanel::zoneText() const
{
    return m_zone->isHidden() ? QString() : m_zone->text();
}

QString BookingDetailsPanel::proposedZone() const
{
    return m_booking && m_booking->zoneWish.isEmpty() ? proposedZoneWish(m_booking->specialRequests)
                                                      : QString();
}

void BookingDetailsPanel::acceptProposedZone()
{
    const QString zone = proposedZone();
    if (m_booking && !zone.isEmpty())
        Q_EMIT zoneWishChanged(m_booking->id, zone, false);
}

QStringList BookingDetailsPanel::historyLines() const
{
    QStringList lines;
    for (int i = 0; i < m_historyList->count(); ++i)
        lines << m_historyList->item(i)->text();
    return lines;
}

void BookingDetailsPanel::render()
{
    m_placeholder->setText(
        tr("Select a booking to see the guest, their requests and the booking's history."));
    m_historyTitle->setText(tr("History"));
    m_placeholder->setVisible(!m_booking);
    m_body->setVisible(m_booking.has_value());
    if (!m_booking)
        return;
    const Booking& b = *m_booking;
    m_guest->setText(BookingTableModel::guestName(b));
    m_when->setText(tr("%1 at %2 · %3")
                        .arg(ReservationFormat::dayTitle(b.day, b.day), b.localTime,
                             ReservationFormat::covers(b.partySize)));
    const ChipColors status = ReservationFormat::statusColors(b.status);
    const ChipColors channel = ReservationFormat::channelColors(b.channel);
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(
        QStringLiteral(
            "<span style=\"background:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>"
            "&nbsp;&nbsp;<span style=\"background:%4; color:%5; font-weight:600;\">&nbsp;%6&nbsp;</span>")
            .arg(status.background.name(), status.text.name(), bookingStatusLabel(b.status).toHtmlEscaped(),
                 channel.background.name(), channel.text.name(),
                 bookingChannelLabel(b.channel).toHtmlEscaped()));
    QStringList contact;
    if (!b.guestPhone.isEmpty())
        contact << tr("Phone: %1").arg(b.guestPhone);
    if (!b.guestEmail.isEmpty())
        contact << tr("Email: %1").arg(b.guestEmail);
    m_contact->setText(contact.isEmpty() ? tr("No phone or email") : contact.join(QLatin1Char('\n')));
    m_contact->setStyleSheet(contact.isEmpty() ? QStringLiteral("color: #6b7280;") : QString());
    const QString allergies = mergedAllergies(b.allergies, m_insight ? &*m_insight : nullptr);
    m_allergies->setText(tr("⚠ Allergies: %1").arg(allergies));
    m_allergies->setVisible(!allergies.isEmpty());
    if (m_insight)
        m_profile->setText(insightText(*m_insight));
    m_profile->setVisible(m_insight.has_value());
    m_requests->setText(tr("Requests: %1").arg(b.specialRequests));
    m_requests->setVisible(!b.specialRequests.trimmed().isEmpty());
    // The zone wish is the host's; the requests only propose one.
    const auto zoneLabel = [](const QString& key) {
        bool known = false;
        const RoomKind kind = FloorPlanText::roomKindFromKey(key, &known);
        return known ? FloorPlanText::roomKindLabel(kind) : key;
    };
    m_zone->setText(b.zoneRequired ? tr("Zone: %1 (required)").arg(zoneLabel(b.zoneWish))
                                   : tr("Zone wished: %1").arg(zoneLabel(b.zoneWish)));
    m_zone->setVisible(!b.zoneWish.isEmpty());
    const QString proposed = proposedZone();
    m_proposal->setText(tr("The requests mention « %1 »: a zone wish?").arg(zoneLabel(proposed)));
    m_proposalApply->setText(tr("Wish for it"));
    m_proposal->setVisible(!proposed.isEmpty());
    m_proposalApply->setVisible(!proposed.isEmpty());
    m_rendering = true;
    m_zoneEdit->setItemText(0, tr("No zone wish"));
    m_zoneEdit->setItemText(1, FloorPlanText::roomKindLabel(RoomKind::Salle));
    m_zoneEdit->setItemText(2, FloorPlanText::roomKindLabel(RoomKind::Terrasse));
    m_zoneEdit->setItemText(3, FloorPlanText::roomKindLabel(RoomKind::SalonPrive));
    int index = m_zoneEdit->findData(b.zoneWish);
    if (index < 0 && !b.zoneWish.isEmpty()) {
        m_zoneEdit->addItem(b.zoneWish, b.zoneWish);
        index = m_zoneEdit->count() - 1;
    }
    m_zoneEdit->setCurrentIndex(std::max(0, index));
    m_zoneRequired->setText(tr("Required"));
    m_zoneRequired->setChecked(b.zoneRequired);
    m_zoneRequired->setEnabled(!b.zoneWish.isEmpty());
    m_rendering = false;
    m_duplicate->setText(tr("Probable duplicate of a booking from another channel: settle it from the banner "
                            "above the list."));
    m_duplicate->setVisible(b.possibleDuplicate);
    m_historyList->clear();
    for (const QString& line : m_history)
        m_historyList->addItem(line);
    setAccessibleName(m_guest->text());
}

void BookingDetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace Moulin
