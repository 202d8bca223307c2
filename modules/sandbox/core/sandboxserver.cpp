#include "sandbox/core/sandboxserver.h"

#include "common/core/appinfo.h"
#include "sandbox/core/sandboxoauth.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <array>

namespace Moulin {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonResponse(const QJsonObject& object, int status = 200)
{
    return QHttpServerResponse(object, static_cast<StatusCode>(status));
}

QHttpServerResponse errorResponse(const QString& message, int status)
{
    return jsonResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLe32(QByteArray& out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

// RFC 1952 gzip member around the raw deflate stream inside qCompress's
// output (4-byte length, 2-byte zlib header, deflate data, 4-byte Adler-32).
QByteArray gzip(const QByteArray& data)
{
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 6 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += deflate;
    appendLe32(out, crc32(data));
    appendLe32(out, static_cast<quint32>(data.size()));
    return out;
}

QByteArray httpDate(qint64 secsSinceEpoch)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
    return QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QMutex s_emulationsMutex;

QList<std::pair<QString, SandboxServer::Emulation>>& s_emulations()
{
    static QList<std::pair<QString, SandboxServer::Emulation>> list;
    return list;
}

QList<std::pair<QString, SandboxServer::Emulation>> registeredEmulations()
{
    QMutexLocker lock(&s_emulationsMutex);
    return s_emulations();
}

} // namespace

SandboxServer::SandboxServer(quint32 seed, QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_seed(seed)
    , m_faultRng(seed)
{
    installRoutes();
    SandboxOAuth::install(this);
    for (const auto& [id, install] : registeredEmulations())
        install(this);
}

void SandboxServer::registerEmulation(const QString& id, Emulation install)
{
    QMutexLocker lock(&s_emulationsMutex);
    for (auto& entry : s_emulations()) {
        if (entry.first == id) {
            entry.second = std::move(install);
            return;
        }
    }
    s_emulations().append({id, std::move(install)});
}

QStringList SandboxServer::emulations()
{
    QStringList ids;
    for (const auto& entry : registeredEmulations())
        ids.append(entry.first);
    return ids;
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        m_error = tr("The sandbox could not listen on 127.0.0.1:%1 (port already in use?)").arg(port);
        return false;
    }
    m_port = bound;
    return true;
}

bool SandboxServer::startTls(const QSslConfiguration& tls, quint16 port)
{
#if QT_CONFIG(ssl)
    auto* server = new QSslServer;
    server->setSslConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("The sandbox could not listen on 127.0.0.1:%1 (port already in use?)").arg(port);
        delete server;
        return false;
    }
    m_port = server->serverPort();
    m_tls = true;
    m_server->bind(server); // takes ownership
    return true;
#else
    Q_UNUSED(tls);
    Q_UNUSED(port);
    m_error = QStringLiteral("no TLS in this Qt build");
    return false;
#endif
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool SandboxServer::addRoute(const QString& pathPattern, QHttpServerRequest::Methods methods, Handler handler)
{
    using Responder = QHttpServerResponder;
    using Request = QHttpServerRequest;
    switch (pathPattern.count(QLatin1String("<arg>"))) {
    case 0:
        return m_server->route(pathPattern, methods, [this, handler](const Request& request, Responder&& r) {
            serve(request, std::move(r), handler, {});
        });
    case 1:
        return m_server->route(pathPattern, methods,
                               [this, handler](const QString& a, const Request& request, Responder&& r) {
                                   serve(request, std::move(r), handler, {a});
                               });
    case 2:
        return m_server->route(
            pathPattern, methods,
            [this, handler](const QString& a, const QString& b, const Request& request, Responder&& r) {
                serve(request, std::move(r), handler, {a, b});
            });
    case 3:
        return m_server->route(pathPattern, methods,
                               [this, handler](const QString& a, const QString& b, const QString& c,
                                               const Request& request, Responder&& r) {
                                   serve(request, std::move(r), handler, {a, b, c});
                               });
    default:
        return false;
    }
}

void SandboxServer::setFaultPlan(const FaultPlan& plan)
{
    for (FaultPlan& existing : m_plans) {
        if (existing.pathPrefix == plan.pathPrefix) {
            existing = plan;
            return;
        }
    }
    m_plans.append(plan);
}

bool SandboxServer::addFaultPlans(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
        *error = QStringLiteral("fault plans: not a JSON object or array (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QList<FaultPlan> plans;
    for (const QJsonValue& item : items) {
        QString planError;
        const std::optional<FaultPlan> plan = FaultPlan::fromJson(item.toObject(), &planError);
        if (!item.isObject() || !plan) {
            *error = QStringLiteral("fault plan %1: %2").arg(plans.size() + 1).arg(planError);
            return false;
        }
        plans.append(*plan);
    }
    for (const FaultPlan& plan : std::as_const(plans))
        setFaultPlan(plan);
    return true;
}

bool SandboxServer::addFaultPlansFromEnvironment(QString* error)
{
    const QByteArray json = qgetenv(kFaultsVariable);
    if (json.trimmed().isEmpty())
        return true;
    if (!addFaultPlans(json, error)) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(kFaultsVariable), *error);
        return false;
    }
    return true;
}

void SandboxServer::clearFaults()
{
    m_plans.clear();
}

void SandboxServer::resetStats()
{
    m_hits.clear();
    m_totalHits = 0;
}

FaultPlan* SandboxServer::matchingPlan(const QString& path)
{
    FaultPlan* best = nullptr;
    for (FaultPlan& plan : m_plans) {
        if (plan.matches(path) && (!best || plan.pathPrefix.size() > best->pathPrefix.size()))
            best = &plan;
    }
    return best;
}

QHttpServerResponse SandboxServer::faultResponse(int status, const FaultPlan& plan) const
{
    QHttpServerResponse response = jsonResponse(
        QJsonObject{
            {QStringLiteral("error"), QStringLiteral("sandbox fault")},
            {QStringLiteral("status"), status},
        },
        status);
    if ((status == 429 || status == 503) && plan.retryAfterSeconds >= 0) {
        if (plan.retryAfterHttpDate) {
            // Round up so the client never waits less than asked.
            const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
            const qint64 at = (nowMs + 999) / 1000 + plan.retryAfterSeconds;
            response.addHeader(QByteArrayLiteral("Retry-After"), httpDate(at));
        } else {
            response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(plan.retryAfterSeconds));
        }
    }
    if (status == 429 && plan.rateLimitResetSeconds >= 0) {
        response.addHeader(QByteArrayLiteral("x-sib-ratelimit-limit"), QByteArrayLiteral("10"));
        response.addHeader(QByteArrayLiteral("x-sib-ratelimit-remaining"), QByteArrayLiteral("0"));
        response.addHeader(QByteArrayLiteral("x-sib-ratelimit-reset"),
                           QByteArray::number(plan.rateLimitResetSeconds));
    }
    return response;
}

