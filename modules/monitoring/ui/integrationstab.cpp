#include "monitoring/ui/integrationstab.h"

#include "common/ui/emptystatewidget.h"
#include "monitoring/ui/connectionstatusmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Moulin {

IntegrationsTab::IntegrationsTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget)
    , m_stack(new QStackedWidget(this))
    , m_heading(new QLabel)
    , m_table(new QTableView)
    , m_model(new ConnectionStatusModel(this))
    , m_syncSelected(new QPushButton)
    , m_authorize(new QPushButton)
    , m_syncAll(new QPushButton)
    , m_settings(new QPushButton)
{
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConnectionStatusModel::LastError, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_heading);
    buttons->addStretch();
    buttons->addWidget(m_authorize);
    buttons->addWidget(m_syncSelected);
    buttons->addWidget(m_syncAll);
    buttons->addWidget(m_settings);

    auto* listPage = new QWidget;
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(listPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &IntegrationsTab::settingsRequested);
    connect(m_settings, &QPushButton::clicked, this, &IntegrationsTab::settingsRequested);
    connect(m_syncAll, &QPushButton::clicked, this, [this] { Q_EMIT syncNowRequested(QString()); });
    connect(m_syncSelected, &QPushButton::clicked, this, [this] {
        const QString id = selectedConnector();
        if (!id.isEmpty())
            Q_EMIT syncNowRequested(id);
    });
    connect(m_authorize, &QPushButton::clicked, this, [this] {
        const QString id = selectedConnector();
        if (!id.isEmpty())
            Q_EMIT authorizeRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_syncSelected->setEnabled(!selectedConnector().isEmpty());
        m_authorize->setEnabled(!selectedConnector().isEmpty());
    });
    m_syncSelected->setEnabled(false);
    m_authorize->setEnabled(false);

    retranslateUi();
    setStatuses({});
}

void IntegrationsTab::setStatuses(const QList<ConnectionStatus>& statuses)
{
    const QString selected = selectedConnector();
    m_model->setStatuses(statuses);
    m_stack->setCurrentIndex(statuses.isEmpty() ? 0 : 1);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ConnectionStatusModel::ConnectorIdRole).toString() == selected)
            m_table->selectRow(row);
    }
    m_syncSelected->setEnabled(!selectedConnector().isEmpty());
    m_authorize->setEnabled(!selectedConnector().isEmpty());
}

QString IntegrationsTab::selectedConnector() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.constFirst().data(ConnectionStatusModel::ConnectorIdRole).toString();
}

void IntegrationsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IntegrationsTab::retranslateUi()
{
    m_emptyState->setState(
        {tr("No connection configured"),
         tr("Every connector you configure appears here with its status, last sync and error history."),
         tr("Configure a connection…")});
    m_heading->setText(tr("Connections"));
    m_authorize->setText(tr("Sign &in…"));
    m_authorize->setToolTip(tr("Sign in to the selected provider in your browser"));
    m_syncSelected->setText(tr("&Sync selected"));
    m_syncAll->setText(tr("Sync &all now"));
    m_settings->setText(tr("S&ettings…"));
}

} // namespace Moulin
