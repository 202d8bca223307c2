#include "suppliers/core/ublvalidator.h"

#include "suppliers/core/decimal.h"
#include "suppliers/core/identifiers.h"
#include "suppliers/core/supplier.h"
#include "suppliers/core/ublxml.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

namespace Moulin {

namespace {

using Ubl::Element;
using Severity = UblIssue::Severity;

const QList<UblOrderValidator::Rule>& ruleTable()
{
    static const QList<UblOrderValidator::Rule> rules{
        // Well-formedness and structure (UBL 2.1 Order schema, PEPPOL cardinalities).
        {"MOULIN-T01-X001", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "The document must be well-formed XML")},
        {"MOULIN-T01-S001", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The document must be a UBL 2.1 Order (Order in the Order-2 namespace)")},
        {"MOULIN-T01-S002", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "A required element is missing")},
        {"MOULIN-T01-S003", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "This element is not allowed here")},
        {"MOULIN-T01-S004", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "This element is out of the order the UBL schema sets")},
        {"MOULIN-T01-S005", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "This element occurs more often than allowed")},
        {"MOULIN-T01-S006", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "The document must not contain empty elements")},
        {"MOULIN-T01-S007", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "A required attribute is missing")},
        // Code lists.
        {"MOULIN-T01-CL01", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Currency codes must be ISO 4217 codes")},
        {"MOULIN-T01-CL02", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "Unit codes must be UN/ECE Recommendation 20 or 21 codes")},
        {"MOULIN-T01-CL03", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Endpoint identifiers must use a PEPPOL EAS scheme")},
        {"MOULIN-T01-CL04", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Country codes must be ISO 3166-1 alpha-2 codes")},
        {"MOULIN-T01-CL05", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Tax category codes must be UNCL 5305 codes")},
        {"MOULIN-T01-CL06", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "The tax scheme must be VAT")},
        {"MOULIN-T01-CL07", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The order type code must be 220 (order) or 227 (consignment order)")},
        {"MOULIN-T01-CL08", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Identifier schemes must be ISO 6523 ICD codes")},
        {"PEPPOL-T01-CL001", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Allowance reason codes must be UNCL 5189 codes")},
        {"PEPPOL-T01-CL002", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Charge reason codes must be UNCL 7161 codes")},
        // Formats and Moulin's checks.
        {"MOULIN-T01-F01", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Dates must be valid ISO dates (YYYY-MM-DD)")},
        {"MOULIN-T01-F02", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Times must be valid ISO times (hh:mm:ss)")},
        {"MOULIN-T01-F03", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "Amounts, quantities and percentages must be decimal numbers")},
        {"MOULIN-T01-F04", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "A GTIN must have a valid check digit")},
        {"MOULIN-T01-F05", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "An ordered quantity must be above zero")},
        {"MOULIN-T01-F06", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Indicators must be true or false")},
        {"MOULIN-T01-F07", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "A period must not end before it starts")},
        {"MOULIN-T01-F08", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The requested delivery must not be before the order's issue date")},
        {"MOULIN-T01-F09", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "A SIRET or SIREN must have a valid check key")},
        {"MOULIN-T01-F10", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "A French VAT number must have the key of its SIREN")},
        {"MOULIN-T01-F11", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "A standard-rated French VAT rate must be 2.1, 5.5, 10 or 20 %")},
        {"MOULIN-T01-F12", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The price base quantity must use the ordered quantity's unit")},
        {"MOULIN-T01-F13", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The order's tax amount must be the VAT of its lines and charges, rate by rate")},
        // PEPPOL BIS Ordering 3.0, order transaction (T01).
        {"PEPPOL-T01-R001", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "Each order line must have an identifier unique within the order")},
        {"PEPPOL-T01-R002", Severity::Warning,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "An order should state its validity end date")},
        {"PEPPOL-T01-R003", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "An order must be stated in a single currency")},
        {"PEPPOL-T01-R004", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "An order line's quantity must not be negative")},
        {"PEPPOL-T01-R005", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "An order line's item net price must not be negative")},
        {"PEPPOL-T01-R006", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The expected amount for payment must not be negative")},
        {"PEPPOL-T01-R007", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The expected sum of line amounts must not be negative")},
        {"PEPPOL-T01-R008", Severity::Fatal,
         QT_TRANSLATE_NOOP(
             "Moulin::UblOrderValidator",
             "The expected sum of line amounts must equal the sum of the order lines' amounts")},
        {"PEPPOL-T01-R009", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The allowance total must equal the sum of the document-level allowances")},
        {"PEPPOL-T01-R010", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The charge total must equal the sum of the document-level charges")},
        {"PEPPOL-T01-R011", Severity::Fatal,
         QT_TRANSLATE_NOOP(
             "Moulin::UblOrderValidator",
             "The total without tax must equal the sum of lines minus allowances plus charges")},
        {"PEPPOL-T01-R014", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The originator party must have a name or an identifier")},
        {"PEPPOL-T01-R016", Severity::Fatal,
         QT_TRANSLATE_NOOP(
             "Moulin::UblOrderValidator",
             "The amount for payment must equal the total with tax minus the prepaid amount plus rounding")},
        {"PEPPOL-T01-R017", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The total with tax must equal the total without tax plus the tax")},
        {"PEPPOL-T01-R019", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The item net price must equal the gross price minus the price allowance")},
        {"PEPPOL-T01-R020", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "An allowance or charge with a percentage must state its base amount")},
        {"PEPPOL-T01-R021", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "An allowance or charge with a base amount must state its percentage")},
        {"PEPPOL-T01-R022", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "An allowance or charge amount must equal its base amount times its percentage")},
        {"PEPPOL-T01-R023", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "An allowance or charge must have a reason text or a reason code")},
        {"PEPPOL-T01-R024", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "An order line's amount must equal quantity times net price (per base quantity), "
                           "plus charges, minus allowances")},
        {"PEPPOL-T01-R025", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "A price base quantity must be above zero")},
        {"PEPPOL-T01-R026", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "A VAT identifier must start with an ISO 3166-1 country prefix")},
        {"PEPPOL-T01-R027", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "The item gross price must not be negative")},
        {"PEPPOL-T01-R028", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "Amounts other than prices must not have more than 2 decimals")},
        {"PEPPOL-T01-R029", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "Each tax category must have a rate, unless the order is not subject to tax (O)")},
        {"PEPPOL-T01-R030", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "A standard-rated (S) tax category must have a rate above zero")},
        {"PEPPOL-T01-R031", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator",
                           "The profile must be order only, ordering or advanced ordering")},
        {"PEPPOL-T01-R032", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Allowance and charge amounts must not be negative")},
        {"PEPPOL-T01-R033", Severity::Fatal,
         QT_TRANSLATE_NOOP("Moulin::UblOrderValidator", "Price allowance amounts must not be negative")},
        {"PEPPOL-T01-R034", Severity::Fatal,
         QT_TRANSLATE_NOOP(
             "Moulin::UblOrderValidator",
             "The specification identifier must start with urn:fdc:peppol.eu:poacc:trns:order:3")},
    };
    return rules;
}

