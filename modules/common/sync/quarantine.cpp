#include "common/sync/quarantine.h"

#include "common/core/database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Moulin {

namespace {

Q_LOGGING_CATEGORY(lcQuarantine, "moulin.quarantine")

/// FNV-1a over the reason code and the payload's UTF-16 text: the hash the
/// sales quarantine always used, so rows moved from it keep deduplicating.
qint64 payloadHash(const QString& reasonCode, const QString& payload)
{
    quint64 h = 1469598103934665603ull;
    auto byte = [&h](quint16 b) {
        h ^= b;
        h *= 1099511628211ull;
    };
    for (const QString* s : {&reasonCode, &payload}) {
        for (QChar c : *s)
            byte(c.unicode());
        byte(0xFFFF);
    }
    return qint64(h & 0x7FFFFFFFFFFFFFFFull);
}

bool fail(const QSqlQuery& q, const char* what, QString* error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    qCWarning(lcQuarantine) << what << q.lastError().text();
    return false;
}

/// The cached statement for `sql` (Database::cachedQuery), or one prepared
/// in `own` when `db` is not this thread's connection.
QSqlQuery* statement(QSqlDatabase& db, const QString& sql, std::optional<QSqlQuery>& own, QString* error)
{
    if (QSqlQuery* cached = Database::cachedQuery(db, sql))
        return cached;
    own.emplace(db);
    own->setForwardOnly(true);
    if (!own->prepare(sql)) {
        fail(*own, "prepare", error);
        return nullptr;
    }
    return &*own;
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

/// "?, ?, ?" for `n` values, padded to a power of two so that a handful of
/// cached statements serve every size.
int paddedCount(int n)
{
    int p = 1;
    while (p < n)
        p <<= 1;
    return p;
}

QString marks(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

/// Runs `sql` (with one "%1" for the key placeholders) over `keys` in
/// chunks; `bind` binds the leading values, `row` reads each result row.
template <typename Bind, typename Row>
bool overKeys(QSqlDatabase& db, const QString& sql, const QList<QString>& keys, int leading, Bind bind,
              Row row, const char* what, QString* error)
{
    constexpr int kChunk = 512;
    for (int start = 0; start < keys.size(); start += kChunk) {
        const int n = std::min<int>(kChunk, int(keys.size()) - start);
        const int padded = paddedCount(n);
        std::optional<QSqlQuery> own;
        QSqlQuery* q = statement(db, sql.arg(marks(padded)), own, error);
        if (!q)
            return false;
        bind(*q);
        for (int i = 0; i < padded; ++i)
            q->bindValue(leading + i, keys.at(start + std::min(i, n - 1)));
        if (!q->exec())
            return fail(*q, what, error);
        while (q->next())
            row(*q);
        q->finish();
    }
    return true;
}

} // namespace

bool Quarantine::hold(QSqlDatabase& db, const QuarantineEntry& entry, const QDateTime& at, QString* error)
{
    const QString payload = QString::fromUtf8(entry.payload.left(kMaxPayload));
    std::optional<QSqlQuery> own;
    QSqlQuery* q =
        statement(db,
                  QStringLiteral(
                      "INSERT INTO quarantine(at, connector, feed, record_key, reason_code, reason, payload, "
                      "payload_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(connector, record_key, "
                      "payload_hash) DO UPDATE SET resolved_at = NULL, resolution = NULL"),
                  own, error);
    if (!q)
        return false;
    q->bindValue(0, iso(at));
    // Never NULL: '' is "none" (a whole page, no feed).
    q->bindValue(1, entry.connector.isNull() ? QStringLiteral("") : entry.connector);
    q->bindValue(2, entry.feed.isNull() ? QStringLiteral("") : entry.feed);
    q->bindValue(3, entry.recordKey.isNull() ? QStringLiteral("") : entry.recordKey);
    q->bindValue(4, entry.reasonCode);
    q->bindValue(5, entry.reason);
    q->bindValue(6, payload);
    q->bindValue(7, payloadHash(entry.reasonCode, QString::fromUtf8(entry.payload)));
    if (!q->exec())
        return fail(*q, "quarantine", error);
    qCInfo(lcQuarantine).noquote() << entry.connector + QLatin1Char('/') + entry.feed << "held"
                                   << (entry.recordKey.isEmpty() ? QStringLiteral("a page") : entry.recordKey)
                                   << entry.reasonCode;
    return true;
}

bool Quarantine::resolve(QSqlDatabase& db, const QString& connector, const QList<QString>& keys,
                         const QDateTime& at, int* resolved, QString* error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery* q = statement(db,
                             QStringLiteral("UPDATE quarantine SET resolved_at = ? WHERE "
                                            "connector = ? AND record_key = ? AND "
                                            "resolved_at IS NULL"),
                             own, error);
    if (!q)
        return false;
    for (const QString& key : keys) {
        q->bindValue(0, iso(at));
        q->bindValue(1, connector);
        q->bindValue(2, key);
        if (!q->exec())
            return fail(*q, "resolve quarantine", error);
        if (resolved)
            *resolved += q->numRowsAffected();
    }
    return true;
}

bool Quarantine::resolvePages(QSqlDatabase& db, const QString& connector, const QString& feed,
                              const QString& reasonCode, const QDateTime& at, QString* error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery* q = statement(db,
                             QStringLiteral("UPDATE quarantine SET resolved_at = ? WHERE "
                                            "connector = ? AND feed = ? AND record_key = '' AND "
                                            "reason_code = ? AND resolved_at IS NULL"),
                             own, error);
    if (!q)
        return false;
    q->bindValue(0, iso(at));
    q->bindValue(1, connector);
    q->bindValue(2, feed);
    q->bindValue(3, reasonCode);
    if (!q->exec())
        return fail(*q, "settle malformed pages", error);
    return true;
}

bool Quarantine::markReleased(QSqlDatabase& db, const QString& connector, const QList<QString>& keys,
                              int* released, QString* error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery* q = statement(db,
                             QStringLiteral("UPDATE quarantine SET resolution = 'released' "
                                            "WHERE connector = ? AND record_key = ? AND "
                                            "resolved_at IS NOT NULL AND resolution IS NULL"),
                             own, error);
    if (!q)
        return false;
    for (const QString& key : keys) {
        q->bindValue(0, connector);
        q->bindValue(1, key);
        if (!q->exec())
            return fail(*q, "mark released quarantine", error);
        if (released && q->numRowsAffected() > 0)
            ++*released;
    }
    return true;
}

bool Quarantine::hasOpen(QSqlDatabase& db, const QString& connector, bool* open, QString* error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery* q =
        statement(db,
                  QStringLiteral(
                      "SELECT EXISTS (SELECT 1 FROM quarantine WHERE resolved_at IS NULL AND connector = ?)"),
                  own, error);
    if (!q)
        return false;
    q->bindValue(0, connector);
    if (!q->exec())
        return fail(*q, "open quarantine", error);
    *open = q->next() && q->value(0).toBool();
    q->finish();
    return true;
}

bool Quarantine::openKeys(QSqlDatabase& db, const QString& connector, const QList<QString>& keys,
                          QSet<QString>* found, QString* error)
{
    return overKeys(
        db,
        QStringLiteral(
            "SELECT DISTINCT record_key FROM quarantine WHERE resolved_at IS NULL AND connector = ? "
            "AND record_key IN (%1)"),
        keys, 1, [&connector](QSqlQuery& q) { q.bindValue(0, connector); },
        [found](QSqlQuery& q) { found->insert(q.value(0).toString()); }, "quarantined records", error);
}

bool Quarantine::openPayloads(QSqlDatabase& db, const QString& connector, const QStringList& reasonCodes,
                              QList<QByteArray>* payloads, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT payload FROM quarantine WHERE resolved_at IS NULL AND connector = ? AND "
                             "record_key <> '' AND reason_code IN (%1) ORDER BY id")
                  .arg(marks(int(reasonCodes.size()))));
    q.addBindValue(connector);
    for (const QString& code : reasonCodes)
        q.addBindValue(code);
    if (!q.exec())
        return fail(q, "read quarantine", error);
    while (q.next())
        payloads->append(q.value(0).toString().toUtf8());
    return true;
}

