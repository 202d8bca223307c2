#include "suppliers/core/ublresponsewriter.h"

#include "suppliers/core/ublxml.h"

#include <QXmlStreamWriter>

namespace Moulin {

namespace {

class Writer : public Ubl::XmlWriter
{
public:
    using Ubl::XmlWriter::XmlWriter;

    void date(const char* name, const QDate& day)
    {
        if (day.isValid())
            cbc(name, day.toString(Qt::ISODate));
    }
    void period(const char* name, const QDate& day)
    {
        if (!day.isValid())
            return;
        start(name);
        date("StartDate", day);
        date("EndDate", day);
        end();
    }
    void party(const char* role, const PeppolParticipant& endpoint, const QString& legalName)
    {
        start(role);
        start("Party");
        cbcWith("EndpointID", "schemeID", endpoint.scheme, endpoint.id);
        start("PartyLegalEntity");
        cbc("RegistrationName", legalName);
        end();
        end();
        end();
    }
    void begin(const char* root, const char* ns, const char* customization, const char* profile,
               const QString& id, const QDate& issued)
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(QLatin1StringView(ns));
        m_xml.writeNamespace(QLatin1StringView(Ubl::kCac), QStringLiteral("cac"));
        m_xml.writeNamespace(QLatin1StringView(Ubl::kCbc), QStringLiteral("cbc"));
        m_xml.writeStartElement(QLatin1StringView(ns), QLatin1StringView(root));
        cbc("CustomizationID", QString::fromLatin1(customization));
        cbc("ProfileID", QString::fromLatin1(profile));
        cbc("ID", id);
        date("IssueDate", issued);
    }
    void finish()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }
};

const OrderLine* lineOf(const Order& order, const QString& id)
{
    for (const OrderLine& line : order.lines) {
        if (line.id == id)
            return &line;
    }
    return nullptr;
}

} // namespace

QByteArray UblResponseWriter::writeOrderResponse(const OrderResponse& response, const Order& order)
{
    QByteArray out;
    Writer w(&out);
    w.begin("OrderResponse", Ubl::kOrderResponseNs, Ubl::kOrderResponseCustomization, Ubl::kOrderingProfile,
            response.id, response.issueDate);
    w.cbc("OrderResponseCode", OrderResponse::codeName(response.code));
    w.cbc("Note", response.note);
    w.cbc("DocumentCurrencyCode", response.currency.isEmpty() ? order.currency : response.currency);
    w.start("OrderReference");
    w.cbc("ID", response.orderId);
    w.end();
    w.party("SellerSupplierParty", response.seller.isEmpty() ? order.seller.participant : response.seller,
            order.seller.name);
    w.party("BuyerCustomerParty", order.buyer.participant, order.buyer.name);
    if (response.promisedDelivery.isValid()) {
        w.start("Delivery");
        w.period("PromisedDeliveryPeriod", response.promisedDelivery);
        w.end();
    }
    const QString currency = response.currency.isEmpty() ? order.currency : response.currency;
    int added = 0;
    for (const OrderResponse::Line& line : response.lines) {
        const OrderLine* ordered = lineOf(order, line.orderLineId);
        w.start("OrderLine");
        w.start("LineItem");
        w.cbc("ID", line.orderLineId.isEmpty() ? QStringLiteral("A%1").arg(++added) : line.orderLineId);
        w.cbc("Note", line.note);
        w.cbc("LineStatusCode", OrderResponse::statusName(line.status));
        if (line.quantity)
            w.cbcWith("Quantity", "unitCode",
                      line.unitCode.isEmpty() && ordered ? ordered->quantityUnitCode() : line.unitCode,
                      line.quantity->toString());
        if (line.promisedDelivery.isValid()) {
            w.start("Delivery");
            w.period("PromisedDeliveryPeriod", line.promisedDelivery);
            w.end();
        }
        if (line.price) {
            w.start("Price");
            w.cbcWith("PriceAmount", "currencyID", currency, line.price->toString(2));
            w.end();
        }
        w.start("Item");
        w.cbc("Name", ordered ? ordered->name : line.substituteName);
        if (ordered && !ordered->sku.isEmpty()) {
            w.start("SellersItemIdentification");
            w.cbc("ID", ordered->sku);
            w.end();
        }
        w.end(); // Item
        w.end(); // LineItem
        if (!line.substituteSku.isEmpty()) {
            w.start("SellerSubstitutedLineItem");
            w.cbc("ID", QStringLiteral("1"));
            w.start("Item");
            w.cbc("Name", line.substituteName);
            w.start("SellersItemIdentification");
            w.cbc("ID", line.substituteSku);
            w.end();
            w.end();
            w.end();
        }
        if (!line.orderLineId.isEmpty()) {
            w.start("OrderLineReference");
            w.cbc("LineID", line.orderLineId);
            w.end();
        }
        w.end(); // OrderLine
    }
    w.finish();
    return out;
}

QByteArray UblResponseWriter::writeDespatchAdvice(const DespatchAdvice& advice, const Order& order)
{
    QByteArray out;
    Writer w(&out);
    w.begin("DespatchAdvice", Ubl::kDespatchAdviceNs, Ubl::kDespatchAdviceCustomization,
            Ubl::kDespatchAdviceProfile, advice.id, advice.issueDate);
    w.cbc("Note", advice.note);
    w.start("OrderReference");
    w.cbc("ID", advice.orderId);
    w.end();
    w.party("DespatchSupplierParty", advice.supplier.isEmpty() ? order.seller.participant : advice.supplier,
            order.seller.name);
    w.party("DeliveryCustomerParty", order.buyer.participant, order.buyer.name);
    w.start("Shipment");
    w.cbc("ID", advice.shipmentId.isEmpty() ? advice.id : advice.shipmentId);
    if (advice.expectedDelivery.isValid()) {
        w.start("Delivery");
        w.period("EstimatedDeliveryPeriod", advice.expectedDelivery);
        w.end();
    }
    w.end();
    for (const DespatchAdvice::Line& line : advice.lines) {
        const OrderLine* ordered = lineOf(order, line.orderLineId);
        w.start("DespatchLine");
        w.cbc("ID", line.id);
        w.cbcWith("DeliveredQuantity", "unitCode", line.unitCode, line.delivered.toString());
        if (line.outstanding > Decimal()) {
            w.cbcWith("OutstandingQuantity", "unitCode", line.unitCode, line.outstanding.toString());
            w.cbc("OutstandingReason", line.outstandingReason);
        }
        w.start("OrderLineReference");
        w.cbc("LineID", line.orderLineId);
        w.end();
        w.start("Item");
        w.cbc("Name", line.name.isEmpty() && ordered ? ordered->name : line.name);
        const QString sku = line.sku.isEmpty() && ordered ? ordered->sku : line.sku;
        if (!sku.isEmpty()) {
            w.start("SellersItemIdentification");
            w.cbc("ID", sku);
            w.end();
        }
        const QString gtin = line.gtin.isEmpty() && ordered ? ordered->gtin : line.gtin;
        if (!gtin.isEmpty()) {
            w.start("StandardItemIdentification");
            w.cbcWith("ID", "schemeID", QString::fromLatin1(PeppolScheme::kGtin), gtin);
            w.end();
        }
        if (!line.lot.isEmpty() || line.bestBefore.isValid()) {
            w.start("ItemInstance");
            w.start("LotIdentification");
            w.cbc("LotNumberID", line.lot);
            w.date("ExpiryDate", line.bestBefore);
            w.end();
            w.end();
        }
        w.end(); // Item
        w.end(); // DespatchLine
    }
    w.finish();
    return out;
}

} // namespace Moulin
