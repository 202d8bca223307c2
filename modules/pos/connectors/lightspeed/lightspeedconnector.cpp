#include "pos/connectors/lightspeed/lightspeedconnector.h"

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "common/sync/outbox.h"
#include "common/sync/quarantine.h"
#include "pos/connectors/lightspeed/lightspeedsales.h"
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

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const Clock* clockOf(const LightspeedOptions& o)
{
    return o.clock ? o.clock : Clock::system();
}

/// A documented answer as a JsonTape; nullopt and `why` when it is not
/// JSON, or (with `halKey`) not the v1 HAL envelope {_embedded:{<halKey>:
/// […]}, _links}, or (`bare`) not a bare list. The list is listOf().
std::optional<JsonTape> readAnswer(const QByteArray& body, const char* halKey, bool bare, QString* why)
{
    QString parseError;
    std::optional<JsonTape> tape = JsonTape::parse(body, &parseError);
    if (!tape) {
        *why = QStringLiteral("not JSON (%1)").arg(parseError);
        return std::nullopt;
    }
    const JsonRef root = tape->root();
    if (halKey && !root.value("_embedded").value(halKey).isArray()) {
        *why = root.isObject() ? QStringLiteral("expected _embedded.%1 (a list)").arg(QLatin1String(halKey))
                               : QStringLiteral("expected a HAL object with _embedded.%1, got a bare list")
                                     .arg(QLatin1String(halKey));
        return std::nullopt;
    }
    if (bare && !root.isArray()) {
        *why = QStringLiteral("expected a JSON list");
        return std::nullopt;
    }
    return tape;
}

JsonRef listOf(const JsonTape& tape, const char* halKey)
{
    return halKey ? tape.root().value("_embedded").value(halKey) : tape.root();
}

/// The translated error of a documented answer that could not be read.
QString unreadable(const QString& path, const QString& why)
{
    return QCoreApplication::translate("Moulin::LightspeedConnector",
                                       "Lightspeed's answer to %1 could not be read: %2")
        .arg(path, why);
}

/// An id or code: a string, or a JSON integer's own text.
QString idText(const JsonRef& v)
{
    if (v.isString())
        return v.toString();
    if (v.isNumber()) {
        const QByteArrayView t = v.numberText();
        return QString::fromLatin1(t.data(), t.size());
    }
    return {};
}

/// A decimal the API gives as a JSON number (10.5, 1.055) or a string,
/// parsed from its own text (never through a double).
template <typename Parse>
auto decimal(const JsonRef& v, Parse parse) -> decltype(parse(QLatin1StringView()))
{
    if (v.isNumber()) {
        const QByteArrayView t = v.numberText();
        return parse(QLatin1StringView(t.data(), t.size()));
    }
    if (v.isString())
        return parse(QStringView(v.toString()));
    return std::nullopt;
}

