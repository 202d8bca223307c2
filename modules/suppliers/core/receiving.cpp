#include "suppliers/core/receiving.h"

#include "common/core/database.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublreaders.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Moulin {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

bool run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

VatRate vatFrom(const QString& text)
{
    const std::optional<Decimal> percent = Decimal::parse(text);
    return percent ? Vat::fromPercent(*percent).value_or(VatRate::Reduced55) : VatRate::Reduced55;
}

QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// The order's lines as a receipt starts them, by line id (in order).
struct OrderLineInfo
{
    QString lineId;
    QString sku;
    QString name;
    QString unitCode;
    Decimal quantity;
    std::optional<Decimal> confirmed;
    QString status;
    Decimal netPrice;
    VatRate vat = VatRate::Reduced55;
};

bool orderLines(QSqlDatabase& db, const QString& supplierId, const QString& orderId,
                QList<OrderLineInfo>* out)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT line_id, sku, name, unit_code, quantity_micros, "
                                      "confirmed_quantity_micros, status, net_price_micros, vat "
                                      "FROM supplier_order_line WHERE supplier_id = ? AND order_id = ? "
                                      "ORDER BY CAST(line_id AS INTEGER), line_id"),
                       {supplierId, orderId}, "reading an order's lines for receiving"))
        return false;
    while (q.next()) {
        OrderLineInfo l;
        l.lineId = q.value(0).toString();
        l.sku = q.value(1).toString();
        l.name = q.value(2).toString();
        l.unitCode = q.value(3).toString();
        l.quantity = Decimal::fromMicros(q.value(4).toLongLong());
        if (!q.value(5).isNull())
            l.confirmed = Decimal::fromMicros(q.value(5).toLongLong());
        l.status = q.value(6).toString();
        l.netPrice = Decimal::fromMicros(q.value(7).toLongLong());
        l.vat = vatFrom(q.value(8).toString());
        out->append(l);
    }
    return true;
}

ReceiptLine lineFrom(const OrderLineInfo& info)
{
    ReceiptLine l;
    l.orderLineId = info.lineId;
    l.sku = info.sku;
    l.name = info.name;
    l.unitCode = info.unitCode;
    l.ordered = info.status == QLatin1String("rejected") ? Decimal() : info.confirmed.value_or(info.quantity);
    l.netPrice = info.netPrice;
    l.vat = info.vat;
    return l;
}

/// Kept (or replaced) per line by the other receipts of the order.
Decimal countedAsDelivered(const ReceiptLine& l)
{
    return l.received + (l.discrepancy == Discrepancy::Substituted ? l.discrepancyQuantity : Decimal());
}

QString creditId(const QString& orderId, const QString& despatchId)
{
    return despatchId.isEmpty() ? QStringLiteral("AV-%1").arg(orderId)
                                : QStringLiteral("AV-%1-%2").arg(orderId, despatchId);
}

QString decimalComma(const Decimal& value, int minDecimals)
{
    return value.toString(minDecimals).replace(u'.', u',');
}

} // namespace

QString Receiving::discrepancyName(Discrepancy kind)
{
    switch (kind) {
    case Discrepancy::None:
        return {};
    case Discrepancy::Missing:
        return QStringLiteral("missing");
    case Discrepancy::Damaged:
        return QStringLiteral("damaged");
    case Discrepancy::Substituted:
        return QStringLiteral("substituted");
    case Discrepancy::Excess:
        return QStringLiteral("excess");
    }
    return {};
}

Discrepancy Receiving::discrepancyFrom(const QString& name)
{
    for (Discrepancy kind :
         {Discrepancy::Missing, Discrepancy::Damaged, Discrepancy::Substituted, Discrepancy::Excess}) {
        if (discrepancyName(kind) == name)
            return kind;
    }
    return Discrepancy::None;
}

QString Receiving::discrepancyText(Discrepancy kind)
{
    switch (kind) {
    case Discrepancy::None:
        return {};
    case Discrepancy::Missing:
        return tr("Missing");
    case Discrepancy::Damaged:
        return tr("Damaged");
    case Discrepancy::Substituted:
        return tr("Substituted");
    case Discrepancy::Excess:
        return tr("Excess");
    }
    return {};
}

