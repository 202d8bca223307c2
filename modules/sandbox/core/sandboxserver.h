#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace Moulin {

/// The built-in provider sandbox: a QHttpServer bound to loopback only,
/// serving the providers' documented HTTP shapes with deterministic data
/// derived from `seed`.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(quint32 seed = 1, QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:`port` (0 = any free port). Returns false and
    /// sets errorString() when the port is taken.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    quint32 seed() const { return m_seed; }
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

private:
    void installRoutes();

    std::unique_ptr<QHttpServer> m_server;
    quint32 m_seed;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Moulin
