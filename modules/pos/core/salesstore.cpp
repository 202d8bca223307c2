#include "pos/core/salesstore.h"

#include "common/core/database.h"
#include "common/sync/quarantine.h"
#include "pos/core/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <cmath>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace Moulin {

namespace {

/// toString(Qt::ISODateWithMs) of a UTC instant, without its cost.
QString isoUtcWithMs(const QDateTime& t)
{
    const QDate date = t.date();
    const QTime time = t.time();
    if (t.timeSpec() != Qt::UTC || date.year() < 1000 || date.year() > 9999)
        return t.toString(Qt::ISODateWithMs);
    char buf[24];
    auto put = [&buf](int at, int digits, int v) {
        for (int k = digits - 1; k >= 0; --k) {
            buf[at + k] = char('0' + v % 10);
            v /= 10;
        }
    };
    put(0, 4, date.year());
    buf[4] = '-';
    put(5, 2, date.month());
    buf[7] = '-';
    put(8, 2, date.day());
    buf[10] = 'T';
    put(11, 2, time.hour());
    buf[13] = ':';
    put(14, 2, time.minute());
    buf[16] = ':';
    put(17, 2, time.second());
    buf[19] = '.';
    put(20, 3, time.msec());
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

/// Keys of the rollups: never NULL ('' for "none").
QString rollupKey(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool fail(QSqlQuery& q, const char* what, QString* error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

bool prepare(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.prepare(sql))
        return true;
    if (error)
        *error = QStringLiteral("prepare %1: %2").arg(sql, q.lastError().text());
    qCWarning(lcDatabase).noquote() << "prepare failed:" << sql << q.lastError().text();
    return false;
}

/// `sql` prepared: the connection's cached statement when `db` is this
/// thread's connection (Database::cachedQuery), else `own`. Null (and
/// `*error`) when it does not prepare.
QSqlQuery* query(QSqlDatabase& db, const QString& sql, std::optional<QSqlQuery>& own, QString* error)
{
    if (QSqlQuery* cached = Database::cachedQuery(db, sql))
        return cached;
    own.emplace(db);
    own->setForwardOnly(true);
    return prepare(*own, sql, error) ? &*own : nullptr;
}

/// One value of a row for RowInsert (no QVariant on the fast path).
struct Cell
{
    enum Kind
    {
        Null,
        Int,
        Text
    };
    Kind kind = Null;
    qint64 integer = 0;
    const QString* text = nullptr;

    Cell() = default;
    Cell(qint64 v)
        : kind(Int)
        , integer(v)
    {
    }
    Cell(int v)
        : kind(Int)
        , integer(v)
    {
    }
    /// NULL when empty.
    Cell(const QString& s)
        : kind(s.isEmpty() ? Null : Text)
        , text(&s)
    {
    }
    Cell(const std::optional<qint64>& v)
        : kind(v ? Int : Null)
        , integer(v.value_or(0))
    {
    }
    static Cell nonNull(const QString& s)
    {
        Cell c;
        c.kind = Text;
        c.text = &s;
        return c;
    }
};

/// The SQLite C API of the library that Qt's QSQLITE driver already loaded,
/// for the ingest's hot path: binding through QSqlQuery costs more than the
/// insert itself (a QVariant and a QHash entry per placeholder). Found at run
/// time, so there is no build dependency; null when unavailable (or with
/// MOULIN_NO_SQLITE_FAST_PATH set), and RowInsert falls back to QSqlQuery.
struct SqliteApi
{
    int (*prepare)(void* db, const char* sql, int bytes, void** stmt, const char** tail) = nullptr;
    int (*bindInt64)(void* stmt, int index, qint64 value) = nullptr;
    int (*bindText16)(void* stmt, int index, const void* text, int bytes,
                      void (*destructor)(void*)) = nullptr;
    int (*bindText)(void* stmt, int index, const char* text, int bytes, void (*destructor)(void*)) = nullptr;
    int (*bindNull)(void* stmt, int index) = nullptr;
    int (*step)(void* stmt) = nullptr;
    int (*reset)(void* stmt) = nullptr;
    int (*finalize)(void* stmt) = nullptr;
    const char* (*errmsg)(void* db) = nullptr;

    static constexpr int kDone = 101; // SQLITE_DONE

    static const SqliteApi* get()
    {
        static const SqliteApi* api = []() -> const SqliteApi* {
#if defined(Q_OS_LINUX)
            if (qEnvironmentVariableIsSet("MOULIN_NO_SQLITE_FAST_PATH"))
                return nullptr;
            void* lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
            if (!lib)
                return nullptr;
            static SqliteApi a;
            a.prepare = reinterpret_cast<decltype(a.prepare)>(dlsym(lib, "sqlite3_prepare_v2"));
            a.bindInt64 = reinterpret_cast<decltype(a.bindInt64)>(dlsym(lib, "sqlite3_bind_int64"));
            a.bindText16 = reinterpret_cast<decltype(a.bindText16)>(dlsym(lib, "sqlite3_bind_text16"));
            a.bindText = reinterpret_cast<decltype(a.bindText)>(dlsym(lib, "sqlite3_bind_text"));
            a.bindNull = reinterpret_cast<decltype(a.bindNull)>(dlsym(lib, "sqlite3_bind_null"));
            a.step = reinterpret_cast<decltype(a.step)>(dlsym(lib, "sqlite3_step"));
            a.reset = reinterpret_cast<decltype(a.reset)>(dlsym(lib, "sqlite3_reset"));
            a.finalize = reinterpret_cast<decltype(a.finalize)>(dlsym(lib, "sqlite3_finalize"));
            a.errmsg = reinterpret_cast<decltype(a.errmsg)>(dlsym(lib, "sqlite3_errmsg"));
            const bool complete = a.prepare && a.bindInt64 && a.bindText16 && a.bindText && a.bindNull &&
                                  a.step && a.reset && a.finalize && a.errmsg;
            return complete ? &a : nullptr;
#else
            return nullptr;
#endif
        }();
        return api;
    }
};

/// A prepared single-row INSERT executed once per row: through the SQLite C
/// API on the connection's own handle (so inside the caller's transaction)
/// when available, else through QSqlQuery.
class RowInsert
{
public:
    RowInsert(QSqlDatabase& db, const QString& sql)
    {
        const SqliteApi* api = SqliteApi::get();
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        const bool sqlite = api && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0;
        if (sqlite)
            m_handle = *static_cast<void* const*>(handle.constData());
        // Prepared once per connection (the same statements run for every
        // page), when `db` is this thread's connection.
        if (QSqlQuery* cached = Database::cachedQuery(db, sql)) {
            const QVariant stmt = cached->result() ? cached->result()->handle() : QVariant();
            if (sqlite && m_handle && stmt.isValid() && qstrcmp(stmt.typeName(), "sqlite3_stmt*") == 0 &&
                *static_cast<void* const*>(stmt.constData())) {
                m_stmt = *static_cast<void* const*>(stmt.constData());
                m_api = api;
                m_ownsStmt = false; // the cached QSqlQuery finalizes it
                return;
            }
            m_query = cached;
            m_prepared = true;
            return;
        }
        if (sqlite && m_handle) {
            const QByteArray utf8 = sql.toUtf8();
            if (api->prepare(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) == 0 && m_stmt) {
                m_api = api;
                return;
            }
            m_stmt = nullptr;
        }
        m_ownQuery.emplace(db);
        m_query = &*m_ownQuery;
        m_prepared = m_query->prepare(sql);
        if (!m_prepared)
            m_error = m_query->lastError().text();
    }
    ~RowInsert()
    {
        if (m_stmt && m_ownsStmt)
            m_api->finalize(m_stmt);
    }
    RowInsert(const RowInsert&) = delete;
    RowInsert& operator=(const RowInsert&) = delete;

    bool add(std::initializer_list<Cell> row, const char* what, QString* error)
    {
        return add(row.begin(), qsizetype(row.size()), what, error);
    }

    /// Binds `count` cells to the statement's placeholders in order (all
    /// the rows of a multi-row INSERT) and runs it once.
    bool add(const Cell* row, qsizetype count, const char* what, QString* error)
    {
        const Cell* const end = row + count;
        if (m_api) {
            // The texts in UTF-8, the database's encoding: bound as UTF-16,
            // SQLite would convert each of them itself, slower.
            qsizetype room = 0;
            for (const Cell& c : std::span(row, end)) {
                if (c.kind == Cell::Text)
                    room += c.text->size() * 3;
            }
            if (m_utf8.size() < room)
                m_utf8.resize(room);
            char* out = m_utf8.data();
            int index = 1;
            for (const Cell& c : std::span(row, end)) {
                switch (c.kind) {
                case Cell::Null:
                    m_api->bindNull(m_stmt, index);
                    break;
                case Cell::Int:
                    m_api->bindInt64(m_stmt, index, c.integer);
                    break;
                case Cell::Text: {
                    // The buffer (or the string) outlives the step: no copy (SQLITE_STATIC).
                    const qsizetype n = toUtf8(*c.text, out);
                    if (n >= 0) {
                        m_api->bindText(m_stmt, index, out, int(n), nullptr);
                        out += n;
                    } else {
                        m_api->bindText16(m_stmt, index, c.text->utf16(), int(c.text->size() * 2), nullptr);
                    }
                    break;
                }
                }
                ++index;
            }
            const int rc = m_api->step(m_stmt);
            m_api->reset(m_stmt);
            if (rc == SqliteApi::kDone)
                return true;
            const QString message = QString::fromUtf8(m_api->errmsg(m_handle));
            if (error)
                *error = QStringLiteral("%1: %2").arg(QLatin1String(what), message);
            qCWarning(lcDatabase).noquote() << what << "failed:" << message;
            return false;
        }
        if (!m_prepared) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QLatin1String(what), m_error);
            return false;
        }
        for (const Cell& c : std::span(row, end)) {
            switch (c.kind) {
            case Cell::Null:
                m_query->addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
                break;
            case Cell::Int:
                m_query->addBindValue(c.integer);
                break;
            case Cell::Text:
                m_query->addBindValue(*c.text);
                break;
            }
        }
        if (!m_query->exec())
            return fail(*m_query, what, error);
        return true;
    }

private:
    /// Writes `s` as UTF-8 at `out` (room for 3 bytes a UTF-16 unit); the
    /// byte count, or -1 for a lone surrogate (left to SQLite).
    static qsizetype toUtf8(const QString& s, char* out)
    {
        const char16_t* p = reinterpret_cast<const char16_t*>(s.utf16());
        const char16_t* const end = p + s.size();
        char* o = out;
        while (p < end) {
            const char32_t c = *p++;
            if (c < 0x80) {
                *o++ = char(c);
            } else if (c < 0x800) {
                *o++ = char(0xC0 | (c >> 6));
                *o++ = char(0x80 | (c & 0x3F));
            } else if (c < 0xD800 || c > 0xDFFF) {
                *o++ = char(0xE0 | (c >> 12));
                *o++ = char(0x80 | ((c >> 6) & 0x3F));
                *o++ = char(0x80 | (c & 0x3F));
            } else {
                if (c > 0xDBFF || p == end || *p < 0xDC00 || *p > 0xDFFF)
                    return -1;
                const char32_t u = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
                *o++ = char(0xF0 | (u >> 18));
                *o++ = char(0x80 | ((u >> 12) & 0x3F));
                *o++ = char(0x80 | ((u >> 6) & 0x3F));
                *o++ = char(0x80 | (u & 0x3F));
            }
        }
        return o - out;
    }

    std::optional<QSqlQuery> m_ownQuery;
    QSqlQuery* m_query = nullptr;
    bool m_ownsStmt = true;
    QByteArray m_utf8;
    bool m_prepared = false;
    QString m_error;
    const SqliteApi* m_api = nullptr;
    void* m_handle = nullptr;
    void* m_stmt = nullptr;
};

/// The rows of one table, inserted kRows at a time by one multi-row INSERT:
/// SQLite runs a statement's fixed cost (cursors opened and closed, the
/// statement journal, the reset) once per batch instead of once per row,
/// about a tenth of a sales page's storing time. The cells are kept (texts
/// shared, not copied) until their batch runs; flush() inserts what is left
/// of the last batch, one row at a time, and must be called before anything
/// reads the table.
class BatchInsert
{
public:
    static constexpr int kRows = 16;

