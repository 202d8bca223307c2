#pragma once

// The sales area's CoversHistorySource (common/core/footfallsources.h): the
// covers of the till's receipts by local day, service and arrival slot, read
// from pos_receipt through the calling thread's connection (any thread).
//
// A receipt only has its closing time, so the arrival is estimated as the
// close minus a dwell time per service: 75 minutes at lunch, 110 in the
// evening (what a French sit-down table usually stays: a lunch menu in an
// hour to an hour and a half, dinner in an hour and a half to two). A table
// whose bill is split is counted once per receipt, each with its covers.
// Counted receipts only (not voided, not refunds) with covers: bar tickets
// (no cover) are not footfall.

#include "common/core/footfallsources.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

namespace Moulin {

class PosCoversHistory final : public CoversHistorySource
{
public:
    static constexpr int kLunchDwellMinutes = 75;
    static constexpr int kDinnerDwellMinutes = 110;

    /// `connection` gives the database to read (default: the calling
    /// thread's Database::connection()).
    explicit PosCoversHistory(const QTimeZone& zone = QTimeZone("Europe/Paris"),
                              std::function<QSqlDatabase()> connection = {});

    QList<CoversAtSlot> covers(const QDate& from, const QDate& to) const override;
    QDate firstDay() const override;

    /// The arrival slot (minutes since local midnight) of a receipt closed
    /// at `closedAt` in `service`.
    static int arrivalSlot(const QDateTime& closedAt, int service, const QTimeZone& zone);

private:
    QSqlDatabase database() const;

    QTimeZone m_zone;
    std::function<QSqlDatabase()> m_connection;
};

} // namespace Moulin
