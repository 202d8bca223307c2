#include "crm/ui/customerstab.h"

#include "common/ui/emptystatewidget.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Moulin {

CustomersTab::CustomersTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &CustomersTab::settingsRequested);
    retranslateUi();
}

void CustomersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomersTab::retranslateUi()
{
    m_emptyState->setState({tr("No guest profiles yet"),
                            tr("Guest profiles are built from reservations and receipts. Connect a "
                               "reservation platform or Brevo in Settings."),
                            tr("Open settings…")});
}

} // namespace Moulin
