#include "suppliers/core/threewaymatch.h"

#include "common/core/database.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/supplierstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

bool run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error,
         QSqlQuery* out = nullptr)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

Decimal micros(const QVariant& v)
{
    return Decimal::fromMicros(v.toLongLong());
}

VatRate vatFrom(const QString& text)
{
    const std::optional<Decimal> percent = Decimal::parse(text);
    return percent ? Vat::fromPercent(*percent).value_or(VatRate::Reduced55) : VatRate::Reduced55;
}

struct Candidate
{
    QString orderId;
    QString lineId;
    QString sku;
    QString gtin;
    QString unitCode;
    Decimal ordered;
    Decimal netPrice;
    Decimal delivered;
};

QList<Candidate> candidates(QSqlDatabase& db, const QString& supplierId, const QString& orderId)
{
    QString sql = QStringLiteral(
        "SELECT l.order_id, l.line_id, l.sku, COALESCE(l.gtin, ''), l.unit_code, l.quantity_micros, "
        "l.confirmed_quantity_micros, l.net_price_micros, l.delivered_quantity_micros FROM "
        "supplier_order_line l "
        "JOIN supplier_order o ON o.supplier_id = l.supplier_id AND o.id = l.order_id "
        "WHERE l.supplier_id = ? AND o.status <> 'rejected' AND l.status <> 'rejected'");
    QVariantList binds{supplierId};
    if (!orderId.isEmpty()) {
        sql += QStringLiteral(" AND l.order_id = ?");
        binds << orderId;
    }
    sql += QStringLiteral(" ORDER BY o.issue_date DESC, o.id DESC, CAST(l.line_id AS INTEGER), l.line_id");
    QSqlQuery q(db);
    QList<Candidate> out;
    if (!run(db, sql, binds, nullptr, &q))
        return out;
    while (q.next()) {
        Candidate c;
        c.orderId = q.value(0).toString();
        c.lineId = q.value(1).toString();
        c.sku = q.value(2).toString();
        c.gtin = q.value(3).toString();
        c.unitCode = q.value(4).toString();
        c.ordered = q.value(6).isNull() ? micros(q.value(5)) : micros(q.value(6));
        c.netPrice = micros(q.value(7));
        c.delivered = micros(q.value(8));
        out.append(c);
    }
    return out;
}

bool orderExists(QSqlDatabase& db, const QString& supplierId, const QString& orderId)
{
    QSqlQuery q(db);
    return run(db, QStringLiteral("SELECT 1 FROM supplier_order WHERE supplier_id = ? AND id = ?"),
               {supplierId, orderId}, nullptr, &q) &&
           q.next();
}

/// What arrived of an order line: the receipts', else the Despatch Advices'.
void receivedOf(QSqlDatabase& db, const QString& supplierId, const Candidate& c, Decimal* received,
                QString* source)
{
    QSqlQuery q(db);
    if (run(db,
            QStringLiteral(
                "SELECT COUNT(*), COALESCE(SUM(received_micros), 0) FROM supplier_receipt_line WHERE "
                "supplier_id = ? AND order_id = ? AND order_line_id = ?"),
            {supplierId, c.orderId, c.lineId}, nullptr, &q) &&
        q.next() && q.value(0).toInt() > 0) {
        *received = micros(q.value(1));
        *source = QStringLiteral("receipt");
        return;
    }
    if (SupplierStore::despatchCount(db, supplierId, c.orderId) > 0) {
        *received = c.delivered;
        *source = QStringLiteral("advice");
        return;
    }
    *received = Decimal();
    source->clear();
}

QList<InvoiceVatCheck> vatChecks(const SupplierInvoice& invoice)
{
    QMap<VatRate, Decimal> lines;
    for (const SupplierInvoiceLine& l : invoice.lines)
        lines[l.vat] += l.amount;
    if (!invoice.charges.isZero() || !invoice.allowances.isZero())
        lines[VatRate::Standard20] += invoice.charges - invoice.allowances;
    QList<InvoiceVatCheck> out;
    QList<VatRate> rates = lines.keys();
    for (auto it = invoice.vat.cbegin(); it != invoice.vat.cend(); ++it)
        if (!rates.contains(it.key()))
            rates.append(it.key());
    std::sort(rates.begin(), rates.end());
    for (VatRate rate : rates) {
        InvoiceVatCheck c;
        c.rate = rate;
        c.linesTaxable = lines.value(rate);
        c.expectedTax = Vat::taxOn(c.linesTaxable, rate);
        const InvoiceVatTotal stated = invoice.vat.value(rate);
        c.statedTaxable = stated.taxable;
        c.statedTax = stated.tax;
        c.ok = c.statedTaxable == c.linesTaxable && c.statedTax == c.expectedTax;
        out.append(c);
    }
    return out;
}

InvoiceState stateOf(const InvoiceMatch& m)
{
    int decided = 0;
    int approved = 0;
    for (const MatchedInvoiceLine& l : m.lines) {
        decided += !l.decision.isEmpty();
        approved += l.decision == QLatin1String("approved");
    }
    if (!m.lines.isEmpty() && decided == m.lines.size())
        return approved > 0 ? InvoiceState::Approved : InvoiceState::Refused;
    if (m.pendingDecisions() > 0 || !m.totalsOk())
        return InvoiceState::Discrepancies;
    return InvoiceState::ToMatch;
}