std::optional<Receipt> Receiving::stored(QSqlDatabase& db, const QString& supplierId, const QString& orderId,
                                         const QString& despatchId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT received_on, note, revision FROM supplier_receipt "
                                      "WHERE supplier_id = ? AND order_id = ? AND despatch_id = ?"),
                       {supplierId, orderId, orEmpty(despatchId)}, "reading a receipt") ||
        !q.next())
        return std::nullopt;
    Receipt r;
    r.supplierId = supplierId;
    r.orderId = orderId;
    r.despatchId = orEmpty(despatchId);
    r.receivedOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    r.note = q.value(1).toString();
    r.revision = q.value(2).toInt();

    QList<OrderLineInfo> infos;
    if (!orderLines(db, supplierId, orderId, &infos))
        return std::nullopt;
    QHash<QString, OrderLineInfo> byId;
    for (const OrderLineInfo& info : std::as_const(infos))
        byId.insert(info.lineId, info);

    QSqlQuery l(db);
    if (!Database::run(l,
                       QStringLiteral("SELECT order_line_id, expected_micros, received_micros, discrepancy, "
                                      "discrepancy_micros, substitute, note FROM supplier_receipt_line "
                                      "WHERE supplier_id = ? AND order_id = ? AND despatch_id = ? "
                                      "ORDER BY CAST(order_line_id AS INTEGER), order_line_id"),
                       {supplierId, orderId, orEmpty(despatchId)}, "reading a receipt's lines"))
        return std::nullopt;
    while (l.next()) {
        const QString lineId = l.value(0).toString();
        ReceiptLine line = byId.contains(lineId) ? lineFrom(byId.value(lineId)) : ReceiptLine{};
        line.orderLineId = lineId;
        line.expected = Decimal::fromMicros(l.value(1).toLongLong());
        line.received = Decimal::fromMicros(l.value(2).toLongLong());
        line.discrepancy = discrepancyFrom(l.value(3).toString());
        line.discrepancyQuantity = Decimal::fromMicros(l.value(4).toLongLong());
        line.substitute = l.value(5).toString();
        line.note = l.value(6).toString();
        if (!r.despatchId.isEmpty())
            line.announced = line.expected;
        r.lines.append(line);
    }
    return r;
}

std::optional<Receipt> Receiving::draft(QSqlDatabase& db, const QString& supplierId, const QString& orderId,
                                        const QString& despatchId, const QDate& day, QString* error)
{
    if (std::optional<Receipt> existing = stored(db, supplierId, orderId, despatchId))
        return existing;
    if (!SupplierStore::order(db, supplierId, orderId)) {
        *error = tr("Order %1 is not in the database.").arg(orderId);
        return std::nullopt;
    }
    QList<OrderLineInfo> infos;
    if (!orderLines(db, supplierId, orderId, &infos)) {
        *error = tr("The order's lines could not be read.");
        return std::nullopt;
    }

    // What this delivery announced, per order line.
    std::optional<QHash<QString, Decimal>> announced;
    if (!despatchId.isEmpty()) {
        QSqlQuery q(db);
        if (!Database::run(
                q,
                QStringLiteral("SELECT xml FROM supplier_despatch_advice WHERE supplier_id = ? AND "
                               "id = ? AND order_id = ?"),
                {supplierId, despatchId, orderId}, "reading a despatch advice") ||
            !q.next()) {
            *error = tr("Despatch advice %1 of order %2 is not in the database.").arg(despatchId, orderId);
            return std::nullopt;
        }
        Ubl::ReadError readError;
        const std::optional<DespatchAdvice> advice =
            UblReaders::readDespatchAdvice(q.value(0).toByteArray(), &readError);
        if (!advice) {
            *error = tr("Despatch advice %1 cannot be read.").arg(despatchId);
            return std::nullopt;
        }
        announced.emplace();
        for (const DespatchAdvice::Line& line : advice->lines)
            (*announced)[line.orderLineId] += line.delivered;
    }

    // What the order's other receipts brought already, per line.
    QHash<QString, Decimal> before;
    {
        QSqlQuery q(db);
        if (!Database::run(q,
                           QStringLiteral("SELECT order_line_id, received_micros, discrepancy, "
                                          "discrepancy_micros FROM supplier_receipt_line WHERE "
                                          "supplier_id = ? AND order_id = ? AND despatch_id <> ?"),
                           {supplierId, orderId, orEmpty(despatchId)}, "reading earlier receipts"))
            return std::nullopt;
        while (q.next()) {
            ReceiptLine l;
            l.received = Decimal::fromMicros(q.value(1).toLongLong());
            l.discrepancy = discrepancyFrom(q.value(2).toString());
            l.discrepancyQuantity = Decimal::fromMicros(q.value(3).toLongLong());
            before[q.value(0).toString()] += countedAsDelivered(l);
        }
    }

    Receipt r;
    r.supplierId = supplierId;
    r.orderId = orderId;
    r.despatchId = orEmpty(despatchId);
    r.receivedOn = day;
    for (const OrderLineInfo& info : std::as_const(infos)) {
        ReceiptLine line = lineFrom(info);
        if (announced) {
            line.announced = announced->value(info.lineId);
            line.expected = *line.announced;
        } else {
            line.expected = std::max(Decimal(), line.ordered - before.value(info.lineId));
        }
        line.received = line.expected;
        r.lines.append(line);
    }
    return r;
}

