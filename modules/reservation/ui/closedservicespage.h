#pragma once

#include "common/ui/settingssection.h"
#include "reservation/core/booking.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Moulin {

/// Paramètres ▸ Jours de fermeture: the services the restaurant does not
/// serve (`reservation/closed_services`, OpeningSchedule), as a box per
/// weekday and service (midi / soir, ticked: closed) and a list of days of
/// the year (25 December). Checked on OK (a day that is not one, every
/// service of the week closed), then saved in the setting's own syntax
/// (`mon, sun-dinner, 12-25`); saved() tells the Réservations tab to read
/// it again.
class ClosedServicesPage : public SettingsSection
{
    Q_OBJECT

public:
    explicit ClosedServicesPage(QWidget* parent = nullptr);
    ~ClosedServicesPage() override;

    bool validate(QString* error) override;
    void apply() override;

    /// What is entered, the day typed but not added yet included; nullopt
    /// (and `error`) when it cannot be saved.
    std::optional<OpeningSchedule> schedule(QString* error = nullptr) const;

    /// A day of the year as typed: "25/12" (day / month) or "12-25" (the
    /// setting's MM-DD); month * 100 + day, or nullopt.
    static std::optional<int> parseDay(const QString& text);

    /// The box of `service` (0 lunch, 1 dinner) on `weekday` (1 Monday … 7 Sunday).
    QCheckBox* closedBox(int weekday, int service) const;
    QLineEdit* dayEdit() const { return m_dayEdit; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QListWidget* dayList() const { return m_days; }
    QString errorText() const;

Q_SIGNALS:
    /// The schedule was written to the settings.
    void saved();

private:
    void addDay();
    void insertDay(int monthDay);
    void showError(const QString& message, QWidget* field);

    QCheckBox* m_closed[8][2] = {};
    QListWidget* m_days;
    QLineEdit* m_dayEdit;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_note;
    QLabel* m_error;
};

} // namespace Moulin
