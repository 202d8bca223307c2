#pragma once

#include "common/ui/settingssection.h"
#include "reservation/tableplan/servicerules.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Moulin {

/// Paramètres ▸ Service en salle: the capacity rules every seating is held
/// to (CapacityRules, keys under `reservation/`): how long a party keeps its
/// table by its size (`2:90, 4:105, 6:135`), the reset time between two
/// parties, the pacing per service (covers seated per quarter hour, 0: no
/// limit), the zones closed (« terrasse ») and whether a booking that
/// arrives or changes is placed at once (the automatic assignment, off by
/// default). Checked on OK, then saved;
/// saved() tells the Service tab to read them again.
class CapacityRulesPage : public SettingsSection
{
    Q_OBJECT

public:
    explicit CapacityRulesPage(QWidget* parent = nullptr);
    ~CapacityRulesPage() override;

    bool validate(QString* error) override;
    void apply() override;

    /// The rules as entered; nullopt (and `error`) when they cannot be saved.
    std::optional<CapacityRules> rules(QString* error = nullptr) const;

    QLineEdit* turnTimesEdit() const { return m_turnTimes; }
    QSpinBox* resetBox() const { return m_reset; }
    QSpinBox* pacingBox(int service) const { return m_pacing[service == 0 ? 0 : 1]; }
    QLineEdit* closedZonesEdit() const { return m_zones; }
    /// The automatic assignment when a booking arrives (ServiceAutoAssign; off by default).
    QCheckBox* autoAssignBox() const { return m_autoAssign; }
    QString errorText() const;

Q_SIGNALS:
    /// The rules were written to the settings.
    void saved();

private:
    QLineEdit* m_turnTimes;
    QSpinBox* m_reset;
    QSpinBox* m_pacing[2];
    QLineEdit* m_zones;
    QCheckBox* m_autoAssign;
    QLabel* m_error;
};

} // namespace Moulin
