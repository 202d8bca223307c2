#include "monitoring/ui/integrationstab.h"

#include "common/ui/emptystatewidget.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Moulin {

IntegrationsTab::IntegrationsTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &IntegrationsTab::settingsRequested);
    retranslateUi();
}

void IntegrationsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IntegrationsTab::retranslateUi()
{
    m_emptyState->setState(
        {tr("No connection configured"),
         tr("Every connector you configure appears here with its status, last sync and error history."),
         tr("Configure a connection…")});
}

} // namespace Moulin
