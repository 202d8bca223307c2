#include "crm/ui/profileeditor.h"

#include "common/core/database.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Moulin {

namespace {

QString euros(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

/// Who said an allergy, as the restaurant names them.
QString sourceText(const QString& source)
{
    if (source == CrmAllergies::kManager)
        return ProfileEditor::tr("the manager");
    if (source == QLatin1String("website"))
        return ProfileEditor::tr("website");
    if (source == QLatin1String("phone"))
        return ProfileEditor::tr("phone");
    if (source == QLatin1String("walkin"))
        return ProfileEditor::tr("walk-in");
    static const QHash<QString, QString> names{{QStringLiteral("thefork"), QStringLiteral("TheFork")},
                                               {QStringLiteral("opentable"), QStringLiteral("OpenTable")},
                                               {QStringLiteral("resy"), QStringLiteral("Resy")}};
    return names.value(source, source);
}

} // namespace

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_tagsLabel(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_vip(new QCheckBox(this))
    , m_birthdayLabel(new QLabel(this))
    , m_birthday(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_rewardsLabel(new QLabel(this))
    , m_rewards(new QTableWidget(0, 3, this))
    , m_used(new QPushButton(this))
    , m_expired(new QPushButton(this))
    , m_granted(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_allergiesLabel(new QLabel(this))
    , m_allergies(new QListWidget(this))
    , m_allergyInput(new QLineEdit(this))
    , m_addAllergy(new QPushButton(this))
    , m_removeAllergy(new QPushButton(this))
{
    m_allergies->setObjectName(QStringLiteral("profileAllergies"));
    m_allergyInput->setObjectName(QStringLiteral("profileAllergyInput"));
    m_addAllergy->setObjectName(QStringLiteral("addAllergyButton"));
    m_removeAllergy->setObjectName(QStringLiteral("removeAllergyButton"));
    m_allergies->setMaximumHeight(90);
    m_allergies->installEventFilter(this);
    m_allergyInput->setMaxLength(200);
    m_allergiesLabel->setBuddy(m_allergyInput);
    m_notes->setObjectName(QStringLiteral("profileNotes"));
    m_tags->setObjectName(QStringLiteral("profileTags"));
    m_vip->setObjectName(QStringLiteral("profileVip"));
    m_birthday->setObjectName(QStringLiteral("profileBirthday"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_rewards->setObjectName(QStringLiteral("profileRewards"));
    m_used->setObjectName(QStringLiteral("rewardUsedButton"));
    m_expired->setObjectName(QStringLiteral("rewardExpiredButton"));
    m_granted->setObjectName(QStringLiteral("rewardGrantedButton"));
    m_message->setObjectName(QStringLiteral("profileEditorMessage"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_birthday->setMaxLength(10);
    m_birthday->setMaximumWidth(m_birthday->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")) +
                                24);
    m_message->setWordWrap(true);
    m_notesLabel->setBuddy(m_notes);
    m_tagsLabel->setBuddy(m_tags);
    m_birthdayLabel->setBuddy(m_birthday);
    m_rewardsLabel->setBuddy(m_rewards);
    m_rewards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rewards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rewards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rewards->horizontalHeader()->setStretchLastSection(true);
    m_rewards->verticalHeader()->hide();
    m_rewards->setMaximumHeight(140);
    m_rewards->installEventFilter(this);
    m_save->setDefault(false);

    auto* form = new QFormLayout;
    form->addRow(m_notesLabel, m_notes);
    form->addRow(m_tagsLabel, m_tags);
    auto* line = new QHBoxLayout;
    line->addWidget(m_vip);
    line->addSpacing(16);
    line->addWidget(m_birthdayLabel);
    line->addWidget(m_birthday);
    line->addStretch();
    form->addRow(line);
    auto* allergyLine = new QHBoxLayout;
    allergyLine->addWidget(m_allergyInput, 1);
    allergyLine->addWidget(m_addAllergy);
    allergyLine->addWidget(m_removeAllergy);
    auto* allergyBox = new QVBoxLayout;
    allergyBox->addWidget(m_allergies);
    allergyBox->addLayout(allergyLine);
    form->addRow(m_allergiesLabel, allergyBox);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    auto* rewardButtons = new QHBoxLayout;
    rewardButtons->addWidget(m_used);
    rewardButtons->addWidget(m_expired);
    rewardButtons->addWidget(m_granted);
    rewardButtons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    layout->addWidget(m_rewardsLabel);
    layout->addWidget(m_rewards);
    layout->addLayout(rewardButtons);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_tags, &QLineEdit::returnPressed, this, &ProfileEditor::save);
    connect(m_birthday, &QLineEdit::returnPressed, this, &ProfileEditor::save);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ProfileEditor::save);
    connect(m_used, &QPushButton::clicked, this, [this] { setSelectedRewardState(QStringLiteral("used")); });
    connect(m_expired, &QPushButton::clicked, this,
            [this] { setSelectedRewardState(QStringLiteral("expired")); });
    connect(m_granted, &QPushButton::clicked, this,
            [this] { setSelectedRewardState(QStringLiteral("granted")); });
    connect(m_rewards, &QTableWidget::itemSelectionChanged, this, &ProfileEditor::updateRewardButtons);
    connect(m_allergyInput, &QLineEdit::returnPressed, this, &ProfileEditor::addAllergy);
    connect(m_addAllergy, &QPushButton::clicked, this, &ProfileEditor::addAllergy);
    connect(m_removeAllergy, &QPushButton::clicked, this, &ProfileEditor::removeSelectedAllergy);
    connect(m_allergies, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeAllergy->setEnabled(m_id > 0 && row >= 0); });
    setTabOrder(m_birthday, m_allergies);
    setTabOrder(m_allergies, m_allergyInput);
    setTabOrder(m_allergyInput, m_addAllergy);
    setTabOrder(m_addAllergy, m_removeAllergy);
    setTabOrder(m_removeAllergy, m_save);
    retranslateUi();
    setProfile(nullptr);
}

std::optional<QString> ProfileEditor::birthdayFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    static const QRegularExpression form(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})(?:\\s*[/.\\- ]\\s*(\\d{2,4}))?$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int day = m.captured(1).toInt(), month = m.captured(2).toInt();
    // Any leap year: 29/02 is a birthday.
    if (!QDate(2000, month, day).isValid())
        return std::nullopt;
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

QString ProfileEditor::birthdayText(const QString& monthDay)
{
    if (monthDay.size() != 5)
        return QString();
    return monthDay.mid(3, 2) + QLatin1Char('/') + monthDay.left(2);
}

QString ProfileEditor::normaliseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        bool seen = false;
        for (const QString& t : std::as_const(tags))
            seen = seen || t.compare(tag, Qt::CaseInsensitive) == 0;
        if (!tag.isEmpty() && !seen)
            tags << tag;
    }
    return tags.join(QStringLiteral(", "));
}

void ProfileEditor::setProfile(const CrmProfile* p)
{
    // The same profile read again (a sync, a reward marked) keeps the
    // manager's changes not saved yet.
    const bool keep = p && p->summary.id == m_id && isModified();
    m_id = p ? p->summary.id : 0;
    m_name = p ? p->summary.name : QString();
    const bool on = p != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_notes, m_tags, m_vip, m_birthday, m_save, m_rewards,
                                                      m_allergies, m_allergyInput, m_addAllergy})
        w->setEnabled(on);
    m_storedNotes = on ? p->notes : QString();
    m_storedTags = on ? p->tags : QString();
    m_storedVip = on && p->summary.vip;
    m_storedBirthday = on ? p->birthday : QString();
    if (!keep) {
        m_notes->setPlainText(m_storedNotes);
        m_tags->setText(m_storedTags);
        m_vip->setChecked(m_storedVip);
        m_birthday->setText(birthdayText(m_storedBirthday));
        m_allergyInput->clear();
        m_message->clear();
    }
    fillAllergies(on ? p->allergyItems : QList<CrmAllergy>());

