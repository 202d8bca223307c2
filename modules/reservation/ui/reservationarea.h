#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>

namespace Moulin {

/// The reservation area as the application lists it: its connectors and its tab.
class ReservationArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ReservationArea)

public:
    QString id() const override { return QStringLiteral("reservation"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
};

} // namespace Moulin
