#include "reservation/ui/reservationstab.h"

#include "common/ui/emptystatewidget.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Moulin {

ReservationsTab::ReservationsTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &ReservationsTab::settingsRequested);
    retranslateUi();
}

void ReservationsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReservationsTab::retranslateUi()
{
    m_emptyState->setState({tr("No reservations yet"),
                            tr("Connect TheFork, OpenTable, Resy or your own booking site in Settings to "
                               "manage one table plan."),
                            tr("Connect a platform…")});
}

} // namespace Moulin
