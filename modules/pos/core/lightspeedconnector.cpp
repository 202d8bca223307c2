#include "pos/core/lightspeedconnector.h"

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "pos/core/money.h"
#include "pos/core/possettings.h"
#include "pos/core/salesstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>

namespace Moulin {

namespace {

Q_LOGGING_CATEGORY(lcLightspeed, "moulin.pos.lightspeed")

constexpr qint64 kDayMs = 86'400'000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const Clock* clockOf(const LightspeedOptions& o)
{
    return o.clock ? o.clock : Clock::system();
}

/// The list in an answer: a top-level array, or the first array found under
/// one of `keys`. nullopt when there is none.
std::optional<QJsonArray> listIn(const QByteArray& body, std::initializer_list<const char*> keys,
                                 QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject()) {
        for (const char* key : keys) {
            const QJsonValue v = doc.object().value(QLatin1String(key));
            if (v.isArray())
                return v.toArray();
        }
        if (error)
            *error = QStringLiteral("the answer has no list (%1)")
                         .arg(QStringList(doc.object().keys()).join(u','));
        return std::nullopt;
    }
    if (error)
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON list");
    return std::nullopt;
}

QJsonObject marker(const QString& code, const QString& reason, const QByteArray& payload)
{
    return QJsonObject{{QStringLiteral("__quarantine"), code},
                       {QStringLiteral("__reason"), reason},
                       {QStringLiteral("__payload"), QString::fromUtf8(payload.left(256 * 1024))}};
}

/// Quarantines the pages that could not be read (marker() records; a whole
/// page has no receipt id).
bool storeMarkers(SalesStore& store, QSqlDatabase& db, const QList<QJsonObject>& records, QString* error)
{
    for (const QJsonObject& r : records) {
        if (!r.contains(QLatin1String("__quarantine")))
            continue;
        const SaleProblem problem{r.value(QLatin1String("__quarantine")).toString(),
                                  r.value(QLatin1String("__reason")).toString()};
        if (!store.quarantine(db, QString(), problem, r.value(QLatin1String("__payload")).toString().toUtf8(),
                              error))
            return false;
    }
    return true;
}

bool exec(QSqlQuery& q, const char* what, QString* error)
{
    if (Database::exec(q, what))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

// ---------------------------------------------------------------------------
// transactions
// ---------------------------------------------------------------------------
class SalesAdapter final : public FeedAdapter
{
public:
    explicit SalesAdapter(const LightspeedOptions& options)
        : m_o(options)
        , m_store(options.connectorId, options.timeZone)
    {
        m_o.windowDays = std::clamp(m_o.windowDays, 1, 365);
        m_o.salesPageSize = std::clamp(m_o.salesPageSize, 1, 100);
    }

    struct State
    {
        qint64 rs = 0, re = 0, wf = 0, wt = 0, pos = 0;
        QString token;
        bool backfill = false; ///< the first run (history), not an incremental one

        QString encode() const
        {
            QJsonObject o{{QStringLiteral("rs"), iso(rs)},
                          {QStringLiteral("re"), iso(re)},
                          {QStringLiteral("wf"), iso(wf)},
                          {QStringLiteral("wt"), iso(wt)},
                          {QStringLiteral("pos"), iso(pos)}};
            if (!token.isEmpty())
                o.insert(QStringLiteral("tok"), token);
            if (backfill)
                o.insert(QStringLiteral("bf"), true);
            return compact(o);
        }
    };

    static qint64 msOf(const QJsonObject& o, const char* key)
    {
        const QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : 0;
    }

    State stateFor(const QString& cursor) const
    {
        const qint64 now = clockOf(m_o)->nowMs();
        const qint64 window = qint64(m_o.windowDays) * kDayMs;
        State s;
        const QJsonObject c = QJsonDocument::fromJson(cursor.toUtf8()).object();
        if (c.contains(QLatin1String("wf"))) {
            s.rs = msOf(c, "rs");
            s.re = msOf(c, "re");
            s.wf = msOf(c, "wf");
            s.wt = msOf(c, "wt");
            s.pos = msOf(c, "pos");
            s.token = c.value(QLatin1String("tok")).toString();
            s.backfill = c.value(QLatin1String("bf")).toBool();
            if (s.wt > s.wf && s.wt - s.wf <= window && s.re >= s.wt)
                return s;
            qCWarning(lcLightspeed) << "sales cursor is inconsistent; starting the range again";
        }
        if (c.contains(QLatin1String("since"))) {
            s.rs = msOf(c, "since") - m_o.overlapMs;
        } else {
            // First run: the back-fill, from local midnight `backfillDays` ago.
            const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(m_o.timeZone).date();
            s.rs = today.addDays(-m_o.backfillDays).startOfDay(m_o.timeZone).toMSecsSinceEpoch();
            s.backfill = true;
        }
        s.re = std::max(now, s.rs + 1);
        s.wf = s.rs;
        s.wt = std::min(s.wf + window, s.re);
        s.pos = s.rs;
        return s;
    }

    HttpRequest request(const QString& cursor) const override
    {
        const State s = stateFor(cursor);
        if (cursor.isEmpty() || !cursor.contains(QLatin1String("\"wf\""))) {
            m_runRecords = 0;
            m_runStart = s.wf;
        } else if (m_runStart == 0 || m_runStart > s.pos) {
            m_runStart = s.pos;
        }
        m_inflight = s;
        QList<std::pair<QString, QString>> query{
            {QStringLiteral("from"), iso(s.wf)},
            {QStringLiteral("to"), iso(s.wt)},
            {QStringLiteral("pageSize"), QString::number(m_o.salesPageSize)}};
        if (!s.token.isEmpty())
            query.append({QStringLiteral("nextPageToken"), s.token});
        HttpRequest r;
        r.url =
            m_o.url(QStringLiteral("/f/v2/business-location/%1/sales").arg(m_o.businessLocationId), query);
        return r;
    }

    std::optional<Page> parse(const HttpResponse& response, QString*) const override
    {
        State s = m_inflight;
        Page page;
        QString readError;
        std::optional<SalesFeedPage> sales = SalesFeedPage::read(response.body, &readError);
        if (!sales) {
            // A page that cannot be read: keep it in the quarantine and stop
            // here; the next run asks for the same page again.
            const QString reason = QCoreApplication::translate(
                                       "Moulin::LightspeedConnector",
                                       "The POS sent a page of sales that could not be read (%1); it will "
                                       "be asked for again.")
                                       .arg(readError);
            page.records.append(marker(QStringLiteral("malformed_page"), reason, response.body));
            page.nextCursor = s.encode();
            page.complete = true;
            return page;
        }
        m_runRecords += sales->size();
        s.pos = std::max({s.pos, sales->lastClosedMs(), s.wf});
        const QString token = sales->nextPageToken();
        const bool dataComplete = sales->dataComplete();
        page.payloadRecords = sales->size();
        page.payload = std::make_shared<const SalesFeedPage>(std::move(*sales));

        const qint64 window = qint64(m_o.windowDays) * kDayMs;
        if (!token.isEmpty()) {
            s.token = token;
            page.nextCursor = s.encode();
        } else if (s.wt < s.re) {
            s.token.clear();
            s.pos = std::max(s.pos, s.wt);
            s.wf = s.wt;
            s.wt = std::min(s.wf + window, s.re);
            page.nextCursor = s.encode();
        } else {
            const qint64 since = dataComplete ? s.re : std::max(s.rs, s.re - m_o.incompleteLagMs);
            page.nextCursor = compact(QJsonObject{{QStringLiteral("since"), iso(since)}});
            page.complete = true;
        }
        if (!page.complete) {
            const qint64 covered = s.pos - m_runStart;
            if (covered > 0 && m_runRecords > 0)
                page.remaining = qint64(double(m_runRecords) * double(s.re - s.pos) / double(covered));
        } else {
            page.remaining = 0;
        }
        return page;
    }

    bool store(QSqlDatabase& db, const Page& page, QString* error) override
    {
        if (!storeMarkers(m_store, db, page.records, error))
            return false;
        if (page.records.isEmpty()) {
            // Read past a page that once came malformed: that one is settled.
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE pos_quarantine SET resolved_at = ? WHERE reason_code = "
                                     "'malformed_page' AND resolved_at IS NULL AND connector = ?"));
            q.addBindValue(clockOf(m_o)->now().toString(Qt::ISODate));
            q.addBindValue(m_o.connectorId);
            if (!exec(q, "settle malformed pages", error))
                return false;
        }
        SalesStore::Stats stats;
        if (page.payload &&
            !m_store.storePage(db, *std::static_pointer_cast<const SalesFeedPage>(page.payload), &stats,
                               error))
            return false;
        if (stats.quarantined || stats.replaced)
            qCInfo(lcLightspeed).noquote()
                << QStringLiteral("sales page: %1 new, %2 replaced, %3 unchanged, %4 "
                                  "quarantined")
                       .arg(stats.inserted)
                       .arg(stats.replaced)
                       .arg(stats.unchanged)
                       .arg(stats.quarantined);
        return true;
    }

private:
    LightspeedOptions m_o;
    SalesStore m_store;
    // The engine asks for a page, then reads its answer, before it asks for
    // the next one: the answer belongs to the last request.
    mutable State m_inflight;
    mutable qint64 m_runRecords = 0;
    mutable qint64 m_runStart = 0;
};

