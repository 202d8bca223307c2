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
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace Moulin {

namespace {

/// Messages stored with a quarantined sale (translated when stored).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SalesStore)
};

// ---------------------------------------------------------------------------
// Content hash: FNV-1a over the parsed values (stable across Qt versions).
// ---------------------------------------------------------------------------
class Hasher
{
public:
    void add(QStringView s)
    {
        for (QChar c : s)
            byte(c.unicode());
        byte(0xFFFF);
    }
    void add(qint64 v)
    {
        for (int i = 0; i < 8; ++i)
            byte(quint16((quint64(v) >> (8 * i)) & 0xFF));
    }
    qint64 value() const { return qint64(m_h & 0x7FFFFFFFFFFFFFFFull); }

private:
    void byte(quint16 b)
    {
        m_h ^= b;
        m_h *= 1099511628211ull;
    }
    quint64 m_h = 1469598103934665603ull;
};

/// A JSON number's text when it is an integer (an id: "100001", "-3"),
/// as the provider wrote it; nullopt otherwise.
std::optional<QByteArrayView> integerText(const JsonRef& v)
{
    if (!v.isNumber())
        return std::nullopt;
    const QByteArrayView t = v.numberText();
    qsizetype i = !t.isEmpty() && t.front() == '-' ? 1 : 0;
    if (i == t.size() || t.size() > 19)
        return std::nullopt;
    for (; i < t.size(); ++i) {
        if (t[i] < '0' || t[i] > '9')
            return std::nullopt;
    }
    return t;
}

QString text(const JsonRef& v)
{
    if (v.isString())
        return v.toString();
    if (const std::optional<QByteArrayView> integer = integerText(v))
        return QString::fromLatin1(integer->data(), integer->size());
    if (v.isNumber()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
    }
    return {};
}

} // namespace

/// The texts that repeat from line to line (SKUs, names, groups, tax codes,
/// payment methods), made once and shared: most of the cost of reading a
/// sale is otherwise allocating the same short strings again.
class SalesStringPool
{
public:
    QString get(QByteArrayView utf8)
    {
        const std::string_view key(utf8.data(), size_t(utf8.size()));
        const auto it = m_map.find(key);
        if (it != m_map.end())
            return it->second;
        const QString s = QString::fromUtf8(utf8);
        if (m_map.size() < kMaxEntries)
            m_map.emplace(std::string(key), s);
        return s;
    }

private:
    static constexpr size_t kMaxEntries = 20'000;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_map;
};

namespace {

/// text(), shared through `pool` when there is one (ids repeat as numbers
/// too: the accounting group of every line).
QString pooledText(const JsonRef& v, SalesStringPool* pool)
{
    if (pool) {
        if (const std::optional<QByteArrayView> plain = v.plainString())
            return pool->get(*plain);
        if (const std::optional<QByteArrayView> integer = integerText(v))
            return pool->get(*integer);
    }
    return text(v);
}

/// JsonRef::toString() (strings only), shared through `pool`.
QString pooledString(const JsonRef& v, SalesStringPool* pool)
{
    if (pool) {
        if (const std::optional<QByteArrayView> plain = v.plainString())
            return pool->get(*plain);
    }
    return v.toString();
}

/// A string's text for the Money parsers: its bytes when plain ASCII-ish
/// (the parsers reject anything but digits, sign and dot), else decoded.
template <typename Parse>
auto parseText(const JsonRef& v, Parse parse)
{
    if (const std::optional<QByteArrayView> plain = v.plainString())
        return parse(QLatin1StringView(plain->data(), plain->size()));
    return parse(QStringView(v.toString()));
}

enum class Need
{
    Required,
    Optional
};

/// An amount in millionths: a decimal string with up to six decimals (the
/// financial API's), or a JSON integer (exact). Anything else is malformed.
/// `present` false when absent/null (only allowed if Optional).
bool amountMicro(const JsonRef& v, Need need, qint64* micro, bool* present = nullptr)
{
    const bool absent = v.isUndefined() || v.isNull();
    if (present)
        *present = !absent;
    if (absent) {
        *micro = 0;
        return need == Need::Optional;
    }
    if (v.isString()) {
        const std::optional<qint64> m = parseText(v, [](auto t) { return Money::parseMicro(t); });
        if (!m)
            return false;
        *micro = *m;
        return true;
    }
    if (v.isNumber()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e12) {
            *micro = qint64(d) * 1'000'000;
            return true;
        }
    }
    return false;
}

