#include "suppliers/core/ublinvoice.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Moulin {

void SupplierInvoice::computeTotals()
{
    lineTotal = Decimal();
    vat.clear();
    for (const SupplierInvoiceLine& line : std::as_const(lines)) {
        lineTotal += line.amount;
        vat[line.vat].taxable += line.amount;
    }
    if (!charges.isZero() || !allowances.isZero())
        vat[VatRate::Standard20].taxable += charges - allowances;
    tax = Decimal();
    for (auto it = vat.begin(); it != vat.end(); ++it) {
        it->tax = Vat::taxOn(it->taxable, it.key());
        tax += it->tax;
    }
    taxExclusive = lineTotal + charges - allowances;
    taxInclusive = taxExclusive + tax;
    payable = taxInclusive;
}

namespace {

struct Failure
{
    Ubl::ReadError error;
};

[[noreturn]] void fail(const QString& element, qint64 line, const char* rule, const QString& message)
{
    throw Failure{{element, QStringLiteral("[%1] %2").arg(QLatin1StringView(rule), message), line}};
}

[[noreturn]] void fail(const Ubl::Element& e, const char* rule, const QString& message)
{
    fail(e.path.isEmpty() ? e.qname : e.path, e.line, rule, message);
}

const Ubl::Element& required(const Ubl::Element& parent, const QString& path, const char* rule)
{
    const Ubl::Element* e = parent.find(path);
    if (!e) {
        const QString full = parent.path.isEmpty() ? path : parent.path + u'/' + path;
        fail(full, parent.line, rule, UblInvoice::tr("required element missing"));
    }
    return *e;
}

QString requiredValue(const Ubl::Element& parent, const QString& path, const char* rule)
{
    const Ubl::Element& e = required(parent, path, rule);
    if (e.value().isEmpty())
        fail(e, rule, UblInvoice::tr("empty element"));
    return e.value();
}

QDate dateOf(const Ubl::Element& e, const char* rule)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(e.value(), Qt::ISODate);
    if (!iso.match(e.value()).hasMatch() || !date.isValid())
        fail(e, rule, UblInvoice::tr("not a date (YYYY-MM-DD): \"%1\"").arg(e.value()));
    return date;
}

Decimal numberOf(const Ubl::Element& e, const char* rule)
{
    const std::optional<Decimal> value = Decimal::parse(e.value());
    if (!value)
        fail(e, rule, UblInvoice::tr("not a number: \"%1\"").arg(e.value()));
    return *value;
}

/// An amount in the document's currency (PEPPOL-EN16931-R051).
Decimal amountOf(const Ubl::Element& e, const QString& currency, const char* rule, bool price = false)
{
    const Decimal value = numberOf(e, rule);
    const QString id = e.attribute(QStringLiteral("currencyID"));
    if (id != currency)
        fail(e, "PEPPOL-EN16931-R051",
             UblInvoice::tr("the currency \"%1\" differs from the document's %2").arg(id, currency));
    if (!price && value.decimals() > 2)
        fail(e, "PEPPOL-EN16931-R046",
             UblInvoice::tr("an amount has at most two decimals: %1").arg(e.value()));
    return value;
}

Decimal requiredAmount(const Ubl::Element& parent, const QString& path, const QString& currency,
                       const char* rule)
{
    return amountOf(required(parent, path, rule), currency, rule);
}

VatRate rateOf(const Ubl::Element& category, const char* where)
{
    const QString code = requiredValue(category, QStringLiteral("cbc:ID"), "BR-CO-04");
    const Ubl::Element& percent = required(category, QStringLiteral("cbc:Percent"), "BR-S-05");
    const Decimal value = numberOf(percent, "BR-S-05");
    const std::optional<VatRate> rate = Vat::fromPercent(value);
    if (code != QLatin1String("S"))
        fail(category, "MOULIN-B-01",
             UblInvoice::tr("VAT category \"%1\" on %2: only the standard category S at a French rate is "
                            "read")
                 .arg(code, QLatin1StringView(where)));
    if (!rate)
        fail(percent, "MOULIN-B-02",
             UblInvoice::tr("the VAT rate %1 % is not a French rate (5.5, 10 or 20)").arg(percent.value()));
    return *rate;
}

