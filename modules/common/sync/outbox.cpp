#include "common/sync/outbox.h"

#include "common/core/database.h"
#include "common/net/redaction.h"
#include "common/net/retrypolicy.h"
#include "common/sync/connectorlog.h"
#include "common/sync/reachability.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace Moulin {

namespace {

const QString kColumns = QStringLiteral("id, connector, kind, payload, idempotency_key, state, attempts, "
                                        "last_error, http_status, created_at, updated_at, next_attempt_at, "
                                        "confirmed_at");

OutboxItem::State stateFromName(const QString& name)
{
    if (name == QLatin1String("sending"))
        return OutboxItem::State::Sending;
    if (name == QLatin1String("confirmed"))
        return OutboxItem::State::Confirmed;
    if (name == QLatin1String("rejected"))
        return OutboxItem::State::Rejected;
    return OutboxItem::State::Pending;
}

QDateTime parseTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

OutboxItem itemFrom(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.connector = q.value(1).toString();
    item.kind = q.value(2).toString();
    item.payload = q.value(3).toByteArray();
    item.idempotencyKey = q.value(4).toString().toUtf8();
    item.state = stateFromName(q.value(5).toString());
    item.attempts = q.value(6).toInt();
    item.lastError = q.value(7).toString();
    item.httpStatus = q.value(8).toInt();
    item.createdAt = parseTime(q.value(9));
    item.updatedAt = parseTime(q.value(10));
    item.nextAttemptAt = parseTime(q.value(11));
    item.confirmedAt = parseTime(q.value(12));
    return item;
}

QString handlerKey(const QString& connector, const QString& kind)
{
    return connector + QLatin1Char('\n') + kind;
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

class FunctionOutboxHandler final : public OutboxHandler
{
public:
    explicit FunctionOutboxHandler(std::function<HttpRequest(const OutboxItem&)> build)
        : m_build(std::move(build))
    {
    }
    HttpRequest request(const OutboxItem& item) const override { return m_build(item); }

private:
    std::function<HttpRequest(const OutboxItem&)> m_build;
};

} // namespace

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Confirmed:
        return QStringLiteral("confirmed");
    case State::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

OutboxHandler::~OutboxHandler() = default;

QByteArray OutboxHandler::idempotencyHeader() const
{
    return QByteArrayLiteral("Idempotency-Key");
}

OutboxVerdict OutboxHandler::verdict(const HttpResponse& response) const
{
    return defaultVerdict(response);
}

std::optional<QFuture<HttpResponse>> OutboxHandler::deliver(const OutboxItem&) const
{
    return std::nullopt;
}

OutboxVerdict OutboxHandler::defaultVerdict(const HttpResponse& response)
{
    if (response.ok ||
        (response.status >= 200 && response.status < 300 && response.error == HttpError::InvalidJson))
        return OutboxVerdict::Confirmed; // applied, even if the answer is odd
    switch (response.error) {
    case HttpError::Http:
        if (response.status == 401 || response.status == 403 || response.status == 408 ||
            response.status == 425 || response.status == 429 || response.status >= 500)
            return OutboxVerdict::Retry;
        return response.status >= 400 ? OutboxVerdict::Rejected : OutboxVerdict::Retry;
    case HttpError::InsecureUrl:
        return OutboxVerdict::Rejected; // nothing will ever be sent to that URL
    default:
        return OutboxVerdict::Retry;
    }
}

Outbox::Outbox(QObject* parent)
    : Outbox(Options{}, parent)
{
}

Outbox::Outbox(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? options.clock : Clock::system())
    , m_http(new HttpClient(this))
    , m_db(std::make_unique<DbWorker>())
    , m_timer(new QTimer(this))
{
    m_http->setClock(m_clock);
    if (options.channels)
        m_http->setChannels(options.channels);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Outbox::dispatch);
}

