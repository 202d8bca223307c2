#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QPointer>

namespace Moulin {

class RostersTab;

/// The scheduling area as the application lists it: its connectors and its tab.
class RostersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RostersArea)

public:
    QString id() const override { return QStringLiteral("scheduling"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    void databaseChanged() override;
    void attach(ConnectorRuntime* runtime, AreaHost* host) override;
    void detach() override;
    int headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err) override;

private:
    QPointer<RostersTab> m_tab;
    QList<QMetaObject::Connection> m_runtimeConnections;
};

} // namespace Moulin
