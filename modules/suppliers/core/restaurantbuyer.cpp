#include "suppliers/core/restaurantbuyer.h"

#include "suppliers/core/identifiers.h"

#include <QRegularExpression>

namespace Moulin {

QList<RestaurantBuyer::Problem> RestaurantBuyer::problems(const RestaurantIdentity& identity)
{
    QList<Problem> out;
    if (identity.legalName.trimmed().isEmpty())
        out.append({QStringLiteral("legalName"),
                    tr("The legal name is missing: every order names the restaurant by it.")});
    const QString siret = RestaurantIdentity::digitsOnly(identity.siret);
    if (identity.siret.trimmed().isEmpty())
        out.append(
            {QStringLiteral("siret"), tr("The SIRET is missing: suppliers identify the restaurant by it.")});
    else if (siret.size() != 14 ||
             siret.size() != identity.siret.count(QRegularExpression(QStringLiteral("\\S"))))
        out.append(
            {QStringLiteral("siret"),
             tr("The SIRET « %1 » must be 14 digits (spaces allowed).").arg(identity.siret.trimmed())});
    else if (!FrenchCompany::isValidSiret(siret))
        out.append(
            {QStringLiteral("siret"),
             tr("The SIRET %1 is not valid: its check key does not match (a typing error?).").arg(siret)});
    const QString vat = identity.vatId.trimmed().remove(u' ').toUpper();
    if (!vat.isEmpty()) {
        if (!vat.startsWith(QLatin1String("FR"))) {
            static const QRegularExpression foreign(QStringLiteral("^[A-Z]{2}[0-9A-Z]{2,13}$"));
            if (!foreign.match(vat).hasMatch())
                out.append({QStringLiteral("vatId"),
                            tr("The VAT number « %1 » must start with its country code (FR…).").arg(vat)});
        } else if (!FrenchCompany::isValidVatNumber(vat)) {
            out.append({QStringLiteral("vatId"),
                        tr("The VAT number %1 is not valid: its key does not match its SIREN.").arg(vat)});
        } else if (siret.size() == 14 && vat.mid(4) != siret.left(9)) {
            out.append(
                {QStringLiteral("vatId"), tr("The VAT number %1 is not the one of the SIRET's SIREN (%2).")
                                              .arg(vat, FrenchCompany::vatNumber(siret.left(9)))});
        }
    }
    if (identity.street.trimmed().isEmpty())
        out.append({QStringLiteral("street"),
                    tr("The street address is missing (it is also the delivery address).")});
    const QString country = identity.country.trimmed().toUpper();
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    if (!alpha2.match(country).hasMatch())
        out.append(
            {QStringLiteral("country"),
             tr("The country « %1 » must be a two-letter code (FR).").arg(identity.country.trimmed())});
    static const QRegularExpression frenchPostcode(QStringLiteral("^[0-9]{5}$"));
    if (identity.postalCode.trimmed().isEmpty())
        out.append({QStringLiteral("postalCode"), tr("The postal code is missing.")});
    else if (country == QLatin1String("FR") &&
             !frenchPostcode.match(identity.postalCode.trimmed()).hasMatch())
        out.append({QStringLiteral("postalCode"),
                    tr("The postal code « %1 » must be 5 digits.").arg(identity.postalCode.trimmed())});
    if (identity.city.trimmed().isEmpty())
        out.append({QStringLiteral("city"), tr("The city is missing.")});
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!identity.email.trimmed().isEmpty() && !email.match(identity.email.trimmed()).hasMatch())
        out.append({QStringLiteral("email"),
                    tr("The e-mail address « %1 » is not valid.").arg(identity.email.trimmed())});
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 .()-]{6,20}$"));
    if (!identity.phone.trimmed().isEmpty() && !phone.match(identity.phone.trimmed()).hasMatch())
        out.append({QStringLiteral("phone"),
                    tr("The phone number « %1 » is not valid.").arg(identity.phone.trimmed())});
    static const QRegularExpression scheme(QStringLiteral("^[0-9]{4}$"));
    if (!identity.peppolId.trimmed().isEmpty() && !scheme.match(identity.peppolScheme.trimmed()).hasMatch())
        out.append({QStringLiteral("peppolId"),
                    tr("The PEPPOL scheme « %1 » must be a four-digit code (0009 for a SIRET).")
                        .arg(identity.peppolScheme.trimmed())});
    return out;
}

QString RestaurantBuyer::describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.message;
    return lines.join(u'\n');
}

BuyerParty RestaurantBuyer::toBuyer(const RestaurantIdentity& identity)
{
    BuyerParty buyer;
    buyer.name = identity.legalName.trimmed();
    buyer.tradingName = identity.tradingName.trimmed();
    buyer.siret = RestaurantIdentity::digitsOnly(identity.siret);
    buyer.vatId = identity.vatId.trimmed().remove(u' ').toUpper();
    buyer.participant = {identity.effectivePeppolScheme(), identity.effectivePeppolId()};
    buyer.address.street = identity.street.trimmed();
    buyer.address.city = identity.city.trimmed();
    buyer.address.postalCode = identity.postalCode.trimmed();
    buyer.address.country = identity.country.trimmed().toUpper();
    buyer.contactName = identity.contactName.trimmed();
    buyer.contactPhone = identity.phone.trimmed();
    buyer.contactEmail = identity.email.trimmed();
    return buyer;
}

} // namespace Moulin
