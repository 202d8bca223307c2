#include "suppliers/connectors/peppol/sandboxsuppliers.h"

#include "common/net/requestsigner.h"
#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxserver.h"
#include "suppliers/connectors/peppol/sandboxcatalogue.h"
#include "suppliers/core/identifiers.h"
#include "suppliers/core/ublinvoice.h"
#include "suppliers/core/ublresponsewriter.h"
#include "suppliers/core/ublvalidator.h"
#include "suppliers/core/ublxml.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

namespace Moulin {

namespace {

/// A valid SIRET from the first 8 digits of the SIREN and the first 4 of
/// the NIC: the SIREN's key, then the SIRET's.
QString siretFrom(const QString& siren8, const QString& nic4)
{
    QString siren;
    for (int k = 0; k <= 9 && siren.isEmpty(); ++k) {
        const QString candidate = siren8 + QString::number(k);
        if (FrenchCompany::isValidSiren(candidate))
            siren = candidate;
    }
    for (int k = 0; k <= 9; ++k) {
        const QString siret = siren + nic4 + QString::number(k);
        if (FrenchCompany::isValidSiret(siret))
            return siret;
    }
    return {};
}

Supplier party(const char* id, const char* profile, const char* name, const QString& siret,
               const char* street, const char* city, const char* postalCode, const char* days, QTime cutoff,
               int daysBefore, qint64 francoCents, qint64 feeCents)
{
    Supplier s;
    s.id = QString::fromUtf8(id);
    s.profileId = QString::fromUtf8(profile);
    s.name = QString::fromUtf8(name);
    s.siret = siret;
    s.vatId = FrenchCompany::vatNumber(QStringView(siret).left(9));
    s.participant = {QString::fromLatin1(PeppolScheme::kSiret), siret};
    s.address = {QString::fromUtf8(street), QString(), QString::fromUtf8(city), QString::fromUtf8(postalCode),
                 QStringLiteral("FR")};
    s.deliveryDays = SupplierStore::daysFrom(QString::fromLatin1(days));
    s.orderCutoff = cutoff;
    s.cutoffDaysBefore = daysBefore;
    s.franco = Decimal::fromCents(francoCents);
    s.deliveryFee = Decimal::fromCents(feeCents);
    return s;
}

struct SupplierSpec
{
    Supplier supplier;
    const char* skuPrefix;
    int products;
    QStringList categories;
};

QList<SupplierSpec> specs(const QString& endpoint)
{
    const QString fl = QStringLiteral("Fruits et légumes");
    if (endpoint == QLatin1String("metro"))
        return {{party("metro-nanterre", "metro", "METRO France SAS",
                       siretFrom(QStringLiteral("40112233"), QStringLiteral("0042")), "5 rue des Grands Prés",
                       "Nanterre", "92000", "mon,wed,fri", QTime(14, 0), 1, 80000, 2990),
                 "M",
                 2100,
                 {}}};
    if (endpoint == QLatin1String("transgourmet"))
        return {{party("transgourmet-idf", "transgourmet", "Transgourmet Opérations SAS",
                       siretFrom(QStringLiteral("43208761"), QStringLiteral("0051")), "17 rue Jean Monnet",
                       "Valenton", "94460", "tue,thu,sat", QTime(16, 0), 1, 60000, 2500),
                 "TG",
                 1500,
                 {}}};
    if (endpoint == QLatin1String("pomona"))
        return {{party("pomona-rungis", "pomona", "Pomona TerreAzur SAS",
                       siretFrom(QStringLiteral("72200315"), QStringLiteral("0123")), "1 rue de la Tour, MIN",
                       "Rungis", "94150", "mon,tue,wed,thu,fri,sat", QTime(18, 0), 1, 25000, 1500),
                 "PO",
                 900,
                 {fl, QStringLiteral("Marée"), QStringLiteral("Épicerie")}}};
    if (endpoint == QLatin1String("local"))
        return {{party("ferme-des-saules", "local", "EARL Ferme des Saules",
                       siretFrom(QStringLiteral("51234987"), QStringLiteral("0001")), "Lieu-dit Les Saules",
                       "Chasselay", "69380", "tue,fri", QTime(12, 0), 2, 8000, 800),
                 "FS",
                 320,
                 {fl, QStringLiteral("Crèmerie")}},
                {party("boucherie-moreau", "local", "Boucherie Moreau SARL",
                       siretFrom(QStringLiteral("82345610"), QStringLiteral("0002")), "8 place du Marché",
                       "Villefranche-sur-Saône", "69400", "mon,wed,fri", QTime(17, 0), 1, 15000, 0),
                 "BM",
                 240,
                 {QStringLiteral("Viandes")}}};
    return {};
}

QJsonObject supplierJson(const Supplier& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("siret"), s.siret},
            {QStringLiteral("vatId"), s.vatId},
            {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("scheme"), s.participant.scheme},
                                                     {QStringLiteral("id"), s.participant.id}}},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), s.address.street},
                                                    {QStringLiteral("city"), s.address.city},
                                                    {QStringLiteral("postalCode"), s.address.postalCode},
                                                    {QStringLiteral("country"), s.address.country}}},
            {QStringLiteral("deliveryDays"),
             QJsonArray::fromStringList(SupplierStore::daysText(s.deliveryDays).split(u','))},
            {QStringLiteral("orderCutoff"), s.orderCutoff.toString(u"HH:mm")},
            {QStringLiteral("cutoffDaysBefore"), s.cutoffDaysBefore},
            {QStringLiteral("franco"), s.franco.toString(2)},
            {QStringLiteral("deliveryFee"), s.deliveryFee.toString(2)}};
}