void checkParty(const Ubl::Element& root, const char* role, const char* endpointRule, const char* nameRule,
                const char* addressRule, const char* countryRule, PeppolParticipant* endpoint, QString* name)
{
    const Ubl::Element& party =
        required(root, QStringLiteral("cac:%1/cac:Party").arg(QLatin1StringView(role)), nameRule);
    const Ubl::Element& id = required(party, QStringLiteral("cbc:EndpointID"), endpointRule);
    if (id.value().isEmpty())
        fail(id, endpointRule, UblInvoice::tr("empty element"));
    if (id.attribute(QStringLiteral("schemeID")).isEmpty())
        fail(id, "BR-62", UblInvoice::tr("the schemeID attribute is missing"));
    if (endpoint)
        *endpoint = {id.attribute(QStringLiteral("schemeID")), id.value()};
    const QString registration =
        requiredValue(party, QStringLiteral("cac:PartyLegalEntity/cbc:RegistrationName"), nameRule);
    if (name)
        *name = registration;
    const Ubl::Element& address = required(party, QStringLiteral("cac:PostalAddress"), addressRule);
    requiredValue(address, QStringLiteral("cac:Country/cbc:IdentificationCode"), countryRule);
}

SupplierInvoice readInvoice(const Ubl::Element& root)
{
    SupplierInvoice invoice;
    const bool credit = root.localName == QLatin1String("CreditNote");
    const QLatin1StringView ns(credit ? Ubl::kCreditNoteNs : Ubl::kInvoiceNs);
    if ((root.localName != QLatin1String("Invoice") && !credit) || root.namespaceUri != ns)
        fail(root, "BR-01",
             UblInvoice::tr("expected a UBL Invoice or CreditNote document (namespace %1), found %2")
                 .arg(QLatin1StringView(Ubl::kInvoiceNs), root.qname));
    invoice.kind = credit ? SupplierInvoice::Kind::CreditNote : SupplierInvoice::Kind::Invoice;

    const Ubl::Element& customization = required(root, QStringLiteral("cbc:CustomizationID"), "BR-01");
    if (customization.value() != QLatin1StringView(Ubl::kBillingCustomization))
        fail(customization, "BR-01",
             UblInvoice::tr("unexpected specification \"%1\" (expected %2)")
                 .arg(customization.value(), QLatin1StringView(Ubl::kBillingCustomization)));
    static const QRegularExpression profile(
        QStringLiteral("^urn:fdc:peppol\\.eu:2017:poacc:billing:\\d{2}:1\\.0$"));
    const Ubl::Element& profileId = required(root, QStringLiteral("cbc:ProfileID"), "PEPPOL-EN16931-R001");
    if (!profile.match(profileId.value()).hasMatch())
        fail(profileId, "PEPPOL-EN16931-R007",
             UblInvoice::tr("unexpected profile \"%1\" (urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0)")
                 .arg(profileId.value()));
    invoice.id = requiredValue(root, QStringLiteral("cbc:ID"), "BR-02");
    invoice.issueDate = dateOf(required(root, QStringLiteral("cbc:IssueDate"), "BR-03"), "BR-03");
    if (const Ubl::Element* due = root.find(u"cbc:DueDate"))
        invoice.dueDate = dateOf(*due, "BR-03");
    const Ubl::Element& type = required(
        root, credit ? QStringLiteral("cbc:CreditNoteTypeCode") : QStringLiteral("cbc:InvoiceTypeCode"),
        "BR-04");
    static const QStringList invoiceCodes{QStringLiteral("380"), QStringLiteral("383"),
                                          QStringLiteral("384"), QStringLiteral("386"),
                                          QStringLiteral("389"), QStringLiteral("751")};
    static const QStringList creditCodes{QStringLiteral("381"), QStringLiteral("396"), QStringLiteral("532")};
    if (!(credit ? creditCodes : invoiceCodes).contains(type.value()))
        fail(type, "BR-CL-01", UblInvoice::tr("unknown document type code \"%1\"").arg(type.value()));
    invoice.currency = requiredValue(root, QStringLiteral("cbc:DocumentCurrencyCode"), "BR-05");
    if (invoice.currency != QLatin1String("EUR"))
        fail(required(root, QStringLiteral("cbc:DocumentCurrencyCode"), "BR-05"), "MOULIN-B-03",
             UblInvoice::tr("only invoices in euros are read, not %1").arg(invoice.currency));
    invoice.orderId = root.valueAt(u"cac:OrderReference/cbc:ID");
    if (invoice.orderId.isEmpty() && root.valueAt(u"cbc:BuyerReference").isEmpty())
        fail(root.qname + QStringLiteral("/cbc:BuyerReference"), root.line, "PEPPOL-EN16931-R003",
             UblInvoice::tr("a buyer reference or an order reference must be given"));
    invoice.despatchId = root.valueAt(u"cac:DespatchDocumentReference/cbc:ID");
    checkParty(root, "AccountingSupplierParty", "PEPPOL-EN16931-R020", "BR-06", "BR-08", "BR-09",
               &invoice.seller, &invoice.sellerName);
    checkParty(root, "AccountingCustomerParty", "PEPPOL-EN16931-R010", "BR-07", "BR-10", "BR-11", nullptr,
               &invoice.buyerName);

    const QString& cur = invoice.currency;
    // Document-level allowances and charges, per VAT rate.
    QMap<VatRate, Decimal> adjustments;
    for (const Ubl::Element* ac : root.all(u"cac:AllowanceCharge")) {
        const QString indicator =
            requiredValue(*ac, QStringLiteral("cbc:ChargeIndicator"), "UBL-CR-ChargeIndicator");
        const Decimal amount = requiredAmount(*ac, QStringLiteral("cbc:Amount"), cur, "BR-31");
        const VatRate rate =
            rateOf(required(*ac, QStringLiteral("cac:TaxCategory"), "BR-32"), "AllowanceCharge");
        if (indicator == QLatin1String("true")) {
            invoice.charges += amount;
            adjustments[rate] += amount;
        } else {
            invoice.allowances += amount;
            adjustments[rate] -= amount;
        }
    }

    const char* lineName = credit ? "cac:CreditNoteLine" : "cac:InvoiceLine";
    const QString quantityName =
        credit ? QStringLiteral("cbc:CreditedQuantity") : QStringLiteral("cbc:InvoicedQuantity");
    const std::vector<const Ubl::Element*> lines = root.all(QString::fromLatin1(lineName));
    if (lines.empty())
        fail(root.qname + u'/' + QLatin1StringView(lineName), root.line, "BR-16",
             UblInvoice::tr("an invoice has at least one line"));
    QMap<VatRate, Decimal> byRate;
    Decimal sum;
    for (const Ubl::Element* l : lines) {
        SupplierInvoiceLine line;
        line.lineId = requiredValue(*l, QStringLiteral("cbc:ID"), "BR-21");
        const Ubl::Element& quantity = required(*l, quantityName, "BR-22");
        line.quantity = numberOf(quantity, "BR-22");
        line.unitCode = quantity.attribute(QStringLiteral("unitCode"));
        if (line.unitCode.isEmpty())
            fail(quantity, "BR-23", UblInvoice::tr("the unitCode attribute is missing"));
        if (!UnitCode::isKnown(line.unitCode))
            fail(quantity, "MOULIN-B-04", UblInvoice::tr("unknown unit code \"%1\"").arg(line.unitCode));
        const Ubl::Element& amount = required(*l, QStringLiteral("cbc:LineExtensionAmount"), "BR-24");
        line.amount = amountOf(amount, cur, "BR-24");
        line.orderLineRef = l->valueAt(u"cac:OrderLineReference/cbc:LineID");
        const Ubl::Element& item = required(*l, QStringLiteral("cac:Item"), "BR-25");
        line.name = requiredValue(item, QStringLiteral("cbc:Name"), "BR-25");
        line.sku = item.valueAt(u"cac:SellersItemIdentification/cbc:ID");
        if (const Ubl::Element* gtin = item.find(u"cac:StandardItemIdentification/cbc:ID")) {
            line.gtin = gtin->value();
            if (gtin->attribute(QStringLiteral("schemeID")).isEmpty())
                fail(*gtin, "BR-64", UblInvoice::tr("the schemeID attribute is missing"));
            if (gtin->attribute(QStringLiteral("schemeID")) == QLatin1StringView(PeppolScheme::kGtin) &&
                !Gtin::isValid(line.gtin))
                fail(*gtin, "PEPPOL-COMMON-R040",
                     UblInvoice::tr("the GTIN %1 has a wrong check digit").arg(line.gtin));
        }
        line.vat = rateOf(required(item, QStringLiteral("cac:ClassifiedTaxCategory"), "BR-CO-04"), lineName);
        const Ubl::Element& price = required(*l, QStringLiteral("cac:Price/cbc:PriceAmount"), "BR-26");
        const Decimal priceAmount = amountOf(price, cur, "BR-26", true);
        if (priceAmount.isNegative())
            fail(price, "BR-27", UblInvoice::tr("negative price: %1").arg(price.value()));
        Decimal base = Decimal::fromInt(1);
        if (const Ubl::Element* baseQuantity = l->find(u"cac:Price/cbc:BaseQuantity")) {
            base = numberOf(*baseQuantity, "PEPPOL-EN16931-R121");
            if (base <= Decimal())
                fail(*baseQuantity, "PEPPOL-EN16931-R121",
                     UblInvoice::tr("the base quantity must be positive: %1").arg(baseQuantity->value()));
        }
        line.unitPrice = priceAmount / base;
        Decimal lineAdjust;
        for (const Ubl::Element* ac : l->all(u"cac:AllowanceCharge")) {
            const Decimal a = requiredAmount(*ac, QStringLiteral("cbc:Amount"), cur, "BR-41");
            lineAdjust += ac->valueAt(u"cbc:ChargeIndicator") == QLatin1String("true") ? a : -a;
        }
        const Decimal expected = (line.quantity * priceAmount / base).rounded(2) + lineAdjust;
        if (expected != line.amount)
            fail(amount, "PEPPOL-EN16931-R120",
                 UblInvoice::tr("the line amount %1 is not quantity × price (%2)")
                     .arg(line.amount.toString(2), expected.toString(2)));
        sum += line.amount;
        byRate[line.vat] += line.amount;
        invoice.lines.append(line);
    }

    const Ubl::Element& totals = required(root, QStringLiteral("cac:LegalMonetaryTotal"), "BR-12");
    invoice.lineTotal = requiredAmount(totals, QStringLiteral("cbc:LineExtensionAmount"), cur, "BR-12");
    invoice.taxExclusive = requiredAmount(totals, QStringLiteral("cbc:TaxExclusiveAmount"), cur, "BR-13");
    invoice.taxInclusive = requiredAmount(totals, QStringLiteral("cbc:TaxInclusiveAmount"), cur, "BR-14");
    invoice.payable = requiredAmount(totals, QStringLiteral("cbc:PayableAmount"), cur, "BR-15");
    Decimal prepaid;
    if (const Ubl::Element* p = totals.find(u"cbc:PrepaidAmount"))
        prepaid = amountOf(*p, cur, "BR-CO-16");
    Decimal rounding;
    if (const Ubl::Element* r = totals.find(u"cbc:PayableRoundingAmount"))
        rounding = amountOf(*r, cur, "BR-CO-16");
    if (sum != invoice.lineTotal)
        fail(*totals.find(u"cbc:LineExtensionAmount"), "BR-CO-10",
             UblInvoice::tr("the lines add up to %1, not %2")
                 .arg(sum.toString(2), invoice.lineTotal.toString(2)));
    if (invoice.lineTotal + invoice.charges - invoice.allowances != invoice.taxExclusive)
        fail(*totals.find(u"cbc:TaxExclusiveAmount"), "BR-CO-13",
             UblInvoice::tr("lines − allowances + charges make %1, not %2")
                 .arg((invoice.lineTotal + invoice.charges - invoice.allowances).toString(2),
                      invoice.taxExclusive.toString(2)));

    // The VAT breakdown (one TaxTotal in the document's currency).
    const Ubl::Element& taxTotal = required(root, QStringLiteral("cac:TaxTotal"), "BR-CO-14");
    invoice.tax = requiredAmount(taxTotal, QStringLiteral("cbc:TaxAmount"), cur, "BR-CO-14");
    const std::vector<const Ubl::Element*> subtotals = taxTotal.all(u"cac:TaxSubtotal");
    if (subtotals.empty())
        fail(taxTotal.path + QStringLiteral("/cac:TaxSubtotal"), taxTotal.line, "BR-CO-18",
             UblInvoice::tr("the VAT breakdown is missing"));
    Decimal taxSum;
    for (const Ubl::Element* st : subtotals) {
        const Ubl::Element& taxable = required(*st, QStringLiteral("cbc:TaxableAmount"), "BR-45");
        const Ubl::Element& taxAmount = required(*st, QStringLiteral("cbc:TaxAmount"), "BR-46");
        const VatRate rate = rateOf(required(*st, QStringLiteral("cac:TaxCategory"), "BR-47"), "TaxSubtotal");
        InvoiceVatTotal total{amountOf(taxable, cur, "BR-45"), amountOf(taxAmount, cur, "BR-46")};
        if (invoice.vat.contains(rate))
            fail(*st, "BR-S-08",
                 UblInvoice::tr("the VAT rate %1 % is broken down twice").arg(Vat::percent(rate).toString()));
        const Decimal expectedBase = byRate.value(rate) + adjustments.value(rate);
        if (total.taxable != expectedBase)
            fail(
                taxable, "BR-S-08",
                UblInvoice::tr("at %1 % the lines make %2, not %3")
                    .arg(Vat::percent(rate).toString(), expectedBase.toString(2), total.taxable.toString(2)));
        const Decimal expectedTax = Vat::taxOn(total.taxable, rate);
        if (total.tax != expectedTax)
            fail(taxAmount, "BR-S-09",
                 UblInvoice::tr("at %1 % the VAT on %2 is %3, not %4")
                     .arg(Vat::percent(rate).toString(), total.taxable.toString(2), expectedTax.toString(2),
                          total.tax.toString(2)));
        invoice.vat.insert(rate, total);
        taxSum += total.tax;
    }
    for (auto it = byRate.cbegin(); it != byRate.cend(); ++it)
        if (!invoice.vat.contains(it.key()))
            fail(taxTotal, "BR-S-08",
                 UblInvoice::tr("no VAT breakdown for the lines at %1 %")
                     .arg(Vat::percent(it.key()).toString()));
    if (taxSum != invoice.tax)
        fail(*taxTotal.find(u"cbc:TaxAmount"), "BR-CO-14",
             UblInvoice::tr("the VAT per rate adds up to %1, not %2")
                 .arg(taxSum.toString(2), invoice.tax.toString(2)));
    if (invoice.taxExclusive + invoice.tax != invoice.taxInclusive)
        fail(*totals.find(u"cbc:TaxInclusiveAmount"), "BR-CO-15",
             UblInvoice::tr("total excl. VAT + VAT make %1, not %2")
                 .arg((invoice.taxExclusive + invoice.tax).toString(2), invoice.taxInclusive.toString(2)));
    if (invoice.taxInclusive - prepaid + rounding != invoice.payable)
        fail(*totals.find(u"cbc:PayableAmount"), "BR-CO-16",
             UblInvoice::tr("the amount due should be %1, not %2")
                 .arg((invoice.taxInclusive - prepaid + rounding).toString(2), invoice.payable.toString(2)));
    return invoice;
}