/// Hundredths of a decimal: a price in cents, a percentage in basis points.
std::optional<qint64> hundredths(const JsonRef& v)
{
    return decimal(v, [](auto text) { return Money::parseCents(text); });
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
/// A page of the sales feed: the documented v2 answer read by SalesFeedPage
/// (nullopt: the page could not be read, and is in the page's problems).
struct SalesRecords
{
    std::optional<SalesFeedPage> page;
    qsizetype size() const { return page ? page->size() : 0; }
};

class SalesAdapter final : public TypedFeed<SalesRecords>
{
public:
    explicit SalesAdapter(const LightspeedOptions& options)
        : m_o(options)
        , m_store(options.connectorId, options.timeZone)
    {
        m_o.windowDays = std::clamp(m_o.windowDays, 1, 365);
        m_o.salesPageSize = std::clamp(m_o.salesPageSize, 1, 100);
    }

    /// The cursor: the run's range [rs, re), the window [wf, wt) being
    /// read, the last sale stored (pos), the page token inside the window,
    /// whether the run is the back-fill, and for the progress estimate the
    /// records read so far in this run (n) from where it started (r0).
    struct State
    {
        qint64 rs = 0, re = 0, wf = 0, wt = 0, pos = 0, r0 = 0, n = 0;
        QString token;
        bool backfill = false;
        /// Recent first: while the recent range is read, the history still to
        /// read [hs, he); while the history is read, where the recent range
        /// began (rf) and where the next incremental run starts (aft).
        qint64 hs = 0, he = 0, rf = 0, aft = 0;

        QString encode() const
        {
            QJsonObject o{{QStringLiteral("rs"), iso(rs)},   {QStringLiteral("re"), iso(re)},
                          {QStringLiteral("wf"), iso(wf)},   {QStringLiteral("wt"), iso(wt)},
                          {QStringLiteral("pos"), iso(pos)}, {QStringLiteral("r0"), iso(r0)},
                          {QStringLiteral("n"), n}};
            if (!token.isEmpty())
                o.insert(QStringLiteral("tok"), token);
            if (backfill)
                o.insert(QStringLiteral("bf"), true);
            if (he > hs) {
                o.insert(QStringLiteral("hs"), iso(hs));
                o.insert(QStringLiteral("he"), iso(he));
            }
            if (rf > 0) {
                o.insert(QStringLiteral("rf"), iso(rf));
                o.insert(QStringLiteral("aft"), iso(aft));
            }
            return compact(o);
        }
    };

    static qint64 msOf(const QJsonObject& o, const char* key)
    {
        const QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : 0;
    }

    /// The state a cursor holds: the one it encodes when it is a window of a
    /// run, else (empty, or where the last run ended) a new run up to now.
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
            s.r0 = c.contains(QLatin1String("r0")) ? msOf(c, "r0") : s.pos;
            s.n = c.value(QLatin1String("n")).toInteger();
            s.token = c.value(QLatin1String("tok")).toString();
            s.backfill = c.value(QLatin1String("bf")).toBool();
            if (c.contains(QLatin1String("he"))) {
                s.hs = msOf(c, "hs");
                s.he = msOf(c, "he");
            }
            if (c.contains(QLatin1String("rf"))) {
                s.rf = msOf(c, "rf");
                s.aft = msOf(c, "aft");
            }
            if (s.wt > s.wf && s.wt - s.wf <= window && s.re >= s.wt)
                return s;
            qCWarning(lcLightspeed) << "sales cursor is inconsistent; starting the range again";
            s = State{};
        }
        if (c.contains(QLatin1String("since"))) {
            s.rs = msOf(c, "since") - m_o.overlapMs;
        } else {
            // First run: the back-fill, from local midnight `backfillDays` ago.
            const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(m_o.timeZone).date();
            s.rs = today.addDays(-m_o.backfillDays).startOfDay(m_o.timeZone).toMSecsSinceEpoch();
            s.backfill = true;
            if (m_o.recentFirst) {
                // This month and the week before it first; the history
                // before that next, in the same run.
                const qint64 recent = QDate(today.year(), today.month(), 1)
                                          .addDays(-7)
                                          .startOfDay(m_o.timeZone)
                                          .toMSecsSinceEpoch();
                if (recent > s.rs) {
                    s.hs = s.rs;
                    s.he = recent;
                    s.rs = recent;
                }
            }
        }
        s.re = std::max(now, s.rs + 1);
        s.wf = s.rs;
        s.wt = std::min(s.wf + window, s.re);
        s.pos = s.rs;
        s.r0 = s.rs;
        return s;
    }

    QString resolve(const QString& cursor) const override { return stateFor(cursor).encode(); }

    HttpRequest request(const QString& cursor) const override
    {
        const State s = stateFor(cursor);
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

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString*) const override
    {
        State s = stateFor(cursor);
        TypedPage page;
        QString readError;
        std::optional<SalesFeedPage> sales = SalesFeedPage::read(response.body, &readError);
        if (!sales) {
            // A page that cannot be read: keep it in the quarantine and stop
            // here; the next run asks for the same page again.
            page.problems.append({QString(), QStringLiteral("malformed_page"),
                                  QCoreApplication::translate(
                                      "Moulin::LightspeedConnector",
                                      "The POS sent a page of sales that could not be read (%1); it will "
                                      "be asked for again.")
                                      .arg(readError),
                                  response.body});
            page.nextCursor = s.encode();
            page.complete = true;
            return page;
        }
        s.n += sales->size();
        s.pos = std::max({s.pos, sales->lastClosedMs(), s.wf});
        const QString token = sales->nextPageToken();
        const bool dataComplete = sales->dataComplete();
        page.records.page = std::move(*sales);

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
        } else if (s.he > s.hs) {
            // The recent range is in: now the history before it, oldest
            // first; the next incremental run starts where the recent one
            // ended.
            State h;
            h.backfill = true;
            h.rf = s.rs;
            h.aft = dataComplete ? s.re : std::max(s.rs, s.re - m_o.incompleteLagMs);
            h.rs = s.hs;
            h.re = s.he;
            h.wf = h.rs;
            h.wt = std::min(h.wf + window, h.re);
            h.pos = h.rs;
            h.r0 = h.rs;
            page.nextCursor = h.encode();
            s = h;
        } else {
            const qint64 since =
                s.rf > 0 ? s.aft : (dataComplete ? s.re : std::max(s.rs, s.re - m_o.incompleteLagMs));
            page.nextCursor = compact(QJsonObject{{QStringLiteral("since"), iso(since)}});
            page.complete = true;
        }
        if (!page.complete) {
            const qint64 covered = s.pos - s.r0;
            if (covered > 0 && s.n > 0)
                page.remaining = qint64(double(s.n) * double(s.re - s.pos + (s.he - s.hs)) / double(covered));
        } else {
            page.remaining = 0;
        }
        return page;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        if (page.problems.isEmpty() &&
            !Quarantine::resolvePages(db, m_o.connectorId,
                                      QLatin1String(LightspeedConnector::kTransactionsFeed),
                                      QStringLiteral("malformed_page"), clockOf(m_o)->now(), error))
            return false; // read past a page that once came malformed: that one is settled
        if (!page.records.page)
            return true;
        SalesStore::Stats stats;
        if (!m_reader.storePage(m_store, db, *page.records.page, &stats, error))
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
    LightspeedSalesReader m_reader;
};