    /// `sql`: a one-row "INSERT ... VALUES (?, ..., ?) [ON CONFLICT ...]";
    /// the batch repeats its tuple of placeholders kRows times.
    BatchInsert(QSqlDatabase& db, const QString& sql)
        : BatchInsert(db, sql, shape(sql))
    {
    }

    bool add(std::initializer_list<Cell> row, const char* what, QString* error)
    {
        Q_ASSERT(int(row.size()) == m_columns);
        for (const Cell& c : row)
            m_held.push_back({c.kind, c.integer, c.kind == Cell::Text ? *c.text : QString()});
        if (m_held.size() < size_t(m_columns) * kRows)
            return true;
        const bool ok = m_batch.add(cells(0, m_held.size()), qsizetype(m_held.size()), what, error);
        m_held.clear();
        return ok;
    }

    bool flush(const char* what, QString* error)
    {
        bool ok = true;
        for (size_t start = 0; ok && start < m_held.size(); start += size_t(m_columns))
            ok = m_single.add(cells(start, size_t(m_columns)), m_columns, what, error);
        m_held.clear();
        return ok;
    }

private:
    struct Shape
    {
        int columns = 0;
        QString batchSql;
    };

    BatchInsert(QSqlDatabase& db, const QString& sql, const Shape& shape)
        : m_columns(shape.columns)
        , m_single(db, sql)
        , m_batch(db, shape.batchSql)
    {
        m_held.reserve(size_t(m_columns) * kRows);
        m_cells.reserve(size_t(m_columns) * kRows);
    }