// --- Code lists (the subsets an order to a French supplier can carry) -------

const QSet<QString>& codes(const char* list)
{
    static const QHash<QString, QSet<QString>> lists = [] {
        auto split = [](const char* text) {
            QSet<QString> set;
            for (const QString& code : QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts))
                set.insert(code);
            return set;
        };
        QHash<QString, QSet<QString>> l;
        l.insert(QStringLiteral("currency"),
                 split("EUR USD GBP CHF JPY CAD AUD NZD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RSD "
                       "TRY RUB UAH CNY HKD SGD INR KRW TWD THB MYR IDR PHP VND ZAR MAD TND DZD "
                       "XOF XAF XPF EGP ILS AED SAR QAR KWD BHD OMR BRL ARS CLP COP MXN PEN UYU"));
        l.insert(QStringLiteral("country"),
                 split("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL "
                       "BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV "
                       "CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD "
                       "GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM "
                       "IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK "
                       "LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW "
                       "MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR "
                       "PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS "
                       "ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY "
                       "UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"));
        // PEPPOL Electronic Address Scheme (EAS).
        l.insert(QStringLiteral("eas"),
                 split("0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 "
                       "0170 0177 0183 0184 0188 0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 "
                       "0202 0203 0204 0205 0208 0209 0210 0211 0212 0213 0215 0216 0217 0218 0221 0225 "
                       "0230 0235 0240 9901 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 "
                       "9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 "
                       "9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959"));
        // ISO 6523 ICD: the EAS codes that are ICDs, plus GTIN and the like.
        QSet<QString> icd;
        for (const QString& code : l.value(QStringLiteral("eas"))) {
            if (!code.startsWith(u'9'))
                icd.insert(code);
        }
        icd.unite(split("0003 0004 0005 0006 0008 0010 0011 0012 0013 0014 0015 0016 0017 0018 0019 0020 "
                        "0021 0022 0023 0024 0025 0026 0027 0028 0029 0030 0031 0032 0033 0034 0035 0036 "
                        "0038 0039 0040 0041 0042 0043 0044 0045 0046 0047 0048 0049 0050 0051 0052 0053 "
                        "0054 0055 0056 0057 0058 0059 0061 0062 0063 0064 0065 0066 0067 0068 0069 0070 "
                        "0071 0072 0073 0074 0075 0076 0077 0078 0079 0080 0081 0082 0083 0084 0085 0086 "
                        "0087 0089 0090 0091 0093 0094 0095 0098 0099 0100 0101 0102 0104 0105 0107 0108 "
                        "0160 0161 0162 0163 0164 0165 0166 0167 0168 0169 0171 0172 0173 0174 0175 0176"));
        l.insert(QStringLiteral("icd"), icd);
        l.insert(QStringLiteral("taxcategory"), split("S Z E AE K G O L M"));
        l.insert(QStringLiteral("ordertype"), split("220 227"));
        l.insert(QStringLiteral("allowance"),
                 split("41 42 60 62 63 64 65 66 67 68 70 71 88 95 100 102 103 104 105"));
        l.insert(QStringLiteral("charge"),
                 split("AA AAA AAC AAD AAE AAF AAH AAI AAS AAT AAV AAY AAZ ABA ABB ABC ABD ABF ABK ABL "
                       "ABN ABR ABS ABT ABU ACF ACG ACH ACI ACJ ACK ACL ACM ACS ADC ADE ADJ ADK ADL ADM "
                       "ADN ADO ADP ADQ ADR ADT ADW ADY ADZ AEA AEB AEC AED AEF AEH AEI AEJ AEK AEL AEM "
                       "AEN AEO AEP AES AET AEU AEV AEW AEX AEY AEZ AJ AU CA CAB CAD CAE CAF CAI CAJ CAK "
                       "CAL CAM CAN CAO CAP CAQ CAR CAS CAT CAU CAV CAW CAX CAY CAZ CD CG CS CT DAB DAD "
                       "DAC DAF DAG DAH DAI DAJ DAK DAL DAM DAN DAO DAP DAQ DL EG EP ER FAA FAB FAC FC "
                       "FH FI GAA HAA HD HH IAA IAB ID IF IR IS KO L1 LA LAA LAB LF MAE MI ML NAA OA PA "
                       "PAA PC PL RAB RAC RAD RAF RE RF RH RV SA SAA SAD SAE SAI SG SH SM SU TAB TAC TT "
                       "TV V1 V2 WH XAA XAB ZZZ"));
        return l;
    }();
    return *lists.find(QString::fromLatin1(list));
}

// --- The UBL content models checked (children in schema order, max count) --

struct Child
{
    const char* qname;
    int max; ///< -1: unbounded
};

