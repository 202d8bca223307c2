#include "suppliers/connectors/peppol/supplierordering.h"

#include "common/core/database.h"
#include "suppliers/connectors/email/emailordering.h"
#include "suppliers/core/ordersubmission.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace Moulin {

Q_LOGGING_CATEGORY(lcSupplierOrders, "moulin.suppliers.orders")

namespace {

class OrderHandler final : public OutboxHandler
{
public:
    OrderHandler(QUrl apiUrl, QString connector, int timeoutMs)
        : m_apiUrl(std::move(apiUrl))
        , m_connector(std::move(connector))
        , m_timeoutMs(timeoutMs)
    {
    }

    HttpRequest request(const OutboxItem& item) const override
    {
        HttpRequest r;
        r.method = "POST";
        r.connector = m_connector;
        r.feed = QStringLiteral("orders");
        const QList<UblIssue> issues = UblOrderValidator::validate(item.payload);
        if (!UblOrderValidator::passes(issues)) {
            // Never sent: a URL the client refuses, which the outbox rejects.
            for (const UblIssue& issue : issues)
                qCWarning(lcSupplierOrders, "%s: order %lld not sent: %s", qUtf8Printable(m_connector),
                          item.id, qUtf8Printable(issue.toString()));
            r.url = QUrl(QStringLiteral("invalid-order:refused-by-validator"));
            return r;
        }
        QUrl base = m_apiUrl;
        if (!base.path().endsWith(u'/'))
            base.setPath(base.path() + u'/');
        r.url = base.resolved(QUrl(QStringLiteral("orders")));
        r.body = item.payload; // the stored bytes, every time
        r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/xml; charset=utf-8"));
        r.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/xml"));
        r.timeoutMs = m_timeoutMs;
        return r;
    }

    QByteArray idempotencyHeader() const override { return QByteArray(OrderSubmission::kIdempotencyHeader); }

private:
    QUrl m_apiUrl;
    QString m_connector;
    int m_timeoutMs;
};

} // namespace

SupplierOrdering::Placed SupplierOrdering::place(QSqlDatabase& db, Outbox* outbox, const QString& connector,
                                                 const Order& order)
{
    // A supplier without an API (suppliers/<connector>/ordering = email)
    // gets the same order as a PDF and the UBL XML by e-mail.
    if (const OrderingRoute route = OrderingRoute::forConnector(connector); route.email) {
        const EmailOrdering::Placed mailed =
            EmailOrdering::place(db, outbox, connector, order, route.orderEmail, SmtpSettings::load());
        return {mailed.ok, mailed.error, mailed.issues, mailed.idempotencyKey, mailed.ubl};
    }
    Placed placed;
    placed.ubl = UblOrderWriter::write(order);
    placed.issues = UblOrderValidator::validate(placed.ubl);
    placed.idempotencyKey = order.identity().idempotencyKey();
    if (!UblOrderValidator::passes(placed.issues)) {
        placed.error = tr("The order breaks the PEPPOL rules and was not sent.");
        return placed;
    }
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!Database::transaction(
            db,
            [&](QString* e) { return SupplierStore::insertOrder(db, order, connector, placed.ubl, now, e); },
            &error)) {
        placed.error = tr("The order could not be stored: %1").arg(error);
        return placed;
    }
    // The stored bytes are the ones sent (a second place() of the same
    // order keeps the first bytes).
    if (std::optional<StoredOrder> stored = SupplierStore::order(db, order.supplierId, order.id))
        placed.ubl = stored->ubl;
    if (outbox)
        outbox->enqueue(connector, QLatin1String(kOrderKind), placed.ubl, placed.idempotencyKey);
    placed.ok = true;
    return placed;
}

int SupplierOrdering::requeue(QSqlDatabase& db, Outbox* outbox, const QString& connector)
{
    if (!outbox)
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT o.idempotency_key, o.ubl FROM supplier_order o "
                             "LEFT JOIN outbox b ON b.idempotency_key = o.idempotency_key "
                             "WHERE o.connector = ? AND o.status = 'queued' AND b.id IS NULL "
                             "AND NOT EXISTS (SELECT 1 FROM supplier_order_email e "
                             "WHERE e.supplier_id = o.supplier_id AND e.order_id = o.id)"));
    q.addBindValue(connector);
    if (!Database::exec(q, "finding orders to queue"))
        return 0;
    int n = 0;
    while (q.next()) {
        outbox->enqueue(connector, QLatin1String(kOrderKind), q.value(1).toByteArray(),
                        q.value(0).toByteArray());
        ++n;
    }
    return n;
}

std::shared_ptr<OutboxHandler> SupplierOrdering::handler(const QUrl& apiUrl, const QString& connector,
                                                         int timeoutMs)
{
    return std::make_shared<OrderHandler>(apiUrl, connector, timeoutMs);
}

} // namespace Moulin
