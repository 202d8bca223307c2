#pragma once

#include "scheduling/core/roster.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Moulin {

class RosterDocument;

/// Edits by hand the staff needed for one role over one day, quarter hour by
/// quarter hour: the covers expected to be served (the covers forecast), the
/// minimum and the need as computed, and the values the manager sets. A
/// selection of slots takes a value at once; "Follow the forecast" gives the
/// computed values back. Saved through the document (the edits are kept in
/// the local database and win over the forecast until reset).
class NeedsEditor : public QDialog
{
    Q_OBJECT

public:
    NeedsEditor(RosterDocument* document, const QString& role, const QDate& day, QWidget* parent = nullptr);

    /// The need as edited in the table (every slot of the day).
    DayNeed need() const;
    /// The rows shown: the first and last slot (DayNeed slots).
    int firstSlot() const { return m_first; }
    int lastSlot() const { return m_last; }
    QTableWidget* table() const { return m_table; }

    /// Sets the selected rows' minimum and need (the need at least the minimum).
    void applyToSelection(int minimum, int target);
    /// Gives the selected rows (all when none is selected) their computed values back.
    void resetSelection();

    void accept() override;

private:
    enum Column
    {
        TimeColumn,
        CoversColumn,
        ComputedColumn,
        MinimumColumn,
        TargetColumn,
        ColumnCount
    };
    void fill();
    void markRow(int row);
    QList<int> selectedRows() const;

    RosterDocument* m_document;
    QString m_role;
    QDate m_day;
    DayNeed m_computed;
    DayNeed m_edited;
    int m_first = 0;
    int m_last = 0;
    QLabel* m_intro;
    QTableWidget* m_table;
    QSpinBox* m_minimum;
    QSpinBox* m_target;
    QPushButton* m_apply;
    QPushButton* m_reset;
    QDialogButtonBox* m_buttons;
    bool m_filling = false;
};

} // namespace Moulin