class Writer : public Ubl::XmlWriter
{
public:
    using Ubl::XmlWriter::XmlWriter;

    void amount(const char* name, const Decimal& value)
    {
        Ubl::XmlWriter::amount(name, QStringLiteral("EUR"), value);
    }
    void category(const char* element, VatRate rate)
    {
        start(element);
        cbc("ID", QStringLiteral("S"));
        cbc("Percent", Vat::percent(rate).toString());
        start("TaxScheme");
        cbc("ID", QStringLiteral("VAT"));
        end();
        end();
    }
    void party(const char* role, const PeppolParticipant& endpoint, const QString& name,
               const PostalAddress& address, const QString& vatId)
    {
        start(role);
        start("Party");
        cbcWith("EndpointID", "schemeID", endpoint.scheme, endpoint.id);
        start("PostalAddress");
        cbc("StreetName", address.street);
        cbc("CityName", address.city);
        cbc("PostalZone", address.postalCode);
        start("Country");
        cbc("IdentificationCode", address.country.isEmpty() ? QStringLiteral("FR") : address.country);
        end();
        end();
        if (!vatId.isEmpty()) {
            start("PartyTaxScheme");
            cbc("CompanyID", vatId);
            start("TaxScheme");
            cbc("ID", QStringLiteral("VAT"));
            end();
            end();
        }
        start("PartyLegalEntity");
        cbc("RegistrationName", name);
        end();
        end();
        end();
    }
};

} // namespace

