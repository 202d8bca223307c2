// The suppliers' model (exact decimals, GTIN and French identifiers, delivery
// days, cut-off and franco, promotions), the UBL Order writer, the Order
// Response and Despatch Advice readers, and an order's identity and signing.
#include "common/net/clock.h"
#include "common/net/requestsigner.h"
#include "supplierfixtures.h"
#include "suppliers/core/ordersubmission.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/core/ublreaders.h"
#include "suppliers/core/ublresponsewriter.h"
#include "suppliers/core/ublvalidator.h"
#include "suppliers/core/ublxml.h"
#include "testsupport.h"

#include <QNetworkRequest>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Moulin;
using Moulin::Test::dec;

namespace {

// The first difference between two trees ("" when they are the same).
QString difference(const Ubl::Element& a, const Ubl::Element& b)
{
    const QString where = a.path.isEmpty() ? a.qname : a.path;
    if (a.qname != b.qname || a.namespaceUri != b.namespaceUri)
        return QStringLiteral("%1: element %2 vs %3").arg(where, a.qname, b.qname);
    if (a.attributes != b.attributes)
        return QStringLiteral("%1: attributes differ").arg(where);
    if (a.children.empty() && a.value() != b.value())
        return QStringLiteral("%1: \"%2\" vs \"%3\"").arg(where, a.value(), b.value());
    if (a.children.size() != b.children.size())
        return QStringLiteral("%1: %2 vs %3 children")
            .arg(where)
            .arg(a.children.size())
            .arg(b.children.size());
    for (size_t i = 0; i < a.children.size(); ++i) {
        const QString diff = difference(a.children[i], b.children[i]);
        if (!diff.isEmpty())
            return diff;
    }
    return {};
}

QByteArray replaced(QByteArray xml, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = xml.indexOf(from);
    if (at < 0 || xml.indexOf(from, at + 1) >= 0)
        return {}; // the mutation must name one place
    return xml.replace(at, from.size(), to);
}

} // namespace

class TestUblOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalsAreExact()
    {
        QCOMPARE(dec("0.1") + dec("0.2"), dec("0.3"));
        QCOMPARE(dec("2.49") * dec("6"), dec("14.94"));
        QCOMPARE((dec("4.5") * dec("11.90")).toString(2), QStringLiteral("53.55"));
        QCOMPARE(dec("7.96").toString(), QStringLiteral("7.96"));
        QCOMPARE(dec("12").toString(2), QStringLiteral("12.00"));
        QCOMPARE(dec("-0.125").toString(), QStringLiteral("-0.125"));
        QCOMPARE(dec("2.675").rounded(2), dec("2.68")); // half away from zero, no binary drift
        QCOMPARE(dec("-2.675").rounded(2), dec("-2.68"));
        QCOMPARE(dec("0.005").toCents(), 1);
        QCOMPARE(dec("10") / dec("3"), dec("3.333333"));
        QCOMPARE(dec("26.258").decimals(), 3);
        QVERIFY(!Decimal::parse(u"1,5"));
        QVERIFY(!Decimal::parse(u"1e3"));
        QVERIFY(!Decimal::parse(u""));
        QVERIFY(!Decimal::parse(u"."));
        QVERIFY(!Decimal::parse(u"1."));
        QVERIFY(!Decimal::parse(u" 1"));
        QVERIFY(!Decimal::parse(u"0.1234567")); // beyond six decimals
        QCOMPARE(Decimal::parse(u"+.5"), dec("0.5"));
        QVERIFY(Decimal::near(dec("1.00"), dec("1.02"), dec("0.02")));
        QVERIFY(!Decimal::near(dec("1.00"), dec("1.021"), dec("0.02")));
    }

    void gtinCheckDigits()
    {
        QVERIFY(Gtin::isValid(u"3017620422003"));  // GTIN-13
        QVERIFY(Gtin::isValid(u"96385074"));       // GTIN-8
        QVERIFY(Gtin::isValid(u"036000291452"));   // GTIN-12 (UPC-A)
        QVERIFY(Gtin::isValid(u"13760012345011")); // GTIN-14 (a case of the same item)
        QVERIFY(!Gtin::isValid(u"3017620422004"));
        QVERIFY(!Gtin::isValid(u"301762042200"));  // 12 digits, wrong check
        QVERIFY(!Gtin::isValid(u"30176204220O3")); // a letter O
        QVERIFY(!Gtin::isValid(u"123456789"));     // no such length
        QCOMPARE(Gtin::checkDigit(u"301762042200"), 3);
        QCOMPARE(Gtin::checkDigit(u"1376001234501"), 1);
        QCOMPARE(Gtin::checkDigit(u"12a"), -1);
    }

    void frenchIdentifiers()
    {
        QVERIFY(FrenchCompany::isValidSiren(u"812345676"));
        QVERIFY(!FrenchCompany::isValidSiren(u"812345677"));
        QVERIFY(FrenchCompany::isValidSiret(u"81234567600017"));
        QVERIFY(!FrenchCompany::isValidSiret(u"81234567600018"));
        QVERIFY(!FrenchCompany::isValidSiret(u"8123456760001"));
        // La Poste's establishments: sum of the digits divisible by 5.
        QVERIFY(FrenchCompany::isValidSiret(u"35600000000001")); // fails Luhn, passes La Poste's rule
        QVERIFY(!FrenchCompany::isValidSiret(u"35600000000002"));
        QCOMPARE(FrenchCompany::vatNumber(u"812345676"), QStringLiteral("FR19812345676"));
        QCOMPARE(FrenchCompany::vatNumber(u"401122338"), QStringLiteral("FR61401122338"));
        QVERIFY(FrenchCompany::vatNumber(u"812345677").isEmpty());
        QVERIFY(FrenchCompany::isValidVatNumber(u"FR19812345676"));
        QVERIFY(!FrenchCompany::isValidVatNumber(u"FR20812345676"));
        QVERIFY(!FrenchCompany::isValidVatNumber(u"DE19812345676"));
    }

    void deliveryDaysCutoffAndFranco()
    {
        const Supplier s = Test::metro(); // Mon, Wed, Fri; order by 14:00 the day before
        const QDateTime mondayMorning(QDate(2026, 12, 7), QTime(9, 30));
        QVERIFY(s.canDeliver(QDate(2026, 12, 9), mondayMorning));
        QCOMPARE(s.nextDelivery(mondayMorning), QDate(2026, 12, 9)); // Monday itself: its cut-off was Sunday
        QVERIFY(!s.canDeliver(QDate(2026, 12, 7), mondayMorning));
        QVERIFY(!s.canDeliver(QDate(2026, 12, 8), mondayMorning)); // Tuesday: no delivery
        // Tuesday 14:00 is the last moment for Wednesday; 14:01 is too late.
        QVERIFY(s.canDeliver(QDate(2026, 12, 9), QDateTime(QDate(2026, 12, 8), QTime(14, 0))));
        const QDateTime late(QDate(2026, 12, 8), QTime(14, 1));
        QVERIFY(!s.canDeliver(QDate(2026, 12, 9), late));
        QCOMPARE(s.nextDelivery(late), QDate(2026, 12, 11));
        QVERIFY(s.deliveryProblem(QDate(2026, 12, 11), late).isEmpty());
        QVERIFY(s.deliveryProblem(QDate(2026, 12, 9), late)
                    .contains(QLocale().toString(QDate(2026, 12, 11), QLocale::LongFormat)));
        QVERIFY(s.deliveryProblem(QDate(2026, 12, 10), late).contains(s.name));
        // Saturday after the cut-off: next is Monday.
        QCOMPARE(s.nextDelivery(QDateTime(QDate(2026, 12, 12), QTime(15, 0))), QDate(2026, 12, 14));
        Supplier closed = s;
        closed.deliveryDays.clear();
        QVERIFY(!closed.nextDelivery(mondayMorning).isValid());
        QVERIFY(!closed.deliveryProblem(QDate(2026, 12, 9), mondayMorning).isEmpty());

        QCOMPARE(s.feeFor(dec("799.99")), dec("29.90"));
        QCOMPARE(s.feeFor(dec("800")), Decimal());
    }

    void productsPromotionsAndProblems()
    {
        const QList<Test::CatalogueLine> basket = Test::metroBasket();
        const Product tomatoes = basket.at(2).product;
        QCOMPARE(tomatoes.unitPriceOn(QDate(2026, 12, 7)), dec("2.49"));
        QCOMPARE(tomatoes.unitPriceOn(QDate(2026, 12, 14)), dec("2.79"));
        QCOMPARE(tomatoes.packPriceOn(QDate(2026, 12, 14)), dec("16.74"));
        for (const Test::CatalogueLine& line : basket)
            QVERIFY2(line.product.problem().isEmpty(), qPrintable(line.product.problem()));

        Product bad = tomatoes;
        bad.gtin = QStringLiteral("3760012345039");
        QVERIFY(bad.problem().contains(QStringLiteral("3760012345039")));
        bad = tomatoes;
        bad.unitCode = QStringLiteral("KILO");
        QVERIFY(bad.problem().contains(QStringLiteral("KILO")));
        bad = tomatoes;
        bad.unitPrice = Decimal();
        QVERIFY(!bad.problem().isEmpty());
        bad = tomatoes;
        bad.promotion->to = QDate(2026, 11, 1);
        QVERIFY(!bad.problem().isEmpty());
        QCOMPARE(Vat::fromPercent(dec("5.50")), std::optional<VatRate>(VatRate::Reduced55));
        QVERIFY(!Vat::fromPercent(dec("7")));
        QCOMPARE(Vat::taxOn(dec("477.43"), VatRate::Reduced55), dec("26.26"));
    }

    void orderLinesAndTotals()
    {
        const Order order = Test::metroOrder();
        QCOMPARE(order.lines.size(), 10);
        QCOMPARE(order.lines.first().id, QStringLiteral("1"));
        QCOMPARE(order.lines.last().id, QStringLiteral("10"));
        // Packs: 3 sacks of 10 kg at 0.89 €/kg.
        QCOMPARE(order.lines.at(0).quantityUnitCode(), QStringLiteral("XBG"));
        QCOMPARE(order.lines.at(0).netPrice, dec("8.90"));
        QCOMPARE(order.lines.at(0).amount(), dec("26.70"));
        // Promotion: net 6 × 2.49, gross 6 × 2.79.
        QCOMPARE(order.lines.at(2).netPrice, dec("14.94"));
        QCOMPARE(order.lines.at(2).grossPrice, std::optional<Decimal>(dec("16.74")));
        // Units: 4.5 kg of chicken.
        QCOMPARE(order.lines.at(3).quantityUnitCode(), QStringLiteral("KGM"));
        QCOMPARE(order.lines.at(3).amount(), dec("53.55"));
        QVERIFY(!order.lines.at(3).grossPrice);

        // Totals worked out by hand: lines 574.63 (477.43 at 5.5 %, 97.20 at 20 %),
        // below the 800 € franco, so 29.90 delivery at 20 %.
        const OrderTotals t = order.totals();
        QCOMPARE(t.lines, dec("574.63"));
        QCOMPARE(t.charges, dec("29.90"));
        QCOMPARE(t.taxExclusive, dec("604.53"));
        QCOMPARE(t.taxByRate.value(VatRate::Reduced55), dec("26.26"));
        QCOMPARE(t.taxByRate.value(VatRate::Standard20), dec("25.42"));
        QCOMPARE(t.tax, dec("51.68"));
        QCOMPARE(t.taxInclusive, dec("656.21"));
    }

    void writerMatchesTheMetroFixture()
    {
        const QByteArray written = UblOrderWriter::write(Test::metroOrder());
        const QByteArray fixture = Test::supplierFixture(QStringLiteral("metro-order.xml"));
        QVERIFY(!fixture.isEmpty());
        Ubl::ReadError error;
        const std::optional<Ubl::Element> a = Ubl::parse(written, &error);
        QVERIFY2(a, qPrintable(error.toString()));
        const std::optional<Ubl::Element> b = Ubl::parse(fixture, &error);
        QVERIFY2(b, qPrintable(error.toString()));
        const QString diff = difference(*a, *b);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // UTF-8 declared and kept.
        QVERIFY(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(written.contains(QStringLiteral("Entrecôte de bœuf").toUtf8()));
    }

    void writtenOrdersPassTheValidator()
    {
        Order order = Test::metroOrder();
        QList<UblIssue> issues = UblOrderValidator::validate(UblOrderWriter::write(order));
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));

        // Above franco: no charge element, no charge total.
        order.deliveryFee = Decimal();
        order.note.clear();
        order.customerReference.clear();
        const QByteArray franco = UblOrderWriter::write(order);
        QVERIFY(!franco.contains("ChargeTotalAmount"));
        QVERIFY(!franco.contains("<cbc:Note>"));
        issues = UblOrderValidator::validate(franco);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));

        // A one-line order of a product sold by the unit with a 10 % rate, no GTIN.
        Order small = Test::metroOrder();
        small.lines.clear();
        Product sandwich = Test::product("900001", "", "Pan bagnat niçois", "C62", "1", "XBX", "3.2",
                                         VatRate::Intermediate10);
        small.addLine(OrderLine::of(sandwich, dec("7"), OrderLine::Unit::Units, small.issueDate));
        small.deliveryFee = dec("29.90");
        const QByteArray one = UblOrderWriter::write(small);
        issues = UblOrderValidator::validate(one);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        QVERIFY(one.contains("<cbc:Quantity unitCode=\"C62\">7</cbc:Quantity>"));
        QVERIFY(one.contains("<cbc:Percent>10</cbc:Percent>"));
        QVERIFY(!one.contains("StandardItemIdentification"));
        QVERIFY(!one.contains("<cbc:Description>"));
    }

    void writerFollowsTheSchemaOrder()
    {
        // The document element's children, in the order BIS Ordering 3.0 requires.
        QXmlStreamReader xml(UblOrderWriter::write(Test::metroOrder()));
        QStringList top;
        int depth = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (depth == 1 && (top.isEmpty() || top.last() != xml.name()))
                    top << xml.name().toString();
                ++depth;
            } else if (xml.isEndElement()) {
                --depth;
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(top,
                 (QStringList{QStringLiteral("CustomizationID"), QStringLiteral("ProfileID"),
                              QStringLiteral("ID"), QStringLiteral("IssueDate"), QStringLiteral("IssueTime"),
                              QStringLiteral("OrderTypeCode"), QStringLiteral("Note"),
                              QStringLiteral("DocumentCurrencyCode"), QStringLiteral("CustomerReference"),
                              QStringLiteral("ValidityPeriod"), QStringLiteral("BuyerCustomerParty"),
                              QStringLiteral("SellerSupplierParty"), QStringLiteral("Delivery"),
                              QStringLiteral("AllowanceCharge"), QStringLiteral("TaxTotal"),
                              QStringLiteral("AnticipatedMonetaryTotal"), QStringLiteral("OrderLine")}));
    }

    void orderIdentityAndIdempotencyKey()
    {
        QCOMPARE(OrderIdentity::makeOrderId(QDate(2026, 12, 7), 3), QStringLiteral("PO-20261207-0003"));
        const OrderIdentity metro{QStringLiteral("metro-nanterre"), QStringLiteral("PO-20261207-0001")};
        // Known answer: RFC 4122 version-5 UUID, computed independently.
        QCOMPARE(metro.idempotencyKey(), QByteArray("936bb8d3-52a4-5fd4-9c88-1b6c5ed2c89f"));
        QCOMPARE(OrderIdentity({QStringLiteral("pomona-lyon"), QStringLiteral("PO-20261207-0002")})
                     .idempotencyKey(),
                 QByteArray("659d5c77-b54b-5991-a391-e3d148b2e2cc"));
        // Stable, and different for another order or supplier.
        QCOMPARE(metro.idempotencyKey(), OrderIdentity(metro).idempotencyKey());
        QCOMPARE(Test::metroOrder().identity().idempotencyKey(), metro.idempotencyKey());
        QVERIFY(OrderIdentity({metro.supplierId, QStringLiteral("PO-20261207-0002")}).idempotencyKey() !=
                metro.idempotencyKey());
        QVERIFY(OrderIdentity({QStringLiteral("metro-lyon"), metro.orderId}).idempotencyKey() !=
                metro.idempotencyKey());
        // ("ab", "c") and ("a", "bc") do not collide.
        QVERIFY(OrderIdentity({QStringLiteral("ab"), QStringLiteral("c")}).idempotencyKey() !=
                OrderIdentity({QStringLiteral("a"), QStringLiteral("bc")}).idempotencyKey());
        const QUuid uuid = QUuid::fromString(QLatin1StringView(metro.idempotencyKey()));
        QCOMPARE(uuid.version(), QUuid::Sha1);
    }

    void orderRequestIsSigned()
    {
        const QByteArray body = Test::supplierFixture(QStringLiteral("metro-order.xml"));
        const Order order = Test::metroOrder();
        const HttpRequest request = OrderSubmission::request(Test::metro(), order, body);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.metro.fr/peppol/v3/orders")));
        QCOMPARE(request.body, body);
        QCOMPARE(request.idempotencyKey, QByteArray("936bb8d3-52a4-5fd4-9c88-1b6c5ed2c89f"));
        QCOMPARE(headerValue(request.headers, "Content-Type"), QByteArray("application/xml; charset=utf-8"));
        QCOMPARE(request.connector, QStringLiteral("metro"));

        // Test vector: HMAC-SHA256 over POST\nURI\nBODY\nTIMESTAMP, computed independently.
        const QByteArray secret = Test::testSecret(QStringLiteral("supplier-vector"));
        ManualClock clock(1'796'637'000'000); // 2026-12-07 09:50:00 UTC
        QNetworkRequest signedRequest(request.url);
        OrderSubmission::signer("moulin-lyon-02", secret, &clock)(signedRequest, request);
        QCOMPARE(signedRequest.rawHeader("X-Client-Id"), QByteArray("moulin-lyon-02"));
        QCOMPARE(signedRequest.rawHeader("X-Timestamp"), QByteArray("1796637000"));
        QCOMPARE(signedRequest.rawHeader("X-Signature"),
                 QByteArray("19fc8a595afd7538743f95f2fac57f733202281ac904945012a5f9a078c5800b"));
        // The same order resent later: same key, fresh signature.
        clock.advanceMs(30'000);
        QNetworkRequest retry(request.url);
        OrderSubmission::signer("moulin-lyon-02", secret, &clock)(retry, request);
        QVERIFY(retry.rawHeader("X-Signature") != signedRequest.rawHeader("X-Signature"));
        QCOMPARE(OrderSubmission::request(Test::metro(), order, body).idempotencyKey, request.idempotencyKey);
        // An endpoint with a trailing slash gives the same URL.
        Supplier slash = Test::metro();
        slash.endpoint = QUrl(QStringLiteral("https://api.metro.fr/peppol/v3/"));
        QCOMPARE(OrderSubmission::request(slash, order, body).url, request.url);
    }

    void readsThePomonaOrderResponse()
    {
        Ubl::ReadError error;
        const std::optional<OrderResponse> r = UblReaders::readOrderResponse(
            Test::supplierFixture(QStringLiteral("pomona-order-response.xml")), &error);
        QVERIFY2(r, qPrintable(error.toString()));
        QCOMPARE(r->id, QStringLiteral("AR-TA-2026-118204"));
        QCOMPARE(r->orderId, QStringLiteral("PO-20261207-0002"));
        QCOMPARE(r->code, OrderResponse::Code::ConditionallyAccepted);
        QCOMPARE(r->issueDate, QDate(2026, 12, 7));
        QCOMPARE(r->promisedDelivery, QDate(2026, 12, 8));
        QCOMPARE(r->seller.toString(), QStringLiteral("0009:30217438801171"));
        QVERIFY(r->note.startsWith(QStringLiteral("Échalotes")));
        QCOMPARE(r->lines.size(), 4);
        int changed = 0;
        for (const OrderResponse::Line& line : r->lines) {
            if (line.status != OrderResponse::Line::Status::Changed) {
                QCOMPARE(line.status, OrderResponse::Line::Status::Accepted);
                QVERIFY(!line.quantity);
                continue;
            }
            ++changed;
            QCOMPARE(line.orderLineId, QStringLiteral("2"));
            QCOMPARE(line.quantity, std::optional<Decimal>(dec("2")));
            QCOMPARE(line.unitCode, QStringLiteral("XBX"));
            QCOMPARE(line.price, std::optional<Decimal>(dec("18.40")));
            QCOMPARE(line.note, QStringLiteral("Rupture partielle producteur"));
        }
        QCOMPARE(changed, 1);
    }

    void readsThePartialDespatchAdvice()
    {
        Ubl::ReadError error;
        const std::optional<DespatchAdvice> d = UblReaders::readDespatchAdvice(
            Test::supplierFixture(QStringLiteral("metro-despatch-partial.xml")), &error);
        QVERIFY2(d, qPrintable(error.toString()));
        QCOMPARE(d->id, QStringLiteral("BL-NAN-2026-0457781"));
        QCOMPARE(d->orderId, QStringLiteral("PO-20261207-0001"));
        QCOMPARE(d->expectedDelivery, QDate(2026, 12, 9));
        QCOMPARE(d->shipmentId, QStringLiteral("TOURNEE-LY07-1209"));
        QCOMPARE(d->supplier.id, QStringLiteral("40112233800429"));
        QVERIFY(d->isPartial());
        QCOMPARE(d->lines.size(), 4);
        const DespatchAdvice::Line& beef = d->lines.at(2);
        QCOMPARE(beef.orderLineId, QStringLiteral("5"));
        QCOMPARE(beef.delivered, dec("4.2"));
        QCOMPARE(beef.outstanding, dec("1.8"));
        QCOMPARE(beef.unitCode, QStringLiteral("KGM"));
        QCOMPARE(beef.outstandingReason, QStringLiteral("Pièce manquante à la découpe"));
        QCOMPARE(beef.lot, QStringLiteral("CHA-48-2611"));
        QCOMPARE(beef.bestBefore, QDate(2026, 12, 21));
        QCOMPARE(d->lines.at(0).outstanding, Decimal());
        QCOMPARE(d->lines.at(0).gtin, QStringLiteral("3760012345014"));
        QCOMPARE(d->lines.at(1).outstanding, dec("1"));

        // Without the outstanding quantities, the delivery is complete.
        QByteArray complete = Test::supplierFixture(QStringLiteral("metro-despatch-partial.xml"));
        complete.replace("<cbc:OutstandingQuantity unitCode=\"XBX\">1</cbc:OutstandingQuantity>", "");
        complete.replace("<cbc:OutstandingQuantity unitCode=\"KGM\">1.8</cbc:OutstandingQuantity>", "");
        const std::optional<DespatchAdvice> full = UblReaders::readDespatchAdvice(complete, &error);
        QVERIFY2(full, qPrintable(error.toString()));
        QVERIFY(!full->isPartial());
    }

    void orderResponsesRoundTrip()
    {
        const Order order = Test::metroOrder();
        OrderResponse response;
        response.id = QStringLiteral("AR-NAN-2026-0091");
        response.issueDate = QDate(2026, 12, 7);
        response.orderId = order.id;
        response.code = OrderResponse::Code::ConditionallyAccepted;
        response.note =
            QStringLiteral("Entrecôte : 4,2 kg disponibles ; vin remplacé par le millésime 2023.");
        response.promisedDelivery = QDate(2026, 12, 9);
        OrderResponse::Line beef;
        beef.orderLineId = QStringLiteral("5");
        beef.status = OrderResponse::Line::Status::Changed;
        beef.quantity = dec("4.2");
        beef.note = QStringLiteral("Stock insuffisant");
        OrderResponse::Line wine;
        wine.orderLineId = QStringLiteral("10");
        wine.status = OrderResponse::Line::Status::Changed;
        wine.substituteSku = QStringLiteral("550322");
        wine.substituteName = QStringLiteral("Côtes du Rhône AOP rouge 2023, 75 cl");
        wine.price = dec("33.00");
        OrderResponse::Line flour;
        flour.orderLineId = QStringLiteral("9");
        flour.status = OrderResponse::Line::Status::Rejected;
        OrderResponse::Line later;
        later.orderLineId = QStringLiteral("1");
        later.status = OrderResponse::Line::Status::Changed;
        later.promisedDelivery = QDate(2026, 12, 11);
        response.lines = {beef, wine, flour, later};

        const QByteArray xml = UblResponseWriter::writeOrderResponse(response, order);
        Ubl::ReadError error;
        const std::optional<OrderResponse> read = UblReaders::readOrderResponse(xml, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->id, response.id);
        QCOMPARE(read->orderId, order.id);
        QCOMPARE(read->code, response.code);
        QCOMPARE(read->note, response.note);
        QCOMPARE(read->currency, QStringLiteral("EUR"));
        QCOMPARE(read->promisedDelivery, response.promisedDelivery);
        QCOMPARE(read->seller, order.seller.participant);
        QCOMPARE(read->lines.size(), 4);
        QCOMPARE(read->lines.at(0).quantity, beef.quantity);
        QCOMPARE(read->lines.at(0).unitCode, QStringLiteral("KGM")); // the ordered line's unit
        QCOMPARE(read->lines.at(0).note, beef.note);
        QCOMPARE(read->lines.at(1).substituteSku, wine.substituteSku);
        QCOMPARE(read->lines.at(1).substituteName, wine.substituteName);
        QCOMPARE(read->lines.at(1).price, wine.price);
        QCOMPARE(read->lines.at(2).status, OrderResponse::Line::Status::Rejected);
        QCOMPARE(read->lines.at(3).promisedDelivery, later.promisedDelivery);
        QVERIFY(!read->lines.at(3).quantity);

        // A line the supplier adds has no order line to refer to.
        OrderResponse::Line gift;
        gift.status = OrderResponse::Line::Status::Added;
        gift.quantity = dec("1");
        gift.unitCode = QStringLiteral("C62");
        gift.substituteName = QStringLiteral("Échantillon moutarde de Dijon");
        response.lines = {gift};
        const std::optional<OrderResponse> added =
            UblReaders::readOrderResponse(UblResponseWriter::writeOrderResponse(response, order), &error);
        QVERIFY2(added, qPrintable(error.toString()));
        QCOMPARE(added->lines.size(), 1);
        QCOMPARE(added->lines.at(0).status, OrderResponse::Line::Status::Added);
        QVERIFY(added->lines.at(0).orderLineId.isEmpty());
    }

    void despatchAdvicesRoundTrip()
    {
        const Order order = Test::metroOrder();
        DespatchAdvice advice;
        advice.id = QStringLiteral("BL-NAN-2026-0457790");
        advice.issueDate = QDate(2026, 12, 8);
        advice.orderId = order.id;
        advice.expectedDelivery = QDate(2026, 12, 9);
        advice.note = QStringLiteral("Reliquat crème fraîche");
        for (const OrderLine& line : order.lines) {
            DespatchAdvice::Line d;
            d.id = line.id;
            d.orderLineId = line.id;
            d.unitCode = line.quantityUnitCode();
            d.delivered = line.quantity;
            if (line.id == QStringLiteral("6")) {
                d.delivered = dec("1");
                d.outstanding = dec("1");
                d.outstandingReason = QStringLiteral("Rupture");
                d.lot = QStringLiteral("L26338B");
                d.bestBefore = QDate(2026, 12, 24);
            }
            advice.lines << d;
        }
        const QByteArray xml = UblResponseWriter::writeDespatchAdvice(advice, order);
        Ubl::ReadError error;
        const std::optional<DespatchAdvice> read = UblReaders::readDespatchAdvice(xml, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->id, advice.id);
        QCOMPARE(read->orderId, order.id);
        QCOMPARE(read->expectedDelivery, advice.expectedDelivery);
        QCOMPARE(read->supplier, order.seller.participant);
        QCOMPARE(read->lines.size(), order.lines.size());
        QVERIFY(read->isPartial());
        for (int i = 0; i < order.lines.size(); ++i) {
            const DespatchAdvice::Line& line = read->lines.at(i);
            QCOMPARE(line.orderLineId, order.lines.at(i).id);
            QCOMPARE(line.name, order.lines.at(i).name); // from the order
            QCOMPARE(line.sku, order.lines.at(i).sku);
            QCOMPARE(line.gtin, order.lines.at(i).gtin);
            QCOMPARE(line.delivered, advice.lines.at(i).delivered);
            QCOMPARE(line.outstanding, advice.lines.at(i).outstanding);
        }
        QCOMPARE(read->lines.at(5).lot, QStringLiteral("L26338B"));
        QCOMPARE(read->lines.at(5).bestBefore, QDate(2026, 12, 24));
        QCOMPARE(read->lines.at(5).outstandingReason, QStringLiteral("Rupture"));
    }

    void malformedResponsesNameTheElement_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("says");

        QTest::newRow("quantity not a number")
            << QByteArray("<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>")
            << QByteArray("<cbc:Quantity unitCode=\"XBX\">deux</cbc:Quantity>")
            << "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"
            << "deux";
        QTest::newRow("quantity without unit")
            << QByteArray("<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>")
            << QByteArray("<cbc:Quantity>2</cbc:Quantity>") << "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"
            << "unitCode";
        QTest::newRow("unknown unit") << QByteArray("<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>")
                                      << QByteArray("<cbc:Quantity unitCode=\"COLIS\">2</cbc:Quantity>")
                                      << "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"
                                      << "COLIS";
        QTest::newRow("unknown response code")
            << QByteArray("<cbc:OrderResponseCode>CA</cbc:OrderResponseCode>")
            << QByteArray("<cbc:OrderResponseCode>OK</cbc:OrderResponseCode>") << "cbc:OrderResponseCode"
            << "OK";
        QTest::newRow("unknown line status") << QByteArray("<cbc:LineStatusCode>3</cbc:LineStatusCode>")
                                             << QByteArray("<cbc:LineStatusCode>9</cbc:LineStatusCode>")
                                             << "cac:OrderLine[2]/cac:LineItem/cbc:LineStatusCode"
                                             << "9";
        QTest::newRow("no order reference")
            << QByteArray(
                   "<cac:OrderReference>\n    <cbc:ID>PO-20261207-0002</cbc:ID>\n  </cac:OrderReference>")
            << QByteArray() << "cac:OrderReference/cbc:ID"
            << "missing";
        QTest::newRow("bad date") << QByteArray("<cbc:IssueDate>2026-12-07</cbc:IssueDate>")
                                  << QByteArray("<cbc:IssueDate>07/12/2026</cbc:IssueDate>")
                                  << "cbc:IssueDate"
                                  << "07/12/2026";
        QTest::newRow("line answered twice")
            << QByteArray("<cbc:LineID>3</cbc:LineID>") << QByteArray("<cbc:LineID>2</cbc:LineID>")
            << "cac:OrderLine[3]/cac:OrderLineReference/cbc:LineID"
            << "2";
        QTest::newRow("negative price")
            << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">18.40</cbc:PriceAmount>")
            << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">-18.40</cbc:PriceAmount>")
            << "cac:OrderLine[2]/cac:LineItem/cac:Price/cbc:PriceAmount"
            << "-18.40";
        QTest::newRow("other currency")
            << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">18.40</cbc:PriceAmount>")
            << QByteArray("<cbc:PriceAmount currencyID=\"CHF\">18.40</cbc:PriceAmount>")
            << "cac:OrderLine[2]/cac:LineItem/cac:Price/cbc:PriceAmount"
            << "CHF";
        QTest::newRow("changed line without change")
            << QByteArray("<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>\n      <cac:Price>\n        "
                          "<cbc:PriceAmount "
                          "currencyID=\"EUR\">18.40</cbc:PriceAmount>\n        <cbc:BaseQuantity "
                          "unitCode=\"XBX\">1</cbc:BaseQuantity>\n      </cac:Price>")
            << QByteArray() << "cac:OrderLine[2]/cac:LineItem"
            << "changed";
        QTest::newRow("wrong specification")
            << QByteArray("urn:fdc:peppol.eu:poacc:trns:order_response:3")
            << QByteArray("urn:fdc:peppol.eu:poacc:trns:order:3") << "cbc:CustomizationID"
            << "order:3";
        QTest::newRow("not well-formed")
            << QByteArray("</cac:OrderReference>") << QByteArray("</cac:OrderRef>") << "cac:OrderReference"
            << "well-formed";
    }

    void malformedResponsesNameTheElement()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, element);
        QFETCH(QString, says);
        const QByteArray broken =
            replaced(Test::supplierFixture(QStringLiteral("pomona-order-response.xml")), from, to);
        QVERIFY2(!broken.isEmpty(), "the mutation must apply once");
        Ubl::ReadError error;
        QVERIFY(!UblReaders::readOrderResponse(broken, &error));
        QCOMPARE(error.element, element);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(element));
        QVERIFY(error.line > 0);
    }

    void responseDocumentChecks()
    {
        Ubl::ReadError error;
        // An order is not an order response.
        QVERIFY(
            !UblReaders::readOrderResponse(Test::supplierFixture(QStringLiteral("metro-order.xml")), &error));
        QCOMPARE(error.element, QStringLiteral("Order"));
        QVERIFY(error.message.contains(QStringLiteral("OrderResponse")));
        // CA without lines.
        QByteArray noLines = Test::supplierFixture(QStringLiteral("pomona-order-response.xml"));
        noLines = noLines.left(noLines.indexOf("  <cac:OrderLine>")) + "</OrderResponse>\n";
        QVERIFY(!UblReaders::readOrderResponse(noLines, &error));
        QVERIFY(error.message.contains(QStringLiteral("conditionally accepted")));
        // AP without lines is a plain acceptance; RE rejects every line it lists.
        QByteArray accepted = noLines;
        accepted.replace("<cbc:OrderResponseCode>CA</cbc:OrderResponseCode>",
                         "<cbc:OrderResponseCode>AP</cbc:OrderResponseCode>");
        std::optional<OrderResponse> r = UblReaders::readOrderResponse(accepted, &error);
        QVERIFY2(r, qPrintable(error.toString()));
        QCOMPARE(r->code, OrderResponse::Code::Accepted);
        QVERIFY(r->lines.isEmpty());
        QByteArray rejected = Test::supplierFixture(QStringLiteral("pomona-order-response.xml"));
        rejected.replace("<cbc:OrderResponseCode>CA</cbc:OrderResponseCode>",
                         "<cbc:OrderResponseCode>RE</cbc:OrderResponseCode>");
        rejected.replace("<cbc:LineStatusCode>5</cbc:LineStatusCode>", "");
        r = UblReaders::readOrderResponse(rejected, &error);
        QVERIFY2(r, qPrintable(error.toString()));
        QCOMPARE(r->code, OrderResponse::Code::Rejected);
        QCOMPARE(r->lines.at(0).status, OrderResponse::Line::Status::Rejected);
        QCOMPARE(r->lines.at(1).status, OrderResponse::Line::Status::Changed);
        // Not XML at all.
        QVERIFY(!UblReaders::readOrderResponse("Bonjour", &error));
        QVERIFY(error.message.contains(QStringLiteral("well-formed")));
        QVERIFY(!UblReaders::readOrderResponse({}, &error));
    }

    void malformedDespatchAdvicesNameTheElement_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("says");
        QTest::newRow("delivered not a number")
            << QByteArray("<cbc:DeliveredQuantity unitCode=\"KGM\">4.2</cbc:DeliveredQuantity>")
            << QByteArray("<cbc:DeliveredQuantity unitCode=\"KGM\">4,2</cbc:DeliveredQuantity>")
            << "cac:DespatchLine[3]/cbc:DeliveredQuantity"
            << "4,2";
        QTest::newRow("negative delivered")
            << QByteArray("<cbc:DeliveredQuantity unitCode=\"KGM\">4.2</cbc:DeliveredQuantity>")
            << QByteArray("<cbc:DeliveredQuantity unitCode=\"KGM\">-4.2</cbc:DeliveredQuantity>")
            << "cac:DespatchLine[3]/cbc:DeliveredQuantity"
            << "negative";
        QTest::newRow("outstanding in another unit")
            << QByteArray("<cbc:OutstandingQuantity unitCode=\"KGM\">1.8</cbc:OutstandingQuantity>")
            << QByteArray("<cbc:OutstandingQuantity unitCode=\"XBX\">1</cbc:OutstandingQuantity>")
            << "cac:DespatchLine[3]/cbc:OutstandingQuantity"
            << "KGM";
        QTest::newRow("no order line reference")
            << QByteArray("<cac:OrderLineReference>\n      <cbc:LineID>5</cbc:LineID>\n    "
                          "</cac:OrderLineReference>")
            << QByteArray() << "cac:DespatchLine[3]/cac:OrderLineReference/cbc:LineID"
            << "missing";
        QTest::newRow("GTIN check digit")
            << QByteArray("<cbc:ID schemeID=\"0160\">3262123456783</cbc:ID>")
            << QByteArray("<cbc:ID schemeID=\"0160\">3262123456784</cbc:ID>")
            << "cac:DespatchLine[4]/cac:Item/cac:StandardItemIdentification/cbc:ID"
            << "3262123456784";
        QTest::newRow("bad expiry date")
            << QByteArray("<cbc:ExpiryDate>2026-12-21</cbc:ExpiryDate>")
            << QByteArray("<cbc:ExpiryDate>2026-02-30</cbc:ExpiryDate>")
            << "cac:DespatchLine[3]/cac:Item/cac:ItemInstance/cac:LotIdentification/"
               "cbc:ExpiryDate"
            << "2026-02-30";
        QTest::newRow("item without name")
            << QByteArray("<cbc:Name>Entrecôte de bœuf Charolais, sous vide</cbc:Name>") << QByteArray()
            << "cac:DespatchLine[3]/cac:Item/cbc:Name"
            << "missing";
        QTest::newRow("no order reference") << QByteArray("<cbc:ID>PO-20261207-0001</cbc:ID>")
                                            << QByteArray("<cbc:ID></cbc:ID>") << "cac:OrderReference/cbc:ID"
                                            << "empty";
        QTest::newRow("wrong root") << QByteArray("DespatchAdvice-2\"") << QByteArray("Order-2\"")
                                    << "DespatchAdvice"
                                    << "DespatchAdvice";
    }

    void malformedDespatchAdvicesNameTheElement()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, element);
        QFETCH(QString, says);
        const QByteArray broken =
            replaced(Test::supplierFixture(QStringLiteral("metro-despatch-partial.xml")), from, to);
        QVERIFY2(!broken.isEmpty(), "the mutation must apply once");
        Ubl::ReadError error;
        QVERIFY(!UblReaders::readDespatchAdvice(broken, &error));
        QCOMPARE(error.element, element);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestUblOrder)
#include "tst_ublorder.moc"
