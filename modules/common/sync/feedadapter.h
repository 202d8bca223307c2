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

/// Something a feed read but could not use as is: the engine keeps it in the
/// quarantine (common/sync/quarantine.h) with the connector and the feed, in
/// the transaction that stores the page, so nothing the provider sent is
/// lost and nothing half-read is stored.
struct FeedProblem
{
    QString recordKey;  ///< the provider's id of the record; empty for a whole page
    QString reasonCode; ///< stable, e.g. "malformed_page"
    QString reason;     ///< for the user, names the field or the line
    QByteArray payload; ///< the bytes as they came
};

/// A page's records, of the adapter's own type (TypedFeed makes and reads
/// them; the engine only counts them).
class PageRecords
{
public:
    virtual ~PageRecords();
    virtual qint64 count() const = 0;
};

/// One page of a feed, as read from the provider's answer.
struct Page
{
    /// Shared, not copied, when the Page is copied: FeedAdapter::follow()
    /// may complete them in place.
    std::shared_ptr<PageRecords> records;
    /// Kept in the quarantine by the engine, with the page.
    QList<FeedProblem> problems;
    /// Where the next request starts. Stored in sync_cursor, in the same
    /// transaction as the records, once they are stored. When `complete`, it
    /// is where the NEXT run starts: the last position for an incremental
    /// feed, or empty for a feed that is fetched whole every time.
    QString nextCursor;
    /// No more pages for now: the run ends after this one.
    bool complete = false;
    /// Records still to come after this page, when known (-1: unknown). Only
    /// used for progress.
    qint64 remaining = -1;
    /// Requests the page needs before it can be stored (a provider whose list
    /// answers only ids, one request per entity): the engine sends them on
    /// the feed's channel after parse() and hands every answer to
    /// FeedAdapter::follow(). Empty: the page is stored as parsed.
    QList<HttpRequest> followUps;
    /// Set by FeedAdapter::follow() when it put a further round of requests
    /// in `followUps` (the entities the first answers name, e.g. each
    /// booking's guest): the engine sends them the same way and calls
    /// follow() again with their answers. At most kMaxFollowUpRounds rounds.
    bool moreFollowUps = false;

    qint64 recordCount() const { return records ? records->count() : 0; }
};

/// What a connector writes for one feed: how to ask for a page, how to read
/// it, how to store it. The engine does the rest (scheduling, retries,
/// cursor, transactions, quarantine, progress, history). Connectors derive
/// from TypedFeed<Records> below, which gives them their own record type.
///
/// A page is request() → parse() → [follow-ups → follow()] → store(). The
/// follow-up step is for providers whose list answers only ids: parse()
/// puts one request per id in Page::followUps; the engine sends them on the
/// connector's channel (its breaker, rate limit, authentication and
/// operation log, as for the list), at most followUpsInFlight() at a time,
/// and once all are answered calls follow() with the answers, which reads
/// them into the page. The next list page is requested after follow()
/// succeeds, so one page's follow-ups are in flight at a time. A cancelled
/// or failed run sends no more follow-ups, ignores the answers still to
/// come and stores nothing of the page.
///
/// An adapter keeps no state between calls: everything a page needs is in
/// its cursor and, between parse() and follow(), in the page. Every method
/// is called on the engine's worker thread that owns the connector, one page
/// at a time (store() aside when storesOnOwnThread()).
class FeedAdapter
{
public:
    /// Follow-ups of one page in flight at once, by default. The provider's
    /// token bucket still spaces them out (and over HTTP/1.1 the network
    /// stack opens at most 6 connections per host: the others wait there).
    static constexpr int kFollowUpsInFlight = 8;
    /// Rounds of follow-ups one page may ask for (Page::moreFollowUps).
    static constexpr int kMaxFollowUpRounds = 4;

    virtual ~FeedAdapter();

    /// Turns the stored cursor (empty: the feed's beginning; or where the
    /// last complete run ended) into the position of this run's first page.
    /// Called once per run, before the first request(): a feed whose first
    /// page depends on the time (a range ending "now") fixes it here, so that
    /// request() and parse() see the same position. Default: unchanged.
    virtual QString resolve(const QString& cursor) const { return cursor; }

    /// The request for the page at `cursor` (resolved). The engine fills in
    /// `connector` and `feed`.
    virtual HttpRequest request(const QString& cursor) const = 0;

    /// Reads a successful (2xx) answer to request(`cursor`). nullopt and
    /// `*error` when nothing in it can be used and nothing is worth keeping:
    /// the run fails and the cursor stays where it was. An answer that must
    /// be kept for the user to see goes in Page::problems instead.
    virtual std::optional<Page> parse(const HttpResponse& response, const QString& cursor,
                                      QString* error) const = 0;

    /// Reads the answers to the page's follow-ups into `page` (records,
    /// problems; its cursor, completeness and remaining count may change
    /// too). Called once, only for a page with follow-ups, when every one is
    /// answered: `responses[i]` answers `page.followUps[i]`, failed ones
    /// included (after the client's retries). What to do with a failure is
    /// the adapter's call: an entity gone since the list (404) is skipped or
    /// kept in `page.problems`; false and `*error` fail the run, nothing of
    /// the page is stored and the cursor stays where it was. The run then
    /// ends with the kind, status and Retry-After of the first follow-up
    /// that failed for the whole provider (network, breaker, rate limit,
    /// credentials, 5xx), not for one entity, so that the schedule and the
    /// reachability react as for a list page. Default: nothing to read.
    virtual bool follow(Page& page, const QList<HttpResponse>& responses, const QString& cursor,
                        QString* error) const
    {
        Q_UNUSED(page);
        Q_UNUSED(responses);
        Q_UNUSED(cursor);
        Q_UNUSED(error);
        return true;
    }

