#pragma once

// Menu price edits made in Moulin and sent to the till by the POS connector
// (PriceChannel). The edit's state lives on the item row (pos_item.local_*),
// so the Ventes tab reads it whatever the till.

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Moulin {

/// A local price edit not yet settled.
struct PriceChange
{
    QString itemId;
    QString sku;
    QString name;
    QString state;                  ///< "pending", "conflict", "rejected"
    qint64 wantedCents = 0;         ///< the manager's price
    qint64 basePriceCents = 0;      ///< the POS price the edit was made against
    std::optional<qint64> posCents; ///< conflict: the price now on the POS
    QString error;                  ///< rejected: why (translated)
    QDateTime updatedAt;
};

/// Reads of the price edits (the caller thread's connection, small queries).
namespace PriceChanges {
std::optional<PriceChange> pending(QSqlDatabase db, const QString& itemId);
QList<PriceChange> allPending(QSqlDatabase db);
QList<PriceChange> conflicts(QSqlDatabase db);
} // namespace PriceChanges

/// How a POS connector sends the manager's price edits to its till, never
/// overwriting a change made on the till silently. Lives on the GUI thread.
class PriceChannel : public QObject
{
    Q_OBJECT

public:
    enum class Resolution
    {
        KeepMine,   ///< send my price over the POS's
        TakeTheirs, ///< drop my edit, keep the POS price
    };
    Q_ENUM(Resolution)

    using QObject::QObject;

    /// The manager sets a new price (cents, VAT included as the POS shows it).
    /// The future is false when the item is unknown or the database refused.
    virtual QFuture<bool> setPrice(const QString& itemId, qint64 cents) = 0;
    virtual QFuture<bool> resolveConflict(const QString& itemId, Resolution resolution) = 0;
    /// Checks the edits left pending (after a restart, when the network is
    /// back) and settles the ones the outbox finished while we were away.
    virtual void resume() = 0;

Q_SIGNALS:
    /// The item's price edit changed state ("pending", "conflict", "synced", "rejected").
    void priceChangeUpdated(const QString& itemId, const QString& state);
    void conflictDetected(const QString& itemId);
};

} // namespace Moulin
