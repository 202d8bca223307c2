#include "reservation/ui/reservationarea.h"

#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"
#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/quarantineeraser.h"
#include "common/ui/settingsdialog.h"
#include "reservation/connectors/availabilitypush.h"
#include "reservation/connectors/demorestaurant.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/core/bookerasure.h"
#include "reservation/core/bookfootfall.h"
#include "reservation/core/bookguests.h"
#include "reservation/tableplan/serviceautoassign.h"
#include "reservation/ui/capacityrulespage.h"
#include "reservation/ui/closedservicespage.h"
#include "reservation/ui/floorplantab.h"
#include "reservation/ui/reservationstab.h"
#include "reservation/ui/servicetab.h"
#include "reservation/ui/webhooksettingspage.h"

namespace Moulin {

ReservationArea::~ReservationArea()
{
    detach();
}

void ReservationArea::registerConnectors()
{
    registerReservationConnectors();
    // The book's bookings, for the covers forecast (and whoever reads footfall).
    ReadInterfaces::provide<BookingsSource>(std::make_shared<BookFootfall>());
    // The guests and their bookings, for the customers' profiles.
    ReadInterfaces::provide<GuestBookSource>(std::make_shared<BookGuests>());
    // The book's part of a guest's erasure (GDPR).
    PersonalDataErasers::add(std::make_shared<BookErasure>());
    PersonalDataErasers::add(std::make_shared<QuarantineEraser>());
}

bool ReservationArea::isReservationConnector(const QString& id)
{
    const std::optional<ConnectorType> type = ConnectorCatalog::byId(id);
    return type && type->kind == QLatin1String("reservation");
}

QStringList ReservationArea::reservationConnectors(const ConnectorRuntime& runtime)
{
    QStringList ids;
    for (const ConnectorConfig& config : runtime.configs()) {
        if (isReservationConnector(config.connectorId) && !ids.contains(config.connectorId))
            ids << config.connectorId;
    }
    return ids;
}

QStringList ReservationArea::availabilityChannels(const ConnectorRuntime& runtime)
{
    QStringList labels;
    for (const QString& id : AvailabilityPush::targets(runtime))
        labels << bookingChannelLabel(id);
    return labels;
}

ReservationsTab* ReservationArea::reservationsTab() const
{
    return m_tab;
}

QList<AreaTab> ReservationArea::createTabs(AreaHost* host)
{
    m_host = host;
    auto* tab = new ReservationsTab;
    tab->setObjectName(QStringLiteral("reservationsTab"));
    m_tab = tab;
    QObject::connect(tab, &ReservationsTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    // A booking that arrived live: in the status bar too, for a host busy
    // on another tab.
    QObject::connect(tab, &ReservationsTab::bookingsArrived, tab, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message, 20000);
    });
    // The table plan's layouts (read when first shown).
    auto* floor = new FloorPlanTab;
    m_floorTab = floor;
    QObject::connect(floor, &FloorPlanTab::statusMessage, floor, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message);
    });
    // The chosen service on the floor: bookings on their tables, the rules, walk-ins.
    auto* service = new ServiceTab;
    m_serviceTab = service;
    // « En salle » in the book: the same day and service on the floor.
    QObject::connect(tab, &ReservationsTab::serviceViewRequested, service,
                     [service, host](const QDate& day, int which) {
                         service->showService(day, which);
                         if (host)
                             host->showTab(service);
                     });
    QObject::connect(service, &ServiceTab::statusMessage, service, [host](const QString& message) {
        if (host)
            host->showStatusMessage(message);
    });
    // Paramètres ▸ Service en salle ▸ automatic assignment (off by default):
    // a booking that came in through a platform, the site or the phone, or
    // that the host changed, is placed with the others of its service still
    // without a table — today's services and the one the Service tab shows.
    auto* autoAssign = new ServiceAutoAssign(service);
    const auto bookChanged = [autoAssign, service](const QDate& day, int which) {
        autoAssign->setEnabled(ServiceAutoAssign::enabledInSettings());
        if (!autoAssign->isEnabled())
            return;
        if (day.isValid())
            autoAssign->bookChanged(day, which);
        autoAssign->bookChanged(QDate::currentDate(), -1);
        if (service->day().isValid())
            autoAssign->bookChanged(service->day(), service->service());
    };
    QObject::connect(tab, &ReservationsTab::reloaded, autoAssign,
                     [bookChanged] { bookChanged(QDate(), -1); });
    QObject::connect(tab, &ReservationsTab::bookingSaved, autoAssign, bookChanged);
    QObject::connect(autoAssign, &ServiceAutoAssign::assigned, service, &ServiceTab::autoAssigned);
    QObject::connect(autoAssign, &ServiceAutoAssign::assigned, service,
                     [host](const QDate&, int, const QStringList& lines, int) {
                         if (host && !lines.isEmpty())
                             host->showStatusMessage(lines.join(QStringLiteral(" · ")), 20000);
                     });
    QObject::connect(autoAssign, &ServiceAutoAssign::failed, service, [](const QString& error) {
        qWarning("reservation: the automatic assignment failed: %s", qUtf8Printable(error));
    });
    return {
        {tab, [] { return tr("&Reservations"); },
         [] { return tr("Bookings from every platform, the phone and the door"); }},
        {floor, [] { return tr("F&loor plan"); },
         [] { return tr("Rooms, tables and the tables that may be joined, in every layout"); }},
        {service, [] { return tr("S&ervice"); },
         [] { return tr("The service on the floor: bookings on their tables, walk-ins, the waitlist"); }}};
}

