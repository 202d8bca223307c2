#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>

namespace Moulin {

/// The suppliers area as the application lists it: its connectors and its tab.
class SuppliersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SuppliersArea)

public:
    QString id() const override { return QStringLiteral("suppliers"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    /// Paramètres ▸ Établissement (the restaurant as the buyer of every order).
    void extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime) override;
};

} // namespace Moulin