bool storeMatch(QSqlDatabase& db, const InvoiceMatch& m, QString* error)
{
    const QString& s = m.invoice.supplierId;
    const QString& id = m.invoice.id;
    if (!run(db,
             QStringLiteral("DELETE FROM supplier_invoice_match WHERE supplier_id = ? AND invoice_id = ?"),
             {s, id}, error))
        return false;
    for (const MatchedInvoiceLine& l : m.lines) {
        auto orNull = [&](const Decimal& d) { return l.unmatched ? QVariant() : QVariant(d.micros()); };
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO supplier_invoice_match (supplier_id, invoice_id, position, order_id, "
                     "order_line_id, ordered_micros, received_micros, received_source, "
                     "ordered_price_micros, billed_micros, billed_price_micros, price_difference, "
                     "quantity_difference, unmatched, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?)"),
                 {s, id, l.position, l.unmatched ? QVariant() : QVariant(l.orderId),
                  l.unmatched ? QVariant() : QVariant(l.orderLineId), orNull(l.ordered), orNull(l.received),
                  l.receivedSource.isNull() ? QStringLiteral("") : l.receivedSource, orNull(l.orderedPrice),
                  l.billed.micros(), l.billedPrice.micros(), int(l.priceDifference),
                  int(l.quantityDifference), int(l.unmatched),
                  l.reason.isNull() ? QStringLiteral("") : l.reason},
                 error))
            return false;
    }
    return run(db, QStringLiteral("UPDATE supplier_invoice SET state = ? WHERE supplier_id = ? AND id = ?"),
               {ThreeWayMatch::stateName(stateOf(m)), s, id}, error);
}

SupplierInvoice readHeader(QSqlQuery& q)
{
    // supplier_id, id, kind, source, issue_date, due_date, order_id, despatch_id, currency, line_total,
    // tax_exclusive, tax, tax_inclusive, payable
    SupplierInvoice inv;
    inv.supplierId = q.value(0).toString();
    inv.id = q.value(1).toString();
    inv.kind = q.value(2).toString() == QLatin1String("credit_note") ? SupplierInvoice::Kind::CreditNote
                                                                     : SupplierInvoice::Kind::Invoice;
    inv.source = q.value(3).toString();
    inv.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    inv.orderId = q.value(6).toString();
    inv.despatchId = q.value(7).toString();
    inv.currency = q.value(8).toString();
    inv.lineTotal = micros(q.value(9));
    inv.taxExclusive = micros(q.value(10));
    inv.tax = micros(q.value(11));
    inv.taxInclusive = micros(q.value(12));
    inv.payable = micros(q.value(13));
    return inv;
}

// An invoice set aside, as read (supplier_invoice_resend.content).
QString contentJson(const SupplierInvoice& inv)
{
    auto money = [](const Decimal& d) { return QString::number(d.micros()); };
    QJsonArray lines;
    for (const SupplierInvoiceLine& l : inv.lines)
        lines.append(QJsonObject{{QStringLiteral("lineId"), l.lineId},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("gtin"), l.gtin},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), money(l.quantity)},
                                 {QStringLiteral("unitCode"), l.unitCode},
                                 {QStringLiteral("unitPrice"), money(l.unitPrice)},
                                 {QStringLiteral("amount"), money(l.amount)},
                                 {QStringLiteral("vat"), SupplierStore::vatText(l.vat)},
                                 {QStringLiteral("orderLineRef"), l.orderLineRef}});
    QJsonArray vat;
    for (auto it = inv.vat.cbegin(); it != inv.vat.cend(); ++it)
        vat.append(QJsonObject{{QStringLiteral("rate"), SupplierStore::vatText(it.key())},
                               {QStringLiteral("taxable"), money(it->taxable)},
                               {QStringLiteral("tax"), money(it->tax)}});
    const QJsonObject o{{QStringLiteral("id"), inv.id},
                        {QStringLiteral("kind"), SupplierInvoice::kindName(inv.kind)},
                        {QStringLiteral("source"), inv.source},
                        {QStringLiteral("issueDate"), inv.issueDate.toString(Qt::ISODate)},
                        {QStringLiteral("dueDate"), inv.dueDate.toString(Qt::ISODate)},
                        {QStringLiteral("currency"), inv.currency},
                        {QStringLiteral("orderId"), inv.orderId},
                        {QStringLiteral("despatchId"), inv.despatchId},
                        {QStringLiteral("charges"), money(inv.charges)},
                        {QStringLiteral("allowances"), money(inv.allowances)},
                        {QStringLiteral("lineTotal"), money(inv.lineTotal)},
                        {QStringLiteral("taxExclusive"), money(inv.taxExclusive)},
                        {QStringLiteral("tax"), money(inv.tax)},
                        {QStringLiteral("taxInclusive"), money(inv.taxInclusive)},
                        {QStringLiteral("payable"), money(inv.payable)},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("vat"), vat}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SupplierInvoice contentFrom(const QString& json, const QString& supplierId)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    auto money = [](const QJsonValue& v) { return Decimal::fromMicros(v.toString().toLongLong()); };
    SupplierInvoice inv;
    inv.supplierId = supplierId;
    inv.id = o.value(QStringLiteral("id")).toString();
    inv.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("credit_note")
                   ? SupplierInvoice::Kind::CreditNote
                   : SupplierInvoice::Kind::Invoice;
    inv.source = o.value(QStringLiteral("source")).toString();
    inv.issueDate = QDate::fromString(o.value(QStringLiteral("issueDate")).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(o.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
    inv.currency = o.value(QStringLiteral("currency")).toString();
    inv.orderId = o.value(QStringLiteral("orderId")).toString();
    inv.despatchId = o.value(QStringLiteral("despatchId")).toString();
    inv.charges = money(o.value(QStringLiteral("charges")));
    inv.allowances = money(o.value(QStringLiteral("allowances")));
    inv.lineTotal = money(o.value(QStringLiteral("lineTotal")));
    inv.taxExclusive = money(o.value(QStringLiteral("taxExclusive")));
    inv.tax = money(o.value(QStringLiteral("tax")));
    inv.taxInclusive = money(o.value(QStringLiteral("taxInclusive")));
    inv.payable = money(o.value(QStringLiteral("payable")));
    for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        SupplierInvoiceLine line;
        line.lineId = l.value(QStringLiteral("lineId")).toString();
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.gtin = l.value(QStringLiteral("gtin")).toString();
        line.name = l.value(QStringLiteral("name")).toString();
        line.quantity = money(l.value(QStringLiteral("quantity")));
        line.unitCode = l.value(QStringLiteral("unitCode")).toString();
        line.unitPrice = money(l.value(QStringLiteral("unitPrice")));
        line.amount = money(l.value(QStringLiteral("amount")));
        line.vat = vatFrom(l.value(QStringLiteral("vat")).toString());
        line.orderLineRef = l.value(QStringLiteral("orderLineRef")).toString();
        inv.lines.append(line);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("vat")).toArray()) {
        const QJsonObject t = v.toObject();
        inv.vat.insert(vatFrom(t.value(QStringLiteral("rate")).toString()),
                       {money(t.value(QStringLiteral("taxable"))), money(t.value(QStringLiteral("tax")))});
    }
    return inv;
}

