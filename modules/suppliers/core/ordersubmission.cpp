#include "suppliers/core/ordersubmission.h"

#include "common/net/requestsigner.h"

namespace Moulin::OrderSubmission {

HttpRequest request(const Supplier& supplier, const Order& order, const QByteArray& ublXml)
{
    HttpRequest request;
    request.method = "POST";
    QUrl base = supplier.endpoint;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    request.url = base.resolved(QUrl(QStringLiteral("orders")));
    request.body = ublXml;
    request.headers.append(
        std::pair<QByteArray, QByteArray>("Content-Type", "application/xml; charset=utf-8"));
    request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/xml"));
    request.idempotencyKey = order.identity().idempotencyKey();
    request.connector = supplier.profileId;
    request.feed = QStringLiteral("orders");
    return request;
}

RequestDecorator signer(const QByteArray& clientId, const QByteArray& secret, const Clock* clock)
{
    return RequestAuth::metroSigning(clientId, secret, clock);
}

} // namespace Moulin::OrderSubmission
