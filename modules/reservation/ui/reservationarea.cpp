#include "reservation/ui/reservationarea.h"

#include "reservation/connectors/reservationconnectors.h"
#include "reservation/ui/reservationstab.h"

namespace Moulin {

void ReservationArea::registerConnectors()
{
    registerReservationConnectors();
}

QList<AreaTab> ReservationArea::createTabs(AreaHost* host)
{
    auto* tab = new ReservationsTab;
    tab->setObjectName(QStringLiteral("reservationsTab"));
    QObject::connect(tab, &ReservationsTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    return {{tab, [] { return tr("&Reservations"); },
             [] { return tr("Table plan and bookings from every platform"); }}};
}

} // namespace Moulin