    /// The batch statement of `sql`, made once per thread (a page makes ten
    /// BatchInserts).
    static const Shape& shape(const QString& sql)
    {
        thread_local std::unordered_map<QString, Shape> shapes;
        auto it = shapes.find(sql);
        if (it == shapes.end())
            it = shapes.emplace(sql, Shape{placeholders(sql), batchSql(sql)}).first;
        return it->second;
    }

    struct Held
    {
        Cell::Kind kind;
        qint64 integer;
        QString text;
    };

    static qsizetype tupleStart(const QString& sql) { return sql.indexOf(QLatin1String("VALUES (")) + 7; }
    static qsizetype tupleEnd(const QString& sql)
    {
        return sql.indexOf(QLatin1Char(')'), tupleStart(sql)) + 1;
    }
    static int placeholders(const QString& sql)
    {
        return int(
            QStringView(sql).mid(tupleStart(sql), tupleEnd(sql) - tupleStart(sql)).count(QLatin1Char('?')));
    }
    static QString batchSql(const QString& sql)
    {
        const qsizetype start = tupleStart(sql), end = tupleEnd(sql);
        const QString tuple = sql.mid(start, end - start);
        QString all = sql.left(start) + tuple;
        for (int i = 1; i < kRows; ++i)
            all += QStringLiteral(", ") + tuple;
        return all + sql.mid(end);
    }

    const Cell* cells(size_t start, size_t count)
    {
        m_cells.clear();
        for (size_t i = start; i < start + count; ++i) {
            const Held& h = m_held[i];
            Cell c;
            c.kind = h.kind;
            c.integer = h.integer;
            c.text = &h.text;
            m_cells.push_back(c);
        }
        return m_cells.data();
    }

