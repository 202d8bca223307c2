#pragma once

// One quarantine for every area (table `quarantine`, migration 0007): what a
// provider sent that could not be stored as is, with the connector and feed
// it came from, the provider's id of the record ('' for a whole page), the
// reason, when, the bytes as they came, and how it was settled. Rows are never
// dropped: a later good copy resolves them, a record judged again once the
// data it lacked arrived is 'released'.
//
// Every function works in the caller's connection and transaction (a feed's
// store(), the engine's page transaction), so a record and its quarantine
// row commit together.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Moulin {

/// Something a feed could not store as is (FeedAdapter::Page::problems, or
/// a record its store() refused).
struct QuarantineEntry
{
    QString connector;
    QString feed;
    QString recordKey;  ///< the provider's id of the record; empty for a whole page
    QString reasonCode; ///< stable, e.g. "malformed_page", "unknown_sku"
    QString reason;     ///< for the user (stored as given), names the field or the line
    QByteArray payload; ///< the bytes as the provider sent them (kept up to kMaxPayload)
};

/// A row, as the Quarantaine views read it.
struct QuarantinedRecord
{
    qint64 id = 0;
    QDateTime at;
    QString connector;
    QString feed;
    QString recordKey;
    QString reasonCode;
    QString reason;
    QByteArray payload;
    QDateTime resolvedAt;
    QString resolution;
};

namespace Quarantine {

inline constexpr qsizetype kMaxPayload = 256 * 1024;

/// Holds `entry` (at `at`, UTC). The same record with the same bytes and
/// reason is kept once (and opened again if it had been resolved). False and
/// `*error` on a database error.
bool hold(QSqlDatabase& db, const QuarantineEntry& entry, const QDateTime& at, QString* error);

/// Resolves the open rows of `connector` whose record key is in `keys` (a
/// good copy was stored). Adds the rows settled to `*resolved`.
bool resolve(QSqlDatabase& db, const QString& connector, const QList<QString>& keys, const QDateTime& at,
             int* resolved, QString* error);
/// Resolves the open whole-page rows (empty key) of `connector`'s `feed` with
/// `reasonCode` (the page was read fine since).
bool resolvePages(QSqlDatabase& db, const QString& connector, const QString& feed, const QString& reasonCode,
                  const QDateTime& at, QString* error);
/// Marks the resolved rows of `keys` that were settled without a resolution
/// as 'released' (judged again once the data they lacked arrived). Returns
/// how many records were released.
bool markReleased(QSqlDatabase& db, const QString& connector, const QList<QString>& keys, int* released,
                  QString* error);

/// Whether `connector` has any open row.
bool hasOpen(QSqlDatabase& db, const QString& connector, bool* open, QString* error);
/// The keys among `keys` that have an open row of `connector`.
bool openKeys(QSqlDatabase& db, const QString& connector, const QList<QString>& keys, QSet<QString>* found,
              QString* error);
/// The payloads of `connector`'s open, keyed rows with one of `reasonCodes`
/// (oldest first), to judge again.
bool openPayloads(QSqlDatabase& db, const QString& connector, const QStringList& reasonCodes,
                  QList<QByteArray>* payloads, QString* error);

/// Reads for the views (any thread's connection): the rows of the
/// connectors `connectors` (empty: every one), open ones first, newest first.
QList<QuarantinedRecord> rows(QSqlDatabase db, const QStringList& connectors, bool includeResolved,
                              int limit);
/// How many rows are open for `connectors` (empty: every connector).
qint64 openCount(QSqlDatabase db, const QStringList& connectors);

} // namespace Quarantine

} // namespace Moulin