// ---------------------------------------------------------------------------
// menu_items: tax rates → accounting groups → items
// ---------------------------------------------------------------------------
bool storeItem(QSqlDatabase& db, const QJsonObject& item, const QString& pass, const QString& now,
               SalesStore& store, QString* error)
{
    const QString id = text(item.value(QLatin1String("id")));
    const std::optional<qint64> price =
        Money::parseCents(item.value(QLatin1String("defaultPrice")).toString());
    if (id.isEmpty() || !price) {
        const SaleProblem problem{
            QStringLiteral("malformed_item"),
            QCoreApplication::translate("Moulin::LightspeedConnector",
                                        "The item « %1 » (%2) has no id or no decimal defaultPrice.")
                .arg(item.value(QLatin1String("name")).toString(), id)};
        return store.quarantine(db, QString(), problem, QJsonDocument(item).toJson(QJsonDocument::Compact),
                                error);
    }
    const std::optional<qint64> cost = Money::parseCents(item.value(QLatin1String("costPrice")).toString());

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT local_state, local_price_cents, base_price_cents, sent_price_cents, "
        "outbox_key, (SELECT state FROM outbox o WHERE o.idempotency_key = pos_item.outbox_key) FROM "
        "pos_item WHERE item_id = ?"));
    q.addBindValue(id);
    if (!exec(q, "read item", error))
        return false;
    QString state = QStringLiteral("synced");
    std::optional<qint64> local, base, sent;
    QString outboxKey;
    QString outboxState;
    const bool known = q.next();
    if (known) {
        state = q.value(0).toString();
        if (!q.value(1).isNull())
            local = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            base = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            sent = q.value(3).toLongLong();
        outboxKey = q.value(4).toString();
        outboxState = q.value(5).toString();
    }
    q.finish();

    // A local price edit waiting to be sent, while the POS changed the
    // price: never overwrite silently, show the conflict.
    bool conflict = false;
    bool landed = false;
    if (state == QLatin1String("pending") && local) {
        if (*price == *local) {
            landed = true; // the POS has the wanted price (our write or the same edit at the till)
        } else if (*price != base.value_or(*price) && (!sent || *price != *sent) &&
                   (outboxState.isEmpty() || outboxState == QLatin1String("pending"))) {
            conflict = true;
            if (!outboxKey.isEmpty()) {
                QSqlQuery cancel(db);
                cancel.prepare(
                    QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = ?, updated_at = ? "
                                   "WHERE idempotency_key = ? AND state = 'pending'"));
                cancel.addBindValue(QStringLiteral("superseded: the price was changed on the POS"));
                cancel.addBindValue(now);
                cancel.addBindValue(outboxKey);
                if (!exec(cancel, "cancel superseded price update", error))
                    return false;
            }
        }
    }

    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO pos_item(item_id, sku, name, group_id, tax_code, remote_price_cents, price_mode, "
        "cost_cents, "
        "remote_json, active, seen_pass, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
        "ON CONFLICT(item_id) DO UPDATE SET sku = excluded.sku, name = excluded.name, group_id = "
        "excluded.group_id, tax_code = excluded.tax_code, remote_price_cents = excluded.remote_price_cents, "
        "price_mode = excluded.price_mode, cost_cents = excluded.cost_cents, remote_json = "
        "excluded.remote_json, "
        "active = 1, seen_pass = excluded.seen_pass, synced_at = excluded.synced_at"));
    const QString taxCode = text(item.value(QLatin1String("taxCode")));
    for (const QVariant& v : {QVariant(id), QVariant(text(item.value(QLatin1String("sku")))),
                              QVariant(item.value(QLatin1String("name")).toString()),
                              QVariant(text(item.value(QLatin1String("accountingGroupId")))),
                              taxCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(taxCode),
                              QVariant(*price), QVariant(item.value(QLatin1String("priceMode")).toString()),
                              cost ? QVariant(*cost) : QVariant(QMetaType(QMetaType::LongLong)),
                              QVariant(compact(item)), QVariant(pass), QVariant(now)})
        up.addBindValue(v);
    if (!exec(up, "store item", error))
        return false;

    if (conflict || landed) {
        QSqlQuery st(db);
        if (conflict) {
            st.prepare(
                QStringLiteral("UPDATE pos_item SET local_state = 'conflict', conflict_price_cents = ?, "
                               "outbox_key = NULL, local_updated_at = ? WHERE item_id = ?"));
            st.addBindValue(*price);
        } else {
            st.prepare(
                QStringLiteral("UPDATE pos_item SET local_state = 'synced', local_price_cents = NULL, "
                               "base_price_cents = NULL, sent_price_cents = NULL, conflict_price_cents = "
                               "NULL, outbox_key = NULL, local_error = NULL, local_updated_at = ? WHERE "
                               "item_id = ?"));
        }
        st.addBindValue(now);
        st.addBindValue(id);
        if (!exec(st, "item state", error))
            return false;
        if (conflict)
            qCInfo(lcLightspeed).noquote() << "price conflict on item" << id;
    }
    return true;
}

