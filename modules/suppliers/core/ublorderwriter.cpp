#include "suppliers/core/ublorderwriter.h"

#include "suppliers/core/ublxml.h"

#include <QXmlStreamWriter>

namespace Moulin {

namespace {

class Writer : public Ubl::XmlWriter
{
public:
    explicit Writer(QByteArray* out, QString currency)
        : Ubl::XmlWriter(out)
        , m_currency(std::move(currency))
    {
    }

    void amount(const char* name, const Decimal& value)
    {
        Ubl::XmlWriter::amount(name, m_currency, value.rounded(2));
    }
    void price(const char* name, const Decimal& value) { Ubl::XmlWriter::amount(name, m_currency, value); }

    void address(const char* element, const PostalAddress& address)
    {
        start(element);
        cbc("StreetName", address.street);
        cbc("AdditionalStreetName", address.additional);
        cbc("CityName", address.city);
        cbc("PostalZone", address.postalCode);
        start("Country");
        cbc("IdentificationCode", address.country);
        end();
        end();
    }

    void taxCategory(const char* element, const Decimal& percent)
    {
        start(element);
        cbc("ID", QStringLiteral("S"));
        cbc("Percent", percent.toString());
        start("TaxScheme");
        cbc("ID", QStringLiteral("VAT"));
        end();
        end();
    }