QJsonObject productJson(const CatalogueItem& item)
{
    const Product& p = item.product;
    QJsonObject o{{QStringLiteral("supplier"), p.supplierId},
                  {QStringLiteral("sku"), p.sku},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("category"), item.category},
                  {QStringLiteral("unitCode"), p.unitCode},
                  {QStringLiteral("packSize"), p.packSize.toString()},
                  {QStringLiteral("packUnitCode"), p.packUnitCode},
                  {QStringLiteral("unitPrice"), p.unitPrice.toString(2)},
                  {QStringLiteral("vat"), SupplierStore::vatText(p.vat)},
                  {QStringLiteral("soldByPackOnly"), p.soldByPackOnly}};
    if (!p.gtin.isEmpty())
        o.insert(QStringLiteral("gtin"), p.gtin);
    if (p.promotion)
        o.insert(QStringLiteral("promotion"),
                 QJsonObject{{QStringLiteral("unitPrice"), p.promotion->unitPrice.toString(2)},
                             {QStringLiteral("from"), p.promotion->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), p.promotion->to.toString(Qt::ISODate)},
                             {QStringLiteral("label"), p.promotion->label}});
    return o;
}

QHttpServerResponse xmlAnswer(const QByteArray& xml, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/xml; charset=utf-8"), xml,
                               QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse refusal(const QString& error, const QString& reason, int status)
{
    return SandboxHttp::json({{QStringLiteral("error"), error}, {QStringLiteral("reason"), reason}}, status);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "GET";
    }
}