class MenuAdapter final : public FeedAdapter
{
public:
    explicit MenuAdapter(const LightspeedOptions& options)
        : m_o(options)
        , m_store(options.connectorId, options.timeZone)
    {
        m_o.itemsPageSize = std::clamp(m_o.itemsPageSize, 1, 100);
    }

    struct State
    {
        QString phase = QStringLiteral("tax");
        int offset = 0;
        QString pass;
        QString encode() const
        {
            return compact(QJsonObject{{QStringLiteral("phase"), phase},
                                       {QStringLiteral("offset"), offset},
                                       {QStringLiteral("pass"), pass}});
        }
    };

    HttpRequest request(const QString& cursor) const override
    {
        State s;
        const QJsonObject c = QJsonDocument::fromJson(cursor.toUtf8()).object();
        if (c.contains(QLatin1String("phase"))) {
            s.phase = c.value(QLatin1String("phase")).toString();
            s.offset = c.value(QLatin1String("offset")).toInt();
            s.pass = c.value(QLatin1String("pass")).toString();
        } else {
            s.pass = QString::number(clockOf(m_o)->nowMs());
        }
        m_inflight = s;
        HttpRequest r;
        const QString& bl = m_o.businessLocationId;
        if (s.phase == QLatin1String("groups"))
            r.url = m_o.url(QStringLiteral("/f/finance/%1/accountingGroups").arg(bl));
        else if (s.phase == QLatin1String("items"))
            r.url = m_o.url(QStringLiteral("/items/v1/items"),
                            {{QStringLiteral("businessLocationId"), bl},
                             {QStringLiteral("offset"), QString::number(s.offset)},
                             {QStringLiteral("amount"), QString::number(m_o.itemsPageSize)}});
        else
            r.url = m_o.url(QStringLiteral("/f/finance/%1/tax-rates").arg(bl));
        return r;
    }

