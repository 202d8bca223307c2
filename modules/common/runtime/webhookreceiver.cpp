#include "common/runtime/webhookreceiver.h"

#include "common/net/webhookverifier.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

#include <algorithm>

namespace Moulin {

Q_LOGGING_CATEGORY(lcWebhooks, "moulin.webhooks")

namespace {

const QString kEnabledKey = QStringLiteral("webhooks/enabled");
const QString kAddressKey = QStringLiteral("webhooks/address");
const QString kPortKey = QStringLiteral("webhooks/port");
const QString kCertificateKey = QStringLiteral("webhooks/tls_certificate");
const QString kKeyKey = QStringLiteral("webhooks/tls_key");

/// Request line and headers together; a webhook's are a few hundred bytes.
constexpr qsizetype kMaxHeadBytes = 16 * 1024;
/// Connections still sending their request; more are answered 503 at once.
/// Those already answered (draining until closed, kLingerMs) do not count:
/// a burst of refusals must not refuse the next senders in turn.
constexpr std::ptrdiff_t kMaxPendingRequests = 256;
/// After an early refusal (413, 411, …) the client may still be sending: its
/// bytes are read and dropped this long before closing, so that closing with
/// unread data (a TCP reset) does not destroy the answer on its way.
constexpr int kLingerMs = 1000;

std::optional<bool> readBool(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

QJsonObject errorBody(const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

/// What the receiver needs from a request head: where it goes and how long
/// the request is. Nothing else is parsed before QHttpServer.
struct RequestHead
{
    qsizetype headBytes = 0; ///< request line + headers + blank line
    QByteArray target;
    qint64 contentLength = 0;
    bool transferEncoding = false;
    bool expectContinue = false;
};

enum class HeadScan
{
    Incomplete,
    Complete,
    Malformed,
    TooLarge,
};

HeadScan scanHead(QByteArrayView data, RequestHead* head)
{
    qsizetype pos = 0;
    bool requestLine = true;
    std::optional<qint64> length;
    for (;;) {
        const qsizetype newline = data.indexOf('\n', pos);
        if (newline < 0)
            return data.size() > kMaxHeadBytes ? HeadScan::TooLarge : HeadScan::Incomplete;
        if (newline + 1 > kMaxHeadBytes)
            return HeadScan::TooLarge;
        QByteArrayView line = data.sliced(pos, newline - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = newline + 1;
        if (requestLine) {
            if (line.isEmpty())
                continue; // tolerated before the request line (RFC 9112 §2.2)
            const QList<QByteArray> parts = line.toByteArray().split(' ');
            if (parts.size() != 3 || parts.at(1).isEmpty() || !parts.at(2).startsWith("HTTP/1."))
                return HeadScan::Malformed;
            head->target = parts.at(1);
            requestLine = false;
            continue;
        }
        if (line.isEmpty()) {
            head->headBytes = pos;
            head->contentLength = length.value_or(0);
            return HeadScan::Complete;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return HeadScan::Malformed;
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            const bool digitsOnly = !value.isEmpty() && std::all_of(value.cbegin(), value.cend(), [](char c) {
                return c >= '0' && c <= '9';
            });
            // Differing repeated lengths are how requests get smuggled.
            if (!ok || !digitsOnly || parsed < 0 || (length && *length != parsed))
                return HeadScan::Malformed;
            length = parsed;
        } else if (name == "transfer-encoding") {
            head->transferEncoding = true;
        } else if (name == "expect") {
            head->expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
}

QString pathOfTarget(const QByteArray& target)
{
    return QUrl::fromEncoded(target).path();
}

/// Keeps each new connection away from QHttpServer until the receiver hands
/// it over: QAbstractHttpServer::bind() takes sockets from
/// nextPendingConnection() whenever pendingConnectionAvailable() fires, which
/// addPendingConnection() emits. A new socket goes to `watch`; a socket given
/// back through handOver() comes out of the queue a second time and goes to
/// QHttpServer. Base is QTcpServer or QSslServer (which queues a socket once
/// its handshake is done).
template <class Base>
class GateServer final : public Base
{
public:
    GateServer(std::function<void(QTcpSocket*)> watch, QObject* parent)
        : Base(parent)
        , m_watch(std::move(watch))
    {
    }

    void handOver(QTcpSocket* socket)
    {
        m_handedOver.insert(socket);
        Base::addPendingConnection(socket);
    }

    QTcpSocket* nextPendingConnection() override
    {
        while (QTcpSocket* socket = Base::nextPendingConnection()) {
            if (m_handedOver.remove(socket))
                return socket;
            m_watch(socket);
        }
        return nullptr;
    }

private:
    std::function<void(QTcpSocket*)> m_watch;
    QSet<QTcpSocket*> m_handedOver;
};

void closeAfterWrite(QTcpSocket* socket)
{
    socket->flush();
    socket->disconnectFromHost();
    // A peer that never reads keeps the socket in ClosingState: cut it.
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->abort(); });
}

} // namespace

// ---------------------------------------------------------------------------
// Settings

std::optional<WebhookReceiverSettings> WebhookReceiverSettings::fromSettings(const QSettings& settings,
                                                                             QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<WebhookReceiverSettings> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    WebhookReceiverSettings result;
    if (settings.contains(kEnabledKey)) {
        const QVariant value = settings.value(kEnabledKey);
        const std::optional<bool> enabled = readBool(value);
        if (!enabled)
            return fail(
                tr("The setting %1 must be true or false, not \"%2\".").arg(kEnabledKey, value.toString()));
        result.enabled = *enabled;
    }
    if (settings.contains(kAddressKey)) {
        const QString text = settings.value(kAddressKey).toString().trimmed();
        QHostAddress address;
        if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            address = QHostAddress(QHostAddress::LocalHost);
        else if (!address.setAddress(text))
            return fail(tr("The setting %1 must be an IP address such as 127.0.0.1, not \"%2\".")
                            .arg(kAddressKey, text));
        result.address = address;
    }
    if (settings.contains(kPortKey)) {
        const QString text = settings.value(kPortKey).toString().trimmed();
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (!ok || port > 65535)
            return fail(
                tr("The setting %1 must be a port number from 0 to 65535, not \"%2\".").arg(kPortKey, text));
        result.port = static_cast<quint16>(port);
    }
    result.certificatePath = settings.value(kCertificateKey).toString().trimmed();
    result.keyPath = settings.value(kKeyKey).toString().trimmed();
    if (result.certificatePath.isEmpty() != result.keyPath.isEmpty()) {
        const QString set = result.certificatePath.isEmpty() ? kKeyKey : kCertificateKey;
        const QString unset = result.certificatePath.isEmpty() ? kCertificateKey : kKeyKey;
        return fail(tr("The setting %1 is set but %2 is not: HTTPS needs both the certificate and its key.")
                        .arg(set, unset));
    }
    return result;
}

void WebhookReceiverSettings::save(QSettings& settings) const
{
    settings.setValue(kEnabledKey, enabled);
    settings.setValue(kAddressKey, address.toString());
    settings.setValue(kPortKey, port);
    settings.setValue(kCertificateKey, certificatePath);
    settings.setValue(kKeyKey, keyPath);
}

QByteArray WebhookDelivery::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// ---------------------------------------------------------------------------
// Receiver

struct WebhookReceiver::Route
{
    WebhookRoute declared;
    /// MoulinSignature: the verifier (and its replay cache) for the current
    /// secret, rebuilt when the secret changes.
    std::unique_ptr<WebhookVerifier> verifier;
    QByteArray verifierSecret;

    QByteArray secret() const
    {
        return declared.secretProvider ? declared.secretProvider() : declared.secret;
    }
};

struct WebhookReceiver::PendingRequest
{
    std::optional<RequestHead> head;
    bool continueSent = false;
    bool refused = false; ///< answered early; draining until closed
};

WebhookReceiver::WebhookReceiver(const WebhookReceiverSettings& settings, QObject* parent, const Clock* clock)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? clock : Clock::system())
{
}

WebhookReceiver::~WebhookReceiver()
{
    m_pending.clear();
    m_http.reset();
}

bool WebhookReceiver::addRoute(const WebhookRoute& route, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QString path = route.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')) || path.size() < 2)
        return fail(tr("%1: the webhook path \"%2\" must start with /.").arg(route.connectorId, route.path));
    if (!route.handler)
        return fail(tr("%1: the webhook route %2 has no handler.").arg(route.connectorId, path));
    if (route.verification == WebhookRoute::Verification::QueryToken && route.tokenParameter.isEmpty())
        return fail(tr("%1: the webhook route %2 names no query parameter for its token.")
                        .arg(route.connectorId, path));
    for (auto it = m_routes.begin(); it != m_routes.end(); ++it) {
        if ((*it)->declared.path != path)
            continue;
        if ((*it)->declared.connectorId != route.connectorId)
            return fail(tr("%1: the webhook path %2 is already used by %3.")
                            .arg(route.connectorId, path, (*it)->declared.connectorId));
        m_routes.erase(it);
        break;
    }
    auto entry = std::make_unique<Route>();
    entry->declared = route;
    entry->declared.path = path;
    m_routes.push_back(std::move(entry));
    return true;
}

void WebhookReceiver::removeRoutes(const QString& connectorId)
{
    std::erase_if(m_routes,
                  [&](const std::unique_ptr<Route>& r) { return r->declared.connectorId == connectorId; });
}

QStringList WebhookReceiver::routePaths() const
{
    QStringList paths;
    for (const auto& route : m_routes)
        paths.append(route->declared.path);
    return paths;
}

bool WebhookReceiver::listen(QString* error)
{
    const auto fail = [error](const QString& message) {
        qCWarning(lcWebhooks).noquote() << message;
        if (error)
            *error = message;
        return false;
    };
    close();
    if (!m_settings.enabled)
        return fail(tr("The webhook receiver is turned off (webhooks/enabled)."));

    const auto watchSocket = [this](QTcpSocket* socket) { watch(socket); };
    QTcpServer* server = nullptr;
    if (m_settings.tlsEnabled()) {
#if QT_CONFIG(ssl)
        if (!QSslSocket::supportsSsl())
            return fail(tr("HTTPS webhooks need TLS support, which this Qt installation lacks (%1).")
                            .arg(QSslSocket::sslLibraryBuildVersionString()));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_settings.certificatePath);
        if (certificates.isEmpty() || certificates.first().isNull())
            return fail(tr("The webhook certificate %1 cannot be read as a PEM certificate (%2).")
                            .arg(m_settings.certificatePath, kCertificateKey));
        QFile keyFile(m_settings.keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(tr("The webhook key %1 cannot be read: %2 (%3).")
                            .arg(m_settings.keyPath, keyFile.errorString(), kKeyKey));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull())
            return fail(tr("The webhook key %1 is not an unencrypted PEM RSA or EC private key (%2).")
                            .arg(m_settings.keyPath, kKeyKey));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(certificates);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
        auto* sslServer = new GateServer<QSslServer>(watchSocket, nullptr);
        sslServer->setSslConfiguration(configuration);
        m_handOver = [sslServer](QTcpSocket* socket) { sslServer->handOver(socket); };
        server = sslServer;
#else
        return fail(tr("HTTPS webhooks need TLS support, which this Qt build lacks (%1, %2).")
                        .arg(kCertificateKey, kKeyKey));
#endif
    } else {
        auto* tcpServer = new GateServer<QTcpServer>(watchSocket, nullptr);
        m_handOver = [tcpServer](QTcpSocket* socket) { tcpServer->handOver(socket); };
        server = tcpServer;
    }

    if (!server->listen(m_settings.address, m_settings.port)) {
        const QString reason = server->errorString();
        delete server;
        m_handOver = {};
        return fail(tr("The webhook receiver cannot listen on %1 port %2: %3")
                        .arg(m_settings.address.toString())
                        .arg(m_settings.port)
                        .arg(reason));
    }
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        dispatch(request, std::move(responder));
    });
    m_http->bind(server); // takes ownership
    m_server = server;
    qCInfo(lcWebhooks).noquote() << QStringLiteral("listening on %1 port %2%3")
                                        .arg(m_settings.address.toString())
                                        .arg(server->serverPort())
                                        .arg(m_settings.tlsEnabled() ? QStringLiteral(" (https)")
                                                                     : QString());
    return true;
}

