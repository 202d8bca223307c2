#include "scheduling/ui/rosterstab.h"

#include "common/ui/emptystatewidget.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Moulin {

RostersTab::RostersTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &RostersTab::settingsRequested);
    retranslateUi();
}

void RostersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RostersTab::retranslateUi()
{
    m_emptyState->setState({tr("No roster yet"),
                            tr("Rosters are generated from reservations, sales history and special events "
                               "once those are connected."),
                            tr("Open settings…")});
}

} // namespace Moulin