    std::optional<Page> parse(const HttpResponse& response, QString* error) const override
    {
        const State s = m_inflight;
        const std::optional<QJsonArray> list =
            listIn(response.body, {"items", "data", "taxRates", "accountingGroups", "results"}, error);
        if (!list)
            return std::nullopt;
        Page page;
        for (const QJsonValue& v : *list)
            page.records.append(QJsonObject{{QStringLiteral("__kind"), s.phase},
                                            {QStringLiteral("__pass"), s.pass},
                                            {QStringLiteral("data"), v}});
        State next = s;
        if (s.phase == QLatin1String("tax")) {
            next.phase = QStringLiteral("groups");
        } else if (s.phase == QLatin1String("groups")) {
            next.phase = QStringLiteral("items");
            next.offset = 0;
        } else if (list->size() >= m_o.itemsPageSize) {
            next.offset = s.offset + int(list->size());
        } else {
            page.complete = true; // fetched whole every time
            return page;
        }
        page.nextCursor = next.encode();
        return page;
    }

    bool store(QSqlDatabase& db, const Page& page, QString* error) override
    {
        const QString now = clockOf(m_o)->now().toString(Qt::ISODate);
        QString pass;
        for (const QJsonObject& r : page.records) {
            const QString kind = r.value(QLatin1String("__kind")).toString();
            pass = r.value(QLatin1String("__pass")).toString();
            const QJsonObject o = r.value(QLatin1String("data")).toObject();
            QSqlQuery q(db);
            if (kind == QLatin1String("tax")) {
                QString code = text(o.value(QLatin1String("code")));
                if (code.isEmpty())
                    code = text(o.value(QLatin1String("taxCode")));
                QJsonValue rate = o.value(QLatin1String("rate"));
                if (rate.isUndefined())
                    rate = o.value(QLatin1String("taxRate"));
                const std::optional<int> bp =
                    rate.isString() ? Money::parseRateBasisPoints(rate.toString())
                                    : Money::parseRateBasisPoints(QString::number(rate.toDouble()));
                if (code.isEmpty() || !bp) {
                    if (!m_store.quarantine(
                            db, QString(),
                            {QStringLiteral("malformed_tax_rate"),
                             QCoreApplication::translate("Moulin::LightspeedConnector",
                                                         "A tax rate has no code or no rate.")},
                            QJsonDocument(o).toJson(QJsonDocument::Compact), error))
                        return false;
                    continue;
                }
                q.prepare(QStringLiteral(
                    "INSERT INTO pos_tax_rate(tax_code, vat_bp, description, synced_at) VALUES "
                    "(?, ?, ?, ?) ON CONFLICT(tax_code) DO UPDATE SET vat_bp = excluded.vat_bp, "
                    "description = excluded.description, synced_at = excluded.synced_at"));
                q.addBindValue(code);
                q.addBindValue(*bp);
                q.addBindValue(o.value(QLatin1String("description")).toString());
                q.addBindValue(now);
                if (!exec(q, "store tax rate", error))
                    return false;
            } else if (kind == QLatin1String("groups")) {
                QString id = text(o.value(QLatin1String("accountingGroupId")));
                if (id.isEmpty())
                    id = text(o.value(QLatin1String("id")));
                if (id.isEmpty())
                    continue;
                q.prepare(QStringLiteral(
                    "INSERT INTO pos_accounting_group(group_id, name, code, tax_code, synced_at) VALUES (?, "
                    "?, ?, "
                    "?, ?) ON CONFLICT(group_id) DO UPDATE SET name = excluded.name, code = excluded.code, "
                    "tax_code = excluded.tax_code, synced_at = excluded.synced_at"));
                q.addBindValue(id);
                q.addBindValue(o.value(QLatin1String("name")).toString());
                q.addBindValue(text(o.value(QLatin1String("code"))));
                q.addBindValue(text(o.value(QLatin1String("taxCode"))));
                q.addBindValue(now);
                if (!exec(q, "store accounting group", error))
                    return false;
            } else if (kind == QLatin1String("items")) {
                if (!storeItem(db, o, pass, now, m_store, error))
                    return false;
            }
        }
        if (page.complete) {
            if (!pass.isEmpty()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "UPDATE pos_item SET active = 0 WHERE active = 1 AND (seen_pass IS NULL OR "
                    "seen_pass <> ?)"));
                q.addBindValue(pass);
                if (!exec(q, "deactivate removed items", error))
                    return false;
            }
            // Sales held back for an unknown SKU or tax code: try them again.
            SalesStore::Stats stats;
            if (!m_store.retryQuarantine(db, &stats, error))
                return false;
            if (stats.inserted + stats.replaced > 0)
                qCInfo(lcLightspeed) << "released" << stats.inserted + stats.replaced
                                     << "sales from the quarantine";
        }
        return true;
    }

