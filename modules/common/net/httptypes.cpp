#include "common/net/httptypes.h"

#include <QHostAddress>
#include <QJsonParseError>

namespace Moulin {

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpRequest HttpRequest::json(const QByteArray& method, const QUrl& url, const QJsonDocument& body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body.toJson(QJsonDocument::Compact);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.expectJson = true;
    return request;
}

HttpRequest HttpRequest::getJson(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    request.expectJson = true;
    return request;
}

QJsonDocument HttpResponse::json(QString* parseError) const
{
    QJsonParseError result;
    const QJsonDocument document = QJsonDocument::fromJson(body, &result);
    if (parseError)
        *parseError = document.isNull() ? result.errorString() : QString();
    return document;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isTransportAllowed(const QUrl& url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

} // namespace Moulin