    void party(const PeppolParticipant& endpoint, const QString& tradingName, const PostalAddress& postal,
               const QString& vatId, const QString& legalName, const QString& siret)
    {
        start("Party");
        cbcWith("EndpointID", "schemeID", endpoint.scheme, endpoint.id);
        if (!siret.isEmpty()) {
            start("PartyIdentification");
            cbcWith("ID", "schemeID", QString::fromLatin1(PeppolScheme::kSiret), siret);
            end();
        }
        if (!tradingName.isEmpty()) {
            start("PartyName");
            cbc("Name", tradingName);
            end();
        }
        address("PostalAddress", postal);
        if (!vatId.isEmpty()) {
            start("PartyTaxScheme");
            cbc("CompanyID", vatId);
            start("TaxScheme");
            cbc("ID", QStringLiteral("VAT"));
            end();
            end();
        }
        start("PartyLegalEntity");
        cbc("RegistrationName", legalName);
        if (!siret.isEmpty())
            cbcWith("CompanyID", "schemeID", QString::fromLatin1(PeppolScheme::kSiren), siret.left(9));
        end();
    }

private:
    QString m_currency;
};

QString packDescription(const OrderLine& line)
{
    // "Colis de 10 kg", "Carton de 6 x 1 L": the pack as the supplier's
    // catalogue states it, in the supplier's language (French).
    if (line.packSize == Decimal::fromInt(1) && line.unit == OrderLine::Unit::Units)
        return {};
    const QString unit = line.unitCode == QLatin1StringView(UnitCode::kKilogram) ? QStringLiteral("kg")
                         : line.unitCode == QLatin1StringView(UnitCode::kLitre)  ? QStringLiteral("L")
                                                                                 : QStringLiteral("pièces");
    return QStringLiteral("%1 %2 par colis").arg(line.packSize.toString(), unit);
}

} // namespace

QByteArray UblOrderWriter::write(const Order& order)
{
    QByteArray out;
    Writer w(&out, order.currency);
    QXmlStreamWriter& xml = w.xml();
    const OrderTotals totals = order.totals();

    xml.writeStartDocument();
    xml.writeDefaultNamespace(QLatin1StringView(Ubl::kOrderNs));
    xml.writeNamespace(QLatin1StringView(Ubl::kCac), QStringLiteral("cac"));
    xml.writeNamespace(QLatin1StringView(Ubl::kCbc), QStringLiteral("cbc"));
    xml.writeStartElement(QLatin1StringView(Ubl::kOrderNs), QStringLiteral("Order"));

    w.cbc("CustomizationID", QString::fromLatin1(Ubl::kOrderCustomization));
    w.cbc("ProfileID", QString::fromLatin1(Ubl::kOrderingProfile));
    w.cbc("ID", order.id);
    w.cbc("IssueDate", order.issueDate.toString(Qt::ISODate));
    if (order.issueTime.isValid())
        w.cbc("IssueTime", order.issueTime.toString(u"HH:mm:ss"));
    w.cbc("OrderTypeCode", QStringLiteral("220"));
    w.cbc("Note", order.note);
    w.cbc("DocumentCurrencyCode", order.currency);
    w.cbc("CustomerReference", order.customerReference);
    if (order.validUntil.isValid()) {
        w.start("ValidityPeriod");
        w.cbc("EndDate", order.validUntil.toString(Qt::ISODate));
        w.end();
    }

    const BuyerParty& buyer = order.buyer;
    w.start("BuyerCustomerParty");
    w.party(buyer.participant, buyer.tradingName, buyer.address, buyer.vatId, buyer.name, buyer.siret);
    if (!buyer.contactName.isEmpty() || !buyer.contactPhone.isEmpty() || !buyer.contactEmail.isEmpty()) {
        w.start("Contact");
        w.cbc("Name", buyer.contactName);
        w.cbc("Telephone", buyer.contactPhone);
        w.cbc("ElectronicMail", buyer.contactEmail);
        w.end();
    }
    w.end(); // Party
    w.end();

    const SellerParty& seller = order.seller;
    w.start("SellerSupplierParty");
    w.party(seller.participant, QString(), seller.address, seller.vatId, seller.name, seller.siret);
    w.end(); // Party
    w.end();

    w.start("Delivery");
    w.start("DeliveryLocation");
    w.address("Address", buyer.address);
    w.end();
    if (order.deliveryDate.isValid()) {
        w.start("RequestedDeliveryPeriod");
        w.cbc("StartDate", order.deliveryDate.toString(Qt::ISODate));
        w.cbc("EndDate", order.deliveryDate.toString(Qt::ISODate));
        w.end();
    }
    w.start("DeliveryParty");
    w.start("PartyName");
    w.cbc("Name", buyer.tradingName.isEmpty() ? buyer.name : buyer.tradingName);
    w.end();
    w.end();
    w.end();

    if (!totals.charges.isZero()) {
        w.start("AllowanceCharge");
        w.cbc("ChargeIndicator", QStringLiteral("true"));
        w.cbc("AllowanceChargeReasonCode", QStringLiteral("FC"));
        w.cbc("AllowanceChargeReason", QStringLiteral("Frais de livraison (sous le franco)"));
        w.amount("Amount", totals.charges);
        w.taxCategory("TaxCategory", Vat::percent(VatRate::Standard20));
        w.end();
    }

    w.start("TaxTotal");
    w.amount("TaxAmount", totals.tax);
    w.end();

    w.start("AnticipatedMonetaryTotal");
    w.amount("LineExtensionAmount", totals.lines);
    w.amount("TaxExclusiveAmount", totals.taxExclusive);
    w.amount("TaxInclusiveAmount", totals.taxInclusive);
    if (!totals.charges.isZero())
        w.amount("ChargeTotalAmount", totals.charges);
    w.amount("PayableAmount", totals.taxInclusive);
    w.end();

    for (const OrderLine& line : order.lines) {
        w.start("OrderLine");
        w.start("LineItem");
        w.cbc("ID", line.id);
        w.cbc("Note", line.note);
        w.cbcWith("Quantity", "unitCode", line.quantityUnitCode(), line.quantity.toString());
        w.amount("LineExtensionAmount", line.amount());
        w.start("Price");
        w.price("PriceAmount", line.netPrice);
        w.cbcWith("BaseQuantity", "unitCode", line.quantityUnitCode(), QStringLiteral("1"));
        if (line.grossPrice && *line.grossPrice != line.netPrice) {
            w.start("AllowanceCharge");
            w.cbc("ChargeIndicator", QStringLiteral("false"));
            w.price("Amount", *line.grossPrice - line.netPrice);
            w.price("BaseAmount", *line.grossPrice);
            w.end();
        }
        w.end(); // Price
        w.start("Item");
        w.cbc("Description", packDescription(line));
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
        w.taxCategory("ClassifiedTaxCategory", Vat::percent(line.vat));
        w.end(); // Item
        w.end(); // LineItem
        w.end(); // OrderLine
    }

    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Moulin