    m_rewards->setRowCount(0);
    if (on) {
        const QLocale locale;
        m_rewards->setRowCount(int(p->rewards.size()));
        for (int row = 0; row < p->rewards.size(); ++row) {
            const CrmReward& r = p->rewards[row];
            const QString n = r.milestone.section(QLatin1Char(':'), 1);
            const QString what = r.kind == QLatin1String("visits") ? tr("%1th visit").arg(n)
                                 : r.kind == QLatin1String("spend")
                                     ? tr("%1 spent").arg(euros(n.toLongLong()))
                                     : tr("Birthday %1").arg(n);
            const QString state = r.state == QLatin1String("used")      ? tr("used")
                                  : r.state == QLatin1String("expired") ? tr("expired")
                                                                        : tr("granted");
            auto* item = new QTableWidgetItem(what);
            item->setData(Qt::UserRole, r.id);
            item->setData(Qt::UserRole + 1, r.state);
            m_rewards->setItem(row, 0, item);
            m_rewards->setItem(row, 1, new QTableWidgetItem(state));
            m_rewards->setItem(row, 2,
                               new QTableWidgetItem(
                                   locale.toString(r.grantedAt.toLocalTime().date(), QLocale::ShortFormat)));
        }
    }
    retranslateUi();
    updateRewardButtons();
}