    /// How many of a page's follow-ups may be in flight at once (at least 1).
    virtual int followUpsInFlight() const { return kFollowUpsInFlight; }

    /// True: store() runs on a thread of its own (one per engine worker,
    /// with its own database connection) while the engine requests, parses
    /// and follows the next pages on the worker thread. Pages are still
    /// stored one at a time, in order, each with its cursor in one
    /// transaction; after a page fails to store, no later page of the run
    /// is stored, and the run ends once every page handed over is stored (or
    /// skipped). For an adapter whose store() shares no unsynchronised state
    /// with request(), parse() and follow(). Default: false (store() on the
    /// worker thread, between two pages).
    virtual bool storesOnOwnThread() const { return false; }

    /// Writes the page's records. Runs inside the transaction that also saves
    /// the page's cursor and its problems, so it must not BEGIN/COMMIT
    /// itself. Must be idempotent (upsert by the provider's natural key):
    /// after a crash, the last uncommitted page is fetched and stored again.
    /// Returns false (and sets `*error`) to roll the page back and fail the
    /// run.
    virtual bool store(QSqlDatabase& db, const Page& page, QString* error) = 0;
};

/// A FeedAdapter whose pages carry `Records` (any movable type with
/// `size()`): read() makes them from the answer and its cursor, write()
/// stores them. The engine never looks inside.
template <typename Records>
class TypedFeed : public FeedAdapter
{
public:
    struct TypedPage
    {
        Records records{};
        QList<FeedProblem> problems;
        QString nextCursor;
        bool complete = false;
        qint64 remaining = -1;
        /// See Page::followUps and Page::moreFollowUps.
        QList<HttpRequest> followUps;
        bool moreFollowUps = false;
    };

    virtual std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                          QString* error) const = 0;
    /// follow() for the typed page: completes `page` in place from the
    /// answers (`responses[i]` answers `page.followUps[i]`). Default: nothing
    /// to read.
    virtual bool followUp(TypedPage& page, const QList<HttpResponse>& responses, const QString& cursor,
                          QString* error) const
    {
        Q_UNUSED(page);
        Q_UNUSED(responses);
        Q_UNUSED(cursor);
        Q_UNUSED(error);
        return true;
    }
    virtual bool write(QSqlDatabase& db, const TypedPage& page, QString* error) = 0;

    std::optional<Page> parse(const HttpResponse& response, const QString& cursor, QString* error) const final
    {
        std::optional<TypedPage> typed = read(response, cursor, error);
        if (!typed)
            return std::nullopt;
        Page page;
        page.problems = typed->problems;
        page.nextCursor = typed->nextCursor;
        page.complete = typed->complete;
        page.remaining = typed->remaining;
        page.followUps = typed->followUps; // implicitly shared with the typed page
        page.records = std::make_shared<Holder>(std::move(*typed));
        return page;
    }

    bool follow(Page& page, const QList<HttpResponse>& responses, const QString& cursor,
                QString* error) const final
    {
        // The engine hands back the page parse() made: the typed page is
        // completed where it is. Page's fields are the ones that count (the
        // engine reads them); the typed page gets them before followUp() and
        // gives them back after.
        if (!page.records)
            page.records = std::make_shared<Holder>(TypedPage{});
        TypedPage& typed = static_cast<Holder&>(*page.records).page;
        typed.problems = page.problems;
        typed.nextCursor = page.nextCursor;
        typed.complete = page.complete;
        typed.remaining = page.remaining;
        typed.followUps = page.followUps;
        typed.moreFollowUps = false;
        if (!followUp(typed, responses, cursor, error))
            return false;
        page.problems = typed.problems;
        page.nextCursor = typed.nextCursor;
        page.complete = typed.complete;
        page.remaining = typed.remaining;
        page.moreFollowUps = typed.moreFollowUps;
        if (typed.moreFollowUps)
            page.followUps = typed.followUps;
        return true;
    }

    bool store(QSqlDatabase& db, const Page& page, QString* error) final
    {
        // The engine hands back the page this adapter made.
        if (!page.records)
            return write(db, TypedPage{}, error);
        return write(db, static_cast<const Holder&>(*page.records).page, error);
    }

private:
    struct Holder final : PageRecords
    {
        explicit Holder(TypedPage p)
            : page(std::move(p))
        {
        }
        qint64 count() const override { return qint64(page.records.size()); }
        TypedPage page;
    };
};

/// A feed of JSON objects made of three functions (small declarative
/// connectors, tests).
class FunctionFeedAdapter final : public TypedFeed<QList<QJsonObject>>
{
public:
    using RequestFn = std::function<HttpRequest(const QString& cursor)>;
    using ParseFn = std::function<std::optional<TypedPage>(const HttpResponse& response,
                                                           const QString& cursor, QString* error)>;
    using StoreFn = std::function<bool(QSqlDatabase& db, const TypedPage& page, QString* error)>;

    FunctionFeedAdapter(RequestFn request, ParseFn parse, StoreFn store);

    HttpRequest request(const QString& cursor) const override { return m_request(cursor); }
    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        return m_parse(response, cursor, error);
    }
    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
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
    QString id; ///< catalogue id; names the log category and the rows
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
