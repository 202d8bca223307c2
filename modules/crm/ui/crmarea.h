#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>

namespace Moulin {

/// The crm area as the application lists it: its connectors and its tab.
class CustomersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CustomersArea)

public:
    QString id() const override { return QStringLiteral("crm"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
};

} // namespace Moulin
