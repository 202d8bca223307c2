#include "suppliers/core/ublreaders.h"

#include <QRegularExpression>

namespace Moulin {

namespace {

// Thrown inside the readers, caught at their top: the first problem wins.
struct Failure
{
    Ubl::ReadError error;
};

[[noreturn]] void fail(const QString& element, qint64 line, const QString& message)
{
    throw Failure{{element, message, line}};
}

[[noreturn]] void fail(const Ubl::Element& e, const QString& message)
{
    fail(e.path.isEmpty() ? e.qname : e.path, e.line, message);
}

const Ubl::Element& required(const Ubl::Element& parent, const QString& path)
{
    const Ubl::Element* e = parent.find(path);
    if (!e) {
        const QString full = parent.path.isEmpty() ? path : parent.path + u'/' + path;
        fail(full, parent.line, UblReaders::tr("required element missing"));
    }
    return *e;
}

QString requiredValue(const Ubl::Element& parent, const QString& path)
{
    const Ubl::Element& e = required(parent, path);
    if (e.value().isEmpty())
        fail(e, UblReaders::tr("empty element"));
    return e.value();
}

QDate dateOf(const Ubl::Element& e)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(e.value(), Qt::ISODate);
    if (!iso.match(e.value()).hasMatch() || !date.isValid())
        fail(e, UblReaders::tr("not a date (YYYY-MM-DD): \"%1\"").arg(e.value()));
    return date;
}

QDate optionalDate(const Ubl::Element& parent, const QString& path)
{
    const Ubl::Element* e = parent.find(path);
    return e ? dateOf(*e) : QDate();
}

Decimal numberOf(const Ubl::Element& e)
{
    const std::optional<Decimal> value = Decimal::parse(e.value());
    if (!value)
        fail(e, UblReaders::tr("not a number: \"%1\"").arg(e.value()));
    return *value;
}

Decimal quantityOf(const Ubl::Element& e, QString* unitCode)
{
    const Decimal value = numberOf(e);
    if (value.isNegative())
        fail(e, UblReaders::tr("negative quantity: %1").arg(e.value()));
    if (!e.hasAttribute(QStringLiteral("unitCode")) || e.attribute(QStringLiteral("unitCode")).isEmpty())
        fail(e, UblReaders::tr("the unitCode attribute is missing"));
    *unitCode = e.attribute(QStringLiteral("unitCode"));
    if (!UnitCode::isKnown(*unitCode))
        fail(e, UblReaders::tr("unknown unit code \"%1\"").arg(*unitCode));
    return value;
}

void checkDocument(const Ubl::Element& root, const char* name, const char* ns, const char* customization)
{
    if (root.localName != QLatin1StringView(name) || root.namespaceUri != QLatin1StringView(ns))
        fail(root, UblReaders::tr("expected a UBL %1 document (namespace %2), found %3")
                       .arg(QLatin1StringView(name), QLatin1StringView(ns), root.qname));
    const QString customizationId = requiredValue(root, QStringLiteral("cbc:CustomizationID"));
    if (!customizationId.startsWith(QLatin1StringView(customization)))
        fail(required(root, QStringLiteral("cbc:CustomizationID")),
             UblReaders::tr("unexpected specification \"%1\" (expected %2)")
                 .arg(customizationId, QLatin1StringView(customization)));
    requiredValue(root, QStringLiteral("cbc:ProfileID"));
}

PeppolParticipant endpointOf(const Ubl::Element* party)
{
    const Ubl::Element* endpoint = party ? party->find(u"cac:Party/cbc:EndpointID") : nullptr;
    if (!endpoint)
        return {};
    return {endpoint->attribute(QStringLiteral("schemeID")), endpoint->value()};
}

OrderResponse readResponse(const Ubl::Element& root)
{
    checkDocument(root, "OrderResponse", Ubl::kOrderResponseNs, Ubl::kOrderResponseCustomization);
    OrderResponse response;
    response.id = requiredValue(root, QStringLiteral("cbc:ID"));
    response.issueDate = dateOf(required(root, QStringLiteral("cbc:IssueDate")));
    const Ubl::Element& code = required(root, QStringLiteral("cbc:OrderResponseCode"));
    bool known = false;
    for (auto c : {OrderResponse::Code::Accepted, OrderResponse::Code::Rejected,
                   OrderResponse::Code::ConditionallyAccepted, OrderResponse::Code::Acknowledged}) {
        if (OrderResponse::codeName(c) == code.value()) {
            response.code = c;
            known = true;
        }
    }
    if (!known)
        fail(code, UblReaders::tr("unknown response code \"%1\" (AP, RE, CA or AB)").arg(code.value()));
    QStringList notes;
    for (const Ubl::Element* note : root.all(u"cbc:Note"))
        notes << note->value();
    response.note = notes.join(u'\n');
    response.currency = root.valueAt(u"cbc:DocumentCurrencyCode");
    response.orderId = requiredValue(root, QStringLiteral("cac:OrderReference/cbc:ID"));
    response.seller = endpointOf(root.find(u"cac:SellerSupplierParty"));
    response.promisedDelivery =
        optionalDate(root, QStringLiteral("cac:Delivery/cac:PromisedDeliveryPeriod/cbc:StartDate"));

    QSet<QString> answered;
    for (const Ubl::Element* orderLine : root.all(u"cac:OrderLine")) {
        const Ubl::Element& item = required(*orderLine, QStringLiteral("cac:LineItem"));
        OrderResponse::Line line;
        requiredValue(item, QStringLiteral("cbc:ID"));
        const Ubl::Element* status = item.find(u"cbc:LineStatusCode");
        if (status) {
            bool knownStatus = false;
            for (auto s : {OrderResponse::Line::Status::Added, OrderResponse::Line::Status::Changed,
                           OrderResponse::Line::Status::Accepted, OrderResponse::Line::Status::Rejected}) {
                if (OrderResponse::statusName(s) == status->value()) {
                    line.status = s;
                    knownStatus = true;
                }
            }
            if (!knownStatus)
                fail(*status,
                     UblReaders::tr("unknown line status \"%1\" (1, 3, 5 or 7)").arg(status->value()));
        } else {
            line.status = response.code == OrderResponse::Code::Rejected
                              ? OrderResponse::Line::Status::Rejected
                              : OrderResponse::Line::Status::Accepted;
        }
        if (line.status == OrderResponse::Line::Status::Added) {
            line.orderLineId = orderLine->valueAt(u"cac:OrderLineReference/cbc:LineID");
        } else {
            const Ubl::Element& ref =
                required(*orderLine, QStringLiteral("cac:OrderLineReference/cbc:LineID"));
            line.orderLineId = ref.value();
            if (line.orderLineId.isEmpty())
                fail(ref, UblReaders::tr("empty element"));
            if (answered.contains(line.orderLineId))
                fail(ref, UblReaders::tr("order line %1 is answered twice").arg(line.orderLineId));
            answered.insert(line.orderLineId);
        }
        if (const Ubl::Element* quantity = item.find(u"cbc:Quantity"))
            line.quantity = quantityOf(*quantity, &line.unitCode);
        if (const Ubl::Element* price = item.find(u"cac:Price/cbc:PriceAmount")) {
            line.price = numberOf(*price);
            if (line.price->isNegative())
                fail(*price, UblReaders::tr("negative price: %1").arg(price->value()));
            if (!response.currency.isEmpty() &&
                price->attribute(QStringLiteral("currencyID")) != response.currency)
                fail(*price, UblReaders::tr("currency %1 differs from the document's %2")
                                 .arg(price->attribute(QStringLiteral("currencyID")), response.currency));
        }
        line.promisedDelivery =
            optionalDate(item, QStringLiteral("cac:Delivery/cac:PromisedDeliveryPeriod/cbc:StartDate"));
        line.note = item.valueAt(u"cbc:Note");
        if (const Ubl::Element* substitute = orderLine->find(u"cac:SellerSubstitutedLineItem")) {
            line.substituteSku = substitute->valueAt(u"cac:Item/cac:SellersItemIdentification/cbc:ID");
            line.substituteName = substitute->valueAt(u"cac:Item/cbc:Name");
        }
        if (line.status == OrderResponse::Line::Status::Changed && !line.quantity && !line.price &&
            !line.promisedDelivery.isValid() && line.substituteSku.isEmpty())
            fail(item, UblReaders::tr("a changed line must state what changed (quantity, price, date or "
                                      "substitute)"));
        response.lines.append(line);
    }
    if (response.code == OrderResponse::Code::ConditionallyAccepted && response.lines.isEmpty())
        fail(root, UblReaders::tr("a conditionally accepted order response must list the lines it changes"));
    return response;
}

DespatchAdvice readDespatch(const Ubl::Element& root)
{
    checkDocument(root, "DespatchAdvice", Ubl::kDespatchAdviceNs, Ubl::kDespatchAdviceCustomization);
    DespatchAdvice advice;
    advice.id = requiredValue(root, QStringLiteral("cbc:ID"));
    advice.issueDate = dateOf(required(root, QStringLiteral("cbc:IssueDate")));
    advice.note = root.valueAt(u"cbc:Note");
    advice.orderId = requiredValue(root, QStringLiteral("cac:OrderReference/cbc:ID"));
    advice.supplier = endpointOf(&required(root, QStringLiteral("cac:DespatchSupplierParty")));
    required(root, QStringLiteral("cac:DeliveryCustomerParty"));
    const Ubl::Element& shipment = required(root, QStringLiteral("cac:Shipment"));
    advice.shipmentId = shipment.valueAt(u"cbc:ID");
    advice.expectedDelivery =
        optionalDate(shipment, QStringLiteral("cac:Delivery/cac:EstimatedDeliveryPeriod/cbc:StartDate"));
    if (!advice.expectedDelivery.isValid())
        advice.expectedDelivery =
            optionalDate(shipment, QStringLiteral("cac:Delivery/cbc:ActualDeliveryDate"));

    const std::vector<const Ubl::Element*> lines = root.all(u"cac:DespatchLine");
    if (lines.empty())
        fail(root.qname + QStringLiteral("/cac:DespatchLine"), root.line,
             UblReaders::tr("required element missing"));
    for (const Ubl::Element* despatchLine : lines) {
        DespatchAdvice::Line line;
        line.id = requiredValue(*despatchLine, QStringLiteral("cbc:ID"));
        line.orderLineId = requiredValue(*despatchLine, QStringLiteral("cac:OrderLineReference/cbc:LineID"));
        line.delivered =
            quantityOf(required(*despatchLine, QStringLiteral("cbc:DeliveredQuantity")), &line.unitCode);
        if (const Ubl::Element* outstanding = despatchLine->find(u"cbc:OutstandingQuantity")) {
            QString unit;
            line.outstanding = quantityOf(*outstanding, &unit);
            if (unit != line.unitCode)
                fail(*outstanding, UblReaders::tr("unit %1 differs from the delivered quantity's %2")
                                       .arg(unit, line.unitCode));
        }
        line.outstandingReason = despatchLine->valueAt(u"cbc:OutstandingReason");
        const Ubl::Element& item = required(*despatchLine, QStringLiteral("cac:Item"));
        line.name = requiredValue(item, QStringLiteral("cbc:Name"));
        line.sku = item.valueAt(u"cac:SellersItemIdentification/cbc:ID");
        if (const Ubl::Element* gtin = item.find(u"cac:StandardItemIdentification/cbc:ID")) {
            line.gtin = gtin->value();
            if (gtin->attribute(QStringLiteral("schemeID")) == QLatin1StringView(PeppolScheme::kGtin) &&
                !Gtin::isValid(line.gtin))
                fail(*gtin, UblReaders::tr("the GTIN %1 has a wrong check digit").arg(line.gtin));
        }
        line.lot = item.valueAt(u"cac:ItemInstance/cac:LotIdentification/cbc:LotNumberID");
        line.bestBefore =
            optionalDate(item, QStringLiteral("cac:ItemInstance/cac:LotIdentification/cbc:ExpiryDate"));
        advice.lines.append(line);
    }
    return advice;
}

template <typename T, typename F>
std::optional<T> readWith(const QByteArray& xml, Ubl::ReadError* error, F read)
{
    Ubl::ReadError parseError;
    const std::optional<Ubl::Element> root = Ubl::parse(xml, &parseError);
    if (!root) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    try {
        return read(*root);
    } catch (const Failure& failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

} // namespace

std::optional<OrderResponse> UblReaders::readOrderResponse(const QByteArray& xml, Ubl::ReadError* error)
{
    return readWith<OrderResponse>(xml, error, readResponse);
}

std::optional<DespatchAdvice> UblReaders::readDespatchAdvice(const QByteArray& xml, Ubl::ReadError* error)
{
    return readWith<DespatchAdvice>(xml, error, readDespatch);
}

} // namespace Moulin
