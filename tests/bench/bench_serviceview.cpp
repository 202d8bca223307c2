// The Service tab while dragging a booking: 150 tables (three rooms, every
// shape, some blocked, joins) and 400 bookings in the day's dinner (most of
// them on their tables), the whole tab on screen (offscreen platform,
// 1400×900). Each update is one mouse move sent to the floor view — the
// dragged chip moved, the table under it found and, when it changes,
// checked by the capacity rules and marked — then either the event loop
// painting what changed (a frame) or the whole viewport painted at once
// (repaint(): every table and chip drawn). Prints the median, 99th
// percentile and maximum time of an update for a booking dragged from a
// table and from the list; exits 1 when a p99 is above 16 ms.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "floorbench.h"
#include "reservation/tableplan/floordocument.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/ui/servicetab.h"
#include "reservation/ui/serviceviews.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Moulin;
using namespace Moulin::Bench;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("moves"), QStringLiteral("Mouse moves per drag."), QStringLiteral("n"),
                      QStringLiteral("400")});
    parser.addOption({QStringLiteral("bookings"), QStringLiteral("Bookings in the service."),
                      QStringLiteral("n"), QStringLiteral("400")});
    parser.process(app);
    const int moves = parser.value(QStringLiteral("moves")).toInt();
    const int count = parser.value(QStringLiteral("bookings")).toInt();

    QTemporaryDir dir;
    AppPaths::setDataDir(dir.path());
    const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
    if (!opened.ok()) {
        std::fprintf(stderr, "database: %s\n", qPrintable(opened.message));
        return 2;
    }
    QSqlDatabase db = Database::connection();
    const QDate day(2026, 12, 12);
    const FloorPlan plan = plan150();
    QString error;
    if (!FloorStore::save(db, plan, &error)) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(error));
        return 2;
    }
    // 400 bookings from 18:30 to 22:45, parties of 1 to 8, some with allergies.
    const FloorLayout& layout = plan.layouts.first();
    BookStore store;
    QRandomGenerator random(11);
    QList<qint64> ids;
    Database::transaction(
        db,
        [&](QString* e) {
            for (int i = 0; i < count; ++i) {
                BookingRecord r;
                r.channel = QLatin1String(BookingChannel::kPhone);
                r.startsAt = QDateTime(day, QTime(18, 30).addSecs(60 * 15 * random.bounded(18)),
                                       QTimeZone("Europe/Paris"));
                r.partySize = 1 + random.bounded(8);
                r.guest.name = QStringLiteral("Client %1").arg(i + 1);
                r.guest.phone = QStringLiteral("06 %1").arg(10000000 + i);
                if (i % 9 == 0)
                    r.guest.allergies = QStringLiteral("gluten");
                const std::optional<qint64> id = store.addManual(db, r, e);
                if (!id)
                    return false;
                ids << *id;
            }
            return true;
        },
        &error);
    // Most of them on their tables: each on the first table the rules take.
    ServiceBoard board;
    CapacityRules rules;
    board.load(db, layout, rules, day, 1, &error);
    int placed = 0;
    for (qint64 id : std::as_const(ids)) {
        for (const PlanTable& t : layout.tables) {
            if (board.check(id, {t.id}).ok()) {
                placed +=
                    board.place(db, id, {t.id}, QStringLiteral("bench"), false, nullptr, &error) ? 1 : 0;
                break;
            }
        }
    }

    ServiceTab tab;
    tab.setRules(rules);
    tab.resize(1400, 900);
    tab.show();
    tab.showService(day, 1);
    tab.setMinute(20 * 60);
    QApplication::processEvents();
    ServiceFloorView* floor = tab.floorView();
    QWidget* vp = floor->viewport();
    std::printf("service: %lld tables, %lld joins, %lld bookings (%d placed, %lld to seat), view %dx%d px\n",
                qlonglong(layout.tables.size()), qlonglong(layout.joins.size()),
                qlonglong(tab.board().bookings().size()), placed, qlonglong(tab.board().unplaced().size()),
                vp->width(), vp->height());

    // A table with a booking shown, to drag from.
    QString from;
    for (const PlanTable& t : layout.tables) {
        if (floor->shownBookingOn(t.id)) {
            from = t.id;
            break;
        }
    }
    bool ok = true;
    for (const bool fromList : {false, true}) {
        for (const bool whole : {false, true}) {
            const QPoint start = floor->viewportPointOf(from);
            if (fromList) {
                floor->beginDrag(tab.board().unplaced().value(0, tab.board().bookings().first().id), start);
            } else {
                send(vp, QEvent::MouseButtonPress, start, Qt::LeftButton);
                send(vp, QEvent::MouseMove, start + QPoint(6, 0), Qt::LeftButton);
            }
            QList<double> ms;
            QElapsedTimer timer;
            int hovered = 0;
            QString last;
            for (int i = 1; i <= moves; ++i) {
                // Across the room and back: a new table under the cursor every few moves.
                const int phase = i % 200;
                const QPoint offset(4 * (phase < 100 ? phase : 200 - phase), (i / 200) * 30 + (i % 7));
                timer.start();
                if (fromList)
                    floor->dragTo(start + offset);
                else
                    send(vp, QEvent::MouseMove, start + offset, Qt::LeftButton);
                if (whole)
                    vp->repaint();
                else
                    QApplication::processEvents();
                ms << timer.nsecsElapsed() / 1e6;
                if (floor->hoveredTable() != last) {
                    last = floor->hoveredTable();
                    ++hovered;
                }
            }
            floor->cancelDrag();
            if (!fromList)
                send(vp, QEvent::MouseButtonRelease, start, Qt::NoButton);
            QApplication::processEvents();
            const double p50 = percentile(ms, 0.5), p99 = percentile(ms, 0.99);
            const double max = *std::max_element(ms.cbegin(), ms.cend());
            std::printf(
                "drag from %-5s, %-13s: %d updates (%d tables crossed, each checked), median %5.2f ms, "
                "p99 %5.2f ms, max %5.2f ms\n",
                fromList ? "list" : "table", whole ? "whole repaint" : "frame", moves, hovered, p50, p99,
                max);
            ok = ok && p99 <= 16.0;
        }
    }
    std::printf("%s\n", ok ? "OK: every p99 within 16 ms" : "SLOW: a p99 above 16 ms");
    db = QSqlDatabase();
    Database::closeConnection();
    return ok ? 0 : 1;
}