bool ProfileEditor::isModified() const
{
    if (m_id <= 0)
        return false;
    if (!m_allergyInput->text().trimmed().isEmpty())
        return true;
    const std::optional<QString> birthday = birthdayFromText(m_birthday->text());
    return m_notes->toPlainText().trimmed() != m_storedNotes.trimmed() ||
           normaliseTags(m_tags->text()) != normaliseTags(m_storedTags) ||
           m_vip->isChecked() != m_storedVip || !birthday || *birthday != m_storedBirthday;
}

void ProfileEditor::revert()
{
    m_notes->setPlainText(m_storedNotes);
    m_tags->setText(m_storedTags);
    m_vip->setChecked(m_storedVip);
    m_birthday->setText(birthdayText(m_storedBirthday));
    m_allergyInput->clear();
    m_message->clear();
}

void ProfileEditor::fillAllergies(const QList<CrmAllergy>& items)
{
    const QString selected =
        m_allergies->currentItem() ? m_allergies->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_allergies);
    m_allergies->clear();
    const QLocale locale;
    for (const CrmAllergy& a : items) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2, %3")
                .arg(a.text, sourceText(a.source),
                     locale.toString(a.statedAt.toLocalTime().date(), QLocale::ShortFormat)),
            m_allergies);
        item->setData(Qt::UserRole, a.key);
        item->setData(Qt::UserRole + 1, a.text);
        if (a.key == selected)
            m_allergies->setCurrentItem(item);
    }
    m_removeAllergy->setEnabled(m_id > 0 && m_allergies->currentRow() >= 0);
}

bool ProfileEditor::addAllergy()
{
    const QString text = m_allergyInput->text().trimmed();
    if (m_id <= 0)
        return false;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmAllergies().add(db, m_id, text, &error)) {
        showMessage(tr("The allergy was not recorded: %1").arg(error), true);
        m_allergyInput->setFocus();
        return false;
    }
    m_allergyInput->clear();
    Q_EMIT saved(m_id);
    showMessage(tr("Recorded on the profile: %1. The host sees it with the guest's bookings.").arg(text),
                false);
    return true;
}

bool ProfileEditor::removeSelectedAllergy()
{
    const QListWidgetItem* item = m_allergies->currentItem();
    if (m_id <= 0 || !item) {
        showMessage(tr("Select an allergy first."), true);
        return false;
    }
    const QString key = item->data(Qt::UserRole).toString();
    const QString text = item->data(Qt::UserRole + 1).toString();
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmAllergies().remove(db, m_id, key, &error)) {
        showMessage(tr("The allergy was not removed: %1").arg(error), true);
        return false;
    }
    Q_EMIT saved(m_id);
    showMessage(
        tr("%1 removed from the profile. Only a booking made from now on that states it brings it back.")
            .arg(text),
        false);
    return true;
}

bool ProfileEditor::save()
{
    if (m_id <= 0)
        return false;
    // An allergy typed and not added yet is saved with the rest.
    if (!m_allergyInput->text().trimmed().isEmpty() && !addAllergy())
        return false;
    const std::optional<QString> birthday = birthdayFromText(m_birthday->text());
    if (!birthday) {
        showMessage(tr("The birthday \"%1\" is not a day of the year: type it as DD/MM (e.g. 14/05).")
                        .arg(m_birthday->text().trimmed()),
                    true);
        m_birthday->setFocus();
        m_birthday->selectAll();
        return false;
    }
    const QString notes = m_notes->toPlainText().trimmed();
    if (notes.size() > 4000) {
        showMessage(tr("The notes are too long (%1 characters, 4,000 at most).").arg(notes.size()), true);
        m_notes->setFocus();
        return false;
    }
    const QString tags = normaliseTags(m_tags->text());
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmStore().setProfileDetails(db, m_id, notes, tags, m_vip->isChecked(), *birthday, &error)) {
        showMessage(tr("The profile was not saved: %1").arg(error), true);
        return false;
    }
    m_tags->setText(tags);
    m_birthday->setText(birthdayText(*birthday));
    m_storedNotes = notes;
    m_storedTags = tags;
    m_storedVip = m_vip->isChecked();
    m_storedBirthday = *birthday;
    // The page is read again (setProfile() clears the message): said after.
    Q_EMIT saved(m_id);
    showMessage(tr("Profile saved."), false);
    return true;
}