    int m_columns;
    RowInsert m_single;
    RowInsert m_batch;
    std::vector<Held> m_held;
    std::vector<Cell> m_cells;
};

// ---------------------------------------------------------------------------
// Rollup deltas of one page.
// ---------------------------------------------------------------------------
struct DailyDelta
{
    qint64 gross = 0, net = 0, tax = 0, receipts = 0, covers = 0, voids = 0, refund = 0;
    bool zero() const { return !gross && !net && !tax && !receipts && !covers && !voids && !refund; }
};
struct HourlyDelta
{
    int weekday = 1;
    qint64 gross = 0, net = 0, receipts = 0;
    bool zero() const { return !gross && !net && !receipts; }
};
struct AmountDelta
{
    QString name;
    qint64 gross = 0, net = 0, quantity = 0;
    bool zero() const { return !gross && !net && !quantity; }
};
struct PaymentDelta
{
    QString code;
    qint64 amount = 0, count = 0;
    bool zero() const { return !amount && !count; }
};
struct VatDelta
{
    int bp = 0;
    qint64 base = 0, tax = 0;
    bool zero() const { return !base && !tax; }
};

using DayKey = std::pair<QString, int>;
using DayText = std::pair<QString, QString>;

struct Deltas
{
    std::map<DayKey, DailyDelta> daily;   // (day, service)
    std::map<DayKey, HourlyDelta> hourly; // (day, hour)
    std::map<DayText, AmountDelta> groups;
    std::map<DayText, AmountDelta> items;
    std::map<DayText, PaymentDelta> payments;
    std::map<DayText, VatDelta> vat;

