#include "pos/connectors/lightspeed/priceupdates.h"

#include "common/core/database.h"
#include "pos/core/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

namespace Moulin {

namespace {

Q_LOGGING_CATEGORY(lcPrices, "moulin.pos.prices")

constexpr int kRecheckMs = 60'000;

} // namespace

PriceUpdates::PriceUpdates(const LightspeedOptions& options, DbWorker* db, Outbox* outbox, Sender sender,
                           QObject* parent)
    : PriceChannel(parent)
    , m_options(options)
    , m_db(db)
    , m_outbox(outbox)
    , m_send(std::move(sender))
{
    const LightspeedOptions o = m_options;
    m_outbox->registerHandler(m_options.connectorId, QLatin1String(kOutboxKind),
                              [o](const OutboxItem& item) { return outboxRequest(o, item); });
    connect(m_outbox, &Outbox::itemConfirmed, this,
            [this](qint64 id, const QString& connector, const QString& kind) {
                if (connector == m_options.connectorId && kind == QLatin1String(kOutboxKind))
                    onOutboxConfirmed(id);
            });
    connect(m_outbox, &Outbox::itemRejected, this,
            [this](qint64 id, const QString& connector, const QString& kind, const QString& reason) {
                if (connector == m_options.connectorId && kind == QLatin1String(kOutboxKind))
                    onOutboxRejected(id, reason);
            });
}

QString PriceUpdates::now() const
{
    const Clock* clock = m_options.clock ? m_options.clock : Clock::system();
    return clock->now().toString(Qt::ISODate);
}

HttpRequest PriceUpdates::outboxRequest(const LightspeedOptions& options, const OutboxItem& item)
{
    const QJsonObject payload = QJsonDocument::fromJson(item.payload).object();
    const QString itemId = payload.value(QLatin1String("itemId")).toString();
    const QUrl url = options.url(QStringLiteral("/items/v1/items/%1").arg(itemId));
    if (payload.contains(QLatin1String("bodyText"))) {
        // The body as written (its prices are numbers with two decimals,
        // which a QJsonDocument would not keep).
        HttpRequest r = HttpRequest::json("PUT", url, QJsonDocument(QJsonObject()));
        r.body = payload.value(QLatin1String("bodyText")).toString().toUtf8();
        return r;
    }
    // Queued by an earlier version.
    return HttpRequest::json("PUT", url, QJsonDocument(payload.value(QLatin1String("body")).toObject()));
}

QFuture<bool> PriceUpdates::setPrice(const QString& itemId, qint64 cents)
{
    auto needsCheck = std::make_shared<bool>(false);
    const QString at = now();
    return m_db
        ->transaction([itemId, cents, at, needsCheck](QSqlDatabase& db) -> DbStatus {
            if (cents < 0)
                return DbStatus::failure(QStringLiteral("negative price"));
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT local_state, remote_price_cents, conflict_price_cents, base_price_cents "
                "FROM pos_item WHERE item_id = ? AND active = 1"));
            q.addBindValue(itemId);
            if (!Database::exec(q, "read item for a price edit") || !q.next())
                return DbStatus::failure(QStringLiteral("unknown item %1").arg(itemId));
            const QString state = q.value(0).toString();
            const qint64 remote = q.value(1).toLongLong();
            const qint64 conflictPrice = q.value(2).toLongLong();
            const QVariant base = q.value(3);
            q.finish();
            if (state == QLatin1String("synced") && cents == remote)
                return DbStatus{}; // nothing to change
            // The POS price this edit is made against: the synced one, or in a
            // conflict the POS's new one (the user has seen it).
            QVariant newBase = QVariant(remote);
            if (state == QLatin1String("conflict"))
                newBase = conflictPrice;
            else if (state == QLatin1String("pending") && !base.isNull())
                newBase = base;
            QSqlQuery up(db);
            up.prepare(
                QStringLiteral("UPDATE pos_item SET local_state = 'pending', local_price_cents = ?, "
                               "base_price_cents = ?, conflict_price_cents = NULL, local_error = NULL, "
                               "local_updated_at = ? WHERE item_id = ?"));
            up.addBindValue(cents);
            up.addBindValue(newBase);
            up.addBindValue(at);
            up.addBindValue(itemId);
            if (!Database::exec(up, "store price edit"))
                return DbStatus::failure(up.lastError().text());
            *needsCheck = true;
            return DbStatus{};
        })
        .then(this, [this, itemId, needsCheck](const DbStatus& status) {
            if (!status) {
                qCWarning(lcPrices).noquote() << "price edit refused:" << status.error;
                return false;
            }
            if (*needsCheck) {
                Q_EMIT priceChangeUpdated(itemId, QStringLiteral("pending"));
                check(itemId);
            }
            return true;
        });
}

