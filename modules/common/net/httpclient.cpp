#include "common/net/httpclient.h"

#include "common/core/appinfo.h"
#include "common/core/jsontape.h"
#include "common/net/netlog.h"
#include "common/net/redaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace Moulin {

struct HttpClient::Call
{
    quint64 id = 0;
    HttpRequest request;
    QByteArray requestId; // sent as X-Request-Id on every attempt
    ConnectorProfile profile;
    std::shared_ptr<ConnectorChannel> channel; // null: no connector
    RetryPolicy retry;
    QPointer<QObject> context;
    bool hasContext = false;
    QMetaObject::Connection contextConnection;
    Callback callback;
    QElapsedTimer elapsed;
    int attempts = 0;
    QPointer<QNetworkReply> reply;
    QElapsedTimer attemptElapsed;
    bool timedOut = false;
    bool insecureRedirect = false;
    QUrl refusedRedirect;
    QList<QSslError> sslErrors;
    bool breakerPending = false; // allowRequest() granted, outcome not yet recorded
    QTimer* waitTimer = nullptr;
};

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1–199: connection and proxy errors. The 2xx/3xx/4xx ranges mirror
    // HTTP statuses (400 is ProtocolInvalidOperationError) and are judged by
    // the status code instead.
    const int code = static_cast<int>(error);
    return code >= 1 && code <= 199;
}

bool countsAsBreakerFailure(const HttpResponse& response)
{
    switch (response.error) {
    case HttpError::Timeout:
    case HttpError::Network:
    case HttpError::Tls:
    case HttpError::InvalidJson:
        return true;
    case HttpError::Http:
        return response.status >= 500 || response.status == 408;
    default:
        return false;
    }
}

/// Whether `body` is a JSON document, as QJsonDocument reads one (an
/// object or an array). JsonTape checks it first without building a tree;
/// what it refuses (it follows RFC 8259 where QJsonDocument is lenient) is
/// left to QJsonDocument.
bool isJson(const QByteArray& body)
{
    if (const std::optional<JsonTape> tape = JsonTape::parse(body);
        tape && (tape->root().isObject() || tape->root().isArray()))
        return true;
    return !QJsonDocument::fromJson(body).isNull();
}

constexpr char kRequestIdHeader[] = "X-Request-Id";
constexpr qsizetype kMaxRequestIdLength = 128;

/// The provider's id for an answer (its X-Request-Id), else `sent`.
QByteArray answeredRequestId(const HttpHeaders& responseHeaders, const QByteArray& sent)
{
    const QByteArray answered = headerValue(responseHeaders, kRequestIdHeader).simplified();
    return answered.isEmpty() ? sent : answered.left(kMaxRequestIdLength);
}

// The connector's name for log lines.
QString logName(const QString& connector)
{
    return connector.isEmpty() ? QStringLiteral("(no connector)") : connector;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 425:
        return QStringLiteral("Too Early");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock(Clock::system())
    , m_rng(QRandomGenerator::global()->generate())
{
    // Redirects go through the transport policy (see startAttempt).
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    setChannels(nullptr);
}

HttpClient::~HttpClient()
{
    // Replies are children of the manager; make sure no callback runs
    // against a half-destroyed client.
    const auto ids = m_calls.keys();
    for (quint64 id : ids)
        abortCall(id, false);
}

QByteArray HttpClient::userAgent()
{
    return "Moulin/" + appVersion().toLatin1();
}

void HttpClient::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    if (m_ownsChannels)
        m_channels->setClock(m_clock);
}

void HttpClient::setChannels(std::shared_ptr<ChannelRegistry> channels)
{
    if (m_channelsConnection)
        disconnect(m_channelsConnection);
    m_ownsChannels = !channels;
    m_channels = channels ? std::move(channels) : std::make_shared<ChannelRegistry>(m_clock);
    m_channelsConnection = connect(m_channels.get(), &ChannelRegistry::circuitStateChanged, this,
                                   &HttpClient::circuitStateChanged);
}

void HttpClient::setProfile(const ConnectorProfile& profile)
{
    m_channels->setProfile(profile);
}

ConnectorProfile HttpClient::profile(const QString& connector) const
{
    if (std::optional<ConnectorProfile> registered = m_channels->profile(connector))
        return *registered;
    ConnectorProfile fallback;
    fallback.name = connector;
    fallback.retry = m_defaultRetry;
    return fallback;
}