void WebhookReceiver::close()
{
    for (auto& [socket, pending] : m_pending)
        socket->abort();
    m_pending.clear();
    if (m_server)
        m_server->close();
    m_server = nullptr;
    m_handOver = {};
    // Later: close() may run inside a handler, below QHttpServer's own frames.
    if (m_http)
        m_http.release()->deleteLater();
}

bool WebhookReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 WebhookReceiver::serverPort() const
{
    return isListening() ? m_server->serverPort() : 0;
}

WebhookReceiver::RouteMatch WebhookReceiver::match(const QString& requestPath) const
{
    QString path = requestPath;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    RouteMatch result;
    for (const auto& route : m_routes) {
        const QString& declared = route->declared.path;
        if (path == declared) {
            result.route = route.get();
            return result;
        }
        const WebhookRoute::Verification verification = route->declared.verification;
        if ((verification == WebhookRoute::Verification::UrlToken ||
             verification == WebhookRoute::Verification::QueryToken) &&
            path.startsWith(declared + QLatin1Char('/'))) {
            const QString token = path.mid(declared.size() + 1);
            if (token.contains(QLatin1Char('/')))
                continue;
            result.route = route.get();
            if (verification == WebhookRoute::Verification::QueryToken) {
                // A token pasted into the path: the route's, refused as such
                // (and logged under the declared path, not as an unknown one).
                result.extraSegment = true;
                return result;
            }
            result.token = token;
            result.tokenPresent = true;
            return result;
        }
    }
    return result;
}