/// The order as the supplier reads it from the UBL it received.
std::optional<Order> readOrder(const QByteArray& xml, const Supplier& seller, QString* error)
{
    Ubl::ReadError readError;
    const std::optional<Ubl::Element> root = Ubl::parse(xml, &readError);
    if (!root) {
        *error = readError.toString();
        return std::nullopt;
    }
    Order order;
    order.id = root->valueAt(u"cbc:ID");
    order.supplierId = seller.id;
    order.issueDate = QDate::fromString(root->valueAt(u"cbc:IssueDate"), Qt::ISODate);
    order.currency = root->valueAt(u"cbc:DocumentCurrencyCode");
    order.deliveryDate = QDate::fromString(
        root->valueAt(u"cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate"), Qt::ISODate);
    if (const Ubl::Element* endpoint = root->find(u"cac:BuyerCustomerParty/cac:Party/cbc:EndpointID"))
        order.buyer.participant = {endpoint->attribute(QStringLiteral("schemeID")), endpoint->value()};
    order.buyer.name =
        root->valueAt(u"cac:BuyerCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName");
    order.seller = SellerParty::of(seller);
    for (const Ubl::Element* line : root->all(u"cac:OrderLine")) {
        const Ubl::Element* item = line->find(u"cac:LineItem");
        if (!item)
            continue;
        OrderLine l;
        l.id = item->valueAt(u"cbc:ID");
        l.name = item->valueAt(u"cac:Item/cbc:Name");
        l.sku = item->valueAt(u"cac:Item/cac:SellersItemIdentification/cbc:ID");
        l.gtin = item->valueAt(u"cac:Item/cac:StandardItemIdentification/cbc:ID");
        l.unit = OrderLine::Unit::Units;
        if (const Ubl::Element* q = item->find(u"cbc:Quantity")) {
            l.unitCode = q->attribute(QStringLiteral("unitCode"));
            l.quantity = Decimal::parse(q->value()).value_or(Decimal());
        }
        l.netPrice = Decimal::parse(item->valueAt(u"cac:Price/cbc:PriceAmount")).value_or(Decimal());
        const std::optional<Decimal> percent =
            Decimal::parse(item->valueAt(u"cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"));
        l.vat = percent ? Vat::fromPercent(*percent).value_or(VatRate::Reduced55) : VatRate::Reduced55;
        order.lines.append(l);
    }
    if (order.id.isEmpty() || order.lines.isEmpty()) {
        *error = QStringLiteral("no order number or no line");
        return std::nullopt;
    }
    return order;
}

} // namespace

QStringList SandboxSuppliers::endpoints()
{
    return {QStringLiteral("metro"), QStringLiteral("transgourmet"), QStringLiteral("pomona"),
            QStringLiteral("local")};
}

QString SandboxSuppliers::basePath(const QString& endpoint)
{
    return QStringLiteral("/suppliers/%1/v3/").arg(endpoint);
}

SandboxSuppliers* SandboxSuppliers::install(SandboxServer* server)
{
    return new SandboxSuppliers(server);
}