Receipt Receiving::normalised(Receipt receipt)
{
    for (ReceiptLine& l : receipt.lines) {
        const Decimal gap = l.expected - l.received;
        switch (l.discrepancy) {
        case Discrepancy::None:
            if (gap > Decimal()) {
                l.discrepancy = Discrepancy::Missing;
                l.discrepancyQuantity = gap;
            } else if (gap < Decimal()) {
                l.discrepancy = Discrepancy::Excess;
                l.discrepancyQuantity = -gap;
            } else {
                l.discrepancyQuantity = Decimal();
            }
            break;
        case Discrepancy::Missing:
        case Discrepancy::Damaged:
        case Discrepancy::Substituted:
            if (l.discrepancyQuantity.isZero())
                l.discrepancyQuantity = std::max(Decimal(), gap);
            if (l.discrepancyQuantity.isZero() && l.discrepancy != Discrepancy::Substituted) {
                // Marked, but nothing is missing: an excess, or nothing.
                l.discrepancy = gap < Decimal() ? Discrepancy::Excess : Discrepancy::None;
                l.discrepancyQuantity = gap < Decimal() ? -gap : Decimal();
            }
            break;
        case Discrepancy::Excess:
            if (gap < Decimal()) {
                l.discrepancyQuantity = -gap;
            } else {
                l.discrepancy = gap > Decimal() ? Discrepancy::Missing : Discrepancy::None;
                l.discrepancyQuantity = gap;
            }
            break;
        }
        if (l.discrepancy != Discrepancy::Substituted)
            l.substitute.clear();
    }
    return receipt;
}

QString Receiving::validate(const Receipt& receipt)
{
    if (receipt.supplierId.isEmpty() || receipt.orderId.isEmpty())
        return tr("The receipt names no order.");
    if (!receipt.receivedOn.isValid())
        return tr("The receipt has no date.");
    if (receipt.lines.isEmpty())
        return tr("The receipt has no line.");
    QSet<QString> seen;
    for (const ReceiptLine& l : receipt.lines) {
        const QString what = l.name.isEmpty() ? tr("line %1").arg(l.orderLineId) : l.name;
        if (seen.contains(l.orderLineId))
            return tr("%1 appears twice in the receipt.").arg(what);
        seen.insert(l.orderLineId);
        if (l.received.isNegative() || l.discrepancyQuantity.isNegative() || l.expected.isNegative())
            return tr("%1: a quantity cannot be negative.").arg(what);
        if ((l.discrepancy == Discrepancy::Missing || l.discrepancy == Discrepancy::Damaged) &&
            l.received + l.discrepancyQuantity > l.expected)
            return tr("%1: %2 received and %3 %4 is more than the %5 expected.")
                .arg(what, quantity(l.received), quantity(l.discrepancyQuantity),
                     discrepancyText(l.discrepancy).toLower(), quantity(l.expected));
        if (l.discrepancy == Discrepancy::Substituted && l.substitute.trimmed().isEmpty())
            return tr("%1: say which product was delivered instead.").arg(what);
    }
    return {};
}

