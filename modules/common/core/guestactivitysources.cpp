#include "common/core/guestactivitysources.h"

namespace Moulin {

GuestBookSource::~GuestBookSource() = default;
ReceiptSource::~ReceiptSource() = default;

QList<ActivityGuest> GuestBookSource::guests(const QList<std::pair<QString, QString>>&) const
{
    return {};
}

QList<ActivityBooking> GuestBookSource::bookings(const QList<std::pair<QString, QString>>&) const
{
    return {};
}

QList<ActivityReceipt> ReceiptSource::receipts(const QStringList&) const
{
    return {};
}

namespace ActivityCursor {

QString make(const QString& changedAt, const QString& key)
{
    return changedAt + QLatin1Char('|') + key;
}

void split(const QString& cursor, QString* changedAt, QString* key)
{
    const qsizetype bar = cursor.indexOf(QLatin1Char('|'));
    if (bar < 0) {
        *changedAt = QString();
        *key = QString();
        return;
    }
    *changedAt = cursor.left(bar);
    *key = cursor.mid(bar + 1);
}

} // namespace ActivityCursor

} // namespace Moulin