// ---------------------------------------------------------------------------
// menu_items: tax rates → accounting groups → payment methods → items
// ---------------------------------------------------------------------------
struct TaxRateRecord
{
    QString code;
    QString description;
    int basisPoints = -1;
    QString accountingReference;
    bool taxIncluded = true;
};

struct AccountingGroupRecord
{
    QString id;
    QString name;
    QString code;
};

struct PaymentMethodRecord
{
    QString code;
    QString name;
    QString accountingReference;
    QString id;
};

struct ItemRecord
{
    LightspeedItem item;
    QByteArray raw; ///< the ItemDTO as the API sent it
};

/// One page of the menu feed: the records of its phase, and the pass (the
/// run's start) that marks what a complete pass saw.
struct MenuRecords
{
    QString phase;
    QString pass;
    QList<TaxRateRecord> taxRates;
    QList<AccountingGroupRecord> groups;
    QList<PaymentMethodRecord> paymentMethods;
    QList<ItemRecord> items;
    qsizetype size() const { return taxRates.size() + groups.size() + paymentMethods.size() + items.size(); }
};

bool storeItem(QSqlDatabase& db, const ItemRecord& record, const QString& pass, const QDateTime& at,
               QString* error)
{
    const LightspeedItem& item = record.item;
    const QString now = at.toString(Qt::ISODate);
    const qint64 price = *item.priceCents;
    const QVariant cost =
        item.costCents ? QVariant(*item.costCents) : QVariant(QMetaType(QMetaType::LongLong));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT local_state, local_price_cents, base_price_cents, sent_price_cents, "
                             "outbox_key FROM pos_item WHERE item_id = ?"));
    q.addBindValue(item.id);
    if (!exec(q, "read item", error))
        return false;
    QString state = QStringLiteral("synced");
    std::optional<qint64> local, base, sent;
    QByteArray outboxKey;
    const bool known = q.next();
    if (known) {
        state = q.value(0).toString();
        if (!q.value(1).isNull())
            local = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            base = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            sent = q.value(3).toLongLong();
        outboxKey = q.value(4).toString().toUtf8();
    }
    q.finish();
    const std::optional<OutboxItem::State> outboxState = Outbox::stateOf(db, outboxKey);

    // A local price edit waiting to be sent, while the POS changed the
    // price: never overwrite silently, show the conflict.
    bool conflict = false;
    bool landed = false;
    if (state == QLatin1String("pending") && local) {
        if (price == *local) {
            landed = true; // the POS has the wanted price (our write or the same edit at the till)
        } else if (price != base.value_or(price) && (!sent || price != *sent) &&
                   (!outboxState || *outboxState == OutboxItem::State::Pending)) {
            conflict = true;
            if (!outboxKey.isEmpty() &&
                !Outbox::cancelPending(
                    db, outboxKey, QStringLiteral("superseded: the price was changed on the POS"), at, error))
                return false;
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
    for (const QVariant& v :
         {QVariant(item.id), QVariant(item.sku), QVariant(item.name), QVariant(item.groupId),
          QVariant(QMetaType(QMetaType::QString)), QVariant(price), QVariant(item.priceMode), cost,
          QVariant(QString::fromUtf8(record.raw)), QVariant(pass), QVariant(now)})
        up.addBindValue(v);
    if (!exec(up, "store item", error))
        return false;

    if (conflict || landed) {
        QSqlQuery st(db);
        if (conflict) {
            st.prepare(
                QStringLiteral("UPDATE pos_item SET local_state = 'conflict', conflict_price_cents = ?, "
                               "outbox_key = NULL, local_updated_at = ? WHERE item_id = ?"));
            st.addBindValue(price);
        } else {
            st.prepare(
                QStringLiteral("UPDATE pos_item SET local_state = 'synced', local_price_cents = NULL, "
                               "base_price_cents = NULL, sent_price_cents = NULL, conflict_price_cents = "
                               "NULL, outbox_key = NULL, local_error = NULL, local_updated_at = ? WHERE "
                               "item_id = ?"));
        }
        st.addBindValue(now);
        st.addBindValue(item.id);
        if (!exec(st, "item state", error))
            return false;
        if (conflict)
            qCInfo(lcLightspeed).noquote() << "price conflict on item" << item.id;
    }
    return true;
}

class MenuAdapter final : public TypedFeed<MenuRecords>
{
public:
    explicit MenuAdapter(const LightspeedOptions& options)
        : m_o(options)
        , m_store(options.connectorId, options.timeZone)
    {
        m_o.itemsPageSize = std::clamp(m_o.itemsPageSize, 1, 100);
    }

    /// The reference lists read in turn, then the items.
    struct Phase
    {
        const char* name;
        const char* path;   ///< %1: the business location
        const char* halKey; ///< null: the items' bare list
    };
    static constexpr Phase kPhases[] = {
        {"tax", "/f/finance/%1/tax-rates", "taxRateList"},
        {"groups", "/f/finance/%1/accountingGroups", "accountingGroupList"},
        {"payments", "/f/finance/%1/paymentMethods", "paymentMethodList"},
        {"items", "/items/v1/items", nullptr},
    };
    static const Phase& phaseOf(const QString& name)
    {
        for (const Phase& p : kPhases) {
            if (name == QLatin1String(p.name))
                return p;
        }
        return kPhases[0];
    }

    /// The phase's path, with the business location where it has one.
    QString pathOf(const Phase& phase) const
    {
        const QString path = QLatin1String(phase.path);
        return path.contains(QLatin1String("%1")) ? path.arg(m_o.businessLocationId) : path;
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
        static State decode(const QString& cursor)
        {
            State s;
            const QJsonObject c = QJsonDocument::fromJson(cursor.toUtf8()).object();
            s.phase = c.value(QLatin1String("phase")).toString(QStringLiteral("tax"));
            s.offset = c.value(QLatin1String("offset")).toInt();
            s.pass = c.value(QLatin1String("pass")).toString();
            return s;
        }
    };

    /// A new pass starts with the tax rates; its start time marks what it saw.
    QString resolve(const QString& cursor) const override
    {
        if (cursor.contains(QLatin1String("\"phase\"")))
            return cursor;
        State s;
        s.pass = QString::number(clockOf(m_o)->nowMs());
        return s.encode();
    }

    HttpRequest request(const QString& cursor) const override
    {
        const State s = State::decode(cursor);
        HttpRequest r;
        const Phase& phase = phaseOf(s.phase);
        const QString path = pathOf(phase);
        if (!phase.halKey)
            r.url = m_o.url(path, {{QStringLiteral("businessLocationId"), m_o.businessLocationId},
                                   {QStringLiteral("offset"), QString::number(s.offset)},
                                   {QStringLiteral("amount"), QString::number(m_o.itemsPageSize)}});
        else
            r.url = m_o.url(path);
        return r;
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        const State s = State::decode(cursor);
        const Phase& phase = phaseOf(s.phase);
        // Each documented answer: the v1 finance lists in their HAL
        // envelopes, the items as a list of ItemDTO. Numbers are read from
        // their own text, never a double. The items document gives its list
        // answer as one ItemDTO (a defect of the document: the API answers a
        // list); both are read.
        QString why;
        std::optional<JsonTape> tape = readAnswer(response.body, phase.halKey, false, &why);
        if (tape && !phase.halKey && !tape->root().isArray() && !tape->root().value("id").isNumber()) {
            why = QStringLiteral("expected a list of items");
            tape.reset();
        }
        if (!tape) {
            if (error)
                *error = unreadable(pathOf(phase), why);
            return std::nullopt;
        }
        const JsonRef list = listOf(*tape, phase.halKey);
        QList<JsonRef> elements;
        if (list.isArray()) {
            for (const JsonRef v : list.elements())
                elements.append(v);
        } else {
            elements.append(list); // a single ItemDTO
        }
        TypedPage page;
        page.records.phase = s.phase;
        page.records.pass = s.pass;
        auto problem = [&page](const char* code, const QString& reason, const JsonRef& v) {
            page.problems.append({QString(), QLatin1String(code), reason, v.raw().toByteArray()});
        };
        for (const JsonRef& v : std::as_const(elements)) {
            if (s.phase == QLatin1String("tax")) {
                const JsonRef rate = v.value("rate");
                const std::optional<int> bp =
                    decimal(rate, [](auto text) { return Money::parseMultiplierBasisPoints(text); });
                TaxRateRecord r{idText(v.value("code")), v.value("description").toString(), bp ? *bp : -1,
                                idText(v.value("accountingReference")), v.value("taxIncluded").toBool(true)};
                if (r.code.isEmpty() || r.basisPoints < 0)
                    problem(
                        "malformed_tax_rate",
                        QCoreApplication::translate("Moulin::LightspeedConnector",
                                                    "The tax rate « %1 » has no code or no rate given as a "
                                                    "multiplier such as 1.1 (got %2).")
                            .arg(r.code, QString::fromUtf8(rate.raw())),
                        v);
                else
                    page.records.taxRates.append(r);
            } else if (s.phase == QLatin1String("groups")) {
                AccountingGroupRecord r{idText(v.value("accountingGroupId")), v.value("name").toString(),
                                        idText(v.value("code"))};
                if (!r.id.isEmpty())
                    page.records.groups.append(r);
            } else if (s.phase == QLatin1String("payments")) {
                PaymentMethodRecord r{idText(v.value("code")), v.value("name").toString(),
                                      idText(v.value("accountingReference")), idText(v.value("pmId"))};
                if (r.code.isEmpty())
                    problem("malformed_payment_method",
                            QCoreApplication::translate("Moulin::LightspeedConnector",
                                                        "The payment method « %1 » has no code.")
                                .arg(r.name),
                            v);
                else
                    page.records.paymentMethods.append(r);
            } else {
                QString itemProblem;
                if (const std::optional<LightspeedItem> item = LightspeedConnector::readItem(v, &itemProblem))
                    page.records.items.append({*item, v.raw().toByteArray()});
                else
                    problem("malformed_item", itemProblem, v);
            }
        }
        State next = s;
        if (s.phase == QLatin1String("tax")) {
            next.phase = QStringLiteral("groups");
        } else if (s.phase == QLatin1String("groups")) {
            next.phase = QStringLiteral("payments");
        } else if (s.phase == QLatin1String("payments")) {
            next.phase = QStringLiteral("items");
            next.offset = 0;
        } else if (elements.size() >= m_o.itemsPageSize) {
            next.offset = s.offset + int(elements.size());
        } else {
            page.complete = true; // fetched whole every time
            return page;
        }
        page.nextCursor = next.encode();
        return page;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        const QDateTime at = clockOf(m_o)->now();
        const QString now = at.toString(Qt::ISODate);
        const MenuRecords& r = page.records;
        for (const TaxRateRecord& rate : r.taxRates) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO pos_tax_rate(tax_code, vat_bp, description, accounting_reference, "
                "tax_included, synced_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(tax_code) DO UPDATE SET "
                "vat_bp = excluded.vat_bp, description = excluded.description, accounting_reference = "
                "excluded.accounting_reference, tax_included = excluded.tax_included, synced_at = "
                "excluded.synced_at"));
            q.addBindValue(rate.code);
            q.addBindValue(rate.basisPoints);
            q.addBindValue(rate.description);
            q.addBindValue(rate.accountingReference);
            q.addBindValue(rate.taxIncluded ? 1 : 0);
            q.addBindValue(now);
            if (!exec(q, "store tax rate", error))
                return false;
        }
        for (const AccountingGroupRecord& group : r.groups) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO pos_accounting_group(group_id, name, code, synced_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(group_id) DO UPDATE SET name = excluded.name, code = excluded.code, "
                "synced_at = excluded.synced_at"));
            q.addBindValue(group.id);
            q.addBindValue(group.name);
            q.addBindValue(group.code);
            q.addBindValue(now);
            if (!exec(q, "store accounting group", error))
                return false;
        }
        for (const PaymentMethodRecord& method : r.paymentMethods) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO pos_payment_method(code, name, accounting_reference, method_id, active, "
                "seen_pass, synced_at) VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT(code) DO UPDATE SET "
                "name = excluded.name, accounting_reference = excluded.accounting_reference, method_id = "
                "excluded.method_id, active = 1, seen_pass = excluded.seen_pass, synced_at = "
                "excluded.synced_at"));
            q.addBindValue(method.code);
            q.addBindValue(method.name);
            q.addBindValue(method.accountingReference);
            q.addBindValue(method.id);
            q.addBindValue(r.pass);
            q.addBindValue(now);
            if (!exec(q, "store payment method", error))
                return false;
        }
        for (const ItemRecord& item : r.items) {
            if (!storeItem(db, item, r.pass, at, error))
                return false;
        }
        if (page.complete) {
            if (!r.pass.isEmpty()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "UPDATE pos_item SET active = 0 WHERE active = 1 AND (seen_pass IS NULL OR "
                    "seen_pass <> ?)"));
                q.addBindValue(r.pass);
                if (!exec(q, "deactivate removed items", error))
                    return false;
                QSqlQuery pm(db);
                pm.prepare(QStringLiteral("UPDATE pos_payment_method SET active = 0 WHERE active = 1 AND "
                                          "(seen_pass IS NULL OR seen_pass <> ?)"));
                pm.addBindValue(r.pass);
                if (!exec(pm, "deactivate removed payment methods", error))
                    return false;
            }
            // Sales held back for an unknown SKU or tax code: try them again.
            SalesStore::Stats stats;
            if (!LightspeedSalesReader::retryQuarantine(m_store, db, &stats, error))
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
};