CreditRequest Receiving::creditRequestFor(const Receipt& input, const QDate& issueDate)
{
    const Receipt receipt = normalised(input);
    CreditRequest c;
    c.supplierId = receipt.supplierId;
    c.orderId = receipt.orderId;
    c.despatchId = receipt.despatchId;
    c.id = creditId(receipt.orderId, receipt.despatchId);
    c.issueDate = issueDate;
    for (const ReceiptLine& l : receipt.lines) {
        if ((l.discrepancy != Discrepancy::Missing && l.discrepancy != Discrepancy::Damaged) ||
            !(l.discrepancyQuantity > Decimal()))
            continue;
        CreditLine line;
        line.orderLineId = l.orderLineId;
        line.sku = l.sku;
        line.name = l.name;
        line.reason = l.discrepancy;
        line.quantity = l.discrepancyQuantity;
        line.unitCode = l.unitCode;
        line.unitPrice = l.netPrice;
        line.amount = (l.discrepancyQuantity * l.netPrice).rounded(2);
        line.vat = l.vat;
        c.lines.append(line);
        c.byRate[l.vat].base += line.amount;
    }
    for (auto it = c.byRate.begin(); it != c.byRate.end(); ++it) {
        it->tax = Vat::taxOn(it->base, it.key());
        c.totalExclVat += it->base;
        c.tax += it->tax;
    }
    c.totalInclVat = c.totalExclVat + c.tax;
    return c;
}