/// The same in cents, rounded once, half to even.
bool amount(const JsonRef& v, Need need, qint64* cents, bool* present = nullptr)
{
    qint64 micro = 0;
    if (!amountMicro(v, need, &micro, present))
        return false;
    *cents = Money::microToCents(micro);
    return true;
}

/// The keys of a sales line parseSale() reads, in the order of kLineKeys.
enum LineKey : int
{
    kId,
    kParentLineId,
    kSku,
    kName,
    kAccountingGroupId,
    kAccountingGroup,
    kQuantity,
    kTotalNetAmountWithTax,
    kTotalNetAmountWithoutTax,
    kTaxAmount,
    kDiscountAmount,
    kServiceCharge,
    kMenuListPrice,
    kUnitCostPrice,
    kDiscountType,
    kDiscountCode,
    kTaxCode,
    kTaxLines,
    kTaxRatePercentage,
    kLineKeyCount
};

const JsonKeys& lineKeys()
{
    static const JsonKeys keys{"id",
                               "parentLineId",
                               "sku",
                               "name",
                               "accountingGroupId",
                               "accountingGroup",
                               "quantity",
                               "totalNetAmountWithTax",
                               "totalNetAmountWithoutTax",
                               "taxAmount",
                               "discountAmount",
                               "serviceCharge",
                               "menuListPrice",
                               "unitCostPrice",
                               "discountType",
                               "discountCode",
                               "taxCode",
                               "taxLines",
                               "taxRatePercentage"};
    return keys;
}

enum SaleKey : int
{
    kReceiptId,
    kTimeClosed,
    kAccountReference,
    kAccountFiscId,
    kNbCovers,
    kCancelled,
    kSalesLines,
    kPayments,
    kSaleKeyCount
};

enum TaxLineKey : int
{
    kTlTaxCode,
    kTlTaxAmount,
    kTlTaxRate,
    kTlTaxableAmount,
    kTaxLineKeyCount
};

const JsonKeys& taxLineKeys()
{
    static const JsonKeys keys{"taxCode", "taxAmount", "taxRate", "taxableAmount"};
    return keys;
}

enum PaymentKey : int
{
    kPayCode,
    kPayDescription,
    kPayAmount,
    kPayTip,
    kPaymentKeyCount
};

const JsonKeys& paymentKeys()
{
    static const JsonKeys keys{"code", "description", "netAmountWithTax", "tip"};
    return keys;
}

const JsonKeys& saleKeys()
{
    static const JsonKeys keys{"receiptId", "timeClosed", "accountReference", "accountFiscId",
                               "nbCovers",  "cancelled",  "salesLines",       "payments"};
    return keys;
}

bool quantity(const JsonRef& v, qint64* milli)
{
    if (v.isUndefined() || v.isNull()) {
        *milli = 1000;
        return true;
    }
    if (v.isString()) {
        const std::optional<qint64> m = parseText(v, [](auto t) { return Money::parseMilli(t); });
        if (!m)
            return false;
        *milli = *m;
        return true;
    }
    if (v.isNumber()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 1e9)
            return false;
        *milli = qint64(std::llround(d * 1000.0)); // a count, not money
        return true;
    }
    return false;
}

/// A rate read exactly from a JSON string or number's own text (never
/// through a double). `multiplier`: 1.1 = 10 % (taxLines' taxRate, the
/// tax-rates list); else a percentage ("10.00", taxRatePercentage).
/// Undefined/null: nullopt and *present false; unreadable: nullopt.
std::optional<int> rateOf(const JsonRef& v, bool multiplier, bool* present)
{
    *present = !(v.isUndefined() || v.isNull());
    auto parse = [multiplier](auto t) {
        return multiplier ? Money::parseMultiplierBasisPoints(t) : Money::parsePercentBasisPoints(t);
    };
    if (v.isString())
        return parseText(v, parse);
    if (v.isNumber()) {
        const QByteArrayView t = v.numberText();
        return parse(QLatin1StringView(t.data(), t.size()));
    }
    return std::nullopt;
}

QString microText(qint64 micro)
{
    const bool negative = micro < 0;
    const qint64 m = negative ? -micro : micro;
    QString t = QStringLiteral("%1%2.%3")
                    .arg(negative ? QStringLiteral("-") : QString())
                    .arg(m / 1'000'000)
                    .arg(m % 1'000'000, 6, 10, QLatin1Char('0'));
    while (t.endsWith(QLatin1Char('0')) && t.indexOf(QLatin1Char('.')) < t.size() - 3)
        t.chop(1);
    return t;
}