QString WebhookReceiver::logPath(const RouteMatch& match, const QString& requestPath)
{
    if (match.route)
        return match.route->declared.path; // never the token
    // Unknown path: it may still carry a mistyped secret; keep two segments.
    const QStringList segments = requestPath.split(QLatin1Char('/'));
    if (segments.size() <= 3)
        return requestPath;
    return segments.mid(0, 3).join(QLatin1Char('/')) + QStringLiteral("/…");
}

void WebhookReceiver::noteRefusal(const QString& connectorId, const QString& path, int status,
                                  const QString& code, const QString& message)
{
    qCWarning(lcWebhooks).noquote() << QStringLiteral("%1: refused %2 with %3 %4: %5")
                                           .arg(connectorId.isEmpty() ? QStringLiteral("-") : connectorId,
                                                path.isEmpty() ? QStringLiteral("(no request line)") : path)
                                           .arg(status)
                                           .arg(code, message);
    Q_EMIT deliveryRefused(connectorId, path, status, message);
}

// --- Before QHttpServer ----------------------------------------------------

void WebhookReceiver::watch(QTcpSocket* socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.erase(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    const bool busy = std::count_if(m_pending.cbegin(), m_pending.cend(), [](const auto& entry) {
                          return !entry.second->refused;
                      }) >= kMaxPendingRequests;
    m_pending.emplace(socket, std::make_unique<PendingRequest>());
    if (busy) {
        refuseRaw(socket, QString(), 503, QStringLiteral("busy"),
                  tr("Too many webhook requests at once; try again later."));
        return;
    }
    QTimer::singleShot(m_settings.readTimeoutMs, socket, [this, socket] {
        const auto it = m_pending.find(socket);
        if (it == m_pending.end() || it->second->refused)
            return;
        const QString path = it->second->head ? pathOfTarget(it->second->head->target) : QString();
        refuseRaw(socket, path, 408, QStringLiteral("request_timeout"),
                  tr("The request was not received completely within %1 ms.").arg(m_settings.readTimeoutMs));
        // The client stopped sending: nothing unread to protect, close now.
        socket->disconnectFromHost();
    });
    // An HTTPS socket may already hold the request when its handshake ends.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            this,
            [this, socket = QPointer<QTcpSocket>(socket)] {
                if (socket)
                    inspect(socket);
            },
            Qt::QueuedConnection);
}