SandboxSuppliers* SandboxSuppliers::of(SandboxServer* server)
{
    if (!server)
        return nullptr;
    if (auto* installed = server->findChild<SandboxSuppliers*>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    return install(server);
}

SandboxSuppliers::SandboxSuppliers(SandboxServer* server)
    : QObject(server)
    , m_server(server)
    , m_seed(server->seed())
{
    using Method = QHttpServerRequest::Method;
    auto known = [](const QString& endpoint) { return endpoints().contains(endpoint); };
    server->addRoute(QStringLiteral("/suppliers/<arg>/v3/catalogue"), Method::Get,
                     [this, known](const QHttpServerRequest& request, const QStringList& captures) {
                         const QString endpoint = captures.value(0);
                         if (!known(endpoint))
                             return refusal(QStringLiteral("not_found"), endpoint, 404);
                         QString reason;
                         if (!verify(request, endpoint, &reason))
                             return refusal(QStringLiteral("invalid_signature"), reason, 401);
                         return catalogueAnswer(endpoint, request);
                     });
    server->addRoute(QStringLiteral("/suppliers/<arg>/v3/orders"), Method::Post,
                     [this, known](const QHttpServerRequest& request, const QStringList& captures) {
                         const QString endpoint = captures.value(0);
                         if (!known(endpoint))
                             return refusal(QStringLiteral("not_found"), endpoint, 404);
                         return orderAnswer(endpoint, request);
                     });
    for (const QString& kind : {QStringLiteral("order-responses"), QStringLiteral("despatch-advices"),
                                QStringLiteral("invoices")}) {
        server->addRoute(QStringLiteral("/suppliers/<arg>/v3/") + kind, Method::Get,
                         [this, known, kind](const QHttpServerRequest& request, const QStringList& captures) {
                             const QString endpoint = captures.value(0);
                             if (!known(endpoint))
                                 return refusal(QStringLiteral("not_found"), endpoint, 404);
                             QString reason;
                             if (!verify(request, endpoint, &reason))
                                 return refusal(QStringLiteral("invalid_signature"), reason, 401);
                             return documentsAnswer(
                                 kind == QLatin1String("order-responses") ? m_responses.value(endpoint)
                                 : kind == QLatin1String("invoices")      ? m_invoices.value(endpoint)
                                                                          : m_despatches.value(endpoint),
                                 request);
                         });
    }
}

void SandboxSuppliers::ensureCatalogues() const
{
    if (!m_catalogues.isEmpty())
        return;
    for (const QString& endpoint : endpoints()) {
        QList<Supplier> parties;
        QList<CatalogueItem> items;
        for (const SupplierSpec& spec : specs(endpoint)) {
            parties.append(spec.supplier);
            items += SandboxCatalogue::generate(spec.supplier.id, QString::fromLatin1(spec.skuPrefix), m_seed,
                                                spec.products, spec.categories);
        }
        // The promotions of the week: one product in kPromotionEvery, 15 %
        // off for the deliveries of the coming week (today and the 7 days after).
        const QDate today = QDate::currentDate();
        for (qsizetype i = kPromotionOffset; i < items.size(); i += kPromotionEvery) {
            Product& p = items[i].product;
            const Decimal off = (p.unitPrice * Decimal::fromInt(85) / Decimal::fromInt(100)).rounded(2);
            if (off <= Decimal() || off >= p.unitPrice)
                continue;
            p.promotion = Promotion{off, today, today.addDays(7), QStringLiteral("Promo de la semaine")};
        }
        m_suppliers.insert(endpoint, parties);
        m_catalogues.insert(endpoint, items);
    }
}

QList<Supplier> SandboxSuppliers::suppliers(const QString& endpoint) const
{
    ensureCatalogues();
    return m_suppliers.value(endpoint);
}

QList<CatalogueItem> SandboxSuppliers::catalogue(const QString& endpoint) const
{
    ensureCatalogues();
    return m_catalogues.value(endpoint);
}

int SandboxSuppliers::productCount() const
{
    ensureCatalogues();
    int n = 0;
    for (const QList<CatalogueItem>& items : std::as_const(m_catalogues))
        n += int(items.size());
    return n;
}

void SandboxSuppliers::setClient(const QString& endpoint, const QByteArray& clientId,
                                 const QByteArray& secret)
{
    m_clients.insert(endpoint, {clientId, secret});
}

void SandboxSuppliers::clearClients()
{
    m_clients.clear();
}

QList<std::pair<QString, QString>> SandboxSuppliers::raisePrices(const QString& endpoint, int every,
                                                                 int offset, const Decimal& percent)
{
    ensureCatalogues();
    QList<std::pair<QString, QString>> changed;
    QList<CatalogueItem>& items = m_catalogues[endpoint];
    for (qsizetype i = offset; i < items.size(); i += std::max(1, every)) {
        Product& p = items[i].product;
        p.unitPrice = (p.unitPrice + p.unitPrice * percent / Decimal::fromInt(100)).rounded(2);
        changed.append({p.supplierId, p.sku});
    }
    return changed;
}

QList<SandboxSuppliers::ReceivedOrder> SandboxSuppliers::orders(const QString& endpoint) const
{
    QList<ReceivedOrder> out;
    for (const QByteArray& key : m_keys) {
        const ReceivedOrder& o = m_byKey[key];
        if (endpoint.isEmpty() || o.endpoint == endpoint)
            out.append(o);
    }
    return out;
}

void SandboxSuppliers::reset()
{
    m_byKey.clear();
    m_keys.clear();
    m_responses.clear();
    m_despatches.clear();
    m_invoices.clear();
    m_invoiceParties.clear();
    m_clients.clear();
    m_catalogues.clear();
    m_suppliers.clear();
    m_next.reset();
    m_posts = 0;
}

bool SandboxSuppliers::verify(const QHttpServerRequest& request, const QString& endpoint,
                              QString* reason) const
{
    const QByteArray clientId = SandboxHttp::header(request, "X-Client-Id");
    const QByteArray timestamp = SandboxHttp::header(request, "X-Timestamp");
    const QByteArray signature = SandboxHttp::header(request, "X-Signature");
    const bool required = m_clients.contains(endpoint);
    if (clientId.isEmpty() && timestamp.isEmpty() && signature.isEmpty()) {
        if (required)
            *reason = QStringLiteral("missing X-Client-Id, X-Timestamp and X-Signature");
        return !required;
    }
    if (clientId.isEmpty() || timestamp.isEmpty() || signature.isEmpty()) {
        *reason = QStringLiteral("X-Client-Id, X-Timestamp and X-Signature go together");
        return false;
    }
    const auto client = m_clients.constFind(endpoint);
    if (client == m_clients.constEnd() || client->first != clientId) {
        *reason = QStringLiteral("unknown client \"%1\"").arg(QString::fromUtf8(clientId));
        return false;
    }
    bool ok = false;
    const qint64 at = timestamp.toLongLong(&ok);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!ok || std::abs(now - at) > 300) {
        *reason = QStringLiteral("X-Timestamp outside ±5 minutes of the server's clock");
        return false;
    }
    QUrl url = m_server->baseUrl();
    url.setPath(request.url().path());
    url.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
    const QByteArray method = methodName(request.method());
    for (const QByteArray& uri : {request.url().toEncoded(), url.toEncoded()}) {
        const QByteArray expected =
            RequestAuth::metroSignature(client->second, method, uri, request.body(), at);
        if (expected == signature.toLower())
            return true;
    }
    *reason = QStringLiteral("X-Signature does not match METHOD\\nURL\\nBODY\\nTIMESTAMP");
    return false;
}

