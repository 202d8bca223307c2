#pragma once

// The seam every area plugs into. An area (sales, suppliers, reservations,
// customers, rosters) is one object the application lists in app/areas.cpp;
// through it the area brings, without the application knowing any of it:
//
//   - its connector modules (registerConnectors(): catalogue entries, feeds,
//     auth profiles, outbox handlers, sandbox emulations — each provider in
//     modules/<area>/connectors/<provider>/);
//   - its schema: migrations under the resource prefix /migrations/<area>,
//     numbered in one sequence with the common ones (database.h);
//   - its tab(s), File-menu actions and settings sections (window only),
//     and a say before the window closes (maybeClose(): unsaved work);
//   - what it attaches to the runtime (attach()/detach(), window and
//     headless alike): live updates, outbox writers.
//
// Areas never include each other; they meet through common types, read
// interfaces and signals.

#include <QDate>
#include <QList>
#include <QString>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QWidget;

namespace Moulin {

class ConnectorRuntime;
class SettingsDialog;

/// What the window lends an area (only in the window, never headless).
class AreaHost
{
public:
    virtual ~AreaHost();
    /// The main window, as a parent for dialogs.
    virtual QWidget* window() const = 0;
    /// A line in the status bar for `timeoutMs` (0: until replaced).
    virtual void showStatusMessage(const QString& text, int timeoutMs = 15000) = 0;
    /// File ▸ Settings…, with a new connection of `typeId` started (or that
    /// connection selected when it exists); empty: just the dialog.
    virtual void openConnectorSetup(const QString& typeId) = 0;
    /// File ▸ Settings… opened on the section titled `title`.
    virtual void openSettingsSection(const QString& title) = 0;
    /// Brings one of the area's tabs to the front (default: nothing).
    virtual void showTab(QWidget* tab);
};

/// One tab of the main window. The window owns the widget once added.
struct AreaTab
{
    QWidget* widget = nullptr;
    /// Translated at every language change ("&Ventes").
    std::function<QString()> title;
    std::function<QString()> toolTip;
};

/// An entry of the File menu. The menu owns the action.
struct AreaAction
{
    QAction* action = nullptr;
    /// Translated at every language change ("&Export comptable (FEC)…").
    std::function<QString()> text;
};

/// What `moulin --export KIND` hands to the area whose export it is.
struct HeadlessExportArgs
{
    QString kind;   ///< "roster"
    QDate from;     ///< --from, when given
    QDate to;       ///< --to, when given
    QString week;   ///< --week, "2026-W50"
    QString out;    ///< --out
    QString format; ///< --format ("eancom"), when given
};

class Area
{
public:
    virtual ~Area();

    /// Stable id, also the folder under modules/ ("pos", "reservation").
    virtual QString id() const = 0;

    /// Registers the area's connector modules (ConnectorModules::add) and
    /// their sandbox emulations. Called once per process, window or
    /// headless, before the database opens and the runtime starts.
    virtual void registerConnectors() = 0;

    /// The runtime started (or started again, e.g. after leaving demo mode):
    /// connect to its signals, attach writers to its outbox. `host` is null
    /// without a window. Called after the database is open.
    virtual void attach(ConnectorRuntime* runtime, AreaHost* host);
    /// The runtime is about to go: drop everything attach() made.
    virtual void detach();

    /// The area's tabs, in order (window only; called once per window).
    virtual QList<AreaTab> createTabs(AreaHost* host);
    /// Entries for the File menu (e.g. the accounting export), parented to
    /// `parent` (window only).
    virtual QList<AreaAction> fileActions(QWidget* parent, AreaHost* host);
    /// Adds the area's sections (e.g. Comptabilité) to a settings dialog.
    virtual void extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime);
    /// The local database was opened or swapped (demo ↔ real).
    virtual void databaseChanged();
    /// The connection states changed: refresh what the area derives from
    /// them (an import notice, a banner). Window only.
    virtual void refreshStatus(ConnectorRuntime* runtime);

    /// The window is about to close: the area asks about work not saved yet
    /// (Save / Discard / Cancel, over `window`). False keeps the window open
    /// (the user cancelled, or saving failed). Default: true.
    virtual bool maybeClose(QWidget* window);

    /// `moulin --export KIND` without a window, the database open: -1 when
    /// `args.kind` is not one of the area's exports; else the exit code
    /// (0: written, its path printed on `out`; 1: refused, the reasons on
    /// `err`; 2: bad arguments).
    virtual int headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err);
};

using AreaList = std::vector<std::unique_ptr<Area>>;

} // namespace Moulin