Outbox::~Outbox()
{
    // Requests in flight are aborted with the client; their rows stay
    // "sending" and start() of the next run sends them again, same key.
    delete m_http;
    m_http = nullptr;
    m_db.reset();
}

void Outbox::setReachability(NetworkReachability* reachability)
{
    if (m_reachability)
        disconnect(m_reachability, nullptr, this, nullptr);
    m_reachability = reachability;
    if (m_reachability) {
        connect(m_reachability, &NetworkReachability::onlineChanged, this, [this](bool online) {
            if (online)
                dispatch();
        });
    }
}

void Outbox::registerHandler(const QString& connector, const QString& kind,
                             std::shared_ptr<OutboxHandler> handler)
{
    m_handlers.insert(handlerKey(connector, kind), std::move(handler));
    m_warnedNoHandler.remove(handlerKey(connector, kind));
    dispatch();
}

void Outbox::registerHandler(const QString& connector, const QString& kind,
                             std::function<HttpRequest(const OutboxItem&)> buildRequest)
{
    registerHandler(connector, kind, std::make_shared<FunctionOutboxHandler>(std::move(buildRequest)));
}

std::shared_ptr<OutboxHandler> Outbox::handlerFor(const QString& connector, const QString& kind) const
{
    return m_handlers.value(handlerKey(connector, kind));
}

QByteArray Outbox::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

QFuture<OutboxItem> Outbox::enqueue(const QString& connector, const QString& kind, const QJsonObject& payload,
                                    const QByteArray& idempotencyKey)
{
    return enqueue(connector, kind, QJsonDocument(payload).toJson(QJsonDocument::Compact), idempotencyKey);
}

QFuture<OutboxItem> Outbox::enqueue(const QString& connector, const QString& kind, const QByteArray& payload,
                                    const QByteArray& idempotencyKey)
{
    const QString key = QString::fromUtf8(idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey);
    const QString now = iso(m_clock->now());
    QFuture<OutboxItem> stored = m_db->run([=](QSqlDatabase& db) {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO outbox(connector, kind, idempotency_key, payload, state, "
                           "attempts, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?) "
                           "ON CONFLICT(idempotency_key) DO NOTHING"));
        insert.addBindValue(connector);
        insert.addBindValue(kind);
        insert.addBindValue(key);
        insert.addBindValue(payload);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!Database::exec(insert, "enqueue outbox item"))
            return OutboxItem{};
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE idempotency_key = ?").arg(kColumns));
        q.addBindValue(key);
        if (!Database::exec(q, "read outbox item") || !q.next())
            return OutboxItem{};
        return itemFrom(q);
    });
    stored.then(this, [this](const OutboxItem& item) {
        if (!item.isValid())
            return;
        qCInfo(connectorLog(item.connector)).noquote()
            << QStringLiteral("outbox: %1 #%2 queued").arg(item.kind).arg(item.id);
        Q_EMIT itemQueued(item.id);
        dispatch();
    });
    return stored;
}

void Outbox::start()
{
    if (m_started)
        return;
    const QString now = iso(m_clock->now());
    m_db->run([now](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'sending'"));
            q.addBindValue(now);
            return Database::exec(q, "recover outbox") ? q.numRowsAffected() : 0;
        })
        .then(this, [this](int recovered) {
            if (recovered > 0)
                qCInfo(connectorLog({})).noquote()
                    << QStringLiteral("outbox: %1 write(s) interrupted by the last exit will be sent again")
                           .arg(recovered);
            m_started = true;
            dispatch();
        });
}

void Outbox::dispatch()
{
    if (!m_started)
        return;
    if (m_reachability && !m_reachability->isOnline())
        return; // onlineChanged(true) dispatches
    if (m_scanning) {
        m_scanAgain = true;
        return;
    }
    m_scanning = true;
    m_db->run([](QSqlDatabase& db) {
            QList<OutboxItem> heads;
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT %1 FROM outbox WHERE id IN (SELECT min(id) FROM outbox WHERE state "
                               "IN ('pending', 'sending') GROUP BY connector, kind) ORDER BY id")
                    .arg(kColumns));
            if (Database::exec(q, "read outbox heads")) {
                while (q.next())
                    heads.append(itemFrom(q));
            }
            return heads;
        })
        .then(this, [this](const QList<OutboxItem>& heads) { onHeads(heads); });
}

