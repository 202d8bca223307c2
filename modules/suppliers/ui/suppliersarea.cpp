#include "suppliers/ui/suppliersarea.h"

#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/restaurantidentity.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/outbox.h"
#include "common/sync/syncengine.h"
#include "common/ui/settingsdialog.h"
#include "suppliers/connectors/peppol/demoorders.h"
#include "suppliers/connectors/peppol/supplierfeeds.h"
#include "suppliers/connectors/peppol/supplierordering.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/core/deliveryschedule.h"
#include "suppliers/core/demoinvoices.h"
#include "suppliers/core/demopricehistory.h"
#include "suppliers/core/demorecipes.h"
#include "suppliers/core/demostock.h"
#include "suppliers/core/productfinder.h"
#include "suppliers/core/restaurantbuyer.h"
#include "suppliers/print/orderexport.h"
#include "suppliers/ui/deliveriespage.h"
#include "suppliers/ui/emailorderspage.h"
#include "suppliers/ui/invoicespage.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/orderspage.h"
#include "suppliers/ui/recipespage.h"
#include "suppliers/ui/restaurantidentitypage.h"
#include "suppliers/ui/stockpage.h"
#include "suppliers/ui/suggestionspage.h"
#include "suppliers/ui/suppliersdata.h"
#include "suppliers/ui/supplierstab.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTimer>

namespace Moulin {

SuppliersArea::~SuppliersArea()
{
    detach();
}

void SuppliersArea::registerConnectors()
{
    registerSupplierConnectors();
}

SuppliersTab* SuppliersArea::suppliersTab() const
{
    return m_tab.data();
}

bool SuppliersArea::isSupplierConnector(const QString& connectorId)
{
    const std::optional<ConnectorType> type = ConnectorCatalog::byId(connectorId);
    return type && type->kind == QLatin1String("supplier");
}

QList<AreaTab> SuppliersArea::createTabs(AreaHost* host)
{
    auto* tab = new SuppliersTab;
    tab->setObjectName(QStringLiteral("suppliersTab"));
    m_tab = tab;
    QObject::connect(tab, &SuppliersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });

