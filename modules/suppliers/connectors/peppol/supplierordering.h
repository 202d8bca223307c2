#pragma once

#include "common/net/httptypes.h"
#include "common/sync/outbox.h"
#include "suppliers/core/order.h"
#include "suppliers/core/ublvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <memory>

namespace Moulin {

/// Sending an order to a supplier, exactly once: the UBL Order is written
/// and validated (PEPPOL BIS Ordering 3.0, UblOrderValidator), stored with
/// its idempotency key (OrderIdentity) in one transaction, then queued in
/// the outbox under that same key. The outbox sends the stored bytes, and
/// only those, until the supplier confirms: after a timeout, a connection
/// the supplier dropped once it had stored the order, or a restart, it
/// sends them again with the same key, and the supplier answers what it
/// answered the first time. The handler validates the bytes again before
/// every attempt (a document that fails is rejected, never sent).
class SupplierOrdering
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SupplierOrdering)

public:
    /// The outbox kind of an order.
    static constexpr const char* kOrderKind = "supplier_order";

    struct Placed
    {
        bool ok = false;
        QString error; ///< translated
        QList<UblIssue> issues;
        QByteArray idempotencyKey;
        QByteArray ubl;
    };

    /// Writes, validates and stores `order` for `connector` in `db` (this
    /// thread's connection), then queues it in `outbox` (when given).
    static Placed place(QSqlDatabase& db, Outbox* outbox, const QString& connector, const Order& order);
    /// Queues again every stored order of `connector` the outbox does not
    /// hold (Moulin stopped between storing and queueing); the number queued.
    static int requeue(QSqlDatabase& db, Outbox* outbox, const QString& connector);
    /// How the outbox delivers an order of `connector` to `apiUrl`/orders.
    static std::shared_ptr<OutboxHandler> handler(const QUrl& apiUrl, const QString& connector,
                                                  int timeoutMs = 0);
};

} // namespace Moulin
