#pragma once

// The reservation area's GuestBookSource (common/core/guestactivitysources.h):
// the book's guests and bookings changed after a cursor, for the customers
// area's profiles, read through the calling thread's connection (any thread).
//
// Cursor: the row's updated_at and id (the book stamps every change of a
// guest or a booking, a host's status included). A booking's table: its
// placement in the service view (table_assignment), by the floor plan's
// labels ("12+13" for a join). When it was cancelled: as BookFootfall says
// (the first "cancelled" entry of its history or the channel's update time,
// the earlier), else its last change.

#include "common/core/guestactivitysources.h"

#include <QSqlDatabase>

#include <functional>

namespace Moulin {

class BookGuests final : public GuestBookSource
{
public:
    /// `connection` gives the database to read (default: the calling
    /// thread's Database::connection()).
    explicit BookGuests(std::function<QSqlDatabase()> connection = {});

    Page<ActivityGuest> guestsChangedSince(const QString& cursor, int limit) const override;
    Page<ActivityBooking> bookingsChangedSince(const QString& cursor, int limit) const override;
    QList<ActivityGuest> guests(const QList<std::pair<QString, QString>>& keys) const override;
    QList<ActivityBooking> bookings(const QList<std::pair<QString, QString>>& keys) const override;

private:
    QSqlDatabase database() const;

    std::function<QSqlDatabase()> m_connection;
};

} // namespace Moulin
