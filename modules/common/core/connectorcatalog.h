#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Moulin {

/// One synchronised feed of a connector (e.g. POS "transactions").
struct FeedSpec
{
    QString name;               ///< JSON key under sync_settings, e.g. "menu_items"
    int defaultIntervalMinutes; ///< used when the configuration does not set one
};

/// A kind of connector Moulin knows how to talk to. Each area registers its
/// own types at start-up; configuration parsing and the settings dialog only
/// ever go through this catalogue, so no area reaches into another.
struct ConnectorType
{
    QString kind;        ///< "pos", "supplier", "reservation", "crm"
    QString typeKey;     ///< the JSON key naming the type, e.g. "pos_type"
    QString typeName;    ///< the value of that key, e.g. "LightSpeed"
    QString id;          ///< stable lower-case id used in settings and keychain, e.g. "lightspeed"
    QString displayName; ///< shown to the user; registered in English with
                         ///< QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", …), returned translated
    QStringList authMethods;
    QUrl defaultApiUrl;
    QList<FeedSpec> feeds;
    /// Client-side rate limit (token bucket) so Moulin never provokes a 429:
    /// the provider's published limit with a margin, or a conservative
    /// default where none is published. 0: no limit.
    double requestsPerSecond = 0.0;
    double burst = 10.0;

    const FeedSpec* feed(const QString& name) const;
};

class ConnectorCatalog
{
public:
    /// Registers (or replaces, by id) a connector type.
    static void registerType(const ConnectorType& type);
    static QList<ConnectorType> types();
    /// Matches type names case-insensitively ("lightspeed" == "LightSpeed").
    static std::optional<ConnectorType> find(const QString& typeKey, const QString& typeName);
    static std::optional<ConnectorType> byId(const QString& id);
    /// Every JSON key that may name a connector type ("pos_type", ...).
    static QStringList typeKeys();
    /// A feed's name for the user ("menu_items" -> "Menu items"), translated.
    static QString feedLabel(const QString& feedName);
};

} // namespace Moulin