void PriceUpdates::check(const QString& itemId)
{
    HttpRequest r;
    r.url = m_options.url(QStringLiteral("/items/v1/items/%1").arg(itemId));
    r.connector = m_options.connectorId;
    r.feed = QStringLiteral("price_check");
    QPointer<PriceUpdates> self(this);
    m_send(r, [self, itemId](const HttpResponse& response) {
        if (self)
            self->onChecked(itemId, response);
    });
}

void PriceUpdates::onChecked(const QString& itemId, const HttpResponse& response)
{
    enum class Decision
    {
        None,
        Synced,
        Send,
        Conflict,
        Rejected,
    };
    struct Outcome
    {
        Decision decision = Decision::None;
        qint64 wanted = 0;
    };

    std::optional<qint64> posPrice;
    std::optional<LightspeedItem> remoteItem;
    QString remote; // the item as the POS sent it
    QString rejectReason;
    if (!response.ok) {
        if (response.status == 404) {
            rejectReason = tr("The item no longer exists on the POS.");
        } else {
            qCInfo(lcPrices).noquote()
                << "price check of" << itemId << "failed, retrying later:" << response.errorString;
            QTimer::singleShot(kRecheckMs, this, [this, itemId] { check(itemId); });
            return;
        }
    } else {
        remote = QString::fromUtf8(response.body);
        remoteItem = LightspeedConnector::readItem(response.body);
        if (remoteItem)
            posPrice = remoteItem->priceCents;
        if (!posPrice)
            rejectReason = tr("The POS sent the item without a readable price.");
    }

    auto outcome = std::make_shared<Outcome>();
    const QString at = now();
    const QByteArray key = Outbox::newIdempotencyKey();
    m_db->transaction([itemId, posPrice, remote, rejectReason, at, outcome,
                       key](QSqlDatabase& db) -> DbStatus {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT local_state, local_price_cents, base_price_cents, sent_price_cents, outbox_key FROM "
                "pos_item WHERE item_id = ?"));
            q.addBindValue(itemId);
            if (!Database::exec(q, "read item to check") || !q.next())
                return DbStatus::failure(QStringLiteral("item gone"));
            if (q.value(0).toString() != QLatin1String("pending"))
                return DbStatus{}; // settled meanwhile
            const qint64 wanted = q.value(1).toLongLong();
            const qint64 base = q.value(2).toLongLong();
            const QVariant sent = q.value(3);
            const QByteArray outboxKey = q.value(4).toString().toUtf8();
            q.finish();
            const std::optional<OutboxItem::State> outboxState = Outbox::stateOf(db, outboxKey);
            outcome->wanted = wanted;
            QSqlQuery up(db);
            if (!rejectReason.isEmpty()) {
                up.prepare(QStringLiteral("UPDATE pos_item SET local_state = 'rejected', local_error = ?, "
                                          "local_updated_at = ? WHERE item_id = ?"));
                up.addBindValue(rejectReason);
                up.addBindValue(at);
                up.addBindValue(itemId);
                outcome->decision = Decision::Rejected;
            } else if (*posPrice == wanted) {
                up.prepare(QStringLiteral(
                    "UPDATE pos_item SET local_state = 'synced', remote_price_cents = ?, "
                    "local_price_cents = NULL, base_price_cents = NULL, sent_price_cents = "
                    "NULL, conflict_price_cents = NULL, outbox_key = NULL, local_error = NULL, "
                    "local_updated_at = ? WHERE item_id = ?"));
                up.addBindValue(*posPrice);
                up.addBindValue(at);
                up.addBindValue(itemId);
                outcome->decision = Decision::Synced;
            } else if (*posPrice == base || (!sent.isNull() && *posPrice == sent.toLongLong())) {
                // Unchanged on the POS since the edit: send it, unless a write
                // for this item is still on its way.
                if (outboxState == OutboxItem::State::Pending || outboxState == OutboxItem::State::Sending)
                    return DbStatus{};
                // The write's key is kept with the edit before the write is
                // queued, so the menu sync can find (and cancel) it.
                up.prepare(QStringLiteral("UPDATE pos_item SET outbox_key = ?, sent_price_cents = ? WHERE "
                                          "item_id = ?"));
                up.addBindValue(QString::fromLatin1(key));
                up.addBindValue(wanted);
                up.addBindValue(itemId);
                outcome->decision = Decision::Send;
            } else {
                up.prepare(
                    QStringLiteral("UPDATE pos_item SET local_state = 'conflict', conflict_price_cents = ?, "
                                   "remote_price_cents = ?, remote_json = ?, local_updated_at = ? WHERE "
                                   "item_id = ?"));
                up.addBindValue(*posPrice);
                up.addBindValue(*posPrice);
                up.addBindValue(remote);
                up.addBindValue(at);
                up.addBindValue(itemId);
                outcome->decision = Decision::Conflict;
            }
            if (!Database::exec(up, "settle price check"))
                return DbStatus::failure(up.lastError().text());
            return DbStatus{};
        })
        .then(this, [this, itemId, remoteItem, outcome, key](const DbStatus& status) {
            if (!status)
                return;
            switch (outcome->decision) {
            case Decision::None:
                break;
            case Decision::Synced:
                Q_EMIT priceChangeUpdated(itemId, QStringLiteral("synced"));
                break;
            case Decision::Rejected:
                Q_EMIT priceChangeUpdated(itemId, QStringLiteral("rejected"));
                break;
            case Decision::Conflict:
                qCInfo(lcPrices).noquote()
                    << "the POS changed the price of" << itemId << "since the last sync";
                Q_EMIT priceChangeUpdated(itemId, QStringLiteral("conflict"));
                Q_EMIT conflictDetected(itemId);
                break;
            case Decision::Send: {
                // The POS's own item, only the price changed: nothing else
                // the POS holds is overwritten.
                enqueue(itemId,
                        LightspeedConnector::itemUpdateBody(*remoteItem, outcome->wanted,
                                                            m_options.businessLocationId),
                        outcome->wanted, key);
                break;
            }
            }
        });
}