void ReservationArea::databaseChanged()
{
    // Demo mode: the phone and booking-site share of the demo restaurant,
    // next to what the sandbox's platforms bring (DemoRestaurant).
    if (AppPaths::isDemoDatabase() && Database::connection().isOpen()) {
        QSqlDatabase db = Database::connection();
        BookStore store;
        QString error;
        // A demo database seeded by an earlier version: its bookings are
        // replaced, not kept next to the new ones.
        if (const int removed = DemoRestaurant::replaceOutdatedSeed(db, &error); removed < 0)
            qWarning("reservation: the previous demo bookings stay: %s", qUtf8Printable(error));
        else if (removed > 0)
            qInfo("reservation: %d bookings of an earlier demo replaced", removed);
        if (DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, QDate::currentDate(),
                                               DemoRestaurant::kDaysBack, DemoRestaurant::kDaysAhead,
                                               &error) < 0)
            qWarning("reservation: demo bookings not stored: %s", qUtf8Printable(error));
    }
    // The demo restaurant's opening days, not the settings' (they are the
    // real restaurant's).
    const std::optional<OpeningSchedule> schedule =
        AppPaths::isDemoDatabase() ? std::optional<OpeningSchedule>(DemoRestaurant::openingSchedule())
                                   : std::nullopt;
    if (m_serviceTab)
        m_serviceTab->setOpeningSchedule(schedule);
    if (m_tab) {
        m_tab->setOpeningSchedule(schedule);
        m_tab->setDatabase(Database::connection());
    }
}

void ReservationArea::attach(ConnectorRuntime* runtime, AreaHost* host)
{
    detach();
    if (host)
        m_host = host;
    if (!runtime || !m_tab)
        return;
    ReservationsTab* tab = m_tab;
    tab->setReservationConnectors(reservationConnectors(*runtime));
    tab->setAvailabilityChannels(availabilityChannels(*runtime));
    // The host closes a service or marks it full: the platforms that take
    // it are told (through the outbox).
    m_runtimeConnections << QObject::connect(
        tab, &ReservationsTab::availabilityChanged, runtime,
        [runtime](const QDate& day, int service, const QString& state) {
            AvailabilityPush::push(*runtime, ServiceAvailability{day, service, state});
        });
    m_runtimeConnections << QObject::connect(runtime, &ConnectorRuntime::pageStored, tab,
                                             [tab](const QString& connector, const QString&) {
                                                 if (isReservationConnector(connector))
                                                     tab->scheduleReload();
                                             });
    if (WebhookReceiver* webhooks = runtime->webhooks()) {
        m_runtimeConnections << QObject::connect(webhooks, &WebhookReceiver::deliveryReceived, tab,
                                                 [tab](const QString& connector, const QString&, int status) {
                                                     if (status >= 200 && status < 300 &&
                                                         isReservationConnector(connector))
                                                         tab->scheduleReload();
                                                 });
    }
}

void ReservationArea::extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime)
{
    dialog->addSection(tr("Live bookings"), new WebhookSettingsPage(runtime));
    auto* closures = new ClosedServicesPage;
    // Saved: the tab shows the new closures at once (in demo mode it keeps
    // the demo restaurant's).
    QPointer<ReservationsTab> tab = m_tab;
    QObject::connect(closures, &ClosedServicesPage::saved, closures, [tab] {
        if (tab)
            tab->reload();
    });
    dialog->addSection(tr("Closing days"), closures);
    auto* rules = new CapacityRulesPage;
    QPointer<ServiceTab> service = m_serviceTab;
    QObject::connect(rules, &CapacityRulesPage::saved, rules, [service] {
        if (service)
            service->reload();
    });
    dialog->addSection(tr("Service rules"), rules);
}

void ReservationArea::detach()
{
    for (const QMetaObject::Connection& c : std::as_const(m_runtimeConnections))
        QObject::disconnect(c);
    m_runtimeConnections.clear();
}

bool ReservationArea::maybeClose(QWidget*)
{
    return !m_floorTab || m_floorTab->maybeLeave();
}

void ReservationArea::refreshStatus(ConnectorRuntime* runtime)
{
    if (m_tab && runtime)
        m_tab->setReservationConnectors(reservationConnectors(*runtime));
}

} // namespace Moulin
