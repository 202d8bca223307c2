#pragma once

#include "pos/ui/salesdatasource.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Moulin {

class ReceiptsModel;
class SalesTablePanel;

/// The receipts behind a chart element (drill-down), with what they were
/// filtered on, their count and total, and CSV export.
class ReceiptsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptsView(QWidget* parent = nullptr);

    void setReceipts(const ReceiptFilter& filter, const QList<ReceiptRow>& receipts);
    /// The receipts of `filter` are being read: empties the table meanwhile.
    void setLoading(const ReceiptFilter& filter);
    bool isLoading() const { return m_loading; }
    const ReceiptFilter& filter() const { return m_filter; }
    ReceiptsModel* model() const { return m_model; }
    SalesTablePanel* panel() const { return m_panel; }

Q_SIGNALS:
    /// "Show all receipts of the period".
    void clearFilterRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ReceiptFilter m_filter;
    bool m_loading = false;
    ReceiptsModel* m_model;
    SalesTablePanel* m_panel;
    QLabel* m_heading;
    QLabel* m_summary;
    QPushButton* m_clear;
};

} // namespace Moulin
