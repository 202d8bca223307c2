#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <memory>

namespace Moulin {

class CrmProfileSync;
class CustomersTab;

/// The crm area as the application lists it: its connectors and its tab.
/// The profiles are brought up to date in the background at attach() and
/// whenever a connector stores a page (the book or the till changed); without
/// a window (--sync-now, --serve) at attach() and after every feed run, off
/// the main thread (CrmProfileSync); detach() waits for the run queued after
/// a one-shot sync, and stops it after its page when the runtime was on its
/// schedule (a service stopping).
class CustomersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CustomersArea)

public:
    CustomersArea();
    ~CustomersArea() override;
    QString id() const override { return QStringLiteral("crm"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    void attach(ConnectorRuntime* runtime, AreaHost* host) override;
    void detach() override;
    void databaseChanged() override;
    /// A guest's profile edited and not saved: asks first (CustomersTab).
    bool maybeClose(QWidget* window) override;

private:
    QPointer<CustomersTab> m_tab;
    std::unique_ptr<CrmProfileSync> m_headless;
    /// Headless on a schedule (--serve): detach() stops the run in flight
    /// instead of waiting for it (--sync-now waits).
    bool m_scheduled = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Moulin