/// Removes a stored invoice and everything hanging from it.
bool removeInvoice(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId, QString* error)
{
    for (const char* table : {"supplier_invoice_approval", "supplier_invoice_match", "supplier_invoice_line",
                              "supplier_invoice_vat"}) {
        if (!run(db,
                 QStringLiteral("DELETE FROM %1 WHERE supplier_id = ? AND invoice_id = ?")
                     .arg(QLatin1StringView(table)),
                 {supplierId, invoiceId}, error))
            return false;
    }
    return run(db, QStringLiteral("DELETE FROM supplier_invoice WHERE supplier_id = ? AND id = ?"),
               {supplierId, invoiceId}, error);
}

} // namespace

bool InvoiceMatch::totalsOk() const
{
    for (const InvoiceVatCheck& c : vat)
        if (!c.ok)
            return false;
    return true;
}

int InvoiceMatch::differences() const
{
    int n = 0;
    for (const MatchedInvoiceLine& l : lines)
        n += !l.unmatched && (l.priceDifference || l.quantityDifference);
    return n;
}

int InvoiceMatch::unmatchedCount() const
{
    int n = 0;
    for (const MatchedInvoiceLine& l : lines)
        n += l.unmatched;
    return n;
}

int InvoiceMatch::pendingDecisions() const
{
    int n = 0;
    for (const MatchedInvoiceLine& l : lines)
        n += l.needsDecision();
    return n;
}