    // Commande (the keyboard-first order editor) and Commandes (the history).
    // "Type to find a product" searches the tab's in-memory index once the
    // first snapshot is read (the store's LIKE search before).
    auto finder = std::make_shared<IndexProductFinder>();
    auto* editor = new OrderEditorPage(finder);
    editor->setObjectName(QStringLiteral("orderEditorPage"));
    QObject::connect(tab, &SuppliersTab::reloaded, editor, [tab, finder] {
        const std::shared_ptr<const SuppliersSnapshot> snapshot = tab->snapshot();
        finder->setIndex(snapshot ? std::shared_ptr<const CatalogueIndex>(snapshot, &snapshot->index)
                                  : std::shared_ptr<const CatalogueIndex>());
    });
    auto* orders = new OrdersPage;
    orders->setObjectName(QStringLiteral("ordersPage"));
    orders->setWorker(tab->worker()); // its reads off the GUI thread, as the tab's
    m_editor = editor;
    m_orders = orders;
    // Suggestions: the orders the forecast suggests, turned into the
    // supplier's draft in Commande (sent from there, as any order).
    auto* suggestions = new SuggestionsPage;
    suggestions->setObjectName(QStringLiteral("suggestionsPage"));
    tab->addPage(suggestions, [] { return SuggestionsPage::title(); });
    QObject::connect(tab, &SuppliersTab::reloaded, suggestions, &SuggestionsPage::reload);
    QObject::connect(suggestions, &SuggestionsPage::draftPrepared, editor,
                     [tab, editor](const QString&, qint64 draftId) {
                         if (!editor->openDraft(draftId))
                             return;
                         tab->pages()->setCurrentWidget(editor);
                         editor->searchEdit()->setFocus(Qt::OtherFocusReason);
                     });
    QObject::connect(editor, &OrderEditorPage::orderPlaced, suggestions,
                     [tab, suggestions](const QString& supplierId, const QString&) {
                         if (suggestions->takeOrderPlaced(supplierId))
                             tab->pages()->setCurrentWidget(suggestions);
                     });
    tab->addPage(editor, [editor] { return editor->title(); });
    tab->addPage(orders, [orders] { return orders->title(); });
    // Livraisons: the calendar, receiving and the late deliveries raised.
    auto* deliveries = new DeliveriesPage;
    deliveries->setObjectName(QStringLiteral("deliveriesPage"));
    deliveries->setWorker(tab->worker());
    m_deliveries = deliveries;
    tab->addPage(deliveries, [deliveries] { return deliveries->titleWithCount(); });
    QObject::connect(deliveries, &DeliveriesPage::lateCountChanged, tab, [tab, deliveries] {
        tab->pages()->setTabText(tab->pages()->indexOf(deliveries), deliveries->titleWithCount());
    });
    QObject::connect(deliveries, &DeliveriesPage::alertRaised, deliveries, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message, 20000);
    });
    QObject::connect(deliveries, &DeliveriesPage::statusMessage, deliveries, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message);
    });
    QObject::connect(orders, &OrdersPage::statusMessage, orders, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message, 15000);
    });
    // Fiches techniques (food cost and margin per dish) and Stock (inventory, variance).
    auto* recipes = new RecipesPage;
    recipes->setObjectName(QStringLiteral("recipesPage"));
    tab->addPage(recipes, [] { return RecipesPage::title(); });
    auto* stock = new StockPage;
    stock->setObjectName(QStringLiteral("stockPage"));
    tab->addPage(stock, [] { return StockPage::title(); });
    // Their data is read on the tab's worker, with the snapshot's catalogue.
    recipes->setWorker(tab->worker());
    stock->setWorker(tab->worker());
    QObject::connect(tab, &SuppliersTab::reloaded, recipes, [tab, recipes, stock] {
        const std::shared_ptr<const SuppliersSnapshot> snapshot = tab->snapshot();
        const std::shared_ptr<const CatalogueIndex> index =
            snapshot ? std::shared_ptr<const CatalogueIndex>(snapshot, &snapshot->index) : nullptr;
        recipes->setCatalogue(index);
        stock->setCatalogue(index);
        recipes->reload();
        stock->reload();
    });
    // Ctrl+U on a suggested line whose unit does not convert: the recipe line behind it.
    QObject::connect(suggestions, &SuggestionsPage::unitFixRequested, recipes,
                     [tab, recipes](qint64 recipeId, int line) {
                         tab->pages()->setCurrentWidget(recipes);
                         recipes->showUnitProblem(recipeId, line);
                     });
    // A recipe or a conversion changes what the sales consumed.
    QObject::connect(recipes, &RecipesPage::changed, stock, &StockPage::reload);
    // After a supplier feed ran, the order pages read again once, with the
    // tab's coalesced reload (not once per feed).
    QObject::connect(tab, &SuppliersTab::reloaded, orders, [this] {
        if (!m_ordersStale)
            return;
        m_ordersStale = false;
        if (m_editor)
            m_editor->reload();
        if (m_orders)
            m_orders->reload();
        if (m_deliveries)
            m_deliveries->reload();
    });
    // Factures: the suppliers' invoices against orders and receipts (the three-way match).
    auto* invoices = new InvoicesPage;
    invoices->setObjectName(QStringLiteral("invoicesPage"));
    tab->addPage(invoices, [] { return InvoicesPage::title(); });
    QObject::connect(invoices, &InvoicesPage::statusMessage, invoices, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message, 15000);
    });
    // An approved price is the product's cost: the catalogue, recipes and stock read it again.
    QObject::connect(invoices, &InvoicesPage::changed, tab, &SuppliersTab::scheduleReload);
    QObject::connect(tab, &SuppliersTab::reloaded, invoices, &InvoicesPage::reload);
    QObject::connect(editor, &OrderEditorPage::titleChanged, tab, [tab, editor] {
        tab->pages()->setTabText(tab->pages()->indexOf(editor), editor->title());
    });
    QObject::connect(orders, &OrdersPage::titleChanged, tab, [tab, orders] {
        tab->pages()->setTabText(tab->pages()->indexOf(orders), orders->title());
    });
    QObject::connect(editor, &OrderEditorPage::orderPlaced, orders,
                     [tab, orders](const QString& supplierId, const QString& orderId) {
                         orders->reload();
                         orders->selectOrder(supplierId, orderId);
                         tab->scheduleReload();
                     });
    QObject::connect(orders, &OrdersPage::draftCreated, editor, [tab, editor](qint64 draftId) {
        editor->openDraft(draftId);
        tab->pages()->setCurrentWidget(editor);
    });
    return {{tab, [] { return tr("Su&ppliers"); }, [] { return tr("Catalogues, orders and deliveries"); }}};
}

namespace {

Q_LOGGING_CATEGORY(lcLateDeliveries, "moulin.suppliers.deliveries")

/// Without a window (moulin --serve, --sync-now): flags the deliveries late
/// today in the store and logs the ones not raised before, as the Livraisons
/// page does on screen.
void checkLateDeliveries(const FeedRunSummary& after)
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    QList<ScheduledDelivery> raised;
    QString error;
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!Database::transaction(
            db, [&](QString* e) { return DeliverySchedule::evaluate(db, today, now, &raised, e); }, &error)) {
        qCWarning(lcLateDeliveries).noquote() << "late deliveries not evaluated:" << error;
        return;
    }
    for (const ScheduledDelivery& d : std::as_const(raised))
        qCWarning(lcLateDeliveries).noquote() << "late delivery:" << d.supplierId << d.orderId << d.despatchId
                                              << "—" << DeliverySchedule::describe(d);
    const qsizetype late = DeliverySchedule::late(db, today).size();
    qCInfo(lcLateDeliveries).noquote()
        << "late deliveries checked after" << after.connector + u'/' + after.feed << "—" << late << "late,"
        << raised.size() << "newly raised";
}

