#include "monitoring/ui/integrationstab.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/ui/emptystatewidget.h"
#include "monitoring/ui/alertrulesdialog.h"
#include "monitoring/ui/connectiondetail.h"
#include "monitoring/ui/connectionstatusmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_alertRules(new QPushButton)
    , m_alertBanner(new QLabel)
    , m_unroutedWebhooks(new QLabel)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_detail(new ConnectionDetail)
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
    buttons->addWidget(m_alertRules);
    buttons->addWidget(m_settings);

    m_alertBanner->setObjectName(QStringLiteral("alertBanner"));
    m_alertBanner->setWordWrap(true);
    m_alertBanner->setTextFormat(Qt::RichText);
    m_alertBanner->setStyleSheet(QStringLiteral("QLabel { background: #fef3f2; border: 1px solid #fecdca; "
                                                "border-radius: 6px; padding: 8px 12px; color: #912018; }"));
    m_alertBanner->hide();

    auto* tablePart = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    m_unroutedWebhooks->setObjectName(QStringLiteral("unroutedWebhooks"));
    m_unroutedWebhooks->setWordWrap(true);
    m_unroutedWebhooks->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_unroutedWebhooks->hide();
    tableLayout->addWidget(m_unroutedWebhooks);
    m_splitter->addWidget(tablePart);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto* listPage = new QWidget;
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_alertBanner);
    listLayout->addWidget(m_splitter, 1);

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
        updateSelectionActions();
        updateDetail();
    });
    connect(m_alertRules, &QPushButton::clicked, this, &IntegrationsTab::editAlertRules);
    m_syncSelected->setEnabled(false);
    m_authorize->setEnabled(false);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(2000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &IntegrationsTab::refreshNow);
    m_minuteTimer.setInterval(60'000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &IntegrationsTab::refreshNow);

    retranslateUi();
    setStatuses({});
}

void IntegrationsTab::setStatuses(const QList<ConnectionStatus>& statuses)
{
    QString selected = selectedConnector();
    m_statuses = statuses;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setStatuses(statuses);
        m_stack->setCurrentIndex(statuses.isEmpty() ? 0 : 1);
        if (selected.isEmpty() && !statuses.isEmpty())
            selected = statuses.constFirst().connectorId; // the detail shows something at once
        selectConnector(selected);
    }
    // Every connection in sight (up to eight; the table scrolls past that),
    // the chart below taking the rest.
    const int rows = std::min(int(statuses.size()), 8);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              std::max(1, rows) * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    updateSelectionActions();
    if (statuses.isEmpty()) {
        m_minuteTimer.stop();
        refreshNow();
        return;
    }
    if (!m_minuteTimer.isActive())
        m_minuteTimer.start();
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void IntegrationsTab::setSignInNeeded(const QStringList& connectorIds)
{
    if (connectorIds == m_signInNeeded)
        return;
    m_signInNeeded = connectorIds;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void IntegrationsTab::selectConnector(const QString& connectorId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ConnectionStatusModel::ConnectorIdRole).toString() == connectorId)
            m_table->selectRow(row);
    }
}

void IntegrationsTab::updateSelectionActions()
{
    const QString id = selectedConnector();
    bool pushOnly = false;
    for (const ConnectionStatus& status : std::as_const(m_statuses)) {
        if (status.connectorId == id)
            pushOnly = status.pushOnly;
    }
    // A push connection (webhooks only) has nothing to fetch: its events
    // arrive by themselves.
    m_syncSelected->setEnabled(!id.isEmpty() && !pushOnly);
    m_syncSelected->setToolTip(pushOnly ? tr("This connection pushes its events to Moulin as they happen: "
                                             "there is nothing to synchronise.")
                                        : tr("Fetch what changed at the selected provider now"));
    // Nor anything to sign in to: the provider signs what it sends (its
    // secret is in the connection's settings).
    m_authorize->setEnabled(!id.isEmpty() && !pushOnly);
    m_authorize->setToolTip(pushOnly ? tr("This connection receives signed webhooks: there is no "
                                          "account to sign in to.")
                                     : tr("Sign in to the selected provider in your browser"));
}