CircuitBreaker* HttpClient::breaker(const QString& connector)
{
    const std::shared_ptr<ConnectorChannel> channel = m_channels->channel(connector);
    return channel ? channel->breaker() : nullptr; // the registry keeps the channel
}

TokenBucket* HttpClient::rateLimiter(const QString& connector)
{
    const std::shared_ptr<ConnectorChannel> channel = m_channels->channel(connector);
    // The registry keeps every bucket it made, for as long as it lives.
    return channel ? channel->rateLimiter().get() : nullptr;
}

void HttpClient::send(const HttpRequest& request, QObject* context, Callback callback)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "HttpClient::send",
               "an HttpClient is used only from its own thread");
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->request = request;
    // The caller's X-Request-Id (an idempotency key, for some providers) or a
    // new one. It goes on the wire only (startAttempt): in the request's
    // headers it would make any POST look replay-safe to the retry policy.
    call->requestId = headerValue(request.headers, kRequestIdHeader);
    if (call->requestId.isEmpty())
        call->requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    if (!request.idempotencyKey.isEmpty() && !RetryPolicy::hasIdempotencyKey(request.headers))
        call->request.headers.append({QByteArrayLiteral("Idempotency-Key"), request.idempotencyKey});
    call->profile = profile(request.connector);
    call->channel = m_channels->channel(request.connector);
    call->retry = request.connector.isEmpty() ? m_defaultRetry : call->profile.retry;
    call->callback = std::move(callback);
    call->elapsed.start();
    if (context) {
        call->context = context;
        call->hasContext = true;
        const quint64 id = call->id;
        call->contextConnection =
            connect(context, &QObject::destroyed, this, [this, id] { abortCall(id, false); });
    }
    m_calls.insert(call->id, call);

    if (!isTransportAllowed(request.url)) {
        HttpResponse response;
        response.error = HttpError::InsecureUrl;
        response.errorString = describeFailure(*call, response, nullptr);
        qCWarning(lcNet).noquote() << QStringLiteral("%1: refused %2 %3 (not https, not loopback)")
                                          .arg(logName(request.connector),
                                               QString::fromLatin1(request.method), Redact::url(request.url));
        const quint64 id = call->id;
        QTimer::singleShot(0, this, [this, id, response] {
            if (CallPtr c = m_calls.value(id))
                finish(c, response);
        });
        return;
    }
    scheduleStep(call, 0);
}

