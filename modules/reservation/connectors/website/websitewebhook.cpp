#include "reservation/connectors/website/websitewebhook.h"

#include "common/core/database.h"
#include "reservation/core/bookstore.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <memory>

namespace Moulin {

namespace {

WebhookReply refuse(int status, const QString& code, const QString& message)
{
    return {status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().trimmed() : QString();
}

} // namespace

QString WebsiteWebhook::path(const QString& connectorId)
{
    return QStringLiteral("/webhooks/") + connectorId;
}

std::optional<WebsiteWebhook::Parsed>
WebsiteWebhook::parse(const QByteArray& body, const QString& connectorId, const QString& restaurantId,
                      const QDateTime& receivedAt, WebhookReply* refusal)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = refuse(400, QStringLiteral("malformed_json"),
                          parseError.error != QJsonParseError::NoError
                              ? tr("The body is not valid JSON (%1 at byte %2).")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)
                              : tr("The body must be a JSON object."));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const auto missing = [refusal](const char* field) {
        *refusal =
            refuse(422, QStringLiteral("invalid_field"),
                   tr("The field %1 is missing or is not a non-empty string.").arg(QLatin1String(field)));
        return std::nullopt;
    };

    Parsed p;
    p.eventId = text(o, "event_id");
    if (p.eventId.isEmpty())
        return missing("event_id");
    const QString type = text(o, "event_type");
    if (!type.isEmpty() && type != QLatin1String("reservation.created") &&
        type != QLatin1String("reservation.updated") && type != QLatin1String("reservation.cancelled")) {
        *refusal = refuse(422, QStringLiteral("invalid_field"),
                          tr("The event_type %1 is unknown (reservation.created, reservation.updated or "
                             "reservation.cancelled).")
                              .arg(type));
        return std::nullopt;
    }
    const QString restaurant = text(o, "restaurant_id");
    if (!restaurantId.isEmpty() && restaurant != restaurantId) {
        *refusal = refuse(422, QStringLiteral("unknown_restaurant"),
                          tr("The restaurant_id %1 is not this restaurant's.")
                              .arg(restaurant.isEmpty() ? tr("(none)") : restaurant));
        return std::nullopt;
    }

    BookingRecord& r = p.record;
    r.channel = connectorId;
    r.restaurantRef = restaurant;
    r.externalId = text(o, "reservation_id");
    if (r.externalId.isEmpty()) {
        // A number is accepted as an id too (the seed's example sends one).
        const QJsonValue id = o.value(QLatin1String("reservation_id"));
        if (id.isDouble() && std::isfinite(id.toDouble()))
            r.externalId = QString::number(id.toInteger());
        else
            return missing("reservation_id");
    }
    const QString date = text(o, "date");
    r.startsAt = QDateTime::fromString(date, Qt::ISODateWithMs);
    if (!r.startsAt.isValid())
        r.startsAt = QDateTime::fromString(date, Qt::ISODate);
    if (date.isEmpty() || !r.startsAt.isValid()) {
        *refusal = refuse(422, QStringLiteral("invalid_field"),
                          tr("The field date must be an ISO 8601 date and time with its offset, e.g. "
                             "2026-12-12T20:00:00+01:00."));
        return std::nullopt;
    }
    const QJsonValue party = o.value(QLatin1String("party_size"));
    const double size = party.toDouble(-1);
    if (!party.isDouble() || size < 1 || size > 500 || std::floor(size) != size) {
        *refusal = refuse(422, QStringLiteral("invalid_party_size"),
                          tr("The field party_size must be a positive whole number of guests."));
        return std::nullopt;
    }
    r.partySize = int(size);
    r.specialRequests = text(o, "special_requests");
    r.status =
        type == QLatin1String("reservation.cancelled") ? BookingStatus::Cancelled : BookingStatus::Confirmed;

    const QJsonValue customer = o.value(QLatin1String("customer"));
    if (customer.isObject()) {
        const QJsonObject c = customer.toObject();
        r.guest.name = text(c, "name");
        r.guest.phone = text(c, "phone");
        r.guest.email = text(c, "email");
        r.guest.allergies = text(c, "allergies");
        if (c.value(QLatin1String("newsletter_opt_in")).isBool())
            r.guest.newsletterOptIn = c.value(QLatin1String("newsletter_opt_in")).toBool();
        if (c.value(QLatin1String("sms_opt_in")).isBool())
            r.guest.smsOptIn = c.value(QLatin1String("sms_opt_in")).toBool();
        r.guest.language = text(c, "language").section(QLatin1Char('-'), 0, 0).toLower();
        r.guest.externalId = text(c, "id");
    } else if (customer.isString()) {
        r.guest.name = customer.toString().trimmed();
    }
    if (r.guest.name.isEmpty()) {
        *refusal =
            refuse(422, QStringLiteral("invalid_field"), tr("The customer has no name (customer.name)."));
        return std::nullopt;
    }

    QDateTime occurred = QDateTime::fromString(text(o, "occurred_at"), Qt::ISODateWithMs);
    if (!occurred.isValid())
        occurred = QDateTime::fromString(text(o, "occurred_at"), Qt::ISODate);
    if (!occurred.isValid())
        occurred = receivedAt;
    r.version = occurred.toMSecsSinceEpoch();
    r.providerUpdatedAt = occurred.toUTC();
    if (type.isEmpty() || type == QLatin1String("reservation.created"))
        r.bookedAt = occurred.toUTC();
    return p;
}

WebhookReply WebsiteWebhook::handle(const WebhookDelivery& delivery, BookStore& store,
                                    const QString& restaurantId)
{
    WebhookReply refusal;
    const std::optional<Parsed> parsed =
        parse(delivery.body, delivery.connectorId, restaurantId, delivery.receivedAt, &refusal);
    if (!parsed)
        return refusal;

    QSqlDatabase db = Database::connection();
    QString status;
    QString error;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            bool isNew = false;
            if (!BookStore::rememberEvent(db, delivery.connectorId, parsed->eventId, &isNew, e))
                return false;
            if (!isNew) {
                status = QStringLiteral("duplicate_event");
                return true;
            }
            const std::optional<BookStore::Applied> applied = store.apply(db, parsed->record, e);
            if (!applied)
                return false;
            switch (applied->outcome) {
            case BookStore::Outcome::Inserted:
            case BookStore::Outcome::Updated:
                status = QStringLiteral("stored");
                break;
            case BookStore::Outcome::Unchanged:
                status = QStringLiteral("unchanged");
                break;
            case BookStore::Outcome::Stale:
                status = QStringLiteral("stale");
                break;
            }
            return true;
        },
        &error);
    if (!ok) {
        // The record passed parse(): what is left is the book refusing it
        // (validation) or the database failing; either way nothing is kept
        // and the site retries.
        return refuse(503, QStringLiteral("not_stored"),
                      tr("The booking could not be stored: %1").arg(error));
    }
    return {200, QJsonObject{{QStringLiteral("status"), status},
                             {QStringLiteral("reservation_id"), parsed->record.externalId}}};
}

WebhookRoute WebsiteWebhook::route(const QString& connectorId, const QString& restaurantId,
                                   std::function<QByteArray()> secret)
{
    WebhookRoute route;
    route.connectorId = connectorId;
    route.path = path(connectorId);
    route.verification = WebhookRoute::Verification::MoulinSignature;
    route.secretProvider = std::move(secret);
    auto store = std::make_shared<BookStore>();
    route.handler = [store, restaurantId](const WebhookDelivery& delivery) {
        return handle(delivery, *store, restaurantId);
    };
    return route;
}

} // namespace Moulin
