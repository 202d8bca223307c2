#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QNetworkRequest;

namespace Moulin {

/// Raw HTTP headers in order, as sent or received. Lookups ignore case.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// First value of header `name` (case-insensitive), or a null QByteArray.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);
bool hasHeader(const HttpHeaders& headers, QByteArrayView name);

/// Why a request failed. `None` when it succeeded.
enum class HttpError
{
    None,
    Http,        ///< The server answered with a non-2xx status.
    Timeout,     ///< No complete answer before the request's timeout.
    Network,     ///< Connection refused, reset or closed early, host not found, truncated body…
    Tls,         ///< Certificate or TLS handshake error. Never ignored.
    InvalidJson, ///< `expectJson` was set and the body is not JSON.
    CircuitOpen, ///< The connector's circuit breaker is open: nothing was sent.
    RateLimited, ///< The server asked to wait longer than the policy allows (see retryAfterMs).
    InsecureUrl, ///< Plain http to a non-loopback host, or not an http(s) URL: nothing was sent.
    Cancelled,   ///< HttpClient::cancelAll() or the client was destroyed.
};

/// One HTTP call as the connectors describe it.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    /// Per-attempt timeout. 0: the client's default (15 s).
    int timeoutMs = 0;
    /// Sent as `Idempotency-Key`; makes a non-idempotent request (POST,
    /// PATCH) retryable. A request that already carries `Idempotency-Key` or
    /// `X-Request-Id` has one too.
    QByteArray idempotencyKey;
    /// The body must parse as JSON, else the response fails with InvalidJson.
    bool expectJson = false;
    /// Connector profile (breaker, rate limiter, retry policy, auth) and feed,
    /// for routing and for the operation log. Empty connector: the defaults.
    QString connector;
    QString feed;

    /// A request with a JSON body and `Content-Type: application/json`.
    static HttpRequest json(const QByteArray& method, const QUrl& url, const QJsonDocument& body);
    /// A GET that expects a JSON answer.
    static HttpRequest getJson(const QUrl& url);
};

/// The final outcome of HttpClient::send(), after retries.
struct HttpResponse
{
    bool ok = false; ///< 2xx (and valid JSON when the request expected JSON).
    int status = 0;  ///< HTTP status of the last attempt; 0 when no HTTP answer.
    HttpError error = HttpError::None;
    HttpHeaders headers; ///< Response headers of the last attempt.
    QByteArray body;     ///< Decoded body (gzip/deflate are undone by the network stack).
    /// Translated, user-facing explanation; empty when ok. Never contains a
    /// secret (URLs in it are redacted).
    QString errorString;
    int attempts = 0;     ///< Attempts actually sent on the wire.
    qint64 latencyMs = 0; ///< From send() to the callback, waits included.
    /// Delay the server asked for (Retry-After / x-sib-ratelimit-reset) on the
    /// last attempt, if any: the sync engine reschedules with it.
    std::optional<qint64> retryAfterMs;
    /// Identifies the request at the provider: the `X-Request-Id` the
    /// provider answered with, else the one HttpClient sent (see
    /// HttpClient::send()). Set for every response, also when nothing was sent.
    QByteArray requestId;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    /// The body as JSON. On a parse error returns a null document and sets
    /// `*parseError` (when given).
    QJsonDocument json(QString* parseError = nullptr) const;
};

/// One line of the operation log, emitted per attempt and per request.
struct OperationRecord
{
    QString connector;
    QString feed;
    QString method;
    QString path; ///< Redacted path and query (no host).
    int status = 0;
    qint64 latencyMs = 0;
    int attempt = 0; ///< 1-based attempt number (requestFinished: attempts made).
    HttpError error = HttpError::None;
    QString errorString; ///< Redacted.
    bool willRetry = false;
    QDateTime at;      ///< UTC, when the attempt ended.
    QString requestId; ///< HttpResponse::requestId of the attempt (or request).
};

/// Decorates each attempt's request right before it is sent (API key header,
/// request signing…). Called again on every retry, so timestamps are fresh.
using RequestDecorator = std::function<void(QNetworkRequest& request, const HttpRequest& source)>;

/// Whether the transport policy allows `url`: https anywhere, plain http only
/// to loopback (127.0.0.0/8, ::1, localhost — the sandbox).
bool isTransportAllowed(const QUrl& url);
bool isLoopbackHost(const QString& host);

} // namespace Moulin
