#include "reservation/core/bookguests.h"

#include "common/core/database.h"
#include "reservation/core/booking.h"

#include <QHash>
#include <QSqlQuery>

namespace Moulin {

namespace {

QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

ActivityBooking::Status statusOf(const QString& key)
{
    switch (bookingStatusFromKey(key).value_or(BookingStatus::Confirmed)) {
    case BookingStatus::Arrived:
    case BookingStatus::Seated:
    case BookingStatus::Paid:
    case BookingStatus::Left:
        return ActivityBooking::Status::Honoured;
    case BookingStatus::NoShow:
        return ActivityBooking::Status::NoShow;
    case BookingStatus::Cancelled:
    case BookingStatus::Refused:
        return ActivityBooking::Status::Cancelled;
    case BookingStatus::Requested:
    case BookingStatus::Confirmed:
        break;
    }
    return ActivityBooking::Status::Standing;
}

/// The rows after the cursor (changed_at, id), in change order (an empty
/// cursor binds NULL: from the start).
QString afterCursor(const QString& column, const QString& idColumn)
{
    return QStringLiteral("(%1 > COALESCE(?, '') OR (%1 = COALESCE(?, '') AND %2 > ?))")
        .arg(column, idColumn);
}

} // namespace

BookGuests::BookGuests(std::function<QSqlDatabase()> connection)
    : m_connection(std::move(connection))
{
}

QSqlDatabase BookGuests::database() const
{
    return m_connection ? m_connection() : Database::connection();
}

namespace {

const char kGuestColumns[] =
    "SELECT id, channel, external_id, name, email, phone, allergies, dietary, notes, "
    "newsletter_opt_in, updated_at, language, sms_opt_in FROM reservation_guest WHERE ";

ActivityGuest readGuest(const QSqlQuery& q)
{
    ActivityGuest g;
    g.channel = q.value(1).toString();
    g.externalId = q.value(2).toString();
    g.name = q.value(3).toString();
    g.email = q.value(4).toString();
    g.phone = q.value(5).toString();
    g.allergies = q.value(6).toString();
    g.dietary = q.value(7).toString();
    g.notes = q.value(8).toString();
    if (!q.value(9).isNull())
        g.emailConsent = q.value(9).toInt() != 0;
    g.updatedAt = utc(q.value(10));
    g.language = q.value(11).toString();
    if (!q.value(12).isNull())
        g.smsConsent = q.value(12).toInt() != 0;
    return g;
}

} // namespace

GuestBookSource::Page<ActivityGuest> BookGuests::guestsChangedSince(const QString& cursor, int limit) const
{
    Page<ActivityGuest> page;
    page.cursor = cursor;
    QString at, key;
    ActivityCursor::split(cursor, &at, &key);
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!Database::run(q,
                       QString::fromLatin1(kGuestColumns) +
                           afterCursor(QStringLiteral("updated_at"), QStringLiteral("id")) +
                           QStringLiteral(" ORDER BY updated_at, id LIMIT ?"),
                       {at, at, key.toLongLong(), limit}, "guests for the profiles"))
        return page;
    while (q.next()) {
        page.cursor = ActivityCursor::make(q.value(10).toString(), q.value(0).toString());
        page.rows.append(readGuest(q));
    }
    page.more = limit > 0 && page.rows.size() >= limit;
    return page;
}

QList<ActivityGuest> BookGuests::guests(const QList<std::pair<QString, QString>>& keys) const
{
    QList<ActivityGuest> out;
    QSqlDatabase db = database();
    for (const auto& [channel, externalId] : keys) {
        QSqlQuery q(db);
        if (!Database::run(
                q, QString::fromLatin1(kGuestColumns) + QStringLiteral("channel = ? AND external_id = ?"),
                {channel, externalId}, "a guest for the export"))
            continue;
        if (q.next())
            out.append(readGuest(q));
    }
    return out;
}