bool Receiving::save(QSqlDatabase& db, const Receipt& input, const QDateTime& now, ReceiptOutcome* outcome,
                     QString* error)
{
    const Receipt receipt = normalised(input);
    if (const QString invalid = validate(receipt); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QList<OrderLineInfo> infos;
    if (!orderLines(db, receipt.supplierId, receipt.orderId, &infos) || infos.isEmpty()) {
        *error = tr("Order %1 is not in the database.").arg(receipt.orderId);
        return false;
    }
    QHash<QString, OrderLineInfo> byId;
    for (const OrderLineInfo& info : std::as_const(infos))
        byId.insert(info.lineId, info);
    for (const ReceiptLine& l : receipt.lines) {
        if (!byId.contains(l.orderLineId)) {
            *error = tr("Order %1 has no line %2.").arg(receipt.orderId, l.orderLineId);
            return false;
        }
    }

    const QString despatch = orEmpty(receipt.despatchId);
    const QVariantList key{receipt.supplierId, receipt.orderId, despatch};
    int revision = 1;
    {
        QSqlQuery q(db);
        if (!Database::run(q,
                           QStringLiteral("SELECT revision FROM supplier_receipt WHERE supplier_id = ? AND "
                                          "order_id = ? AND despatch_id = ?"),
                           key, "reading a receipt's revision")) {
            *error = q.lastError().text();
            return false;
        }
        if (q.next())
            revision = q.value(0).toInt() + 1;
    }
    // Replaced whole: its lines and request go with it (ON DELETE CASCADE).
    if (!run(db,
             QStringLiteral("DELETE FROM supplier_receipt WHERE supplier_id = ? AND order_id = ? AND "
                            "despatch_id = ?"),
             key, error))
        return false;
    if (!run(db,
             QStringLiteral("INSERT INTO supplier_receipt (supplier_id, order_id, despatch_id, received_on, "
                            "note, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {receipt.supplierId, receipt.orderId, despatch, receipt.receivedOn.toString(Qt::ISODate),
              orEmpty(receipt.note), revision, iso(now), iso(now)},
             error))
        return false;
    for (const ReceiptLine& l : receipt.lines) {
        if (!run(
                db,
                QStringLiteral("INSERT INTO supplier_receipt_line (supplier_id, order_id, despatch_id, "
                               "order_line_id, expected_micros, received_micros, discrepancy, "
                               "discrepancy_micros, substitute, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {receipt.supplierId, receipt.orderId, despatch, l.orderLineId, l.expected.micros(),
                 l.received.micros(), orEmpty(discrepancyName(l.discrepancy)), l.discrepancyQuantity.micros(),
                 orEmpty(l.substitute), orEmpty(l.note)},
                error))
            return false;
    }

    // Delivered: what every receipt of the order kept (a substitute counts).
    if (!run(db,
             QStringLiteral(
                 "UPDATE supplier_order_line SET delivered_quantity_micros = COALESCE(("
                 "SELECT SUM(r.received_micros + CASE WHEN r.discrepancy = 'substituted' THEN "
                 "r.discrepancy_micros ELSE 0 END) FROM supplier_receipt_line r WHERE "
                 "r.supplier_id = supplier_order_line.supplier_id AND r.order_id = "
                 "supplier_order_line.order_id AND r.order_line_id = supplier_order_line.line_id), 0) "
                 "WHERE supplier_id = ? AND order_id = ?"),
             {receipt.supplierId, receipt.orderId}, error))
        return false;
    QString status = QStringLiteral("delivered");
    {
        QSqlQuery q(db);
        if (!Database::run(
                q,
                QStringLiteral("SELECT COUNT(*) FROM supplier_order_line WHERE supplier_id = ? AND "
                               "order_id = ? AND status <> 'rejected' AND delivered_quantity_micros "
                               "< COALESCE(confirmed_quantity_micros, quantity_micros)"),
                {receipt.supplierId, receipt.orderId}, "checking an order's deliveries") ||
            !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toInt() > 0)
            status = QStringLiteral("partially_delivered");
    }
    if (!run(db,
             QStringLiteral("UPDATE supplier_order SET status = ?, updated_at = ? WHERE supplier_id = ? AND "
                            "id = ?"),
             {status, iso(now), receipt.supplierId, receipt.orderId}, error))
        return false;

    // The delivery arrived: no longer late (it stays flagged late when it
    // came after the requested day).
    const QString day = receipt.receivedOn.toString(Qt::ISODate);
    if (!despatch.isEmpty() &&
        !run(
            db,
            QStringLiteral("UPDATE supplier_delivery SET actual_date = ?, late = CASE WHEN requested_date IS "
                           "NOT NULL AND ? > requested_date THEN 1 ELSE late END, updated_at = ? "
                           "WHERE supplier_id = ? AND despatch_id = ? AND order_id = ?"),
            {day, day, iso(now), receipt.supplierId, despatch, receipt.orderId}, error))
        return false;
    if (!run(db,
             QStringLiteral("UPDATE supplier_late_delivery SET cleared_at = ? WHERE supplier_id = ? AND "
                            "order_id = ? AND (despatch_id = ? OR despatch_id = '') AND cleared_at IS NULL"),
             {iso(now), receipt.supplierId, receipt.orderId, despatch}, error))
        return false;

    ReceiptOutcome result;
    result.revision = revision;
    result.orderStatus = status;
    const CreditRequest credit = creditRequestFor(receipt, receipt.receivedOn);
    if (!credit.isEmpty()) {
        if (!run(
                db,
                QStringLiteral("INSERT INTO supplier_credit_request (supplier_id, id, order_id, despatch_id, "
                               "issue_date, total_excl_micros, tax_micros, total_incl_micros, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {credit.supplierId, credit.id, credit.orderId, despatch,
                 credit.issueDate.toString(Qt::ISODate), credit.totalExclVat.micros(), credit.tax.micros(),
                 credit.totalInclVat.micros(), iso(now), iso(now)},
                error))
            return false;
        int position = 0;
        for (const CreditLine& l : credit.lines) {
            if (!run(db,
                     QStringLiteral("INSERT INTO supplier_credit_request_line (supplier_id, request_id, "
                                    "position, order_line_id, sku, name, reason, quantity_micros, unit_code, "
                                    "unit_price_micros, amount_micros, vat) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {credit.supplierId, credit.id, ++position, l.orderLineId, orEmpty(l.sku),
                      orEmpty(l.name), discrepancyName(l.reason), l.quantity.micros(), orEmpty(l.unitCode),
                      l.unitPrice.micros(), l.amount.micros(), SupplierStore::vatText(l.vat)},
                     error))
                return false;
        }
        result.credit = credit;
    }
    if (outcome)
        *outcome = result;
    return true;
}

namespace {

QList<CreditRequest> readRequests(QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    QList<CreditRequest> out;
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT supplier_id, id, order_id, despatch_id, issue_date, "
                                      "total_excl_micros, tax_micros, total_incl_micros FROM "
                                      "supplier_credit_request %1 ORDER BY issue_date DESC, id DESC")
                           .arg(where),
                       binds, "reading credit-note requests"))
        return out;
    while (q.next()) {
        CreditRequest c;
        c.supplierId = q.value(0).toString();
        c.id = q.value(1).toString();
        c.orderId = q.value(2).toString();
        c.despatchId = q.value(3).toString();
        c.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.totalExclVat = Decimal::fromMicros(q.value(5).toLongLong());
        c.tax = Decimal::fromMicros(q.value(6).toLongLong());
        c.totalInclVat = Decimal::fromMicros(q.value(7).toLongLong());
        out.append(c);
    }
    for (CreditRequest& c : out) {
        QSqlQuery l(db);
        if (!Database::run(
                l,
                QStringLiteral("SELECT order_line_id, sku, name, reason, quantity_micros, unit_code, "
                               "unit_price_micros, amount_micros, vat FROM "
                               "supplier_credit_request_line WHERE supplier_id = ? AND "
                               "request_id = ? ORDER BY position"),
                {c.supplierId, c.id}, "reading credit-note request lines"))
            continue;
        while (l.next()) {
            CreditLine line;
            line.orderLineId = l.value(0).toString();
            line.sku = l.value(1).toString();
            line.name = l.value(2).toString();
            line.reason = Receiving::discrepancyFrom(l.value(3).toString());
            line.quantity = Decimal::fromMicros(l.value(4).toLongLong());
            line.unitCode = l.value(5).toString();
            line.unitPrice = Decimal::fromMicros(l.value(6).toLongLong());
            line.amount = Decimal::fromMicros(l.value(7).toLongLong());
            line.vat = vatFrom(l.value(8).toString());
            c.lines.append(line);
            c.byRate[line.vat].base += line.amount;
        }
        for (auto it = c.byRate.begin(); it != c.byRate.end(); ++it)
            it->tax = Vat::taxOn(it->base, it.key());
    }
    return out;
}

} // namespace