QDateTime IntegrationsTab::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void IntegrationsTab::refreshNow()
{
    m_refreshTimer.stop();
    evaluateAlerts(); // the tab's badge and the status bar need them even when hidden
    if (isVisible()) {
        updateDetail(); // showEvent() catches up
        updateUnroutedWebhooks();
    }
}

void IntegrationsTab::updateUnroutedWebhooks()
{
    const QSqlDatabase db = Database::connection();
    const QDateTime to = now().toUTC();
    const QList<OperationRow> refused =
        db.isValid() ? ConnectionMetricsReader::webhookDeliveries(
                           db, ConnectionMetricsReader::unroutedWebhooks(), to.addSecs(-24 * 3600), 200)
                     : QList<OperationRow>();
    m_unroutedWebhooks->setVisible(!refused.isEmpty());
    if (refused.isEmpty()) {
        m_unroutedWebhooks->clear();
        return;
    }
    const OperationRow& last = refused.first();
    QString reason = last.error;
    if (reason.startsWith(QLatin1String("Http: ")))
        reason = reason.mid(6);
    m_unroutedWebhooks->setText(
        tr("%n webhook(s) refused in the last 24 hours at an address no connection declares; the last at %1: "
           "%2 %3 (%4) — %5",
           nullptr, int(refused.size()))
            .arg(QLocale().toString(last.at.toTimeZone(QTimeZone::systemTimeZone()).time(),
                                    QStringLiteral("HH:mm")),
                 last.method, last.path)
            .arg(last.status)
            .arg(reason));
}

void IntegrationsTab::evaluateAlerts()
{
    const AlertRules rules = AlertRules::load(*AppPaths::settings()); // the settings file may change
    QHash<QString, ConnectionMetrics> lastHour;
    const QSqlDatabase db = Database::connection();
    const QDateTime to = now();
    if (rules.enabled && rules.errorRatePercent > 0 && db.isValid()) {
        for (const ConnectionStatus& status : std::as_const(m_statuses)) {
            if (status.state != ConnectionState::NotConfigured &&
                status.state != ConnectionState::Unsupported)
                lastHour.insert(status.connectorId, ConnectionMetricsReader::requestCounts(
                                                        db, status.connectorId, to.addSecs(-3600), to));
        }
    }
    m_alerts = Moulin::evaluateAlerts(m_statuses, lastHour, m_signInNeeded, rules, to);

    QSet<QString> keys;
    QStringList lines;
    for (const ConnectionAlert& alert : std::as_const(m_alerts)) {
        const QString key = alert.connectorId + QLatin1Char('/') + QString::number(int(alert.kind));
        keys.insert(key);
        if (!m_activeAlertKeys.contains(key))
            Q_EMIT alertRaised(alert.message);
        lines << alert.message.toHtmlEscaped();
    }
    const bool changed = keys != m_activeAlertKeys;
    m_activeAlertKeys = keys;
    m_alertBanner->setText(lines.isEmpty()
                               ? QString()
                               : QStringLiteral("<b>%1</b><br>%2")
                                     .arg(tr("Alerts").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    m_alertBanner->setVisible(!lines.isEmpty());
    if (changed)
        Q_EMIT alertsChanged(int(m_alerts.size()));
}

void IntegrationsTab::updateDetail()
{
    const QString id = selectedConnector();
    const QSqlDatabase db = Database::connection();
    for (const ConnectionStatus& status : std::as_const(m_statuses)) {
        if (status.connectorId == id && db.isValid()) {
            m_detail->showConnection(status, db, now());
            return;
        }
    }
    m_detail->clear();
}

void IntegrationsTab::editAlertRules()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    AlertRulesDialog dialog(AlertRules::load(*settings), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.rules().save(*settings);
    settings->sync();
    refreshNow();
}

void IntegrationsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_statuses.isEmpty())
        refreshNow();
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
    m_syncSelected->setText(tr("&Sync selected"));
    updateSelectionActions();
    m_syncAll->setText(tr("Sync &all now"));
    m_settings->setText(tr("S&ettings…"));
    m_alertRules->setText(tr("A&lerts…"));
    m_alertRules->setToolTip(tr("When to raise an alert about a connection"));
}

} // namespace Moulin
