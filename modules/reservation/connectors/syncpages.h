#pragma once

// What the booking platforms' incremental feeds have in common: the records
// updated after a time, read in offset pages of
//
//     {hasNextPage, nextPageUrl, offset, limit, items:[…]}
//
// (OpenTable's sync API; our Resy poller has the same shape). A run fixes
// `updated_after` (where the last complete run ended) and walks the offsets;
// when it ends, the largest update time it read becomes the next run's
// `updated_after`. The cursor holds both, so a run stopped half-way (a crash,
// a failed page) resumes at its last stored page.
//
// The order of the set is the provider's. When it is by update time, a
// record changed while a run is under way (or between a failed run and its
// resumption) moves to the end of the set, where it is read again, and the
// records behind it move up one place. So that none of them slips between
// two pages, each page starts kOverlap records before the end of the
// previous one, and the cursor remembers the last record it read: a page
// that does not hold it again means the set moved by more than the overlap,
// and the run starts again from offset 0 with the same `updated_after`
// (at most kMaxRestarts times a run). Records read twice are applied once:
// the book orders by the channel's sequence, never by arrival.

#include "common/core/jsontape.h"
#include "common/sync/feedadapter.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace Moulin {

class BookStore;
struct BookingRecord;

struct SyncPagesCursor
{
    /// Records read again at the start of each page after the first.
    static constexpr int kOverlap = 5;
    /// Runs started again from offset 0 because the set moved, at most.
    static constexpr int kMaxRestarts = 3;

    /// The run's updated_after: the largest update time of the last complete
    /// run. Invalid: the first run, everything the API holds.
    QDateTime after;
    /// Where the run's next page starts.
    qint64 offset = 0;
    /// The largest update time read so far in this run.
    QDateTime seen;
    /// The key (SyncPages::recordKey()) of the last record of the previous
    /// page, which the next page reads again; empty on a run's first page.
    QString last;
    /// Times this run started again from offset 0.
    int restarts = 0;

    /// Reads a stored cursor; empty or unreadable: the first run.
    static SyncPagesCursor decode(const QString& text);
    /// Compact JSON: {"after":"2024-06-10T19:02:11.000Z","offset":200,"seen":"…","last":"…"}; a run's
    /// end is {"after":"…"}.
    QString encode() const;
    /// The query of the page at this position: updated_after (when set),
    /// limit and offset, after `fixed` (the restaurant's id).
    QList<std::pair<QString, QString>> query(const QList<std::pair<QString, QString>>& fixed,
                                             int limit) const;

    /// The position after a page whose records have `keys` (in the page's
    /// order; `latest`: the largest update time among them). `*complete` when
    /// the API has no next page: the result is then where the next run
    /// starts.
    SyncPagesCursor next(const QStringList& keys, bool hasNextPage, const QDateTime& latest,
                         bool* complete) const;
};

namespace SyncPages {

/// The answer as a JsonTape; nullopt and `*why` when it is not JSON or has
/// no `items` list.
std::optional<JsonTape> read(const QByteArray& body, QString* why);
JsonRef items(const JsonTape& tape);
bool hasNextPage(const JsonTape& tape);

/// `path` under the API URL (its own path kept as a prefix), with `query`.
QUrl url(const QUrl& api, const QString& path, const QList<std::pair<QString, QString>>& query);

/// A time given in UTC ("2024-06-12T18:30:00Z", with or without
/// milliseconds; a time without an offset is read as UTC, as the fields say).
std::optional<QDateTime> utcTime(const JsonRef& value);
/// ISO 8601 in UTC with milliseconds, as cursors and queries carry times.
QString iso(const QDateTime& time);
/// A whole JSON number (no fraction, no exponent); nullopt for anything else.
std::optional<qint64> integer(const JsonRef& value);
/// An id: a string, or a JSON number's own text.
QString idText(const JsonRef& value);
/// A JSON text for a problem's message: the value as it came, or "absent".
QString shown(const JsonRef& value);
/// A string member, or the strings of a list member, joined by `separator`.
QString text(const JsonRef& value, const QString& separator = QStringLiteral(", "));
/// What an error body says: `message`, else `error` (a string, or an object's
/// `message`), else `error_description`. Empty when it says nothing.
QString errorDetail(const QByteArray& body);

/// One record's place in the set: its id and its update time as they came
/// (a late copy of a booking has the id of the current one, not its time).
QString recordKey(const JsonRef& item, const char* idField, const char* updatedField);

/// The records a page of a feed read, of the feed's own type.
template <typename Record>
using TypedPage = typename TypedFeed<QList<Record>>::TypedPage;

/// Reads one page: every item through `readItem(item, FeedProblem*)` (a
/// record, or a problem for the quarantine) and the cursor's progress.
/// nullopt and `*why` when the answer is not a page at all.
template <typename Record, typename ReadItem>
std::optional<TypedPage<Record>> readPage(const QByteArray& body, const QString& cursor, const char* idField,
                                          const char* updatedField, const ReadItem& readItem, QString* why)
{
    const std::optional<JsonTape> tape = read(body, why);
    if (!tape)
        return std::nullopt;
    TypedPage<Record> page;
    QStringList keys;
    QDateTime latest;
    for (const JsonRef item : items(*tape).elements()) {
        keys.append(recordKey(item, idField, updatedField));
        if (const std::optional<QDateTime> updated = utcTime(item.value(updatedField));
            updated && (!latest.isValid() || *updated > latest))
            latest = *updated;
        FeedProblem problem;
        if (std::optional<Record> record = readItem(item, &problem))
            page.records.append(std::move(*record));
        else
            page.problems.append(problem);
    }
    bool complete = false;
    page.nextCursor =
        SyncPagesCursor::decode(cursor).next(keys, hasNextPage(*tape), latest, &complete).encode();
    page.complete = complete;
    return page;
}

/// Applies a page's bookings to `book` in order (each only when newer than
/// what the book holds) and settles their open quarantine rows: what every
/// booking feed's write() does.
bool storeBookings(QSqlDatabase& db, BookStore& book, const QString& connectorId,
                   const QList<BookingRecord>& records, QString* error);

/// Settles the open quarantine rows of these records of `connectorId`: a
/// good copy of each was stored.
bool settleQuarantine(QSqlDatabase& db, const QString& connectorId, const QList<QString>& keys,
                      QString* error);

} // namespace SyncPages

} // namespace Moulin
