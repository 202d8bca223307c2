#pragma once

// Read interfaces of guest activity: who booked and what they did (the
// reservation area's book) and what was paid at the tables (the sales area's
// receipts). The customers area builds its guest profiles from them without
// knowing either area. Each area implements its interface over its own
// tables and registers it in ReadInterfaces (readinterfaces.h).
//
// Incremental: every read takes a cursor (empty: from the start) and gives the
// rows changed after it, oldest change first, with the cursor to pass next
// time. A cursor is opaque text the implementation makes (its change time and
// key); a row changed again after being read comes again. A caller applies
// rows idempotently (by their keys), so reading a row twice is harmless.
//
// Times: instants are UTC; days are the restaurant's local days; services 0
// midi (before 16:00), 1 soir. Money in integer cents.
//
// Implementations are called off the GUI thread: they read through the
// calling thread's own connection (Database::connection()) and keep no state
// that is not thread safe.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Moulin {

/// A guest as a booking channel knows them.
struct ActivityGuest
{
    QString channel;    ///< "thefork", "phone", "website"…
    QString externalId; ///< the channel's guest id
    QString name;
    QString email;    ///< as the channel sent it (not normalised)
    QString phone;    ///< as the channel sent it (not normalised)
    QString language; ///< "fr", "en"… (empty: unknown)
    QString allergies;
    QString dietary;
    QString notes;
    /// E-mail marketing consent as the channel told it (nullopt: not told).
    std::optional<bool> emailConsent;
    std::optional<bool> smsConsent;
    QDateTime updatedAt; ///< when the book last changed this guest (UTC)
};

/// One booking with the guest it names.
struct ActivityBooking
{
    enum class Status
    {
        Standing,  ///< requested or confirmed (the service to come, or no word yet)
        Honoured,  ///< the party came (arrived, seated, paid, left)
        NoShow,    ///< booked, did not come
        Cancelled, ///< cancelled or refused (see cancelledAt for a late one)
    };

    QString channel;
    QString externalId; ///< the channel's booking id
    /// The channel's guest id (empty: the booking carries the guest's
    /// details only, as phone bookings do).
    QString guestExternalId;
    QString guestName;
    QString guestEmail;
    QString guestPhone;
    QString allergies; ///< the booking's, or its guest's
    QString specialRequests;
    QDateTime startsAt; ///< UTC
    QDate day;          ///< local
    int service = 0;
    int partySize = 0;
    /// The table(s) the party sat at, as the floor plan names them ("12",
    /// "12+13"); empty when not placed.
    QString table;
    Status status = Status::Standing;
    QDateTime cancelledAt; ///< when it was cancelled (UTC; invalid: not cancelled or unknown)
    QDateTime updatedAt;   ///< when the book last changed it (UTC)
};

/// The book as the customers area reads it.
class GuestBookSource
{
public:
    virtual ~GuestBookSource();

    template <typename T>
    struct Page
    {
        QList<T> rows;
        QString cursor;    ///< to pass next time (the one given when no row)
        bool more = false; ///< `limit` reached: read again from `cursor`
    };

    /// The channels' guests changed after `cursor`, at most `limit`.
    virtual Page<ActivityGuest> guestsChangedSince(const QString& cursor, int limit) const = 0;
    /// The bookings changed after `cursor` (any day, any channel, walk-ins
    /// too), at most `limit`.
    virtual Page<ActivityBooking> bookingsChangedSince(const QString& cursor, int limit) const = 0;

    // One guest's data, for their GDPR export (the customers area keeps no
    // copy of the notes and requests). The default lends nothing.
    /// The channels' guests of these (channel, guest id) keys, as the book
    /// holds them now (notes, dietary needs, consents, language).
    virtual QList<ActivityGuest> guests(const QList<std::pair<QString, QString>>& keys) const;
    /// The bookings of these (channel, booking id) keys, as the book holds
    /// them now (special requests, allergies), in the keys' order.
    virtual QList<ActivityBooking> bookings(const QList<std::pair<QString, QString>>& keys) const;
};

/// One receipt of the till.
struct ActivityReceipt
{
    struct Item
    {
        QString sku;
        QString name;
        qint64 quantityMilli = 0; ///< thousandths
        qint64 grossCents = 0;    ///< incl. VAT
    };

    QString receiptId;
    QDateTime closedAt; ///< UTC
    QDate day;          ///< local
    int service = 0;
    int covers = 0;
    /// The till's table number (empty: not known, e.g. a counter ticket, or
    /// a till that does not say).
    QString table;
    qint64 totalCents = 0; ///< incl. VAT
    /// Voided receipts and refunds count in no spend.
    bool counted = true;
    QList<Item> items; ///< the sold items (not discounts or service lines)
    /// Every line of the receipt (receipts() only; empty in the feed).
    QList<Item> lines;
    QDateTime updatedAt; ///< when it was stored (UTC)
};

/// The till's receipts as the customers area reads them.
class ReceiptSource
{
public:
    virtual ~ReceiptSource();

    struct Page
    {
        QList<ActivityReceipt> rows;
        QString cursor;
        bool more = false;
    };
    /// The receipts stored or replaced after `cursor`, at most `limit`.
    virtual Page receiptsChangedSince(const QString& cursor, int limit) const = 0;
    /// These receipts with every line the till sent (sold items, discounts,
    /// service charges: `lines`), for one guest's GDPR export. The default
    /// lends nothing.
    virtual QList<ActivityReceipt> receipts(const QStringList& receiptIds) const;
};

/// Helpers for implementations: a cursor of a change time and a key.
namespace ActivityCursor {
/// "2026-12-05T17:42:00.000Z|42".
QString make(const QString& changedAt, const QString& key);
/// Splits a cursor (empty parts for an empty or malformed one).
void split(const QString& cursor, QString* changedAt, QString* key);
} // namespace ActivityCursor

} // namespace Moulin