QString ThreeWayMatch::stateName(InvoiceState state)
{
    switch (state) {
    case InvoiceState::ToMatch:
        return QStringLiteral("to_match");
    case InvoiceState::Discrepancies:
        return QStringLiteral("discrepancies");
    case InvoiceState::Approved:
        return QStringLiteral("approved");
    case InvoiceState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

InvoiceState ThreeWayMatch::stateFrom(const QString& name)
{
    for (InvoiceState s : {InvoiceState::Discrepancies, InvoiceState::Approved, InvoiceState::Refused})
        if (stateName(s) == name)
            return s;
    return InvoiceState::ToMatch;
}

QString ThreeWayMatch::stateText(InvoiceState state)
{
    switch (state) {
    case InvoiceState::ToMatch:
        return tr("To match");
    case InvoiceState::Discrepancies:
        return tr("Discrepancies");
    case InvoiceState::Approved:
        return tr("Approved");
    case InvoiceState::Refused:
        return tr("Refused");
    }
    return {};
}

InvoiceMatch ThreeWayMatch::match(QSqlDatabase& db, const SupplierInvoice& invoice,
                                  const Decimal& tolerancePercent)
{
    InvoiceMatch m;
    m.invoice = invoice;
    const bool namedOrder =
        !invoice.orderId.isEmpty() && orderExists(db, invoice.supplierId, invoice.orderId);
    const QList<Candidate> pool =
        candidates(db, invoice.supplierId, namedOrder ? invoice.orderId : QString());
    const bool credit = invoice.kind == SupplierInvoice::Kind::CreditNote;
    QSet<QString> used;
    int position = 0;
    for (const SupplierInvoiceLine& line : invoice.lines) {
        MatchedInvoiceLine ml;
        ml.position = ++position;
        ml.invoiced = line;
        ml.billed = line.quantity;
        ml.billedPrice = line.unitPrice;
        const Candidate* found = nullptr;
        auto pick = [&](auto accept) {
            for (const Candidate& c : pool)
                if (!found && !used.contains(c.orderId + u'\n' + c.lineId) && accept(c))
                    found = &c;
        };
        auto sameCode = [&](const Candidate& c) {
            return (!line.sku.isEmpty() && c.sku == line.sku) ||
                   (!line.gtin.isEmpty() && c.gtin == line.gtin);
        };
        if (!line.orderLineRef.isEmpty() && namedOrder)
            pick([&](const Candidate& c) { return c.lineId == line.orderLineRef && sameCode(c); });
        pick([&](const Candidate& c) { return !line.sku.isEmpty() && c.sku == line.sku; });
        pick([&](const Candidate& c) { return !line.gtin.isEmpty() && c.gtin == line.gtin; });
        if (!found) {
            ml.unmatched = true;
            const QString code = line.sku.isEmpty() ? line.gtin : line.sku;
            ml.reason = namedOrder
                            ? tr("%1 is not on order %2 (or is billed twice).").arg(code, invoice.orderId)
                        : invoice.orderId.isEmpty()
                            ? tr("%1 is on no order of this supplier.").arg(code)
                            : tr("Order %1 is unknown and %2 is on no other order of this supplier.")
                                  .arg(invoice.orderId, code);
            m.lines.append(ml);
            continue;
        }
        // Billed in the order line's unit: the same, or the pack and its content.
        Decimal billed = line.quantity;
        Decimal price = line.unitPrice;
        if (!line.unitCode.isEmpty() && line.unitCode != found->unitCode) {
            const std::optional<CatalogueItem> item =
                SupplierStore::product(db, invoice.supplierId, found->sku);
            const Product* p = item ? &item->product : nullptr;
            if (p && line.unitCode == p->unitCode && found->unitCode == p->packUnitCode &&
                !p->packSize.isZero()) {
                billed = line.quantity / p->packSize;
                price = line.unitPrice * p->packSize;
            } else if (p && line.unitCode == p->packUnitCode && found->unitCode == p->unitCode) {
                billed = line.quantity * p->packSize;
                price = p->packSize.isZero() ? price : line.unitPrice / p->packSize;
            } else {
                ml.unmatched = true;
                ml.reason = tr("%1 is billed in %2 but was ordered in %3.")
                                .arg(line.sku.isEmpty() ? line.gtin : line.sku,
                                     UnitCode::label(line.unitCode), UnitCode::label(found->unitCode));
                m.lines.append(ml);
                continue;
            }
        }
        used.insert(found->orderId + u'\n' + found->lineId);
        ml.orderId = found->orderId;
        ml.orderLineId = found->lineId;
        ml.productSku = found->sku;
        ml.unitCode = found->unitCode;
        ml.ordered = found->ordered;
        ml.orderedPrice = found->netPrice;
        ml.billed = billed;
        ml.billedPrice = price;
        receivedOf(db, invoice.supplierId, *found, &ml.received, &ml.receivedSource);
        if (!credit) {
            const Decimal gap = price > found->netPrice ? price - found->netPrice : found->netPrice - price;
            ml.priceDifference = gap * Decimal::fromInt(100) > tolerancePercent * found->netPrice;
            ml.quantityDifference = billed != ml.received;
        }
        m.lines.append(ml);
    }
    m.vat = vatChecks(invoice);
    m.state = stateOf(m);
    return m;
}

bool ThreeWayMatch::import(QSqlDatabase& db, const SupplierInvoice& invoice, const QByteArray& document,
                           const Decimal& tolerancePercent, const QDateTime& now, ImportOutcome* outcome,
                           QString* error)
{
    if (outcome)
        *outcome = ImportOutcome::Stored;
    if (invoice.supplierId.isEmpty() || !SupplierStore::supplier(db, invoice.supplierId)) {
        *error = tr("Invoice %1: the supplier \"%2\" is unknown.").arg(invoice.id, invoice.supplierId);
        return false;
    }
    if (invoice.id.isEmpty() || !invoice.issueDate.isValid() || invoice.lines.isEmpty()) {
        *error = tr("An invoice needs a number, a date and at least one line.");
        return false;
    }
    QSqlQuery known(db);
    if (!run(db, QStringLiteral("SELECT document FROM supplier_invoice WHERE supplier_id = ? AND id = ?"),
             {invoice.supplierId, invoice.id}, error, &known))
        return false;
    if (known.next()) {
        const bool sameBytes = known.value(0).toByteArray() == document;
        const std::optional<InvoiceMatch> held =
            sameBytes ? std::nullopt : stored(db, invoice.supplierId, invoice.id);
        if (!sameBytes && !held) {
            *error = tr("Invoice %1: the invoice held under that number could not be read.").arg(invoice.id);
            return false;
        }
        if (sameBytes || sameContent(held->invoice, invoice)) {
            if (outcome)
                *outcome = ImportOutcome::AlreadyStored;
            return true;
        }
        // Other content under a number held: set aside for the manager, the held one untouched.
        if (outcome)
            *outcome = ImportOutcome::SetAside;
        return run(
            db,
            QStringLiteral(
                "INSERT OR IGNORE INTO supplier_invoice_resend (supplier_id, invoice_id, source, "
                "document, content, tax_inclusive_micros, line_count, received_at) VALUES (?, ?, ?, ?, "
                "?, ?, ?, ?)"),
            {invoice.supplierId, invoice.id, invoice.source, document, contentJson(invoice),
             invoice.taxInclusive.micros(), int(invoice.lines.size()), iso(now)},
            error);
    }
    const QString s = invoice.supplierId;
    if (!run(db,
             QStringLiteral(
                 "INSERT INTO supplier_invoice (supplier_id, id, kind, source, issue_date, due_date, "
                 "order_id, despatch_id, currency, line_total_micros, tax_exclusive_micros, tax_micros, "
                 "tax_inclusive_micros, payable_micros, state, document, received_at) VALUES (?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'to_match', ?, ?)"),
             {s, invoice.id, SupplierInvoice::kindName(invoice.kind), invoice.source,
              invoice.issueDate.toString(Qt::ISODate),
              invoice.dueDate.isValid() ? QVariant(invoice.dueDate.toString(Qt::ISODate)) : QVariant(),
              invoice.orderId.isNull() ? QStringLiteral("") : invoice.orderId,
              invoice.despatchId.isNull() ? QStringLiteral("") : invoice.despatchId, invoice.currency,
              invoice.lineTotal.micros(), invoice.taxExclusive.micros(), invoice.tax.micros(),
              invoice.taxInclusive.micros(), invoice.payable.micros(), document, iso(now)},
             error))
        return false;
    for (auto it = invoice.vat.cbegin(); it != invoice.vat.cend(); ++it)
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO supplier_invoice_vat (supplier_id, invoice_id, vat, taxable_micros, "
                     "tax_micros) VALUES (?, ?, ?, ?, ?)"),
                 {s, invoice.id, SupplierStore::vatText(it.key()), it->taxable.micros(), it->tax.micros()},
                 error))
            return false;
    int position = 0;
    for (const SupplierInvoiceLine& l : invoice.lines) {
        auto text = [](const QString& t) { return t.isNull() ? QStringLiteral("") : t; };
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO supplier_invoice_line (supplier_id, invoice_id, position, line_id, sku, "
                     "gtin, name, quantity_micros, unit_code, unit_price_micros, amount_micros, vat, "
                     "order_line_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {s, invoice.id, ++position, text(l.lineId), text(l.sku), text(l.gtin), text(l.name),
                  l.quantity.micros(), text(l.unitCode), l.unitPrice.micros(), l.amount.micros(),
                  SupplierStore::vatText(l.vat), text(l.orderLineRef)},
                 error))
            return false;
    }
    return storeMatch(db, match(db, invoice, tolerancePercent), error);
}

