#pragma once

// The restaurant's identity (common/core/restaurantidentity.h) as the buyer
// of an order, and the checks an order needs it to pass.

#include "common/core/restaurantidentity.h"
#include "suppliers/core/order.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Moulin {

class RestaurantBuyer
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RestaurantBuyer)

public:
    /// A field that cannot go on an order as it stands.
    struct Problem
    {
        QString field;   ///< "legalName", "siret", "vatId", "street", "postalCode", "city",
                         ///< "country", "email", "phone", "peppolId"
        QString message; ///< translated, names the field
    };

    /// Every problem of `identity` (empty: orders can name it as their buyer):
    /// a legal name, a SIRET with its Luhn key, a French VAT number whose key
    /// matches the SIRET's SIREN (when given), an address (French postal code:
    /// 5 digits), an e-mail address that looks like one, a PEPPOL endpoint
    /// scheme of four digits.
    static QList<Problem> problems(const RestaurantIdentity& identity);
    /// The problems as one translated sentence per line.
    static QString describe(const QList<Problem>& problems);
    /// The buyer party of an order: names, SIRET, VAT id, the PEPPOL
    /// endpoint (0009 + SIRET unless another is set), the address (also the
    /// delivery address) and the contact.
    static BuyerParty toBuyer(const RestaurantIdentity& identity);
};

} // namespace Moulin
