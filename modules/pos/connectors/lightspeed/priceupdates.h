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
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/core/pricechanges.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Moulin {

class PriceUpdates : public PriceChannel
{
    Q_OBJECT

public:
    static constexpr const char* kOutboxKind = "price_update";

    /// How to reach the API (AuthorizedHttp::send in the app, so the GET
    /// carries the token; HttpClient::send in tests).
    using Sender = LightspeedConnector::Sender;

    /// Registers the outbox handler for (options.connectorId, "price_update").
    /// The outbox's HttpClient must carry the connector's profile (auth
    /// decorator) — see LightspeedConnector::definition().profile.
    PriceUpdates(const LightspeedOptions& options, DbWorker* db, Outbox* outbox, Sender sender,
                 QObject* parent = nullptr);

    QFuture<bool> setPrice(const QString& itemId, qint64 cents) override;
    QFuture<bool> resolveConflict(const QString& itemId, Resolution resolution) override;
    void resume() override;

    /// Reads (the caller thread's connection, small queries): PriceChanges.
    static std::optional<PriceChange> pendingPriceChange(QSqlDatabase db, const QString& itemId)
    {
        return PriceChanges::pending(db, itemId);
    }
    static QList<PriceChange> conflicts(QSqlDatabase db) { return PriceChanges::conflicts(db); }

    /// The outbox request for a price_update item (PUT with the stored body).
    static HttpRequest outboxRequest(const LightspeedOptions& options, const OutboxItem& item);

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
