#pragma once

#include <QDate>
#include <QDateTime>
#include <QFrame>
#include <QTime>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Moulin {

/// What the host typed for a new booking (checked: name, party, time).
struct NewBookingEntry
{
    QDate day;
    QTime time;
    QString name;
    QString phone;
    int partySize = 0;
    QString notes;
    QString allergies;
    bool walkIn = false; ///< at the door: arrived now
    QString zoneWish;    ///< the floor plan's zone wished ("terrasse"); empty: none
    bool zoneRequired = false;
};

/// The inline form of a booking taken by phone or at the door, keyboard
/// first: name, phone, party, time, requests, allergies, "at the door";
/// Enter saves, Esc
/// closes. What is wrong is named in the form, next to the field.
class NewBookingForm : public QFrame
{
    Q_OBJECT

public:
    explicit NewBookingForm(QWidget* parent = nullptr);

    /// Empties the form for `day`, with `defaultTime` in the time field, and
    /// puts the cursor in the name. `nowLocal` is what "at the door" uses.
    void start(const QDate& day, const QTime& defaultTime, const QDateTime& nowLocal);
    /// Another day for the booking being typed (what was typed stays).
    void setDay(const QDate& day);
    QDate day() const { return m_day; }
    /// Checks the fields; on success fills `entry`. Otherwise names the
    /// first wrong field, focuses it, and returns false.
    bool validate(NewBookingEntry* entry);
    /// An error of the book (e.g. the database) under the fields.
    void setError(const QString& text);
    QString errorText() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* partyEdit() const { return m_party; }
    QLineEdit* timeEdit() const { return m_time; }
    QLineEdit* notesEdit() const { return m_notes; }
    QLineEdit* allergiesEdit() const { return m_allergies; }
    QCheckBox* walkInBox() const { return m_walkIn; }
    /// The zone wished (no wish, salle, terrasse, salon privé) and whether it is required.
    QComboBox* zoneBox() const { return m_zone; }
    QCheckBox* zoneRequiredBox() const { return m_zoneRequired; }

Q_SIGNALS:
    /// Enter or the save button: the tab validates and stores.
    void submitRequested();
    /// Esc or the cancel button.
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void markInvalid(QLineEdit* field, bool invalid);
    void onWalkInToggled(bool on);
    void retranslateUi();

    QDate m_day;
    QTime m_defaultTime;
    QDateTime m_nowLocal;
    bool m_timeEdited = false;
    QLabel* m_title;
    QLabel* m_nameLabel;
    QLabel* m_phoneLabel;
    QLabel* m_partyLabel;
    QLabel* m_timeLabel;
    QLabel* m_notesLabel;
    QLabel* m_allergiesLabel;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_party;
    QLineEdit* m_time;
    QLineEdit* m_notes;
    QLineEdit* m_allergies;
    QCheckBox* m_walkIn;
    QLabel* m_zoneLabel;
    QComboBox* m_zone;
    QCheckBox* m_zoneRequired;
    QPushButton* m_save;
    QToolButton* m_cancel;
    QLabel* m_error;
};

} // namespace Moulin