private:
    LightspeedOptions m_o;
    SalesStore m_store;
    mutable State m_inflight;
};

// ---------------------------------------------------------------------------
// promotions
// ---------------------------------------------------------------------------
class PromotionsAdapter final : public FeedAdapter
{
public:
    explicit PromotionsAdapter(const LightspeedOptions& options)
        : m_o(options)
        , m_store(options.connectorId, options.timeZone)
    {
    }

    HttpRequest request(const QString&) const override
    {
        HttpRequest r;
        r.url = m_o.url(QStringLiteral("/o/op/1/menu/discounts"),
                        {{QStringLiteral("businessLocationId"), m_o.businessLocationId}});
        return r;
    }

    std::optional<Page> parse(const HttpResponse& response, QString* error) const override
    {
        const std::optional<QJsonArray> list = listIn(response.body, {"discounts", "data", "items"}, error);
        if (!list)
            return std::nullopt;
        Page page;
        for (const QJsonValue& v : *list)
            page.records.append(v.toObject());
        page.complete = true;
        return page;
    }

    bool store(QSqlDatabase& db, const Page& page, QString* error) override
    {
        const QString now = clockOf(m_o)->now().toString(Qt::ISODate);
        for (const QJsonObject& o : page.records) {
            QString id = text(o.value(QLatin1String("id")));
            const QString code = text(o.value(QLatin1String("code")));
            if (id.isEmpty())
                id = code;
            bool hasPercent = false, hasAmount = false;
            qint64 percent = 0, amount = 0;
            const QJsonValue p = o.value(QLatin1String("discountPercentage"));
            const QJsonValue a = o.value(QLatin1String("discountAmount"));
            if (p.isString()) {
                const std::optional<qint64> v = Money::parseCents(p.toString());
                hasPercent = v.has_value();
                percent = v.value_or(0);
            }
            if (a.isString()) {
                const std::optional<qint64> v = Money::parseCents(a.toString());
                hasAmount = v.has_value();
                amount = v.value_or(0);
            }
            if (id.isEmpty() || (!hasPercent && !hasAmount)) {
                if (!m_store.quarantine(
                        db, QString(),
                        {QStringLiteral("malformed_discount"),
                         QCoreApplication::translate(
                             "Moulin::LightspeedConnector",
                             "The discount « %1 » has no id or no decimal percentage or amount.")
                             .arg(o.value(QLatin1String("name")).toString())},
                        QJsonDocument(o).toJson(QJsonDocument::Compact), error))
                    return false;
                continue;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO pos_discount(discount_id, code, name, percentage_bp, amount_cents, active, "
                "seen_pass, "
                "synced_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT(discount_id) DO UPDATE SET code = "
                "excluded.code, name = excluded.name, percentage_bp = excluded.percentage_bp, amount_cents = "
                "excluded.amount_cents, active = 1, seen_pass = excluded.seen_pass, synced_at = "
                "excluded.synced_at"));
            q.addBindValue(id);
            q.addBindValue(code);
            q.addBindValue(o.value(QLatin1String("name")).toString());
            q.addBindValue(hasPercent ? QVariant(percent) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(hasAmount ? QVariant(amount) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(now);
            q.addBindValue(now);
            if (!exec(q, "store discount", error))
                return false;
        }
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE pos_discount SET active = 0 WHERE seen_pass IS NULL OR seen_pass <> ?"));
        q.addBindValue(now);
        return exec(q, "deactivate removed discounts", error);
    }

private:
    LightspeedOptions m_o;
    SalesStore m_store;
};

} // namespace

// ---------------------------------------------------------------------------

LightspeedOptions LightspeedOptions::fromConfig(const ConnectorConfig& config)
{
    LightspeedOptions o;
    o.connectorId = config.connectorId.isEmpty() ? o.connectorId : config.connectorId;
    if (config.apiUrl.isValid() && !config.apiUrl.isEmpty())
        o.apiUrl = config.apiUrl;
    o.businessLocationId = config.storeId;
    const PosSettings pos = PosSettings::load();
    o.timeZone = QTimeZone(pos.timeZone.toUtf8());
    o.backfillDays = pos.backfillDays;
    return o;
}

QUrl LightspeedOptions::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl u = apiUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    u.setQuery(q.isEmpty() ? QString() : q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

std::shared_ptr<FeedAdapter> LightspeedConnector::salesFeed(const LightspeedOptions& options)
{
    return std::make_shared<SalesAdapter>(options);
}

std::shared_ptr<FeedAdapter> LightspeedConnector::menuFeed(const LightspeedOptions& options)
{
    return std::make_shared<MenuAdapter>(options);
}

std::shared_ptr<FeedAdapter> LightspeedConnector::promotionsFeed(const LightspeedOptions& options)
{
    return std::make_shared<PromotionsAdapter>(options);
}

ConnectorDefinition LightspeedConnector::definition(const ConnectorConfig& config,
                                                    const LightspeedOptions& options,
                                                    RequestDecorator authDecorator)
{
    ConnectorDefinition d = ConnectorDefinition::fromConfig(
        config, [&options](const QString& feed) -> std::shared_ptr<FeedAdapter> {
            if (feed == QLatin1String(kTransactionsFeed))
                return salesFeed(options);
            if (feed == QLatin1String(kMenuFeed))
                return menuFeed(options);
            if (feed == QLatin1String(kPromotionsFeed))
                return promotionsFeed(options);
            return nullptr;
        });
    if (d.id.isEmpty())
        d.id = options.connectorId;
    d.profile.name = d.id;
    d.profile.timeoutMs = 30'000;
    d.profile.decorate = std::move(authDecorator);
    return d;
}

SalesSyncProgress LightspeedConnector::salesProgress(QSqlDatabase db, const QString& connectorId)
{
    SalesSyncProgress p;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = ? AND feed = ?"));
    q.addBindValue(connectorId);
    q.addBindValue(QLatin1String(kTransactionsFeed));
    if (!Database::exec(q, "read sales cursor") || !q.next())
        return p;
    const QJsonObject c = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    if (c.isEmpty())
        return p;
    p.started = true;
    auto at = [&c](const char* key) {
        return QDateTime::fromString(c.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    };
    if (c.contains(QLatin1String("since"))) {
        p.backfillDone = true;
        p.fraction = 1.0;
        p.syncedUntil = at("since");
        p.position = p.syncedUntil;
        return p;
    }
    p.rangeStart = at("rs");
    p.rangeEnd = at("re");
    p.position = at("pos");
    const qint64 span = p.rangeStart.msecsTo(p.rangeEnd);
    if (span > 0)
        p.fraction = std::clamp(double(p.rangeStart.msecsTo(p.position)) / double(span), 0.0, 1.0);
    p.backfillDone = !c.value(QLatin1String("bf")).toBool();
    return p;
}

std::optional<QList<BusinessLocation>> LightspeedConnector::parseBusinesses(const QByteArray& body)
{
    QString error;
    const std::optional<QJsonArray> businesses = listIn(body, {"businesses", "data", "_embedded"}, &error);
    if (!businesses)
        return std::nullopt;
    QList<BusinessLocation> result;
    for (const QJsonValue& b : *businesses) {
        const QJsonObject business = b.toObject();
        const QJsonArray locations = business.value(QLatin1String("businessLocations")).toArray();
        for (const QJsonValue& l : locations) {
            const QJsonObject location = l.toObject();
            BusinessLocation bl;
            bl.businessId = text(business.value(QLatin1String("businessId")));
            bl.businessName = business.value(QLatin1String("businessName")).toString();
            bl.blId = text(location.value(QLatin1String("blId")));
            bl.name = location.value(QLatin1String("blName")).toString();
            bl.country = location.value(QLatin1String("country")).toString();
            bl.timeZone = location.value(QLatin1String("timezone")).toString();
            if (!bl.blId.isEmpty())
                result.append(bl);
        }
    }
    return result;
}

void LightspeedConnector::discoverLocations(
    const QUrl& apiUrl, const Sender& send,
    std::function<void(const QList<BusinessLocation>& locations, const QString& error)> done)
{
    constexpr int kPageSize = 100;
    constexpr int kMaxPages = 50;
    struct Walk
    {
        QList<BusinessLocation> found;
        int page = 0;
    };
    auto walk = std::make_shared<Walk>();
    auto next = std::make_shared<std::function<void()>>();
    LightspeedOptions o;
    o.apiUrl = apiUrl;
    *next = [walk, next, send, done, o]() {
        HttpRequest r;
        r.url = o.url(QStringLiteral("/f/data/businesses"),
                      {{QStringLiteral("page"), QString::number(walk->page)},
                       {QStringLiteral("size"), QString::number(kPageSize)}});
        send(r, [walk, next, done](const HttpResponse& response) {
            if (!response.ok) {
                done(walk->found, response.errorString);
                *next = nullptr;
                return;
            }
            QString error;
            const std::optional<QJsonArray> businesses =
                listIn(response.body, {"businesses", "data", "_embedded"}, &error);
            const std::optional<QList<BusinessLocation>> locations = parseBusinesses(response.body);
            if (!businesses || !locations) {
                done(walk->found,
                     QCoreApplication::translate("Moulin::LightspeedConnector",
                                                 "Lightspeed sent a list of businesses that could not "
                                                 "be read: %1")
                         .arg(error));
                *next = nullptr;
                return;
            }
            walk->found += *locations;
            if (businesses->size() < kPageSize || ++walk->page >= kMaxPages) {
                done(walk->found, QString());
                *next = nullptr;
                return;
            }
            (*next)();
        });
    };
    (*next)();
}

} // namespace Moulin