void Outbox::onHeads(const QList<OutboxItem>& heads)
{
    m_scanning = false;
    const QDateTime now = m_clock->now();
    qint64 earliest = -1;
    for (const OutboxItem& head : heads) {
        const QString key = handlerKey(head.connector, head.kind);
        if (m_inFlight.contains(key))
            continue;
        if (head.nextAttemptAt.isValid() && head.nextAttemptAt > now) {
            const qint64 wait = now.msecsTo(head.nextAttemptAt);
            earliest = earliest < 0 ? wait : std::min(earliest, wait);
            continue;
        }
        if (!handlerFor(head.connector, head.kind)) {
            if (!m_warnedNoHandler.contains(key)) {
                m_warnedNoHandler.insert(key);
                qCWarning(connectorLog(head.connector)).noquote()
                    << QStringLiteral("outbox: no handler for \"%1\" writes; they wait").arg(head.kind);
            }
            continue;
        }
        send(head);
    }
    if (earliest >= 0)
        m_timer->start(int(std::clamp<qint64>(earliest, 1, std::numeric_limits<int>::max())));
    else
        m_timer->stop();
    if (m_scanAgain) {
        m_scanAgain = false;
        dispatch();
        return;
    }
    maybeIdle();
}

void Outbox::maybeIdle()
{
    if (m_inFlight.isEmpty() && !m_scanning)
        Q_EMIT idle();
}

void Outbox::send(const OutboxItem& head)
{
    const QString key = handlerKey(head.connector, head.kind);
    m_inFlight.insert(key);
    const QString now = iso(m_clock->now());
    const qint64 id = head.id;
    m_db->run([id, now](QSqlDatabase& db) -> std::optional<OutboxItem> {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                               "WHERE id = ? AND state IN ('pending', 'sending')"));
            q.addBindValue(now);
            q.addBindValue(id);
            if (!Database::exec(q, "mark outbox item sending") || q.numRowsAffected() != 1)
                return std::nullopt;
            QSqlQuery read(db);
            read.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
            read.addBindValue(id);
            if (!Database::exec(read, "read outbox item") || !read.next())
                return std::nullopt;
            return itemFrom(read);
        })
        .then(this, [this, key](const std::optional<OutboxItem>& marked) {
            const std::shared_ptr<OutboxHandler> handler =
                marked ? handlerFor(marked->connector, marked->kind) : nullptr;
            if (!marked || !handler || !m_http) {
                m_inFlight.remove(key);
                dispatch();
                return;
            }
            const OutboxItem item = *marked;
            if (std::optional<QFuture<HttpResponse>> delivery = handler->deliver(item)) {
                qCDebug(connectorLog(item.connector)).noquote()
                    << QStringLiteral("outbox: delivering %1 #%2 (attempt %3)")
                           .arg(item.kind)
                           .arg(item.id)
                           .arg(item.attempts);
                delivery->then(this,
                               [this, item](const HttpResponse& response) { onAnswer(item, response); });
                return;
            }
            HttpRequest request = handler->request(item);
            request.connector = item.connector;
            if (request.feed.isEmpty())
                request.feed = QStringLiteral("outbox:") + item.kind;
            const QByteArray header = handler->idempotencyHeader();
            request.headers.removeIf([&header](const std::pair<QByteArray, QByteArray>& h) {
                return h.first.compare(header, Qt::CaseInsensitive) == 0;
            });
            if (header.compare("Idempotency-Key", Qt::CaseInsensitive) == 0) {
                request.idempotencyKey = item.idempotencyKey;
            } else {
                request.idempotencyKey.clear();
                request.headers.append({header, item.idempotencyKey});
            }
            qCDebug(connectorLog(item.connector)).noquote()
                << QStringLiteral("outbox: sending %1 #%2 (attempt %3)")
                       .arg(item.kind)
                       .arg(item.id)
                       .arg(item.attempts);
            m_http->send(request, this,
                         [this, item](const HttpResponse& response) { onAnswer(item, response); });
        });
}