std::optional<SupplierInvoice> UblInvoice::read(const QByteArray& xml, Ubl::ReadError* error)
{
    Ubl::ReadError parseError;
    const std::optional<Ubl::Element> root = Ubl::parse(xml, &parseError);
    if (!root) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    try {
        return readInvoice(*root);
    } catch (const Failure& failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

QByteArray UblInvoice::write(const SupplierInvoice& given, const SellerParty& seller, const BuyerParty& buyer)
{
    SupplierInvoice invoice = given;
    invoice.computeTotals();
    const bool credit = invoice.kind == SupplierInvoice::Kind::CreditNote;
    const char* root = credit ? "CreditNote" : "Invoice";
    const QLatin1StringView ns(credit ? Ubl::kCreditNoteNs : Ubl::kInvoiceNs);
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter& x = w.xml();
    x.writeStartDocument();
    x.writeDefaultNamespace(ns);
    x.writeNamespace(QLatin1StringView(Ubl::kCac), QStringLiteral("cac"));
    x.writeNamespace(QLatin1StringView(Ubl::kCbc), QStringLiteral("cbc"));
    x.writeStartElement(ns, QLatin1StringView(root));
    w.cbc("CustomizationID", QString::fromLatin1(Ubl::kBillingCustomization));
    w.cbc("ProfileID", QString::fromLatin1(Ubl::kBillingProfile));
    w.cbc("ID", invoice.id);
    w.cbc("IssueDate", invoice.issueDate.toString(Qt::ISODate));
    if (invoice.dueDate.isValid() && !credit)
        w.cbc("DueDate", invoice.dueDate.toString(Qt::ISODate));
    w.cbc(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode",
          credit ? QStringLiteral("381") : QStringLiteral("380"));
    w.cbc("DocumentCurrencyCode", QStringLiteral("EUR"));
    w.cbc("BuyerReference", invoice.orderId.isEmpty() ? buyer.siret : QString());
    if (!invoice.orderId.isEmpty()) {
        w.start("OrderReference");
        w.cbc("ID", invoice.orderId);
        w.end();
    }
    if (!invoice.despatchId.isEmpty()) {
        w.start("DespatchDocumentReference");
        w.cbc("ID", invoice.despatchId);
        w.end();
    }
    w.party("AccountingSupplierParty", seller.participant, seller.name, seller.address, seller.vatId);
    w.party("AccountingCustomerParty", buyer.participant, buyer.name, buyer.address, buyer.vatId);
    if (!invoice.charges.isZero()) {
        w.start("AllowanceCharge");
        w.cbc("ChargeIndicator", QStringLiteral("true"));
        w.cbc("AllowanceChargeReason", QStringLiteral("Frais de livraison"));
        w.amount("Amount", invoice.charges);
        w.category("TaxCategory", VatRate::Standard20);
        w.end();
    }
    if (!invoice.allowances.isZero()) {
        w.start("AllowanceCharge");
        w.cbc("ChargeIndicator", QStringLiteral("false"));
        w.cbc("AllowanceChargeReason", QStringLiteral("Remise"));
        w.amount("Amount", invoice.allowances);
        w.category("TaxCategory", VatRate::Standard20);
        w.end();
    }
    w.start("TaxTotal");
    w.amount("TaxAmount", invoice.tax);
    for (auto it = invoice.vat.cbegin(); it != invoice.vat.cend(); ++it) {
        w.start("TaxSubtotal");
        w.amount("TaxableAmount", it->taxable);
        w.amount("TaxAmount", it->tax);
        w.category("TaxCategory", it.key());
        w.end();
    }
    w.end();
    w.start("LegalMonetaryTotal");
    w.amount("LineExtensionAmount", invoice.lineTotal);
    w.amount("TaxExclusiveAmount", invoice.taxExclusive);
    w.amount("TaxInclusiveAmount", invoice.taxInclusive);
    if (!invoice.allowances.isZero())
        w.amount("AllowanceTotalAmount", invoice.allowances);
    if (!invoice.charges.isZero())
        w.amount("ChargeTotalAmount", invoice.charges);
    w.amount("PayableAmount", invoice.payable);
    w.end();
    for (const SupplierInvoiceLine& line : std::as_const(invoice.lines)) {
        w.start(credit ? "CreditNoteLine" : "InvoiceLine");
        w.cbc("ID", line.lineId);
        w.cbcWith(credit ? "CreditedQuantity" : "InvoicedQuantity", "unitCode", line.unitCode,
                  line.quantity.toString());
        w.amount("LineExtensionAmount", line.amount);
        if (!line.orderLineRef.isEmpty()) {
            w.start("OrderLineReference");
            w.cbc("LineID", line.orderLineRef);
            w.end();
        }
        w.start("Item");
        w.cbc("Name", line.name);
        if (!line.sku.isEmpty()) {
            w.start("SellersItemIdentification");
            w.cbc("ID", line.sku);
            w.end();
        }
        if (!line.gtin.isEmpty()) {
            w.start("StandardItemIdentification");
            w.cbcWith("ID", "schemeID", QString::fromLatin1(PeppolScheme::kGtin), line.gtin);
            w.end();
        }
        w.category("ClassifiedTaxCategory", line.vat);
        w.end(); // Item
        w.start("Price");
        w.amount("PriceAmount", line.unitPrice);
        w.end();
        w.end();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace Moulin
