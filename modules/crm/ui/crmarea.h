#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QPointer>

namespace Moulin {

class CustomersTab;

/// The crm area as the application lists it: its connectors and its tab.
/// The profiles are brought up to date in the background at attach() and
/// whenever a connector stores a page (the book or the till changed).
class CustomersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CustomersArea)

public:
    ~CustomersArea() override;
    QString id() const override { return QStringLiteral("crm"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    void attach(ConnectorRuntime* runtime, AreaHost* host) override;
    void detach() override;
    void databaseChanged() override;

private:
    QPointer<CustomersTab> m_tab;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Moulin