void WebhookReceiver::inspect(QTcpSocket* socket)
{
    const auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    PendingRequest& pending = *it->second;
    if (pending.refused) {
        socket->readAll(); // dropped: see kLingerMs
        return;
    }
    if (!pending.head) {
        RequestHead head;
        const QByteArray buffered =
            socket->peek(std::min<qint64>(socket->bytesAvailable(), kMaxHeadBytes + 1));
        switch (scanHead(buffered, &head)) {
        case HeadScan::Incomplete:
            return;
        case HeadScan::TooLarge:
            refuseRaw(socket, QString(), 431, QStringLiteral("headers_too_large"),
                      tr("The request line and headers exceed %1 bytes.").arg(kMaxHeadBytes));
            return;
        case HeadScan::Malformed:
            refuseRaw(socket, QString(), 400, QStringLiteral("bad_request"),
                      tr("The request is not valid HTTP/1.1 (request line or Content-Length)."));
            return;
        case HeadScan::Complete:
            break;
        }
        const QString path = pathOfTarget(head.target);
        if (head.transferEncoding) {
            refuseRaw(socket, path, 411, QStringLiteral("length_required"),
                      tr("Chunked request bodies are not accepted; send Content-Length."));
            return;
        }
        if (head.contentLength > m_settings.maxBodyBytes) {
            refuseRaw(socket, path, 413, QStringLiteral("payload_too_large"),
                      tr("The body (%1 bytes) exceeds the limit of %2 bytes.")
                          .arg(head.contentLength)
                          .arg(m_settings.maxBodyBytes));
            return;
        }
        pending.head = head;
    }
    const qint64 needed = pending.head->headBytes + pending.head->contentLength;
    if (socket->bytesAvailable() >= needed) {
        release(socket);
        return;
    }
    if (pending.head->expectContinue && !pending.continueSent) {
        // Qt 6.4's QHttpServer never answers Expect; curl would wait 1 s.
        pending.continueSent = true;
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
}

void WebhookReceiver::release(QTcpSocket* socket)
{
    // The read deadline finds no pending entry and does nothing.
    m_pending.erase(socket);
    disconnect(socket, nullptr, this, nullptr);
    if (!m_handOver) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_handOver(socket);
    // The whole request is already buffered: no readyRead will come by itself.
    QMetaObject::invokeMethod(socket, &QAbstractSocket::readyRead, Qt::QueuedConnection);
}

void WebhookReceiver::refuseRaw(QTcpSocket* socket, const QString& requestPath, int status,
                                const QString& code, const QString& message)
{
    const auto it = m_pending.find(socket);
    if (it != m_pending.end())
        it->second->refused = true;
    const RouteMatch found = requestPath.isEmpty() ? RouteMatch() : match(requestPath);
    noteRefusal(found.route ? found.route->declared.connectorId : QString(), logPath(found, requestPath),
                status, code, message);

    const QByteArray json = QJsonDocument(errorBody(code, message)).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
                "\r\nConnection: close\r\n\r\n" + json;
    socket->write(response);
    socket->flush();
    // Read and drop what the client still sends, then close (kLingerMs).
    socket->readAll();
    QTimer::singleShot(kLingerMs, socket, [socket] { closeAfterWrite(socket); });
}

// --- In QHttpServer ----------------------------------------------------------

void WebhookReceiver::answer(QHttpServerResponder&& responder, int status, const QJsonObject& body)
{
    QHttpServerResponder r = std::move(responder);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    r.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(json.size()));
    r.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    if (status == 405)
        r.writeHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
    r.writeBody(json);
    // One request per connection: a second one would bypass the limits.
    if (QTcpSocket* socket = r.socket())
        closeAfterWrite(socket);
}