QHttpServerResponse SandboxSuppliers::catalogueAnswer(const QString& endpoint,
                                                      const QHttpServerRequest& request) const
{
    ensureCatalogues();
    const QUrlQuery q(request.url());
    const int page = std::max(1, q.queryItemValue(QStringLiteral("page")).toInt());
    int size = q.queryItemValue(QStringLiteral("pageSize")).toInt();
    size = size <= 0 ? 500 : std::min(size, 1000);
    const QList<CatalogueItem>& items = m_catalogues[endpoint];
    QJsonArray products;
    for (qsizetype i = qsizetype(page - 1) * size; i < items.size() && i < qsizetype(page) * size; ++i)
        products.append(productJson(items.at(i)));
    QJsonArray parties;
    for (const Supplier& s : m_suppliers.value(endpoint))
        parties.append(supplierJson(s));
    return SandboxHttp::json({{QStringLiteral("suppliers"), parties},
                              {QStringLiteral("products"), products},
                              {QStringLiteral("page"), page},
                              {QStringLiteral("pageSize"), size},
                              {QStringLiteral("totalCount"), qint64(items.size())}});
}

SandboxSuppliers::Outcome SandboxSuppliers::outcomeFor(const QString& orderId)
{
    if (m_next) {
        const Outcome o = *m_next;
        m_next.reset();
        return o;
    }
    const quint64 h = SandboxHttp::mix((quint64(m_seed) << 32) ^ qHash(orderId));
    Outcome o;
    const int pick = int(h % 100);
    o.code = pick < 75   ? OrderResponse::Code::Accepted
             : pick < 97 ? OrderResponse::Code::ConditionallyAccepted
                         : OrderResponse::Code::Rejected;
    o.changeLine = o.code == OrderResponse::Code::ConditionallyAccepted;
    o.lateDays = (h >> 8) % 100 < 12 ? 1 : 0;
    o.partial = (h >> 16) % 100 < 18;
    o.priceRise = (h >> 24) % 100 < 30;
    o.billShortInFull = o.partial && ((h >> 32) & 1) != 0;
    return o;
}