QList<QuarantinedRecord> Quarantine::rows(QSqlDatabase db, const QStringList& connectors,
                                          bool includeResolved, int limit)
{
    QList<QuarantinedRecord> list;
    QString where = includeResolved ? QStringLiteral("1") : QStringLiteral("resolved_at IS NULL");
    if (!connectors.isEmpty())
        where += QStringLiteral(" AND connector IN (%1)").arg(marks(int(connectors.size())));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at, connector, feed, record_key, reason_code, reason, payload, "
                       "resolved_at, resolution FROM quarantine WHERE %1 ORDER BY resolved_at IS NOT NULL, "
                       "at DESC, id DESC LIMIT ?")
            .arg(where));
    for (const QString& c : connectors)
        q.addBindValue(c);
    q.addBindValue(limit);
    if (!Database::exec(q, "read quarantine rows"))
        return list;
    while (q.next()) {
        QuarantinedRecord r;
        r.id = q.value(0).toLongLong();
        r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        r.connector = q.value(2).toString();
        r.feed = q.value(3).toString();
        r.recordKey = q.value(4).toString();
        r.reasonCode = q.value(5).toString();
        r.reason = q.value(6).toString();
        r.payload = q.value(7).toString().toUtf8();
        r.resolvedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        r.resolution = q.value(9).toString();
        list.append(r);
    }
    return list;
}

qint64 Quarantine::openCount(QSqlDatabase db, const QStringList& connectors)
{
    QString where = QStringLiteral("resolved_at IS NULL");
    if (!connectors.isEmpty())
        where += QStringLiteral(" AND connector IN (%1)").arg(marks(int(connectors.size())));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM quarantine WHERE %1").arg(where));
    for (const QString& c : connectors)
        q.addBindValue(c);
    if (!Database::exec(q, "count quarantine") || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace Moulin
