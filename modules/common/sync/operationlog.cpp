#include "common/sync/operationlog.h"

#include "common/net/httpclient.h"
#include "common/net/redaction.h"
#include "common/sync/connectorlog.h"

#include <QMutexLocker>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace Moulin {

OperationLog::OperationLog(QObject* parent)
    : QObject(parent)
    , m_db(std::make_unique<DbWorker>())
    , m_flushTimer(new QTimer(this))
    , m_pruneTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    m_pruneTimer->setInterval(24 * 60 * 60 * 1000);
    connect(m_pruneTimer, &QTimer::timeout, this, [this] { prune(); });
    m_pruneTimer->start();
    prune();
}

OperationLog::~OperationLog()
{
    flush();
    m_db.reset(); // drains the queued writes
}

void OperationLog::attach(HttpClient* client)
{
    // Unique: a client attached twice still logs each request once.
    connect(client, &HttpClient::attemptFinished, this, &OperationLog::record,
            Qt::ConnectionType(Qt::DirectConnection | Qt::UniqueConnection));
    connect(client, &HttpClient::requestFinished, this, &OperationLog::requestFinished,
            Qt::ConnectionType(Qt::DirectConnection | Qt::UniqueConnection));
}

void OperationLog::record(const OperationRecord& record)
{
    enqueue(record);
}

void OperationLog::requestFinished(const OperationRecord& record)
{
    // Requests that never reached the wire have no attempt row.
    const bool noAttempt = record.error == HttpError::CircuitOpen || record.error == HttpError::Cancelled ||
                           (record.error == HttpError::InsecureUrl && record.attempt == 0);
    if (noAttempt)
        enqueue(record);

    const QLoggingCategory& log = connectorLog(record.connector);
    const QString what =
        QStringLiteral("%1%2 %3").arg(record.feed.isEmpty() ? QString() : record.feed + QStringLiteral(": "),
                                      record.method, Redact::text(record.path));
    if (record.error == HttpError::None) {
        // One multi-arg pass: a '%' in a URL must never be taken for a placeholder.
        qCInfo(log).noquote() << QStringLiteral("%1 -> %2 in %3 ms (%4 attempt(s))")
                                     .arg(what, QString::number(record.status),
                                          QString::number(record.latencyMs), QString::number(record.attempt));
    } else {
        qCWarning(log).noquote() << QStringLiteral("%1 -> %2 in %3 ms (%4 attempt(s)): %5")
                                        .arg(what, QString::number(record.status),
                                             QString::number(record.latencyMs),
                                             QString::number(record.attempt), errorText(record));
    }
}

void OperationLog::enqueue(const OperationRecord& record)
{
    bool schedule = false;
    bool full = false;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(record);
        full = m_pending.size() >= kMaxBatch;
        if (!m_flushScheduled || full) {
            m_flushScheduled = true;
            schedule = true;
        }
    }
    if (!schedule)
        return;
    // To the log's own thread: a timer for the batch, or a flush right away.
    QMetaObject::invokeMethod(
        this,
        [this, full] {
            if (full)
                flush();
            else if (!m_flushTimer->isActive())
                m_flushTimer->start();
        },
        Qt::QueuedConnection);
}

QFuture<int> OperationLog::flush()
{
    QList<OperationRecord> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows.swap(m_pending);
        m_flushScheduled = false;
    }
    m_flushTimer->stop();
    if (rows.isEmpty())
        return QtFuture::makeReadyFuture(0);
    QFuture<int> done = m_db->run([rows](QSqlDatabase& db) -> int {
        // Every value made before the write lock is taken (the redaction's
        // regular expressions, the dates), and the rows written a short
        // transaction at a time: SQLite has one writer, and the GUI
        // thread's writes (a booking arriving by webhook) wait for it,
        // sleeping from 1 ms up, while the log holds it.
        const QVariant nullText{QMetaType(QMetaType::QString)};
        QList<QVariantList> values;
        values.reserve(rows.size());
        for (const OperationRecord& r : rows) {
            const QString error = errorText(r);
            values.append({r.at.toUTC().toString(Qt::ISODate), r.connector,
                           r.feed.isEmpty() ? nullText : QVariant(r.feed), r.method, Redact::text(r.path),
                           r.status, r.latencyMs, r.attempt, error.isEmpty() ? nullText : QVariant(error),
                           r.requestId.isEmpty() ? nullText : QVariant(Redact::text(r.requestId))});
        }
        int written = 0;
        for (qsizetype first = 0; first < values.size(); first += kRowsPerTransaction) {
            QSqlQuery begin(db);
            if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return written;
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO operation_log(at, connector, feed, method, path, status, "
                "latency_ms, attempt, error, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const qsizetype last = std::min(values.size(), first + kRowsPerTransaction);
            for (qsizetype i = first; i < last; ++i) {
                for (const QVariant& value : std::as_const(values[i]))
                    q.addBindValue(value);
                if (!Database::exec(q, "insert operation_log")) {
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                    return written;
                }
            }
            q.finish();
            if (!QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return written;
            }
            written += int(last - first);
        }
        return written;
    });
    done.then(this, [this](int n) { Q_EMIT flushed(n); });
    return done;
}

QFuture<int> OperationLog::prune()
{
    const QString cutoff = m_clock->now().addDays(-m_retentionDays).toString(Qt::ISODate);
    return m_db->run([cutoff](QSqlDatabase& db) -> int {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM operation_log WHERE at < ?"));
        q.addBindValue(cutoff);
        return Database::exec(q, "prune operation_log") ? q.numRowsAffected() : 0;
    });
}

QString OperationLog::errorName(HttpError error)
{
    switch (error) {
    case HttpError::None:
        return {};
    case HttpError::Http:
        return QStringLiteral("Http");
    case HttpError::Timeout:
        return QStringLiteral("Timeout");
    case HttpError::Network:
        return QStringLiteral("Network");
    case HttpError::Tls:
        return QStringLiteral("Tls");
    case HttpError::InvalidJson:
        return QStringLiteral("InvalidJson");
    case HttpError::CircuitOpen:
        return QStringLiteral("CircuitOpen");
    case HttpError::RateLimited:
        return QStringLiteral("RateLimited");
    case HttpError::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case HttpError::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

QString OperationLog::errorText(const OperationRecord& record)
{
    if (record.error == HttpError::None)
        return {};
    const QString message = Redact::text(record.errorString);
    return message.isEmpty() ? errorName(record.error)
                             : errorName(record.error) + QStringLiteral(": ") + message;
}

} // namespace Moulin