QHttpServerResponse SandboxSuppliers::orderAnswer(const QString& endpoint, const QHttpServerRequest& request)
{
    ensureCatalogues();
    ++m_posts;
    QString reason;
    if (!verify(request, endpoint, &reason))
        return refusal(QStringLiteral("invalid_signature"), reason, 401);
    const QByteArray key = SandboxHttp::header(request, "Idempotency-Key");
    if (key.isEmpty())
        return refusal(QStringLiteral("missing_idempotency_key"),
                       QStringLiteral("orders need an Idempotency-Key header"), 400);
    const QByteArray body = request.body();
    if (const auto known = m_byKey.constFind(key); known != m_byKey.constEnd()) {
        if (known->ubl != body)
            return refusal(QStringLiteral("idempotency_key_reused"),
                           QStringLiteral("this Idempotency-Key came with another order"), 422);
        return xmlAnswer(known->answer, known->status); // the first answer, again
    }
    const QList<UblIssue> issues = UblOrderValidator::validate(body);
    if (!UblOrderValidator::passes(issues)) {
        QJsonArray list;
        for (const UblIssue& issue : issues)
            if (issue.severity == UblIssue::Severity::Fatal)
                list.append(issue.toString());
        return SandboxHttp::json({{QStringLiteral("error"), QStringLiteral("invalid_order")},
                                  {QStringLiteral("reason"), QStringLiteral("the order breaks PEPPOL rules")},
                                  {QStringLiteral("issues"), list}},
                                 400);
    }
    // The seller the order is for, among this endpoint's suppliers.
    Ubl::ReadError readError;
    const std::optional<Ubl::Element> root = Ubl::parse(body, &readError);
    const QString sellerId =
        root ? root->valueAt(u"cac:SellerSupplierParty/cac:Party/cbc:EndpointID") : QString();
    const Supplier* seller = nullptr;
    for (const Supplier& s : m_suppliers[endpoint])
        if (s.participant.id == sellerId)
            seller = &s;
    if (!seller)
        return refusal(QStringLiteral("unknown_seller"),
                       QStringLiteral("no supplier with the endpoint \"%1\" here").arg(sellerId), 422);
    QString error;
    const std::optional<Order> order = readOrder(body, *seller, &error);
    if (!order)
        return refusal(QStringLiteral("invalid_order"), error, 400);
    for (const ReceivedOrder& other : std::as_const(m_byKey))
        if (other.supplierId == seller->id && other.orderId == order->id)
            return refusal(
                QStringLiteral("duplicate_order"),
                QStringLiteral("order %1 was received with another Idempotency-Key").arg(order->id), 409);

    const QDate today = QDate::currentDate();
    OrderResponse ack;
    ack.id = QStringLiteral("AB-%1").arg(order->id);
    ack.issueDate = today;
    ack.orderId = order->id;
    ack.code = OrderResponse::Code::Acknowledged;
    ack.note = QStringLiteral("Commande reçue, confirmation à suivre.");

    ReceivedOrder received;
    received.endpoint = endpoint;
    received.supplierId = seller->id;
    received.orderId = order->id;
    received.idempotencyKey = key;
    received.ubl = body;
    received.status = 201;
    received.answer = UblResponseWriter::writeOrderResponse(ack, *order);
    m_byKey.insert(key, received);
    m_keys.append(key);

    // The supplier's decision and its shipment, in the feeds at once. An
    // order whose day has already passed (typed in afterwards: the demo's
    // past orders) is taken as it is, with no Despatch Advice — the goods
    // came, or did not, with the driver's paper note.
    const bool past = order->deliveryDate.isValid() && order->deliveryDate < today && !m_next;
    const Outcome outcome = past ? Outcome{} : outcomeFor(order->id);
    const QDate requested = order->deliveryDate.isValid() ? order->deliveryDate : today.addDays(1);
    const QDate promised = requested.addDays(outcome.lateDays);
    OrderResponse response;
    response.id = QStringLiteral("OR-%1").arg(order->id);
    response.issueDate = today;
    response.orderId = order->id;
    response.code = outcome.code;
    response.promisedDelivery = promised;
    QHash<QString, Decimal> confirmed;
    for (qsizetype i = 0; i < order->lines.size(); ++i) {
        const OrderLine& line = order->lines.at(i);
        OrderResponse::Line answer;
        answer.orderLineId = line.id;
        answer.quantity = line.quantity;
        answer.unitCode = line.unitCode;
        if (outcome.code == OrderResponse::Code::Rejected) {
            answer.status = OrderResponse::Line::Status::Rejected;
            answer.quantity = Decimal();
        } else if (outcome.changeLine && i == order->lines.size() - 1) {
            answer.status = OrderResponse::Line::Status::Changed;
            answer.quantity =
                Decimal::fromInt(std::max<qint64>(1, line.quantity.micros() / Decimal::kOne / 2));
            answer.note = QStringLiteral("Stock limité : quantité réduite.");
        }
        confirmed.insert(line.id, *answer.quantity);
        response.lines.append(answer);
    }
    if (outcome.code == OrderResponse::Code::Rejected)
        response.note = QStringLiteral("Commande refusée : compte client à régulariser.");
    const qint64 seq = ++m_seq;
    m_responses[endpoint].append(
        {seq, response.id, seller->id, order->id, UblResponseWriter::writeOrderResponse(response, *order)});

    if (outcome.code != OrderResponse::Code::Rejected && !past) {
        DespatchAdvice advice;
        advice.id = QStringLiteral("DA-%1").arg(order->id);
        advice.issueDate = today;
        advice.orderId = order->id;
        advice.expectedDelivery = promised;
        advice.shipmentId = QStringLiteral("EXP-%1").arg(seq, 6, 10, QLatin1Char('0'));
        if (outcome.lateDays > 0)
            advice.note = QStringLiteral("Livraison décalée d'un jour (tournée).");
        int n = 0;
        for (const OrderLine& line : order->lines) {
            const Decimal quantity = confirmed.value(line.id);
            if (quantity.isZero())
                continue;
            DespatchAdvice::Line shipped;
            shipped.id = QString::number(++n);
            shipped.orderLineId = line.id;
            shipped.sku = line.sku;
            shipped.gtin = line.gtin;
            shipped.name = line.name;
            shipped.unitCode = line.unitCode;
            shipped.delivered = quantity;
            if (outcome.partial && n == 1) {
                shipped.delivered = Decimal::fromInt(quantity.micros() / Decimal::kOne / 2);
                shipped.outstanding = quantity - shipped.delivered;
                shipped.outstandingReason = QStringLiteral("Rupture de stock, reliquat livré sous 48 h.");
            }
            advice.lines.append(shipped);
        }
        if (!advice.lines.isEmpty()) {
            m_despatches[endpoint].append({++m_seq, advice.id, seller->id, order->id,
                                           UblResponseWriter::writeDespatchAdvice(advice, *order)});
            m_byKey[key].deliveries = 1;
            // The invoice of the shipment (BIS Billing 3.0): what was shipped at the ordered prices,
            // the last line dearer when the supplier raised its price, the short line billed in full
            // when it bills what was ordered.
            SupplierInvoice invoice;
            invoice.supplierId = seller->id;
            invoice.id = QStringLiteral("FA-%1").arg(order->id);
            invoice.issueDate = today;
            invoice.dueDate = today.addDays(30);
            invoice.orderId = order->id;
            invoice.despatchId = advice.id;
            for (qsizetype i = 0; i < advice.lines.size(); ++i) {
                const DespatchAdvice::Line& shipped = advice.lines.at(i);
                const OrderLine* ordered = nullptr;
                for (const OrderLine& line : order->lines)
                    if (line.id == shipped.orderLineId)
                        ordered = &line;
                if (!ordered)
                    continue;
                SupplierInvoiceLine billed;
                billed.lineId = QString::number(i + 1);
                billed.orderLineRef = shipped.orderLineId;
                billed.sku = shipped.sku;
                billed.gtin = shipped.gtin;
                billed.name = shipped.name;
                billed.unitCode = shipped.unitCode;
                billed.quantity =
                    outcome.billShortInFull ? shipped.delivered + shipped.outstanding : shipped.delivered;
                billed.unitPrice = ordered->netPrice;
                if (outcome.priceRise && i == advice.lines.size() - 1)
                    billed.unitPrice =
                        (ordered->netPrice * Decimal::parse(u"1.06").value_or(Decimal::fromInt(1)))
                            .rounded(2);
                billed.vat = ordered->vat;
                billed.amount = (billed.quantity * billed.unitPrice).rounded(2);
                invoice.lines.append(billed);
            }
            if (!invoice.lines.isEmpty()) {
                m_invoices[endpoint].append({++m_seq, invoice.id, seller->id, order->id,
                                             UblInvoice::write(invoice, order->seller, order->buyer)});
                m_invoiceParties.insert(endpoint + u'/' + invoice.id, {order->seller, order->buyer});
            }
        }
    }
    return xmlAnswer(received.answer, received.status);
}

