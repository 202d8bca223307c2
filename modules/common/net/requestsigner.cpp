#include "common/net/requestsigner.h"

#include "common/net/redaction.h"

#include <QMessageAuthenticationCode>
#include <QNetworkRequest>

namespace Moulin::RequestAuth {

RequestDecorator apiKey(const QByteArray& headerName, const QByteArray& key, const QByteArray& prefix)
{
    Redact::addSensitiveKey(QString::fromLatin1(headerName));
    return [headerName, value = QByteArray(prefix + key)](QNetworkRequest& request, const HttpRequest&) {
        request.setRawHeader(headerName, value);
    };
}

QByteArray metroSignature(const QByteArray& secret, QByteArrayView method, const QByteArray& uri,
                          const QByteArray& body, qint64 timestamp)
{
    QByteArray message = method.toByteArray().toUpper();
    message += '\n';
    message += uri;
    message += '\n';
    message += body;
    message += '\n';
    message += QByteArray::number(timestamp);
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

RequestDecorator metroSigning(const QByteArray& clientId, const QByteArray& secret, const Clock* clock)
{
    const Clock* c = clock ? clock : Clock::system();
    return [clientId, secret, c](QNetworkRequest& request, const HttpRequest& source) {
        const qint64 timestamp = c->nowSecs();
        const QByteArray uri = request.url().toEncoded();
        request.setRawHeader(QByteArrayLiteral("X-Client-Id"), clientId);
        request.setRawHeader(QByteArrayLiteral("X-Timestamp"), QByteArray::number(timestamp));
        request.setRawHeader(QByteArrayLiteral("X-Signature"),
                             metroSignature(secret, source.method, uri, source.body, timestamp));
    };
}

RequestDecorator chain(const QList<RequestDecorator>& decorators)
{
    return [decorators](QNetworkRequest& request, const HttpRequest& source) {
        for (const RequestDecorator& decorate : decorators) {
            if (decorate)
                decorate(request, source);
        }
    };
}

} // namespace Moulin::RequestAuth
