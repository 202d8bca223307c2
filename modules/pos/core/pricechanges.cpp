#include "pos/core/pricechanges.h"

#include "common/core/database.h"

#include <QSqlQuery>
#include <QVariantList>

namespace Moulin {

namespace {

QList<PriceChange> readChanges(QSqlDatabase db, const QString& where, const QVariantList& values)
{
    QList<PriceChange> changes;
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT item_id, sku, name, local_state, local_price_cents, "
                                      "base_price_cents, conflict_price_cents, local_error, local_updated_at "
                                      "FROM pos_item WHERE %1 ORDER BY local_updated_at, item_id")
                           .arg(where),
                       values, "read price changes"))
        return changes;
    while (q.next()) {
        PriceChange c;
        c.itemId = q.value(0).toString();
        c.sku = q.value(1).toString();
        c.name = q.value(2).toString();
        c.state = q.value(3).toString();
        c.wantedCents = q.value(4).toLongLong();
        c.basePriceCents = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            c.posCents = q.value(6).toLongLong();
        c.error = q.value(7).toString();
        c.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        changes.append(c);
    }
    return changes;
}

} // namespace

std::optional<PriceChange> PriceChanges::pending(QSqlDatabase db, const QString& itemId)
{
    const QList<PriceChange> changes =
        readChanges(db, QStringLiteral("item_id = ? AND local_state <> 'synced'"), {itemId});
    if (changes.isEmpty())
        return std::nullopt;
    return changes.first();
}

QList<PriceChange> PriceChanges::allPending(QSqlDatabase db)
{
    return readChanges(db, QStringLiteral("local_state <> 'synced'"), {});
}

QList<PriceChange> PriceChanges::conflicts(QSqlDatabase db)
{
    return readChanges(db, QStringLiteral("local_state = 'conflict'"), {});
}

} // namespace Moulin
