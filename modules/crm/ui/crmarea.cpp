#include "crm/ui/crmarea.h"

#include "common/core/readinterfaces.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/syncengine.h"
#include "crm/connectors/brevo/brevolists.h"
#include "crm/connectors/crmconnectors.h"
#include "crm/core/crminsights.h"
#include "crm/core/profilesync.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/segmentspage.h"

#include <QPointer>

namespace Moulin {

CustomersArea::CustomersArea() = default;

CustomersArea::~CustomersArea()
{
    detach();
}

void CustomersArea::registerConnectors()
{
    registerCrmConnectors();
    // What the profiles know about a guest, for the host's booking panel.
    ReadInterfaces::provide<GuestInsightSource>(std::make_shared<CrmGuestInsights>());
}

QList<AreaTab> CustomersArea::createTabs(AreaHost* host)
{
    auto* tab = new CustomersTab;
    tab->setObjectName(QStringLiteral("customersTab"));
    m_tab = tab;
    QObject::connect(tab, &CustomersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    return {
        {tab, [] { return tr("&Customers"); }, [] { return tr("Guest profiles, loyalty and segments"); }}};
}

void CustomersArea::attach(ConnectorRuntime* runtime, AreaHost*)
{
    detach();
    if (!runtime)
        return;
    if (!m_tab) {
        // Headless: the profiles follow the feeds (the book's and the till's
        // pages are stored by the time a run ends), as the tab does.
        m_headless = std::make_unique<CrmProfileSync>();
        CrmProfileSync* sync = m_headless.get();
        SyncEngine* engine = runtime->engine();
        m_scheduled = engine->isScheduling();
        // --serve arms the schedule (maybe once the tokens are loaded);
        // --sync-now never does.
        m_connections << QObject::connect(engine, &SyncEngine::feedStarted, runtime, [this, engine] {
            m_scheduled = m_scheduled || engine->isScheduling();
        });
        m_connections << QObject::connect(runtime, &ConnectorRuntime::feedFinished, runtime,
                                          [this, sync, engine](const FeedRunSummary& summary) {
                                              m_scheduled = m_scheduled || engine->isScheduling();
                                              sync->request(summary.connector + u'/' + summary.feed);
                                          });
        sync->request(QStringLiteral("start-up"));
        return;
    }
    CustomersTab* tab = m_tab;
    m_connections << QObject::connect(runtime, &ConnectorRuntime::pageStored, tab,
                                      [tab](const QString&, const QString&) { tab->scheduleSync(); });
    tab->scheduleSync();

    // Segments as Brevo lists, through the running Brevo connection.
    const QString brevo = QStringLiteral("brevo");
    SegmentsPage* segments = tab->segmentsPage();
    if (!runtime->config(brevo)) {
        segments->setBrevoSender({});
        return;
    }
    QPointer<ConnectorRuntime> guard(runtime);
    segments->setBrevoSender([guard, brevo, segments](const QString& listName, const QStringList& emails,
                                                      std::function<void(bool, const QString&)> done) {
        if (!guard) {
            done(false, tr("Brevo is not connected."));
            return;
        }
        BrevoLists::replaceMembers(
            *guard, brevo, listName, emails, segments, [listName, done](const BrevoLists::Result& r) {
                if (!r.ok) {
                    done(false, r.error);
                    return;
                }
                QString text =
                    tr("Brevo list « %1 »: %n guest(s) added", nullptr, int(r.added.size())).arg(listName);
                text += tr(", %n removed.", nullptr, int(r.removed.size()));
                if (!r.notAtBrevo.isEmpty())
                    text += QLatin1Char(' ') +
                            tr("%n guest(s) not at Brevo yet: send the list again after the next sync.",
                               nullptr, int(r.notAtBrevo.size()));
                done(true, text);
            });
    });
}

void CustomersArea::detach()
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        QObject::disconnect(c);
    m_connections.clear();
    // A one-shot sync ends with its profiles up to date (waits for the run
    // queued); a service stopping does not wait for a long one.
    if (m_headless && m_scheduled)
        m_headless->stop();
    m_headless.reset();
    m_scheduled = false;
}

void CustomersArea::databaseChanged()
{
    if (m_tab)
        m_tab->resetDatabase();
}

bool CustomersArea::maybeClose(QWidget*)
{
    return !m_tab || m_tab->maybeLeaveProfile();
}

} // namespace Moulin
