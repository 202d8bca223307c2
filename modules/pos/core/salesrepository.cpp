#include "pos/core/salesrepository.h"

#include "common/core/connectorcatalog.h"
#include "common/core/database.h"
#include "common/sync/quarantine.h"
#include "pos/core/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Moulin {

namespace {

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

SalesKpis kpisFrom(qint64 gross, qint64 net, int receipts, int covers)
{
    SalesKpis k;
    k.grossCents = gross;
    k.netCents = net;
    k.receipts = receipts;
    k.covers = covers;
    k.averageTicketCents = receipts > 0 ? Money::divRound(gross, receipts) : 0;
    return k;
}

bool validPeriod(const SalesPeriod& p)
{
    return p.from.isValid() && p.to.isValid() && p.from <= p.to;
}

/// A period that stops during its last day: its whole days (from .. to - 1)
/// are read from the rollups, its last day from the receipts closed up to
/// the cut, which count exactly as the store counts them in the rollups (not
/// cancelled; receipts and covers of the counted ones only).
struct Cut
{
    bool active = false;
    QDate lastWholeDay; // the period's last day read from the rollups
    QString day;        // the cut day
    int hour = 0;       // its local hour (the (day, hour) index bounds the read)
    QString closedBy;   // closed_at <= this: UTC, as the store writes it

    /// " UNION ALL SELECT `rows` WHERE <the cut day's receipts>", `rows`
    /// being a select list and its FROM on pos_receipt x; empty without a cut.
    QString receiptsPart(const QString& rows, QVariantList& values) const
    {
        if (!active)
            return {};
        values << day << hour << closedBy;
        return QStringLiteral(" UNION ALL SELECT %1 WHERE x.day = ? AND x.hour <= ? AND x.closed_at <= ? AND "
                              "x.cancelled = 0")
            .arg(rows);
    }
};

Cut cutOf(const SalesPeriod& p, const QTimeZone& zone)
{
    Cut c;
    c.lastWholeDay = p.to;
    if (!p.until.isValid())
        return c;
    const QDateTime at(p.to, p.until, zone);
    c.active = true;
    c.lastWholeDay = p.to.addDays(-1); // BETWEEN from AND from - 1 reads nothing
    c.day = day(p.to);
    c.hour = at.time().hour(); // the hour that exists (a DST gap moves the time on)
    c.closedBy = at.toUTC().toString(Qt::ISODateWithMs);
    return c;
}

/// The rows of the daily rollup `rollup` in the period, as a FROM source
/// (a subquery) with the columns `columns`: its whole days from the rollup,
/// a cut last day from its receipts (`cutRows`: the same columns, see
/// Cut::receiptsPart()).
QString periodSource(const SalesPeriod& period, const QTimeZone& zone, const QString& rollup,
                     const QString& columns, const QString& cutRows, QVariantList& values)
{
    const Cut cut = cutOf(period, zone);
    values << day(period.from) << day(cut.lastWholeDay);
    return QStringLiteral("(SELECT %1 FROM %2 WHERE day BETWEEN ? AND ?%3)")
        .arg(columns, rollup, cut.receiptsPart(cutRows, values));
}

/// pos_rollup_daily as periodSource(): day, service, gross_cents,
/// net_cents, receipts, covers.
QString dailySource(const SalesPeriod& period, const QTimeZone& zone, QVariantList& values)
{
    return periodSource(period, zone, QStringLiteral("pos_rollup_daily"),
                        QStringLiteral("day, service, gross_cents, net_cents, receipts, covers"),
                        QStringLiteral("x.day, x.service, x.gross_cents, x.net_cents, x.counted, CASE WHEN "
                                       "x.counted <> 0 THEN x.covers ELSE 0 END FROM pos_receipt x"),
                        values);
}

} // namespace

SalesRepository::SalesRepository(QSqlDatabase db, const QTimeZone& zone)
    : m_db(std::move(db))
    , m_zone(zone.isValid() ? zone : QTimeZone("Europe/Paris"))
{
}