void SandboxServer::serve(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                          const Handler& handler, const QStringList& captures)
{
    const QString path = request.url().path();
    ++m_hits[path];
    ++m_totalHits;

    FaultPlan plan; // no faults by default
    int forcedStatus = -1;
    if (FaultPlan* active = matchingPlan(path)) {
        plan = *active;
        if (!active->statuses.isEmpty())
            forcedStatus = active->statuses.takeFirst();
        if (active->times > 0 && --active->times == 0)
            m_plans.removeIf([active](const FaultPlan& p) { return &p == active; });
    }

    Action action = Action::Normal;
    std::shared_ptr<QHttpServerResponse> response;
    if (forcedStatus >= 0) {
        action = Action::Status;
        response = std::make_shared<QHttpServerResponse>(faultResponse(forcedStatus, plan));
    } else if (plan.errorRate > 0 && m_faultRng.generateDouble() < plan.errorRate) {
        action = Action::Status;
        response = std::make_shared<QHttpServerResponse>(faultResponse(plan.errorStatus, plan));
    } else if (plan.dropConnection) {
        action = Action::Drop;
    } else if (plan.dropAfterHandling) {
        handler(request, captures); // done, then the answer is lost
        action = Action::Drop;
    } else {
        response = std::make_shared<QHttpServerResponse>(handler(request, captures));
    }

    const bool truncate = action == Action::Normal && plan.truncateBody;
    const bool malformed = action == Action::Normal && plan.malformedJson;
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = kept->socket();

    auto write = [kept, socket, response, action, truncate, malformed] {
        // The client may have given up (timeout) while the answer was delayed.
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (action == Action::Drop) {
            socket->disconnectFromHost();
            return;
        }
        if (truncate) {
            const QByteArray data = response->data();
            kept->writeStatusLine(response->statusCode());
            kept->writeHeader(QByteArrayLiteral("Content-Type"), response->mimeType());
            kept->writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(std::max<qsizetype>(data.size(), 16)));
            kept->writeBody(data.left(data.size() / 2));
            socket->disconnectFromHost(); // after the buffered bytes are out
            return;
        }
        if (malformed) {
            const QByteArray data = response->data();
            const QByteArray cut = data.size() > 1 ? data.left(data.size() / 2) : QByteArrayLiteral("{");
            kept->write(cut, response->mimeType(), response->statusCode());
            return;
        }
        response->write(std::move(*kept));
    };

    if (plan.latencyMs > 0)
        QTimer::singleShot(plan.latencyMs, this, write);
    else
        write();
}

