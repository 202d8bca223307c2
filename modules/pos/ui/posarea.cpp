#include "pos/ui/posarea.h"

#include "common/core/connectorcatalog.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/readinterfaces.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/quarantineeraser.h"
#include "common/ui/settingsdialog.h"
#include "pos/connectors/posconnectors.h"
#include "pos/core/posconnectormodule.h"
#include "pos/core/poscovershistory.h"
#include "pos/core/poserasure.h"
#include "pos/core/posmenusales.h"
#include "pos/core/posreceipts.h"
#include "pos/core/pricechanges.h"
#include "pos/ui/accountingexportdialog.h"
#include "pos/ui/accountingsettingspage.h"
#include "pos/ui/salestab.h"

#include <QAction>
#include <QLocale>

namespace Moulin {

namespace {

bool isPos(const QString& connectorId)
{
    const auto type = ConnectorCatalog::byId(connectorId);
    return type && type->kind == QLatin1String("pos");
}

} // namespace

PosArea::PosArea(QObject* parent)
    : QObject(parent)
{
}

PosArea::~PosArea()
{
    detach();
}

void PosArea::registerConnectors()
{
    registerPosConnectors();
    // The till's covers, for the covers forecast (and whoever reads footfall).
    ReadInterfaces::provide<CoversHistorySource>(std::make_shared<PosCoversHistory>());
    // The menu and what it sold, for the recipes and the stock (suppliers).
    ReadInterfaces::provide<MenuSalesSource>(std::make_shared<PosMenuSales>());
    // The receipts, for the customers' profiles.
    ReadInterfaces::provide<ReceiptSource>(std::make_shared<PosReceipts>());
    // The till's part of a guest's erasure (GDPR).
    PersonalDataErasers::add(std::make_shared<PosErasure>());
    PersonalDataErasers::add(std::make_shared<QuarantineEraser>());
}

QString PosArea::defaultConnectorType()
{
    for (const auto& module : ConnectorModules::all()) {
        const ConnectorType type = module->type();
        if (type.kind == QLatin1String("pos"))
            return type.id;
    }
    return QString();
}

SalesTab* PosArea::salesTab() const
{
    return m_tab;
}

QString PosArea::accountingSectionTitle()
{
    return tr("Accounting");
}

QList<AreaTab> PosArea::createTabs(AreaHost* host)
{
    m_host = host;
    auto* tab = new SalesTab;
    tab->setObjectName(QStringLiteral("salesTab"));
    m_tab = tab;
    connect(tab, &SalesTab::settingsRequested, this, [this] {
        if (m_host)
            m_host->openConnectorSetup(defaultConnectorType());
    });
    return {
        {tab, [] { return tr("&Sales"); }, [] { return tr("Turnover, covers and receipts from the till"); }}};
}

QList<AreaAction> PosArea::fileActions(QWidget* parent, AreaHost* host)
{
    m_host = host;
    auto* exportAction = new QAction(parent);
    exportAction->setObjectName(QStringLiteral("accountingExportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (!m_host)
            return;
        auto* dialog = new AccountingExportDialog(Database::connection(), m_host->window());
        dialog->setObjectName(QStringLiteral("accountingExportDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AccountingExportDialog::accountingSettingsRequested, this, [this] {
            if (m_host)
                m_host->openSettingsSection(accountingSectionTitle());
        });
        dialog->open();
    });
    return {{exportAction, [] { return tr("&Accounting export (FEC)…"); }}};
}

void PosArea::extendSettings(SettingsDialog* dialog, ConnectorRuntime*)
{
    dialog->addSection(accountingSectionTitle(), new AccountingSettingsPage(Database::connection()));
}

void PosArea::databaseChanged()
{
    if (m_tab)
        m_tab->setDatabase(Database::connection());
}

void PosArea::attach(ConnectorRuntime* runtime, AreaHost* host)
{
    detach();
    m_runtime = runtime;
    m_host = host;
    if (!runtime)
        return;
    if (m_tab) {
        m_runtimeConnections << connect(runtime, &ConnectorRuntime::pageStored, m_tab,
                                        [this](const QString& connector) {
                                            if (m_tab && isPos(connector))
                                                m_tab->onSalesChanged();
                                        });
    }

    // Price edits: one channel per running POS connector that takes them.
    for (const QString& id : runtime->connectors()) {
        const auto module = PosConnectorModule::of(id);
        if (!module)
            continue;
        if (!m_dbWorker)
            m_dbWorker = new DbWorker(this);
        PriceChannel* channel = module->createPriceChannel(*runtime, id, m_dbWorker, this);
        if (!channel)
            continue;
        m_priceChannels.append(channel);
        if (m_tab) {
            SalesTab* tab = m_tab;
            connect(tab, &SalesTab::priceEditRequested, channel,
                    [channel](const QString& itemId, qint64 cents) { channel->setPrice(itemId, cents); });
            connect(tab, &SalesTab::conflictResolutionRequested, channel,
                    [channel](const QString& itemId, bool keepMine) {
                        channel->resolveConflict(itemId, keepMine ? PriceChannel::Resolution::KeepMine
                                                                  : PriceChannel::Resolution::TakeTheirs);
                    });
            connect(channel, &PriceChannel::priceChangeUpdated, tab, &SalesTab::onSalesChanged);
        }
        connect(channel, &PriceChannel::conflictDetected, this, [this](const QString&) {
            if (m_host)
                m_host->showStatusMessage(tr("A price was changed on the till since your edit: choose which "
                                             "one to keep in Sales ▸ Menu & prices."),
                                          15000);
        });
        channel->resume();
    }
}

void PosArea::detach()
{
    for (const QMetaObject::Connection& c : std::as_const(m_runtimeConnections))
        disconnect(c);
    m_runtimeConnections.clear();
    // The worker first: it finishes its queued jobs while the channels
    // waiting for their results still exist.
    delete m_dbWorker;
    m_dbWorker = nullptr;
    qDeleteAll(m_priceChannels);
    m_priceChannels.clear();
    m_runtime = nullptr;
}

void PosArea::refreshStatus(ConnectorRuntime* runtime)
{
    if (!m_tab || !runtime)
        return;
    std::optional<SalesSyncProgress> progress;
    for (const QString& id : runtime->connectors()) {
        if (const auto module = PosConnectorModule::of(id)) {
            progress = module->salesProgress(Database::connection(), id);
            break;
        }
    }
    if (!progress || !progress->started || progress->backfillDone) {
        m_tab->setImportNotice(QString());
        m_tab->setHistoryCompleteUntil(QDate());
        m_tab->setHistoryCompleteFrom(QDate());
        return;
    }
    const int percent = qRound(progress->fraction * 100);
    const QDate position = progress->position.toLocalTime().date();
    // The day being imported is not complete: the one before it is.
    m_tab->setHistoryCompleteUntil(position.addDays(-1));
    if (progress->recentPhase) {
        m_tab->setHistoryCompleteFrom(QDate());
        m_tab->setImportNotice(
            tr("Importing the latest sales from the till first: %1 % of the weeks since %2 are in. The older "
               "history comes next.")
                .arg(percent)
                .arg(QLocale().toString(progress->rangeStart.toLocalTime().date(), QLocale::LongFormat)));
        return;
    }
    const QDate recentFrom =
        progress->recentFrom.isValid() ? progress->recentFrom.toLocalTime().date() : QDate();
    m_tab->setHistoryCompleteFrom(recentFrom);
    if (recentFrom.isValid())
        m_tab->setImportNotice(
            tr("The sales since %1 are in. Importing the older history from the till: %2 % done, sales up to "
               "%3 are in; comparisons with last year are complete once it is done.")
                .arg(QLocale().toString(recentFrom, QLocale::LongFormat))
                .arg(percent)
                .arg(QLocale().toString(position, QLocale::LongFormat)));
    else
        m_tab->setImportNotice(tr("Importing the sales history from the till: %1 % done, sales up to %2 are "
                                  "in. Figures after that "
                                  "date are not complete yet.")
                                   .arg(percent)
                                   .arg(QLocale().toString(position, QLocale::LongFormat)));
}

} // namespace Moulin
