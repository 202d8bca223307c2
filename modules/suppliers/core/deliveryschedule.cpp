#include "suppliers/core/deliveryschedule.h"

#include "common/core/database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Moulin {

namespace {

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

/// Late or not, and why, for one not yet received.
void judge(ScheduledDelivery& d, const QDate& today, bool announcedPartial)
{
    if (d.hasReceipt || d.actual.isValid()) {
        d.arrivedLate = d.requested.isValid() && d.actual.isValid() && d.actual > d.requested;
        d.day = d.actual.isValid() ? d.actual : (d.expected.isValid() ? d.expected : d.requested);
        return;
    }
    d.day = d.expected.isValid() ? d.expected : d.requested;
    if (d.day.isValid() && d.day < today)
        d.lateReason = LateReason::Overdue;
    else if (d.expected.isValid() && d.requested.isValid() && d.expected > d.requested)
        d.lateReason = LateReason::Announced;
    d.state = d.lateReason != LateReason::None ? DeliveryState::Late
              : announcedPartial               ? DeliveryState::Partial
                                               : DeliveryState::Upcoming;
}

QList<ScheduledDelivery> everything(QSqlDatabase& db, const QDate& today)
{
    QList<ScheduledDelivery> out;
    // The announced deliveries, with their receipt (and whether it found a
    // shortfall or damaged goods).
    QSqlQuery q(db);
    if (Database::run(
            q,
            QStringLiteral(
                "SELECT d.supplier_id, COALESCE(s.name, d.supplier_id), d.order_id, d.despatch_id, "
                "d.requested_date, d.expected_date, COALESCE(d.actual_date, r.received_on), d.partial, "
                "r.order_id IS NOT NULL, EXISTS (SELECT 1 FROM supplier_receipt_line l WHERE "
                "l.supplier_id = d.supplier_id AND l.order_id = d.order_id AND l.despatch_id = d.despatch_id "
                "AND l.discrepancy IN ('missing', 'damaged')), o.total_excl_micros, (SELECT COUNT(*) FROM "
                "supplier_order_line ol WHERE ol.supplier_id = d.supplier_id AND ol.order_id = d.order_id), "
                "COALESCE(o.status, '') = 'delivered' "
                "FROM supplier_delivery d LEFT JOIN supplier s ON s.id = d.supplier_id "
                "LEFT JOIN supplier_order o ON o.supplier_id = d.supplier_id AND o.id = d.order_id "
                "LEFT JOIN supplier_receipt r ON r.supplier_id = d.supplier_id AND r.order_id = d.order_id "
                "AND r.despatch_id = d.despatch_id"),
            {}, "reading the deliveries")) {
        while (q.next()) {
            ScheduledDelivery d;
            d.supplierId = q.value(0).toString();
            d.supplierName = q.value(1).toString();
            d.orderId = q.value(2).toString();
            d.despatchId = q.value(3).toString();
            d.requested = dateOf(q.value(4));
            d.expected = dateOf(q.value(5));
            d.actual = dateOf(q.value(6));
            // Received here, or the order marked delivered otherwise.
            d.hasReceipt = q.value(8).toBool() || q.value(12).toBool();
            d.totalExclVat = Decimal::fromMicros(q.value(10).toLongLong());
            d.lines = q.value(11).toInt();
            const bool shortfall = q.value(9).toBool();
            if (d.hasReceipt || d.actual.isValid())
                d.state = shortfall ? DeliveryState::Partial : DeliveryState::Received;
            judge(d, today, q.value(7).toBool());
            out.append(d);
        }
    }
    // The orders no advice announced yet, on their requested day (received
    // when a receipt against the order exists).
    QSqlQuery o(db);
    if (Database::run(
            o,
            QStringLiteral(
                "SELECT o.supplier_id, COALESCE(s.name, o.supplier_id), o.id, o.delivery_date, "
                "r.received_on, "
                "r.order_id IS NOT NULL, EXISTS (SELECT 1 FROM supplier_receipt_line l WHERE "
                "l.supplier_id = o.supplier_id AND l.order_id = o.id AND l.despatch_id = '' AND "
                "l.discrepancy IN ('missing', 'damaged')), o.total_excl_micros, (SELECT COUNT(*) FROM "
                "supplier_order_line ol WHERE ol.supplier_id = o.supplier_id AND ol.order_id = o.id), "
                "o.status = 'delivered' "
                "FROM supplier_order o LEFT JOIN supplier s ON s.id = o.supplier_id "
                "LEFT JOIN supplier_receipt r ON r.supplier_id = o.supplier_id AND r.order_id = o.id AND "
                "r.despatch_id = '' WHERE o.delivery_date IS NOT NULL AND o.status <> 'rejected' AND "
                "NOT EXISTS (SELECT 1 FROM supplier_delivery d WHERE d.supplier_id = o.supplier_id AND "
                "d.order_id = o.id)"),
            {}, "reading the orders to be delivered")) {
        while (o.next()) {
            ScheduledDelivery d;
            d.supplierId = o.value(0).toString();
            d.supplierName = o.value(1).toString();
            d.orderId = o.value(2).toString();
            d.despatchId = QStringLiteral(""); // not NULL in SQL
            d.requested = dateOf(o.value(3));
            d.actual = dateOf(o.value(4));
            d.hasReceipt = o.value(5).toBool() || o.value(9).toBool();
            d.totalExclVat = Decimal::fromMicros(o.value(7).toLongLong());
            d.lines = o.value(8).toInt();
            if (d.hasReceipt)
                d.state = o.value(6).toBool() ? DeliveryState::Partial : DeliveryState::Received;
            judge(d, today, false);
            out.append(d);
        }
    }
    std::sort(out.begin(), out.end(), [](const ScheduledDelivery& a, const ScheduledDelivery& b) {
        return std::tie(a.day, a.supplierName, a.orderId, a.despatchId) <
               std::tie(b.day, b.supplierName, b.orderId, b.despatchId);
    });
    return out;
}

} // namespace