void HttpClient::scheduleStep(const CallPtr& call, qint64 delayMs)
{
    if (delayMs <= 0 && !call->waitTimer) {
        // At once (a new call): a queued call, no timer made and torn down
        // for each request. step() ignores a call finished meanwhile.
        const quint64 id = call->id;
        QMetaObject::invokeMethod(
            this, [this, id] { step(id); }, Qt::QueuedConnection);
        return;
    }
    if (!call->waitTimer) {
        call->waitTimer = new QTimer(this);
        call->waitTimer->setSingleShot(true);
        const quint64 id = call->id;
        connect(call->waitTimer, &QTimer::timeout, this, [this, id] { step(id); });
    }
    call->waitTimer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void HttpClient::step(quint64 id)
{
    const CallPtr call = m_calls.value(id);
    if (!call)
        return;
    const QString connector = call->request.connector;

    // The provider's bucket and breaker, shared with every client of the
    // registry: the wait is a timer on this client's thread, never a block.
    if (const std::shared_ptr<TokenBucket> bucket = call->channel ? call->channel->rateLimiter() : nullptr) {
        if (const qint64 wait = bucket->acquireOrDelayMs(); wait > 0) {
            qCDebug(lcNet).noquote()
                << QStringLiteral("%1: rate limit, waiting %2 ms").arg(logName(connector)).arg(wait);
            scheduleStep(call, wait);
            return;
        }
    }

    if (CircuitBreaker* b = call->channel ? call->channel->breaker() : nullptr) {
        if (!b->allowRequest()) {
            HttpResponse response;
            response.error = HttpError::CircuitOpen;
            response.retryAfterMs = b->remainingCooldownMs();
            response.errorString = describeFailure(*call, response, nullptr);
            finish(call, response);
            return;
        }
        call->breakerPending = true;
    }
    startAttempt(call);
}

void HttpClient::startAttempt(const CallPtr& call)
{
    const HttpRequest& source = call->request;
    ++call->attempts;
    call->timedOut = false;
    call->insecureRedirect = false;
    call->sslErrors.clear();

    QNetworkRequest request(source.url);
    for (const auto& [name, value] : source.headers)
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!hasHeader(source.headers, "Accept"))
        request.setRawHeader("Accept", source.expectJson ? "application/json" : "*/*");
    if (!source.body.isEmpty() && !hasHeader(source.headers, "Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    // Accept-Encoding is left to QNetworkAccessManager, which then
    // decompresses gzip/deflate transparently.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader(kRequestIdHeader, call->requestId); // before the decorator, which may sign it
    if (call->profile.decorate)
        call->profile.decorate(request, source);

    const QByteArray verb = source.method.toUpper();
    QNetworkReply* reply = nullptr;
    if (verb == "GET" && source.body.isEmpty())
        reply = m_nam->get(request);
    else if (verb == "HEAD")
        reply = m_nam->head(request);
    else
        reply = m_nam->sendCustomRequest(request, verb, source.body);
    call->reply = reply;
    call->attemptElapsed.start();

    const int timeout = source.timeoutMs > 0          ? source.timeoutMs
                        : call->profile.timeoutMs > 0 ? call->profile.timeoutMs
                                                      : m_defaultTimeoutMs;
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    timer->start(timeout);

    // TLS errors are recorded for the message and never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError>& errors) { call->sslErrors += errors; });
    connect(reply, &QNetworkReply::redirected, reply, [call, reply](const QUrl& target) {
        const QUrl resolved = reply->url().resolved(target);
        const bool downgrade =
            reply->url().scheme() == QLatin1String("https") && resolved.scheme() != QLatin1String("https");
        if (isTransportAllowed(resolved) && !downgrade) {
            Q_EMIT reply->redirectAllowed();
        } else {
            call->insecureRedirect = true;
            call->refusedRedirect = resolved;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReplyFinished(call, reply); });

    // One multi-arg pass: a '%' in a URL must never be taken for a placeholder.
    qCDebug(lcNet).noquote() << QStringLiteral("%1 %2 %3 (attempt %4)")
                                    .arg(logName(source.connector), QString::fromLatin1(verb),
                                         Redact::url(source.url), QString::number(call->attempts));
}

void HttpClient::onReplyFinished(const CallPtr& call, QNetworkReply* reply)
{
    reply->deleteLater();
    if (call->reply != reply || !m_calls.contains(call->id))
        return; // cancelled meanwhile
    call->reply = nullptr;

    HttpResponse response;
    response.attempts = call->attempts;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    for (const auto& header : reply->rawHeaderPairs())
        response.headers.append({header.first, header.second});
    response.requestId = answeredRequestId(response.headers, call->requestId);
    if (reply->isOpen())
        response.body = reply->readAll();

    const QNetworkReply::NetworkError netError = reply->error();
    if (call->insecureRedirect) {
        response.error = HttpError::InsecureUrl;
    } else if (call->timedOut) {
        response.error = HttpError::Timeout;
    } else if (!call->sslErrors.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        response.error = HttpError::Tls;
    } else if (netError == QNetworkReply::TimeoutError) {
        response.error = HttpError::Timeout;
    } else if (netError == QNetworkReply::OperationCanceledError) {
        response.error = HttpError::Cancelled;
    } else if (isTransportError(netError) || response.status == 0) {
        response.error = HttpError::Network;
    } else if (response.status < 200 || response.status >= 300) {
        response.error = HttpError::Http;
    } else if (netError != QNetworkReply::NoError) {
        response.error = HttpError::Network; // a 2xx whose body could not be read or decoded
    } else if (call->request.expectJson && !isJson(response.body)) {
        response.error = HttpError::InvalidJson;
    }
    response.ok = response.error == HttpError::None;
    // A broken transfer (dropped, truncated, timed out) is no HTTP answer,
    // even when a status line had arrived.
    if (response.error == HttpError::Network || response.error == HttpError::Timeout ||
        response.error == HttpError::Tls)
        response.status = 0;

    const qint64 now = m_clock->nowMs();
    response.retryAfterMs = RetryPolicy::retryAfterMs(response.status, response.headers, now);

    const QString connector = call->request.connector;
    if (CircuitBreaker* b = call->channel ? call->channel->breaker() : nullptr; b && call->breakerPending) {
        call->breakerPending = false;
        if (response.error == HttpError::Cancelled)
            b->releaseProbe();
        else if (countsAsBreakerFailure(response))
            b->recordFailure();
        else
            b->recordSuccess();
    }
    if (response.status == 429 && response.retryAfterMs && call->channel) {
        if (const std::shared_ptr<TokenBucket> bucket = call->channel->rateLimiter())
            bucket->pauseUntil(now + *response.retryAfterMs);
    }

    bool retry = !response.ok && call->attempts < call->retry.maxAttempts() &&
                 RetryPolicy::isRetryable(call->request.method, call->request.headers, response.status,
                                          response.error);
    qint64 delay = 0;
    if (retry) {
        if (response.retryAfterMs) {
            if (*response.retryAfterMs > call->retry.maxRetryAfterMs) {
                retry = false;
                if (response.status == 429)
                    response.error = HttpError::RateLimited;
            } else {
                delay = *response.retryAfterMs;
            }
        } else {
            delay = call->retry.delayFor(call->attempts - 1, m_rng);
        }
    }
    if (!response.ok)
        response.errorString = describeFailure(*call, response, reply);

    OperationRecord record = makeRecord(*call, response, call->attemptElapsed.elapsed());
    record.willRetry = retry;
    Q_EMIT attemptFinished(record);

    if (retry) {
        qCInfo(lcNet).noquote() << QStringLiteral("%1: %2 %3 failed (%4), retry %5/%6 in %7 ms")
                                       .arg(logName(connector), record.method, record.path,
                                            record.errorString, QString::number(call->attempts),
                                            QString::number(call->retry.retryAttempts),
                                            QString::number(delay));
        scheduleStep(call, delay);
        return;
    }
    finish(call, response);
}

void HttpClient::finish(const CallPtr& call, HttpResponse response)
{
    if (!m_calls.remove(call->id))
        return;
    if (call->waitTimer) {
        call->waitTimer->stop();
        call->waitTimer->deleteLater();
        call->waitTimer = nullptr;
    }
    if (call->contextConnection)
        disconnect(call->contextConnection);
    response.attempts = call->attempts;
    response.latencyMs = call->elapsed.elapsed();
    if (response.requestId.isEmpty())
        response.requestId = call->requestId; // nothing was sent, or no answer
    if (!response.ok && response.errorString.isEmpty())
        response.errorString = describeFailure(*call, response, nullptr);
    if (!response.ok && call->attempts > 1)
        response.errorString += QLatin1Char(' ') + tr("Gave up after %1 attempts.").arg(call->attempts);

    const OperationRecord record = makeRecord(*call, response, response.latencyMs);
    if (response.ok) {
        qCDebug(lcNet).noquote() << QStringLiteral("%1: %2 %3 -> %4 in %5 ms")
                                        .arg(logName(record.connector), record.method, record.path,
                                             QString::number(response.status),
                                             QString::number(response.latencyMs));
    } else {
        qCWarning(lcNet).noquote() << QStringLiteral("%1: %2 %3 failed: %4")
                                          .arg(logName(record.connector), record.method, record.path,
                                               Redact::text(response.errorString));
    }
    Q_EMIT requestFinished(record);

    if (call->hasContext && call->context.isNull())
        return;
    if (call->callback)
        call->callback(response);
}

void HttpClient::abortCall(quint64 id, bool notify)
{
    const CallPtr call = m_calls.value(id);
    if (!call)
        return;
    if (QNetworkReply* reply = call->reply) {
        call->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (call->breakerPending) {
        call->breakerPending = false;
        if (call->channel)
            call->channel->breaker()->releaseProbe();
    }
    if (notify) {
        HttpResponse response;
        response.error = HttpError::Cancelled;
        finish(call, response);
        return;
    }
    m_calls.remove(id);
    if (call->waitTimer) {
        call->waitTimer->stop();
        call->waitTimer->deleteLater();
        call->waitTimer = nullptr;
    }
    if (call->contextConnection)
        disconnect(call->contextConnection);
}

void HttpClient::cancelAll()
{
    const auto ids = m_calls.keys();
    for (quint64 id : ids)
        abortCall(id, true);
}

OperationRecord HttpClient::makeRecord(const Call& call, const HttpResponse& response, qint64 latencyMs) const
{
    OperationRecord record;
    record.connector = call.request.connector;
    record.feed = call.request.feed;
    record.method = QString::fromLatin1(call.request.method.toUpper());
    record.path = Redact::pathAndQuery(call.request.url);
    record.status = response.status;
    record.latencyMs = latencyMs;
    record.attempt = call.attempts;
    record.error = response.error;
    record.errorString = Redact::text(response.errorString);
    record.at = m_clock->now();
    record.requestId =
        Redact::text(QString::fromLatin1(response.requestId.isEmpty() ? call.requestId : response.requestId));
    return record;
}

QString HttpClient::describeFailure(const Call& call, const HttpResponse& response,
                                    QNetworkReply* reply) const
{
    const QString host =
        call.request.url.host().isEmpty() ? Redact::url(call.request.url) : call.request.url.host();
    switch (response.error) {
    case HttpError::None:
        return {};
    case HttpError::Http: {
        const QString phrase = reasonPhrase(response.status);
        QString text =
            phrase.isEmpty()
                ? tr("%1 answered with HTTP status %2.").arg(host).arg(response.status)
                : tr("%1 answered with HTTP status %2 (%3).").arg(host).arg(response.status).arg(phrase);
        if (call.profile.describeError) {
            const QString detail = call.profile.describeError(response).trimmed();
            if (!detail.isEmpty())
                text += QLatin1Char(' ') + tr("It said: %1").arg(Redact::text(detail));
        }
        if (response.status == 401 || response.status == 403)
            text += QLatin1Char(' ') + tr("Check the connector's credentials.");
        return text;
    }
    case HttpError::Timeout: {
        const int timeout = call.request.timeoutMs > 0   ? call.request.timeoutMs
                            : call.profile.timeoutMs > 0 ? call.profile.timeoutMs
                                                         : m_defaultTimeoutMs;
        return tr("%1 did not answer within %2 s.").arg(host, QString::number(timeout / 1000.0, 'g', 3));
    }
    case HttpError::Network: {
        const QNetworkReply::NetworkError e = reply ? reply->error() : QNetworkReply::UnknownNetworkError;
        switch (e) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("%1 refused the connection.").arg(host);
        case QNetworkReply::RemoteHostClosedError:
            return tr("%1 closed the connection before the answer was complete.").arg(host);
        case QNetworkReply::HostNotFoundError:
            return tr("The server %1 could not be found; check the Internet connection.").arg(host);
        default:
            return tr("Network error while contacting %1: %2")
                .arg(host, reply ? Redact::text(reply->errorString()) : QString());
        }
    }
    case HttpError::Tls: {
        QStringList reasons;
        for (const QSslError& error : call.sslErrors)
            reasons.append(error.errorString());
        if (reasons.isEmpty() && reply)
            reasons.append(Redact::text(reply->errorString()));
        return tr("The secure (TLS) connection to %1 failed: %2. Nothing was sent.")
            .arg(host, reasons.join(QStringLiteral("; ")));
    }
    case HttpError::InvalidJson: {
        QString parseError;
        response.json(&parseError);
        return tr("%1 sent an answer that is not valid JSON (%2).").arg(host, parseError);
    }
    case HttpError::CircuitOpen:
        return tr("Requests to %1 are paused after repeated failures; the next try is in %2 s.")
            .arg(call.request.connector)
            .arg((response.retryAfterMs.value_or(0) + 999) / 1000);
    case HttpError::RateLimited:
        return tr("%1 asks Moulin to wait %2 s before the next request.")
            .arg(host)
            .arg((response.retryAfterMs.value_or(0) + 999) / 1000);
    case HttpError::InsecureUrl:
        if (call.insecureRedirect)
            return tr("Refused to follow a redirect to %1: only HTTPS is allowed outside this computer.")
                .arg(Redact::url(call.refusedRedirect));
        return tr("Refused to contact %1: only HTTPS is allowed outside this computer.")
            .arg(Redact::url(call.request.url));
    case HttpError::Cancelled:
        return tr("The request to %1 was cancelled.").arg(host);
    }
    return {};
}

} // namespace Moulin
