#include "reservation/core/bookfootfall.h"

#include "common/core/database.h"
#include "reservation/core/booking.h"

#include <QSqlQuery>
#include <QTime>

namespace Moulin {

namespace {

QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

BookedParty::Status statusOf(const QString& key)
{
    switch (bookingStatusFromKey(key).value_or(BookingStatus::Confirmed)) {
    case BookingStatus::Arrived:
    case BookingStatus::Seated:
    case BookingStatus::Paid:
    case BookingStatus::Left:
        return BookedParty::Status::Honoured;
    case BookingStatus::NoShow:
        return BookedParty::Status::NoShow;
    case BookingStatus::Cancelled:
    case BookingStatus::Refused:
        return BookedParty::Status::Cancelled;
    case BookingStatus::Requested:
    case BookingStatus::Confirmed:
        break;
    }
    return BookedParty::Status::Standing;
}

} // namespace

BookFootfall::BookFootfall(std::function<QSqlDatabase()> connection)
    : m_connection(std::move(connection))
{
}

QList<BookedParty> BookFootfall::all(const QDate& from, const QDate& to) const
{
    QList<BookedParty> parties;
    if (!from.isValid() || !to.isValid() || to < from)
        return parties;
    QSqlDatabase db = m_connection ? m_connection() : Database::connection();
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT b.day, b.service, b.local_time, b.starts_at, b.party_size, b.status, "
                           "b.channel, b.booked_at, b.created_at, b.provider_updated_at, "
                           "(SELECT min(h.at) FROM reservation_history h WHERE h.booking_id = b.id "
                           "AND h.kind = 'cancelled') "
                           "FROM reservation_booking b WHERE b.day BETWEEN ? AND ?"),
            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, "bookings for the forecast"))
        return parties;
    while (q.next()) {
        BookedParty p;
        p.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        p.service = q.value(1).toInt();
        const QTime time = QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm"));
        p.slot = time.isValid() ? FootfallSlot::of(time) : (p.service == 0 ? 12 * 60 : 20 * 60);
        p.startsAt = utc(q.value(3));
        p.partySize = q.value(4).toInt();
        p.status = statusOf(q.value(5).toString());
        p.channel = q.value(6).toString();
        const QDateTime firstSeen = utc(q.value(8));
        const QDateTime bookedAt = utc(q.value(7));
        p.createdAt = bookedAt.isValid() ? bookedAt : firstSeen;
        if (p.status == BookedParty::Status::Cancelled) {
            QDateTime cancelled = utc(q.value(10));
            const QDateTime providerUpdated = utc(q.value(9));
            if (providerUpdated.isValid() && (!cancelled.isValid() || providerUpdated < cancelled))
                cancelled = providerUpdated;
            p.cancelledAt = cancelled.isValid() ? cancelled : firstSeen;
            if (p.createdAt.isValid() && p.cancelledAt < p.createdAt)
                p.cancelledAt = p.createdAt;
        }
        if (p.day.isValid() && p.partySize > 0)
            parties.append(p);
    }
    return parties;
}

QList<BookedParty> BookFootfall::bookings(const QDate& from, const QDate& to, const QDateTime& asOf) const
{
    return asKnownAt(all(from, to), asOf);
}

} // namespace Moulin
