#pragma once

#include "common/core/emptystate.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Moulin {

/// Centered panel shown by a tab that has nothing to display yet, with the
/// button that leads the user to the fix (usually the settings dialog).
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setState(const EmptyState& state);

Q_SIGNALS:
    void actionRequested();

private:
    QLabel* m_title;
    QLabel* m_explanation;
    QPushButton* m_action;
};

} // namespace Moulin