const QHash<QString, QList<Child>>& models()
{
    static const QHash<QString, QList<Child>> m = [] {
        const QList<Child> party{{"cbc:EndpointID", 1},     {"cac:PartyIdentification", -1},
                                 {"cac:PartyName", 1},      {"cac:PostalAddress", 1},
                                 {"cac:PartyTaxScheme", 1}, {"cac:PartyLegalEntity", 1},
                                 {"cac:Contact", 1}};
        const QList<Child> address{{"cbc:StreetName", 1},       {"cbc:AdditionalStreetName", 1},
                                   {"cbc:CityName", 1},         {"cbc:PostalZone", 1},
                                   {"cbc:CountrySubentity", 1}, {"cac:AddressLine", 1},
                                   {"cac:Country", 1}};
        const QList<Child> period{
            {"cbc:StartDate", 1}, {"cbc:StartTime", 1}, {"cbc:EndDate", 1}, {"cbc:EndTime", 1}};
        const QList<Child> taxCategory{{"cbc:ID", 1},
                                       {"cbc:Percent", 1},
                                       {"cbc:TaxExemptionReasonCode", 1},
                                       {"cbc:TaxExemptionReason", 1},
                                       {"cac:TaxScheme", 1}};
        const QList<Child> identification{{"cbc:ID", 1}};
        const QList<Child> customerParty{{"cac:Party", 1}};
        QHash<QString, QList<Child>> h;
        h.insert(QStringLiteral("Order"), {{"cbc:UBLVersionID", 1},
                                           {"cbc:CustomizationID", 1},
                                           {"cbc:ProfileID", 1},
                                           {"cbc:ID", 1},
                                           {"cbc:SalesOrderID", 1},
                                           {"cbc:IssueDate", 1},
                                           {"cbc:IssueTime", 1},
                                           {"cbc:OrderTypeCode", 1},
                                           {"cbc:Note", 1},
                                           {"cbc:DocumentCurrencyCode", 1},
                                           {"cbc:CustomerReference", 1},
                                           {"cbc:AccountingCost", 1},
                                           {"cac:ValidityPeriod", 1},
                                           {"cac:QuotationDocumentReference", 1},
                                           {"cac:OrderDocumentReference", 1},
                                           {"cac:OriginatorDocumentReference", 1},
                                           {"cac:CatalogueReference", 1},
                                           {"cac:AdditionalDocumentReference", -1},
                                           {"cac:Contract", 1},
                                           {"cac:ProjectReference", 1},
                                           {"cac:BuyerCustomerParty", 1},
                                           {"cac:SellerSupplierParty", 1},
                                           {"cac:OriginatorCustomerParty", 1},
                                           {"cac:AccountingCustomerParty", 1},
                                           {"cac:Delivery", 1},
                                           {"cac:DeliveryTerms", 1},
                                           {"cac:PaymentTerms", 1},
                                           {"cac:AllowanceCharge", -1},
                                           {"cac:TaxTotal", 1},
                                           {"cac:AnticipatedMonetaryTotal", 1},
                                           {"cac:OrderLine", -1}});
        h.insert(QStringLiteral("cac:BuyerCustomerParty"), customerParty);
        h.insert(QStringLiteral("cac:SellerSupplierParty"), customerParty);
        h.insert(QStringLiteral("cac:OriginatorCustomerParty"), customerParty);
        h.insert(QStringLiteral("cac:AccountingCustomerParty"), customerParty);
        h.insert(QStringLiteral("cac:Party"), party);
        h.insert(QStringLiteral("cac:DeliveryParty"), party);
        h.insert(QStringLiteral("cac:PartyIdentification"), identification);
        h.insert(QStringLiteral("cac:PartyName"), {{"cbc:Name", 1}});
        h.insert(QStringLiteral("cac:PostalAddress"), address);
        h.insert(QStringLiteral("cac:Address"), address);
        h.insert(QStringLiteral("cac:AddressLine"), {{"cbc:Line", 1}});
        h.insert(QStringLiteral("cac:Country"), {{"cbc:IdentificationCode", 1}});
        h.insert(QStringLiteral("cac:PartyTaxScheme"), {{"cbc:CompanyID", 1}, {"cac:TaxScheme", 1}});
        h.insert(QStringLiteral("cac:TaxScheme"), identification);
        h.insert(QStringLiteral("cac:PartyLegalEntity"),
                 {{"cbc:RegistrationName", 1}, {"cbc:CompanyID", 1}, {"cac:RegistrationAddress", 1}});
        h.insert(QStringLiteral("cac:Contact"),
                 {{"cbc:Name", 1}, {"cbc:Telephone", 1}, {"cbc:ElectronicMail", 1}});
        h.insert(QStringLiteral("cac:ValidityPeriod"), period);
        h.insert(QStringLiteral("cac:RequestedDeliveryPeriod"), period);
        h.insert(QStringLiteral("cac:Delivery"),
                 {{"cac:DeliveryLocation", 1}, {"cac:RequestedDeliveryPeriod", 1}, {"cac:DeliveryParty", 1}});
        h.insert(QStringLiteral("cac:DeliveryLocation"),
                 {{"cbc:ID", 1}, {"cbc:Name", 1}, {"cac:Address", 1}});
        h.insert(QStringLiteral("cac:AllowanceCharge"), {{"cbc:ChargeIndicator", 1},
                                                         {"cbc:AllowanceChargeReasonCode", 1},
                                                         {"cbc:AllowanceChargeReason", 1},
                                                         {"cbc:MultiplierFactorNumeric", 1},
                                                         {"cbc:Amount", 1},
                                                         {"cbc:BaseAmount", 1},
                                                         {"cac:TaxCategory", 1}});
        h.insert(QStringLiteral("cac:TaxCategory"), taxCategory);
        h.insert(QStringLiteral("cac:ClassifiedTaxCategory"), taxCategory);
        h.insert(QStringLiteral("cac:TaxTotal"), {{"cbc:TaxAmount", 1}});
        h.insert(QStringLiteral("cac:AnticipatedMonetaryTotal"), {{"cbc:LineExtensionAmount", 1},
                                                                  {"cbc:TaxExclusiveAmount", 1},
                                                                  {"cbc:TaxInclusiveAmount", 1},
                                                                  {"cbc:AllowanceTotalAmount", 1},
                                                                  {"cbc:ChargeTotalAmount", 1},
                                                                  {"cbc:PrepaidAmount", 1},
                                                                  {"cbc:PayableRoundingAmount", 1},
                                                                  {"cbc:PayableAmount", 1}});
        h.insert(QStringLiteral("cac:OrderLine"), {{"cbc:Note", 1}, {"cac:LineItem", 1}});
        h.insert(QStringLiteral("cac:LineItem"), {{"cbc:ID", 1},
                                                  {"cbc:Note", 1},
                                                  {"cbc:Quantity", 1},
                                                  {"cbc:LineExtensionAmount", 1},
                                                  {"cbc:PartialDeliveryIndicator", 1},
                                                  {"cbc:AccountingCost", 1},
                                                  {"cac:Delivery", 1},
                                                  {"cac:OriginatorParty", 1},
                                                  {"cac:AllowanceCharge", -1},
                                                  {"cac:Price", 1},
                                                  {"cac:Item", 1}});
        h.insert(QStringLiteral("cac:Price"),
                 {{"cbc:PriceAmount", 1}, {"cbc:BaseQuantity", 1}, {"cac:AllowanceCharge", 1}});
        h.insert(QStringLiteral("cac:Item"), {{"cbc:Description", 1},
                                              {"cbc:PackQuantity", 1},
                                              {"cbc:PackSizeNumeric", 1},
                                              {"cbc:Name", 1},
                                              {"cac:BuyersItemIdentification", 1},
                                              {"cac:SellersItemIdentification", 1},
                                              {"cac:StandardItemIdentification", 1},
                                              {"cac:OriginCountry", 1},
                                              {"cac:CommodityClassification", -1},
                                              {"cac:ClassifiedTaxCategory", 1},
                                              {"cac:AdditionalItemProperty", -1}});
        h.insert(QStringLiteral("cac:BuyersItemIdentification"), identification);
        h.insert(QStringLiteral("cac:SellersItemIdentification"), identification);
        h.insert(QStringLiteral("cac:StandardItemIdentification"), identification);
        h.insert(QStringLiteral("cac:OriginCountry"), {{"cbc:IdentificationCode", 1}});
        h.insert(QStringLiteral("cac:CommodityClassification"), {{"cbc:ItemClassificationCode", 1}});
        h.insert(QStringLiteral("cac:AdditionalItemProperty"), {{"cbc:Name", 1}, {"cbc:Value", 1}});
        return h;
    }();
    return m;
}

