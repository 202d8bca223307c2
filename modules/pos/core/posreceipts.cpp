#include "pos/core/posreceipts.h"

#include "common/core/database.h"

#include <QSqlQuery>

namespace Moulin {

PosReceipts::PosReceipts(std::function<QSqlDatabase()> connection)
    : m_connection(std::move(connection))
{
}

ReceiptSource::Page PosReceipts::receiptsChangedSince(const QString& cursor, int limit) const
{
    Page page;
    page.cursor = cursor;
    QString at, key;
    ActivityCursor::split(cursor, &at, &key);
    QSqlDatabase db = m_connection ? m_connection() : Database::connection();
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT receipt_id, closed_at, day, service, covers, gross_cents, "
                           "counted, cancelled, synced_at, table_number FROM pos_receipt WHERE "
                           "(COALESCE(synced_at, '') > COALESCE(?, '') OR (COALESCE(synced_at, '') = "
                           "COALESCE(?, '') AND receipt_id > COALESCE(?, ''))) ORDER BY COALESCE(synced_at, "
                           "''), receipt_id LIMIT ?"),
            {at, at, key, limit}, "receipts for the profiles"))
        return page;
    while (q.next()) {
        ActivityReceipt r;
        r.receiptId = q.value(0).toString();
        r.closedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        r.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.service = q.value(3).toInt();
        r.covers = q.value(4).toInt();
        r.totalCents = q.value(5).toLongLong();
        r.counted = q.value(6).toInt() != 0 && q.value(7).toInt() == 0;
        r.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
        r.table = q.value(9).toString();
        page.cursor = ActivityCursor::make(q.value(8).toString(), r.receiptId);
        page.rows.append(r);
    }
    page.more = limit > 0 && page.rows.size() >= limit;

    QSqlQuery lines(db);
    lines.setForwardOnly(true);
    if (!lines.prepare(
            QStringLiteral("SELECT sku, name, quantity_milli, gross_cents FROM pos_sale_line WHERE "
                           "receipt_id = ? AND parent_line_id IS NULL AND sku IS NOT NULL AND "
                           "sku <> '' AND quantity_milli > 0 ORDER BY line_id")))
        return page;
    for (ActivityReceipt& r : page.rows) {
        lines.bindValue(0, r.receiptId);
        if (!Database::exec(lines, "receipt items for the profiles"))
            continue;
        while (lines.next())
            r.items.append({lines.value(0).toString(), lines.value(1).toString(), lines.value(2).toLongLong(),
                            lines.value(3).toLongLong()});
    }
    return page;
}

QList<ActivityReceipt> PosReceipts::receipts(const QStringList& receiptIds) const
{
    QList<ActivityReceipt> out;
    QSqlDatabase db = m_connection ? m_connection() : Database::connection();
    for (const QString& id : receiptIds) {
        QSqlQuery q(db);
        if (!Database::run(
                q,
                QStringLiteral("SELECT receipt_id, closed_at, day, service, covers, gross_cents, "
                               "counted, cancelled, synced_at FROM pos_receipt WHERE receipt_id = ?"),
                {id}, "a receipt for the export") ||
            !q.next())
            continue;
        ActivityReceipt r;
        r.receiptId = q.value(0).toString();
        r.closedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        r.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.service = q.value(3).toInt();
        r.covers = q.value(4).toInt();
        r.totalCents = q.value(5).toLongLong();
        r.counted = q.value(6).toInt() != 0 && q.value(7).toInt() == 0;
        r.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
        QSqlQuery lines(db);
        if (Database::run(
                lines,
                QStringLiteral("SELECT COALESCE(sku, ''), COALESCE(name, ''), quantity_milli, "
                               "gross_cents, parent_line_id IS NULL AND sku IS NOT NULL AND sku <> '' "
                               "AND quantity_milli > 0 FROM pos_sale_line WHERE receipt_id = ? ORDER "
                               "BY line_id"),
                {id}, "receipt lines for the export")) {
            while (lines.next()) {
                const ActivityReceipt::Item item{lines.value(0).toString(), lines.value(1).toString(),
                                                 lines.value(2).toLongLong(), lines.value(3).toLongLong()};
                r.lines.append(item);
                if (lines.value(4).toInt() != 0)
                    r.items.append(item);
            }
        }
        out.append(r);
    }
    return out;
}

} // namespace Moulin
