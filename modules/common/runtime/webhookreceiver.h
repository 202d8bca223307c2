#pragma once

#include "common/net/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSettings;
class QTcpServer;
class QTcpSocket;

namespace Moulin {

/// The webhook receiver's logging category ("moulin.webhooks"). Refusals are
/// logged with the connector, the route's declared path (never a URL token,
/// never a query string), the status and the reason: never a body, a header
/// value or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)

/// Where and how the receiver listens. Off by default: nothing opens a port
/// until the user turns webhooks on.
///
///     webhooks/enabled, webhooks/address, webhooks/port,
///     webhooks/tls_certificate, webhooks/tls_key
struct WebhookReceiverSettings
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::WebhookReceiverSettings)

public:
    bool enabled = false;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    /// 0 picks any free port (tests); serverPort() tells which.
    quint16 port = 8787;
    /// Largest accepted body; larger requests get 413 before their body is read.
    qint64 maxBodyBytes = 64 * 1024;
    /// Deadline for a whole request (headers and body) from the moment the
    /// connection is accepted; a client still sending after it gets 408 and
    /// is disconnected.
    int readTimeoutMs = 10000;
    /// PEM files. Both or neither: with both, the receiver speaks HTTPS.
    QString certificatePath;
    QString keyPath;

    bool tlsEnabled() const { return !certificatePath.isEmpty() || !keyPath.isEmpty(); }

    /// Reads the `webhooks/` keys; a missing key keeps its default. An
    /// invalid value is never replaced by a default: nullopt, and `error`
    /// (translated) names the key and the value.
    static std::optional<WebhookReceiverSettings> fromSettings(const QSettings& settings,
                                                               QString* error = nullptr);
    /// Writes the five `webhooks/` keys (the limits are not user settings).
    void save(QSettings& settings) const;
};

/// One inbound call, as the connector's handler sees it.
struct WebhookDelivery
{
    QString connectorId;
    /// The route's declared path: for a UrlToken route, without the token;
    /// never the query string.
    QString path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;      ///< exactly the bytes received (what the signature covers)
    QDateTime receivedAt; ///< UTC
    QHostAddress remoteAddress;

    /// First header named `name` (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const;
};

/// The handler's answer, sent as JSON (an empty body is sent as `{}`).
struct WebhookReply
{
    int status = 200;
    QJsonObject body;
};

/// What a connector declares for one endpoint.
struct WebhookRoute
{
    enum class Verification
    {
        /// No check (sandbox, or a provider that cannot authenticate).
        None,
        /// X-Moulin-Signature (WebhookVerifier) with the route's secret:
        /// bad or missing → 401, a replayed signature → 409.
        MoulinSignature,
        /// The path is `path + "/" + token` (TheFork-style URL carrying a
        /// secret); the last segment is compared in constant time with the
        /// route's secret. Wrong or missing → 401.
        UrlToken,
        /// The token is in the query string, `path?token=…` (TheFork-style
        /// URL carrying a secret): the path is matched without the query,
        /// the value of `tokenParameter` is compared in constant time with
        /// the route's secret. Wrong, missing, repeated, or given as a path
        /// segment instead → 401.
        QueryToken,
    };

    QString connectorId;
    /// Absolute, e.g. "/webhooks/website"; for UrlToken, the path without its
    /// token segment, e.g. "/webhooks/thefork"; never a query string.
    QString path;
    Verification verification = Verification::MoulinSignature;
    /// QueryToken: the query parameter that carries the token.
    QString tokenParameter = QStringLiteral("token");
    /// The HMAC secret (MoulinSignature) or the token (UrlToken, QueryToken).
    QByteArray secret;
    /// When set, asked on every delivery instead of `secret` (e.g. read from
    /// the CredentialStore, so a rotated secret applies at once). An empty
    /// answer refuses the delivery with 503 (not configured).
    std::function<QByteArray()> secretProvider;
    /// Called once per verified delivery, on the receiver's thread. Must be
    /// quick (providers retry on timeout) and idempotent (they redeliver):
    /// duplicate events are the handler's business, not the receiver's.
    std::function<WebhookReply(const WebhookDelivery&)> handler;
};