/// An order the supplier confirmed: its answers (Order Responses, Despatch
/// Advices) read soon after rather than at the next scheduled run; a feed
/// already running is asked again a little later (it may have read before
/// the answer was there).
void readAnswersSoon(ConnectorRuntime* runtime, const QString& connector, int attempts = 3)
{
    QPointer<ConnectorRuntime> guard = runtime;
    QTimer::singleShot(1500, runtime, [guard, connector, attempts] {
        if (!guard || !guard->engine())
            return;
        bool again = false;
        for (const char* feed : {SupplierFeeds::kOrdersFeed, SupplierFeeds::kDeliveriesFeed})
            again = guard->engine()->runNow(connector, QLatin1String(feed)) ==
                        SyncEngine::Trigger::AlreadyRunning ||
                    again;
        if (again && attempts > 1)
            readAnswersSoon(guard, connector, attempts - 1);
    });
}

} // namespace

void SuppliersArea::attach(ConnectorRuntime* runtime, AreaHost*)
{
    detach();
    if (!runtime)
        return;
    if (!m_tab) {
        // Headless (no tab, no Livraisons page): the late deliveries are
        // checked here once a supplier feed has run.
        m_runtimeConnections << QObject::connect(runtime, &ConnectorRuntime::feedFinished, runtime,
                                                 [](const FeedRunSummary& summary) {
                                                     if (isSupplierConnector(summary.connector))
                                                         checkLateDeliveries(summary);
                                                 });
        return;
    }
    SuppliersTab* tab = m_tab;
    if (m_editor)
        m_editor->setRuntime(runtime);
    if (m_orders)
        m_orders->setRuntime(runtime);
    // A catalogue page stored: the catalogue, the counts and the alerts again.
    m_runtimeConnections << QObject::connect(runtime, &ConnectorRuntime::pageStored, tab,
                                             [tab](const QString& connector, const QString&) {
                                                 if (isSupplierConnector(connector))
                                                     tab->scheduleReload();
                                             });
    if (Outbox* outbox = runtime->outbox())
        m_runtimeConnections << QObject::connect(
            outbox, &Outbox::itemConfirmed, tab,
            [runtime](qint64, const QString& connector, const QString& kind) {
                if (kind == QLatin1String(SupplierOrdering::kOrderKind) && isSupplierConnector(connector))
                    readAnswersSoon(runtime, connector);
            });
    m_runtimeConnections << QObject::connect(
        runtime, &ConnectorRuntime::feedFinished, tab, [this, tab, runtime](const FeedRunSummary& summary) {
            if (!isSupplierConnector(summary.connector))
                return;
            // A feed run ended: the order pages read their supplier's terms,
            // the orders, the answers and the deliveries again, at the tab's
            // next reload (coalesced: once for feeds ending together).
            m_ordersStale = true;
            if (summary.ok && summary.feed == QLatin1String("catalogue") && AppPaths::isDemoDatabase()) {
                // Demo mode: a year of prices behind the sandbox's catalogue.
                if (!m_worker)
                    m_worker = new DbWorker(tab);
                const double percent = double(PriceAlertSetting::load().micros()) / double(Decimal::kOne);
                QPointer<SuppliersTab> guard = tab;
                QPointer<ConnectorRuntime> runtimeGuard = runtime;
                const QString connector = summary.connector;
                m_worker
                    ->transaction([percent](QSqlDatabase& db) -> DbStatus {
                        QString error;
                        if (DemoPriceHistory::seed(db, QDateTime::currentDateTimeUtc(), percent, &error) < 0)
                            return DbStatus::failure(error);
                        // And recipes for a few dishes of the sandbox's menu.
                        if (DemoRecipes::seed(db, QDate::currentDate(), QDateTime::currentDateTimeUtc(),
                                              &error) < 0)
                            return DbStatus::failure(error);
                        // And an inventory counted a few days ago, with safety stocks (Stock, Suggestions).
                        if (DemoStock::seed(db, QDate::currentDate(), QDateTime::currentDateTimeUtc(),
                                            &error) < 0)
                            return DbStatus::failure(error);
                        // And two deliveries billed, for the three-way match (Factures).
                        if (DemoInvoices::seed(db, QDate::currentDate(), QDateTime::currentDateTimeUtc(),
                                               &error) < 0)
                            return DbStatus::failure(error);
                        return {};
                    })
                    .then(tab, [guard, runtimeGuard, connector](const DbStatus& status) {
                        if (!status)
                            qWarning("suppliers: no demo price history: %s", qUtf8Printable(status.error));
                        // And, on an empty database, orders to its suppliers
                        // (sent the normal way, the past ones received).
                        QSqlDatabase db = Database::connection();
                        QString error;
                        const std::optional<ConnectorConfig> config =
                            runtimeGuard ? runtimeGuard->config(connector) : std::nullopt;
                        if (runtimeGuard && db.isOpen() &&
                            DemoOrders::place(db, runtimeGuard->outbox(), connector,
                                              RestaurantBuyer::toBuyer(RestaurantIdentity::current()),
                                              config ? config->storeId : QString(), QDate::currentDate(),
                                              QDateTime::currentDateTimeUtc(), &error) < 0)
                            qWarning("suppliers: no demo orders for %s: %s", qUtf8Printable(connector),
                                     qUtf8Printable(error));
                        if (guard)
                            guard->scheduleReload();
                    });
                return;
            }
            tab->scheduleReload();
        });
    refreshStatus(runtime);
}

