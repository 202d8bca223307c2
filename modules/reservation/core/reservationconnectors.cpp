#include "reservation/core/reservationconnectors.h"

#include "common/core/connectorcatalog.h"

#include <QCoreApplication>

namespace Moulin {

void registerReservationConnectors()
{
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("TheFork"),
        .id = QStringLiteral("thefork"),
        .displayName =
            QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "TheFork (LaFourchette)")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.thefork.io/manager/v1/")),
        .feeds = {{QStringLiteral("reservations"), 5}, {QStringLiteral("customers"), 60}},
        .requestsPerSecond = 10.0,
        .burst = 20.0,
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("OpenTable"),
        .id = QStringLiteral("opentable"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "OpenTable")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://platform.opentable.com/")),
        .feeds = {{QStringLiteral("reservations"), 5}, {QStringLiteral("guests"), 60}},
        .requestsPerSecond = 10.0,
        .burst = 20.0,
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("Resy"),
        .id = QStringLiteral("resy"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Resy")),
        .authMethods = {QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.resy.com/")),
        .feeds = {{QStringLiteral("reservations"), 5}},
        .requestsPerSecond = 5.0,
        .burst = 10.0,
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("Website"),
        .id = QStringLiteral("website"),
        .displayName = QString::fromUtf8(
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Own booking site (signed webhook)")),
        .authMethods = {QStringLiteral("webhook_hmac")},
        .defaultApiUrl = QUrl(QStringLiteral("https://levieuxmoulin.fr/")),
        .feeds = {{QStringLiteral("reservations"), 15}},
        .requestsPerSecond = 0.0,
        .burst = 10.0,
    });
}

} // namespace Moulin
