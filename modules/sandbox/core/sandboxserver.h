#pragma once

#include "sandbox/core/faultplan.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>

class QHttpServer;
class QSslConfiguration;
class QHttpServerResponder;

namespace Moulin {

/// The built-in provider sandbox: a QHttpServer bound to loopback only,
/// serving the providers' documented HTTP shapes with deterministic data
/// derived from `seed`.
///
/// Fault injection: every route registered with addRoute() goes through the
/// server's FaultPlans (latency, forced statuses with Retry-After, random
/// errors, dropped connections, truncated bodies, malformed JSON) and is
/// counted in the hit statistics. Control and test endpoints:
///   GET  /health                  status, seed, version (no faults)
///   GET|POST|DELETE /_sandbox/faults   list / add (FaultPlan JSON) / clear
///   GET|DELETE /_sandbox/stats    hits per path / reset
///   ANY  /_sandbox/echo           the received method, path, query, headers and body as JSON
///   GET  /_sandbox/gzip           a JSON document sent with Content-Encoding: gzip
///   GET  /_sandbox/redirect?to=U  302 to U
///
/// Qt 6.4's QHttpServer has no middleware: routes use the
/// `(request, QHttpServerResponder&&)` handler form, so the answer can be
/// delayed on a timer (the responder is kept, the socket watched with a
/// QPointer), written by hand with a short body, or replaced by closing the
/// socket.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    /// A route's answer; `captures` are the `<arg>` parts of the pattern.
    using Handler =
        std::function<QHttpServerResponse(const QHttpServerRequest& request, const QStringList& captures)>;

    /// Installs a provider's routes on a new server (a connector module's
    /// sandbox emulation, e.g. the Lightspeed K-Series API).
    using Emulation = std::function<void(SandboxServer* server)>;

    /// Registers (or replaces, by id) an emulation that every server built
    /// afterwards installs. Connector modules register theirs with their
    /// area (Area::registerConnectors()), next to the module itself.
    static void registerEmulation(const QString& id, Emulation install);
    static QStringList emulations();

    explicit SandboxServer(quint32 seed = 1, QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:`port` (0 = any free port). Returns false and
    /// sets errorString() when the port is taken.
    bool start(quint16 port = 0);
    /// Listens on 127.0.0.1:`port` in HTTPS with `tls` (its certificate and
    /// key; benchmarks of providers whose real host is HTTPS). False and
    /// errorString() when the port is taken or Qt has no TLS backend.
    bool startTls(const QSslConfiguration& tls, quint16 port = 0);
    quint16 port() const { return m_port; }
    quint32 seed() const { return m_seed; }
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    /// Registers a provider route (pattern as QHttpServer's, up to three
    /// `<arg>` placeholders) that faults apply to and stats count.
    bool addRoute(const QString& pathPattern, QHttpServerRequest::Methods methods, Handler handler);

    /// Adds a plan, replacing any plan with the same pathPrefix. The plan
    /// with the longest matching prefix applies to a request.
    void setFaultPlan(const FaultPlan& plan);
    void clearFaults();
    QList<FaultPlan> faultPlans() const { return m_plans; }
    /// Adds the plans of `json` (one FaultPlan object or an array of them);
    /// false, with `error`, when it is not that (nothing is added then).
    bool addFaultPlans(const QByteArray& json, QString* error);
    /// Developer option: the plans in the environment variable
    /// MOULIN_SANDBOX_FAULTS (addFaultPlans()), e.g. a latency on one
    /// provider's paths to watch a slow sync or stop one mid-way in demo
    /// mode. True when it is unset or valid.
    bool addFaultPlansFromEnvironment(QString* error);
    static constexpr char kFaultsVariable[] = "MOULIN_SANDBOX_FAULTS";

    /// Requests received on `path` (exact path, no query) by addRoute() routes.
    int hits(const QString& path) const { return m_hits.value(path); }
    int totalHits() const { return m_totalHits; }
    void resetStats();

private:
    enum class Action
    {
        Normal,
        Status,
        Drop
    };

    void installRoutes();
    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder, const Handler& handler,
               const QStringList& captures);
    FaultPlan* matchingPlan(const QString& path);
    QHttpServerResponse faultResponse(int status, const FaultPlan& plan) const;

    std::unique_ptr<QHttpServer> m_server;
    quint32 m_seed;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
    QList<FaultPlan> m_plans;
    QRandomGenerator m_faultRng;
    QHash<QString, int> m_hits;
    int m_totalHits = 0;
};

} // namespace Moulin
