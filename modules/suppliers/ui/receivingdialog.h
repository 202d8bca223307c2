#pragma once

#include "suppliers/core/receiving.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Moulin {

/// Réceptionner…: the lines of an order (or of one of its deliveries) with
/// the ordered and announced quantities and the quantity received,
/// prefilled with what was announced. Keyboard first: ↑/↓ the line, digits
/// type the quantity received (Enter keeps it), Space ticks the line as
/// fully received, M missing, D damaged, S substituted (asks for the
/// substitute), N a note, Delete clears the line's discrepancy, Ctrl+Enter
/// or Enter on a line not being edited validates: the receipt is stored
/// (order and delivery updated) and the dialog closes; Esc cancels.
class ReceivingDialog : public QDialog
{
    Q_OBJECT

public:
    ReceivingDialog(const Receipt& draft, const QString& supplierName, QWidget* parent = nullptr);

    /// The receipt as the user filled it (normalised).
    Receipt receipt() const;
    /// What storing it did (after accept()).
    const ReceiptOutcome& outcome() const { return m_outcome; }
    /// The error shown (validation or storage), empty when none.
    QString errorText() const;
    int currentLine() const;
    /// A received quantity is being typed.
    bool isEditing() const;

    /// Asks for a substitute's name (replaced in tests: no modal dialog).
    std::function<std::optional<QString>(const QString& product)> askSubstitute;
    /// Asks for a line's note (replaced in tests).
    std::function<std::optional<QString>(const QString& product, const QString& current)> askNote;

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillRow(int row);
    void refreshSummary();
    void tick(int row);
    void mark(int row, Discrepancy kind);
    void clearMark(int row);
    void editNote(int row);
    /// Reads the received quantity typed in `row`; false (and says why) when it is not a number.
    bool readRow(int row);

    Receipt m_receipt;
    ReceiptOutcome m_outcome;
    QTableWidget* m_table;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_summary;
    QLabel* m_error;
    bool m_filling = false;
};

} // namespace Moulin
