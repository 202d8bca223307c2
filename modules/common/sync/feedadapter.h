#pragma once

#include "common/net/httpclient.h"
#include "common/net/httptypes.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

struct ConnectorConfig;

/// One page of a feed, as parsed from the provider's answer.
struct Page
{
    QList<QJsonObject> records;
    /// A connector's own, typed form of the page's records, for feeds too
    /// large to go through QJsonObject (the Lightspeed sales feed keeps the
    /// answer's bytes and a JsonTape over them). Only the adapter that made
    /// it reads it; `payloadRecords` says how many records it holds.
    std::shared_ptr<const void> payload;
    qint64 payloadRecords = 0;
    /// Where the next request starts. Stored in sync_cursor, in the same
    /// transaction as the records, once they are stored. When `complete`, it
    /// is where the NEXT run starts: the last position for an incremental
    /// feed, or empty for a feed that is fetched whole every time.
    QString nextCursor;
    /// No more pages for now: the run ends after this one.
    bool complete = false;
    /// Records still to come after this page, when the provider says (-1:
    /// unknown). Only used for progress.
    qint64 remaining = -1;

    qint64 recordCount() const { return records.size() + payloadRecords; }
};

/// What a connector writes for one feed: how to ask for a page, how to read
/// it, how to store it. The engine does the rest (scheduling, retries,
/// cursor, transactions, progress, history).
///
/// Every method is called on the engine's worker thread that owns the
/// connector, one page at a time; an adapter needs no locking as long as it
/// shares no state with other threads.
class FeedAdapter
{
public:
    virtual ~FeedAdapter();

    /// The request for the page that starts at `cursor` (empty: the feed's
    /// beginning). The engine fills in `connector` and `feed`. Tip: leave
    /// `expectJson` off and parse once in parse().
    virtual HttpRequest request(const QString& cursor) const = 0;

    /// Reads a successful (2xx) answer. nullopt and `*error` on a malformed
    /// answer: the run fails and the cursor stays where it was.
    virtual std::optional<Page> parse(const HttpResponse& response, QString* error) const = 0;

    /// Writes the page's records. Runs inside the transaction that also saves
    /// the page's cursor, so it must not BEGIN/COMMIT itself. Must be
    /// idempotent (upsert by the provider's natural key): after a crash, the
    /// last uncommitted page is fetched and stored again. Returns false (and
    /// sets `*error`) to roll the page back and fail the run.
    virtual bool store(QSqlDatabase& db, const Page& page, QString* error) = 0;
};

/// A FeedAdapter made of three functions (for small declarative connectors).
class FunctionFeedAdapter final : public FeedAdapter
{
public:
    using RequestFn = std::function<HttpRequest(const QString& cursor)>;
    using ParseFn = std::function<std::optional<Page>(const HttpResponse& response, QString* error)>;
    using StoreFn = std::function<bool(QSqlDatabase& db, const Page& page, QString* error)>;

    FunctionFeedAdapter(RequestFn request, ParseFn parse, StoreFn store);

    HttpRequest request(const QString& cursor) const override { return m_request(cursor); }
    std::optional<Page> parse(const HttpResponse& response, QString* error) const override
    {
        return m_parse(response, error);
    }
    bool store(QSqlDatabase& db, const Page& page, QString* error) override
    {
        return m_store(db, page, error);
    }

private:
    RequestFn m_request;
    ParseFn m_parse;
    StoreFn m_store;
};

/// One feed of a connector, as given to the engine.
struct FeedDefinition
{
    QString name;
    /// Runs every intervalMs (after the end of the previous run); 0: on
    /// demand only.
    qint64 intervalMs = 0;
    bool enabled = true;
    std::shared_ptr<FeedAdapter> adapter;
};

/// A connector as given to the engine: its HTTP profile (retries, breaker,
/// rate limit, authentication decorator) and its feeds.
struct ConnectorDefinition
{
    QString id; ///< catalogue id, "lightspeed"; names the log category and the rows
    /// Applied to the engine's HttpClient for this connector; its name is
    /// forced to `id`. The decorator runs on the worker thread.
    ConnectorProfile profile;
    QList<FeedDefinition> feeds;

    /// The definition of a configured connector: id and retry attempts from
    /// `config`, one feed per configured feed (its interval in minutes and
    /// enabled flag) for which `adapterFor(feedName)` gives an adapter.
    static ConnectorDefinition
    fromConfig(const ConnectorConfig& config,
               const std::function<std::shared_ptr<FeedAdapter>(const QString& feedName)>& adapterFor);
};

} // namespace Moulin
