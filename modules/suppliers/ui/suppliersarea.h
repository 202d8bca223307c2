#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QPointer>

namespace Moulin {

class DbWorker;
class DeliveriesPage;
class OrderEditorPage;
class OrdersPage;
class SuppliersTab;

/// The suppliers area as the application lists it: its connectors and its tab.
class SuppliersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SuppliersArea)

public:
    ~SuppliersArea() override;
    QString id() const override { return QStringLiteral("suppliers"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    void attach(ConnectorRuntime* runtime, AreaHost* host) override;
    void detach() override;
    void databaseChanged() override;
    void refreshStatus(ConnectorRuntime* runtime) override;

    /// The Fournisseurs tab (null before createTabs()): other pages are
    /// added to it with SuppliersTab::addPage().
    SuppliersTab* suppliersTab() const;
    /// Whether `connectorId` is a supplier connector (catalogue kind "supplier").
    static bool isSupplierConnector(const QString& connectorId);

    /// Paramètres ▸ Établissement (the restaurant as the buyer of every
    /// order) and Envoi des commandes par e-mail (EmailOrdersPage).
    void extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime) override;
    /// `moulin --export orders --from D --to D --out DIR [--format eancom]`:
    /// every supplier order issued in the period, as
    /// DIR/<supplier>/<order>.xml (the UBL bytes stored and sent) and
    /// DIR/<supplier>/bon-de-commande-<order>.pdf (and <order>.edi, EANCOM
    /// ORDERS D.01B, with --format eancom); prints each file written. 1 when
    /// the period has no order or a stored order cannot be read (nothing
    /// written), 2 for bad arguments.
    int headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err) override;

private:
    QPointer<SuppliersTab> m_tab;
    QPointer<OrderEditorPage> m_editor;
    QPointer<OrdersPage> m_orders;
    QPointer<DeliveriesPage> m_deliveries;
    QList<QMetaObject::Connection> m_runtimeConnections;
    QPointer<DbWorker> m_worker;
    /// A supplier feed ran: the order pages read again at the tab's next
    /// (coalesced) reload.
    bool m_ordersStale = false;
};

} // namespace Moulin