bool SandboxSuppliers::resendInvoice(const QString& endpoint, const QString& invoiceId, bool corrected)
{
    const QList<Document> documents = m_invoices.value(endpoint);
    const auto found = std::find_if(documents.cbegin(), documents.cend(),
                                    [&invoiceId](const Document& d) { return d.id == invoiceId; });
    const auto parties = m_invoiceParties.constFind(endpoint + u'/' + invoiceId);
    if (found == documents.cend() || parties == m_invoiceParties.cend())
        return false;
    Document again = *found;
    again.seq = ++m_seq;
    if (corrected) {
        Ubl::ReadError error;
        std::optional<SupplierInvoice> invoice = UblInvoice::read(found->xml, &error);
        if (!invoice || invoice->lines.isEmpty())
            return false;
        SupplierInvoiceLine& first = invoice->lines.first();
        first.unitPrice =
            (first.unitPrice * Decimal::parse(u"1.10").value_or(Decimal::fromInt(1))).rounded(2);
        first.amount = (first.quantity * first.unitPrice).rounded(2);
        again.xml = UblInvoice::write(*invoice, parties->first, parties->second);
    }
    m_invoices[endpoint].append(again);
    return true;
}

QHttpServerResponse SandboxSuppliers::documentsAnswer(const QList<Document>& documents,
                                                      const QHttpServerRequest& request) const
{
    const QUrlQuery q(request.url());
    const qint64 after = q.queryItemValue(QStringLiteral("after")).toLongLong();
    int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
    limit = limit <= 0 ? 50 : std::min(limit, 200);
    QJsonArray out;
    qint64 last = after;
    bool more = false;
    for (const Document& d : documents) {
        if (d.seq <= after)
            continue;
        if (out.size() >= limit) {
            more = true;
            break;
        }
        out.append(QJsonObject{{QStringLiteral("seq"), d.seq},
                               {QStringLiteral("id"), d.id},
                               {QStringLiteral("supplier"), d.supplierId},
                               {QStringLiteral("orderId"), d.orderId},
                               {QStringLiteral("xml"), QString::fromUtf8(d.xml)}});
        last = d.seq;
    }
    return SandboxHttp::json({{QStringLiteral("documents"), out},
                              {QStringLiteral("last"), last},
                              {QStringLiteral("hasMore"), more}});
}

} // namespace Moulin
