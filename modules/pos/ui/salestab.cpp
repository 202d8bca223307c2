#include "pos/ui/salestab.h"

#include "common/ui/emptystatewidget.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Moulin {

SalesTab::SalesTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &SalesTab::settingsRequested);
    retranslateUi();
}

void SalesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesTab::retranslateUi()
{
    m_emptyState->setState(
        {tr("No sales yet"),
         tr("Connect the Lightspeed till in Settings to see turnover, covers and average ticket here."),
         tr("Connect the till…")});
}

} // namespace Moulin
