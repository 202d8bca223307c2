#pragma once

#include "common/runtime/area.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Moulin {

class DbWorker;
class PriceChannel;
class SalesTab;

/// The sales area: the Ventes tab, the accounting export (File menu), the
/// Comptabilité settings, its POS connectors (pos/connectors) and their live
/// wiring: pages stored → the tab, the tab's price edits → the till.
class PosArea final : public QObject, public Area
{
    Q_OBJECT

public:
    explicit PosArea(QObject* parent = nullptr);
    ~PosArea() override;

    QString id() const override { return QStringLiteral("pos"); }
    void registerConnectors() override;
    void attach(ConnectorRuntime* runtime, AreaHost* host) override;
    void detach() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    QList<AreaAction> fileActions(QWidget* parent, AreaHost* host) override;
    void extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime) override;
    void databaseChanged() override;
    void refreshStatus(ConnectorRuntime* runtime) override;

    /// The settings section's title ("Comptabilité"), translated.
    static QString accountingSectionTitle();
    SalesTab* salesTab() const;

private:
    /// The first POS connector type registered (what the empty state sets up).
    static QString defaultConnectorType();

    QPointer<SalesTab> m_tab;
    AreaHost* m_host = nullptr;
    ConnectorRuntime* m_runtime = nullptr;
    DbWorker* m_dbWorker = nullptr;
    QList<PriceChannel*> m_priceChannels;
    QList<QMetaObject::Connection> m_runtimeConnections;
};

} // namespace Moulin
