#include "suppliers/ui/supplierstab.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/ui/emptystatewidget.h"
#include "suppliers/ui/cataloguepage.h"
#include "suppliers/ui/supplieroverviewpage.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Moulin {

SuppliersTab::SuppliersTab(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_emptyState(new EmptyStateWidget)
    , m_pages(new QTabWidget)
    , m_overview(new SupplierOverviewPage)
    , m_catalogue(new CataloguePage)
{
    m_pages->setObjectName(QStringLiteral("suppliersPages"));
    m_pages->setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("suppliersOverview"));
    m_catalogue->setObjectName(QStringLiteral("suppliersCatalogue"));
    m_pages->addTab(m_overview, QString());
    m_pages->addTab(m_catalogue, QString());
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_pages);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SuppliersTab::reload);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &SuppliersTab::settingsRequested);
    connect(m_catalogue, &CataloguePage::historyRequested, this, &SuppliersTab::loadHistory);
    connect(m_catalogue, &CataloguePage::alertPercentChanged, this, [this](const Decimal& percent) {
        PriceAlertSetting::save(percent);
        reload();
    });
    connect(m_overview, &SupplierOverviewPage::alertsRequested, this, [this] {
        m_pages->setCurrentWidget(m_catalogue);
        m_catalogue->showList(0);
    });
    connect(m_overview, &SupplierOverviewPage::catalogueRequested, this, [this](const QString& supplierId) {
        const int i = m_catalogue->supplierFilter()->findData(supplierId);
        if (i >= 0)
            m_catalogue->supplierFilter()->setCurrentIndex(i);
        m_pages->setCurrentWidget(m_catalogue);
        m_catalogue->searchField()->setFocus();
    });
    retranslateUi();
    updateEmptyState();
}

SuppliersTab::~SuppliersTab() = default;

void SuppliersTab::addPage(QWidget* page, std::function<QString()> title)
{
    if (!page)
        return;
    m_extraPages.append({page, title});
    m_pages->addTab(page, title ? title() : QString());
}

void SuppliersTab::setConnections(const QList<SupplierConnection>& connections)
{
    if (connections == m_connections)
        return;
    const bool added = connections.size() != m_connections.size();
    m_connections = connections;
    m_overview->setConnections(connections);
    updateEmptyState();
    if (added)
        scheduleReload();
}

void SuppliersTab::setClock(std::function<QDateTime()> now)
{
    m_now = now;
    m_overview->setClock(now);
    m_catalogue->setClock(now);
}

bool SuppliersTab::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

DbWorker* SuppliersTab::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    return m_worker.get();
}

void SuppliersTab::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void SuppliersTab::reload()
{
    m_reloadTimer.stop();
    if (Database::path().isEmpty()) {
        apply(std::make_shared<SuppliersSnapshot>());
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    const quint64 request = ++m_request;
    const Decimal percent = PriceAlertSetting::load();
    QStringList connectors;
    for (const SupplierConnection& c : std::as_const(m_connections))
        connectors << c.connectorId;
    m_worker
        ->run([percent, connectors](QSqlDatabase& db) {
            return SuppliersSnapshot::load(db, percent, connectors);
        })
        .then(this, [this, request](std::shared_ptr<const SuppliersSnapshot> snapshot) {
            if (request != m_request)
                return; // a newer read is on its way
            apply(std::move(snapshot));
        });
}

void SuppliersTab::apply(std::shared_ptr<const SuppliersSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_overview->setSnapshot(m_snapshot);
    m_catalogue->setSnapshot(m_snapshot);
    updateEmptyState();
    retranslateUi();
    Q_EMIT reloaded();
}

void SuppliersTab::updateEmptyState()
{
    const bool stored = m_snapshot && !m_snapshot->suppliers.isEmpty();
    const bool empty = m_connections.isEmpty() && !stored;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_pages);
}

void SuppliersTab::loadHistory(const QList<int>& items)
{
    if (!m_snapshot || !m_worker || items.isEmpty())
        return;
    QList<std::pair<QString, QString>> keys;
    for (int i : items)
        keys.append({m_snapshot->index.item(i).product.supplierId, m_snapshot->index.item(i).product.sku});
    const quint64 request = ++m_historyRequest;
    m_worker
        ->run([keys](QSqlDatabase& db) {
            QList<QList<PricePoint>> out;
            for (const auto& [supplier, sku] : keys)
                out.append(SupplierStore::priceHistory(db, supplier, sku));
            return out;
        })
        .then(this, [this, request, items](const QList<QList<PricePoint>>& histories) {
            if (request == m_historyRequest)
                m_catalogue->setHistory(items, histories);
        });
}

void SuppliersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SuppliersTab::retranslateUi()
{
    m_emptyState->setState({tr("No supplier connected"),
                            tr("Add Metro, Transgourmet, Pomona or a local supplier in Settings to see "
                               "catalogues, suggested orders and deliveries."),
                            tr("Add a supplier…")});
    const int alerts = m_snapshot ? int(m_snapshot->rises.size()) : 0;
    m_pages->setTabText(m_pages->indexOf(m_overview), tr("Suppliers"));
    m_pages->setTabText(m_pages->indexOf(m_catalogue),
                        alerts > 0 ? tr("Catalogue (%n price alert(s))", nullptr, alerts) : tr("Catalogue"));
    for (const auto& [page, title] : std::as_const(m_extraPages)) {
        const int i = m_pages->indexOf(page);
        if (i >= 0 && title)
            m_pages->setTabText(i, title());
    }
}

} // namespace Moulin
