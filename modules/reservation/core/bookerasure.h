#pragma once

// The reservation area's PersonalDataEraser (common/core/personaldata.h): a
// guest erased everywhere leaves the book anonymised, not emptied. The
// guest's rows (the channels' guests, their bookings, the bookings with their
// e-mail or phone number, the waiting list entries) lose their names, phone
// numbers, e-mails, notes, requests, allergies and consents; a booking keeps
// its channel and id, day, time, party size, status and table, so the
// counts, covers, the forecast and the table plan's history stay true. The
// bookings' history keeps its entries without the personal fields, and gets
// an "erased" entry: a channel that sends an erased booking again (a re-sync,
// a later change) updates its time, size or status, never its guest again
// (BookStore::apply()).

#include "common/core/personaldata.h"

#include <QDateTime>

#include <functional>

namespace Moulin {

class BookErasure final : public PersonalDataEraser
{
public:
    using Now = std::function<QDateTime()>;
    explicit BookErasure(Now now = {});

    QString area() const override;
    bool erase(QSqlDatabase& db, const PersonalDataSubject& subject, int* rows, QString* error) override;

    /// Whether the booking of `bookingId` was erased.
    static bool isErased(QSqlDatabase& db, qint64 bookingId);

private:
    Now m_now;
};

} // namespace Moulin
