#include "pos/connectors/lightspeed/lightspeedsales.h"

#include "common/core/database.h"
#include "pos/core/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <string>
#include <string_view>
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
    kTableNumber,
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
    static const JsonKeys keys{"receiptId", "timeClosed", "accountReference", "accountFiscId", "nbCovers",
                               "cancelled", "salesLines", "payments",         "tableNumber"};
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

QString describeLine(int index, const SaleLine& line)
{
    QString d = Tr::tr("line %1").arg(index + 1);
    if (!line.lineId.isEmpty())
        d += QStringLiteral(" (%1)").arg(line.lineId);
    if (!line.name.isEmpty())
        d += QStringLiteral(" « %1 »").arg(line.name);
    return d;
}

} // namespace

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
    // The table the bill was for (a string in the contract; a number is read too).
    sale.table = text(f[kTableNumber]).trimmed();
    hash.add(sale.receiptId);
    hash.add(sale.accountReference);
    hash.add(sale.fiscId);
    hash.add(sale.closedAt.toMSecsSinceEpoch());
    hash.add(sale.covers);
    hash.add(sale.cancelled ? 1 : 0);
    // Only when said, so the receipts stored before the till's table was kept hash the same.
    if (!sale.table.isEmpty())
        hash.add(sale.table);

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
// LightspeedSalesReader
// ---------------------------------------------------------------------------
LightspeedSalesReader::LightspeedSalesReader()
    : m_pool(std::make_shared<SalesStringPool>())
{
}

LightspeedSalesReader::~LightspeedSalesReader() = default;

bool LightspeedSalesReader::storeSales(SalesStore& store, QSqlDatabase& db, const QList<QJsonObject>& sales,
                                       SalesStore::Stats* stats, QString* error)
{
    // One path for both: the page as the API would send it.
    QJsonArray array;
    for (const QJsonObject& o : sales)
        array.append(o);
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("sales"), array}}).toJson(QJsonDocument::Compact);
    const std::optional<SalesFeedPage> page = SalesFeedPage::read(bytes, error);
    return page && storePage(store, db, *page, stats, error);
}

bool LightspeedSalesReader::storePage(SalesStore& store, QSqlDatabase& db, const SalesFeedPage& page,
                                      SalesStore::Stats* stats, QString* error)
{
    const SalesReference& reference = store.reference(db);
    QList<Sale> good;
    good.reserve(page.size());
    SalesStore::Stats local;
    SalesStore::Stats* s = stats ? stats : &local;
    for (const JsonRef object : page.sales().elements()) {
        SaleProblem problem;
        std::optional<Sale> sale = parseSale(object, reference, &problem, m_pool.get());
        if (sale) {
            good.append(std::move(*sale));
            continue;
        }
        const QString receiptId = text(object.value("receiptId"));
        if (!store.quarantine(db, receiptId, problem, object.raw().toByteArray(), error))
            return false;
        ++s->quarantined;
    }
    return store.storeParsed(db, good, s, error);
}

bool LightspeedSalesReader::retryQuarantine(SalesStore& store, QSqlDatabase& db, SalesStore::Stats* stats,
                                            QString* error)
{
    return store.retryQuarantine(
        db,
        [](const QByteArray& payload, const SalesReference& reference) -> std::optional<Sale> {
            const std::optional<JsonTape> tape = JsonTape::parse(payload);
            if (!tape)
                return std::nullopt;
            return parseSale(tape->root(), reference, nullptr);
        },
        stats, error);
}

} // namespace Moulin
