#pragma once

#include <QWidget>

namespace Moulin {

class EmptyStateWidget;

/// The area's main tab in the application window.
class SalesTab : public QWidget
{
    Q_OBJECT

public:
    explicit SalesTab(QWidget* parent = nullptr);

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    EmptyStateWidget* m_emptyState;
};

} // namespace Moulin
