#include "sandbox/core/sandboxserver.h"

#include "common/core/appinfo.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrl>

namespace Moulin {

SandboxServer::SandboxServer(quint32 seed, QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_seed(seed)
{
    installRoutes();
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

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void SandboxServer::installRoutes()
{
    m_server->route(QStringLiteral("/health"), [this]() {
        return QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("seed"), static_cast<qint64>(m_seed)},
            {QStringLiteral("version"), appVersion()},
        };
    });
}

} // namespace Moulin
