#pragma once

// In-memory book and till for the crm core's tests: the rows a test adds are
// served in order after a cursor (their position), like the areas' sources.
// Changing a row appends it again (a row changed after a read comes again).

#include "common/core/guestactivitysources.h"

#include <QTimeZone>

namespace Moulin::Test {

class FakeBook final : public GuestBookSource
{
public:
    QList<ActivityGuest> guests;
    QList<ActivityBooking> bookings;

    Page<ActivityGuest> guestsChangedSince(const QString& cursor, int limit) const override
    {
        return slice(guests, cursor, limit);
    }
    Page<ActivityBooking> bookingsChangedSince(const QString& cursor, int limit) const override
    {
        return slice(bookings, cursor, limit);
    }

    /// A booking of `channel` at 20:00 Paris on `day`, honoured.
    static ActivityBooking booking(const QString& channel, const QString& id, const QString& guestId,
                                   const QString& name, const QString& phone, const QString& email,
                                   const QDate& day, int party = 2)
    {
        ActivityBooking b;
        b.channel = channel;
        b.externalId = id;
        b.guestExternalId = guestId;
        b.guestName = name;
        b.guestPhone = phone;
        b.guestEmail = email;
        b.day = day;
        b.service = 1;
        b.startsAt = QDateTime(day, QTime(20, 0), QTimeZone("Europe/Paris")).toUTC();
        b.partySize = party;
        b.status = ActivityBooking::Status::Honoured;
        return b;
    }

private:
    template <typename T>
    static Page<T> slice(const QList<T>& rows, const QString& cursor, int limit)
    {
        Page<T> page;
        const qsizetype from = cursor.isEmpty() ? 0 : cursor.toLongLong();
        qsizetype i = from;
        for (; i < rows.size() && page.rows.size() < limit; ++i)
            page.rows.append(rows[i]);
        page.cursor = QString::number(i);
        page.more = i < rows.size();
        return page;
    }
};

class FakeTill final : public ReceiptSource
{
public:
    QList<ActivityReceipt> receipts;

    Page receiptsChangedSince(const QString& cursor, int limit) const override
    {
        Page page;
        qsizetype i = cursor.isEmpty() ? 0 : cursor.toLongLong();
        for (; i < receipts.size() && page.rows.size() < limit; ++i)
            page.rows.append(receipts[i]);
        page.cursor = QString::number(i);
        page.more = i < receipts.size();
        return page;
    }

    /// A receipt closed at `closedLocal` (Paris) for `covers`, `cents` incl. VAT.
    static ActivityReceipt receipt(const QString& id, const QDateTime& closedLocal, int covers, qint64 cents,
                                   const QString& table = QString(),
                                   const QList<ActivityReceipt::Item>& items = {})
    {
        ActivityReceipt r;
        r.receiptId = id;
        r.closedAt = closedLocal.toUTC();
        r.day = closedLocal.date();
        r.service = closedLocal.time().hour() < 16 ? 0 : 1;
        r.covers = covers;
        r.totalCents = cents;
        r.table = table;
        r.items = items;
        return r;
    }
};

} // namespace Moulin::Test
