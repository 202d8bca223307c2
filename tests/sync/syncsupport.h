#pragma once

// Shared by the sync tests, their child process and the sync benchmark: a
// FeedAdapter over the sandbox's /_sandbox/records feed and an
// OutboxHandler for /_sandbox/orders (modules/sandbox/core/sandboxfeeds.h).

#include "common/sync/feedadapter.h"
#include "common/sync/outbox.h"

#include <QSqlDatabase>
#include <QUrl>

#include <functional>

namespace Moulin::Test {

/// Stores records in `test_records`, which on purpose has NO unique key on
/// the record id: a page stored twice shows up as duplicates (that is what
/// the crash tests look for). With `keyed`, `test_records_keyed` (record id
/// as primary key, upsert), the way a real connector stores.
class RecordsAdapter final : public TypedFeed<QList<QJsonObject>>
{
public:
    struct Options
    {
        QUrl baseUrl;
        int pageSize = 100;
        bool keyed = false;
        /// The keyed table (created by createKeyedTable()).
        QString keyedTable = QStringLiteral("test_records_keyed");
        /// Extra query items and headers on every request (redaction tests).
        QList<std::pair<QString, QString>> query;
        HttpHeaders headers;
        /// Called inside the page's transaction, after the rows are written
        /// and before the cursor is: the crash test prints a line and sleeps.
        std::function<void(const TypedPage& page)> afterRows;
        /// Fails store() of the page that starts at this offset (-1: never).
        qint64 failAtOffset = -1;
    };

    explicit RecordsAdapter(Options options);

    HttpRequest request(const QString& cursor) const override;
    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override;
    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override;

    Options& options() { return m_options; }

    /// Creates both tables (idempotent).
    static bool createTables(QSqlDatabase db);
    static bool createKeyedTable(QSqlDatabase db, const QString& name);

private:
    Options m_options;
};

/// POSTs the item's payload as JSON to /_sandbox/orders.
class OrdersHandler final : public OutboxHandler
{
public:
    explicit OrdersHandler(QUrl baseUrl, QByteArray header = QByteArrayLiteral("Idempotency-Key"));
    HttpRequest request(const OutboxItem& item) const override;
    QByteArray idempotencyHeader() const override { return m_header; }

private:
    QUrl m_baseUrl;
    QByteArray m_header;
};

} // namespace Moulin::Test