void PriceUpdates::enqueue(const QString& itemId, const QByteArray& body, qint64 cents, const QByteArray& key)
{
    const QJsonObject payload{{QStringLiteral("itemId"), itemId},
                              {QStringLiteral("priceCents"), QString::number(cents)},
                              {QStringLiteral("bodyText"), QString::fromUtf8(body)}};
    // No continuation on the returned future: in Qt 6.4 a QFuture holds one
    // continuation only, and the outbox's own (which dispatches) is on it.
    // The outcome comes back through itemConfirmed / itemRejected.
    m_outbox->enqueue(m_options.connectorId, QLatin1String(kOutboxKind), payload, key);
}

void PriceUpdates::onOutboxConfirmed(qint64 id)
{
    auto itemId = std::make_shared<QString>();
    const QString at = now();
    m_db->transaction([id, at, itemId](QSqlDatabase& db) -> DbStatus {
            const std::optional<OutboxItem> write = Outbox::read(db, id);
            if (!write)
                return DbStatus::failure(QStringLiteral("write not found"));
            const QJsonObject payload = QJsonDocument::fromJson(write->payload).object();
            *itemId = payload.value(QLatin1String("itemId")).toString();
            const qint64 cents = payload.value(QLatin1String("priceCents")).toString().toLongLong();
            // The POS now has this price; the edit is settled if it is the
            // one wanted (a newer edit stays pending and is checked again).
            QSqlQuery up(db);
            up.prepare(QStringLiteral(
                "UPDATE pos_item SET remote_price_cents = ?, local_state = CASE WHEN local_price_cents = ? "
                "THEN "
                "'synced' ELSE local_state END, base_price_cents = CASE WHEN local_price_cents = ? THEN NULL "
                "ELSE "
                "? END, sent_price_cents = NULL, outbox_key = NULL, local_error = NULL, local_updated_at = "
                "?, "
                "local_price_cents = CASE WHEN local_price_cents = ? THEN NULL ELSE local_price_cents END "
                "WHERE "
                "item_id = ? AND local_state = 'pending'"));
            for (const QVariant& v : {QVariant(cents), QVariant(cents), QVariant(cents), QVariant(cents),
                                      QVariant(at), QVariant(cents), QVariant(*itemId)})
                up.addBindValue(v);
            if (!Database::exec(up, "settle confirmed price"))
                return DbStatus::failure(up.lastError().text());
            return DbStatus{};
        })
        .then(this, [this, itemId](const DbStatus& status) {
            if (!status || itemId->isEmpty())
                return;
            QSqlDatabase db = Database::connection();
            const std::optional<PriceChange> left = pendingPriceChange(db, *itemId);
            if (left && left->state == QLatin1String("pending"))
                check(*itemId); // a newer edit waits
            else
                Q_EMIT priceChangeUpdated(*itemId, QStringLiteral("synced"));
        });
}

