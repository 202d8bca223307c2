#pragma once

// The reservation area's BookingsSource (common/core/footfallsources.h): the
// book's bookings as the covers forecast reads them, through the calling
// thread's connection (any thread).
//
// When it was booked: the channel's booking time (booked_at) when it sent
// one, else when the book first had it. When it was cancelled: the first
// "cancelled" entry of its history, or the channel's update time of a
// booking that arrived cancelled (the earlier of the two), else when the book
// first had it.

#include "common/core/footfallsources.h"

#include <QSqlDatabase>

#include <functional>

namespace Moulin {

class BookFootfall final : public BookingsSource
{
public:
    /// `connection` gives the database to read (default: the calling
    /// thread's Database::connection()).
    explicit BookFootfall(std::function<QSqlDatabase()> connection = {});

    QList<BookedParty> bookings(const QDate& from, const QDate& to, const QDateTime& asOf) const override;

    /// Every booking of `from`..`to` with its whole story (what asKnownAt() filters).
    QList<BookedParty> all(const QDate& from, const QDate& to) const;

private:
    std::function<QSqlDatabase()> m_connection;
};

} // namespace Moulin