SalesKpis SalesRepository::kpis(const SalesPeriod& period) const
{
    if (!validPeriod(period))
        return {};
    QVariantList values;
    const QString source = dailySource(period, m_zone, values);
    QSqlQuery q(m_db);
    if (!Database::run(q,
                       QStringLiteral("SELECT COALESCE(sum(gross_cents), 0), COALESCE(sum(net_cents), 0), "
                                      "COALESCE(sum(receipts), 0), COALESCE(sum(covers), 0) FROM %1")
                           .arg(source),
                       values, "sales kpis") ||
        !q.next())
        return {};
    return kpisFrom(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt());
}

ServiceKpis SalesRepository::kpisByService(const SalesPeriod& period) const
{
    ServiceKpis result;
    if (!validPeriod(period))
        return result;
    QVariantList values;
    const QString source = dailySource(period, m_zone, values);
    QSqlQuery q(m_db);
    if (!Database::run(q,
                       QStringLiteral("SELECT service, sum(gross_cents), sum(net_cents), sum(receipts), "
                                      "sum(covers) FROM %1 GROUP BY service")
                           .arg(source),
                       values, "sales kpis by service"))
        return result;
    while (q.next()) {
        const SalesKpis k = kpisFrom(q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
                                     q.value(4).toInt());
        if (q.value(0).toInt() == 0)
            result.lunch = k;
        else
            result.dinner = k;
    }
    return result;
}

QList<DailyPoint> SalesRepository::daily(const SalesPeriod& period) const
{
    QList<DailyPoint> points;
    if (!validPeriod(period))
        return points;
    QHash<QString, DailyPoint> byDay;
    QVariantList values;
    const QString source = dailySource(period, m_zone, values);
    QSqlQuery q(m_db);
    if (Database::run(
            q,
            QStringLiteral("SELECT day, sum(net_cents), sum(gross_cents), sum(receipts), sum(covers) "
                           "FROM %1 GROUP BY day")
                .arg(source),
            values, "sales per day")) {
        while (q.next()) {
            DailyPoint p;
            p.netCents = q.value(1).toLongLong();
            p.grossCents = q.value(2).toLongLong();
            p.receipts = q.value(3).toInt();
            p.covers = q.value(4).toInt();
            byDay.insert(q.value(0).toString(), p);
        }
    }
    points.reserve(period.from.daysTo(period.to) + 1);
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        DailyPoint p = byDay.value(day(d));
        p.date = d;
        points.append(p);
    }
    return points;
}

QList<HourWeekdayCell> SalesRepository::hourWeekday(const SalesPeriod& period) const
{
    QList<HourWeekdayCell> cells;
    if (!validPeriod(period))
        return cells;
    QVariantList values;
    const QString source = periodSource(
        period, m_zone, QStringLiteral("pos_rollup_hourly"),
        QStringLiteral("weekday, hour, gross_cents, receipts"),
        QStringLiteral("x.weekday, x.hour, x.gross_cents, x.counted FROM pos_receipt x"), values);
    QSqlQuery q(m_db);
    if (!Database::run(q,
                       QStringLiteral("SELECT weekday, hour, sum(gross_cents) FROM %1 GROUP BY weekday, hour "
                                      "HAVING sum(gross_cents) <> 0 OR sum(receipts) <> 0 ORDER BY weekday, "
                                      "hour")
                           .arg(source),
                       values, "sales per hour and weekday"))
        return cells;
    while (q.next())
        cells.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong()});
    return cells;
}

