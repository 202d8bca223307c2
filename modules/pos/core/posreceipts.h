#pragma once

// The sales area's ReceiptSource (common/core/guestactivitysources.h): the
// till's receipts stored or replaced after a cursor, with their sold items,
// for the customers area's profiles, read through the calling thread's
// connection (any thread).
//
// Cursor: the receipt's synced_at and id (a receipt the till sends again is
// stored again, with a new synced_at). Items: the sale lines with a SKU and a
// positive quantity that are not modifiers of another line. The table: the
// till's table number as it sent it (pos_receipt.table_number, migration
// 0031; empty when it did not say, and the customers area then links the
// receipt by time and covers).

#include "common/core/guestactivitysources.h"

#include <QSqlDatabase>

#include <functional>

namespace Moulin {

class PosReceipts final : public ReceiptSource
{
public:
    explicit PosReceipts(std::function<QSqlDatabase()> connection = {});

    Page receiptsChangedSince(const QString& cursor, int limit) const override;
    QList<ActivityReceipt> receipts(const QStringList& receiptIds) const override;

private:
    std::function<QSqlDatabase()> m_connection;
};

} // namespace Moulin