std::optional<QString> ThreeWayMatch::importUbl(QSqlDatabase& db, const QByteArray& xml,
                                                const QString& supplierId, const Decimal& tolerancePercent,
                                                const QDateTime& now, QString* error, ImportOutcome* outcome)
{
    Ubl::ReadError readError;
    std::optional<SupplierInvoice> invoice = UblInvoice::read(xml, &readError);
    if (!invoice) {
        *error = tr("The invoice was refused, nothing was stored: %1").arg(readError.toString());
        return std::nullopt;
    }
    invoice->supplierId = supplierId;
    if (invoice->supplierId.isEmpty()) {
        QSqlQuery q(db);
        if (run(db, QStringLiteral("SELECT id FROM supplier WHERE endpoint_scheme = ? AND endpoint_id = ?"),
                {invoice->seller.scheme, invoice->seller.id}, nullptr, &q) &&
            q.next())
            invoice->supplierId = q.value(0).toString();
    }
    if (invoice->supplierId.isEmpty()) {
        *error = tr("Invoice %1: no supplier has the PEPPOL endpoint %2:%3 (%4); nothing was stored.")
                     .arg(invoice->id, invoice->seller.scheme, invoice->seller.id, invoice->sellerName);
        return std::nullopt;
    }
    if (!import(db, *invoice, xml, tolerancePercent, now, outcome, error))
        return std::nullopt;
    return invoice->id;
}

bool ThreeWayMatch::importCsv(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId,
                              const QDate& issueDate, const QString& orderId, const QByteArray& bytes,
                              const InvoiceCsvMapping& mapping, const Decimal& tolerancePercent,
                              const QDateTime& now, QString* error, ImportOutcome* outcome)
{
    QString readError;
    const std::optional<QList<SupplierInvoiceLine>> lines = InvoiceCsv::read(bytes, mapping, &readError);
    if (!lines) {
        *error = tr("The invoice was refused, nothing was stored: %1").arg(readError);
        return false;
    }
    SupplierInvoice invoice;
    invoice.supplierId = supplierId;
    invoice.id = invoiceId.trimmed();
    invoice.source = QStringLiteral("csv");
    invoice.issueDate = issueDate;
    invoice.orderId = orderId.trimmed();
    invoice.lines = *lines;
    invoice.computeTotals();
    return import(db, invoice, bytes, tolerancePercent, now, outcome, error);
}

bool ThreeWayMatch::sameContent(const SupplierInvoice& held, const SupplierInvoice& received)
{
    if (held.kind != received.kind || held.issueDate != received.issueDate ||
        held.dueDate != received.dueDate || held.orderId != received.orderId ||
        held.despatchId != received.despatchId || held.currency != received.currency ||
        held.lineTotal != received.lineTotal || held.taxExclusive != received.taxExclusive ||
        held.tax != received.tax || held.taxInclusive != received.taxInclusive ||
        held.payable != received.payable || held.lines.size() != received.lines.size())
        return false;
    for (qsizetype i = 0; i < held.lines.size(); ++i) {
        const SupplierInvoiceLine& a = held.lines.at(i);
        const SupplierInvoiceLine& b = received.lines.at(i);
        if (a.sku != b.sku || a.gtin != b.gtin || a.orderLineRef != b.orderLineRef ||
            a.quantity != b.quantity || a.unitCode != b.unitCode || a.unitPrice != b.unitPrice ||
            a.amount != b.amount || a.vat != b.vat)
            return false;
    }
    return true;
}

QList<InvoiceResend> ThreeWayMatch::resends(QSqlDatabase& db)
{
    QList<InvoiceResend> out;
    QSqlQuery q(db);
    if (!run(db,
             QStringLiteral(
                 "SELECT r.id, r.supplier_id, COALESCE(s.name, r.supplier_id), r.invoice_id, r.source, "
                 "r.received_at, r.tax_inclusive_micros, r.line_count, i.tax_inclusive_micros, i.state, "
                 "(SELECT COUNT(*) FROM supplier_invoice_line l WHERE l.supplier_id = r.supplier_id AND "
                 "l.invoice_id = r.invoice_id), "
                 "(SELECT COUNT(*) FROM supplier_invoice_approval a WHERE a.supplier_id = r.supplier_id AND "
                 "a.invoice_id = r.invoice_id AND a.decision = 'approved') "
                 "FROM supplier_invoice_resend r LEFT JOIN supplier s ON s.id = r.supplier_id "
                 "LEFT JOIN supplier_invoice i ON i.supplier_id = r.supplier_id AND i.id = r.invoice_id "
                 "WHERE r.resolution = '' ORDER BY r.received_at, r.id"),
             {}, nullptr, &q))
        return out;
    while (q.next()) {
        InvoiceResend r;
        r.id = q.value(0).toLongLong();
        r.supplierId = q.value(1).toString();
        r.supplierName = q.value(2).toString();
        r.invoiceId = q.value(3).toString();
        r.source = q.value(4).toString();
        r.receivedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        r.resentTotal = micros(q.value(6));
        r.resentLines = q.value(7).toInt();
        r.heldTotal = micros(q.value(8));
        r.heldState = stateFrom(q.value(9).toString());
        r.heldLines = q.value(10).toInt();
        r.heldApproved = r.heldState == InvoiceState::Approved || q.value(11).toInt() > 0;
        out.append(r);
    }
    return out;
}

