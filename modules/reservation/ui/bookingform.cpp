#include "reservation/ui/bookingform.h"

#include "reservation/tableplan/floorplan.h"
#include "reservation/ui/reservationformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Moulin {

NewBookingForm::NewBookingForm(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_phoneLabel(new QLabel(this))
    , m_partyLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_allergiesLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_party(new QLineEdit(this))
    , m_time(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_allergies(new QLineEdit(this))
    , m_walkIn(new QCheckBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_zoneRequired(new QCheckBox(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QToolButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newBookingForm"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral(
        "QFrame#newBookingForm { background: #f5f7ff; border: 1px solid #c5d0fa; border-left: 4px solid "
        "#3b5bdb;"
        " border-radius: 6px; }"
        "QLineEdit { padding: 4px 6px; border: 1px solid #ced4da; border-radius: 4px; background: white; }"
        "QLineEdit:focus { border-color: #3b5bdb; }"
        "QLineEdit[invalid=\"true\"] { border: 2px solid #c92a2a; background: #fff5f5; }"
        "QPushButton#saveBooking { background: #3b5bdb; color: white; border: none; border-radius: 5px;"
        " padding: 5px 14px; font-weight: 600; }"
        "QPushButton#saveBooking:focus { background: #2f4ac0; }"
        "QToolButton { border: none; padding: 5px 8px; color: #4b5563; }"));

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_name->setObjectName(QStringLiteral("bookingName"));
    m_phone->setObjectName(QStringLiteral("bookingPhone"));
    m_party->setObjectName(QStringLiteral("bookingParty"));
    m_time->setObjectName(QStringLiteral("bookingTime"));
    m_notes->setObjectName(QStringLiteral("bookingNotes"));
    m_allergies->setObjectName(QStringLiteral("bookingAllergies"));
    m_walkIn->setObjectName(QStringLiteral("bookingWalkIn"));
    m_zone->setObjectName(QStringLiteral("bookingZone"));
    m_zoneRequired->setObjectName(QStringLiteral("bookingZoneRequired"));
    m_zone->addItem(QString(), QString());
    for (RoomKind kind : {RoomKind::Salle, RoomKind::Terrasse, RoomKind::SalonPrive})
        m_zone->addItem(FloorPlanText::roomKindLabel(kind), FloorPlanText::roomKindKey(kind));
    m_zoneRequired->setEnabled(false);
    m_save->setObjectName(QStringLiteral("saveBooking"));
    m_cancel->setObjectName(QStringLiteral("cancelBooking"));
    m_error->setObjectName(QStringLiteral("bookingFormError"));
    m_error->setStyleSheet(QStringLiteral("color: #c92a2a; font-weight: 600;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_save->setAutoDefault(false);
    m_party->setMaxLength(4);
    m_time->setMaxLength(5);
    const int digit = m_party->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_party->setFixedWidth(digit * 5 + 20);
    m_time->setFixedWidth(digit * 6 + 24);
    m_name->setMinimumWidth(digit * 16);
    m_phone->setMinimumWidth(digit * 14);
    m_notes->setMinimumWidth(digit * 16);

    // Two rows: who, how many and when; then what the kitchen must know.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const auto place = [grid](QLabel* label, QLineEdit* edit, int row, int column, int span) {
        label->setBuddy(edit);
        label->setStyleSheet(QStringLiteral("color: #4b5563;"));
        grid->addWidget(label, row, column, 1, span);
        grid->addWidget(edit, row + 1, column, 1, span);
    };
    place(m_nameLabel, m_name, 0, 0, 1);
    place(m_phoneLabel, m_phone, 0, 1, 1);
    place(m_partyLabel, m_party, 0, 2, 1);
    place(m_timeLabel, m_time, 0, 3, 1);
    place(m_notesLabel, m_notes, 2, 0, 1);
    place(m_allergiesLabel, m_allergies, 2, 1, 1);
    m_zoneLabel->setBuddy(m_zone);
    m_zoneLabel->setStyleSheet(QStringLiteral("color: #4b5563;"));
    grid->addWidget(m_zoneLabel, 2, 2, 1, 2);
    auto* zoneRow = new QHBoxLayout;
    zoneRow->setSpacing(6);
    zoneRow->addWidget(m_zone);
    zoneRow->addWidget(m_zoneRequired);
    grid->addLayout(zoneRow, 3, 2, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnMinimumWidth(4, 12);
    grid->addWidget(m_walkIn, 1, 5);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    grid->addLayout(buttons, 3, 5);
    m_allergies->setStyleSheet(QStringLiteral("QLineEdit { color: #c92a2a; font-weight: 600; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_error);

    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_party);
    setTabOrder(m_party, m_time);
    setTabOrder(m_time, m_notes);
    setTabOrder(m_notes, m_allergies);
    setTabOrder(m_allergies, m_zone);
    setTabOrder(m_zone, m_zoneRequired);
    setTabOrder(m_zoneRequired, m_walkIn);
    setTabOrder(m_walkIn, m_save);
    setTabOrder(m_save, m_cancel);

    connect(m_save, &QPushButton::clicked, this, &NewBookingForm::submitRequested);
    connect(m_cancel, &QToolButton::clicked, this, &NewBookingForm::cancelled);
    connect(m_time, &QLineEdit::textEdited, this, [this] { m_timeEdited = true; });
    connect(m_walkIn, &QCheckBox::toggled, this, &NewBookingForm::onWalkInToggled);
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_zoneRequired->setEnabled(index > 0);
        if (index <= 0)
            m_zoneRequired->setChecked(false);
    });
    for (QLineEdit* edit : {m_name, m_party, m_time})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markInvalid(edit, false); });
    retranslateUi();
}

void NewBookingForm::start(const QDate& day, const QTime& defaultTime, const QDateTime& nowLocal)
{
    m_day = day;
    m_defaultTime = defaultTime;
    m_nowLocal = nowLocal;
    m_timeEdited = false;
    for (QLineEdit* edit : {m_name, m_phone, m_notes, m_allergies})
        edit->clear();
    m_party->setText(QStringLiteral("2"));
    m_time->setText(ReservationFormat::time(defaultTime));
    {
        const QSignalBlocker block(m_walkIn);
        m_walkIn->setChecked(false);
    }
    m_zone->setCurrentIndex(0);
    m_zoneRequired->setChecked(false);
    for (QLineEdit* edit : {m_name, m_party, m_time})
        markInvalid(edit, false);
    setError(QString());
    retranslateUi();
    show();
    m_name->setFocus(Qt::ShortcutFocusReason);
}

void NewBookingForm::setDay(const QDate& day)
{
    m_day = day;
    retranslateUi();
}

bool NewBookingForm::validate(NewBookingEntry* entry)
{
    for (QLineEdit* edit : {m_name, m_party, m_time})
        markInvalid(edit, false);
    const auto refuse = [this](QLineEdit* field, const QString& why) {
        markInvalid(field, true);
        setError(why);
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
        return false;
    };
    const QString name = m_name->text().simplified();
    if (name.isEmpty() && !m_walkIn->isChecked())
        return refuse(m_name, tr("Name: required for a booking by phone."));
    bool ok = false;
    const int party = m_party->text().trimmed().toInt(&ok);
    if (!ok || party <= 0)
        return refuse(m_party, tr("Covers: must be a positive number (e.g. 4)."));
    if (party > 500)
        return refuse(m_party, tr("Covers: %1 is not plausible.").arg(party));
    if (m_time->text().trimmed().isEmpty())
        return refuse(m_time, tr("Time: required (e.g. 20:30)."));
    const QTime time = ReservationFormat::parseTime(m_time->text());
    if (!time.isValid())
        return refuse(m_time,
                      tr("Time: « %1 » is not a time (e.g. 20:30 or 20h30).").arg(m_time->text().trimmed()));
    setError(QString());
    entry->day = m_day;
    entry->time = time;
    entry->name = name;
    entry->phone = m_phone->text().trimmed();
    entry->partySize = party;
    entry->notes = m_notes->text().trimmed();
    entry->allergies = m_allergies->text().trimmed();
    entry->walkIn = m_walkIn->isChecked();
    entry->zoneWish = m_zone->currentData().toString();
    entry->zoneRequired = !entry->zoneWish.isEmpty() && m_zoneRequired->isChecked();
    return true;
}

void NewBookingForm::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString NewBookingForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewBookingForm::markInvalid(QLineEdit* field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void NewBookingForm::onWalkInToggled(bool on)
{
    // At the door the guests are here now: the time follows, unless the host
    // typed one.
    if (m_timeEdited)
        return;
    if (on && m_nowLocal.isValid() && m_nowLocal.date() == m_day)
        m_time->setText(ReservationFormat::time(QTime(m_nowLocal.time().hour(), m_nowLocal.time().minute())));
    else
        m_time->setText(ReservationFormat::time(m_defaultTime));
    markInvalid(m_name, false);
}

void NewBookingForm::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            Q_EMIT submitRequested();
            return;
        }
        break;
    case Qt::Key_Escape:
        Q_EMIT cancelled();
        return;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

void NewBookingForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void NewBookingForm::retranslateUi()
{
    m_title->setText(m_day.isValid() ? tr("New booking for %1").arg(ReservationFormat::dayTitle(m_day, m_day))
                                     : tr("New booking"));
    m_nameLabel->setText(tr("&Name"));
    m_phoneLabel->setText(tr("&Phone"));
    m_partyLabel->setText(tr("C&overs"));
    m_timeLabel->setText(tr("&Time"));
    m_notesLabel->setText(tr("&Requests"));
    m_allergiesLabel->setText(tr("A&llergies"));
    m_name->setPlaceholderText(tr("Guest's name"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_time->setPlaceholderText(tr("20:30"));
    m_notes->setPlaceholderText(tr("Birthday, high chair, terrace…"));
    m_allergies->setPlaceholderText(tr("Peanuts, gluten…"));
    m_walkIn->setText(tr("At the &door"));
    m_zoneLabel->setText(tr("&Zone"));
    m_zone->setItemText(0, tr("No wish"));
    m_zone->setItemText(1, FloorPlanText::roomKindLabel(RoomKind::Salle));
    m_zone->setItemText(2, FloorPlanText::roomKindLabel(RoomKind::Terrasse));
    m_zone->setItemText(3, FloorPlanText::roomKindLabel(RoomKind::SalonPrive));
    m_zone->setToolTip(tr("The part of the floor plan the guests asked for: the table plan seats them there "
                          "when it can"));
    m_zoneRequired->setText(tr("Required"));
    m_zoneRequired->setToolTip(tr("Seat them in this zone or not at all (else: a preference)"));
    m_walkIn->setToolTip(tr("The guests are here without a booking: recorded as a walk-in, arrived now"));
    m_save->setText(tr("Save (Enter)"));
    m_cancel->setText(tr("Cancel (Esc)"));
}

} // namespace Moulin
