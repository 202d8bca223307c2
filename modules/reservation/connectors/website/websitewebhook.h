#pragma once

#include "common/runtime/webhookreceiver.h"
#include "reservation/core/booking.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Moulin {

class BookStore;

/// The restaurant's own booking site posts each booking to Moulin (our
/// protocol, providers.md "Own booking site"): a JSON body signed with
/// `X-Moulin-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`
/// (checked by the WebhookReceiver: 401 when bad or older than 5 minutes,
/// 409 for a replayed signature, 413 over 64 KiB).
///
///     {
///       "event_id": "evt_2026_000123",           required, unique per event
///       "event_type": "reservation.created",     .created | .updated | .cancelled
///       "occurred_at": "2026-12-05T17:42:00Z",   optional; orders the updates
///       "restaurant_id": "levieuxmoulin",        must match the connector's store id when set
///       "reservation_id": "WEB-12345",           required
///       "platform": "website",                   optional
///       "customer": {"name": "Élodie Dupré", "phone": "+33 6 12 34 56 78",
///                    "email": "...", "allergies": "...", "newsletter_opt_in": true,
///                    "sms_opt_in": false, "language": "fr"},
///       "date": "2026-12-12T20:00:00+01:00",     required, ISO 8601 with offset
///       "party_size": 4,                         required, a positive integer
///       "special_requests": "Anniversaire"       optional
///     }
///
/// Answers (JSON): 200 {"status":"stored"|"unchanged"|"stale"|"duplicate_event"}
/// and, for what cannot be stored, 400 `malformed_json` or 422 with `error`
/// naming the field (`invalid_field`, `invalid_party_size`,
/// `unknown_restaurant`). Nothing is stored for a refused delivery.
class WebsiteWebhook
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::WebsiteWebhook)

public:
    /// The path the site posts to, per connector id: /webhooks/<id>.
    static QString path(const QString& connectorId);

    /// A parsed delivery, or the answer refusing it.
    struct Parsed
    {
        QString eventId;
        BookingRecord record;
    };
    static std::optional<Parsed> parse(const QByteArray& body, const QString& connectorId,
                                       const QString& restaurantId, const QDateTime& receivedAt,
                                       WebhookReply* refusal);

    /// Parses and stores one delivery in one transaction (the event id
    /// remembered with the booking, so a redelivery is acknowledged only).
    static WebhookReply handle(const WebhookDelivery& delivery, BookStore& store,
                               const QString& restaurantId);

    /// The route the module declares on the runtime's receiver.
    static WebhookRoute route(const QString& connectorId, const QString& restaurantId,
                              std::function<QByteArray()> secret);
};

} // namespace Moulin