bool ProfileEditor::setSelectedRewardState(const QString& state)
{
    const int row = m_rewards->currentRow();
    if (m_id <= 0 || row < 0 || !m_rewards->item(row, 0)) {
        showMessage(tr("Select a reward first."), true);
        return false;
    }
    const qint64 id = m_rewards->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (m_rewards->item(row, 0)->data(Qt::UserRole + 1).toString() == state)
        return true;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmStore().setRewardState(db, id, state, &error)) {
        showMessage(tr("The reward was not changed: %1").arg(error), true);
        return false;
    }
    const QString what = m_rewards->item(row, 0)->text();
    showMessage(state == QLatin1String("used")      ? tr("%1: marked as used.").arg(what)
                : state == QLatin1String("expired") ? tr("%1: marked as expired.").arg(what)
                                                    : tr("%1: granted again.").arg(what),
                false);
    const QString message = m_message->text();
    Q_EMIT saved(m_id);
    // The page was read again (setProfile()): the message stays, the row too.
    showMessage(message, false);
    for (int r = 0; r < m_rewards->rowCount(); ++r) {
        if (m_rewards->item(r, 0) && m_rewards->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            m_rewards->setCurrentCell(r, 0);
    }
    return true;
}

void ProfileEditor::updateRewardButtons()
{
    const int row = m_rewards->currentRow();
    const QString state = row >= 0 && m_rewards->item(row, 0)
                              ? m_rewards->item(row, 0)->data(Qt::UserRole + 1).toString()
                              : QString();
    m_used->setEnabled(state == QLatin1String("granted"));
    m_expired->setEnabled(state == QLatin1String("granted"));
    m_granted->setEnabled(!state.isEmpty() && state != QLatin1String("granted"));
}

void ProfileEditor::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
    m_message->setText(text);
}

bool ProfileEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_allergies && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            key->modifiers() == Qt::NoModifier) {
            removeSelectedAllergy();
            return true;
        }
    }
    if (watched == m_rewards && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_U:
                setSelectedRewardState(QStringLiteral("used"));
                return true;
            case Qt::Key_X:
                setSelectedRewardState(QStringLiteral("expired"));
                return true;
            case Qt::Key_G:
                setSelectedRewardState(QStringLiteral("granted"));
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    m_title->setText(tr("Manager's notes"));
    m_notesLabel->setText(tr("&Notes"));
    m_notes->setPlaceholderText(tr("Preferred table, occasions, what to remember…"));
    m_tagsLabel->setText(tr("Ta&gs"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. regular, wine lover"));
    m_vip->setText(tr("&VIP"));
    m_birthdayLabel->setText(tr("&Birthday"));
    m_birthday->setPlaceholderText(tr("DD/MM"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the notes, tags, VIP and birthday (Ctrl+S)"));
    m_allergiesLabel->setText(tr("&Allergies and diet"));
    m_allergyInput->setPlaceholderText(tr("Add an allergy or a diet, e.g. peanuts, vegetarian (Enter)"));
    m_addAllergy->setText(tr("Add"));
    m_addAllergy->setToolTip(tr("Record it on the profile: the host sees it with every booking (Enter)"));
    m_removeAllergy->setText(tr("Remove"));
    m_removeAllergy->setToolTip(
        tr("Recorded wrongly: off the profile until a newer booking states it (Del)"));
    m_rewardsLabel->setText(tr("&Rewards"));
    m_rewards->setHorizontalHeaderLabels({tr("Reward"), tr("State"), tr("Granted on")});
    m_used->setText(tr("Mark &used"));
    m_used->setToolTip(tr("The guest used the reward (U)"));
    m_expired->setText(tr("Mark e&xpired"));
    m_expired->setToolTip(tr("The reward expired unused (X)"));
    m_granted->setText(tr("Grant aga&in"));
    m_granted->setToolTip(tr("Back to granted, e.g. marked by mistake (G)"));
}

} // namespace Moulin