namespace {

const char kBookingColumns[] =
    "SELECT b.id, b.channel, b.external_id, g.external_id, b.guest_name, b.guest_email, "
    "b.guest_phone, b.allergies, b.special_requests, b.starts_at, b.day, b.service, "
    "b.party_size, b.status, b.provider_updated_at, b.updated_at, "
    "(SELECT min(h.at) FROM reservation_history h WHERE h.booking_id = b.id AND "
    "h.kind = 'cancelled'), a.layout_id, a.tables, g.allergies "
    "FROM reservation_booking b LEFT JOIN reservation_guest g ON g.id = b.guest_id "
    "LEFT JOIN table_assignment a ON a.booking_id = b.id WHERE ";

/// The floor plan's labels, to name the tables a party sat at: layout + '/'
/// + table id → label.
QHash<QString, QString> tableLabels(QSqlDatabase& db)
{
    QHash<QString, QString> labels;
    QSqlQuery t(db);
    if (Database::run(t, QStringLiteral("SELECT layout_id, id, label FROM floor_table"), {},
                      "table labels for the profiles")) {
        while (t.next())
            labels.insert(t.value(0).toString() + QLatin1Char('/') + t.value(1).toString(),
                          t.value(2).toString());
    }
    return labels;
}

ActivityBooking readBooking(const QSqlQuery& q, const QHash<QString, QString>& labels)
{
    ActivityBooking b;
    b.channel = q.value(1).toString();
    b.externalId = q.value(2).toString();
    b.guestExternalId = q.value(3).toString();
    b.guestName = q.value(4).toString();
    b.guestEmail = q.value(5).toString();
    b.guestPhone = q.value(6).toString();
    b.allergies = q.value(7).toString();
    if (b.allergies.isEmpty())
        b.allergies = q.value(19).toString();
    b.specialRequests = q.value(8).toString();
    b.startsAt = utc(q.value(9));
    b.day = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    b.service = q.value(11).toInt();
    b.partySize = q.value(12).toInt();
    b.status = statusOf(q.value(13).toString());
    b.updatedAt = utc(q.value(15));
    if (b.status == ActivityBooking::Status::Cancelled) {
        QDateTime cancelled = utc(q.value(16));
        const QDateTime providerUpdated = utc(q.value(14));
        if (providerUpdated.isValid() && (!cancelled.isValid() || providerUpdated < cancelled))
            cancelled = providerUpdated;
        b.cancelledAt = cancelled.isValid() ? cancelled : b.updatedAt;
    }
    if (!q.value(18).isNull()) {
        const QString layout = q.value(17).toString();
        QStringList names;
        for (const QString& id : q.value(18).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << labels.value(layout + QLatin1Char('/') + id, id);
        b.table = names.join(QLatin1Char('+'));
    }
    return b;
}

} // namespace

GuestBookSource::Page<ActivityBooking> BookGuests::bookingsChangedSince(const QString& cursor,
                                                                        int limit) const
{
    Page<ActivityBooking> page;
    page.cursor = cursor;
    QString at, key;
    ActivityCursor::split(cursor, &at, &key);
    QSqlDatabase db = database();
    const QHash<QString, QString> labels = tableLabels(db);
    QSqlQuery q(db);
    if (!Database::run(q,
                       QString::fromLatin1(kBookingColumns) +
                           afterCursor(QStringLiteral("b.updated_at"), QStringLiteral("b.id")) +
                           QStringLiteral(" ORDER BY b.updated_at, b.id LIMIT ?"),
                       {at, at, key.toLongLong(), limit}, "bookings for the profiles"))
        return page;
    while (q.next()) {
        page.cursor = ActivityCursor::make(q.value(15).toString(), q.value(0).toString());
        page.rows.append(readBooking(q, labels));
    }
    page.more = limit > 0 && page.rows.size() >= limit;
    return page;
}

QList<ActivityBooking> BookGuests::bookings(const QList<std::pair<QString, QString>>& keys) const
{
    QList<ActivityBooking> out;
    QSqlDatabase db = database();
    const QHash<QString, QString> labels = tableLabels(db);
    for (const auto& [channel, externalId] : keys) {
        QSqlQuery q(db);
        if (!Database::run(q,
                           QString::fromLatin1(kBookingColumns) +
                               QStringLiteral("b.channel = ? AND b.external_id = ?"),
                           {channel, externalId}, "a booking for the export"))
            continue;
        if (q.next())
            out.append(readBooking(q, labels));
    }
    return out;
}

} // namespace Moulin