QList<GroupTotal> SalesRepository::byAccountingGroup(const SalesPeriod& period) const
{
    QList<GroupTotal> groups;
    if (!validPeriod(period))
        return groups;
    QVariantList values;
    const QString source = periodSource(
        period, m_zone, QStringLiteral("pos_rollup_group_daily"),
        QStringLiteral("group_id, gross_cents, net_cents"),
        QStringLiteral("COALESCE(l.group_id, ''), l.gross_cents, l.net_cents FROM pos_receipt x JOIN "
                       "pos_sale_line l ON l.receipt_id = x.receipt_id"),
        values);
    QSqlQuery q(m_db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT r.group_id, g.name, sum(r.net_cents), sum(r.gross_cents) FROM %1 r "
                           "LEFT JOIN pos_accounting_group g ON g.group_id = r.group_id GROUP BY "
                           "r.group_id HAVING sum(r.gross_cents) <> 0 ORDER BY 4 DESC, 1")
                .arg(source),
            values, "sales per accounting group"))
        return groups;
    while (q.next()) {
        GroupTotal g;
        g.groupId = q.value(0).toString();
        g.name = q.value(1).toString();
        if (g.name.isEmpty())
            g.name = g.groupId.isEmpty()
                         ? QCoreApplication::translate("Moulin::SalesRepository", "Unclassified")
                         : g.groupId;
        g.netCents = q.value(2).toLongLong();
        g.grossCents = q.value(3).toLongLong();
        groups.append(g);
    }
    return groups;
}

QList<ItemTotal> SalesRepository::topItems(const SalesPeriod& period, int limit, bool bottom) const
{
    QList<ItemTotal> items;
    if (!validPeriod(period) || limit <= 0)
        return items;
    // Whole months from the monthly rollup, the days around them from the
    // daily one, a cut last day from its receipts. (A period of one cut day
    // has no whole day: the daily range from .. from - 1 reads nothing.)
    const Cut cut = cutOf(period, m_zone);
    const QDate lastWhole = cut.lastWholeDay;
    QDate firstMonth(period.from.year(), period.from.month(), 1);
    if (firstMonth < period.from)
        firstMonth = firstMonth.addMonths(1);
    const QDate afterLast = QDate(lastWhole.year(), lastWhole.month(), 1).addMonths(1);
    const QDate lastMonthEnd = afterLast.addDays(-1) == lastWhole
                                   ? lastWhole
                                   : QDate(lastWhole.year(), lastWhole.month(), 1).addDays(-1);
    QVariantList values;
    QString sql;
    if (firstMonth <= lastMonthEnd) {
        sql = QStringLiteral(
            "SELECT sku, name, quantity_milli, gross_cents FROM pos_rollup_item_daily WHERE day "
            "BETWEEN ? AND ? OR day BETWEEN ? AND ? UNION ALL SELECT sku, name, quantity_milli, "
            "gross_cents FROM pos_rollup_item_monthly WHERE month BETWEEN ? AND ?");
        values = {day(period.from),
                  day(firstMonth.addDays(-1)),
                  day(lastMonthEnd.addDays(1)),
                  day(lastWhole),
                  firstMonth.toString(QStringLiteral("yyyy-MM")),
                  lastMonthEnd.toString(QStringLiteral("yyyy-MM"))};
    } else {
        sql = QStringLiteral(
            "SELECT sku, name, quantity_milli, gross_cents FROM pos_rollup_item_daily WHERE day "
            "BETWEEN ? AND ?");
        values = {day(period.from), day(lastWhole)};
    }
    // The rollup keeps the name of the lines sold (not of refunds).
    sql += cut.receiptsPart(QStringLiteral("COALESCE(l.sku, ''), CASE WHEN l.quantity_milli > 0 THEN l.name "
                                           "END, l.quantity_milli, l.gross_cents FROM pos_receipt x JOIN "
                                           "pos_sale_line l ON l.receipt_id = x.receipt_id"),
                            values);
    values.append(limit);
    QSqlQuery q(m_db);
    if (!Database::run(
            q,
            QStringLiteral(
                "SELECT t.sku, COALESCE((SELECT name FROM pos_item i WHERE i.sku = t.sku ORDER BY "
                "i.active DESC LIMIT 1), t.name, t.sku), t.quantity, t.gross FROM (SELECT sku, "
                "max(name) AS name, sum(quantity_milli) AS quantity, sum(gross_cents) AS gross FROM "
                "(%1) WHERE sku <> '' GROUP BY sku) t ORDER BY t.gross %2, t.sku LIMIT ?")
                .arg(sql, bottom ? QStringLiteral("ASC") : QStringLiteral("DESC")),
            values, "top items"))
        return items;
    while (q.next()) {
        ItemTotal it;
        it.sku = q.value(0).toString();
        it.name = q.value(1).toString();
        it.quantity = double(q.value(2).toLongLong()) / 1000.0;
        it.grossCents = q.value(3).toLongLong();
        items.append(it);
    }
    return items;
}