void SuppliersArea::detach()
{
    for (const QMetaObject::Connection& c : std::as_const(m_runtimeConnections))
        QObject::disconnect(c);
    m_runtimeConnections.clear();
}

void SuppliersArea::databaseChanged()
{
    if (m_tab)
        m_tab->reload();
    if (m_editor)
        m_editor->reload();
    if (m_orders)
        m_orders->reload();
    if (m_deliveries)
        m_deliveries->reload();
}

void SuppliersArea::refreshStatus(ConnectorRuntime* runtime)
{
    if (!m_tab || !runtime)
        return;
    QList<SupplierConnection> connections;
    for (const QString& id : runtime->connectors()) {
        if (!isSupplierConnector(id))
            continue;
        SupplierConnection c;
        c.connectorId = id;
        const std::optional<ConnectorType> type = ConnectorCatalog::byId(id);
        c.displayName = type ? type->displayName : id;
        for (const QString& feed : runtime->engine()->feeds(id))
            c.syncing = c.syncing || runtime->engine()->isRunning(id, feed);
        connections.append(c);
    }
    m_tab->setConnections(connections);
}

void SuppliersArea::extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime)
{
    dialog->addSection(tr("Establishment"), new RestaurantIdentityPage);
    // The supplier connections whose orders may leave by e-mail instead.
    QList<EmailOrdersPage::Connection> connections;
    const QStringList ids = runtime ? runtime->connectors() : ConnectorSettings::configuredIds();
    for (const QString& id : ids) {
        if (!isSupplierConnector(id))
            continue;
        const std::optional<ConnectorType> type = ConnectorCatalog::byId(id);
        connections.append({id, type ? type->displayName : id});
    }
    dialog->addSection(tr("E-mail orders"),
                       new EmailOrdersPage(runtime ? runtime->credentials() : nullptr, connections));
}

int SuppliersArea::headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err)
{
    if (args.kind != QLatin1String("orders"))
        return -1;
    auto print = [](std::FILE* stream, const QString& line) {
        std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stream);
        std::fflush(stream);
    };
    const bool eancom = args.format == QLatin1String("eancom");
    if (!args.from.isValid() || !args.to.isValid() || args.from > args.to) {
        print(err, tr("--export orders needs a period: --from and --to (YYYY-MM-DD), --from first."));
        return 2;
    }
    if (!args.format.isEmpty() && !eancom && args.format != QLatin1String("ubl")) {
        print(err, tr("--format: \"%1\" is neither ubl nor eancom.").arg(args.format));
        return 2;
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        print(err, tr("The orders' PDFs need the graphical libraries (a QGuiApplication)."));
        return 1;
    }
    QSqlDatabase db = Database::connection();
    SupplierOrderExport::Request request;
    request.from = args.from;
    request.to = args.to;
    request.directory = args.out;
    request.eancom = eancom;
    const SupplierOrderExport::Result result = SupplierOrderExport::run(db, request);
    for (const QString& file : result.files)
        print(out, file);
    switch (result.status) {
    case SupplierOrderExport::Result::Status::Written:
        return 0;
    case SupplierOrderExport::Result::Status::NothingToExport:
        for (const QString& problem : result.problems)
            print(err, problem);
        return 1;
    case SupplierOrderExport::Result::Status::Refused:
        break;
    }
    print(err, tr("The orders were not exported:"));
    for (const QString& problem : result.problems)
        print(err, QStringLiteral("  • ") + problem);
    return 1;
}

} // namespace Moulin
