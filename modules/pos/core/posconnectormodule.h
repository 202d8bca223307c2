#pragma once

// What a POS connector module adds to ConnectorModule for the sales area:
// how far its sales history is imported, and how price edits reach its till.

#include "common/runtime/connectormodule.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Moulin {

class DbWorker;
class PriceChannel;

/// Where the back-fill (or the current run) of a POS sales feed stands.
struct SalesSyncProgress
{
    bool started = false;      ///< a cursor exists
    bool backfillDone = false; ///< a run completed at least once
    double fraction = 0.0;     ///< of the current run's range, 0..1
    QDateTime rangeStart;      ///< of the current run (UTC)
    QDateTime rangeEnd;
    QDateTime position;    ///< last sale stored (or window start)
    QDateTime syncedUntil; ///< completed runs: sales stored up to here
    /// A back-fill that reads the recent weeks first: true while it does;
    /// then (the older history being read) where that recent range began,
    /// everything after it being in.
    bool recentPhase = false;
    QDateTime recentFrom;
};

class PosConnectorModule : public ConnectorModule
{
public:
    /// Reads the sales feed's position (any thread's connection).
    virtual SalesSyncProgress salesProgress(QSqlDatabase db, const QString& connectorId) const = 0;

    /// The channel sending price edits to the till of the running connector
    /// `connectorId`, parented to `parent`; null when the till takes none.
    /// `db` is the area's worker for the edits' bookkeeping.
    virtual PriceChannel* createPriceChannel(ConnectorRuntime& runtime, const QString& connectorId,
                                             DbWorker* db, QObject* parent) const;

    /// The POS module of a running or configured connector (null: none, or
    /// not a POS).
    static std::shared_ptr<const PosConnectorModule> of(const QString& connectorId);
};

} // namespace Moulin
