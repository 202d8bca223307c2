#include "common/core/restaurantidentity.h"

#include "common/core/apppaths.h"

#include <QSettings>

namespace Moulin {

namespace {

struct Field
{
    const char* key;
    QString RestaurantIdentity::*member;
};

const Field kFields[] = {
    {"restaurant/legal_name", &RestaurantIdentity::legalName},
    {"restaurant/name", &RestaurantIdentity::tradingName},
    {"restaurant/siret", &RestaurantIdentity::siret},
    {"restaurant/vat_id", &RestaurantIdentity::vatId},
    {"restaurant/street", &RestaurantIdentity::street},
    {"restaurant/postal_code", &RestaurantIdentity::postalCode},
    {"restaurant/city", &RestaurantIdentity::city},
    {"restaurant/country", &RestaurantIdentity::country},
    {"restaurant/phone", &RestaurantIdentity::phone},
    {"restaurant/email", &RestaurantIdentity::email},
    {"restaurant/contact_name", &RestaurantIdentity::contactName},
    {"restaurant/peppol_scheme", &RestaurantIdentity::peppolScheme},
    {"restaurant/peppol_id", &RestaurantIdentity::peppolId},
};

} // namespace

bool RestaurantIdentity::isEmpty() const
{
    return legalName.trimmed().isEmpty() && tradingName.trimmed().isEmpty() && siret.trimmed().isEmpty() &&
           street.trimmed().isEmpty() && city.trimmed().isEmpty();
}

QString RestaurantIdentity::displayName() const
{
    return tradingName.trimmed().isEmpty() ? legalName.trimmed() : tradingName.trimmed();
}

QString RestaurantIdentity::effectivePeppolScheme() const
{
    return peppolId.trimmed().isEmpty() ? QStringLiteral("0009") : peppolScheme.trimmed();
}

QString RestaurantIdentity::effectivePeppolId() const
{
    return peppolId.trimmed().isEmpty() ? digitsOnly(siret) : peppolId.trimmed();
}

RestaurantIdentity RestaurantIdentity::read(const QSettings& settings)
{
    RestaurantIdentity identity;
    for (const Field& f : kFields) {
        const QString key = QLatin1String(f.key);
        if (settings.contains(key))
            identity.*f.member = settings.value(key).toString();
    }
    if (identity.country.trimmed().isEmpty())
        identity.country = QStringLiteral("FR");
    return identity;
}

void RestaurantIdentity::write(QSettings& settings) const
{
    for (const Field& f : kFields) {
        const QString key = QLatin1String(f.key);
        const QString value = (this->*f.member).trimmed();
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    }
    settings.sync();
}

RestaurantIdentity RestaurantIdentity::current()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    RestaurantIdentity identity = settings ? read(*settings) : RestaurantIdentity();
    if (identity.isEmpty() && AppPaths::isDemoDatabase())
        return demo();
    return identity;
}

RestaurantIdentity RestaurantIdentity::demo()
{
    RestaurantIdentity d;
    d.legalName = QStringLiteral("SAS Le Vieux Moulin");
    d.tradingName = QStringLiteral("Le Vieux Moulin");
    d.siret = QStringLiteral("84291735300018");
    d.vatId = QStringLiteral("FR95842917353");
    d.street = QStringLiteral("3 chemin du Moulin");
    d.postalCode = QStringLiteral("69005");
    d.city = QStringLiteral("Lyon");
    d.country = QStringLiteral("FR");
    d.phone = QStringLiteral("+33 4 78 42 17 35");
    d.email = QStringLiteral("commandes@levieuxmoulin.fr");
    d.contactName = QStringLiteral("Claire Meunier");
    return d;
}

QString RestaurantIdentity::digitsOnly(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

} // namespace Moulin
