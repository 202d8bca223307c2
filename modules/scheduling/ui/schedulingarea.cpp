#include "scheduling/ui/schedulingarea.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/runtime/connectorruntime.h"
#include "scheduling/core/payroll.h"
#include "scheduling/core/rosterstore.h"
#include "scheduling/ui/rosterstab.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Moulin {

void RostersArea::registerConnectors()
{
    // No connector yet: the rosters are computed from the other areas' data.
}

QList<AreaTab> RostersArea::createTabs(AreaHost* host)
{
    databaseChanged(); // the demo team before the tab reads it
    auto* tab = new RostersTab;
    m_tab = tab;
    QObject::connect(tab, &RostersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    QObject::connect(tab, &RostersTab::statusMessage, tab, [host](const QString& text) {
        if (host)
            host->showStatusMessage(text);
    });
    return {{tab, [] { return tr("R&osters"); }, [] { return tr("Staff needs and generated rosters"); }}};
}

void RostersArea::databaseChanged()
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    // The demo restaurant has a team to plan; a real one imports its own.
    if (AppPaths::isDemoDatabase() && !RosterStore::hasConfig(db)) {
        QString error;
        RosterStore::saveConfig(db, StaffingConfig::demo(), &error);
    }
    if (m_tab)
        m_tab->forgetCovers(); // another database: another history and book; reloads
}

void RostersArea::attach(ConnectorRuntime* runtime, AreaHost* host)
{
    detach();
    Area::attach(runtime, host);
    if (!runtime || !m_tab)
        return;
    // The needs come from the till's history and the book: a page stored
    // (the first sync brings the history) makes the forecast again.
    RostersTab* tab = m_tab;
    m_runtimeConnections << QObject::connect(
        runtime, &ConnectorRuntime::pageStored, tab,
        [tab](const QString&, const QString&) { tab->coversSourcesChanged(); });
}

void RostersArea::detach()
{
    for (const QMetaObject::Connection& c : std::as_const(m_runtimeConnections))
        QObject::disconnect(c);
    m_runtimeConnections.clear();
    Area::detach();
}

int RostersArea::headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err)
{
    // roster: one row per shift; payroll: one row per person and the total.
    const bool payroll = args.kind == QLatin1String("payroll");
    if (args.kind != QLatin1String("roster") && !payroll)
        return -1;
    auto print = [](std::FILE* stream, const QString& line) {
        std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stream);
        std::fflush(stream);
    };
    const std::optional<QDate> monday = RosterStore::mondayOfIsoWeek(args.week);
    if (!monday) {
        print(err, tr("--week: \"%1\" is not an ISO week of that year.").arg(args.week));
        return 2;
    }
    QSqlDatabase db = Database::connection();
    const StoredWeek week = RosterStore::week(db, *monday);
    if (week.state == StoredWeek::State::None) {
        print(err, tr("There is no roster for week %1.").arg(args.week));
        return 1;
    }
    if (week.state == StoredWeek::State::Draft)
        print(err, tr("warning: the roster of week %1 is a draft, not published yet.").arg(args.week));
    const QList<StaffMember> staff = RosterStore::config(db).staff;
    QHash<QString, QString> names;
    for (const StaffMember& m : staff)
        names.insert(m.id, m.name);
    // The names as they were when the week was saved win over today's list.
    for (const auto& [id, name] : RosterStore::savedNames(db, *monday).asKeyValueRange())
        names.insert(id, name);
    const QFileInfo file(args.out);
    if (!QDir().mkpath(file.absolutePath())) {
        print(err, tr("Could not create the folder %1.").arg(file.absolutePath()));
        return 1;
    }
    QSaveFile save(file.absoluteFilePath());
    const QByteArray data = payroll ? Payroll::csv(Payroll::compute(*monday, week.shifts, staff, names))
                                    : RosterStore::shiftsCsv(week.shifts, names);
    if (!save.open(QIODevice::WriteOnly) || save.write(data) < 0 || !save.commit()) {
        print(err, tr("Could not write %1: %2").arg(file.absoluteFilePath(), save.errorString()));
        return 1;
    }
    print(out, file.absoluteFilePath());
    return 0;
}

} // namespace Moulin