QList<PaymentTotal> SalesRepository::payments(const SalesPeriod& period) const
{
    QList<PaymentTotal> result;
    if (!validPeriod(period))
        return result;
    QVariantList values;
    const QString source = periodSource(period, m_zone, QStringLiteral("pos_rollup_payment_daily"),
                                        QStringLiteral("method, amount_cents, payments"),
                                        QStringLiteral("p.method, p.amount_cents, 1 FROM pos_receipt x JOIN "
                                                       "pos_payment p ON p.receipt_id = x.receipt_id"),
                                        values);
    QSqlQuery q(m_db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT method, sum(amount_cents), sum(payments) FROM %1 GROUP BY method "
                           "HAVING sum(payments) <> 0 OR sum(amount_cents) <> 0 ORDER BY 2 DESC, 1")
                .arg(source),
            values, "payments"))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt()});
    return result;
}

QList<ReceiptRow> SalesRepository::receipts(const SalesPeriod& period, std::optional<int> hour,
                                            std::optional<int> weekday, const QString& groupId,
                                            const QString& sku, const QString& paymentMethod) const
{
    QList<ReceiptRow> rows;
    if (!validPeriod(period))
        return rows;
    QString sql = QStringLiteral("SELECT r.receipt_id, r.closed_at, r.gross_cents, r.net_cents, r.covers, "
                                 "r.payment_methods FROM pos_receipt r WHERE r.day BETWEEN ? AND ? AND "
                                 "r.cancelled = 0");
    QVariantList values{day(period.from), day(period.to)};
    const Cut cut = cutOf(period, m_zone);
    if (cut.active) {
        sql += QStringLiteral(" AND (r.day < ? OR r.closed_at <= ?)");
        values << cut.day << cut.closedBy;
    }
    if (hour) {
        sql += QStringLiteral(" AND r.hour = ?");
        values.append(*hour);
    }
    if (weekday) {
        sql += QStringLiteral(" AND r.weekday = ?");
        values.append(*weekday);
    }
    if (!groupId.isEmpty()) {
        sql +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM pos_sale_line l WHERE l.receipt_id = r.receipt_id AND "
                           "l.group_id = ?)");
        values.append(groupId);
    }
    if (!sku.isEmpty()) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM pos_sale_line l WHERE l.receipt_id = r.receipt_id AND l.sku = ?)");
        values.append(sku);
    }
    if (!paymentMethod.isEmpty()) {
        sql +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM pos_payment p WHERE p.receipt_id = r.receipt_id AND "
                           "(p.method = ? OR p.code = ?))");
        values.append(paymentMethod);
        values.append(paymentMethod);
    }
    sql += QStringLiteral(" ORDER BY r.closed_at, r.receipt_id");
    QSqlQuery q(m_db);
    if (!Database::run(q, sql, values, "receipts"))
        return rows;
    while (q.next()) {
        ReceiptRow row;
        row.receiptId = q.value(0).toString();
        row.closedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        row.grossCents = q.value(2).toLongLong();
        row.netCents = q.value(3).toLongLong();
        row.covers = q.value(4).toInt();
        row.paymentMethods = q.value(5).toString();
        rows.append(row);
    }
    return rows;
}