void Outbox::onAnswer(const OutboxItem& item, const HttpResponse& response)
{
    const std::shared_ptr<OutboxHandler> handler = handlerFor(item.connector, item.kind);
    const OutboxVerdict verdict =
        handler ? handler->verdict(response) : OutboxHandler::defaultVerdict(response);
    if (m_reachability) {
        if (response.error == HttpError::Network)
            m_reachability->reportNetworkFailure();
        else if (response.status > 0)
            m_reachability->reportReachable();
    }

    QString error;
    if (verdict != OutboxVerdict::Confirmed) {
        error = Redact::text(response.errorString);
        if (!response.body.isEmpty() && response.status >= 400) {
            const QString body =
                QString::fromUtf8(Redact::body(response.body, response.header("Content-Type")).left(300));
            error += QLatin1Char(' ') + tr("The provider said: %1").arg(Redact::text(body.simplified()));
        }
    }
    // The first failed attempt waits baseRetryMs, each further one twice as long.
    const qint64 backoff =
        RetryPolicy::exponentialBackoffMs(m_options.baseRetryMs, m_options.maxRetryMs, item.attempts - 1);
    const qint64 retryIn =
        verdict == OutboxVerdict::Retry
            ? (response.retryAfterMs && *response.retryAfterMs > 0 ? *response.retryAfterMs : backoff)
            : 0;
    const QDateTime now = m_clock->now();
    const QString nowText = iso(now);
    const QString nextText = iso(now.addMSecs(retryIn));
    const int status = response.status;
    const qint64 id = item.id;

    m_db->run([=](QSqlDatabase& db) {
            QSqlQuery q(db);
            const QVariant nullText{QMetaType(QMetaType::QString)};
            switch (verdict) {
            case OutboxVerdict::Confirmed:
                q.prepare(QStringLiteral(
                    "UPDATE outbox SET state = 'confirmed', http_status = ?, last_error = NULL, "
                    "next_attempt_at = NULL, confirmed_at = ?, updated_at = ? WHERE id = ?"));
                q.addBindValue(status);
                q.addBindValue(nowText);
                q.addBindValue(nowText);
                break;
            case OutboxVerdict::Rejected:
                q.prepare(
                    QStringLiteral("UPDATE outbox SET state = 'rejected', http_status = ?, last_error = ?, "
                                   "next_attempt_at = NULL, updated_at = ? WHERE id = ?"));
                q.addBindValue(status);
                q.addBindValue(error);
                q.addBindValue(nowText);
                break;
            case OutboxVerdict::Retry:
                q.prepare(
                    QStringLiteral("UPDATE outbox SET state = 'pending', http_status = ?, last_error = ?, "
                                   "next_attempt_at = ?, updated_at = ? WHERE id = ?"));
                q.addBindValue(status);
                q.addBindValue(error.isEmpty() ? nullText : QVariant(error));
                q.addBindValue(nextText);
                q.addBindValue(nowText);
                break;
            }
            q.addBindValue(id);
            return Database::exec(q, "save outbox answer");
        })
        .then(this, [=, this](bool) {
            m_inFlight.remove(handlerKey(item.connector, item.kind));
            const QLoggingCategory& log = connectorLog(item.connector);
            switch (verdict) {
            case OutboxVerdict::Confirmed:
                qCInfo(log).noquote() << QStringLiteral("outbox: %1 #%2 confirmed (HTTP %3)")
                                             .arg(item.kind)
                                             .arg(item.id)
                                             .arg(status);
                Q_EMIT itemConfirmed(item.id, item.connector, item.kind);
                break;
            case OutboxVerdict::Rejected:
                qCWarning(log).noquote()
                    << QStringLiteral("outbox: %1 #%2 rejected: %3").arg(item.kind).arg(item.id).arg(error);
                Q_EMIT itemRejected(item.id, item.connector, item.kind, error);
                break;
            case OutboxVerdict::Retry:
                qCInfo(log).noquote()
                    << QStringLiteral("outbox: %1 #%2 not delivered (%3), next try in %4 ms")
                           .arg(item.kind)
                           .arg(item.id)
                           .arg(error)
                           .arg(retryIn);
                Q_EMIT itemDeferred(item.id, error, retryIn);
                break;
            }
            dispatch();
        });
}