bool ThreeWayMatch::keepHeld(QSqlDatabase& db, qint64 resendId, const QDateTime& now, QString* error)
{
    QSqlQuery q(db);
    if (!run(db,
             QStringLiteral(
                 "UPDATE supplier_invoice_resend SET resolution = 'kept', resolved_at = ? WHERE id = ? "
                 "AND resolution = ''"),
             {iso(now), resendId}, error, &q))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = tr("That invoice received again was already settled.");
        return false;
    }
    return true;
}

bool ThreeWayMatch::replaceHeld(QSqlDatabase& db, qint64 resendId, const Decimal& tolerancePercent,
                                const QDateTime& now, QString* error)
{
    QSqlQuery q(db);
    if (!run(db,
             QStringLiteral("SELECT supplier_id, invoice_id, document, content FROM supplier_invoice_resend "
                            "WHERE id = ? AND resolution = ''"),
             {resendId}, error, &q))
        return false;
    if (!q.next()) {
        *error = tr("That invoice received again was already settled.");
        return false;
    }
    const QString supplierId = q.value(0).toString();
    const QString invoiceId = q.value(1).toString();
    const QByteArray document = q.value(2).toByteArray();
    const SupplierInvoice invoice = contentFrom(q.value(3).toString(), supplierId);
    for (const InvoiceResend& r : resends(db)) {
        if (r.id == resendId && r.heldApproved) {
            *error = tr("Invoice %1 is approved (its prices are already the products' costs): it is never "
                        "replaced. Keep it, and ask the supplier for a credit note cancelling it and a new "
                        "invoice with the corrected amounts.")
                         .arg(invoiceId);
            return false;
        }
    }
    const std::optional<QByteArray> held = ThreeWayMatch::document(db, supplierId, invoiceId);
    if (held && !removeInvoice(db, supplierId, invoiceId, error))
        return false;
    ImportOutcome outcome = ImportOutcome::Stored;
    if (!import(db, invoice, document, tolerancePercent, now, &outcome, error))
        return false;
    return run(db,
               QStringLiteral("UPDATE supplier_invoice_resend SET resolution = 'replaced', resolved_at = ?, "
                              "replaced_document = ? WHERE id = ?"),
               {iso(now), held ? QVariant(*held) : QVariant(QMetaType(QMetaType::QByteArray)), resendId},
               error);
}