// Required children: by the element's path without indexes ("" for the
// root), and by the element's name wherever it stands ('*' prefix).
const QHash<QString, QStringList>& requirements()
{
    static const QHash<QString, QStringList> r{
        {QString(),
         {QStringLiteral("cbc:CustomizationID"), QStringLiteral("cbc:ProfileID"), QStringLiteral("cbc:ID"),
          QStringLiteral("cbc:IssueDate"), QStringLiteral("cbc:DocumentCurrencyCode"),
          QStringLiteral("cac:BuyerCustomerParty"), QStringLiteral("cac:SellerSupplierParty"),
          QStringLiteral("cac:OrderLine")}},
        {QStringLiteral("cac:BuyerCustomerParty/cac:Party"),
         {QStringLiteral("cbc:EndpointID"), QStringLiteral("cac:PartyLegalEntity")}},
        {QStringLiteral("cac:BuyerCustomerParty/cac:Party/cac:PartyLegalEntity"),
         {QStringLiteral("cbc:RegistrationName")}},
        {QStringLiteral("cac:SellerSupplierParty/cac:Party"),
         {QStringLiteral("cbc:EndpointID"), QStringLiteral("cac:PostalAddress"),
          QStringLiteral("cac:PartyLegalEntity")}},
        {QStringLiteral("cac:SellerSupplierParty/cac:Party/cac:PostalAddress"),
         {QStringLiteral("cac:Country")}},
        {QStringLiteral("cac:SellerSupplierParty/cac:Party/cac:PartyLegalEntity"),
         {QStringLiteral("cbc:RegistrationName")}},
        {QStringLiteral("cac:OrderLine/cac:LineItem"),
         {QStringLiteral("cbc:ID"), QStringLiteral("cbc:Quantity"), QStringLiteral("cac:Item")}},
        {QStringLiteral("cac:OrderLine/cac:LineItem/cac:Item"), {QStringLiteral("cbc:Name")}},
        {QStringLiteral("cac:AnticipatedMonetaryTotal"),
         {QStringLiteral("cbc:LineExtensionAmount"), QStringLiteral("cbc:PayableAmount")}},
        {QStringLiteral("cac:ValidityPeriod"), {QStringLiteral("cbc:EndDate")}},
        {QStringLiteral("*cac:BuyerCustomerParty"), {QStringLiteral("cac:Party")}},
        {QStringLiteral("*cac:SellerSupplierParty"), {QStringLiteral("cac:Party")}},
        {QStringLiteral("*cac:OriginatorCustomerParty"), {QStringLiteral("cac:Party")}},
        {QStringLiteral("*cac:OrderLine"), {QStringLiteral("cac:LineItem")}},
        {QStringLiteral("*cac:Country"), {QStringLiteral("cbc:IdentificationCode")}},
        {QStringLiteral("*cac:TaxScheme"), {QStringLiteral("cbc:ID")}},
        {QStringLiteral("*cac:TaxCategory"), {QStringLiteral("cbc:ID"), QStringLiteral("cac:TaxScheme")}},
        {QStringLiteral("*cac:ClassifiedTaxCategory"),
         {QStringLiteral("cbc:ID"), QStringLiteral("cac:TaxScheme")}},
        {QStringLiteral("*cac:AllowanceCharge"),
         {QStringLiteral("cbc:ChargeIndicator"), QStringLiteral("cbc:Amount")}},
        {QStringLiteral("*cac:TaxTotal"), {QStringLiteral("cbc:TaxAmount")}},
        {QStringLiteral("*cac:Price"), {QStringLiteral("cbc:PriceAmount")}},
        {QStringLiteral("*cac:PartyTaxScheme"),
         {QStringLiteral("cbc:CompanyID"), QStringLiteral("cac:TaxScheme")}},
        {QStringLiteral("*cac:PartyName"), {QStringLiteral("cbc:Name")}},
        {QStringLiteral("*cac:PartyIdentification"), {QStringLiteral("cbc:ID")}},
        {QStringLiteral("*cac:SellersItemIdentification"), {QStringLiteral("cbc:ID")}},
        {QStringLiteral("*cac:BuyersItemIdentification"), {QStringLiteral("cbc:ID")}},
        {QStringLiteral("*cac:StandardItemIdentification"), {QStringLiteral("cbc:ID")}},
    };
    return r;
}

const QSet<QString>& amountNames()
{
    static const QSet<QString> names{QStringLiteral("cbc:Amount"),
                                     QStringLiteral("cbc:BaseAmount"),
                                     QStringLiteral("cbc:TaxAmount"),
                                     QStringLiteral("cbc:LineExtensionAmount"),
                                     QStringLiteral("cbc:PriceAmount"),
                                     QStringLiteral("cbc:TaxExclusiveAmount"),
                                     QStringLiteral("cbc:TaxInclusiveAmount"),
                                     QStringLiteral("cbc:AllowanceTotalAmount"),
                                     QStringLiteral("cbc:ChargeTotalAmount"),
                                     QStringLiteral("cbc:PrepaidAmount"),
                                     QStringLiteral("cbc:PayableRoundingAmount"),
                                     QStringLiteral("cbc:PayableAmount")};
    return names;
}

const QSet<QString>& numericNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> n = amountNames();
        n.unite({QStringLiteral("cbc:Quantity"), QStringLiteral("cbc:BaseQuantity"),
                 QStringLiteral("cbc:Percent"), QStringLiteral("cbc:MultiplierFactorNumeric"),
                 QStringLiteral("cbc:PackQuantity"), QStringLiteral("cbc:PackSizeNumeric")});
        return n;
    }();
    return names;
}

class Check
{
public:
    QList<UblIssue> issues;

    void report(const char* rule, const Element* at, const QString& detail = {})
    {
        UblIssue issue;
        issue.rule = QString::fromLatin1(rule);
        for (const UblOrderValidator::Rule& r : ruleTable()) {
            if (issue.rule == QLatin1StringView(r.id)) {
                issue.severity = r.severity;
                issue.message = UblOrderValidator::tr(r.text);
            }
        }
        if (at) {
            issue.element = at->path.isEmpty() ? at->qname : at->path;
            issue.line = at->line;
            m_bad.insert(at);
        }
        if (!detail.isEmpty())
            issue.message = UblOrderValidator::tr("%1 (%2)").arg(issue.message, detail);
        issues.append(issue);
    }
    void reportMissing(const char* rule, const Element& parent, const QString& child, qint64 line)
    {
        UblIssue issue;
        issue.rule = QString::fromLatin1(rule);
        issue.severity = Severity::Fatal;
        issue.element = Ubl::childPath(parent.path, child, 1);
        issue.line = line;
        issue.message = UblOrderValidator::tr("%1 (%2)").arg(UblOrderValidator::ruleText(issue.rule), child);
        issues.append(issue);
    }
    bool isBad(const Element* e) const { return m_bad.contains(e); }
    void markBad(const Element* e) { m_bad.insert(e); }

    /// The number in `e` when present, readable and not flagged.
    std::optional<Decimal> number(const Element* e) const
    {
        if (!e || isBad(e))
            return std::nullopt;
        return Decimal::parse(e->value());
    }

private:
    QSet<const Element*> m_bad;
};

