#pragma once

#include "common/core/restaurantidentity.h"
#include "common/ui/settingssection.h"

#include <QHash>

class QLabel;
class QLineEdit;

namespace Moulin {

/// Paramètres ▸ Établissement: the restaurant as the buyer of every supplier
/// order (legal and trading names, SIRET, VAT number, address, contact,
/// PEPPOL endpoint), in the settings under `restaurant/`
/// (RestaurantIdentity). Checked on OK (RestaurantBuyer::problems: the SIRET's
/// key, the VAT number of its SIREN, a 5-digit postal code, the e-mail), each
/// problem shown under its field; a page left as it was is never refused.
class RestaurantIdentityPage : public SettingsSection
{
    Q_OBJECT

public:
    explicit RestaurantIdentityPage(QWidget* parent = nullptr);
    ~RestaurantIdentityPage() override;

    bool validate(QString* error) override;
    void apply() override;

    /// What is entered.
    RestaurantIdentity identity() const;
    /// The field of `name` ("legalName", "tradingName", "siret", "vatId",
    /// "street", "postalCode", "city", "country", "phone", "email",
    /// "contactName", "peppolScheme", "peppolId").
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    /// The problem shown under `name` (empty: none).
    QString problemText(const QString& name) const;

Q_SIGNALS:
    /// The identity was written to the settings.
    void saved();

private:
    void showProblems(const QStringList& problemFields, const QHash<QString, QString>& messages);

    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QLabel*> m_problems;
    RestaurantIdentity m_loaded;
    QLabel* m_note;
};

} // namespace Moulin