void PriceUpdates::onOutboxRejected(qint64 id, const QString& reason)
{
    auto itemId = std::make_shared<QString>();
    const QString at = now();
    const QString message = tr("Lightspeed refused the new price: %1").arg(reason);
    m_db->transaction([id, at, message, itemId](QSqlDatabase& db) -> DbStatus {
            const std::optional<OutboxItem> write = Outbox::read(db, id);
            if (!write)
                return DbStatus::failure(QStringLiteral("write not found"));
            const QJsonObject payload = QJsonDocument::fromJson(write->payload).object();
            const QString key = QString::fromUtf8(write->idempotencyKey);
            *itemId = payload.value(QLatin1String("itemId")).toString();
            QSqlQuery up(db);
            up.prepare(
                QStringLiteral("UPDATE pos_item SET local_state = 'rejected', local_error = ?, outbox_key = "
                               "NULL, local_updated_at = ? WHERE item_id = ? AND local_state = 'pending' AND "
                               "outbox_key = ?"));
            up.addBindValue(message);
            up.addBindValue(at);
            up.addBindValue(*itemId);
            up.addBindValue(key);
            if (!Database::exec(up, "settle refused price"))
                return DbStatus::failure(up.lastError().text());
            return DbStatus{};
        })
        .then(this, [this, itemId](const DbStatus& status) {
            if (status && !itemId->isEmpty())
                Q_EMIT priceChangeUpdated(*itemId, QStringLiteral("rejected"));
        });
}

QFuture<bool> PriceUpdates::resolveConflict(const QString& itemId, Resolution resolution)
{
    const QString at = now();
    return m_db
        ->transaction([itemId, resolution, at](QSqlDatabase& db) -> DbStatus {
            QSqlQuery up(db);
            if (resolution == Resolution::KeepMine) {
                // Made against the POS's current price now: checked and sent.
                up.prepare(
                    QStringLiteral("UPDATE pos_item SET local_state = 'pending', base_price_cents = "
                                   "conflict_price_cents, conflict_price_cents = NULL, local_updated_at = ? "
                                   "WHERE item_id = ? AND local_state = 'conflict'"));
            } else {
                up.prepare(
                    QStringLiteral("UPDATE pos_item SET local_state = 'synced', remote_price_cents = "
                                   "COALESCE(conflict_price_cents, remote_price_cents), local_price_cents = "
                                   "NULL, base_price_cents = NULL, sent_price_cents = NULL, "
                                   "conflict_price_cents = NULL, outbox_key = NULL, local_error = NULL, "
                                   "local_updated_at = ? WHERE item_id = ? AND local_state = 'conflict'"));
            }
            up.addBindValue(at);
            up.addBindValue(itemId);
            if (!Database::exec(up, "resolve price conflict"))
                return DbStatus::failure(up.lastError().text());
            if (up.numRowsAffected() != 1)
                return DbStatus::failure(QStringLiteral("no conflict on %1").arg(itemId));
            return DbStatus{};
        })
        .then(this, [this, itemId, resolution](const DbStatus& status) {
            if (!status)
                return false;
            if (resolution == Resolution::KeepMine) {
                Q_EMIT priceChangeUpdated(itemId, QStringLiteral("pending"));
                check(itemId);
            } else {
                Q_EMIT priceChangeUpdated(itemId, QStringLiteral("synced"));
            }
            return true;
        });
}

void PriceUpdates::resume()
{
    m_db->run([](QSqlDatabase& db) {
            QStringList ids;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT item_id FROM pos_item WHERE local_state = 'pending'"));
            if (Database::exec(q, "pending price edits")) {
                while (q.next())
                    ids.append(q.value(0).toString());
            }
            return ids;
        })
        .then(this, [this](const QStringList& ids) {
            for (const QString& id : ids)
                check(id);
        });
}

} // namespace Moulin