// --- Generic walk: structure, attributes, formats, code lists ----------------

void walk(Check& c, const Element& e, const QString& documentCurrency)
{
    const QString& shape = e.shape;
    // Structure of the children against the content model.
    const auto model = models().constFind(e.path.isEmpty() ? QStringLiteral("Order") : e.qname);
    if (model != models().constEnd()) {
        QHash<QString, int> seen;
        int lastIndex = -1;
        for (const Element& child : e.children) {
            int index = -1;
            for (int i = 0; i < model->size(); ++i) {
                if (child.qname == QLatin1StringView(model->at(i).qname))
                    index = i;
            }
            if (index < 0) {
                c.report("MOULIN-T01-S003", &child, child.qname);
                continue;
            }
            const int count = ++seen[child.qname];
            if (model->at(index).max >= 0 && count > model->at(index).max)
                c.report("MOULIN-T01-S005", &child, child.qname);
            else if (index < lastIndex)
                c.report("MOULIN-T01-S004", &child, child.qname);
            lastIndex = std::max(lastIndex, index);
        }
    }
    // Required children.
    QStringList required = requirements().value(shape);
    if (!e.path.isEmpty())
        required += requirements().value(u'*' + e.qname);
    for (const QString& child : std::as_const(required)) {
        if (!e.find(child))
            c.reportMissing("MOULIN-T01-S002", e, child, e.line);
    }
    // Empty elements.
    if (e.children.empty() && e.value().isEmpty()) {
        c.report("MOULIN-T01-S006", &e, e.qname);
        return;
    }
    // Required attributes and their code lists.
    const bool isAmount = amountNames().contains(e.qname);
    if (isAmount) {
        const QString currency = e.attribute(QStringLiteral("currencyID"));
        if (currency.isEmpty())
            c.report("MOULIN-T01-S007", &e, QStringLiteral("currencyID"));
        else if (!codes("currency").contains(currency))
            c.report("MOULIN-T01-CL01", &e, currency);
        else if (!documentCurrency.isEmpty() && currency != documentCurrency)
            c.report("PEPPOL-T01-R003", &e,
                     UblOrderValidator::tr("%1, the document is in %2").arg(currency, documentCurrency));
    }
    if (e.qname == u"cbc:Quantity" || e.qname == u"cbc:BaseQuantity") {
        const QString unit = e.attribute(QStringLiteral("unitCode"));
        if (unit.isEmpty())
            c.report("MOULIN-T01-S007", &e, QStringLiteral("unitCode"));
        else if (!UnitCode::isKnown(unit))
            c.report("MOULIN-T01-CL02", &e, unit);
    }
    if (e.qname == u"cbc:EndpointID") {
        const QString scheme = e.attribute(QStringLiteral("schemeID"));
        if (scheme.isEmpty())
            c.report("MOULIN-T01-S007", &e, QStringLiteral("schemeID"));
        else if (!codes("eas").contains(scheme))
            c.report("MOULIN-T01-CL03", &e, scheme);
    }
    const bool isIdentification =
        e.qname == u"cbc:ID" && (shape.endsWith(u"cac:StandardItemIdentification/cbc:ID") ||
                                 shape.endsWith(u"cac:PartyIdentification/cbc:ID"));
    const bool isLegalId =
        e.qname == u"cbc:CompanyID" && shape.endsWith(u"cac:PartyLegalEntity/cbc:CompanyID");
    if (shape.endsWith(u"cac:StandardItemIdentification/cbc:ID") &&
        !e.hasAttribute(QStringLiteral("schemeID")))
        c.report("MOULIN-T01-S007", &e, QStringLiteral("schemeID"));
    else if ((isIdentification || isLegalId) && e.hasAttribute(QStringLiteral("schemeID")) &&
             !codes("icd").contains(e.attribute(QStringLiteral("schemeID"))))
        c.report("MOULIN-T01-CL08", &e, e.attribute(QStringLiteral("schemeID")));
    // Formats.
    if (e.namespaceUri == QLatin1StringView(Ubl::kCbc)) {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression isoTime(
            QStringLiteral("^(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"));
        if (e.localName.endsWith(u"Date")) {
            if (!isoDate.match(e.value()).hasMatch() || !QDate::fromString(e.value(), Qt::ISODate).isValid())
                c.report("MOULIN-T01-F01", &e, e.value());
        } else if (e.localName.endsWith(u"Time")) {
            const QRegularExpressionMatch m = isoTime.match(e.value());
            if (!m.hasMatch() ||
                !QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
                c.report("MOULIN-T01-F02", &e, e.value());
        } else if (e.localName.endsWith(u"Indicator")) {
            if (e.value() != u"true" && e.value() != u"false")
                c.report("MOULIN-T01-F06", &e, e.value());
        } else if (numericNames().contains(e.qname)) {
            const std::optional<Decimal> value = Decimal::parse(e.value());
            if (!value)
                c.report("MOULIN-T01-F03", &e, e.value());
            else if (isAmount && !shape.contains(u"cac:Price/") && e.value().section(u'.', 1).size() > 2)
                c.report("PEPPOL-T01-R028", &e, e.value());
        }
    }
    if (e.qname == u"cbc:IdentificationCode" && !codes("country").contains(e.value()))
        c.report("MOULIN-T01-CL04", &e, e.value());
    for (const Element& child : e.children)
        walk(c, child, documentCurrency);
}

// --- Parties and identifiers -------------------------------------------------

void checkIdentifiers(Check& c, const Element& root)
{
    std::vector<const Element*> ids;
    root.collect(u"cbc:EndpointID", ids);
    root.collect(u"cbc:ID", ids);
    root.collect(u"cbc:CompanyID", ids);
    for (const Element* e : ids) {
        if (c.isBad(e))
            continue;
        const QString scheme = e->attribute(QStringLiteral("schemeID"));
        const QString& shape = e->shape;
        if (shape.endsWith(u"cac:StandardItemIdentification/cbc:ID")) {
            if (scheme == QLatin1StringView(PeppolScheme::kGtin) && !Gtin::isValid(e->value()))
                c.report("MOULIN-T01-F04", e, e->value());
            continue;
        }
        if (scheme == QLatin1StringView(PeppolScheme::kSiret) && !FrenchCompany::isValidSiret(e->value()))
            c.report("MOULIN-T01-F09", e, e->value());
        else if (scheme == QLatin1StringView(PeppolScheme::kSiren) &&
                 !FrenchCompany::isValidSiren(e->value()))
            c.report("MOULIN-T01-F09", e, e->value());
    }
    std::vector<const Element*> taxSchemes;
    root.collect(u"cac:PartyTaxScheme", taxSchemes);
    for (const Element* scheme : taxSchemes) {
        const Element* company = scheme->find(u"cbc:CompanyID");
        if (!company || c.isBad(company) || scheme->valueAt(u"cac:TaxScheme/cbc:ID") != u"VAT")
            continue;
        const QString vat = company->value();
        if (!codes("country").contains(vat.left(2)) && vat.left(2) != u"EL")
            c.report("PEPPOL-T01-R026", company, vat);
        else if (vat.startsWith(u"FR") && !FrenchCompany::isValidVatNumber(vat))
            c.report("MOULIN-T01-F10", company, vat);
    }
    std::vector<const Element*> schemes;
    root.collect(u"cac:TaxScheme", schemes);
    for (const Element* scheme : schemes) {
        const Element* id = scheme->find(u"cbc:ID");
        if (id && !c.isBad(id) && id->value() != u"VAT")
            c.report("MOULIN-T01-CL06", id, id->value());
    }
    if (const Element* originator = root.find(u"cac:OriginatorCustomerParty/cac:Party")) {
        if (!originator->find(u"cac:PartyName/cbc:Name") &&
            !originator->find(u"cac:PartyIdentification/cbc:ID"))
            c.report("PEPPOL-T01-R014", originator);
    }
}

// --- Tax categories ----------------------------------------------------------

void checkTaxCategories(Check& c, const Element& root)
{
    std::vector<const Element*> categories;
    root.collect(u"cac:TaxCategory", categories);
    root.collect(u"cac:ClassifiedTaxCategory", categories);
    for (const Element* category : categories) {
        const Element* id = category->find(u"cbc:ID");
        if (!id || c.isBad(id))
            continue;
        const QString code = id->value();
        if (!codes("taxcategory").contains(code)) {
            c.report("MOULIN-T01-CL05", id, code);
            continue;
        }
        const Element* percentElement = category->find(u"cbc:Percent");
        if (!percentElement) {
            if (code != u"O")
                c.report("PEPPOL-T01-R029", category);
            continue;
        }
        const std::optional<Decimal> percent = c.number(percentElement);
        if (!percent)
            continue;
        if (code == u"S" && *percent <= Decimal()) {
            c.report("PEPPOL-T01-R030", percentElement, percentElement->value());
            continue;
        }
        if (code == u"S" && !Vat::fromPercent(*percent) && *percent != Decimal::fromMicros(2'100'000))
            c.report("MOULIN-T01-F11", percentElement, percentElement->value());
    }
}

// --- Allowances and charges --------------------------------------------------

void checkAllowanceCharge(Check& c, const Element& ac, bool priceLevel)
{
    const Element* indicator = ac.find(u"cbc:ChargeIndicator");
    const Element* amount = ac.find(u"cbc:Amount");
    const Element* base = ac.find(u"cbc:BaseAmount");
    const Element* factor = ac.find(u"cbc:MultiplierFactorNumeric");
    if (priceLevel) {
        if (const std::optional<Decimal> a = c.number(amount); a && a->isNegative())
            c.report("PEPPOL-T01-R033", amount, amount->value());
        if (const std::optional<Decimal> b = c.number(base); b && b->isNegative())
            c.report("PEPPOL-T01-R027", base, base->value());
        return;
    }
    if (const std::optional<Decimal> a = c.number(amount); a && a->isNegative())
        c.report("PEPPOL-T01-R032", amount, amount->value());
    if (factor && !base)
        c.report("PEPPOL-T01-R020", factor);
    else if (base && !factor)
        c.report("PEPPOL-T01-R021", base);
    else if (base && factor) {
        const std::optional<Decimal> a = c.number(amount);
        const std::optional<Decimal> b = c.number(base);
        const std::optional<Decimal> f = c.number(factor);
        if (a && b && f && !Decimal::near(*a, *b * *f / Decimal::fromInt(100), Decimal::fromCents(2)))
            c.report(
                "PEPPOL-T01-R022", amount,
                UblOrderValidator::tr("%1 × %2 % ≠ %3").arg(b->toString(), f->toString(), a->toString()));
    }
    if (!ac.find(u"cbc:AllowanceChargeReason") && !ac.find(u"cbc:AllowanceChargeReasonCode"))
        c.report("PEPPOL-T01-R023", &ac);
    const Element* code = ac.find(u"cbc:AllowanceChargeReasonCode");
    if (code && indicator && !c.isBad(indicator) && !c.isBad(code)) {
        const bool isCharge = indicator->value() == u"true";
        if (isCharge && !codes("charge").contains(code->value()))
            c.report("PEPPOL-T01-CL002", code, code->value());
        else if (!isCharge && !codes("allowance").contains(code->value()))
            c.report("PEPPOL-T01-CL001", code, code->value());
    }
}

// --- Lines -------------------------------------------------------------------

struct LineSums
{
    Decimal lines;
    bool complete = true;            ///< every line amount readable
    QHash<QString, Decimal> taxBase; ///< by "S:20" category and rate
    bool taxComplete = true;
};

void addTaxBase(Check& c, LineSums& sums, const Element* category, const std::optional<Decimal>& amount,
                bool negate = false)
{
    if (!category || !amount) {
        sums.taxComplete = false;
        return;
    }
    const Element* id = category->find(u"cbc:ID");
    const Element* percent = category->find(u"cbc:Percent");
    if (!id || c.isBad(id) || (percent && c.isBad(percent)) || (!percent && id->value() != u"O")) {
        sums.taxComplete = false;
        return;
    }
    const QString key = id->value() + u':' + (percent ? percent->value() : QStringLiteral("0"));
    sums.taxBase[key] += negate ? -*amount : *amount;
}

LineSums checkLines(Check& c, const Element& root)
{
    LineSums sums;
    QHash<QString, int> ids;
    for (const Element* line : root.all(u"cac:OrderLine")) {
        const Element* item = line->find(u"cac:LineItem");
        if (!item) {
            sums.complete = false;
            continue;
        }
        if (const Element* id = item->find(u"cbc:ID"); id && !c.isBad(id)) {
            if (++ids[id->value()] == 2)
                c.report("PEPPOL-T01-R001", id, id->value());
        }
        const Element* quantityElement = item->find(u"cbc:Quantity");
        std::optional<Decimal> quantity = c.number(quantityElement);
        if (quantity && quantity->isNegative()) {
            c.report("PEPPOL-T01-R004", quantityElement, quantity->toString());
            quantity.reset();
        } else if (quantity && quantity->isZero()) {
            c.report("MOULIN-T01-F05", quantityElement);
            quantity.reset();
        }
        const Element* priceElement = item->find(u"cac:Price/cbc:PriceAmount");
        std::optional<Decimal> price = c.number(priceElement);
        if (price && price->isNegative()) {
            c.report("PEPPOL-T01-R005", priceElement, price->toString());
            price.reset();
        }
        const Element* baseQuantityElement = item->find(u"cac:Price/cbc:BaseQuantity");
        std::optional<Decimal> baseQuantity =
            baseQuantityElement ? c.number(baseQuantityElement) : std::optional<Decimal>(Decimal::fromInt(1));
        if (baseQuantityElement && baseQuantity && *baseQuantity <= Decimal()) {
            c.report("PEPPOL-T01-R025", baseQuantityElement, baseQuantity->toString());
            baseQuantity.reset();
        }
        if (baseQuantityElement && quantityElement && !c.isBad(baseQuantityElement) &&
            !c.isBad(quantityElement) &&
            baseQuantityElement->attribute(QStringLiteral("unitCode")) !=
                quantityElement->attribute(QStringLiteral("unitCode")))
            c.report("MOULIN-T01-F12", baseQuantityElement,
                     UblOrderValidator::tr("%1, the quantity is in %2")
                         .arg(baseQuantityElement->attribute(QStringLiteral("unitCode")),
                              quantityElement->attribute(QStringLiteral("unitCode"))));
        // Price-level allowance: net = gross − allowance.
        bool priceOk = price.has_value();
        if (const Element* priceAc = item->find(u"cac:Price/cac:AllowanceCharge")) {
            checkAllowanceCharge(c, *priceAc, true);
            const Element* acAmount = priceAc->find(u"cbc:Amount");
            const Element* gross = priceAc->find(u"cbc:BaseAmount");
            const std::optional<Decimal> a = c.number(acAmount);
            const std::optional<Decimal> g = c.number(gross);
            if (gross && a && g && price && *price != *g - *a) {
                c.report("PEPPOL-T01-R019", priceElement,
                         UblOrderValidator::tr("%1 − %2 ≠ %3")
                             .arg(g->toString(), a->toString(), price->toString()));
                priceOk = false;
            }
        }
        // Line-level allowances and charges.
        Decimal lineCharges;
        bool chargesOk = true;
        for (const Element* ac : item->all(u"cac:AllowanceCharge")) {
            checkAllowanceCharge(c, *ac, false);
            const Element* indicator = ac->find(u"cbc:ChargeIndicator");
            const std::optional<Decimal> a = c.number(ac->find(u"cbc:Amount"));
            if (!a || !indicator || c.isBad(indicator))
                chargesOk = false;
            else
                lineCharges += indicator->value() == u"true" ? *a : -*a;
        }
        const Element* amountElement = item->find(u"cbc:LineExtensionAmount");
        const std::optional<Decimal> amount = c.number(amountElement);
        if (amount && quantity && priceOk && baseQuantity && chargesOk) {
            const Decimal expected = *quantity * (*price / *baseQuantity) + lineCharges;
            if (!Decimal::near(*amount, expected, Decimal::fromCents(2)))
                c.report("PEPPOL-T01-R024", amountElement,
                         UblOrderValidator::tr("%1 expected, %2 stated")
                             .arg(expected.rounded(2).toString(2), amount->toString(2)));
        }
        if (amount)
            sums.lines += *amount;
        else
            sums.complete = false;
        addTaxBase(c, sums, item->find(u"cac:Item/cac:ClassifiedTaxCategory"), amount);
    }
    return sums;
}

// --- Totals ------------------------------------------------------------------

void checkTotals(Check& c, const Element& root, LineSums sums)
{
    Decimal allowances;
    Decimal charges;
    bool documentAcOk = true;
    for (const Element* ac : root.all(u"cac:AllowanceCharge")) {
        checkAllowanceCharge(c, *ac, false);
        const Element* indicator = ac->find(u"cbc:ChargeIndicator");
        const std::optional<Decimal> a = c.number(ac->find(u"cbc:Amount"));
        if (!a || !indicator || c.isBad(indicator)) {
            documentAcOk = false;
            sums.taxComplete = false;
            continue;
        }
        const bool isCharge = indicator->value() == u"true";
        (isCharge ? charges : allowances) += *a;
        addTaxBase(c, sums, ac->find(u"cac:TaxCategory"), a, !isCharge);
    }

    const Element* total = root.find(u"cac:AnticipatedMonetaryTotal");
    const Element* taxTotal = root.find(u"cac:TaxTotal/cbc:TaxAmount");
    const std::optional<Decimal> tax = c.number(taxTotal);
    if (tax && sums.taxComplete) {
        Decimal expected;
        for (auto it = sums.taxBase.cbegin(); it != sums.taxBase.cend(); ++it) {
            const std::optional<Decimal> percent = Decimal::parse(it.key().section(u':', 1));
            if (percent)
                expected += (it.value() * *percent / Decimal::fromInt(100)).rounded(2);
        }
        if (!Decimal::near(*tax, expected, Decimal::fromCents(1) * Decimal::fromInt(sums.taxBase.size())))
            c.report(
                "MOULIN-T01-F13", taxTotal,
                UblOrderValidator::tr("%1 expected, %2 stated").arg(expected.toString(2), tax->toString(2)));
    }
    if (!total)
        return;
    auto amount = [&](QStringView name, bool* present = nullptr) -> std::optional<Decimal> {
        const Element* e = total->find(name);
        if (present)
            *present = e != nullptr;
        if (!e)
            return Decimal();
        return c.number(e);
    };
    const Element* payableElement = total->find(u"cbc:PayableAmount");
    const Element* linesElement = total->find(u"cbc:LineExtensionAmount");
    std::optional<Decimal> payable = c.number(payableElement);
    std::optional<Decimal> lines = c.number(linesElement);
    if (payable && payable->isNegative()) {
        c.report("PEPPOL-T01-R006", payableElement, payable->toString());
        payable.reset();
    }
    if (lines && lines->isNegative()) {
        c.report("PEPPOL-T01-R007", linesElement, lines->toString());
        lines.reset();
    }
    if (lines && sums.complete && *lines != sums.lines.rounded(2))
        c.report(
            "PEPPOL-T01-R008", linesElement,
            UblOrderValidator::tr("%1 expected, %2 stated").arg(sums.lines.toString(2), lines->toString(2)));
    const std::optional<Decimal> allowanceTotal = amount(u"cbc:AllowanceTotalAmount");
    const std::optional<Decimal> chargeTotal = amount(u"cbc:ChargeTotalAmount");
    if (allowanceTotal && documentAcOk && *allowanceTotal != allowances)
        c.report("PEPPOL-T01-R009",
                 total->find(u"cbc:AllowanceTotalAmount") ? total->find(u"cbc:AllowanceTotalAmount") : total,
                 UblOrderValidator::tr("%1 expected, %2 stated")
                     .arg(allowances.toString(2), allowanceTotal->toString(2)));
    if (chargeTotal && documentAcOk && *chargeTotal != charges)
        c.report("PEPPOL-T01-R010",
                 total->find(u"cbc:ChargeTotalAmount") ? total->find(u"cbc:ChargeTotalAmount") : total,
                 UblOrderValidator::tr("%1 expected, %2 stated")
                     .arg(charges.toString(2), chargeTotal->toString(2)));
    bool hasExclusive = false;
    const std::optional<Decimal> exclusive = amount(u"cbc:TaxExclusiveAmount", &hasExclusive);
    if (hasExclusive && exclusive && lines && allowanceTotal && chargeTotal &&
        *exclusive != *lines - *allowanceTotal + *chargeTotal)
        c.report("PEPPOL-T01-R011", total->find(u"cbc:TaxExclusiveAmount"),
                 UblOrderValidator::tr("%1 expected, %2 stated")
                     .arg((*lines - *allowanceTotal + *chargeTotal).toString(2), exclusive->toString(2)));
    bool hasInclusive = false;
    const std::optional<Decimal> inclusive = amount(u"cbc:TaxInclusiveAmount", &hasInclusive);
    const std::optional<Decimal> prepaid = amount(u"cbc:PrepaidAmount");
    const std::optional<Decimal> rounding = amount(u"cbc:PayableRoundingAmount");
    if (hasInclusive && inclusive && payable && prepaid && rounding &&
        *payable != *inclusive - *prepaid + *rounding)
        c.report("PEPPOL-T01-R016", payableElement,
                 UblOrderValidator::tr("%1 expected, %2 stated")
                     .arg((*inclusive - *prepaid + *rounding).toString(2), payable->toString(2)));
    // Without TaxExclusiveAmount, the total without tax is lines − allowances + charges.
    Decimal withoutTax;
    bool withoutTaxKnown = false;
    if (hasExclusive && exclusive) {
        withoutTax = *exclusive;
        withoutTaxKnown = true;
    } else if (!hasExclusive && lines && allowanceTotal && chargeTotal) {
        withoutTax = *lines - *allowanceTotal + *chargeTotal;
        withoutTaxKnown = true;
    }
    if (hasInclusive && inclusive && withoutTaxKnown && tax && *inclusive != withoutTax + *tax)
        c.report("PEPPOL-T01-R017", total->find(u"cbc:TaxInclusiveAmount"),
                 UblOrderValidator::tr("%1 expected, %2 stated")
                     .arg((withoutTax + *tax).toString(2), inclusive->toString(2)));
}

// --- Document level ------------------------------------------------------------

void checkDocument(Check& c, const Element& root)
{
    if (const Element* customization = root.find(u"cbc:CustomizationID");
        customization && !c.isBad(customization)) {
        if (!customization->value().startsWith(QLatin1StringView(Ubl::kOrderCustomization)))
            c.report("PEPPOL-T01-R034", customization, customization->value());
    }
    if (const Element* profile = root.find(u"cbc:ProfileID"); profile && !c.isBad(profile)) {
        static const QStringList profiles{QStringLiteral("urn:fdc:peppol.eu:poacc:bis:order_only:3"),
                                          QString::fromLatin1(Ubl::kOrderingProfile),
                                          QStringLiteral("urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3")};
        if (!profiles.contains(profile->value()))
            c.report("PEPPOL-T01-R031", profile, profile->value());
    }
    if (const Element* type = root.find(u"cbc:OrderTypeCode"); type && !c.isBad(type)) {
        if (!codes("ordertype").contains(type->value()))
            c.report("MOULIN-T01-CL07", type, type->value());
    }
    // A validity period without its end date is a missing element (S002).
    if (!root.find(u"cac:ValidityPeriod"))
        c.report("PEPPOL-T01-R002", nullptr);

    // Periods and the requested delivery.
    std::vector<const Element*> periods;
    root.collect(u"cac:RequestedDeliveryPeriod", periods);
    root.collect(u"cac:ValidityPeriod", periods);
    const Element* issue = root.find(u"cbc:IssueDate");
    const QDate issued = issue && !c.isBad(issue) ? QDate::fromString(issue->value(), Qt::ISODate) : QDate();
    for (const Element* period : periods) {
        const Element* start = period->find(u"cbc:StartDate");
        const Element* end = period->find(u"cbc:EndDate");
        const QDate from =
            start && !c.isBad(start) ? QDate::fromString(start->value(), Qt::ISODate) : QDate();
        const QDate to = end && !c.isBad(end) ? QDate::fromString(end->value(), Qt::ISODate) : QDate();
        if (from.isValid() && to.isValid() && to < from) {
            c.report("MOULIN-T01-F07", end,
                     UblOrderValidator::tr("%1 < %2").arg(end->value(), start->value()));
            continue;
        }
        if (period->qname == u"cac:RequestedDeliveryPeriod" && issued.isValid()) {
            const Element* first = from.isValid() ? start : (to.isValid() ? end : nullptr);
            if (first && QDate::fromString(first->value(), Qt::ISODate) < issued)
                c.report("MOULIN-T01-F08", first,
                         UblOrderValidator::tr("%1 < %2").arg(first->value(), issue->value()));
        }
    }
}

} // namespace

