#include "suppliers/ui/suppliersdata.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"

#include <QSettings>
#include <QSqlQuery>

namespace Moulin {

std::shared_ptr<const SuppliersSnapshot>
SuppliersSnapshot::load(QSqlDatabase& db, const Decimal& alertPercent, const QStringList& connectors)
{
    auto snapshot = std::make_shared<SuppliersSnapshot>();
    snapshot->alertPercent = alertPercent;
    if (!db.isValid() || !db.isOpen())
        return snapshot;

    QHash<QString, QString> connectorOf;
    QHash<QString, qint64> counts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Database::run(q, QStringLiteral("SELECT id, connector FROM supplier"), {},
                      "reading supplier connectors"))
        while (q.next())
            connectorOf.insert(q.value(0).toString(), q.value(1).toString());
    if (Database::run(
            q, QStringLiteral("SELECT supplier_id, COUNT(*) FROM supplier_product GROUP BY supplier_id"), {},
            "counting products"))
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    struct State
    {
        QString state;
        QDateTime lastSuccess;
        QString error;
    };
    QHash<QString, State> states;
    if (Database::run(
            q, QStringLiteral("SELECT connector, state, last_success_at, last_error FROM connector_state"),
            {}, "reading connection states"))
        while (q.next())
            states.insert(q.value(0).toString(),
                          {q.value(1).toString(),
                           QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                           q.value(3).toString()});

    snapshot->rises = SupplierStore::priceRises(db, alertPercent);
    QHash<QString, int> alerts;
    for (const PriceRise& r : std::as_const(snapshot->rises))
        ++alerts[r.supplierId];

    QStringList allConnectors = connectors;
    for (const Supplier& s : SupplierStore::suppliers(db)) {
        SupplierSummary summary;
        summary.supplier = s;
        summary.connector = connectorOf.value(s.id);
        summary.products = counts.value(s.id);
        summary.alerts = alerts.value(s.id);
        const State state = states.value(summary.connector);
        summary.state = state.state;
        summary.lastSuccessAt = state.lastSuccess;
        summary.lastError = state.error;
        snapshot->names.insert(s.id, s.name);
        if (!allConnectors.contains(summary.connector))
            allConnectors.append(summary.connector);
        snapshot->suppliers.append(summary);
    }
    snapshot->index.reset(SupplierStore::catalogue(db));
    if (!allConnectors.isEmpty()) {
        for (const QuarantinedRecord& r : Quarantine::rows(db, allConnectors, false, 500))
            if (r.feed == QLatin1String("catalogue"))
                snapshot->setAside.append(r);
    }
    return snapshot;
}

const SupplierSummary* SuppliersSnapshot::summary(const QString& supplierId) const
{
    for (const SupplierSummary& s : suppliers)
        if (s.supplier.id == supplierId)
            return &s;
    return nullptr;
}

namespace PriceAlertSetting {

namespace {
const QString kKey = QStringLiteral("suppliers/price_alert_percent");
}

Decimal load()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return Decimal::fromInt(5);
    const std::optional<Decimal> value = Decimal::parse(settings->value(kKey).toString());
    return value && !value->isNegative() ? *value : Decimal::fromInt(5);
}

void save(const Decimal& percent)
{
    if (const std::unique_ptr<QSettings> settings = AppPaths::settings())
        settings->setValue(kKey, percent.toString());
}

} // namespace PriceAlertSetting

QDate SuppliersSnapshot::priceDay(const QString& supplierId, const QDateTime& now) const
{
    if (const SupplierSummary* s = summary(supplierId)) {
        const QDate next = s->supplier.nextDelivery(now);
        if (next.isValid())
            return next;
    }
    return now.date();
}

} // namespace Moulin
