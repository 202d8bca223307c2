#pragma once

// Order drafts in the local database (migration 0016), saved at every edit
// so a half-typed order survives a restart, and the order number a draft
// reserves when it is sent (a second send after a crash is the same order).
// Every function works in the caller's connection.

#include "suppliers/core/orderdraft.h"
#include "suppliers/core/supplierstore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Moulin {

class OrderDraftStore
{
public:
    /// Saves `draft` whole (its lines replace the stored ones), in one
    /// transaction; a new draft gets its id.
    static bool save(QSqlDatabase& db, OrderDraft& draft, const QDateTime& now, QString* error);
    /// The draft `id` with its supplier and the products as the catalogue
    /// has them now (a product gone from it: the line as saved, unavailable);
    /// nullopt when there is no such draft or its supplier is gone.
    static std::optional<OrderDraft> load(QSqlDatabase& db, qint64 id);
    /// The supplier's most recently edited draft.
    static std::optional<qint64> latestFor(QSqlDatabase& db, const QString& supplierId);
    /// Every draft id, most recently edited first.
    static QList<qint64> drafts(QSqlDatabase& db);
    static bool remove(QSqlDatabase& db, qint64 id, QString* error);

    /// Gives `draft` (saved) its order number if it has none: the next free
    /// "PO-<day>-NNNN" of `day` among the orders sent and the numbers other
    /// drafts hold. Stored before anything is sent.
    static bool reserveOrderId(QSqlDatabase& db, OrderDraft& draft, const QDate& day, QString* error);

    /// A new draft for the supplier of `order` with its lines (quantities as
    /// ordered), for the next possible delivery at `now`; products no longer
    /// in the catalogue come as unavailable lines. The new draft's id, or
    /// nullopt and `error`.
    static std::optional<qint64> fromOrder(QSqlDatabase& db, const StoredOrder& order, const QDateTime& now,
                                           QString* error);
};

} // namespace Moulin