QList<MenuItemRow> SalesRepository::menuItems() const
{
    QList<MenuItemRow> rows;
    QSqlQuery q(m_db);
    if (!Database::run(
            q,
            QStringLiteral(
                "SELECT i.item_id, i.sku, i.name, g.name, CASE WHEN i.local_state <> 'synced' AND "
                "i.local_price_cents IS NOT NULL THEN i.local_price_cents ELSE i.remote_price_cents "
                "END, COALESCE(t.vat_bp, -1), i.local_state, "
                // Neither the item nor its group names a rate (the demo
                // till's feed does not): the rate its latest sales were
                // taxed at, as the food-cost code reads it (PosMenuSales).
                "(SELECT (r.gross_cents - r.net_cents) * 10000.0 / r.net_cents FROM "
                "pos_rollup_item_daily r WHERE r.sku = i.sku AND r.net_cents > 0 ORDER BY r.day "
                "DESC LIMIT 1) FROM pos_item i LEFT JOIN "
                "pos_accounting_group g ON g.group_id = i.group_id LEFT JOIN pos_tax_rate t ON "
                "t.tax_code = COALESCE(i.tax_code, g.tax_code) WHERE i.active = 1 ORDER BY g.name, "
                "i.name, i.item_id"),
            {}, "menu items"))
        return rows;
    while (q.next()) {
        MenuItemRow r;
        r.itemId = q.value(0).toString();
        r.sku = q.value(1).toString();
        r.name = q.value(2).toString();
        r.groupName = q.value(3).toString();
        r.priceCents = q.value(4).toLongLong();
        r.vatRateBasisPoints = q.value(5).toInt();
        if (r.vatRateBasisPoints < 0) {
            // The French rate nearest to what the till charged (within half
            // a point: rounding on small amounts), else unknown (0).
            r.vatRateBasisPoints = 0;
            if (!q.value(7).isNull()) {
                const double charged = q.value(7).toDouble();
                for (int rate : {550, 1000, 2000}) {
                    if (std::abs(charged - rate) <= 50) {
                        r.vatRateBasisPoints = rate;
                        r.vatFromSales = true;
                    }
                }
            }
        }
        r.syncState = q.value(6).toString();
        rows.append(r);
    }
    return rows;
}

QStringList SalesRepository::posConnectors()
{
    // The sales area's connectors: every POS type of the catalogue, and the
    // store's own default name. Without a catalogue (tests), every row.
    QStringList ids;
    for (const ConnectorType& type : ConnectorCatalog::types()) {
        if (type.kind == QLatin1String("pos"))
            ids.append(type.id);
    }
    if (!ids.isEmpty())
        ids.append(QStringLiteral("pos"));
    return ids;
}

int SalesRepository::quarantineCount() const
{
    return int(Quarantine::openCount(m_db, posConnectors()));
}

int SalesRepository::quarantineReleasedCount(QDateTime* lastAt) const
{
    const QStringList connectors = posConnectors();
    QString where = QStringLiteral("resolution = 'released'");
    QVariantList binds;
    if (!connectors.isEmpty()) {
        QStringList marks;
        for (const QString& c : connectors) {
            marks.append(QStringLiteral("?"));
            binds.append(c);
        }
        where += QStringLiteral(" AND connector IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(m_db);
    if (!Database::run(
            q, QStringLiteral("SELECT count(*), max(resolved_at) FROM quarantine WHERE %1").arg(where), binds,
            "released quarantine count") ||
        !q.next())
        return 0;
    if (lastAt)
        *lastAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    return q.value(0).toInt();
}

bool SalesRepository::hasMenuItems() const
{
    QSqlQuery q(m_db);
    if (!Database::run(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pos_item WHERE active = 1)"), {},
                       "any menu item") ||
        !q.next())
        return false;
    return q.value(0).toBool();
}

QList<QuarantineRow> SalesRepository::quarantine(int limit) const
{
    QList<QuarantineRow> rows;
    for (const QuarantinedRecord& record : Quarantine::rows(m_db, posConnectors(), false, limit))
        rows.append({record.at, record.recordKey, record.reason, QString::fromUtf8(record.payload)});
    return rows;
}

SalesPeriod SalesRepository::samePeriodLastYear(const SalesPeriod& period)
{
    return {period.from.addDays(-364), period.to.addDays(-364), period.until};
}

} // namespace Moulin
