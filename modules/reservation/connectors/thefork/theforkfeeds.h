#pragma once

// TheFork's Manager API as a feed of the reservations area (the contract:
// tests/data/contracts/thefork/, from TheFork's published OpenAPI document;
// the sandbox serves the same shapes, sandboxthefork.h):
//
//   GET /v1/reservations?restaurantUuid&startDate&endDate&filterBy=updatedDate&limit&page
//       → {data: [reservationUuid…], totalCount, page, limit}            ids only, pages from 1
//   GET /v1/reservations/{id}   → {reservationUuid, restaurantUuid, mealDate, partySize, status,
//       mealStatus, customerUuid, customerNote, offerDetails, createdAt, updatedAt, …}
//   GET /v1/customers/{id}      → {firstName, lastName, phone, email, allergiesAndIntolerances,
//       dietaryRestrictions, optins.restaurantNewsletter, notes, …}
//
// One list page of ids, then its bookings (the engine's follow-ups), then the
// guests those bookings name (a second round): the page lands complete, with
// names, phones and allergies, in one transaction with its cursor. The
// cursor: {"since": "YYYY-MM-DD", "until": "YYYY-MM-DD", "page": N}. A run
// lists what was updated from `since` (the day the last complete run
// started, less a day: dates are whole days, maybe UTC ones) to `until`;
// the book applies a booking only when its updatedAt is newer than what it
// holds, so reading one again changes nothing. A booking or guest that
// answers 404 (gone since the list) or cannot be read goes to the quarantine;
// the rest of the page lands. A guest is read once a run: the bookings of a
// regular on later pages take what was read (the feed keeps the guests of
// the run, forgotten when the next run starts).
//
// A customer changed without a booking change (TheFork's webhook says
// customerCreated / customerUpdated) is announced (announceCustomer()): the
// next run reads it with its first page (GET /v1/customers/{id}, with the
// bookings) and the book takes it as TheFork has it then, for every booking
// of that guest (BookStore::replaceGuest()); the announcement is forgotten
// once that page is stored, unless it was announced again meanwhile.

#include "common/sync/feedadapter.h"
#include "reservation/core/booking.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

class JsonRef;
struct ConnectorConfig;

struct TheForkOptions
{
    QString connectorId = QStringLiteral("thefork");
    /// https://api.thefork.io/manager/v1/ (paths are relative to it)
    QUrl apiUrl = QUrl(QStringLiteral("https://api.thefork.io/manager/v1/"));
    QString restaurantUuid; ///< ConnectorConfig::storeId
    /// `limit` (the contract allows up to 10000): the ids of a page, then
    /// their bookings and guests, are held in memory and stored in one
    /// transaction with the cursor.
    int pageSize = 200;
    /// A page's detail requests in flight at once: TheFork's host speaks
    /// HTTP/2, which multiplexes them on one connection (over HTTP/1.1 the
    /// network stack still opens at most six connections and queues the
    /// rest). TheFork publishes no rate limit; the catalogue's own client
    /// limit applies on top.
    int followUpsInFlight = 32;
    int backfillDays = 90; ///< the first run reads the bookings updated since then
    /// Today in the restaurant's time zone (tests move it).
    std::function<QDate()> today;

    static TheForkOptions fromConfig(const ConnectorConfig& config);
    QDate currentDate() const;
};

class TheForkFeeds
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::TheForkFeeds)

public:
    static constexpr const char* kReservationsFeed = "reservations";

    static std::shared_ptr<FeedAdapter> feed(const TheForkOptions& options, const QString& feed);
    /// The webhook announced a change of customer `uuid` (thread-safe): the
    /// next run of `connectorId`'s reservations feed reads it.
    static void announceCustomer(const QString& connectorId, const QString& uuid);

    /// status (RECORDED, CANCELED, NO_SHOW, REQUESTED, REFUSED) and, for a
    /// recorded booking, mealStatus (ARRIVED, SEATED, BILL, LEFT…) in the
    /// book; nullopt for an unknown status.
    static std::optional<BookingStatus> statusOf(const QString& status, const QString& mealStatus);
    /// A reservation detail as the book's record (its guest by reference
    /// until readCustomer() fills it); nullopt and `*problem` when it cannot
    /// be used.
    static std::optional<BookingRecord> readReservation(const JsonRef& object, const QString& connectorId,
                                                        FeedProblem* problem);
    static std::optional<BookingRecord> readReservation(const QJsonObject& object, const QString& connectorId,
                                                        FeedProblem* problem);
    /// A customer detail into `guest` (its externalId already set).
    static void readCustomer(const JsonRef& object, BookingGuest* guest);
    static void readCustomer(const QJsonObject& object, BookingGuest* guest);
    /// What TheFork's error body says: "Not Found (RESERVATION_NOT_FOUND)".
    static QString errorDetail(const QByteArray& body);
    /// The detail request of an entity ("reservations" or "customers").
    static HttpRequest detailRequest(const QUrl& apiUrl, const QString& collection, const QString& uuid);
};

} // namespace Moulin
