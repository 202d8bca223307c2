#pragma once

#include "common/runtime/webhookreceiver.h"

#include <QCoreApplication>

#include <functional>

namespace Moulin {

/// TheFork's thin webhook: it POSTs to a URL that carries our secret token in
/// its query string (/webhooks/thefork?token=…, checked by the receiver
/// before anything else) a body that only names what changed,
///
///     {"entityType": "reservation", "eventType": "reservationUpdated",
///      "uuid": "…", "restaurantUuid": "…"}
///
/// (eventType reservationCreated | reservationUpdated | customerCreated |
/// customerUpdated), and wants 200 {"data":{}} at once; it delivers again on
/// a timeout. So the delivery is answered first and the entity fetched after:
/// the handler asks for the reservations feed to run (coalesced: a delivery
/// during a run runs it once more after), which lists what changed today and
/// fetches each booking and its guest; the book applies a booking only when
/// it is newer than what it holds, so a repeated delivery changes nothing.
/// A customer event (customerCreated, customerUpdated: a guest changed with
/// no booking change, which the list would not show) announces the customer
/// to the feed first (TheForkFeeds::announceCustomer()): the run fetches it
/// and the book gives it to every booking of that guest; fetched again, it
/// changes nothing. Nothing of a reservation event is kept: if Moulin stops
/// before the run, the next scheduled run reads the same change.
class TheForkWebhook
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::TheForkWebhook)

public:
    static QString path(const QString& connectorId) { return QStringLiteral("/webhooks/") + connectorId; }
    /// The keychain key of the URL token.
    static QString tokenKey() { return QStringLiteral("webhook_token"); }

    /// What a delivery announces.
    struct Event
    {
        QString eventType; ///< reservationCreated … customerUpdated
        QString uuid;      ///< of the reservation or the customer
        /// customerCreated or customerUpdated: `uuid` is a customer's.
        bool isCustomer() const { return eventType.startsWith(QLatin1String("customer")); }
    };
    using Refetch = std::function<void(const Event& event)>;

    /// 200 {"data":{}} and `refetch` called, or 400/422 with the reason (a
    /// body that is not TheFork's, another restaurant).
    static WebhookReply handle(const WebhookDelivery& delivery, const QString& restaurantUuid,
                               const Refetch& refetch);
    static WebhookRoute route(const QString& connectorId, const QString& restaurantUuid,
                              std::function<QByteArray()> token, Refetch refetch);
};

} // namespace Moulin
