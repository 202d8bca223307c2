#pragma once

#include "pos/core/salesrepository.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Moulin {

class QuarantineModel;
class SalesTablePanel;

/// Lines the till sent that could not be booked, with the reason and the
/// data as received. They are left out of every figure until fixed at the
/// source and synchronised again.
class QuarantineView : public QWidget
{
    Q_OBJECT

public:
    explicit QuarantineView(QWidget* parent = nullptr);

    void setRows(const QList<QuarantineRow>& rows);
    /// Sales released by themselves once the reference data they lacked (a
    /// tax rate, an item, a group) arrived; `lastAt` the last one.
    void setReleased(int count, const QDateTime& lastAt);
    QString releasedText() const;
    QuarantineModel* model() const { return m_model; }
    SalesTablePanel* panel() const { return m_panel; }
    /// The detail pane (reason + payload of the selected line).
    QString detailText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDetail();
    void retranslateUi();

    QuarantineModel* m_model;
    SalesTablePanel* m_panel;
    QLabel* m_explanation;
    QLabel* m_released = nullptr;
    int m_releasedCount = 0;
    QDateTime m_releasedAt;
    QPlainTextEdit* m_detail;
};

} // namespace Moulin
