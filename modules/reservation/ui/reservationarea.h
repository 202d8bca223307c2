#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>

namespace Moulin {

class FloorPlanTab;
class ReservationsTab;
class ServiceTab;

/// The reservation area as the application lists it: its connectors, its tab,
/// and the tab's live wiring: a page stored by a reservation connector or a
/// webhook delivered to one reloads the tab; bookings that arrive that way
/// are announced in the status bar.
class ReservationArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ReservationArea)

public:
    ~ReservationArea() override;

    QString id() const override { return QStringLiteral("reservation"); }
    void registerConnectors() override;
    void attach(ConnectorRuntime* runtime, AreaHost* host) override;
    void detach() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    /// Paramètres ▸ Réservations en direct (the webhook receiver) and
    /// Paramètres ▸ Jours de fermeture (the opening schedule; saving it
    /// reloads the Réservations tab).
    void extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime) override;
    void databaseChanged() override;
    void refreshStatus(ConnectorRuntime* runtime) override;
    /// The floor plan's changes not saved: Save / Discard / Cancel.
    bool maybeClose(QWidget* window) override;

    ReservationsTab* reservationsTab() const;
    /// Whether connector `id` is a reservation connector (by its catalogue
    /// kind, never by name).
    static bool isReservationConnector(const QString& id);
    /// The reservation connectors configured in `runtime` (ids).
    static QStringList reservationConnectors(const ConnectorRuntime& runtime);
    /// The platforms told when the host closes a service or marks it full
    /// (labels of the running connectors with an AvailabilityPush pusher);
    /// attach() connects the tab's availabilityChanged() to them.
    static QStringList availabilityChannels(const ConnectorRuntime& runtime);

private:
    QPointer<ReservationsTab> m_tab;
    QPointer<ServiceTab> m_serviceTab;
    QPointer<FloorPlanTab> m_floorTab;
    AreaHost* m_host = nullptr;
    QList<QMetaObject::Connection> m_runtimeConnections;
};

} // namespace Moulin
