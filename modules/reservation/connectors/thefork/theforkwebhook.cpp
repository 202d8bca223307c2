#include "reservation/connectors/thefork/theforkwebhook.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Moulin {

namespace {

WebhookReply refusal(int status, const QString& code, const QString& message)
{
    return {status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

} // namespace

WebhookReply TheForkWebhook::handle(const WebhookDelivery& delivery, const QString& restaurantUuid,
                                    const Refetch& refetch)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(delivery.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refusal(400, QStringLiteral("malformed_json"),
                       tr("The body is not a JSON object (%1).").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    static const QStringList kEvents{QStringLiteral("reservationCreated"),
                                     QStringLiteral("reservationUpdated"), QStringLiteral("customerCreated"),
                                     QStringLiteral("customerUpdated")};
    const QString event = o.value(QStringLiteral("eventType")).toString();
    if (!kEvents.contains(event))
        return refusal(422, QStringLiteral("invalid_field"),
                       tr("The eventType %1 is unknown (%2).")
                           .arg(event.isEmpty() ? tr("(none)") : event, kEvents.join(QStringLiteral(", "))));
    const QString uuid = o.value(QStringLiteral("uuid")).toString();
    if (uuid.isEmpty())
        return refusal(422, QStringLiteral("invalid_field"), tr("The field uuid is missing."));
    const QString restaurant = o.value(QStringLiteral("restaurantUuid")).toString();
    if (!restaurantUuid.isEmpty() && !restaurant.isEmpty() && restaurant != restaurantUuid)
        return refusal(422, QStringLiteral("unknown_restaurant"),
                       tr("The restaurantUuid %1 is not this restaurant's.").arg(restaurant));
    if (refetch)
        refetch(Event{event, uuid});
    return {200, QJsonObject{{QStringLiteral("data"), QJsonObject()}}};
}

WebhookRoute TheForkWebhook::route(const QString& connectorId, const QString& restaurantUuid,
                                   std::function<QByteArray()> token, Refetch refetch)
{
    WebhookRoute route;
    route.connectorId = connectorId;
    route.path = path(connectorId);
    route.verification = WebhookRoute::Verification::QueryToken;
    route.tokenParameter = QStringLiteral("token");
    route.secretProvider = std::move(token);
    route.handler = [restaurantUuid, refetch = std::move(refetch)](const WebhookDelivery& delivery) {
        return handle(delivery, restaurantUuid, refetch);
    };
    return route;
}

} // namespace Moulin