std::optional<CreditRequest> Receiving::creditRequest(QSqlDatabase& db, const QString& supplierId,
                                                      const QString& orderId, const QString& despatchId)
{
    const QList<CreditRequest> found =
        readRequests(db, QStringLiteral("WHERE supplier_id = ? AND order_id = ? AND despatch_id = ?"),
                     {supplierId, orderId, orEmpty(despatchId)});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CreditRequest> Receiving::creditRequests(QSqlDatabase& db)
{
    return readRequests(db, QString(), {});
}

QString Receiving::quantity(const Decimal& value)
{
    return decimalComma(value, 0);
}

QString Receiving::money(const Decimal& amount)
{
    const Decimal cents = amount.rounded(2);
    QString text = cents.toString(2);
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    QString whole = text.left(dot);
    const QString fraction = text.mid(dot + 1);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QChar(0x202F)); // narrow no-break space, as QLocale::French
    return QStringLiteral("%1%2,%3\u00A0€").arg(negative ? QStringLiteral("-") : QString(), whole, fraction);
}

QByteArray Receiving::creditRequestCsv(const CreditRequest& c, const QString& supplierName)
{
    auto field = [](QString text) {
        if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n')) {
            text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            return QStringLiteral("\"%1\"").arg(text);
        }
        return text;
    };
    QStringList rows;
    rows << QStringList{tr("Credit-note request"), field(c.id)}.join(u';');
    rows << QStringList{tr("Supplier"), field(supplierName)}.join(u';');
    rows << QStringList{tr("Order"), field(c.orderId)}.join(u';');
    if (!c.despatchId.isEmpty())
        rows << QStringList{tr("Despatch advice"), field(c.despatchId)}.join(u';');
    rows << QStringList{tr("Date"), c.issueDate.toString(u"dd/MM/yyyy")}.join(u';');
    rows << QString();
    rows << QStringList{tr("Reference"),        tr("Product"),     tr("Reason"),
                        tr("Quantity"),         tr("Unit"),        tr("Unit price excl. VAT"),
                        tr("Amount excl. VAT"), tr("VAT rate (%)")}
                .join(u';');
    for (const CreditLine& l : c.lines)
        rows << QStringList{field(l.sku),
                            field(l.name),
                            discrepancyText(l.reason),
                            decimalComma(l.quantity, 0),
                            field(l.unitCode),
                            decimalComma(l.unitPrice, 2),
                            decimalComma(l.amount, 2),
                            decimalComma(Vat::percent(l.vat), 0)}
                    .join(u';');
    rows << QString();
    rows << QStringList{tr("VAT rate (%)"), tr("Base excl. VAT"), tr("VAT")}.join(u';');
    for (auto it = c.byRate.cbegin(); it != c.byRate.cend(); ++it)
        rows << QStringList{decimalComma(Vat::percent(it.key()), 0), decimalComma(it->base, 2),
                            decimalComma(it->tax, 2)}
                    .join(u';');
    rows << QStringList{tr("Total excl. VAT"), decimalComma(c.totalExclVat, 2)}.join(u';');
    rows << QStringList{tr("Total VAT"), decimalComma(c.tax, 2)}.join(u';');
    rows << QStringList{tr("Total incl. VAT"), decimalComma(c.totalInclVat, 2)}.join(u';');
    return QByteArray("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace Moulin
