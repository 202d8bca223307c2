#pragma once

#include <QString>
#include <QStringView>

namespace Moulin {

/// GS1 trade item numbers (GTIN-8, -12, -13, -14): digits only, the last one
/// the mod-10 check digit (weights 3 and 1 from the right, check excluded).
namespace Gtin {
bool isValid(QStringView gtin);
/// The check digit for the digits before it (0..9), -1 if not all digits.
int checkDigit(QStringView digitsWithoutCheck);
} // namespace Gtin

/// French company identifiers.
namespace FrenchCompany {
/// SIREN (9 digits) with its Luhn key.
bool isValidSiren(QStringView siren);
/// SIRET (14 digits: SIREN + NIC) with its Luhn key (La Poste's
/// establishments, SIREN 356000000, use the sum-of-digits-by-5 rule).
bool isValidSiret(QStringView siret);
/// The intra-community VAT number of a SIREN: "FR" + key + SIREN, with
/// key = (12 + 3 × (SIREN mod 97)) mod 97. Empty if the SIREN is invalid.
QString vatNumber(QStringView siren);
/// A French VAT number ("FR" + 2-digit key + SIREN) whose key matches.
bool isValidVatNumber(QStringView vat);
} // namespace FrenchCompany

/// ISO 6523 / PEPPOL EAS scheme codes Moulin writes.
namespace PeppolScheme {
inline constexpr char kSiret[] = "0009"; ///< SIRET (the French establishment)
inline constexpr char kSiren[] = "0002"; ///< SIRENE (the French company)
inline constexpr char kGln[] = "0088";   ///< GS1 GLN
inline constexpr char kGtin[] = "0160";  ///< GS1 GTIN (item identification)
} // namespace PeppolScheme

/// A PEPPOL participant (EndpointID value and its schemeID).
struct PeppolParticipant
{
    QString scheme; ///< EAS code, e.g. "0009"
    QString id;     ///< e.g. a SIRET
    bool isEmpty() const { return id.isEmpty(); }
    /// "0009:12345678900017".
    QString toString() const { return scheme + u':' + id; }
    friend bool operator==(const PeppolParticipant&, const PeppolParticipant&) = default;
};

} // namespace Moulin
