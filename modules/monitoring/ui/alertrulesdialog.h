#pragma once

#include "monitoring/core/connectionmetrics.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace Moulin {

/// Intégrations ▸ Alertes… : when the dashboard raises an alert about a
/// connection. The caller saves rules() when the dialog is accepted.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertRulesDialog(const AlertRules& rules, QWidget* parent = nullptr);

    AlertRules rules() const;

private:
    void updateEnabled();

    QCheckBox* m_enabled;
    QCheckBox* m_noSuccess;
    QSpinBox* m_noSuccessMinutes;
    QCheckBox* m_errorRate;
    QSpinBox* m_errorRatePercent;
    QSpinBox* m_minRequests;
    QCheckBox* m_breakerOpen;
    QCheckBox* m_signInNeeded;
};

} // namespace Moulin