std::optional<QByteArray> ThreeWayMatch::document(QSqlDatabase& db, const QString& supplierId,
                                                  const QString& invoiceId)
{
    QSqlQuery q(db);
    if (!run(db, QStringLiteral("SELECT document FROM supplier_invoice WHERE supplier_id = ? AND id = ?"),
             {supplierId, invoiceId}, nullptr, &q) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QList<InvoiceSummary> ThreeWayMatch::invoices(QSqlDatabase& db)
{
    QList<InvoiceSummary> out;
    QSqlQuery q(db);
    if (!run(db,
             QStringLiteral(
                 "SELECT i.supplier_id, COALESCE(s.name, i.supplier_id), i.id, i.kind, i.issue_date, "
                 "i.order_id, "
                 "i.tax_inclusive_micros, i.state, (SELECT COUNT(*) FROM supplier_invoice_match m WHERE "
                 "m.supplier_id = i.supplier_id AND m.invoice_id = i.id AND m.unmatched = 0 AND "
                 "(m.price_difference = 1 OR m.quantity_difference = 1)), (SELECT COUNT(*) FROM "
                 "supplier_invoice_match m WHERE m.supplier_id = i.supplier_id AND m.invoice_id = i.id AND "
                 "m.unmatched = 1) FROM supplier_invoice i LEFT JOIN supplier s ON s.id = i.supplier_id "
                 "ORDER BY "
                 "i.issue_date DESC, i.received_at DESC, i.id DESC"),
             {}, nullptr, &q))
        return out;
    while (q.next()) {
        InvoiceSummary s;
        s.supplierId = q.value(0).toString();
        s.supplierName = q.value(1).toString();
        s.id = q.value(2).toString();
        s.kind = q.value(3).toString() == QLatin1String("credit_note") ? SupplierInvoice::Kind::CreditNote
                                                                       : SupplierInvoice::Kind::Invoice;
        s.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.orderId = q.value(5).toString();
        s.taxInclusive = micros(q.value(6));
        s.state = stateFrom(q.value(7).toString());
        s.differences = q.value(8).toInt();
        s.unmatched = q.value(9).toInt();
        out.append(s);
    }
    return out;
}

std::optional<InvoiceMatch> ThreeWayMatch::stored(QSqlDatabase& db, const QString& supplierId,
                                                  const QString& invoiceId)
{
    QSqlQuery q(db);
    if (!run(db,
             QStringLiteral(
                 "SELECT supplier_id, id, kind, source, issue_date, due_date, order_id, despatch_id, "
                 "currency, line_total_micros, tax_exclusive_micros, tax_micros, tax_inclusive_micros, "
                 "payable_micros, state FROM supplier_invoice WHERE supplier_id = ? AND id = ?"),
             {supplierId, invoiceId}, nullptr, &q) ||
        !q.next())
        return std::nullopt;
    InvoiceMatch m;
    m.invoice = readHeader(q);
    m.state = stateFrom(q.value(14).toString());
    QSqlQuery v(db);
    if (run(db,
            QStringLiteral(
                "SELECT vat, taxable_micros, tax_micros FROM supplier_invoice_vat WHERE supplier_id = ? AND "
                "invoice_id = ?"),
            {supplierId, invoiceId}, nullptr, &v))
        while (v.next())
            m.invoice.vat.insert(vatFrom(v.value(0).toString()), {micros(v.value(1)), micros(v.value(2))});
    QSqlQuery l(db);
    if (!run(
            db,
            QStringLiteral(
                "SELECT l.position, l.line_id, l.sku, l.gtin, l.name, l.quantity_micros, l.unit_code, "
                "l.unit_price_micros, l.amount_micros, l.vat, l.order_line_ref, m.order_id, m.order_line_id, "
                "m.ordered_micros, m.received_micros, m.received_source, m.ordered_price_micros, "
                "m.billed_micros, "
                "m.billed_price_micros, m.price_difference, m.quantity_difference, m.unmatched, m.reason, "
                "COALESCE(a.decision, ''), COALESCE(o.sku, ''), COALESCE(o.unit_code, '') "
                "FROM supplier_invoice_line l LEFT JOIN supplier_invoice_match m ON m.supplier_id = "
                "l.supplier_id "
                "AND m.invoice_id = l.invoice_id AND m.position = l.position LEFT JOIN "
                "supplier_invoice_approval a "
                "ON a.supplier_id = l.supplier_id AND a.invoice_id = l.invoice_id AND a.position = "
                "l.position "
                "LEFT JOIN supplier_order_line o ON o.supplier_id = l.supplier_id AND o.order_id = "
                "m.order_id AND "
                "o.line_id = m.order_line_id WHERE l.supplier_id = ? AND l.invoice_id = ? ORDER BY "
                "l.position"),
            {supplierId, invoiceId}, nullptr, &l))
        return std::nullopt;
    while (l.next()) {
        MatchedInvoiceLine ml;
        ml.position = l.value(0).toInt();
        SupplierInvoiceLine& il = ml.invoiced;
        il.lineId = l.value(1).toString();
        il.sku = l.value(2).toString();
        il.gtin = l.value(3).toString();
        il.name = l.value(4).toString();
        il.quantity = micros(l.value(5));
        il.unitCode = l.value(6).toString();
        il.unitPrice = micros(l.value(7));
        il.amount = micros(l.value(8));
        il.vat = vatFrom(l.value(9).toString());
        il.orderLineRef = l.value(10).toString();
        ml.orderId = l.value(11).toString();
        ml.orderLineId = l.value(12).toString();
        ml.ordered = micros(l.value(13));
        ml.received = micros(l.value(14));
        ml.receivedSource = l.value(15).toString();
        ml.orderedPrice = micros(l.value(16));
        ml.billed = micros(l.value(17));
        ml.billedPrice = micros(l.value(18));
        ml.priceDifference = l.value(19).toBool();
        ml.quantityDifference = l.value(20).toBool();
        ml.unmatched = l.value(21).toBool();
        ml.reason = l.value(22).toString();
        ml.decision = l.value(23).toString();
        ml.productSku = l.value(24).toString();
        ml.unitCode = l.value(25).toString();
        m.invoice.lines.append(il);
        m.lines.append(ml);
    }
    m.vat = vatChecks(m.invoice);
    return m;
}

QList<std::pair<InvoiceSummary, MatchedInvoiceLine>> ThreeWayMatch::unmatchedLines(QSqlDatabase& db)
{
    QList<std::pair<InvoiceSummary, MatchedInvoiceLine>> out;
    for (const InvoiceSummary& s : invoices(db)) {
        if (s.unmatched == 0)
            continue;
        const std::optional<InvoiceMatch> m = stored(db, s.supplierId, s.id);
        if (!m)
            continue;
        for (const MatchedInvoiceLine& l : m->lines)
            if (l.unmatched && l.decision.isEmpty())
                out.append({s, l});
    }
    return out;
}

bool ThreeWayMatch::rematch(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId,
                            const Decimal& tolerancePercent, QString* error)
{
    const std::optional<InvoiceMatch> current = stored(db, supplierId, invoiceId);
    if (!current) {
        *error = tr("Invoice %1 is not stored.").arg(invoiceId);
        return false;
    }
    InvoiceMatch fresh = match(db, current->invoice, tolerancePercent);
    for (qsizetype i = 0; i < fresh.lines.size() && i < current->lines.size(); ++i)
        fresh.lines[i].decision = current->lines.at(i).decision;
    return storeMatch(db, fresh, error);
}

bool ThreeWayMatch::rematchOpen(QSqlDatabase& db, const Decimal& tolerancePercent, QString* error)
{
    for (const InvoiceSummary& s : invoices(db))
        if ((s.state == InvoiceState::ToMatch || s.state == InvoiceState::Discrepancies) &&
            !rematch(db, s.supplierId, s.id, tolerancePercent, error))
            return false;
    return true;
}

bool ThreeWayMatch::approve(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId,
                            int position, const QDate& day, const QDateTime& now, ApprovalOutcome* outcome,
                            QString* error)
{
    ApprovalOutcome local;
    ApprovalOutcome& out = outcome ? *outcome : local;
    out = {};
    std::optional<InvoiceMatch> m = stored(db, supplierId, invoiceId);
    if (!m) {
        *error = tr("Invoice %1 is not stored.").arg(invoiceId);
        return false;
    }
    QList<MatchedInvoiceLine*> targets;
    for (MatchedInvoiceLine& l : m->lines) {
        if (position != 0 && l.position != position)
            continue;
        if (position != 0 && !l.decision.isEmpty()) {
            *error = tr("Line %1 of invoice %2 is already decided.").arg(position).arg(invoiceId);
            return false;
        }
        if (l.decision.isEmpty())
            targets.append(&l);
    }
    if (position != 0 && targets.isEmpty()) {
        *error = tr("Invoice %1 has no line %2.").arg(invoiceId).arg(position);
        return false;
    }
    if (position == 0) {
        int unmatched = 0;
        for (const MatchedInvoiceLine* l : std::as_const(targets))
            unmatched += l->unmatched;
        if (unmatched > 0) {
            *error = tr("%n line(s) of invoice %1 match nothing: approve or refuse them one by one first.",
                        "", unmatched)
                         .arg(invoiceId);
            return false;
        }
    }
    const bool credit = m->invoice.kind == SupplierInvoice::Kind::CreditNote;
    for (MatchedInvoiceLine* l : std::as_const(targets)) {
        QVariant sku, previous, next;
        if (!l->unmatched && !credit) {
            if (std::optional<CatalogueItem> item = SupplierStore::product(db, supplierId, l->productSku)) {
                Product& p = item->product;
                // The billed price per order-line unit, as the product's unit price.
                Decimal cost = l->billedPrice;
                if (l->unitCode == p.packUnitCode && l->unitCode != p.unitCode && !p.packSize.isZero())
                    cost = l->billedPrice / p.packSize;
                sku = p.sku;
                previous = p.unitPrice.micros();
                next = cost.micros();
                // A promotion billed as promised leaves the regular price alone.
                const bool promotionBilled = p.promotion && p.promotion->appliesOn(m->invoice.issueDate) &&
                                             p.promotion->unitPrice == cost;
                if (cost != p.unitPrice && !promotionBilled) {
                    p.unitPrice = cost;
                    ProductUpsert upsert;
                    if (!SupplierStore::upsertProduct(db, *item, Decimal::fromInt(5), now, &upsert, error))
                        return false;
                    out.repriced.append({supplierId, p.sku});
                } else {
                    next = p.unitPrice.micros();
                }
            }
        }
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO supplier_invoice_approval (supplier_id, invoice_id, position, decision, "
                     "product_sku, previous_cost_micros, new_cost_micros, decided_at) VALUES (?, ?, ?, "
                     "'approved', ?, ?, ?, ?)"),
                 {supplierId, invoiceId, l->position, sku, previous, next, iso(now)}, error))
            return false;
        l->decision = QStringLiteral("approved");
        ++out.linesApproved;
    }
    // Every recipe using a repriced product follows, in this transaction.
    if (!RecipeStore::recomputeForProducts(db, out.repriced, day, now, &out.recipesUpdated, error))
        return false;
    if (!run(db,
             QStringLiteral(
                 "UPDATE supplier_invoice SET state = ?, decided_at = ? WHERE supplier_id = ? AND id = ?"),
             {stateName(stateOf(*m)), iso(now), supplierId, invoiceId}, error))
        return false;
    return true;
}

