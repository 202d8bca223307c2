#pragma once

// The manager's part of a guest profile, under the profile page of the
// Clients tab: notes, tags (a comma list), VIP, birthday (DD/MM) and the
// rewards' states (granted → used or expired, or back to granted). Keyboard
// first: Tab through the fields, Ctrl+S (or Enter in a line) saves, U / X / G
// on a reward mark it used, expired, granted. Saved through CrmStore on the
// GUI thread's connection (a short write); the outcome is said in the line
// below the buttons (errors in red, nothing stored on a bad input).
// Allergies and diet: the bookings' items with the manager's, each with its
// source and date; the manager adds one (the line, Enter) or removes one
// recorded wrongly (Del on it), stored at once (crmallergies.h) as the
// rewards' states are. The notes, tags, VIP and birthday wait for Save:
// isModified() says whether they (or an allergy typed and not added) differ
// from what is stored; the Clients tab asks before dropping them.

#include "crm/core/crmstore.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Moulin {

class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    /// Shows `profile`'s fields (nullptr: none, everything disabled).
    void setProfile(const CrmProfile* profile);
    qint64 profileId() const { return m_id; }

    /// Saves the fields; false (the reason shown) on a bad input or a
    /// database error.
    bool save();
    /// Sets the selected reward's state ("used", "expired", "granted").
    bool setSelectedRewardState(const QString& state);
    /// Records the allergies typed in the allergy line on the profile.
    bool addAllergy();
    /// Removes the selected allergy from the profile (recorded wrongly).
    bool removeSelectedAllergy();

    /// The fields differ from what is stored (or an allergy is typed and not added).
    bool isModified() const;
    /// The fields as stored again (the changes dropped).
    void revert();
    /// The profile's name (for a question about its changes).
    QString profileName() const { return m_name; }

    /// "05-14" from "14/05", "14/5", "14/05/1980" or "" (nullopt: not a day
    /// of the year).
    static std::optional<QString> birthdayFromText(const QString& text);
    /// "14/05" from "05-14".
    static QString birthdayText(const QString& monthDay);
    /// "a, b" from " a,b , a ,, " (trimmed, no empty or repeated tag).
    static QString normaliseTags(const QString& text);

Q_SIGNALS:
    /// Something was stored: the profile page and the list read it again.
    void saved(qint64 profileId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void showMessage(const QString& text, bool error);
    void updateRewardButtons();
    void fillAllergies(const QList<CrmAllergy>& items);

    qint64 m_id = 0;
    QString m_name;
    // What is stored (what isModified() compares the fields with).
    QString m_storedNotes;
    QString m_storedTags;
    bool m_storedVip = false;
    QString m_storedBirthday;
    QLabel* m_title;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_tagsLabel;
    QLineEdit* m_tags;
    QCheckBox* m_vip;
    QLabel* m_birthdayLabel;
    QLineEdit* m_birthday;
    QPushButton* m_save;
    QLabel* m_rewardsLabel;
    QTableWidget* m_rewards;
    QPushButton* m_used;
    QPushButton* m_expired;
    QPushButton* m_granted;
    QLabel* m_message;
    QLabel* m_allergiesLabel;
    QListWidget* m_allergies;
    QLineEdit* m_allergyInput;
    QPushButton* m_addAllergy;
    QPushButton* m_removeAllergy;
};

} // namespace Moulin