/// Inbound webhooks for the connectors: one HTTP(S) listener, routes declared
/// by the connector modules, every delivery verified before its handler runs.
///
/// Every request is POST-only and answered in JSON with `Connection: close`:
///  - unknown path → 404 `not_found`; other method → 405 `method_not_allowed`;
///  - body over maxBodyBytes → 413 `payload_too_large` (from Content-Length,
///    before the body is read, and again on the body itself);
///  - chunked bodies → 411 `length_required`; headers over 16 KiB → 431;
///  - request not complete within readTimeoutMs → 408, connection closed;
///  - bad or missing signature / token → 401 `invalid_signature` /
///    `invalid_token` with the verifier's reason; replayed signature → 409
///    `replayed`; no secret configured → 503 `not_configured`;
///  - otherwise the handler's WebhookReply.
///
/// How (Qt 6.4): QHttpServer parses and answers, but has no body limit and no
/// read timeout (it buffers whatever arrives, for as long as it arrives), and
/// does not answer `Expect: 100-continue`. So the receiver binds QHttpServer
/// to its own QTcpServer (QSslServer for HTTPS) subclass that keeps every new
/// socket to itself until the request is complete: a QTimer per socket
/// enforces readTimeoutMs, the buffered head is scanned for Content-Length,
/// Transfer-Encoding and Expect (nothing else is parsed there), and only then
/// is the socket handed to QHttpServer, which parses the request from the
/// socket's buffer. One request per connection: the answer closes it, so no
/// later request on the same connection can escape the limits.
///
/// HTTPS uses QSslServer (new in Qt 6.4) with the PEM certificate and key;
/// listen() refuses with a clear error when they cannot be loaded or when Qt
/// has no TLS backend.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    explicit WebhookReceiver(const WebhookReceiverSettings& settings = {}, QObject* parent = nullptr,
                             const Clock* clock = Clock::system());
    ~WebhookReceiver() override;

    /// Applied by the next listen().
    void setSettings(const WebhookReceiverSettings& settings) { m_settings = settings; }
    WebhookReceiverSettings settings() const { return m_settings; }

    /// Declares a route. A connector declaring a path it already has replaces
    /// its route; false (and `error`, translated) for a relative path, a
    /// missing handler or a path another connector owns.
    bool addRoute(const WebhookRoute& route, QString* error = nullptr);
    /// Drops every route of `connectorId` (connector removed or reloaded).
    void removeRoutes(const QString& connectorId);
    QStringList routePaths() const;

    /// Starts listening with the current settings (closing any previous
    /// listener). False, with a translated `error` naming the address and
    /// port (or the TLS file), when disabled or when it cannot listen.
    bool listen(QString* error = nullptr);
    /// Stops listening and drops every connection. Safe from a handler.
    void close();
    bool isListening() const;
    /// The bound port (useful with port 0), 0 when not listening.
    quint16 serverPort() const;

Q_SIGNALS:
    /// A verified delivery reached its handler, which answered `status`;
    /// when that is an error (4xx, 5xx), `reason` is the "message" of the
    /// handler's JSON answer (why the body was refused: a restaurant id that
    /// is not ours, a party size that is not a number…), else empty.
    void deliveryReceived(const QString& connectorId, const QString& path, int status,
                          const QString& reason = QString());
    /// The receiver refused a request before any handler ran. `connectorId`
    /// is empty when no route matched; `reason` is translated.
    void deliveryRefused(const QString& connectorId, const QString& path, int status, const QString& reason);

private:
    struct Route;
    struct PendingRequest;
    struct RouteMatch
    {
        Route* route = nullptr;
        QString token; ///< the last segment, for UrlToken routes
        bool tokenPresent = false;
        /// A QueryToken route reached with one more path segment (its token
        /// written as UrlToken's): refused, never compared.
        bool extraSegment = false;
    };

    RouteMatch match(const QString& requestPath) const;
    static QString logPath(const RouteMatch& match, const QString& requestPath);

    // Before QHttpServer: the socket's request is gathered and bounded here.
    void watch(QTcpSocket* socket);
    void inspect(QTcpSocket* socket);
    void release(QTcpSocket* socket);
    void refuseRaw(QTcpSocket* socket, const QString& requestPath, int status, const QString& code,
                   const QString& message);

    // In QHttpServer: routing, verification, handler.
    void dispatch(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void answer(QHttpServerResponder&& responder, int status, const QJsonObject& body);
    void refuse(QHttpServerResponder&& responder, const RouteMatch& match, const QString& requestPath,
                int status, const QString& code, const QString& message);
    void noteRefusal(const QString& connectorId, const QString& path, int status, const QString& code,
                     const QString& message);

    WebhookReceiverSettings m_settings;
    const Clock* m_clock;
    std::vector<std::unique_ptr<Route>> m_routes;
    std::unordered_map<QTcpSocket*, std::unique_ptr<PendingRequest>> m_pending;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<QTcpServer> m_server;
    std::function<void(QTcpSocket*)> m_handOver;
};

} // namespace Moulin
