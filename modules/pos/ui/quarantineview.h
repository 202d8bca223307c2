#pragma once

#include "pos/core/salesrepository.h"

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
    QPlainTextEdit* m_detail;
};

} // namespace Moulin