void SandboxServer::installRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server->route(QStringLiteral("/health"), [this]() {
        return QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("seed"), static_cast<qint64>(m_seed)},
            {QStringLiteral("version"), appVersion()},
        };
    });

    // Fault control (never faulted, never counted).
    m_server->route(QStringLiteral("/_sandbox/faults"), Method::Get, [this]() {
        QJsonArray plans;
        for (const FaultPlan& plan : std::as_const(m_plans))
            plans.append(plan.toJson());
        return jsonResponse(QJsonObject{{QStringLiteral("plans"), plans}});
    });
    m_server->route(
        QStringLiteral("/_sandbox/faults"), Method::Post, [this](const QHttpServerRequest& request) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
            if (!document.isObject())
                return errorResponse(QStringLiteral("the body must be a JSON object (a fault plan)"), 400);
            QString error;
            const auto plan = FaultPlan::fromJson(document.object(), &error);
            if (!plan)
                return errorResponse(error, 400);
            setFaultPlan(*plan);
            return jsonResponse(plan->toJson());
        });
    m_server->route(QStringLiteral("/_sandbox/faults"), Method::Delete, [this]() {
        clearFaults();
        return jsonResponse(QJsonObject{{QStringLiteral("plans"), QJsonArray()}});
    });

    m_server->route(QStringLiteral("/_sandbox/stats"), Method::Get, [this]() {
        QJsonObject hits;
        for (auto it = m_hits.cbegin(); it != m_hits.cend(); ++it)
            hits.insert(it.key(), it.value());
        return jsonResponse(
            QJsonObject{{QStringLiteral("total"), m_totalHits}, {QStringLiteral("hits"), hits}});
    });
    m_server->route(QStringLiteral("/_sandbox/stats"), Method::Delete, [this]() {
        resetStats();
        return jsonResponse(
            QJsonObject{{QStringLiteral("total"), 0}, {QStringLiteral("hits"), QJsonObject()}});
    });

    // Test endpoints, faulted and counted like provider routes.
    addRoute(QStringLiteral("/_sandbox/echo"), Method::AnyKnown,
             [](const QHttpServerRequest& request, const QStringList&) {
                 QJsonObject headers;
                 for (const auto& [name, value] : request.headers())
                     headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
                 static const QHash<QHttpServerRequest::Method, QString> names{
                     {Method::Get, QStringLiteral("GET")},       {Method::Put, QStringLiteral("PUT")},
                     {Method::Delete, QStringLiteral("DELETE")}, {Method::Post, QStringLiteral("POST")},
                     {Method::Head, QStringLiteral("HEAD")},     {Method::Options, QStringLiteral("OPTIONS")},
                     {Method::Patch, QStringLiteral("PATCH")},   {Method::Connect, QStringLiteral("CONNECT")},
                     {Method::Trace, QStringLiteral("TRACE")},
                 };
                 return jsonResponse(QJsonObject{
                     {QStringLiteral("method"), names.value(request.method(), QStringLiteral("UNKNOWN"))},
                     {QStringLiteral("path"), request.url().path()},
                     {QStringLiteral("query"), request.url().query(QUrl::FullyEncoded)},
                     {QStringLiteral("headers"), headers},
                     {QStringLiteral("body"), QString::fromUtf8(request.body())},
                 });
             });
    addRoute(QStringLiteral("/_sandbox/redirect"), Method::Get,
             [](const QHttpServerRequest& request, const QStringList&) {
                 QHttpServerResponse response(StatusCode::Found);
                 response.addHeader(
                     QByteArrayLiteral("Location"),
                     request.query().queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8());
                 return response;
             });
    addRoute(QStringLiteral("/_sandbox/gzip"), Method::Get,
             [this](const QHttpServerRequest&, const QStringList&) {
                 QJsonArray items;
                 for (int i = 0; i < 50; ++i)
                     items.append(QJsonObject{{QStringLiteral("id"), i},
                                              {QStringLiteral("name"), QStringLiteral("item %1").arg(i)}});
                 const QByteArray json =
                     QJsonDocument(QJsonObject{{QStringLiteral("seed"), static_cast<qint64>(m_seed)},
                                               {QStringLiteral("items"), items}})
                         .toJson(QJsonDocument::Compact);
                 QHttpServerResponse response(QByteArrayLiteral("application/json"), gzip(json));
                 response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
                 return response;
             });
}

} // namespace Moulin
