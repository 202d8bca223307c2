#pragma once

#include "reservation/core/bookstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Moulin {

/// One probable duplicate, as the dialog shows it: the flag and both
/// bookings.
struct DuplicatePair
{
    DuplicateFlag flag;
    Booking a;
    Booking b;
};

/// The probable duplicates to settle, each pair side by side: "Same booking
/// — cancel the one from X" (for either side) or "Two different bookings".
/// The dialog only asks; the tab settles through the book and gives the
/// pairs left back (setPairs()), and the dialog closes when none is left.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(QWidget* parent = nullptr);

    void setPairs(const QList<DuplicatePair>& pairs);
    int pairCount() const { return int(m_pairs.size()); }
    /// An error of the last settlement (empty hides it).
    void setError(const QString& text);

    /// The buttons of pair `row` (tests): cancel a, cancel b, distinct.
    QPushButton* cancelButton(int row, bool cancelA) const;
    QPushButton* distinctButton(int row) const;

Q_SIGNALS:
    /// `cancelBookingId` 0: two different bookings.
    void settleRequested(qint64 flagId, qint64 cancelBookingId);

private:
    QWidget* pairWidget(const DuplicatePair& pair, int row);

    QList<DuplicatePair> m_pairs;
    QLabel* m_intro;
    QLabel* m_error;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
};

} // namespace Moulin