bool ThreeWayMatch::refuse(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId,
                           int position, const QDateTime& now, QString* error)
{
    std::optional<InvoiceMatch> m = stored(db, supplierId, invoiceId);
    if (!m) {
        *error = tr("Invoice %1 is not stored.").arg(invoiceId);
        return false;
    }
    bool any = false;
    for (MatchedInvoiceLine& l : m->lines) {
        if ((position != 0 && l.position != position) || !l.decision.isEmpty())
            continue;
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO supplier_invoice_approval (supplier_id, invoice_id, position, decision, "
                     "decided_at) VALUES (?, ?, ?, 'refused', ?)"),
                 {supplierId, invoiceId, l.position, iso(now)}, error))
            return false;
        l.decision = QStringLiteral("refused");
        any = true;
    }
    if (!any) {
        *error = position == 0 ? tr("Every line of invoice %1 is already decided.").arg(invoiceId)
                               : tr("Line %1 of invoice %2 is already decided or does not exist.")
                                     .arg(position)
                                     .arg(invoiceId);
        return false;
    }
    InvoiceState state = stateOf(*m);
    if (position == 0)
        state = InvoiceState::Refused;
    return run(db,
               QStringLiteral(
                   "UPDATE supplier_invoice SET state = ?, decided_at = ? WHERE supplier_id = ? AND id = ?"),
               {stateName(state), iso(now), supplierId, invoiceId}, error);
}

CreditRequest ThreeWayMatch::shortfallRequest(const InvoiceMatch& m, const QDate& issueDate)
{
    CreditRequest c;
    c.supplierId = m.invoice.supplierId;
    c.id = QStringLiteral("AV-") + m.invoice.id;
    c.orderId = m.invoice.orderId;
    c.despatchId = m.invoice.despatchId;
    c.issueDate = issueDate;
    for (const MatchedInvoiceLine& l : m.lines) {
        const Decimal missing = l.shortfall();
        if (!(missing > Decimal()) || m.invoice.kind == SupplierInvoice::Kind::CreditNote)
            continue;
        if (c.orderId.isEmpty())
            c.orderId = l.orderId;
        CreditLine line;
        line.orderLineId = l.orderLineId;
        line.sku = l.productSku;
        line.name = l.invoiced.name;
        line.reason = Discrepancy::Missing;
        line.quantity = missing;
        line.unitCode = l.unitCode;
        line.unitPrice = l.billedPrice;
        line.amount = (missing * l.billedPrice).rounded(2);
        line.vat = l.invoiced.vat;
        c.lines.append(line);
        c.byRate[line.vat].base += line.amount;
    }
    for (auto it = c.byRate.begin(); it != c.byRate.end(); ++it) {
        it->tax = Vat::taxOn(it->base, it.key());
        c.totalExclVat += it->base;
        c.tax += it->tax;
    }
    c.totalInclVat = c.totalExclVat + c.tax;
    return c;
}

} // namespace Moulin