QList<ScheduledDelivery> DeliverySchedule::between(QSqlDatabase& db, const QDate& from, const QDate& to,
                                                   const QDate& today)
{
    QList<ScheduledDelivery> all = everything(db, today);
    all.removeIf([&](const ScheduledDelivery& d) { return !d.day.isValid() || d.day < from || d.day > to; });
    return all;
}

QList<ScheduledDelivery> DeliverySchedule::late(QSqlDatabase& db, const QDate& today)
{
    QList<ScheduledDelivery> all = everything(db, today);
    const QDate oldest = today.addDays(-kLateLookbackDays);
    all.removeIf(
        [&](const ScheduledDelivery& d) { return d.state != DeliveryState::Late || d.day < oldest; });
    return all;
}

bool DeliverySchedule::evaluate(QSqlDatabase& db, const QDate& today, const QDateTime& now,
                                QList<ScheduledDelivery>* raised, QString* error)
{
    const QList<ScheduledDelivery> lateNow = late(db, today);
    QSet<QString> keys;
    for (const ScheduledDelivery& d : lateNow) {
        keys.insert(d.supplierId + u'\x1f' + d.orderId + u'\x1f' + d.despatchId);
        QSqlQuery q(db);
        if (!d.despatchId.isEmpty() &&
            !Database::run(q,
                           QStringLiteral("UPDATE supplier_delivery SET late = 1, updated_at = ? WHERE "
                                          "supplier_id = ? AND despatch_id = ? AND late = 0"),
                           {iso(now), d.supplierId, d.despatchId}, "flagging a late delivery")) {
            *error = q.lastError().text();
            return false;
        }
        QSqlQuery insert(db);
        if (!Database::run(
                insert,
                QStringLiteral("INSERT INTO supplier_late_delivery (supplier_id, order_id, "
                               "despatch_id, reason, due_date, raised_at) VALUES (?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (supplier_id, order_id, despatch_id) DO UPDATE SET reason = "
                               "excluded.reason, "
                               "due_date = excluded.due_date, cleared_at = NULL "
                               "WHERE cleared_at IS NOT NULL"),
                {d.supplierId, d.orderId, d.despatchId,
                 d.lateReason == LateReason::Overdue ? QStringLiteral("overdue")
                                                     : QStringLiteral("announced"),
                 d.day.toString(Qt::ISODate), iso(now)},
                "raising a late delivery")) {
            *error = insert.lastError().text();
            return false;
        }
        if (insert.numRowsAffected() > 0 && raised)
            raised->append(d);
    }
    // Received (or otherwise no longer late) since they were raised.
    QSqlQuery open(db);
    if (!Database::run(open,
                       QStringLiteral("SELECT supplier_id, order_id, despatch_id FROM supplier_late_delivery "
                                      "WHERE cleared_at IS NULL"),
                       {}, "reading the late deliveries raised")) {
        *error = open.lastError().text();
        return false;
    }
    QList<QVariantList> gone;
    while (open.next()) {
        const QString key = open.value(0).toString() + u'\x1f' + open.value(1).toString() + u'\x1f' +
                            open.value(2).toString();
        if (!keys.contains(key))
            gone.append({iso(now), open.value(0), open.value(1), open.value(2)});
    }
    for (const QVariantList& binds : std::as_const(gone)) {
        QSqlQuery clear(db);
        if (!Database::run(clear,
                           QStringLiteral("UPDATE supplier_late_delivery SET cleared_at = ? WHERE "
                                          "supplier_id = ? AND order_id = ? AND despatch_id = ?"),
                           binds, "clearing a late delivery")) {
            *error = clear.lastError().text();
            return false;
        }
    }
    return true;
}

QString DeliverySchedule::stateText(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Upcoming:
        return tr("Upcoming");
    case DeliveryState::Late:
        return tr("Late");
    case DeliveryState::Partial:
        return tr("Partial");
    case DeliveryState::Received:
        return tr("Received");
    }
    return {};
}

QString DeliverySchedule::describe(const ScheduledDelivery& d)
{
    const QString requested = d.requested.toString(u"dd/MM");
    switch (d.lateReason) {
    case LateReason::Overdue:
        return tr("%1: order %2 expected on %3 has not arrived")
            .arg(d.supplierName, d.orderId, d.day.toString(u"dd/MM"));
    case LateReason::Announced:
        return tr("%1: order %2 requested for %3 is announced for %4")
            .arg(d.supplierName, d.orderId, requested, d.expected.toString(u"dd/MM"));
    case LateReason::None:
        break;
    }
    return tr("%1: order %2, %3").arg(d.supplierName, d.orderId, stateText(d.state));
}

} // namespace Moulin
