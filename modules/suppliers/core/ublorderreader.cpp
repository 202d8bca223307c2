#include "suppliers/core/ublorderreader.h"

namespace Moulin {

namespace {

std::optional<Decimal> number(const Ubl::Element* e)
{
    return e ? Decimal::parse(e->value()) : std::nullopt;
}

PostalAddress addressOf(const Ubl::Element* e)
{
    PostalAddress a;
    if (!e)
        return a;
    a.street = e->valueAt(u"cbc:StreetName");
    a.additional = e->valueAt(u"cbc:AdditionalStreetName");
    a.city = e->valueAt(u"cbc:CityName");
    a.postalCode = e->valueAt(u"cbc:PostalZone");
    const QString country = e->valueAt(u"cac:Country/cbc:IdentificationCode");
    if (!country.isEmpty())
        a.country = country;
    return a;
}

struct PartyFields
{
    PeppolParticipant endpoint;
    QString tradingName;
    QString legalName;
    QString vatId;
    QString siret;
    PostalAddress address;
};

PartyFields partyOf(const Ubl::Element& party)
{
    PartyFields p;
    if (const Ubl::Element* endpoint = party.find(u"cbc:EndpointID"))
        p.endpoint = {endpoint->attribute(QStringLiteral("schemeID")), endpoint->value()};
    for (const Ubl::Element* id : party.all(u"cac:PartyIdentification")) {
        const Ubl::Element* e = id->find(u"cbc:ID");
        if (e && e->attribute(QStringLiteral("schemeID")) == QLatin1StringView(PeppolScheme::kSiret))
            p.siret = e->value();
    }
    p.tradingName = party.valueAt(u"cac:PartyName/cbc:Name");
    p.legalName = party.valueAt(u"cac:PartyLegalEntity/cbc:RegistrationName");
    p.vatId = party.valueAt(u"cac:PartyTaxScheme/cbc:CompanyID");
    p.address = addressOf(party.find(u"cac:PostalAddress"));
    return p;
}

} // namespace

std::optional<Order> UblOrderReader::read(const QByteArray& xml, Ubl::ReadError* error)
{
    Ubl::ReadError local;
    Ubl::ReadError* err = error ? error : &local;
    const std::optional<Ubl::Element> parsed = Ubl::parse(xml, err);
    if (!parsed)
        return std::nullopt;
    const Ubl::Element& root = *parsed;
    auto failWith = [err](const QString& element, qint64 line, const QString& message) {
        *err = {element, message, line};
        return std::nullopt;
    };
    if (root.localName != QLatin1String("Order") || root.namespaceUri != QLatin1StringView(Ubl::kOrderNs))
        return failWith(QString(), root.line, tr("not a UBL Order"));

    Order order;
    order.id = root.valueAt(u"cbc:ID");
    if (order.id.isEmpty())
        return failWith(QStringLiteral("cbc:ID"), root.line, tr("the order has no number"));
    order.issueDate = QDate::fromString(root.valueAt(u"cbc:IssueDate"), Qt::ISODate);
    order.issueTime = QTime::fromString(root.valueAt(u"cbc:IssueTime"), u"HH:mm:ss");
    order.note = root.valueAt(u"cbc:Note");
    const QString currency = root.valueAt(u"cbc:DocumentCurrencyCode");
    if (!currency.isEmpty())
        order.currency = currency;
    order.customerReference = root.valueAt(u"cbc:CustomerReference");
    order.validUntil = QDate::fromString(root.valueAt(u"cac:ValidityPeriod/cbc:EndDate"), Qt::ISODate);
    order.deliveryDate = QDate::fromString(
        root.valueAt(u"cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate"), Qt::ISODate);

    if (const Ubl::Element* party = root.find(u"cac:BuyerCustomerParty/cac:Party")) {
        const PartyFields p = partyOf(*party);
        order.buyer.participant = p.endpoint;
        order.buyer.name = p.legalName;
        order.buyer.tradingName = p.tradingName;
        order.buyer.vatId = p.vatId;
        order.buyer.siret = p.siret;
        order.buyer.address = p.address;
        order.buyer.contactName = party->valueAt(u"cac:Contact/cbc:Name");
        order.buyer.contactPhone = party->valueAt(u"cac:Contact/cbc:Telephone");
        order.buyer.contactEmail = party->valueAt(u"cac:Contact/cbc:ElectronicMail");
    }
    if (const Ubl::Element* party = root.find(u"cac:SellerSupplierParty/cac:Party")) {
        const PartyFields p = partyOf(*party);
        order.seller.participant = p.endpoint;
        order.seller.name = p.legalName;
        order.seller.vatId = p.vatId;
        order.seller.siret = p.siret;
        order.seller.address = p.address;
    }
    for (const Ubl::Element* charge : root.all(u"cac:AllowanceCharge")) {
        if (charge->valueAt(u"cbc:ChargeIndicator") == QLatin1String("true"))
            order.deliveryFee += number(charge->find(u"cbc:Amount")).value_or(Decimal());
    }

    for (const Ubl::Element* orderLine : root.all(u"cac:OrderLine")) {
        const Ubl::Element* item = orderLine->find(u"cac:LineItem");
        if (!item)
            return failWith(orderLine->path, orderLine->line, tr("an order line has no LineItem"));
        OrderLine line;
        line.id = item->valueAt(u"cbc:ID");
        line.note = item->valueAt(u"cbc:Note");
        const Ubl::Element* quantity = item->find(u"cbc:Quantity");
        const std::optional<Decimal> q = number(quantity);
        const std::optional<Decimal> price = number(item->find(u"cac:Price/cbc:PriceAmount"));
        if (!q || !price)
            return failWith(item->path, item->line, tr("line %1: quantity or price missing").arg(line.id));
        line.quantity = *q;
        line.netPrice = *price;
        // The quantity's unit: a pack when the item describes one.
        line.unit = OrderLine::Unit::Units;
        line.unitCode = quantity->attribute(QStringLiteral("unitCode"));
        line.packUnitCode = line.unitCode;
        if (const std::optional<Decimal> base =
                number(item->find(u"cac:Price/cac:AllowanceCharge/cbc:BaseAmount")))
            line.grossPrice = *base;
        line.name = item->valueAt(u"cac:Item/cbc:Name");
        line.sku = item->valueAt(u"cac:Item/cac:SellersItemIdentification/cbc:ID");
        line.gtin = item->valueAt(u"cac:Item/cac:StandardItemIdentification/cbc:ID");
        const std::optional<Decimal> percent =
            number(item->find(u"cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"));
        const std::optional<VatRate> rate = percent ? Vat::fromPercent(*percent) : std::nullopt;
        if (!rate)
            return failWith(item->path, item->line, tr("line %1: no French VAT rate").arg(line.id));
        line.vat = *rate;
        order.lines.append(line);
    }
    return order;
}

} // namespace Moulin