void WebhookReceiver::refuse(QHttpServerResponder&& responder, const RouteMatch& found,
                             const QString& requestPath, int status, const QString& code,
                             const QString& message)
{
    noteRefusal(found.route ? found.route->declared.connectorId : QString(), logPath(found, requestPath),
                status, code, message);
    answer(std::move(responder), status, errorBody(code, message));
}

void WebhookReceiver::dispatch(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    // The path only: the query may carry a token (QueryToken) and never
    // reaches a log line, a signal or the delivery.
    const QString requestPath = request.url().path();
    const RouteMatch found = match(requestPath);
    if (!found.route) {
        refuse(std::move(responder), found, requestPath, 404, QStringLiteral("not_found"),
               tr("No webhook is declared at this path."));
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        refuse(std::move(responder), found, requestPath, 405, QStringLiteral("method_not_allowed"),
               tr("Webhooks are delivered with POST only."));
        return;
    }
    const QByteArray body = request.body();
    if (body.size() > m_settings.maxBodyBytes) {
        refuse(std::move(responder), found, requestPath, 413, QStringLiteral("payload_too_large"),
               tr("The body (%1 bytes) exceeds the limit of %2 bytes.")
                   .arg(body.size())
                   .arg(m_settings.maxBodyBytes));
        return;
    }

    Route& route = *found.route;
    WebhookDelivery delivery;
    delivery.connectorId = route.declared.connectorId;
    delivery.path = route.declared.path;
    for (const auto& [name, value] : request.headers())
        delivery.headers.append({name, value});
    delivery.body = body;
    delivery.receivedAt = m_clock->now();
    delivery.remoteAddress = request.remoteAddress();

    switch (route.declared.verification) {
    case WebhookRoute::Verification::None:
        break;
    case WebhookRoute::Verification::MoulinSignature: {
        const QByteArray secret = route.secret();
        if (secret.isEmpty()) {
            refuse(std::move(responder), found, requestPath, 503, QStringLiteral("not_configured"),
                   tr("No webhook secret is configured for this connector."));
            return;
        }
        if (!route.verifier || route.verifierSecret != secret) {
            route.verifier = std::make_unique<WebhookVerifier>(secret, m_clock);
            route.verifierSecret = secret;
        }
        const WebhookVerifier::Result result =
            route.verifier->verify(delivery.header(WebhookVerifier::kHeaderName), body);
        if (result == WebhookVerifier::Result::Replayed) {
            refuse(std::move(responder), found, requestPath, 409, QStringLiteral("replayed"),
                   WebhookVerifier::describe(result));
            return;
        }
        if (result != WebhookVerifier::Result::Valid) {
            refuse(std::move(responder), found, requestPath, 401, QStringLiteral("invalid_signature"),
                   WebhookVerifier::describe(result));
            return;
        }
        break;
    }
    case WebhookRoute::Verification::UrlToken: {
        const QByteArray expected = route.secret();
        if (expected.isEmpty()) {
            refuse(std::move(responder), found, requestPath, 503, QStringLiteral("not_configured"),
                   tr("No webhook token is configured for this connector."));
            return;
        }
        if (!found.tokenPresent || !WebhookVerifier::constantTimeEquals(found.token.toUtf8(), expected)) {
            refuse(std::move(responder), found, requestPath, 401, QStringLiteral("invalid_token"),
                   found.tokenPresent ? tr("The token in the webhook URL is not the configured one.")
                                      : tr("The webhook URL carries no token."));
            return;
        }
        break;
    }
    case WebhookRoute::Verification::QueryToken: {
        const QByteArray expected = route.secret();
        if (expected.isEmpty()) {
            refuse(std::move(responder), found, requestPath, 503, QStringLiteral("not_configured"),
                   tr("No webhook token is configured for this connector."));
            return;
        }
        const QString parameter = route.declared.tokenParameter;
        if (found.extraSegment) {
            refuse(std::move(responder), found, requestPath, 401, QStringLiteral("invalid_token"),
                   tr("The webhook URL carries its token in the path; it belongs in the query string "
                      "(?%1=…).")
                       .arg(parameter));
            return;
        }
        // Decoded (%2B is '+'); a repeated parameter is ambiguous, refused.
        const QStringList values = request.query().allQueryItemValues(parameter, QUrl::FullyDecoded);
        if (values.size() != 1 || !WebhookVerifier::constantTimeEquals(values.first().toUtf8(), expected)) {
            refuse(std::move(responder), found, requestPath, 401, QStringLiteral("invalid_token"),
                   values.isEmpty() ? tr("The webhook URL carries no %1 parameter.").arg(parameter)
                   : values.size() > 1
                       ? tr("The webhook URL carries the %1 parameter more than once.").arg(parameter)
                       : tr("The token in the webhook URL is not the configured one."));
            return;
        }
        break;
    }
    }

    // Copies: the handler may add or remove routes.
    const QString connectorId = route.declared.connectorId;
    const QString path = route.declared.path;
    const auto handler = route.declared.handler;
    WebhookReply reply = handler(delivery);
    if (reply.status < 200 || reply.status > 599) {
        qCWarning(lcWebhooks).noquote() << QStringLiteral("%1: handler of %2 answered status %3, sent as 500")
                                               .arg(connectorId, path)
                                               .arg(reply.status);
        reply.status = 500;
    }
    qCDebug(lcWebhooks).noquote()
        << QStringLiteral("%1: POST %2 -> %3").arg(connectorId, path).arg(reply.status);
    const QString reason =
        reply.status >= 400 ? reply.body.value(QStringLiteral("message")).toString() : QString();
    answer(std::move(responder), reply.status, reply.body);
    Q_EMIT deliveryReceived(connectorId, path, reply.status, reason);
}

} // namespace Moulin
