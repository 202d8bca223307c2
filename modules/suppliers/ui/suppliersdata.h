#pragma once

// What the Fournisseurs tab shows, read in one go off the GUI thread (a
// DbWorker job): the suppliers with their counts and connection state, the
// catalogue as a search index, the price rises and the catalogue rows the
// feeds set aside. Immutable once read; the pages share it.

#include "common/sync/quarantine.h"
#include "suppliers/core/catalogueindex.h"
#include "suppliers/core/supplierstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Moulin {

/// A supplier connection the runtime runs (the area fills it).
struct SupplierConnection
{
    QString connectorId; ///< "metro", "local"…
    QString displayName;
    bool syncing = false;
    friend bool operator==(const SupplierConnection&, const SupplierConnection&) = default;
};

/// One supplier as the overview shows it.
struct SupplierSummary
{
    Supplier supplier;
    QString connector;
    qint64 products = 0;
    int alerts = 0;
    /// connector_state.state of its connector: online, syncing, degraded,
    /// offline, idle; empty when never synchronised.
    QString state;
    QDateTime lastSuccessAt; ///< UTC
    QString lastError;
};

struct SuppliersSnapshot
{
    QList<SupplierSummary> suppliers;
    CatalogueIndex index;
    Decimal alertPercent;
    QList<PriceRise> rises;            ///< newest first
    QList<QuarantinedRecord> setAside; ///< open catalogue rows of the supplier connectors, newest first
    QHash<QString, QString> names;     ///< supplier id → name

    /// Reads everything from `db` (in the caller's thread). `connectors`:
    /// the supplier connectors configured, for the rows set aside of a
    /// connector whose suppliers never arrived.
    static std::shared_ptr<const SuppliersSnapshot> load(QSqlDatabase& db, const Decimal& alertPercent,
                                                         const QStringList& connectors);
    const SupplierSummary* summary(const QString& supplierId) const;
    /// The day `supplierId`'s prices are read for at `now`: its next
    /// delivery day (a promotion counts when the goods arrive), today when
    /// the supplier or its delivery days are unknown.
    QDate priceDay(const QString& supplierId, const QDateTime& now) const;
};

/// The price-alert threshold of the settings (suppliers/price_alert_percent,
/// 5 by default) and its setter.
namespace PriceAlertSetting {
Decimal load();
void save(const Decimal& percent);
} // namespace PriceAlertSetting

} // namespace Moulin
