#include "common/ui/emptystatewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Moulin {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_action(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    // A column of bounded width, centred: word-wrapped labels only get their
    // height-for-width when the layout stretches them, so no per-item
    // alignment flags here.
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_explanation);
    columnLayout->addSpacing(16);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_action);
    buttonRow->addStretch();
    columnLayout->addLayout(buttonRow);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionRequested);
}

void EmptyStateWidget::setState(const EmptyState& state)
{
    m_title->setText(state.title);
    m_explanation->setText(state.explanation);
    m_action->setText(state.actionLabel);
    m_action->setVisible(!state.actionLabel.isEmpty());
}

} // namespace Moulin
