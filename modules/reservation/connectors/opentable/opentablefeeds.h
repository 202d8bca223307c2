#pragma once

// OpenTable's sync API as two feeds of the reservations area (the sandbox
// serves the same shapes, sandboxopentable.h):
//
//   reservations  GET /sync/v2/reservations?rid&limit&offset&updated_after
//                 → {hasNextPage, nextPageUrl, offset, limit, items:[{id, sequence_id, rid, guest_id,
//                 state, scheduled_time_utc, party_size, created_date_utc, updated_at_utc, visit_tags}]}
//                 as providers.md documents them, and `notes` when present (optional: the guest's
//                 request, which the documentation does not name; a record without it reads the same).
//   guests        GET /sync/v2/guests?rid&updated_after&limit&offset
//                 → the same envelope, items:[{id, first_name, last_name, phone, email, notes,
//                 allergies:[…], updated_at_utc}]. OpenTable documents the path and its parameters;
//                 the guest's fields are our choice where the documentation is silent (`phone` one
//                 E.164 string, `allergies` a list of strings).
//
// Both are incremental (syncpages.h): the cursor holds the run's
// updated_after (the largest updated_at_utc of the last complete run), the
// offset in the run, the largest updated_at_utc read so far and the last
// record read (a set that moved under the run is read again).
//
// A reservation carries its guest's id only: it lands in the book linked to
// that guest (BookingGuest::byReference) and the guest's name and phone come
// with the guests feed, whichever of the two runs first. `sequence_id` is the
// booking's version: updates are applied in OpenTable's order, never in the
// order they arrive. A record that cannot be used (no id, a party size that
// is not a positive whole number, a time that does not read, an unknown
// state) goes to the quarantine with its bytes; the rest of its page lands.

#include "common/core/jsontape.h"
#include "common/sync/feedadapter.h"
#include "reservation/core/booking.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Moulin {

struct ConnectorConfig;

struct OpenTableOptions
{
    QString connectorId = QStringLiteral("opentable");
    QUrl apiUrl = QUrl(QStringLiteral("https://platform.opentable.com/"));
    QString rid;        ///< the restaurant's id (ConnectorConfig::storeId)
    int pageSize = 100; ///< `limit`; the API may answer with fewer

    static OpenTableOptions fromConfig(const ConnectorConfig& config);
};

/// A guest as the guests feed gives it, with its version (updated_at_utc in
/// milliseconds).
struct OpenTableGuest
{
    BookingGuest guest;
    qint64 version = 0;
};

class OpenTableFeeds
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::OpenTableFeeds)

public:
    static constexpr const char* kReservationsFeed = "reservations";
    static constexpr const char* kGuestsFeed = "guests";

    /// The feed `feed` (null: not one of ours).
    static std::shared_ptr<FeedAdapter> feed(const OpenTableOptions& options, const QString& feed);

    /// A reservation's `state` in the book: Pending, Confirmed / Booked,
    /// Arrived, Seated / PartiallySeated, Done / Finished / AssumedFinished,
    /// Cancelled / Canceled, NoShow, in any case and with or without spaces,
    /// dashes or underscores. nullopt for anything else.
    static std::optional<BookingStatus> statusOf(const QString& state);

    /// One item of the reservations feed as the book's record; nullopt and
    /// `*problem` (the record's id, a reason code, a translated reason naming
    /// the field, its bytes) when it cannot be used.
    static std::optional<BookingRecord> readReservation(const JsonRef& item, const QString& connectorId,
                                                        FeedProblem* problem);
    /// One item of the guests feed; nullopt and `*problem` when it has no id
    /// or no readable updated_at_utc.
    static std::optional<OpenTableGuest> readGuest(const JsonRef& item, FeedProblem* problem);
};

} // namespace Moulin
