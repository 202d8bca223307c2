#include "suppliers/ui/supplierstab.h"

#include "common/ui/emptystatewidget.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Moulin {

SuppliersTab::SuppliersTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &SuppliersTab::settingsRequested);
    retranslateUi();
}

void SuppliersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SuppliersTab::retranslateUi()
{
    m_emptyState->setState({tr("No supplier connected"),
                            tr("Add Metro, Transgourmet, Pomona or a local supplier in Settings to see "
                               "catalogues, suggested orders and deliveries."),
                            tr("Add a supplier…")});
}

} // namespace Moulin
