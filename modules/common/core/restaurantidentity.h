#pragma once

// The restaurant as it names itself to others: the buyer on every supplier
// order (UBL and PDF), the name on printed rosters. Kept in the settings
// under `restaurant/` (edited in Paramètres ▸ Établissement); demo mode,
// when nothing is set, is the demo restaurant, Le Vieux Moulin.

#include <QString>

class QSettings;

namespace Moulin {

struct RestaurantIdentity
{
    QString legalName;   ///< `restaurant/legal_name`: "SAS Le Vieux Moulin"
    QString tradingName; ///< `restaurant/name` (the rosters read it too): "Le Vieux Moulin"
    QString siret;       ///< 14 digits, spaces removed
    QString vatId;       ///< "FR95842917353"
    QString street;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR"); ///< ISO 3166-1 alpha-2
    QString phone;
    QString email;
    QString contactName;
    /// The PEPPOL endpoint (EAS scheme and id); empty: 0009 + the SIRET.
    QString peppolScheme;
    QString peppolId;

    /// Nothing entered (no name, no SIRET, no address).
    bool isEmpty() const;
    /// The trading name, else the legal name.
    QString displayName() const;
    /// The PEPPOL endpoint actually used: the one entered, else 0009 + SIRET.
    QString effectivePeppolScheme() const;
    QString effectivePeppolId() const;

    /// What `settings` holds (no demo fallback).
    static RestaurantIdentity read(const QSettings& settings);
    /// Writes every field (empty ones removed, `restaurant/name` kept in step).
    void write(QSettings& settings) const;

    /// The identity in use: the settings' (AppPaths::settings()), or in demo
    /// mode, when nothing is set there, demo().
    static RestaurantIdentity current();
    /// The demo restaurant (a valid SIRET and VAT id).
    static RestaurantIdentity demo();

    /// Digits only ("842 917 353 00018" → "84291735300018").
    static QString digitsOnly(const QString& text);

    friend bool operator==(const RestaurantIdentity&, const RestaurantIdentity&) = default;
};

} // namespace Moulin