QString UblIssue::toString() const
{
    QString text = rule;
    if (!element.isEmpty())
        text += u' ' + element;
    if (line > 0)
        text += QStringLiteral(" (line %1)").arg(line);
    return text + QStringLiteral(": ") + message;
}

QList<UblIssue> UblOrderValidator::validate(const QByteArray& xml)
{
    Check c;
    Ubl::ReadError error;
    const std::optional<Element> root = Ubl::parse(xml, &error);
    if (!root) {
        c.report("MOULIN-T01-X001", nullptr, error.message);
        c.issues.last().element = error.element;
        c.issues.last().line = error.line;
        return c.issues;
    }
    if (root->localName != u"Order" || root->namespaceUri != QLatin1StringView(Ubl::kOrderNs)) {
        c.report("MOULIN-T01-S001", &*root, root->qname + u' ' + root->namespaceUri);
        return c.issues;
    }
    const Element* currencyElement = root->find(u"cbc:DocumentCurrencyCode");
    QString currency;
    if (currencyElement && !currencyElement->value().isEmpty()) {
        if (codes("currency").contains(currencyElement->value()))
            currency = currencyElement->value();
        else
            c.report("MOULIN-T01-CL01", currencyElement, currencyElement->value());
    }
    // An unknown document currency is reported once; the amounts are then
    // compared with nothing (R003 would only repeat it).
    walk(c, *root, currency);
    checkDocument(c, *root);
    checkIdentifiers(c, *root);
    checkTaxCategories(c, *root);
    const LineSums sums = checkLines(c, *root);
    checkTotals(c, *root, sums);
    return c.issues;
}

bool UblOrderValidator::passes(const QList<UblIssue>& issues)
{
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const UblIssue& issue) { return issue.severity == UblIssue::Severity::Fatal; });
}

QList<UblOrderValidator::Rule> UblOrderValidator::rules()
{
    return ruleTable();
}

QString UblOrderValidator::ruleText(const QString& id)
{
    for (const Rule& rule : ruleTable()) {
        if (id == QLatin1StringView(rule.id))
            return tr(rule.text);
    }
    return {};
}

} // namespace Moulin
