#include "pos/ui/receiptsview.h"

#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salestablepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Moulin {

ReceiptsView::ReceiptsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReceiptsModel(this))
    , m_panel(new SalesTablePanel(m_model, QStringLiteral("tickets"), this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("receiptsView"));
    m_panel->view()->setObjectName(QStringLiteral("receiptsTable"));
    m_panel->setSearchVisible(true);
    // Rows come newest first; show that order without sorting 100,000 rows
    // (the proxy only sorts once the user clicks a column).
    QHeaderView* header = m_panel->view()->horizontalHeader();
    header->blockSignals(true);
    header->setSortIndicator(ReceiptsModel::ClosedAt, Qt::DescendingOrder);
    header->blockSignals(false);
    m_panel->view()->horizontalHeader()->resizeSection(ReceiptsModel::ClosedAt, 150);
    // The till's receipt numbers ("20261206-0042") in full.
    m_panel->view()->horizontalHeader()->resizeSection(
        ReceiptsModel::Receipt,
        m_panel->view()->fontMetrics().horizontalAdvance(QStringLiteral("20261206-00000")) + 24);
    m_clear->setObjectName(QStringLiteral("clearReceiptFilter"));
    m_clear->hide();

    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("receiptFilterLabel"));
    m_summary->setStyleSheet(QStringLiteral("color: #6b7280;"));

    m_panel->addLeadingWidget(m_summary);
    m_panel->addLeadingWidget(m_heading);
    m_panel->addHeaderWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);

    connect(m_clear, &QPushButton::clicked, this, &ReceiptsView::clearFilterRequested);
    retranslateUi();
}

void ReceiptsView::setReceipts(const ReceiptFilter& filter, const QList<ReceiptRow>& receipts)
{
    m_filter = filter;
    m_loading = false;
    // Newest first, as the repository gives them oldest first: the view
    // then needs no sort until the user picks another column.
    QList<ReceiptRow> newestFirst(receipts.crbegin(), receipts.crend());
    m_model->setReceipts(newestFirst);
    retranslateUi();
}

void ReceiptsView::setLoading(const ReceiptFilter& filter)
{
    m_filter = filter;
    m_loading = true;
    m_model->setReceipts({});
    retranslateUi();
}

void ReceiptsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReceiptsView::retranslateUi()
{
    const bool filtered = !m_filter.label.isEmpty(); // a drill-down, not the whole period
    const QString period = SalesFormat::period(m_filter.period);
    m_heading->setText(m_filter.label.isEmpty() ? tr("Receipts of %1").arg(period)
                                                : tr("Receipts: %1").arg(m_filter.label));
    qint64 total = 0;
    for (const ReceiptRow& r : m_model->receipts())
        total += r.grossCents;
    const int count = int(m_model->receipts().size());
    QString summary = m_loading
                          ? tr("Loading…")
                          : tr("%n receipt(s), %1 incl. VAT", nullptr, count).arg(SalesFormat::money(total));
    if (!m_filter.label.isEmpty() && !period.isEmpty() && !m_filter.label.contains(period))
        summary = period + QStringLiteral(" · ") + summary;
    m_summary->setText(summary);
    m_clear->setText(tr("Show all receipts of the period"));
    m_clear->setVisible(filtered);
    m_panel->setExportName(tr("receipts"));
}

} // namespace Moulin