    bool apply(QSqlDatabase& db, QString* error) const;
};

/// One UPSERT per non-zero delta of `map`; `add(q, key, delta)` binds and
/// adds its row.
template <typename Map, typename AddRow>
bool upsertAll(QSqlDatabase& db, const Map& map, const QString& sql, QString* error, AddRow add)
{
    if (map.empty())
        return true;
    BatchInsert q(db, sql);
    for (const auto& [key, delta] : map) {
        if (!delta.zero() && !add(q, key, delta))
            return false;
    }
    return q.flush("rollup", error);
}

bool Deltas::apply(QSqlDatabase& db, QString* error) const
{
    // The monthly item rollup moves by the same deltas as the daily one.
    std::map<DayText, AmountDelta> monthly;
    for (const auto& [key, d] : items) {
        AmountDelta& m = monthly[{key.first.left(7), key.second}];
        if (!d.name.isEmpty())
            m.name = d.name;
        m.quantity += d.quantity;
        m.gross += d.gross;
        m.net += d.net;
    }
    const QString itemSql = QStringLiteral(
        "INSERT INTO pos_rollup_item_%1(%2, sku, name, quantity_milli, gross_cents, net_cents) VALUES (?, ?, "
        "?, "
        "?, ?, ?) ON CONFLICT(%2, sku) DO UPDATE SET name = COALESCE(excluded.name, name), quantity_milli = "
        "quantity_milli + excluded.quantity_milli, gross_cents = gross_cents + excluded.gross_cents, "
        "net_cents "
        "= net_cents + excluded.net_cents");
    auto addItem = [error](const char* what) {
        return [error, what](BatchInsert& q, const DayText& key, const AmountDelta& d) {
            const QString sku = rollupKey(key.second);
            return q.add({Cell::nonNull(key.first), Cell::nonNull(sku), d.name, d.quantity, d.gross, d.net},
                         what, error);
        };
    };

    return upsertAll(
               db, daily,
               QStringLiteral(
                   "INSERT INTO pos_rollup_daily(day, service, gross_cents, net_cents, tax_cents, receipts, "
                   "covers, voids, refund_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(day, "
                   "service) DO "
                   "UPDATE SET gross_cents = gross_cents + excluded.gross_cents, net_cents = net_cents + "
                   "excluded.net_cents, tax_cents = tax_cents + excluded.tax_cents, receipts = receipts + "
                   "excluded.receipts, covers = covers + excluded.covers, voids = voids + excluded.voids, "
                   "refund_cents = refund_cents + excluded.refund_cents"),
               error,
               [error](BatchInsert& q, const DayKey& key, const DailyDelta& d) {
                   return q.add({Cell::nonNull(key.first), key.second, d.gross, d.net, d.tax, d.receipts,
                                 d.covers, d.voids, d.refund},
                                "daily rollup", error);
               }) &&
           upsertAll(
               db, hourly,
               QStringLiteral("INSERT INTO pos_rollup_hourly(day, hour, weekday, gross_cents, net_cents, "
                              "receipts) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(day, hour) DO UPDATE SET "
                              "gross_cents = gross_cents + excluded.gross_cents, net_cents = net_cents + "
                              "excluded.net_cents, receipts = receipts + excluded.receipts"),
               error,
               [error](BatchInsert& q, const DayKey& key, const HourlyDelta& d) {
                   return q.add({Cell::nonNull(key.first), key.second, d.weekday, d.gross, d.net, d.receipts},
                                "hourly rollup", error);
               }) &&
           upsertAll(
               db, groups,
               QStringLiteral("INSERT INTO pos_rollup_group_daily(day, group_id, gross_cents, net_cents) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT(day, group_id) DO UPDATE SET gross_cents = "
                              "gross_cents + excluded.gross_cents, net_cents = net_cents + "
                              "excluded.net_cents"),
               error,
               [error](BatchInsert& q, const DayText& key, const AmountDelta& d) {
                   const QString id = rollupKey(key.second);
                   return q.add({Cell::nonNull(key.first), Cell::nonNull(id), d.gross, d.net}, "group rollup",
                                error);
               }) &&
           upsertAll(db, items, itemSql.arg(QLatin1String("daily"), QLatin1String("day")), error,
                     addItem("item rollup")) &&
           upsertAll(db, monthly, itemSql.arg(QLatin1String("monthly"), QLatin1String("month")), error,
                     addItem("monthly item rollup")) &&
           upsertAll(
               db, payments,
               QStringLiteral("INSERT INTO pos_rollup_payment_daily(day, method, code, amount_cents, "
                              "payments) VALUES (?, ?, ?, ?, ?) ON CONFLICT(day, method) DO UPDATE SET "
                              "code = excluded.code, amount_cents = amount_cents + excluded.amount_cents, "
                              "payments = payments + excluded.payments"),
               error,
               [error](BatchInsert& q, const DayText& key, const PaymentDelta& d) {
                   const QString method = rollupKey(key.second);
                   return q.add({Cell::nonNull(key.first), Cell::nonNull(method), d.code, d.amount, d.count},
                                "payment rollup", error);
               }) &&
           upsertAll(
               db, vat,
               QStringLiteral("INSERT INTO pos_rollup_vat_daily(day, tax_code, vat_bp, base_cents, "
                              "tax_cents) VALUES (?, ?, ?, ?, ?) ON CONFLICT(day, tax_code) DO UPDATE SET "
                              "vat_bp = excluded.vat_bp, base_cents = base_cents + excluded.base_cents, "
                              "tax_cents = tax_cents + excluded.tax_cents"),
               error, [error](BatchInsert& q, const DayText& key, const VatDelta& d) {
                   const QString code = rollupKey(key.second);
                   return q.add({Cell::nonNull(key.first), Cell::nonNull(code), d.bp, d.base, d.tax},
                                "VAT rollup", error);
               });
}

/// The VAT parts of a receipt, summed by tax code.
QList<SaleTaxPart> receiptTaxes(const Sale& sale)
{
    QList<SaleTaxPart> parts;
    for (const SaleLine& line : sale.lines) {
        for (const SaleTaxPart& part : line.taxParts) {
            auto it = std::find_if(parts.begin(), parts.end(),
                                   [&](const SaleTaxPart& p) { return p.taxCode == part.taxCode; });
            if (it == parts.end()) {
                parts.append(part);
            } else {
                it->baseCents += part.baseCents;
                it->taxCents += part.taxCents;
            }
        }
    }
    return parts;
}

/// "code|bp|base|tax;…" (a '|' or ';' in a code is replaced).
QString vatBreakdown(const QList<SaleTaxPart>& parts)
{
    QString out;
    for (const SaleTaxPart& p : parts) {
        if (!out.isEmpty())
            out += QLatin1Char(';');
        QString code = p.taxCode;
        code.replace(u'|', u'/').replace(u';', u',');
        out += code;
        out += QLatin1Char('|');
        out += QString::number(p.vatBasisPoints);
        out += QLatin1Char('|');
        out += QString::number(p.baseCents);
        out += QLatin1Char('|');
        out += QString::number(p.taxCents);
    }
    return out;
}

QList<SaleTaxPart> parseVatBreakdown(const QString& text)
{
    QList<SaleTaxPart> parts;
    for (const QString& item : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList f = item.split(u'|');
        if (f.size() == 4)
            parts.append({f.at(0), f.at(1).toInt(), f.at(2).toLongLong(), f.at(3).toLongLong()});
    }
    return parts;
}

QString paymentMethods(const Sale& sale)
{
    if (sale.payments.size() == 1)
        return sale.payments.first().method;
    QStringList methods;
    for (const SalePayment& p : sale.payments) {
        if (!methods.contains(p.method))
            methods.append(p.method);
    }
    return methods.join(QStringLiteral(", "));
}

/// Takes a stored receipt's contribution out of a page's rollup deltas and
/// deletes its rows (the POS sent a corrected copy).
bool subtractStored(QSqlDatabase& db, const QString& receiptId, Deltas& deltas, QString* error)
{
    QSqlQuery old(db);
    old.setForwardOnly(true);
    if (!prepare(
            old,
            QStringLiteral("SELECT day, hour, weekday, service, gross_cents, net_cents, tax_cents, covers, "
                           "counted, cancelled, vat_breakdown FROM pos_receipt WHERE receipt_id = ?"),
            error))
        return false;
    old.addBindValue(receiptId);
    if (!old.exec())
        return fail(old, "old receipt", error);
    if (old.next()) {
        const QString day = old.value(0).toString();
        const int hour = old.value(1).toInt();
        const int service = old.value(3).toInt();
        const bool counted = old.value(8).toBool();
        DailyDelta& d = deltas.daily[{day, service}];
        if (old.value(9).toBool()) {
            d.voids -= 1;
        } else {
            d.gross -= old.value(4).toLongLong();
            d.net -= old.value(5).toLongLong();
            d.tax -= old.value(6).toLongLong();
            if (counted) {
                d.receipts -= 1;
                d.covers -= old.value(7).toLongLong();
            }
            HourlyDelta& h = deltas.hourly[{day, hour}];
            h.weekday = old.value(2).toInt();
            h.gross -= old.value(4).toLongLong();
            h.net -= old.value(5).toLongLong();
            h.receipts -= counted ? 1 : 0;
            for (const SaleTaxPart& t : parseVatBreakdown(old.value(10).toString())) {
                VatDelta& v = deltas.vat[{day, t.taxCode}];
                v.bp = t.vatBasisPoints;
                v.base -= t.baseCents;
                v.tax -= t.taxCents;
            }
            QSqlQuery r(db);
            r.setForwardOnly(true);
            if (!prepare(
                    r,
                    QStringLiteral("SELECT COALESCE(group_id, ''), COALESCE(sku, ''), sum(quantity_milli), "
                                   "sum(gross_cents), sum(net_cents), sum(min(gross_cents, 0)) FROM "
                                   "pos_sale_line WHERE receipt_id = ? GROUP BY 1, 2"),
                    error))
                return false;
            r.addBindValue(receiptId);
            if (!r.exec())
                return fail(r, "old lines", error);
            while (r.next()) {
                AmountDelta& g = deltas.groups[{day, r.value(0).toString()}];
                g.gross -= r.value(3).toLongLong();
                g.net -= r.value(4).toLongLong();
                AmountDelta& it = deltas.items[{day, r.value(1).toString()}];
                it.quantity -= r.value(2).toLongLong();
                it.gross -= r.value(3).toLongLong();
                it.net -= r.value(4).toLongLong();
                d.refund -= r.value(5).toLongLong();
            }
            if (!prepare(
                    r,
                    QStringLiteral("SELECT method, code, sum(amount_cents), count(*) FROM pos_payment WHERE "
                                   "receipt_id = ? GROUP BY method"),
                    error))
                return false;
            r.addBindValue(receiptId);
            if (!r.exec())
                return fail(r, "old payments", error);
            while (r.next()) {
                PaymentDelta& p = deltas.payments[{day, r.value(0).toString()}];
                p.code = r.value(1).toString();
                p.amount -= r.value(2).toLongLong();
                p.count -= r.value(3).toLongLong();
            }
        }
    }
    old.finish();
    for (const char* table : {"pos_sale_line", "pos_payment", "pos_receipt"}) {
        QSqlQuery del(db);
        if (!prepare(del, QStringLiteral("DELETE FROM %1 WHERE receipt_id = ?").arg(QLatin1String(table)),
                     error))
            return false;
        del.addBindValue(receiptId);
        if (!del.exec())
            return fail(del, "delete old rows", error);
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------
// LocalCalendar
// ---------------------------------------------------------------------------
LocalCalendar::LocalCalendar(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone("Europe/Paris"))
{
}

LocalCalendar::Slot LocalCalendar::slot(qint64 utcMs) const
{
    constexpr qint64 kHour = 3'600'000;
    constexpr qint64 kDay = 24 * kHour;
    const qint64 hourKey = utcMs >= 0 ? utcMs / kHour : (utcMs - kHour + 1) / kHour;
    auto it = m_offsetByHour.constFind(hourKey);
    int offset = 0;
    if (it == m_offsetByHour.constEnd()) {
        offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hourKey * kHour, Qt::UTC));
        if (m_offsetByHour.size() > 100'000)
            m_offsetByHour.clear();
        m_offsetByHour.insert(hourKey, offset);
    } else {
        offset = *it;
    }
    const qint64 local = utcMs + qint64(offset) * 1000;
    const qint64 dayNumber = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    Slot s;
    s.date = QDate::fromJulianDay(2440588 + dayNumber);
    s.hour = int((local - dayNumber * kDay) / kHour);
    s.weekday = s.date.dayOfWeek();
    s.service = s.hour < kDinnerStartsAtHour ? 0 : 1;
    return s;
}

QDateTime LocalCalendar::startOfDay(const QDate& date) const
{
    return date.startOfDay(m_zone).toUTC();
}

// ---------------------------------------------------------------------------
// Sale
// ---------------------------------------------------------------------------
qint64 Sale::grossCents() const
{
    qint64 sum = 0;
    for (const SaleLine& l : lines)
        sum += l.grossCents;
    return sum;
}

qint64 Sale::netCents() const
{
    qint64 sum = 0;
    for (const SaleLine& l : lines)
        sum += l.netCents;
    return sum;
}

qint64 Sale::taxCents() const
{
    qint64 sum = 0;
    for (const SaleLine& l : lines)
        sum += l.taxCents;
    return sum;
}

SalesReference SalesReference::load(QSqlDatabase db)
{
    SalesReference ref;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT tax_code, vat_bp FROM pos_tax_rate"))) {
        while (q.next())
            ref.taxRates.insert(q.value(0).toString(), q.value(1).toInt());
    }
    if (q.exec(QStringLiteral("SELECT sku, group_id FROM pos_item WHERE sku IS NOT NULL AND sku <> ''"))) {
        while (q.next())
            ref.skuToGroup.insert(q.value(0).toString(), q.value(1).toString());
    }
    return ref;
}

// ---------------------------------------------------------------------------
// SalesStore
// ---------------------------------------------------------------------------
SalesStore::SalesStore(QString connector, const QTimeZone& zone, QString feed)
    : m_connector(std::move(connector))
    , m_feed(std::move(feed))
    , m_calendar(zone)
{
}

QString SalesStore::now() const
{
    const QDateTime t = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(Qt::ISODate);
}

const SalesReference& SalesStore::reference(QSqlDatabase& db)
{
    qint64 version = -1;
    std::optional<QSqlQuery> own;
    if (QSqlQuery* q = query(db, QStringLiteral("SELECT version FROM pos_reference_version"), own, nullptr)) {
        if (q->exec() && q->next())
            version = q->value(0).toLongLong();
        q->finish();
    }
    if (version < 0 || version != m_referenceVersion || db.databaseName() != m_referenceDatabase) {
        m_reference = SalesReference::load(db);
        m_referenceVersion = version; // -1 (unknown): loaded again next time
        m_referenceDatabase = db.databaseName();
    }
    return m_reference;
}

bool SalesStore::quarantine(QSqlDatabase& db, const QString& receiptId, const SaleProblem& problem,
                            const QByteArray& payload, QString* error)
{
    const QDateTime at = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return Quarantine::hold(
        db, {m_connector, m_feed, rollupKey(receiptId), problem.code, problem.message, payload}, at, error);
}

bool SalesStore::storeParsed(QSqlDatabase& db, const QList<Sale>& input, Stats* stats, QString* error)
{
    Stats local;
    Stats* s = stats ? stats : &local;
    if (input.isEmpty())
        return true;

    // A receipt sent twice in one page: the later copy wins.
    QList<const Sale*> sales;
    sales.reserve(input.size());
    {
        QHash<QString, qsizetype> last;
        for (qsizetype i = 0; i < input.size(); ++i)
            last.insert(input.at(i).receiptId, i);
        for (qsizetype i = 0; i < input.size(); ++i) {
            if (last.value(input.at(i).receiptId) == i)
                sales.append(&input.at(i));
        }
    }

    // Which receipts are stored already (and with what content), and which
    // have open quarantine rows: one query each per page (the second only
    // when the quarantine has open rows at all).
    QHash<QString, qint64> existing;
    QSet<QString> inQuarantine;
    {
        std::optional<QSqlQuery> own;
        QSqlQuery* q = nullptr;
        bool openQuarantine = false;
        if (!Quarantine::hasOpen(db, m_connector, &openQuarantine, error))
            return false;
        constexpr int kChunk = 512;
        for (int start = 0; start < sales.size(); start += kChunk) {
            const int count = std::min<int>(kChunk, int(sales.size()) - start);
            // As many placeholders as the next power of two (the extra ones
            // repeat the first id): a handful of distinct statements for the
            // connection's statement cache, whatever the page size.
            int n = 1;
            while (n < count)
                n *= 2;
            auto idAt = [&](int i) -> const QString& {
                return sales.at(start + (i < count ? i : 0))->receiptId;
            };
            QString marks = QStringLiteral("?");
            for (int i = 1; i < n; ++i)
                marks += QStringLiteral(",?");
            q = query(
                db,
                QStringLiteral("SELECT receipt_id, content_hash FROM pos_receipt WHERE receipt_id IN (%1)")
                    .arg(marks),
                own, error);
            if (!q)
                return false;
            for (int i = 0; i < n; ++i)
                q->bindValue(i, idAt(i));
            if (!q->exec())
                return fail(*q, "existing receipts", error);
            while (q->next())
                existing.insert(q->value(0).toString(), q->value(1).toLongLong());
            q->finish();
        }
        if (openQuarantine) {
            QList<QString> ids;
            ids.reserve(sales.size());
            for (const Sale* sale : std::as_const(sales))
                ids.append(sale->receiptId);
            if (!Quarantine::openKeys(db, m_connector, ids, &inQuarantine, error))
                return false;
        }
    }

    Deltas deltas;
    BatchInsert receipts(
        db, QStringLiteral("INSERT INTO pos_receipt(receipt_id, account_reference, fisc_id, "
                           "closed_at, day, hour, weekday, service, covers, gross_cents, net_cents, "
                           "tax_cents, discount_cents, service_cents, tip_cents, cancelled, counted, "
                           "payment_methods, vat_breakdown, content_hash, synced_at, table_number) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BatchInsert lines(
        db, QStringLiteral("INSERT INTO pos_sale_line(receipt_id, line_id, parent_line_id, sku, name, "
                           "group_id, quantity_milli, gross_cents, net_cents, tax_cents, tax_code, "
                           "vat_bp, discount_cents, discount_type, discount_code, service_charge_cents, "
                           "list_price_cents, unit_cost_cents, tax_lines) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BatchInsert payments(
        db, QStringLiteral("INSERT INTO pos_payment(receipt_id, seq, method, code, amount_cents, "
                           "tip_cents) VALUES (?, ?, ?, ?, ?, ?)"));

    const QString syncedAt = now();
    QHash<qint64, QString> dayText;
    auto dayString = [&dayText](const QDate& d) -> const QString& {
        auto it = dayText.find(d.toJulianDay());
        if (it == dayText.end())
            it = dayText.insert(d.toJulianDay(), d.toString(Qt::ISODate));
        return *it;
    };
    QStringList resolve;

    for (const Sale* salePtr : std::as_const(sales)) {
        const Sale& sale = *salePtr;
        const auto known = existing.constFind(sale.receiptId);
        if (known != existing.constEnd()) {
            if (*known == sale.contentHash) {
                ++s->unchanged;
                continue;
            }
            // The POS changed a stored receipt: take its old contribution out.
            if (!subtractStored(db, sale.receiptId, deltas, error))
                return false;
            ++s->replaced;
        } else {
            ++s->inserted;
        }

        const LocalCalendar::Slot slot = m_calendar.slot(sale.closedAt.toMSecsSinceEpoch());
        const QString& day = dayString(slot.date);
        const qint64 gross = sale.grossCents();
        const qint64 net = sale.netCents();
        const qint64 tax = gross - net;
        const bool counted = sale.counted();
        qint64 discount = 0, serviceCharge = 0, tips = 0, refund = 0;
        for (const SaleLine& l : sale.lines) {
            discount += l.discountCents;
            serviceCharge += l.serviceChargeCents;
            refund += std::min<qint64>(l.grossCents, 0);
        }
        for (const SalePayment& p : sale.payments)
            tips += p.tipCents;
        const QList<SaleTaxPart> taxes = receiptTaxes(sale);

        const QString closedAt = isoUtcWithMs(sale.closedAt);
        const QString methods = paymentMethods(sale);
        const QString vat = vatBreakdown(taxes);
        if (!receipts.add({Cell::nonNull(sale.receiptId),
                           sale.accountReference,
                           sale.fiscId,
                           Cell::nonNull(closedAt),
                           Cell::nonNull(day),
                           slot.hour,
                           slot.weekday,
                           slot.service,
                           sale.covers,
                           gross,
                           net,
                           tax,
                           discount,
                           serviceCharge,
                           tips,
                           sale.cancelled ? 1 : 0,
                           counted ? 1 : 0,
                           methods,
                           vat,
                           sale.contentHash,
                           Cell::nonNull(syncedAt),
                           Cell::nonNull(sale.table)},
                          "insert receipt", error))
            return false;
        for (const SaleLine& l : sale.lines) {
            if (!lines.add({Cell::nonNull(sale.receiptId), Cell::nonNull(l.lineId), l.parentLineId, l.sku,
                            Cell::nonNull(l.name), l.groupId, l.quantityMilli, l.grossCents, l.netCents,
                            l.taxCents, l.taxCode, l.vatBasisPoints, l.discountCents, l.discountType,
                            l.discountCode, l.serviceChargeCents, l.listPriceCents, l.unitCostCents,
                            l.rawTaxLines},
                           "insert line", error))
                return false;
        }
        for (int i = 0; i < sale.payments.size(); ++i) {
            const SalePayment& p = sale.payments.at(i);
            if (!payments.add({Cell::nonNull(sale.receiptId), i + 1, Cell::nonNull(p.method), p.code,
                               p.amountCents, p.tipCents},
                              "insert payment", error))
                return false;
        }

        // Its contribution to the rollups.
        DailyDelta& d = deltas.daily[{day, slot.service}];
        if (sale.cancelled) {
            d.voids += 1;
        } else {
            d.gross += gross;
            d.net += net;
            d.tax += tax;
            d.refund += refund;
            if (counted) {
                d.receipts += 1;
                d.covers += sale.covers;
            }
            HourlyDelta& h = deltas.hourly[{day, slot.hour}];
            h.weekday = slot.weekday;
            h.gross += gross;
            h.net += net;
            h.receipts += counted ? 1 : 0;
            for (const SaleLine& l : sale.lines) {
                AmountDelta& g = deltas.groups[{day, l.groupId}];
                g.gross += l.grossCents;
                g.net += l.netCents;
                AmountDelta& it = deltas.items[{day, l.sku}];
                if (l.quantityMilli > 0)
                    it.name = l.name;
                it.quantity += l.quantityMilli;
                it.gross += l.grossCents;
                it.net += l.netCents;
            }
            for (const SalePayment& p : sale.payments) {
                PaymentDelta& pd = deltas.payments[{day, p.method}];
                pd.code = p.code;
                pd.amount += p.amountCents;
                pd.count += 1;
            }
            for (const SaleTaxPart& t : taxes) {
                VatDelta& v = deltas.vat[{day, t.taxCode}];
                v.bp = t.vatBasisPoints;
                v.base += t.baseCents;
                v.tax += t.taxCents;
            }
        }
        if (!s->lastClosedAt.isValid() || sale.closedAt > s->lastClosedAt)
            s->lastClosedAt = sale.closedAt;
        if (inQuarantine.contains(sale.receiptId))
            resolve.append(sale.receiptId);
    }

    if (!receipts.flush("insert receipt", error) || !lines.flush("insert line", error) ||
        !payments.flush("insert payment", error))
        return false;
    if (!resolve.isEmpty() &&
        !Quarantine::resolve(db, m_connector, resolve, QDateTime::fromString(syncedAt, Qt::ISODate),
                             &s->resolved, error))
        return false;
    return deltas.apply(db, error);
}

bool SalesStore::retryQuarantine(QSqlDatabase& db, const Reparse& reparse, Stats* stats, QString* error)
{
    QList<QByteArray> payloads;
    if (!Quarantine::openPayloads(db, m_connector,
                                  {QStringLiteral("unknown_sku"), QStringLiteral("unknown_tax_code"),
                                   QStringLiteral("unknown_group"), QStringLiteral("unknown_payment_code")},
                                  &payloads, error))
        return false;
    if (payloads.isEmpty())
        return true;
    const SalesReference& reference = this->reference(db);
    QList<Sale> good;
    for (const QByteArray& payload : std::as_const(payloads)) {
        if (std::optional<Sale> sale = reparse(payload, reference))
            good.append(std::move(*sale));
    }
    // storeParsed() resolves their quarantine rows; say how they were.
    Stats local;
    Stats* s = stats ? stats : &local;
    if (!storeParsed(db, good, s, error))
        return false;
    QList<QString> ids;
    for (const Sale& sale : std::as_const(good))
        ids.append(sale.receiptId);
    return Quarantine::markReleased(db, m_connector, ids, &s->released, error);
}

} // namespace Moulin