/// "yyyy-MM-ddTHH:mm:ss.zzz" followed by "Z" or "+HH:mm"/"-HH:mm", the
/// form the API sends, read without QDateTime::fromString (slow); anything
/// else goes through it. The instant in UTC, or invalid.
template <typename Char>
std::optional<qint64> parseIsoMs(const Char* c, qsizetype n)
{
    auto num = [c](qsizetype at, int digits, int* out) {
        int v = 0;
        for (int k = 0; k < digits; ++k) {
            const Char ch = c[at + k];
            if (ch < Char('0') || ch > Char('9'))
                return false;
            v = v * 10 + int(ch - Char('0'));
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0, oh = 0, om = 0;
    if ((n == 24 || n == 29) && c[4] == Char('-') && c[7] == Char('-') && c[10] == Char('T') &&
        c[13] == Char(':') && c[16] == Char(':') && c[19] == Char('.') && num(0, 4, &y) && num(5, 2, &mo) &&
        num(8, 2, &d) && num(11, 2, &h) && num(14, 2, &mi) && num(17, 2, &sec) && num(20, 3, &ms)) {
        int sign = 0;
        if (n == 24 && c[23] == Char('Z'))
            sign = 1;
        else if (n == 29 && (c[23] == Char('+') || c[23] == Char('-')) && c[26] == Char(':') &&
                 num(24, 2, &oh) && num(27, 2, &om) && oh < 24 && om < 60)
            sign = c[23] == Char('+') ? 1 : -1;
        const QDate date(y, mo, d);
        if (sign != 0 && date.isValid() && h < 24 && mi < 60 && sec < 60) {
            const qint64 local =
                (date.toJulianDay() - 2440588) * 86'400'000 + qint64(((h * 60 + mi) * 60 + sec)) * 1000 + ms;
            return local - sign * qint64(oh * 60 + om) * 60'000;
        }
    }
    return std::nullopt;
}

/// "yyyy-MM-ddTHH:mm:ss.zzz" followed by "Z" or "+HH:mm"/"-HH:mm", the
/// form the API sends, read without QDateTime::fromString (slow); anything
/// else goes through it. The instant in UTC, or invalid.
QDateTime parseClosedAt(const JsonRef& v)
{
    if (const std::optional<QByteArrayView> plain = v.plainString()) {
        if (const std::optional<qint64> ms = parseIsoMs(plain->data(), plain->size()))
            return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

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

QString describeLine(int index, const SaleLine& line)
{
    QString d = Tr::tr("line %1").arg(index + 1);
    if (!line.lineId.isEmpty())
        d += QStringLiteral(" (%1)").arg(line.lineId);
    if (!line.name.isEmpty())
        d += QStringLiteral(" « %1 »").arg(line.name);
    return d;
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
        if (m_api) {
            // The texts in UTF-8, the database's encoding: bound as UTF-16,
            // SQLite would convert each of them itself, slower.
            qsizetype room = 0;
            for (const Cell& c : row) {
                if (c.kind == Cell::Text)
                    room += c.text->size() * 3;
            }
            if (m_utf8.size() < room)
                m_utf8.resize(room);
            char* out = m_utf8.data();
            int index = 1;
            for (const Cell& c : row) {
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
        for (const Cell& c : row) {
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
bool upsertAll(QSqlDatabase& db, const Map& map, const QString& sql, AddRow add)
{
    if (map.empty())
        return true;
    RowInsert q(db, sql);
    for (const auto& [key, delta] : map) {
        if (!delta.zero() && !add(q, key, delta))
            return false;
    }
    return true;
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
        return [error, what](RowInsert& q, const DayText& key, const AmountDelta& d) {
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
               [error](RowInsert& q, const DayKey& key, const DailyDelta& d) {
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
               [error](RowInsert& q, const DayKey& key, const HourlyDelta& d) {
                   return q.add({Cell::nonNull(key.first), key.second, d.weekday, d.gross, d.net, d.receipts},
                                "hourly rollup", error);
               }) &&
           upsertAll(
               db, groups,
               QStringLiteral("INSERT INTO pos_rollup_group_daily(day, group_id, gross_cents, net_cents) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT(day, group_id) DO UPDATE SET gross_cents = "
                              "gross_cents + excluded.gross_cents, net_cents = net_cents + "
                              "excluded.net_cents"),
               [error](RowInsert& q, const DayText& key, const AmountDelta& d) {
                   const QString id = rollupKey(key.second);
                   return q.add({Cell::nonNull(key.first), Cell::nonNull(id), d.gross, d.net}, "group rollup",
                                error);
               }) &&
           upsertAll(db, items, itemSql.arg(QLatin1String("daily"), QLatin1String("day")),
                     addItem("item rollup")) &&
           upsertAll(db, monthly, itemSql.arg(QLatin1String("monthly"), QLatin1String("month")),
                     addItem("monthly item rollup")) &&
           upsertAll(
               db, payments,
               QStringLiteral("INSERT INTO pos_rollup_payment_daily(day, method, code, amount_cents, "
                              "payments) VALUES (?, ?, ?, ?, ?) ON CONFLICT(day, method) DO UPDATE SET "
                              "code = excluded.code, amount_cents = amount_cents + excluded.amount_cents, "
                              "payments = payments + excluded.payments"),
               [error](RowInsert& q, const DayText& key, const PaymentDelta& d) {
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
               [error](RowInsert& q, const DayText& key, const VatDelta& d) {
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

std::optional<Sale> parseSale(const QJsonObject& object, const SalesReference& reference,
                              SaleProblem* problem)
{
    const std::optional<JsonTape> tape =
        JsonTape::parse(QJsonDocument(object).toJson(QJsonDocument::Compact));
    Q_ASSERT(tape); // Qt wrote it
    return parseSale(tape->root(), reference, problem);
}

std::optional<Sale> parseSale(const JsonRef& o, const SalesReference& reference, SaleProblem* problem)
{
    return parseSale(o, reference, problem, nullptr);
}

std::optional<Sale> parseSale(const JsonRef& o, const SalesReference& reference, SaleProblem* problem,
                              SalesStringPool* pool)
{
    auto reject = [problem](const char* code, const QString& message) -> std::optional<Sale> {
        if (problem)
            *problem = {QLatin1String(code), message};
        return std::nullopt;
    };

    if (!o.isObject())
        return reject("malformed_sale", Tr::tr("A sale in the page is not an object."));
    JsonRef f[kSaleKeyCount];
    o.pick(saleKeys(), f);
    Sale sale;
    Hasher hash;
    sale.receiptId = text(f[kReceiptId]);
    if (sale.receiptId.isEmpty())
        return reject("malformed_sale", Tr::tr("The sale has no receiptId."));
    sale.closedAt = parseClosedAt(f[kTimeClosed]);
    if (!sale.closedAt.isValid())
        return reject("malformed_sale",
                      Tr::tr("The sale has no valid timeClosed (\"%1\").")
                          .arg(f[kTimeClosed].isString() ? f[kTimeClosed].toString()
                                                         : QString::fromUtf8(f[kTimeClosed].raw())));
    sale.accountReference = pooledText(f[kAccountReference], pool);
    sale.fiscId = text(f[kAccountFiscId]);
    const JsonRef covers = f[kNbCovers];
    if (covers.isString()) {
        sale.covers = covers.toString().toInt();
    } else {
        // QJsonValue::toInt(): an integral number in int's range, else 0.
        const double d = covers.toDouble();
        sale.covers = std::floor(d) == d && std::fabs(d) <= 2147483647.0 ? int(d) : 0;
    }
    if (sale.covers < 0 || sale.covers > 10'000)
        return reject("malformed_sale",
                      Tr::tr("The sale has an impossible number of covers (%1).").arg(sale.covers));
    sale.cancelled = f[kCancelled].toBool();
    hash.add(sale.receiptId);
    hash.add(sale.accountReference);
    hash.add(sale.fiscId);
    hash.add(sale.closedAt.toMSecsSinceEpoch());
    hash.add(sale.covers);
    hash.add(sale.cancelled ? 1 : 0);

    const JsonRef lines = f[kSalesLines];
    if (!lines.isArray() && !lines.isUndefined() && !lines.isNull())
        return reject("malformed_sale", Tr::tr("salesLines is not a list."));
    sale.lines.reserve(lines.size());
    qint64 saleGrossMicro = 0; // exact, to judge the payments
    int i = -1;
    for (const JsonRef lineObject : lines.elements()) {
        ++i;
        if (!lineObject.isObject())
            return reject("malformed_sale", Tr::tr("Line %1 is not an object.").arg(i + 1));
        JsonRef l[kLineKeyCount];
        lineObject.pick(lineKeys(), l);
        SaleLine line;
        line.lineId = text(l[kId]);
        if (line.lineId.isEmpty())
            line.lineId = QString::number(i + 1);
        line.parentLineId = text(l[kParentLineId]);
        line.sku = pooledText(l[kSku], pool);
        line.name = pooledString(l[kName], pool);
        const JsonRef& group = l[kAccountingGroupId];
        line.groupId =
            pooledText(group.isUndefined() ? l[kAccountingGroup].value("accountingGroupId") : group, pool);
        if (!quantity(l[kQuantity], &line.quantityMilli))
            return reject("malformed_amount",
                          Tr::tr("%1: the quantity is not a number.").arg(describeLine(i, line)));

        // The line's amounts in millionths (the API sends up to six
        // decimals), checked exactly, then rounded to cents once.
        qint64 grossMicro = 0, netMicro = 0, taxMicro = 0;
        struct Field
        {
            const char* key;
            LineKey index;
            qint64* target;
        };
        const Field required[] = {{"totalNetAmountWithTax", kTotalNetAmountWithTax, &grossMicro},
                                  {"totalNetAmountWithoutTax", kTotalNetAmountWithoutTax, &netMicro},
                                  {"taxAmount", kTaxAmount, &taxMicro}};
        for (const Field& field : required) {
            if (!amountMicro(l[field.index], Need::Required, field.target))
                return reject("malformed_amount", Tr::tr("%1: %2 is not a decimal amount (%3).")
                                                      .arg(describeLine(i, line), QLatin1String(field.key),
                                                           QString::fromUtf8(l[field.index].raw())));
        }
        if (!amount(l[kDiscountAmount], Need::Optional, &line.discountCents))
            return reject("malformed_amount",
                          Tr::tr("%1: %2 is not a decimal amount (%3).")
                              .arg(describeLine(i, line), QStringLiteral("discountAmount"),
                                   QString::fromUtf8(l[kDiscountAmount].raw())));
        if (!amount(l[kServiceCharge], Need::Optional, &line.serviceChargeCents))
            return reject("malformed_amount", Tr::tr("%1: %2 is not a decimal amount (%3).")
                                                  .arg(describeLine(i, line), QStringLiteral("serviceCharge"),
                                                       QString::fromUtf8(l[kServiceCharge].raw())));
        qint64 listPrice = 0, unitCost = 0;
        bool hasListPrice = false, hasUnitCost = false;
        if (!amount(l[kMenuListPrice], Need::Optional, &listPrice, &hasListPrice) ||
            !amount(l[kUnitCostPrice], Need::Optional, &unitCost, &hasUnitCost))
            return reject("malformed_amount",
                          Tr::tr("%1: the list price or the cost price is not a decimal amount.")
                              .arg(describeLine(i, line)));
        if (hasListPrice)
            line.listPriceCents = listPrice;
        if (hasUnitCost)
            line.unitCostCents = unitCost;
        line.discountType = pooledString(l[kDiscountType], pool);
        line.discountCode = pooledText(l[kDiscountCode], pool);
        line.taxCode = pooledText(l[kTaxCode], pool);

        // The line's own rate: taxRatePercentage is a percentage ("10.00").
        bool hasLineRate = false;
        const std::optional<int> lineRate = rateOf(l[kTaxRatePercentage], false, &hasLineRate);
        if (hasLineRate && !lineRate)
            return reject("malformed_tax_rate",
                          Tr::tr("%1: taxRatePercentage is not a VAT rate (%2).")
                              .arg(describeLine(i, line), QString::fromUtf8(l[kTaxRatePercentage].raw())));

        // The line must add up (a millionth of slack per amount).
        constexpr qint64 kSlackMicro = 3;
        if (std::abs(grossMicro - netMicro - taxMicro) > kSlackMicro)
            return reject("line_mismatch",
                          Tr::tr("%1 does not add up: %2 with VAT ≠ %3 without VAT + %4 VAT.")
                              .arg(describeLine(i, line), microText(grossMicro), microText(netMicro),
                                   microText(taxMicro)));
        line.grossCents = Money::microToCents(grossMicro);
        line.taxCents = Money::microToCents(taxMicro);
        saleGrossMicro += grossMicro;
        line.netCents = line.grossCents - line.taxCents;

        // VAT lines: taxRate is a multiplier ("1.1" = 10 %).
        struct PartMicro
        {
            qint64 tax = 0;
            qint64 base = 0;
            bool hasBase = false;
            bool ownRate = false;
        };
        QVarLengthArray<PartMicro, 2> partMicros;
        const JsonRef taxLines = l[kTaxLines];
        qint64 taxLinesMicro = 0;
        int t = -1;
        for (const JsonRef taxLine : taxLines.elements()) {
            ++t;
            JsonRef tl[kTaxLineKeyCount];
            taxLine.pick(taxLineKeys(), tl);
            SaleTaxPart part;
            PartMicro pm;
            part.taxCode = pooledText(tl[kTlTaxCode], pool);
            if (part.taxCode.isEmpty())
                part.taxCode = line.taxCode;
            if (!amountMicro(tl[kTlTaxAmount], Need::Required, &pm.tax))
                return reject("malformed_amount", Tr::tr("%1: VAT line %2 has no decimal taxAmount.")
                                                      .arg(describeLine(i, line))
                                                      .arg(t + 1));
            bool hasRate = false;
            const std::optional<int> rate = rateOf(tl[kTlTaxRate], true, &hasRate);
            if (hasRate && !rate)
                return reject("malformed_tax_rate",
                              Tr::tr("%1: VAT line %2 has a taxRate that is not a VAT multiplier such as "
                                     "1.1 (%3).")
                                  .arg(describeLine(i, line))
                                  .arg(t + 1)
                                  .arg(QString::fromUtf8(tl[kTlTaxRate].raw())));
            pm.ownRate = rate.has_value();
            part.vatBasisPoints = rate ? *rate : -1;
            if (!amountMicro(tl[kTlTaxableAmount], Need::Optional, &pm.base, &pm.hasBase))
                return reject("malformed_amount", Tr::tr("%1: VAT line %2 has a malformed taxableAmount.")
                                                      .arg(describeLine(i, line))
                                                      .arg(t + 1));
            taxLinesMicro += pm.tax;
            line.taxParts.append(part);
            partMicros.append(pm);
        }
        if (line.taxCode.isEmpty() && !line.taxParts.isEmpty())
            line.taxCode = line.taxParts.first().taxCode;
        if (line.taxCode.isEmpty())
            return reject("missing_tax_code", Tr::tr("%1 has no tax code.").arg(describeLine(i, line)));
        if (!line.taxParts.isEmpty() &&
            std::abs(taxLinesMicro - taxMicro) > kSlackMicro * qint64(line.taxParts.size()))
            return reject("line_mismatch",
                          Tr::tr("%1 does not add up: its VAT lines total %2, its VAT is %3.")
                              .arg(describeLine(i, line), microText(taxLinesMicro), microText(taxMicro)));

        if (line.taxParts.isEmpty()) {
            SaleTaxPart part;
            PartMicro pm;
            part.taxCode = line.taxCode;
            part.vatBasisPoints = lineRate ? *lineRate : -1;
            pm.ownRate = lineRate.has_value();
            pm.tax = taxMicro;
            line.taxParts.append(part);
            partMicros.append(pm);
        }
        if (line.taxParts.size() == 1) {
            SaleTaxPart& part = line.taxParts.first();
            PartMicro& pm = partMicros.first();
            if (part.vatBasisPoints < 0 && lineRate) {
                part.vatBasisPoints = *lineRate;
                pm.ownRate = true;
            } else if (pm.ownRate && lineRate && *lineRate != part.vatBasisPoints) {
                return reject("rate_mismatch",
                              Tr::tr("%1: its VAT line says %2 but the line says %3.")
                                  .arg(describeLine(i, line), Money::formatRateFrench(part.vatBasisPoints),
                                       Money::formatRateFrench(*lineRate)));
            }
            pm.base = netMicro;
            pm.hasBase = true;
            pm.tax = taxMicro;
        }
        // Rates the line does not carry: the reference list, by tax code.
        for (SaleTaxPart& part : line.taxParts) {
            if (part.vatBasisPoints < 0)
                part.vatBasisPoints = reference.taxRates.value(part.taxCode, -1);
        }
        // A rate the line carries must agree with its amounts: VAT = base ×
        // rate, within 2 cents and 0.2 % of the base (the till rounds).
        for (qsizetype k = 0; k < line.taxParts.size(); ++k) {
            const SaleTaxPart& part = line.taxParts.at(k);
            const PartMicro& pm = partMicros.at(k);
            if (!pm.ownRate || !pm.hasBase)
                continue;
            const qint64 expected = Money::divRound(pm.base * part.vatBasisPoints, 10'000);
            if (std::abs(expected - pm.tax) > 20'000 + std::abs(pm.base) / 500) {
                const QString implied =
                    pm.base != 0 ? Money::formatRateFrench(int(Money::divRound(pm.tax * 10'000, pm.base)))
                                 : QStringLiteral("—");
                return reject("rate_mismatch",
                              Tr::tr("%1: its VAT rate is %2, but its amounts give %3 (%4 VAT on %5 without "
                                     "VAT).")
                                  .arg(describeLine(i, line), Money::formatRateFrench(part.vatBasisPoints),
                                       implied, microText(pm.tax), microText(pm.base)));
            }
        }
        // Cents: every part rounded once; the largest takes what rounding
        // left, so the parts add up to the line's VAT.
        {
            qint64 taxSum = 0, baseSum = 0;
            qsizetype largest = 0;
            for (qsizetype k = 0; k < line.taxParts.size(); ++k) {
                SaleTaxPart& part = line.taxParts[k];
                const PartMicro& pm = partMicros.at(k);
                part.taxCents = Money::microToCents(pm.tax);
                if (pm.hasBase)
                    part.baseCents = Money::microToCents(pm.base);
                else
                    part.baseCents = part.vatBasisPoints > 0
                                         ? Money::divRound(part.taxCents * 10'000, part.vatBasisPoints)
                                         : 0;
                taxSum += part.taxCents;
                baseSum += part.baseCents;
                if (std::abs(partMicros.at(k).tax) > std::abs(partMicros.at(largest).tax))
                    largest = k;
            }
            line.taxParts[largest].taxCents += line.taxCents - taxSum;
            if (line.taxParts.size() > 1) {
                // Bases the POS did not give: the last part takes the rest.
                if (!partMicros.last().hasBase)
                    line.taxParts.last().baseCents += line.netCents - baseSum;
                line.rawTaxLines = QString::fromUtf8(taxLines.raw());
            } else {
                line.taxParts.first().baseCents = line.netCents;
            }
        }
        for (const SaleTaxPart& part : std::as_const(line.taxParts)) {
            if (part.vatBasisPoints < 0)
                return reject(
                    "unknown_tax_code",
                    Tr::tr("%1: the tax code %2 is unknown.").arg(describeLine(i, line), part.taxCode));
        }
        line.vatBasisPoints = line.taxParts.first().vatBasisPoints;
        for (const SaleTaxPart& part : std::as_const(line.taxParts)) {
            if (std::abs(part.baseCents) > std::abs(line.taxParts.first().baseCents))
                line.vatBasisPoints = part.vatBasisPoints;
        }

        if (!line.sku.isEmpty() && reference.hasMenu()) {
            const auto known = reference.skuToGroup.constFind(line.sku);
            if (known == reference.skuToGroup.constEnd())
                return reject(
                    "unknown_sku",
                    Tr::tr("%1: the item %2 is not on the menu.").arg(describeLine(i, line), line.sku));
            if (line.groupId.isEmpty())
                line.groupId = *known;
        }

        hash.add(line.lineId);
        hash.add(line.parentLineId);
        hash.add(line.sku);
        hash.add(line.name);
        hash.add(line.groupId);
        hash.add(line.quantityMilli);
        hash.add(line.grossCents);
        hash.add(line.netCents);
        hash.add(line.taxCents);
        hash.add(line.taxCode);
        hash.add(line.discountCents);
        hash.add(line.discountType);
        hash.add(line.discountCode);
        hash.add(line.serviceChargeCents);
        hash.add(line.listPriceCents.value_or(-1));
        hash.add(line.unitCostCents.value_or(-1));
        for (const SaleTaxPart& part : std::as_const(line.taxParts)) {
            hash.add(part.taxCode);
            hash.add(part.vatBasisPoints);
            hash.add(part.baseCents);
            hash.add(part.taxCents);
        }
        sale.lines.append(std::move(line));
    }

    const JsonRef payments = f[kPayments];
    if (!payments.isArray() && !payments.isUndefined() && !payments.isNull())
        return reject("malformed_sale", Tr::tr("payments is not a list."));
    qint64 paid = 0;
    i = -1;
    for (const JsonRef paymentObject : payments.elements()) {
        ++i;
        JsonRef p[kPaymentKeyCount];
        paymentObject.pick(paymentKeys(), p);
        SalePayment payment;
        payment.code = pooledText(p[kPayCode], pool);
        payment.method = pooledString(p[kPayDescription], pool);
        if (payment.method.isEmpty())
            payment.method = payment.code;
        if (payment.method.isEmpty())
            payment.method = Tr::tr("Unknown");
        if (!amount(p[kPayAmount], Need::Required, &payment.amountCents) ||
            !amount(p[kPayTip], Need::Optional, &payment.tipCents))
            return reject("malformed_amount",
                          Tr::tr("Payment %1 (%2) has no decimal amount.").arg(i + 1).arg(payment.method));
        paid += payment.amountCents;
        hash.add(payment.code);
        hash.add(payment.method);
        hash.add(payment.amountCents);
        hash.add(payment.tipCents);
        sale.payments.append(payment);
    }
    // The payments (two decimals) pay the receipt's exact total rounded
    // once; the lines' own roundings may leave a cent or two, which the
    // accounting export books as rounding.
    if (!sale.cancelled && std::abs(paid - Money::microToCents(saleGrossMicro)) > 1)
        return reject("payments_mismatch",
                      Tr::tr("The payments (%1) do not match the lines (%2).")
                          .arg(Money::formatApi(paid), Money::formatApi(sale.grossCents())));
    sale.contentHash = hash.value();
    return sale;
}

// ---------------------------------------------------------------------------
// SalesFeedPage
// ---------------------------------------------------------------------------
SalesFeedPage::SalesFeedPage(JsonTape tape)
    : m_tape(std::move(tape))
    , m_root(m_tape.root())
    , m_sales(m_root.value("sales"))
{
    for (const JsonRef sale : m_sales.elements()) {
        const QDateTime closed = parseClosedAt(sale.value("timeClosed"));
        if (closed.isValid())
            m_lastClosedMs = std::max(m_lastClosedMs, closed.toMSecsSinceEpoch());
    }
}

std::optional<SalesFeedPage> SalesFeedPage::read(const QByteArray& body, QString* error)
{
    QString parseError;
    std::optional<JsonTape> tape = JsonTape::parse(body, &parseError);
    if (!tape) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    if (!tape->root().value("sales").isArray()) {
        if (error)
            *error = QStringLiteral("no \"sales\" list");
        return std::nullopt;
    }
    return SalesFeedPage(std::move(*tape));
}

// ---------------------------------------------------------------------------
// SalesStore
// ---------------------------------------------------------------------------
SalesStore::SalesStore(QString connector, const QTimeZone& zone, QString feed)
    : m_connector(std::move(connector))
    , m_feed(std::move(feed))
    , m_calendar(zone)
    , m_pool(std::make_shared<SalesStringPool>())
{
}

QString SalesStore::now() const
{
    const QDateTime t = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(Qt::ISODate);
}

bool SalesStore::storeSales(QSqlDatabase& db, const QList<QJsonObject>& sales, Stats* stats, QString* error)
{
    // One path for both: the page as the API would send it.
    QJsonArray array;
    for (const QJsonObject& o : sales)
        array.append(o);
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("sales"), array}}).toJson(QJsonDocument::Compact);
    const std::optional<SalesFeedPage> page = SalesFeedPage::read(bytes, error);
    return page && storePage(db, *page, stats, error);
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

bool SalesStore::storePage(QSqlDatabase& db, const SalesFeedPage& page, Stats* stats, QString* error)
{
    const SalesReference& reference = this->reference(db);
    QList<Sale> good;
    good.reserve(page.size());
    Stats local;
    Stats* s = stats ? stats : &local;
    for (const JsonRef object : page.sales().elements()) {
        SaleProblem problem;
        std::optional<Sale> sale = parseSale(object, reference, &problem, m_pool.get());
        if (sale) {
            good.append(std::move(*sale));
            continue;
        }
        const QString receiptId = text(object.value("receiptId"));
        if (!quarantine(db, receiptId, problem, object.raw().toByteArray(), error))
            return false;
        ++s->quarantined;
    }
    return storeParsed(db, good, s, error);
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
    RowInsert receipts(
        db, QStringLiteral("INSERT INTO pos_receipt(receipt_id, account_reference, fisc_id, "
                           "closed_at, day, hour, weekday, service, covers, gross_cents, net_cents, "
                           "tax_cents, discount_cents, service_cents, tip_cents, cancelled, counted, "
                           "payment_methods, vat_breakdown, content_hash, synced_at) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RowInsert lines(
        db, QStringLiteral("INSERT INTO pos_sale_line(receipt_id, line_id, parent_line_id, sku, name, "
                           "group_id, quantity_milli, gross_cents, net_cents, tax_cents, tax_code, "
                           "vat_bp, discount_cents, discount_type, discount_code, service_charge_cents, "
                           "list_price_cents, unit_cost_cents, tax_lines) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RowInsert payments(db,
                       QStringLiteral("INSERT INTO pos_payment(receipt_id, seq, method, code, amount_cents, "
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
                           Cell::nonNull(syncedAt)},
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

    if (!resolve.isEmpty() &&
        !Quarantine::resolve(db, m_connector, resolve, QDateTime::fromString(syncedAt, Qt::ISODate),
                             &s->resolved, error))
        return false;
    return deltas.apply(db, error);
}

bool SalesStore::retryQuarantine(QSqlDatabase& db, Stats* stats, QString* error)
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
        const std::optional<JsonTape> tape = JsonTape::parse(payload);
        if (!tape)
            continue;
        SaleProblem problem;
        std::optional<Sale> sale = parseSale(tape->root(), reference, &problem);
        if (sale)
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
