#pragma once

// What the floor plan's benchmarks share (bench_floorplan, bench_serviceview):
// a 150-table layout over three rooms at restaurant spacing (every shape, some
// turned 45°, some blocked, neighbours joinable by twos and threes), a mouse
// event sent to a widget, and a percentile of the timings.

#include "reservation/tableplan/floordocument.h"

#include <QApplication>
#include <QMouseEvent>

#include <algorithm>

namespace Moulin::Bench {

inline FloorPlan plan150()
{
    FloorPlan plan = FloorDocument::starterPlan();
    FloorLayout& l = plan.layouts.first();
    l.id = QStringLiteral("banquets");
    l.name = QStringLiteral("Banquets");
    plan.defaultLayoutId = l.id;
    l.rooms[0].area = QRectF(0, 0, 2000, 1300);
    l.rooms[1].area = QRectF(2060, 0, 1000, 1300);
    l.rooms[2].area = QRectF(0, 1360, 2000, 600);
    int n = 0;
    const auto add = [&](const QString& room, QPointF at, int k) {
        const TableShape shape = k % 3 == 0   ? TableShape::Round
                                 : k % 3 == 1 ? TableShape::Square
                                              : TableShape::Rectangle;
        PlanTable t = standardTable(shape, shape == TableShape::Rectangle ? 6 : (k % 2 ? 2 : 4));
        ++n;
        t.id = QStringLiteral("t%1").arg(n);
        t.label = QStringLiteral("T%1").arg(n);
        t.roomId = room;
        t.position = at;
        t.rotation = (k % 7 == 0) ? 45 : 0;
        t.blocked = k % 11 == 0;
        l.tables << t;
    };
    for (int r = 0; r < 8; ++r)
        for (int c = 0; c < 10; ++c)
            add(QStringLiteral("salle"), QPointF(110 + 190 * c, 100 + 160 * r), r * 10 + c);
    for (int r = 0; r < 8; ++r)
        for (int c = 0; c < 5; ++c)
            add(QStringLiteral("terrasse"), QPointF(2160 + 190 * c, 100 + 160 * r), r * 5 + c + 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 10; ++c)
            add(QStringLiteral("salon"), QPointF(110 + 190 * c, 1460 + 180 * r), r * 10 + c + 5);
    for (int i = 0; i + 2 < 80; i += 2) {
        if ((i % 10) < 8) {
            l.joins << PlanJoin{normalisedTableSet({l.tables[i].id, l.tables[i + 1].id}), 6, 1};
            l.joins << PlanJoin{normalisedTableSet({l.tables[i].id, l.tables[i + 1].id, l.tables[i + 2].id}),
                                8, 1};
        }
    }
    return plan;
}

/// A mouse press, move or release at `at` (widget coordinates), left button.
inline void send(QWidget* w, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(at), w->mapToGlobal(QPointF(at)),
                  type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

/// The `p` quantile (0.99: p99) of `v`, nearest rank.
inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5));
    return v.value(i);
}

} // namespace Moulin::Bench
