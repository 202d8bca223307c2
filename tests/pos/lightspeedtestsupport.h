#pragma once

// The Lightspeed connector as the runtime builds it (ConnectorModule::
// definition: feeds, HTTP profile, rate limit), with the test's own options
// (a fake clock, small pages, a short back-fill) for the feeds.

#include "common/runtime/connectormodule.h"
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/connectors/lightspeed/lightspeedmodule.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/connectors/posconnectors.h"
#include "testsupport.h"

#include <QJsonObject>

namespace Moulin::Test {

inline ConnectorDefinition lightspeedDefinition(const ConnectorConfig& config,
                                                const LightspeedOptions& options,
                                                RequestDecorator authDecorator = {})
{
    registerPosConnectors();
    const auto module = ConnectorModules::byId(QLatin1String(LightspeedModule::kId));
    ConnectorDefinition d = module->definition(
        config, [options](const QString& feed) { return LightspeedConnector::feed(options, feed); });
    d.profile.decorate = std::move(authDecorator);
    return d;
}

/// The sandbox's menu items stored in pos_item (id, SKU, name, accounting group) on `db`; stops at, and fails
/// the test on, the first insert that fails.
inline bool storeSandboxItems(const QSqlDatabase& db, const SandboxLightspeed& ls)
{
    for (const QJsonObject& item : ls.items()) {
        const QString groupId = QString::number(
            item.value(QStringLiteral("accountingGroup")).toObject().value(QStringLiteral("id")).toInteger());
        if (!exec(db,
                  QStringLiteral("INSERT INTO pos_item(item_id, sku, name, group_id) VALUES (?, ?, ?, ?)"),
                  {QString::number(item.value(QStringLiteral("id")).toInteger()),
                   item.value(QStringLiteral("sku")).toString(),
                   item.value(QStringLiteral("name")).toString(), groupId}))
            return false;
    }
    return true;
}

} // namespace Moulin::Test
