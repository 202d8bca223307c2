#include "pos/ui/salestablepanel.h"

#include "pos/ui/csvexport.h"
#include "pos/ui/salesmodels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Moulin {

SalesTablePanel::SalesTablePanel(QAbstractItemModel* model, const QString& exportName, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_export(new QPushButton(this))
    , m_header(new QHBoxLayout)
    , m_exportName(exportName)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SalesRole::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setStyleSheet(QStringLiteral(
        "QTableView { border: 1px solid #dde1e6; border-radius: 6px; background: palette(base);"
        " alternate-background-color: #f7f8fa; selection-background-color: #dbe4ff; selection-color: "
        "#1f2937; }"
        "QTableView::item { border: 0px; padding-left: 8px; padding-right: 8px; }"
        "QHeaderView::section { background: palette(base); border: none; border-bottom: 1px solid #dde1e6;"
        " padding: 5px 8px; font-weight: 600; color: #4b5563; }"));

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    m_title->setFont(titleFont);
    m_title->hide();
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    m_search->hide();
    m_export->setObjectName(QStringLiteral("exportCsv"));

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addStretch();
    m_header->addWidget(m_search);
    m_header->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_header);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_export, &QPushButton::clicked, this,
            [this] { CsvExport::exportWithDialog(this, m_proxy, m_exportName); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!(m_view->model()->flags(index) & Qt::ItemIsEditable))
            Q_EMIT rowActivated(sourceRow(index));
    });
    retranslateUi();
}

void SalesTablePanel::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_view->setAccessibleName(title);
}

void SalesTablePanel::setSearchVisible(bool visible)
{
    m_search->setVisible(visible);
}

void SalesTablePanel::setColumnsFit(int stretchColumn)
{
    const bool first = m_fitStretch < 0;
    m_fitStretch = stretchColumn;
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto apply = [this] {
        if (m_fitStretch >= 0 && m_fitStretch < m_view->horizontalHeader()->count())
            m_view->horizontalHeader()->setSectionResizeMode(m_fitStretch, QHeaderView::Stretch);
    };
    apply();
    if (first) {
        // Section modes do not survive a reset of the model's columns.
        connect(m_proxy, &QAbstractItemModel::modelReset, this, apply);
        connect(m_proxy, &QAbstractItemModel::columnsInserted, this, apply);
    }
}

void SalesTablePanel::addLeadingWidget(QWidget* widget)
{
    m_header->insertWidget(0, widget);
}

void SalesTablePanel::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(m_header->indexOf(m_search), widget);
}

bool SalesTablePanel::exportCsv(const QString& path, QString* error) const
{
    return CsvExport::writeFile(path, m_proxy, error);
}

void SalesTablePanel::setEmptyMessage(const QString& message)
{
    if (!m_empty) {
        m_empty = new QLabel(m_view->viewport());
        m_empty->setObjectName(QStringLiteral("tableEmptyMessage"));
        m_empty->setAlignment(Qt::AlignCenter);
        m_empty->setWordWrap(true);
        m_empty->setStyleSheet(QStringLiteral("color: #6b7280; background: transparent;"));
        m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_view->viewport()->installEventFilter(this);
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &SalesTablePanel::updateEmptyMessage);
        connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SalesTablePanel::updateEmptyMessage);
        connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SalesTablePanel::updateEmptyMessage);
        connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SalesTablePanel::updateEmptyMessage);
    }
    m_empty->setText(message);
    updateEmptyMessage();
}

QString SalesTablePanel::shownEmptyMessage() const
{
    return m_empty && !m_empty->isHidden() ? m_empty->text() : QString();
}

void SalesTablePanel::updateEmptyMessage()
{
    if (!m_empty)
        return;
    m_empty->setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
    m_empty->setVisible(!m_empty->text().isEmpty() && m_proxy->rowCount() == 0);
}

bool SalesTablePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (m_empty && watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateEmptyMessage();
    return QWidget::eventFilter(watched, event);
}

int SalesTablePanel::sourceRow(const QModelIndex& viewIndex) const
{
    return viewIndex.isValid() ? m_proxy->mapToSource(viewIndex).row() : -1;
}

void SalesTablePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesTablePanel::retranslateUi()
{
    m_export->setText(tr("Export as CSV…"));
    m_export->setToolTip(tr("Save this table as a spreadsheet file (rows as shown)"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search the table"));
}

} // namespace Moulin