QFuture<bool> Outbox::retryNow(qint64 id)
{
    const QString now = iso(m_clock->now());
    QFuture<bool> done = m_db->run([id, now](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE outbox SET next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state = 'pending'"));
        q.addBindValue(now);
        q.addBindValue(id);
        return Database::exec(q, "retry outbox item") && q.numRowsAffected() == 1;
    });
    done.then(this, [this](bool) { dispatch(); });
    return done;
}

QFuture<QList<OutboxItem>> Outbox::items(std::optional<OutboxItem::State> state)
{
    const QString filter = state ? OutboxItem::stateName(*state) : QString();
    return m_db->run([filter](QSqlDatabase& db) {
        QList<OutboxItem> result;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY id DESC")
                      .arg(kColumns, filter.isEmpty() ? QString() : QStringLiteral("WHERE state = ?")));
        if (!filter.isEmpty())
            q.addBindValue(filter);
        if (Database::exec(q, "read outbox items")) {
            while (q.next())
                result.append(itemFrom(q));
        }
        return result;
    });
}

std::optional<OutboxItem> Outbox::read(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!Database::exec(q, "read outbox item") || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

std::optional<OutboxItem::State> Outbox::stateOf(QSqlDatabase& db, const QByteArray& idempotencyKey)
{
    if (idempotencyKey.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"));
    q.addBindValue(QString::fromUtf8(idempotencyKey));
    if (!Database::exec(q, "read outbox state") || !q.next())
        return std::nullopt;
    return stateFromName(q.value(0).toString());
}

bool Outbox::cancelPending(QSqlDatabase& db, const QByteArray& idempotencyKey, const QString& reason,
                           const QDateTime& at, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = ?, updated_at = ? WHERE "
                             "idempotency_key = ? AND state = 'pending'"));
    q.addBindValue(reason);
    q.addBindValue(iso(at));
    q.addBindValue(QString::fromUtf8(idempotencyKey));
    if (Database::exec(q, "cancel pending outbox write"))
        return true;
    if (error)
        *error = QStringLiteral("cancel pending outbox write: %1").arg(q.lastError().text());
    return false;
}

bool Outbox::reopenRejected(QSqlDatabase& db, const QByteArray& idempotencyKey, const QByteArray& payload,
                            const QDateTime& at, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', payload = ?, last_error = NULL, "
                             "next_attempt_at = NULL, updated_at = ? WHERE idempotency_key = ? AND state = "
                             "'rejected'"));
    q.addBindValue(payload);
    q.addBindValue(iso(at));
    q.addBindValue(QString::fromUtf8(idempotencyKey));
    if (!Database::exec(q, "reopen rejected outbox write")) {
        if (error)
            *error = QStringLiteral("reopen rejected outbox write: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no rejected outbox write with that key");
        return false;
    }
    return true;
}

QFuture<OutboxItem> Outbox::item(qint64 id)
{
    return m_db->run([id](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
        q.addBindValue(id);
        if (!Database::exec(q, "read outbox item") || !q.next())
            return OutboxItem{};
        return itemFrom(q);
    });
}

} // namespace Moulin
