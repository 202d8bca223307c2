#pragma once

#include "suppliers/ui/suppliersdata.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QStackedWidget;
class QTabWidget;

namespace Moulin {

class CataloguePage;
class DbWorker;
class EmptyStateWidget;
class SupplierOverviewPage;

/// The Fournisseurs tab: a host of pages (Fournisseurs, Catalogue, and
/// whatever addPage() brings: orders, deliveries…) over one snapshot of the
/// suppliers area read off the GUI thread (a DbWorker job: suppliers,
/// catalogue index, price rises, rows set aside), or the empty state while
/// no supplier connection exists and nothing is stored.
///
/// Wiring (SuppliersArea): setConnections() from the runtime, reload() when
/// the database opens or changes, scheduleReload() when a supplier feed
/// stored a page.
class SuppliersTab : public QWidget
{
    Q_OBJECT

public:
    /// Coalescing delay of scheduleReload().
    static constexpr int kReloadDelayMs = 400;

    explicit SuppliersTab(QWidget* parent = nullptr);
    ~SuppliersTab() override;

    /// Adds a page after the built-in ones; `title` is asked again at every
    /// language change. The tab owns the page.
    void addPage(QWidget* page, std::function<QString()> title);

    /// The supplier connections the runtime runs.
    void setConnections(const QList<SupplierConnection>& connections);
    QList<SupplierConnection> connections() const { return m_connections; }
    /// The clock the countdowns and prices of the day read (tests).
    void setClock(std::function<QDateTime()> now);

    bool isShowingEmptyState() const;
    /// The last snapshot read (null before the first).
    std::shared_ptr<const SuppliersSnapshot> snapshot() const { return m_snapshot; }

    SupplierOverviewPage* overviewPage() const { return m_overview; }
    CataloguePage* cataloguePage() const { return m_catalogue; }
    QTabWidget* pages() const { return m_pages; }
    /// The tab's database worker (the pages read their data on it too).
    DbWorker* worker();

public Q_SLOTS:
    /// Reads everything again (off the GUI thread); reloaded() when shown.
    void reload();
    /// reload() within kReloadDelayMs, coalesced (pages stored by a sync).
    void scheduleReload();

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// A snapshot was read and shown.
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void apply(std::shared_ptr<const SuppliersSnapshot> snapshot);
    void updateEmptyState();
    void loadHistory(const QList<int>& items);

    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QTabWidget* m_pages;
    SupplierOverviewPage* m_overview;
    CataloguePage* m_catalogue;
    QList<std::pair<QWidget*, std::function<QString()>>> m_extraPages;
    QList<SupplierConnection> m_connections;
    std::function<QDateTime()> m_now;
    std::shared_ptr<const SuppliersSnapshot> m_snapshot;
    std::unique_ptr<DbWorker> m_worker;
    QTimer m_reloadTimer;
    quint64 m_request = 0;
    quint64 m_historyRequest = 0;
};

} // namespace Moulin
