#pragma once

// The Resy poller's one feed (the endpoint and its shape: resymodule.h):
// incremental offset pages (syncpages.h), each booking read by
// readReservation() and applied to the book in Resy's order (`version`).

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

struct ResyOptions
{
    QString connectorId = QStringLiteral("resy");
    QUrl apiUrl = QUrl(QStringLiteral("https://api.resy.com/"));
    QString venueId;   ///< ConnectorConfig::storeId
    int pageSize = 50; ///< `limit`; the API may answer with fewer

    static ResyOptions fromConfig(const ConnectorConfig& config);
};

class ResyFeed
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ResyFeed)

public:
    static constexpr const char* kReservationsFeed = "reservations";

    /// The feed `feed` (null: not one of ours).
    static std::shared_ptr<FeedAdapter> feed(const ResyOptions& options, const QString& feed);

    /// Everything Moulin reads of a Resy booking: one item of the answer as
    /// the book's record; nullopt and `*problem` (the booking's id, a reason
    /// code, a translated reason naming the field, its bytes) when it cannot
    /// be used.
    static std::optional<BookingRecord> readReservation(const JsonRef& item, const QString& connectorId,
                                                        FeedProblem* problem);
};

} // namespace Moulin
