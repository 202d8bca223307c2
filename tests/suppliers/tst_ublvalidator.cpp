// The PEPPOL BIS Ordering 3.0 / UBL 2.1 Order validator: good documents pass,
// and each broken document (the Metro fixture with one thing broken) fails
// on exactly the rule it breaks.
#include "supplierfixtures.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/core/ublvalidator.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace Moulin;

namespace {

// One broken document: `edits` applied to the Metro order, each replacing
// the first occurrence of `from` after `anchor` (every occurrence when the
// anchor is "*"). `rule` empty: the edit keeps the document valid.
struct Edit
{
    QByteArray anchor;
    QByteArray from;
    QByteArray to;
};

struct Case
{
    const char* name;
    QList<Edit> edits;
    QString rule;
    QString element; ///< the first issue's element, when checked
};

const QByteArray kLine1 = "<cbc:ID>1</cbc:ID>";
const QByteArray kLine2 = "<cbc:ID>2</cbc:ID>";
const QByteArray kLine3 = "<cbc:ID>3</cbc:ID>";
const QByteArray kSeller = "<cac:SellerSupplierParty>";
const QByteArray kCharge = "<cbc:ChargeIndicator>true</cbc:ChargeIndicator>";

Edit edit(const char* from, const char* to)
{
    return {QByteArray(), QByteArray(from), QByteArray(to)};
}
Edit after(const QByteArray& anchor, const char* from, const char* to)
{
    return {anchor, QByteArray(from), QByteArray(to)};
}
Edit everywhere(const char* from, const char* to)
{
    return {QByteArray("*"), QByteArray(from), QByteArray(to)};
}

// The totals of the fixture, as written: lines 574.63, charges 29.90,
// without tax 604.53, tax 51.68, with tax 656.21.
QList<Edit> totals(const char* lines, const char* exclusive, const char* inclusive)
{
    QList<Edit> edits;
    if (lines)
        edits << edit(
            "<cbc:LineExtensionAmount currencyID=\"EUR\">574.63</cbc:LineExtensionAmount>",
            qPrintable(
                QStringLiteral("<cbc:LineExtensionAmount currencyID=\"EUR\">%1</cbc:LineExtensionAmount>")
                    .arg(QLatin1StringView(lines))));
    if (exclusive)
        edits << edit("<cbc:TaxExclusiveAmount currencyID=\"EUR\">604.53</cbc:TaxExclusiveAmount>",
                      qPrintable(QStringLiteral(
                                     "<cbc:TaxExclusiveAmount currencyID=\"EUR\">%1</cbc:TaxExclusiveAmount>")
                                     .arg(QLatin1StringView(exclusive))));
    if (inclusive) {
        edits << edit("<cbc:TaxInclusiveAmount currencyID=\"EUR\">656.21</cbc:TaxInclusiveAmount>",
                      qPrintable(QStringLiteral(
                                     "<cbc:TaxInclusiveAmount currencyID=\"EUR\">%1</cbc:TaxInclusiveAmount>")
                                     .arg(QLatin1StringView(inclusive))));
        edits << edit(
            "<cbc:PayableAmount currencyID=\"EUR\">656.21</cbc:PayableAmount>",
            qPrintable(QStringLiteral("<cbc:PayableAmount currencyID=\"EUR\">%1</cbc:PayableAmount>")
                           .arg(QLatin1StringView(inclusive))));
    }
    return edits;
}

const char* const kZeroAllowance =
    "  <cac:AllowanceCharge>\n"
    "    <cbc:ChargeIndicator>false</cbc:ChargeIndicator>\n"
    "    <cbc:AllowanceChargeReasonCode>%1</cbc:AllowanceChargeReasonCode>\n"
    "    <cbc:AllowanceChargeReason>Remise fidélité</cbc:AllowanceChargeReason>\n"
    "    <cbc:Amount currencyID=\"EUR\">0.00</cbc:Amount>\n"
    "    <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent>"
    "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>\n"
    "  </cac:AllowanceCharge>\n"
    "  <cac:AllowanceCharge>\n";

Edit zeroAllowance(const char* code)
{
    return {QByteArray(), QByteArray("</cac:Delivery>\n  <cac:AllowanceCharge>\n"),
            "</cac:Delivery>\n" + QString::fromUtf8(kZeroAllowance).arg(QLatin1StringView(code)).toUtf8()};
}

QList<Case> cases()
{
    QList<Edit> r009 = totals(nullptr, "594.53", "646.21");
    r009 << edit("<cbc:ChargeTotalAmount",
                 "<cbc:AllowanceTotalAmount currencyID=\"EUR\">10.00</cbc:AllowanceTotalAmount>\n"
                 "    <cbc:ChargeTotalAmount");
    QList<Edit> r010 = totals(nullptr, "594.53", "646.21");
    r010 << edit("<cbc:ChargeTotalAmount currencyID=\"EUR\">29.90</cbc:ChargeTotalAmount>",
                 "<cbc:ChargeTotalAmount currencyID=\"EUR\">19.90</cbc:ChargeTotalAmount>");
    QList<Edit> f13 = totals(nullptr, nullptr, "657.21");
    f13 << edit("<cbc:TaxAmount currencyID=\"EUR\">51.68</cbc:TaxAmount>",
                "<cbc:TaxAmount currencyID=\"EUR\">52.68</cbc:TaxAmount>");

    return {
        // Well-formedness and structure.
        {"not well-formed", {edit("</cac:TaxTotal>", "</cac:TaxTotaal>")}, "MOULIN-T01-X001", {}},
        {"an invoice namespace",
         {edit("schema:xsd:Order-2\"", "schema:xsd:Invoice-2\"")},
         "MOULIN-T01-S001",
         "Order"},
        {"no order number", {edit("  <cbc:ID>PO-20261207-0001</cbc:ID>\n", "")}, "MOULIN-T01-S002", "cbc:ID"},
        {"no profile",
         {edit("  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>\n", "")},
         "MOULIN-T01-S002",
         "cbc:ProfileID"},
        {"no buyer endpoint",
         {edit("<cbc:EndpointID schemeID=\"0009\">81234567600017</cbc:EndpointID>", "")},
         "MOULIN-T01-S002",
         "cac:BuyerCustomerParty/cac:Party/cbc:EndpointID"},
        {"no seller country",
         {after(
             "<cbc:CityName>Nanterre</cbc:CityName>",
             "        <cac:Country>\n          <cbc:IdentificationCode>FR</cbc:IdentificationCode>\n        "
             "</cac:Country>\n",
             "")},
         "MOULIN-T01-S002",
         "cac:SellerSupplierParty/cac:Party/cac:PostalAddress/cac:Country"},
        {"no seller legal name",
         {edit("<cbc:RegistrationName>METRO France SAS</cbc:RegistrationName>", "")},
         "MOULIN-T01-S002",
         "cac:SellerSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"},
        {"no quantity",
         {after(kLine2, "<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>", "")},
         "MOULIN-T01-S002",
         "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"},
        {"no item name",
         {edit("<cbc:Name>Carottes des sables, France, catégorie 1</cbc:Name>", "")},
         "MOULIN-T01-S002",
         "cac:OrderLine[2]/cac:LineItem/cac:Item/cbc:Name"},
        {"validity period without its end",
         {edit("  <cac:ValidityPeriod>\n    <cbc:EndDate>2026-12-08</cbc:EndDate>\n",
               "  <cac:ValidityPeriod>\n    <cbc:StartDate>2026-12-07</cbc:StartDate>\n")},
         "MOULIN-T01-S002",
         "cac:ValidityPeriod/cbc:EndDate"},
        {"an element UBL has not there",
         {edit("  <cbc:DocumentCurrencyCode>",
               "  <cbc:TaxPointDate>2026-12-07</cbc:TaxPointDate>\n  <cbc:DocumentCurrencyCode>")},
         "MOULIN-T01-S003",
         "cbc:TaxPointDate"},
        {"a foreign element",
         {edit("  <cbc:DocumentCurrencyCode>",
               "  <ext:Fidelite xmlns:ext=\"urn:example:metro\">oui</ext:Fidelite>\n  "
               "<cbc:DocumentCurrencyCode>")},
         "MOULIN-T01-S003",
         {}},
        {"number after date",
         {edit("<cbc:ID>PO-20261207-0001</cbc:ID>\n  <cbc:IssueDate>2026-12-07</cbc:IssueDate>",
               "<cbc:IssueDate>2026-12-07</cbc:IssueDate>\n  <cbc:ID>PO-20261207-0001</cbc:ID>")},
         "MOULIN-T01-S004",
         "cbc:ID"},
        {"line amount before quantity",
         {edit("<cbc:Quantity unitCode=\"XBG\">3</cbc:Quantity>\n      <cbc:LineExtensionAmount "
               "currencyID=\"EUR\">26.70</cbc:LineExtensionAmount>",
               "<cbc:LineExtensionAmount currencyID=\"EUR\">26.70</cbc:LineExtensionAmount>\n      "
               "<cbc:Quantity "
               "unitCode=\"XBG\">3</cbc:Quantity>")},
         "MOULIN-T01-S004",
         "cac:OrderLine/cac:LineItem/cbc:Quantity"},
        {"two issue dates",
         {edit("<cbc:IssueDate>2026-12-07</cbc:IssueDate>",
               "<cbc:IssueDate>2026-12-07</cbc:IssueDate>\n  <cbc:IssueDate>2026-12-07</cbc:IssueDate>")},
         "MOULIN-T01-S005",
         "cbc:IssueDate[2]"},
        {"two tax totals",
         {edit("</cac:TaxTotal>", "</cac:TaxTotal>\n  <cac:TaxTotal>\n    <cbc:TaxAmount "
                                  "currencyID=\"EUR\">51.68</cbc:TaxAmount>\n  "
                                  "</cac:TaxTotal>")},
         "MOULIN-T01-S005",
         "cac:TaxTotal[2]"},
        {"an empty note",
         {edit("<cbc:Note>Livraison avant 10 h, cuisine au sous-sol. Merci de sonner.</cbc:Note>",
               "<cbc:Note></cbc:Note>")},
         "MOULIN-T01-S006",
         "cbc:Note"},
        {"an empty line id",
         {edit("<cbc:ID>2</cbc:ID>", "<cbc:ID/>")},
         "MOULIN-T01-S006",
         "cac:OrderLine[2]/cac:LineItem/cbc:ID"},
        {"endpoint without scheme",
         {edit("<cbc:EndpointID schemeID=\"0009\">40112233800429</cbc:EndpointID>",
               "<cbc:EndpointID>40112233800429</cbc:EndpointID>")},
         "MOULIN-T01-S007",
         "cac:SellerSupplierParty/cac:Party/cbc:EndpointID"},
        {"amount without currency",
         {edit("<cbc:TaxAmount currencyID=\"EUR\">51.68</cbc:TaxAmount>",
               "<cbc:TaxAmount>51.68</cbc:TaxAmount>")},
         "MOULIN-T01-S007",
         "cac:TaxTotal/cbc:TaxAmount"},
        {"quantity without unit",
         {after(kLine2, "<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>", "<cbc:Quantity>2</cbc:Quantity>")},
         "MOULIN-T01-S007",
         "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"},
        {"GTIN without scheme",
         {edit("<cbc:ID schemeID=\"0160\">3760012345014</cbc:ID>", "<cbc:ID>3760012345014</cbc:ID>")},
         "MOULIN-T01-S007",
         "cac:OrderLine/cac:LineItem/cac:Item/cac:StandardItemIdentification/cbc:ID"},
        // Code lists.
        {"unknown document currency",
         {edit("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
               "<cbc:DocumentCurrencyCode>EURO</cbc:DocumentCurrencyCode>")},
         "MOULIN-T01-CL01",
         "cbc:DocumentCurrencyCode"},
        {"unknown currency everywhere",
         {edit("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
               "<cbc:DocumentCurrencyCode>EUX</cbc:DocumentCurrencyCode>"),
          everywhere("currencyID=\"EUR\"", "currencyID=\"EUX\"")},
         "MOULIN-T01-CL01",
         "cbc:DocumentCurrencyCode"},
        {"unknown unit",
         {edit("<cbc:Quantity unitCode=\"XBG\">3</cbc:Quantity>",
               "<cbc:Quantity unitCode=\"SAC\">3</cbc:Quantity>")},
         "MOULIN-T01-CL02",
         "cac:OrderLine/cac:LineItem/cbc:Quantity"},
        {"unknown endpoint scheme",
         {edit("<cbc:EndpointID schemeID=\"0009\">40112233800429</cbc:EndpointID>",
               "<cbc:EndpointID schemeID=\"SIRET\">40112233800429</cbc:EndpointID>")},
         "MOULIN-T01-CL03",
         "cac:SellerSupplierParty/cac:Party/cbc:EndpointID"},
        {"three-letter country",
         {after("<cbc:CityName>Nanterre</cbc:CityName>",
                "<cbc:IdentificationCode>FR</cbc:IdentificationCode>",
                "<cbc:IdentificationCode>FRA</cbc:IdentificationCode>")},
         "MOULIN-T01-CL04",
         "cac:SellerSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode"},
        {"unknown tax category",
         {after(kLine2, "<cbc:ID>S</cbc:ID>", "<cbc:ID>X</cbc:ID>")},
         "MOULIN-T01-CL05",
         "cac:OrderLine[2]/cac:LineItem/cac:Item/cac:ClassifiedTaxCategory/cbc:ID"},
        {"TVA instead of VAT",
         {after(kLine2, "<cbc:ID>VAT</cbc:ID>", "<cbc:ID>TVA</cbc:ID>")},
         "MOULIN-T01-CL06",
         {}},
        {"unknown order type",
         {edit("<cbc:OrderTypeCode>220</cbc:OrderTypeCode>", "<cbc:OrderTypeCode>105</cbc:OrderTypeCode>")},
         "MOULIN-T01-CL07",
         "cbc:OrderTypeCode"},
        {"unknown item scheme",
         {edit("<cbc:ID schemeID=\"0160\">3760012345014</cbc:ID>",
               "<cbc:ID schemeID=\"EAN\">3760012345014</cbc:ID>")},
         "MOULIN-T01-CL08",
         {}},
        {"unknown allowance reason",
         {zeroAllowance("999")},
         "PEPPOL-T01-CL001",
         "cac:AllowanceCharge/cbc:AllowanceChargeReasonCode"},
        {"unknown charge reason",
         {edit("<cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode>",
               "<cbc:AllowanceChargeReasonCode>LIV</cbc:AllowanceChargeReasonCode>")},
         "PEPPOL-T01-CL002",
         "cac:AllowanceCharge/cbc:AllowanceChargeReasonCode"},
        // Formats and Moulin's checks.
        {"day 32",
         {edit("<cbc:IssueDate>2026-12-07</cbc:IssueDate>", "<cbc:IssueDate>2026-12-32</cbc:IssueDate>")},
         "MOULIN-T01-F01",
         "cbc:IssueDate"},
        {"a French date",
         {edit("<cbc:EndDate>2026-12-08</cbc:EndDate>", "<cbc:EndDate>08/12/2026</cbc:EndDate>")},
         "MOULIN-T01-F01",
         "cac:ValidityPeriod/cbc:EndDate"},
        {"9h30",
         {edit("<cbc:IssueTime>09:30:00</cbc:IssueTime>", "<cbc:IssueTime>9h30</cbc:IssueTime>")},
         "MOULIN-T01-F02",
         "cbc:IssueTime"},
        {"quantity in words",
         {after(kLine2, "<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>",
                "<cbc:Quantity unitCode=\"XBX\">deux</cbc:Quantity>")},
         "MOULIN-T01-F03",
         "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"},
        {"decimal comma",
         {edit("<cbc:TaxAmount currencyID=\"EUR\">51.68</cbc:TaxAmount>",
               "<cbc:TaxAmount currencyID=\"EUR\">51,68</cbc:TaxAmount>")},
         "MOULIN-T01-F03",
         "cac:TaxTotal/cbc:TaxAmount"},
        {"GTIN check digit",
         {edit("<cbc:ID schemeID=\"0160\">3760012345014</cbc:ID>",
               "<cbc:ID schemeID=\"0160\">3760012345015</cbc:ID>")},
         "MOULIN-T01-F04",
         "cac:OrderLine/cac:LineItem/cac:Item/cac:StandardItemIdentification/cbc:ID"},
        {"zero quantity",
         {after(kLine2, "<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>",
                "<cbc:Quantity unitCode=\"XBX\">0</cbc:Quantity>")},
         "MOULIN-T01-F05",
         "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"},
        {"indicator yes",
         {edit(kCharge.constData(), "<cbc:ChargeIndicator>yes</cbc:ChargeIndicator>")},
         "MOULIN-T01-F06",
         "cac:AllowanceCharge/cbc:ChargeIndicator"},
        {"delivery period backwards",
         {edit("<cbc:EndDate>2026-12-09</cbc:EndDate>", "<cbc:EndDate>2026-12-08</cbc:EndDate>")},
         "MOULIN-T01-F07",
         "cac:Delivery/cac:RequestedDeliveryPeriod/cbc:EndDate"},
        {"delivery before the order",
         {edit("<cbc:StartDate>2026-12-09</cbc:StartDate>", "<cbc:StartDate>2026-12-05</cbc:StartDate>"),
          edit("<cbc:EndDate>2026-12-09</cbc:EndDate>", "<cbc:EndDate>2026-12-05</cbc:EndDate>")},
         "MOULIN-T01-F08",
         "cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate"},
        {"SIRET key",
         {everywhere("81234567600017", "81234567600018")},
         "MOULIN-T01-F09",
         "cac:BuyerCustomerParty/cac:Party/cbc:EndpointID"},
        {"SIREN key",
         {edit("<cbc:CompanyID schemeID=\"0002\">401122338</cbc:CompanyID>",
               "<cbc:CompanyID schemeID=\"0002\">401122339</cbc:CompanyID>")},
         "MOULIN-T01-F09",
         "cac:SellerSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"},
        {"VAT key",
         {edit("FR19812345676", "FR20812345676")},
         "MOULIN-T01-F10",
         "cac:BuyerCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"},
        {"7 % VAT",
         {after(kLine2, "<cbc:Percent>5.5</cbc:Percent>", "<cbc:Percent>7</cbc:Percent>")},
         "MOULIN-T01-F11",
         "cac:OrderLine[2]/cac:LineItem/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"},
        {"price per kilo, quantity in sacks",
         {edit("<cbc:BaseQuantity unitCode=\"XBG\">1</cbc:BaseQuantity>",
               "<cbc:BaseQuantity unitCode=\"KGM\">1</cbc:BaseQuantity>")},
         "MOULIN-T01-F12",
         "cac:OrderLine/cac:LineItem/cac:Price/cbc:BaseQuantity"},
        {"tax amount off by one euro", f13, "MOULIN-T01-F13", "cac:TaxTotal/cbc:TaxAmount"},
        // PEPPOL-T01.
        {"two lines 1",
         {edit("<cbc:ID>2</cbc:ID>", "<cbc:ID>1</cbc:ID>")},
         "PEPPOL-T01-R001",
         "cac:OrderLine[2]/cac:LineItem/cbc:ID"},
        {"no validity end",
         {edit("  <cac:ValidityPeriod>\n    <cbc:EndDate>2026-12-08</cbc:EndDate>\n  </cac:ValidityPeriod>\n",
               "")},
         "PEPPOL-T01-R002",
         {}},
        {"charge total in dollars",
         {edit("<cbc:ChargeTotalAmount currencyID=\"EUR\">", "<cbc:ChargeTotalAmount currencyID=\"USD\">")},
         "PEPPOL-T01-R003",
         "cac:AnticipatedMonetaryTotal/cbc:ChargeTotalAmount"},
        {"line amount in francs",
         {after(kLine3, "<cbc:LineExtensionAmount currencyID=\"EUR\">",
                "<cbc:LineExtensionAmount currencyID=\"CHF\">")},
         "PEPPOL-T01-R003",
         "cac:OrderLine[3]/cac:LineItem/cbc:LineExtensionAmount"},
        {"negative quantity",
         {after(kLine2, "<cbc:Quantity unitCode=\"XBX\">2</cbc:Quantity>",
                "<cbc:Quantity unitCode=\"XBX\">-2</cbc:Quantity>")},
         "PEPPOL-T01-R004",
         "cac:OrderLine[2]/cac:LineItem/cbc:Quantity"},
        {"negative price",
         {edit("<cbc:PriceAmount currencyID=\"EUR\">5.75</cbc:PriceAmount>",
               "<cbc:PriceAmount currencyID=\"EUR\">-5.75</cbc:PriceAmount>")},
         "PEPPOL-T01-R005",
         "cac:OrderLine[2]/cac:LineItem/cac:Price/cbc:PriceAmount"},
        {"negative payable",
         {edit("<cbc:PayableAmount currencyID=\"EUR\">656.21</cbc:PayableAmount>",
               "<cbc:PayableAmount currencyID=\"EUR\">-656.21</cbc:PayableAmount>")},
         "PEPPOL-T01-R006",
         "cac:AnticipatedMonetaryTotal/cbc:PayableAmount"},
        {"negative line total", totals("-574.63", nullptr, nullptr), "PEPPOL-T01-R007",
         "cac:AnticipatedMonetaryTotal/cbc:LineExtensionAmount"},
        {"lines do not add up", totals("584.63", "614.53", "666.21"), "PEPPOL-T01-R008",
         "cac:AnticipatedMonetaryTotal/cbc:LineExtensionAmount"},
        {"allowance total without allowances", r009, "PEPPOL-T01-R009",
         "cac:AnticipatedMonetaryTotal/cbc:AllowanceTotalAmount"},
        {"charge total off", r010, "PEPPOL-T01-R010", "cac:AnticipatedMonetaryTotal/cbc:ChargeTotalAmount"},
        {"total without tax off", totals(nullptr, "605.53", "657.21"), "PEPPOL-T01-R011",
         "cac:AnticipatedMonetaryTotal/cbc:TaxExclusiveAmount"},
        {"anonymous originator",
         {edit(
             "  <cac:Delivery>\n",
             "  <cac:OriginatorCustomerParty>\n    <cac:Party>\n      <cac:Contact>\n        <cbc:Name>Chef "
             "Martin</cbc:Name>\n      </cac:Contact>\n    </cac:Party>\n  </cac:OriginatorCustomerParty>\n  "
             "<cac:Delivery>\n")},
         "PEPPOL-T01-R014",
         "cac:OriginatorCustomerParty/cac:Party"},
        {"payable off by a cent",
         {edit("<cbc:PayableAmount currencyID=\"EUR\">656.21</cbc:PayableAmount>",
               "<cbc:PayableAmount currencyID=\"EUR\">656.20</cbc:PayableAmount>")},
         "PEPPOL-T01-R016",
         "cac:AnticipatedMonetaryTotal/cbc:PayableAmount"},
        {"total with tax off", totals(nullptr, nullptr, "656.31"), "PEPPOL-T01-R017",
         "cac:AnticipatedMonetaryTotal/cbc:TaxInclusiveAmount"},
        {"gross minus promotion is not net",
         {edit("<cbc:BaseAmount currencyID=\"EUR\">16.74</cbc:BaseAmount>",
               "<cbc:BaseAmount currencyID=\"EUR\">16.94</cbc:BaseAmount>")},
         "PEPPOL-T01-R019",
         "cac:OrderLine[3]/cac:LineItem/cac:Price/cbc:PriceAmount"},
        {"percentage without base",
         {after(kCharge, "<cbc:Amount",
                "<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>\n    <cbc:Amount")},
         "PEPPOL-T01-R020",
         "cac:AllowanceCharge/cbc:MultiplierFactorNumeric"},
        {"base without percentage",
         {after(kCharge, "29.90</cbc:Amount>",
                "29.90</cbc:Amount>\n    <cbc:BaseAmount currencyID=\"EUR\">299.00</cbc:BaseAmount>")},
         "PEPPOL-T01-R021",
         "cac:AllowanceCharge/cbc:BaseAmount"},
        {"base times percentage is not the amount",
         {after(kCharge, "<cbc:Amount",
                "<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>\n    <cbc:Amount"),
          after(kCharge, "29.90</cbc:Amount>",
                "29.90</cbc:Amount>\n    <cbc:BaseAmount currencyID=\"EUR\">200.00</cbc:BaseAmount>")},
         "PEPPOL-T01-R022",
         "cac:AllowanceCharge/cbc:Amount"},
        {"charge without reason",
         {edit("    <cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode>\n    "
               "<cbc:AllowanceChargeReason>Frais de livraison (sous le franco)</cbc:AllowanceChargeReason>\n",
               "")},
         "PEPPOL-T01-R023",
         "cac:AllowanceCharge"},
        {"line amount is not quantity times price",
         {edit("<cbc:PriceAmount currencyID=\"EUR\">5.75</cbc:PriceAmount>",
               "<cbc:PriceAmount currencyID=\"EUR\">5.95</cbc:PriceAmount>")},
         "PEPPOL-T01-R024",
         "cac:OrderLine[2]/cac:LineItem/cbc:LineExtensionAmount"},
        {"base quantity zero",
         {after(kLine2, "<cbc:BaseQuantity unitCode=\"XBX\">1</cbc:BaseQuantity>",
                "<cbc:BaseQuantity unitCode=\"XBX\">0</cbc:BaseQuantity>")},
         "PEPPOL-T01-R025",
         "cac:OrderLine[2]/cac:LineItem/cac:Price/cbc:BaseQuantity"},
        {"VAT number without country",
         {edit("FR19812345676", "XX19812345676")},
         "PEPPOL-T01-R026",
         "cac:BuyerCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"},
        {"negative gross price",
         {edit("<cbc:BaseAmount currencyID=\"EUR\">16.74</cbc:BaseAmount>",
               "<cbc:BaseAmount currencyID=\"EUR\">-16.74</cbc:BaseAmount>")},
         "PEPPOL-T01-R027",
         "cac:OrderLine[3]/cac:LineItem/cac:Price/cac:AllowanceCharge/cbc:BaseAmount"},
        {"three decimals",
         {edit("<cbc:TaxAmount currencyID=\"EUR\">51.68</cbc:TaxAmount>",
               "<cbc:TaxAmount currencyID=\"EUR\">51.680</cbc:TaxAmount>")},
         "PEPPOL-T01-R028",
         "cac:TaxTotal/cbc:TaxAmount"},
        {"no VAT rate",
         {after(kLine2, "<cbc:Percent>5.5</cbc:Percent>\n", "")},
         "PEPPOL-T01-R029",
         "cac:OrderLine[2]/cac:LineItem/cac:Item/cac:ClassifiedTaxCategory"},
        {"standard rate zero",
         {after(kLine2, "<cbc:Percent>5.5</cbc:Percent>", "<cbc:Percent>0</cbc:Percent>")},
         "PEPPOL-T01-R030",
         "cac:OrderLine[2]/cac:LineItem/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"},
        {"billing profile",
         {edit("urn:fdc:peppol.eu:poacc:bis:ordering:3", "urn:fdc:peppol.eu:poacc:bis:billing:3")},
         "PEPPOL-T01-R031",
         "cbc:ProfileID"},
        {"negative charge",
         {edit("<cbc:Amount currencyID=\"EUR\">29.90</cbc:Amount>",
               "<cbc:Amount currencyID=\"EUR\">-29.90</cbc:Amount>")},
         "PEPPOL-T01-R032",
         "cac:AllowanceCharge/cbc:Amount"},
        {"negative promotion",
         {edit("<cbc:Amount currencyID=\"EUR\">1.80</cbc:Amount>",
               "<cbc:Amount currencyID=\"EUR\">-1.80</cbc:Amount>")},
         "PEPPOL-T01-R033",
         "cac:OrderLine[3]/cac:LineItem/cac:Price/cac:AllowanceCharge/cbc:Amount"},
        {"invoice specification",
         {edit("urn:fdc:peppol.eu:poacc:trns:order:3", "urn:cen.eu:en16931:2017")},
         "PEPPOL-T01-R034",
         "cbc:CustomizationID"},
        // Edits that keep the document valid (the rules do not over-reach).
        {"order only profile", {edit("bis:ordering:3", "bis:order_only:3")}, {}, {}},
        {"rate written 5.50",
         {after(kLine2, "<cbc:Percent>5.5</cbc:Percent>", "<cbc:Percent>5.50</cbc:Percent>")},
         {},
         {}},
        {"loyalty allowance of zero", {zeroAllowance("95")}, {}, {}},
        {"charge as 10 % of 299",
         {after(kCharge, "<cbc:Amount",
                "<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>\n    <cbc:Amount"),
          after(kCharge, "29.90</cbc:Amount>",
                "29.90</cbc:Amount>\n    <cbc:BaseAmount currencyID=\"EUR\">299.00</cbc:BaseAmount>")},
         {},
         {}},
        {"no issue time", {edit("  <cbc:IssueTime>09:30:00</cbc:IssueTime>\n", "")}, {}, {}},
        {"time with zone", {edit("09:30:00", "09:30:00+01:00")}, {}, {}},
        {"price with four decimals",
         {after(kLine1, "<cbc:PriceAmount currencyID=\"EUR\">8.90</cbc:PriceAmount>",
                "<cbc:PriceAmount currencyID=\"EUR\">8.9000</cbc:PriceAmount>")},
         {},
         {}},
    };
}

QByteArray apply(QByteArray xml, const QList<Edit>& edits, QString* problem)
{
    for (const Edit& e : edits) {
        if (e.anchor == "*") {
            if (!xml.contains(e.from)) {
                *problem = QStringLiteral("not found: ") + QString::fromUtf8(e.from);
                return {};
            }
            xml.replace(e.from, e.to);
            continue;
        }
        qsizetype start = 0;
        if (!e.anchor.isEmpty()) {
            start = xml.indexOf(e.anchor);
            if (start < 0 || xml.indexOf(e.anchor, start + 1) >= 0) {
                *problem = QStringLiteral("anchor not found once: ") + QString::fromUtf8(e.anchor);
                return {};
            }
        } else if (xml.count(e.from) != 1) {
            *problem = QStringLiteral("not found once: ") + QString::fromUtf8(e.from);
            return {};
        }
        const qsizetype at = xml.indexOf(e.from, start);
        if (at < 0) {
            *problem = QStringLiteral("not found: ") + QString::fromUtf8(e.from);
            return {};
        }
        xml.replace(at, e.from.size(), e.to);
    }
    return xml;
}

QString describe(const QList<UblIssue>& issues)
{
    QStringList lines;
    for (const UblIssue& issue : issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

} // namespace

class TestUblValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodDocumentsPass()
    {
        const QByteArray fixture = Test::supplierFixture(QStringLiteral("metro-order.xml"));
        QVERIFY(!fixture.isEmpty());
        QList<UblIssue> issues = UblOrderValidator::validate(fixture);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QVERIFY(UblOrderValidator::passes(issues));
        issues = UblOrderValidator::validate(UblOrderWriter::write(Test::metroOrder()));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void brokenDocumentFailsOnItsRule_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void brokenDocumentFailsOnItsRule()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        QString problem;
        const QByteArray xml =
            apply(Test::supplierFixture(QStringLiteral("metro-order.xml")), c.edits, &problem);
        QVERIFY2(!xml.isEmpty(), qPrintable(problem));
        const QList<UblIssue> issues = UblOrderValidator::validate(xml);
        if (c.rule.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
            return;
        }
        QVERIFY2(!issues.isEmpty(), "no issue");
        QSet<QString> rules;
        for (const UblIssue& issue : issues) {
            rules.insert(issue.rule);
            QVERIFY(!issue.message.isEmpty());
        }
        QVERIFY2(rules == QSet<QString>{c.rule}, qPrintable(describe(issues)));
        if (!c.element.isEmpty())
            QCOMPARE(issues.first().element, c.element);
        const bool warning = UblOrderValidator::passes(issues);
        QCOMPARE(warning, c.rule == QLatin1StringView("PEPPOL-T01-R002"));
    }

    void everyRuleIsTested()
    {
        QSet<QString> tested;
        for (const Case& c : cases())
            tested.insert(c.rule);
        QSet<QString> ids;
        for (const UblOrderValidator::Rule& rule : UblOrderValidator::rules()) {
            const QString id = QString::fromLatin1(rule.id);
            QVERIFY2(!ids.contains(id), qPrintable(id)); // unique
            ids.insert(id);
            QVERIFY2(tested.contains(id), qPrintable(QStringLiteral("no broken document for ") + id));
            QVERIFY(!UblOrderValidator::ruleText(id).isEmpty());
        }
        tested.remove(QString());
        QVERIFY(tested.size() == ids.size()); // no test names a rule the validator lacks
        QVERIFY(UblOrderValidator::ruleText(QStringLiteral("PEPPOL-T01-R999")).isEmpty());
    }

    void issuesSayWhereAndWhat()
    {
        QString problem;
        const QByteArray xml =
            apply(Test::supplierFixture(QStringLiteral("metro-order.xml")),
                  {{QByteArray(), "<cbc:PriceAmount currencyID=\"EUR\">5.75</cbc:PriceAmount>",
                    "<cbc:PriceAmount currencyID=\"EUR\">5.95</cbc:PriceAmount>"}},
                  &problem);
        const QList<UblIssue> issues = UblOrderValidator::validate(xml);
        QCOMPARE(issues.size(), 1);
        const UblIssue& issue = issues.first();
        QCOMPARE(issue.severity, UblIssue::Severity::Fatal);
        // 2 × 5.95 = 11.90, the line says 11.50; the line number is the element's.
        QVERIFY2(issue.message.contains(QStringLiteral("11.90")) &&
                     issue.message.contains(QStringLiteral("11.50")),
                 qPrintable(issue.message));
        const qsizetype at = xml.indexOf("<cbc:LineExtensionAmount currencyID=\"EUR\">11.50");
        QCOMPARE(issue.line, qint64(xml.left(at).count('\n') + 1));
        QVERIFY(issue.toString().startsWith(QStringLiteral("PEPPOL-T01-R024 cac:OrderLine[2]")));
    }

    void notAnOrderAtAll()
    {
        QList<UblIssue> issues = UblOrderValidator::validate("Commande : 3 sacs de pommes de terre");
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().rule, QStringLiteral("MOULIN-T01-X001"));
        issues = UblOrderValidator::validate({});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().rule, QStringLiteral("MOULIN-T01-X001"));
        issues =
            UblOrderValidator::validate(Test::supplierFixture(QStringLiteral("pomona-order-response.xml")));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().rule, QStringLiteral("MOULIN-T01-S001"));
        QVERIFY(!UblOrderValidator::passes(issues));
    }
};

QTEST_GUILESS_MAIN(TestUblValidator)
#include "tst_ublvalidator.moc"