// ---------------------------------------------------------------------------
// promotions
// ---------------------------------------------------------------------------
struct DiscountRecord
{
    QString id; ///< the documented discount has no id: its code is its key
    QString code;
    QString name;
    std::optional<qint64> percentageBp; ///< 20 % → 2000
    std::optional<qint64> amountCents;
};

class PromotionsAdapter final : public TypedFeed<QList<DiscountRecord>>
{
public:
    explicit PromotionsAdapter(const LightspeedOptions& options)
        : m_o(options)
    {
    }

    HttpRequest request(const QString&) const override
    {
        HttpRequest r;
        r.url = m_o.url(QStringLiteral("/o/op/1/menu/discounts"),
                        {{QStringLiteral("businessLocationId"), m_o.businessLocationId}});
        return r;
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString&, QString* error) const override
    {
        // The order-and-pay document's apeDiscount list: {name, code,
        // discountPercentage | discountAmount}, the amounts JSON numbers.
        QString why;
        const std::optional<JsonTape> tape = readAnswer(response.body, nullptr, true, &why);
        if (!tape) {
            if (error)
                *error = unreadable(QStringLiteral("/o/op/1/menu/discounts"), why);
            return std::nullopt;
        }
        TypedPage page;
        for (const JsonRef v : tape->root().elements()) {
            DiscountRecord d{idText(v.value("id")), idText(v.value("code")), v.value("name").toString(),
                             std::nullopt, std::nullopt};
            if (d.id.isEmpty())
                d.id = d.code;
            bool bad = false;
            for (const auto& [key, target] : {std::pair{"discountPercentage", &d.percentageBp},
                                              std::pair{"discountAmount", &d.amountCents}}) {
                const JsonRef value = v.value(key);
                if (const std::optional<qint64> h = hundredths(value))
                    *target = *h;
                else if (!value.isUndefined() && !value.isNull())
                    bad = true;
            }
            if (d.id.isEmpty() || bad || (!d.percentageBp && !d.amountCents) ||
                d.percentageBp.value_or(0) < 0 || d.percentageBp.value_or(0) > 10'000) {
                page.problems.append(
                    {QString(), QStringLiteral("malformed_discount"),
                     QCoreApplication::translate(
                         "Moulin::LightspeedConnector",
                         "The discount « %1 » has no code, or no readable discountPercentage or "
                         "discountAmount.")
                         .arg(d.name),
                     v.raw().toByteArray()});
                continue;
            }
            page.records.append(d);
        }
        page.complete = true;
        return page;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        const QString now = clockOf(m_o)->now().toString(Qt::ISODate);
        for (const DiscountRecord& d : page.records) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO pos_discount(discount_id, code, name, percentage_bp, amount_cents, active, "
                "seen_pass, "
                "synced_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT(discount_id) DO UPDATE SET code = "
                "excluded.code, name = excluded.name, percentage_bp = excluded.percentage_bp, amount_cents = "
                "excluded.amount_cents, active = 1, seen_pass = excluded.seen_pass, synced_at = "
                "excluded.synced_at"));
            q.addBindValue(d.id);
            q.addBindValue(d.code);
            q.addBindValue(d.name);
            q.addBindValue(d.percentageBp ? QVariant(*d.percentageBp)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(d.amountCents ? QVariant(*d.amountCents)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
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
    o.recentFirst = true;
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

std::shared_ptr<FeedAdapter> LightspeedConnector::feed(const LightspeedOptions& options, const QString& feed)
{
    if (feed == QLatin1String(kTransactionsFeed))
        return salesFeed(options);
    if (feed == QLatin1String(kMenuFeed))
        return menuFeed(options);
    if (feed == QLatin1String(kPromotionsFeed))
        return promotionsFeed(options);
    return nullptr;
}

void LightspeedConnector::adjustProfile(ConnectorProfile& profile)
{
    profile.timeoutMs = 30'000;
    profile.describeError = [](const HttpResponse& response) { return errorDetail(response.body); };
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
    if (c.contains(QLatin1String("he")))
        p.recentPhase = true;
    else if (c.contains(QLatin1String("rf")))
        p.recentFrom = at("rf");
    const qint64 span = p.rangeStart.msecsTo(p.rangeEnd);
    if (span > 0)
        p.fraction = std::clamp(double(p.rangeStart.msecsTo(p.position)) / double(span), 0.0, 1.0);
    p.backfillDone = !c.value(QLatin1String("bf")).toBool();
    return p;
}

std::optional<QList<BusinessLocation>>
LightspeedConnector::parseBusinesses(const QByteArray& body, int* businessCount, QString* error)
{
    // {_embedded:{businessList:[{businessId, businessName, businessLocations:
    // [{blID, blName, country, timezone}]}]}, _links}: blID with a capital D.
    QString why;
    const std::optional<JsonTape> tape = readAnswer(body, "businessList", false, &why);
    if (!tape) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const JsonRef businesses = listOf(*tape, "businessList");
    if (businessCount)
        *businessCount = int(businesses.size());
    QList<BusinessLocation> result;
    for (const JsonRef business : businesses.elements()) {
        for (const JsonRef location : business.value("businessLocations").elements()) {
            BusinessLocation bl;
            bl.businessId = idText(business.value("businessId"));
            bl.businessName = business.value("businessName").toString();
            bl.blId = idText(location.value("blID"));
            bl.name = location.value("blName").toString();
            bl.country = location.value("country").toString();
            bl.timeZone = location.value("timezone").toString();
            if (!bl.blId.isEmpty())
                result.append(bl);
        }
    }
    return result;
}

std::optional<LightspeedItem> LightspeedConnector::readItem(const QByteArray& json, QString* problem)
{
    const std::optional<JsonTape> tape = JsonTape::parse(json);
    return readItem(tape ? tape->root() : JsonRef(), problem);
}

std::optional<LightspeedItem> LightspeedConnector::readItem(const JsonRef& o, QString* problem)
{
    LightspeedItem item;
    item.id = idText(o.value("id"));
    item.sku = idText(o.value("sku"));
    item.name = o.value("name").toString();
    item.groupId = idText(o.value("accountingGroup").value("id"));
    item.priceMode = o.value("priceMode").toString();
    item.active = o.value("active").toBool(true);
    const JsonRef prices = o.value("prices");
    if (prices.isArray() && prices.size() > 0)
        item.priceCents = hundredths(prices.at(0).value("amount"));
    item.costCents = hundredths(o.value("costPrice"));
    if (!o.isObject() || item.id.isEmpty() || !item.priceCents) {
        if (problem)
            *problem = QCoreApplication::translate("Moulin::LightspeedConnector",
                                                   "The item « %1 » (%2) has no id or no readable price "
                                                   "(prices[0].amount).")
                           .arg(item.name, item.id);
        return std::nullopt;
    }
    return item;
}

QByteArray LightspeedConnector::itemUpdateBody(const LightspeedItem& item, qint64 priceCents,
                                               const QString& businessLocationId)
{
    auto str = [](const QString& text) {
        QByteArray a = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2); // ["…"] → "…"
    };
    auto integer = [&str](const QString& id) {
        bool ok = false;
        id.toLongLong(&ok);
        return ok ? id.toLatin1() : str(id);
    };
    QByteArray body = "{\"name\":" + str(item.name) +
                      ",\"businessLocationId\":" + integer(businessLocationId) + ",\"sku\":" + str(item.sku) +
                      ",\"defaultPrice\":" + Money::formatApi(priceCents).toLatin1() +
                      ",\"accountingGroupId\":" + integer(item.groupId);
    if (item.costCents)
        body += ",\"costPrice\":" + Money::formatApi(*item.costCents).toLatin1();
    if (!item.priceMode.isEmpty())
        body += ",\"priceMode\":" + str(item.priceMode);
    body += '}';
    return body;
}

QString LightspeedConnector::errorDetail(const QByteArray& body)
{
    const std::optional<JsonTape> tape = JsonTape::parse(body);
    if (!tape || !tape->root().isObject())
        return {};
    const JsonRef root = tape->root();
    QString text = root.value("message").toString();
    if (text.isEmpty())
        text = root.value("error").toString();
    QStringList fields;
    for (const JsonRef sub : root.value("apiSubExceptions").elements()) {
        const QString field = sub.value("field").toString();
        const QString message = sub.value("message").toString();
        if (!field.isEmpty() || !message.isEmpty())
            fields.append(field.isEmpty() ? message : QStringLiteral("%1: %2").arg(field, message));
    }
    if (!fields.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + fields.join(QStringLiteral("; "));
    return text.left(500);
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
            int businesses = 0;
            const std::optional<QList<BusinessLocation>> locations =
                parseBusinesses(response.body, &businesses, &error);
            if (!locations) {
                done(walk->found,
                     QCoreApplication::translate("Moulin::LightspeedConnector",
                                                 "Lightspeed sent a list of businesses that could not "
                                                 "be read: %1")
                         .arg(error));
                *next = nullptr;
                return;
            }
            walk->found += *locations;
            if (businesses < kPageSize || ++walk->page >= kMaxPages) {
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
