#pragma once

// Menu price edits sent back to Lightspeed, never overwriting a change made
// on the POS silently.
//
//   setPrice(item, cents)   the manager's edit: stored at once (state
//                           "pending"), then checked against the POS:
//                           GET /items/v1/items/{id}
//       - the POS still has the price the edit was made against → the write
//         (PUT /items/v1/items/{id}, the POS's own item with the new
//         defaultPrice, Idempotency-Key) goes through the Outbox;
//       - the POS already has the wanted price → "synced";
//       - the POS has another price → "conflict": nothing is sent; the
//         user chooses with resolveConflict(KeepMine | TakeTheirs).
//   The menu_items feed also turns a queued, not yet sent edit into a
//   conflict when the POS price changed meanwhile.
//   Outbox confirmation → "synced" (the POS price is the edit); refusal →
//   "rejected" (with the reason), until the next edit.
//
// Lives on the GUI thread; database work goes through the area's DbWorker.

#include "common/core/dbworker.h"
#include "common/net/httpclient.h"
#include "common/sync/outbox.h"
#include "pos/core/lightspeedconnector.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
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

class PriceUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kOutboxKind = "price_update";

    enum class Resolution
    {
        KeepMine,   ///< send my price over the POS's
        TakeTheirs, ///< drop my edit, keep the POS price
    };
    Q_ENUM(Resolution)

    /// How to reach the API (AuthorizedHttp::send in the app, so the GET
    /// carries the token; HttpClient::send in tests).
    using Sender = LightspeedConnector::Sender;

    /// Registers the outbox handler for (options.connectorId, "price_update").
    /// The outbox's HttpClient must carry the connector's profile (auth
    /// decorator) — see LightspeedConnector::definition().profile.
    PriceUpdates(const LightspeedOptions& options, DbWorker* db, Outbox* outbox, Sender sender,
                 QObject* parent = nullptr);

    /// The manager sets a new price (cents, VAT included as the POS shows it).
    /// The future is false when the item is unknown or the database refused.
    QFuture<bool> setPrice(const QString& itemId, qint64 cents);
    QFuture<bool> resolveConflict(const QString& itemId, Resolution resolution);
    /// Checks the edits left pending (after a restart, when the network is
    /// back) and settles the ones the outbox finished while we were away.
    void resume();

    /// Reads (the caller thread's connection, small queries).
    static std::optional<PriceChange> pendingPriceChange(QSqlDatabase db, const QString& itemId);
    static QList<PriceChange> pendingPriceChanges(QSqlDatabase db);
    static QList<PriceChange> conflicts(QSqlDatabase db);

    /// The outbox request for a price_update item (PUT with the stored body).
    static HttpRequest outboxRequest(const LightspeedOptions& options, const OutboxItem& item);

Q_SIGNALS:
    /// The item's price edit changed state ("pending", "conflict", "synced", "rejected").
    void priceChangeUpdated(const QString& itemId, const QString& state);
    void conflictDetected(const QString& itemId);

private:
    void check(const QString& itemId);
    void onChecked(const QString& itemId, const HttpResponse& response);
    void enqueue(const QString& itemId, const QByteArray& body, qint64 cents, const QByteArray& key);
    void onOutboxConfirmed(qint64 id);
    void onOutboxRejected(qint64 id, const QString& reason);
    QString now() const;

    LightspeedOptions m_options;
    DbWorker* m_db;
    Outbox* m_outbox;
    Sender m_send;
};

} // namespace Moulin
