#include "sandbox/core/sandboxhttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

namespace Moulin::SandboxHttp {

QHttpServerResponse json(const QJsonObject& object, int status)
{
    return QHttpServerResponse(object, static_cast<QHttpServerResponder::StatusCode>(status));
}

QHttpServerResponse error(const QString& message, int status)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QByteArray header(const QHttpServerRequest& request, QByteArrayView name)
{
    for (const auto& [key, value] : request.headers()) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace Moulin::SandboxHttp
