#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <algorithm>

namespace Moulin {

class SandboxServer;

/// Generic provider shapes for the sync engine's tests, demo and benchmarks,
/// installed on a SandboxServer (faults and hit statistics apply to them):
///
///   GET  /_sandbox/records?cursor=<offset>&limit=<n>   (limit 1–5000, default 100)
///        `recordCount()` deterministic records, derived from the server's
///        seed: {"records":[{"id","name","amount","category","updated_at"}],
///        "next_cursor","complete","total","remaining"}. The cursor is the
///        offset as text; a bad cursor answers 400.
///   POST /_sandbox/orders        a write keyed by `Idempotency-Key` (or
///        `X-Request-Id`): a new key is applied (201 {"id","key","status"});
///        a known key with the same body is NOT applied again and answers
///        the first answer with `Idempotent-Replayed: true` (200); a known
///        key with another body: 422; no key: 400; a body with
///        "reject": true: 422 (a refusal, nothing applied).
///   GET|DELETE /_sandbox/ledger  the orders applied and every request
///        received (key, applied, replays) / forget them.
///
/// Lives on the server's thread; the accessors are for that thread.
class SandboxFeeds : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultRecordCount = 1000;
    static constexpr int kMaxPageSize = 5000;

    /// Installs the routes on `server` and returns the feeds (a child of the server).
    static SandboxFeeds* install(SandboxServer* server);

    void setRecordCount(qint64 count) { m_recordCount = std::max<qint64>(0, count); }
    qint64 recordCount() const { return m_recordCount; }

    /// One record as the records feed serves it (index from 0).
    QJsonObject record(qint64 index) const;

    /// Orders applied (distinct keys accepted).
    int ordersApplied() const { return int(m_orders.size()); }
    /// POST /_sandbox/orders received, replays and refusals included.
    int orderRequests() const { return m_orderRequests; }
    /// How many requests carried `key` (0: never seen).
    int requestsWithKey(const QByteArray& key) const { return m_requestsPerKey.value(key); }
    /// Idempotency keys of the applied orders, in the order applied.
    QList<QByteArray> appliedKeys() const { return m_appliedKeys; }
    void resetOrders();

private:
    struct Order
    {
        qint64 id = 0;
        QByteArray body;
        QByteArray response;
    };

    explicit SandboxFeeds(SandboxServer* server);
    QByteArray recordsPage(qint64 offset, qint64 limit) const;

    quint32 m_seed;
    qint64 m_recordCount = kDefaultRecordCount;
    QHash<QByteArray, Order> m_orders;
    QHash<QByteArray, int> m_requestsPerKey;
    QList<QByteArray> m_appliedKeys;
    int m_orderRequests = 0;
};

} // namespace Moulin
