#include "pos/ui/quarantineview.h"

#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salestablepanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Moulin {

QuarantineView::QuarantineView(QWidget* parent)
    : QWidget(parent)
    , m_model(new QuarantineModel(this))
    , m_panel(new SalesTablePanel(m_model, QStringLiteral("quarantine"), this))
    , m_explanation(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("quarantineView"));
    m_panel->view()->setObjectName(QStringLiteral("quarantineTable"));
    m_panel->setSearchVisible(true);
    m_panel->view()->sortByColumn(QuarantineModel::At, Qt::DescendingOrder);
    m_panel->view()->horizontalHeader()->resizeSection(QuarantineModel::At, 140);
    m_panel->view()->horizontalHeader()->resizeSection(QuarantineModel::Receipt, 120);
    m_panel->view()->horizontalHeader()->resizeSection(QuarantineModel::Reason, 300);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_detail->setObjectName(QStringLiteral("quarantineDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setStyleSheet(QStringLiteral(
        "QPlainTextEdit { border: 1px solid #dde1e6; border-radius: 6px; background: #fafbfc; }"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_panel);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    m_released = new QLabel(this);
    m_released->setObjectName(QStringLiteral("quarantineReleased"));
    m_released->setWordWrap(true);
    m_released->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    m_released->hide();
    layout->addWidget(m_released);
    layout->addWidget(splitter, 1);

    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuarantineView::showDetail);
    retranslateUi();
}

void QuarantineView::setRows(const QList<QuarantineRow>& rows)
{
    m_model->setRows(rows);
    if (!rows.isEmpty() && !m_panel->view()->currentIndex().isValid())
        m_panel->view()->setCurrentIndex(m_panel->proxy()->index(0, 0));
    showDetail();
}

void QuarantineView::setReleased(int count, const QDateTime& lastAt)
{
    m_releasedCount = count;
    m_releasedAt = lastAt;
    retranslateUi();
}

QString QuarantineView::releasedText() const
{
    return m_released->isHidden() ? QString() : m_released->text();
}

QString QuarantineView::detailText() const
{
    return m_detail->toPlainText();
}

void QuarantineView::showDetail()
{
    const int row = m_panel->sourceRow(m_panel->view()->currentIndex());
    // Nothing in quarantine: said in the empty table, the detail pane hidden.
    m_detail->setVisible(!m_model->rows().isEmpty());
    if (row < 0 || row >= m_model->rows().size()) {
        m_detail->clear();
        return;
    }
    const QuarantineRow& r = m_model->rows().at(row);
    QString payload = r.payload;
    const QJsonDocument json = QJsonDocument::fromJson(r.payload.toUtf8());
    if (!json.isNull())
        payload = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    m_detail->setPlainText(tr("Receipt %1, received %2").arg(r.receiptId, SalesFormat::dateTime(r.at)) +
                           QStringLiteral("\n") + tr("Reason: %1").arg(r.reason) + QStringLiteral("\n\n") +
                           payload);
}

void QuarantineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuarantineView::retranslateUi()
{
    m_explanation->setText(
        tr("Lines sent by the till that could not be booked. They are left out of every figure "
           "until corrected on the till; the next synchronisation then brings them in."));
    m_panel->setExportName(tr("quarantine"));
    m_detail->setAccessibleName(tr("Selected line"));
    m_panel->setEmptyMessage(tr("Nothing in quarantine: every line was booked."));
    if (m_releasedCount > 0) {
        QString text = tr("%n sale(s) released automatically once the data they lacked (a tax rate, an item) "
                          "came from the till: they are now in every figure.",
                          nullptr, m_releasedCount);
        if (m_releasedAt.isValid())
            text += QLatin1Char(' ') + tr("Last release: %1.").arg(SalesFormat::dateTime(m_releasedAt));
        m_released->setText(text);
        m_released->show();
    } else {
        m_released->hide();
    }
    showDetail();
}

} // namespace Moulin
