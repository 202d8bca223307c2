// The Plan de salle editor while dragging: 150 tables (three rooms, every
// shape, some blocked, joins), the whole tab on screen (offscreen platform,
// 1400×900), a selection dragged with the mouse. Each update is one mouse
// move sent to the view — the document's command (merged into the drag's),
// its signal, the items moved, the side panel — and the viewport painted at
// once (repaint()). Prints, per selection size, the median, 99th percentile
// and maximum time of an update; exits 1 when a p99 is above 16 ms.

#include "floorbench.h"
#include "reservation/tableplan/floordocument.h"
#include "reservation/ui/flooreditor.h"
#include "reservation/ui/floorplantab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QUndoStack>

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
    parser.process(app);
    const int moves = parser.value(QStringLiteral("moves")).toInt();

    FloorPlanTab tab;
    tab.resize(1400, 900);
    tab.show();
    FloorDocument* doc = tab.document();
    FloorEditor* editor = tab.editor();
    doc->setPlan(plan150());
    editor->fitToPlan(); // all 150 tables in view: the most to paint
    QApplication::processEvents();
    std::printf("plan: %lld tables, %lld joins, view %dx%d px at %.2f px/cm\n",
                qlonglong(doc->layout().tables.size()), qlonglong(doc->layout().joins.size()),
                editor->viewport()->width(), editor->viewport()->height(), editor->zoom());

    bool ok = true;
    for (const int selected : {1, 40, 150}) {
        QStringList ids;
        for (int i = 0; i < selected; ++i)
            ids << doc->layout().tables[i].id;
        editor->selectTables(ids);
        QApplication::processEvents();
        QWidget* vp = editor->viewport();
        const QPoint start = editor->viewportPointOf(ids.first());
        // Two measures: a frame as the window makes it (the move, then the
        // event loop paints what changed), and the move followed by the
        // whole viewport painted (the worst case: every table drawn).
        for (const bool whole : {false, true}) {
            send(vp, QEvent::MouseButtonPress, start, Qt::LeftButton);
            QList<double> ms;
            QElapsedTimer timer;
            int real = 0;
            for (int i = 1; i <= moves; ++i) {
                // A back-and-forth path of 3 px steps: the 10 cm grid is
                // crossed about every other step.
                const int phase = i % 80;
                const QPoint offset(3 * (phase < 40 ? phase : 80 - phase), (i / 80) * 4);
                const QPointF before = doc->layout().tables.first().position;
                timer.start();
                send(vp, QEvent::MouseMove, start + offset, Qt::LeftButton);
                if (whole)
                    vp->repaint();
                else
                    QApplication::processEvents();
                ms << timer.nsecsElapsed() / 1e6;
                real += doc->layout().tables.first().position != before ? 1 : 0;
            }
            send(vp, QEvent::MouseButtonRelease, start, Qt::NoButton);
            QApplication::processEvents();
            const double p50 = percentile(ms, 0.5), p99 = percentile(ms, 0.99);
            const double max = *std::max_element(ms.cbegin(), ms.cend());
            std::printf("drag %3d table(s), %-13s: %d updates (%d moved), median %5.2f ms, p99 %5.2f ms, "
                        "max %5.2f ms; %d command(s)\n",
                        selected, whole ? "whole repaint" : "frame", moves, real, p50, p99, max,
                        doc->undoStack()->count());
            ok = ok && p99 <= 16.0;
            doc->undoStack()->undo();
            QApplication::processEvents();
        }
    }
    std::printf("%s\n", ok ? "OK: every p99 within 16 ms" : "SLOW: a p99 above 16 ms");
    return ok ? 0 : 1;
}
