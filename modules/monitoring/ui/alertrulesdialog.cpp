#include "monitoring/ui/alertrulesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Moulin {

AlertRulesDialog::AlertRulesDialog(const AlertRules& rules, QWidget* parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("&Raise alerts about the connections")))
    , m_noSuccess(new QCheckBox(tr("No successful synchronisation for")))
    , m_noSuccessMinutes(new QSpinBox)
    , m_errorRate(new QCheckBox(tr("Failed requests over the last hour above")))
    , m_errorRatePercent(new QSpinBox)
    , m_minRequests(new QSpinBox)
    , m_breakerOpen(new QCheckBox(tr("The circuit breaker opens (the provider keeps failing)")))
    , m_signInNeeded(new QCheckBox(tr("The provider refuses the credentials (sign in again)")))
{
    setWindowTitle(tr("Connection alerts"));
    setObjectName(QStringLiteral("alertRulesDialog"));

    m_noSuccessMinutes->setObjectName(QStringLiteral("noSuccessMinutes"));
    m_noSuccessMinutes->setRange(5, 10080);
    m_noSuccessMinutes->setSingleStep(15);
    m_noSuccessMinutes->setSuffix(tr(" min"));
    m_errorRatePercent->setObjectName(QStringLiteral("errorRatePercent"));
    m_errorRatePercent->setRange(1, 100);
    m_errorRatePercent->setSuffix(QStringLiteral("\u00a0%"));
    m_minRequests->setObjectName(QStringLiteral("minRequests"));
    m_minRequests->setRange(1, 100000);

    m_noSuccess->setChecked(rules.noSuccessMinutes > 0);
    m_noSuccessMinutes->setValue(rules.noSuccessMinutes > 0 ? rules.noSuccessMinutes : 60);
    m_errorRate->setChecked(rules.errorRatePercent > 0);
    m_errorRatePercent->setValue(rules.errorRatePercent > 0 ? rules.errorRatePercent : 25);
    m_minRequests->setValue(std::max(1, rules.minRequests));
    m_breakerOpen->setChecked(rules.breakerOpen);
    m_signInNeeded->setChecked(rules.signInNeeded);
    m_enabled->setChecked(rules.enabled);

    auto* noSuccessRow = new QHBoxLayout;
    noSuccessRow->addWidget(m_noSuccess);
    noSuccessRow->addWidget(m_noSuccessMinutes);
    noSuccessRow->addStretch();
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorRate);
    errorRow->addWidget(m_errorRatePercent);
    errorRow->addStretch();
    auto* minRow = new QHBoxLayout;
    minRow->setContentsMargins(24, 0, 0, 0);
    auto* minLabel = new QLabel(tr("counted from"));
    auto* minAfter = new QLabel(tr("requests in the hour"));
    minRow->addWidget(minLabel);
    minRow->addWidget(m_minRequests);
    minRow->addWidget(minAfter);
    minRow->addStretch();

    auto* explanation =
        new QLabel(tr("An alert shows at the top of the Integrations tab and in the status bar "
                      "as soon as it is raised."));
    explanation->setWordWrap(true);
    explanation->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addSpacing(6);
    layout->addLayout(noSuccessRow);
    layout->addLayout(errorRow);
    layout->addLayout(minRow);
    layout->addWidget(m_breakerOpen);
    layout->addWidget(m_signInNeeded);
    layout->addSpacing(6);
    layout->addWidget(explanation);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox* box : {m_enabled, m_noSuccess, m_errorRate})
        connect(box, &QCheckBox::toggled, this, &AlertRulesDialog::updateEnabled);
    updateEnabled();
}

AlertRules AlertRulesDialog::rules() const
{
    AlertRules r;
    r.enabled = m_enabled->isChecked();
    r.noSuccessMinutes = m_noSuccess->isChecked() ? m_noSuccessMinutes->value() : 0;
    r.errorRatePercent = m_errorRate->isChecked() ? m_errorRatePercent->value() : 0;
    r.minRequests = m_minRequests->value();
    r.breakerOpen = m_breakerOpen->isChecked();
    r.signInNeeded = m_signInNeeded->isChecked();
    return r;
}

void AlertRulesDialog::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_noSuccess, m_errorRate, m_breakerOpen, m_signInNeeded})
        w->setEnabled(on);
    m_noSuccessMinutes->setEnabled(on && m_noSuccess->isChecked());
    m_errorRatePercent->setEnabled(on && m_errorRate->isChecked());
    m_minRequests->setEnabled(on && m_errorRate->isChecked());
}

} // namespace Moulin
