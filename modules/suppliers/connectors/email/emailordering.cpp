#include "suppliers/connectors/email/emailordering.h"

#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "suppliers/connectors/email/ordermail.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderreader.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/print/orderpdf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Moulin {

Q_LOGGING_CATEGORY(lcEmailOrders, "moulin.suppliers.email")

namespace {

QMutex g_passwordMutex;
std::optional<QByteArray> g_password;

QByteArray payloadFor(const QString& from, const QString& to, const QByteArray& message)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), from);
    o.insert(QStringLiteral("to"), QJsonArray{to});
    o.insert(QStringLiteral("message"), QString::fromLatin1(message.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class SmtpHandler final : public OutboxHandler
{
public:
    HttpRequest request(const OutboxItem&) const override
    {
        // Never used: deliver() sends.
        HttpRequest r;
        r.url = QUrl(QStringLiteral("invalid-order:email"));
        return r;
    }

    std::optional<QFuture<HttpResponse>> deliver(const OutboxItem& item) const override
    {
        const SmtpSettings settings = SmtpSettings::load();
        const std::optional<QByteArray> password = EmailOrdering::password();
        const QJsonObject payload = QJsonDocument::fromJson(item.payload).object();
        const QString from = payload.value(QStringLiteral("from")).toString();
        QStringList to;
        for (const QJsonValue& v : payload.value(QStringLiteral("to")).toArray())
            to << v.toString();
        const QByteArray message =
            QByteArray::fromBase64(payload.value(QStringLiteral("message")).toString().toLatin1());
        return QtConcurrent::run([settings, password, from, to, message]() -> HttpResponse {
            HttpResponse r;
            if (message.isEmpty() || to.isEmpty()) {
                r.status = 554;
                r.error = HttpError::Http;
                r.errorString = EmailOrdering::tr("The stored e-mail is unreadable; it cannot be sent.");
                return r;
            }
            if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
                r.error = HttpError::Network;
                r.errorString = EmailOrdering::tr("Sending orders by e-mail is not set up (Settings ▸ "
                                                  "E-mail orders): %1")
                                    .arg(problems.join(u' '));
                return r;
            }
            if (!settings.user.isEmpty() && !password) {
                r.error = HttpError::Network;
                r.errorString = EmailOrdering::tr("The mail server's password could not be read from the "
                                                  "system keychain yet.");
                return r;
            }
            const SmtpResult sent =
                SmtpClient::send(settings, password.value_or(QByteArray()),
                                 settings.sender.isEmpty() ? from : settings.sender, to, message);
            r.status = sent.replyCode;
            r.ok = sent.accepted;
            if (!sent.accepted) {
                r.error = sent.replyCode == 0 ? HttpError::Network : HttpError::Http;
                r.errorString = sent.error;
            }
            return r;
        });
    }

    OutboxVerdict verdict(const HttpResponse& response) const override
    {
        if (response.ok)
            return OutboxVerdict::Confirmed;
        // 5xx: refused for good (unknown mailbox, message refused), except a
        // login the user must fix (530, 534, 535): kept and retried, as for
        // a 401 over HTTP. 4xx and no answer: try again later.
        const int code = response.status;
        if (code >= 500 && code != 530 && code != 534 && code != 535)
            return OutboxVerdict::Rejected;
        return OutboxVerdict::Retry;
    }
};

} // namespace

OrderingRoute OrderingRoute::forConnector(const QString& connectorId)
{
    OrderingRoute route;
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return route;
    const QString group = QStringLiteral("suppliers/%1/").arg(connectorId);
    route.email = settings->value(group + QStringLiteral("ordering")).toString().trimmed().toLower() ==
                  QLatin1String("email");
    route.orderEmail = settings->value(group + QStringLiteral("order_email")).toString().trimmed();
    return route;
}

void OrderingRoute::save(const QString& connectorId, const OrderingRoute& route)
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return;
    const QString group = QStringLiteral("suppliers/%1/").arg(connectorId);
    settings->setValue(group + QStringLiteral("ordering"),
                       route.email ? QStringLiteral("email") : QStringLiteral("peppol"));
    settings->setValue(group + QStringLiteral("order_email"), route.orderEmail);
}

bool OrderingRoute::isEmailAddress(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s<>,;:\"()\\[\\]]+@[^@\\s<>,;:\"()\\[\\].]+(\\.[^@\\s<>,;:\"()\\[\\].]+)+$"));
    return shape.match(text).hasMatch();
}

EmailOrdering::Placed EmailOrdering::place(QSqlDatabase& db, Outbox* outbox, const QString& connector,
                                           const Order& order, const QString& recipient,
                                           const SmtpSettings& smtp)
{
    Placed placed;
    placed.idempotencyKey = order.identity().idempotencyKey();
    if (!recipient.contains(u'@')) {
        placed.error =
            tr("The supplier has no order e-mail address: set suppliers/%1/order_email.").arg(connector);
        return placed;
    }
    if (smtp.sender.isEmpty()) {
        placed.error = tr("Sending orders by e-mail is not set up: fill in Settings ▸ E-mail orders first.");
        return placed;
    }
    placed.ubl = UblOrderWriter::write(order);
    placed.issues = UblOrderValidator::validate(placed.ubl);
    if (!UblOrderValidator::passes(placed.issues)) {
        placed.error = tr("The order breaks the PEPPOL rules and was not sent.");
        return placed;
    }
    const QByteArray pdf = OrderPdf::render(order);
    const QDateTime now = QDateTime::currentDateTime();
    const OrderMail mail =
        OrderMail::compose(order, pdf, placed.ubl, smtp.sender, smtp.senderName, recipient, now);
    QString error;
    const bool stored = Database::transaction(
        db,
        [&](QString* e) {
            if (!SupplierStore::insertOrder(db, order, connector, placed.ubl, now.toUTC(), e))
                return false;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO supplier_order_email (supplier_id, order_id, "
                                     "recipient, sender, subject, "
                                     "message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(order.supplierId);
            q.addBindValue(order.id);
            q.addBindValue(recipient);
            q.addBindValue(smtp.sender);
            q.addBindValue(mail.subject);
            q.addBindValue(mail.message);
            q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
            if (!Database::exec(q, "storing an order's e-mail")) {
                *e = q.lastError().text();
                return false;
            }
            return true;
        },
        &error);
    if (!stored) {
        placed.error = tr("The order could not be stored: %1").arg(error);
        return placed;
    }
    // A second place() of the same order sends the first message.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT recipient, sender, message FROM supplier_order_email "
                             "WHERE supplier_id = ? AND order_id = ?"));
    q.addBindValue(order.supplierId);
    q.addBindValue(order.id);
    if (!Database::exec(q, "reading an order's e-mail") || !q.next()) {
        placed.error = tr("The order was stored, but not its e-mail.");
        return placed;
    }
    if (std::optional<StoredOrder> o = SupplierStore::order(db, order.supplierId, order.id))
        placed.ubl = o->ubl;
    placed.message = q.value(2).toByteArray();
    if (outbox)
        outbox->enqueue(connector, QLatin1String(kKind),
                        payloadFor(q.value(1).toString(), q.value(0).toString(), placed.message),
                        placed.idempotencyKey);
    placed.ok = true;
    return placed;
}

EmailOrdering::Placed EmailOrdering::resend(QSqlDatabase& db, Outbox* outbox, const QString& supplierId,
                                            const QString& orderId, const QString& recipient,
                                            const SmtpSettings& smtp)
{
    Placed placed;
    const std::optional<StoredOrder> stored = SupplierStore::order(db, supplierId, orderId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT recipient, sender, message FROM supplier_order_email "
                             "WHERE supplier_id = ? AND order_id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    if (!stored || !Database::exec(q, "reading an order's e-mail") || !q.next()) {
        placed.error = tr("There is no order %1 of %2 sent by e-mail.").arg(orderId, supplierId);
        return placed;
    }
    placed.idempotencyKey = stored->idempotencyKey;
    placed.ubl = stored->ubl;
    const Transmission sent = transmission(db, supplierId, orderId);
    if (sent.state != QLatin1String("rejected")) {
        placed.error = tr("Order %1 was not refused: it is %2.")
                           .arg(orderId, sent.queued ? sent.state : tr("not queued"));
        return placed;
    }
    QString to = q.value(0).toString();
    QString from = q.value(1).toString();
    placed.message = q.value(2).toByteArray();
    const QString newTo = recipient.trimmed().isEmpty() ? to : recipient.trimmed();
    const QString newFrom = smtp.sender.isEmpty() ? from : smtp.sender;
    if (!newTo.contains(u'@')) {
        placed.error = tr("\"%1\" is not an e-mail address.").arg(newTo);
        return placed;
    }
    if (newTo != to || newFrom != from) {
        Ubl::ReadError error;
        std::optional<Order> order = UblOrderReader::read(stored->ubl, &error);
        if (!order) {
            placed.error = tr("The stored order cannot be read: %1").arg(error.toString());
            return placed;
        }
        order->supplierId = supplierId;
        const OrderMail mail = OrderMail::compose(*order, OrderPdf::render(*order), stored->ubl, newFrom,
                                                  smtp.senderName, newTo, QDateTime::currentDateTime());
        placed.message = mail.message;
        to = newTo;
        from = newFrom;
    }
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool reopened = Database::transaction(
        db,
        [&](QString* e) {
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE supplier_order_email SET recipient = ?, sender = ?, message = ? "
                                     "WHERE supplier_id = ? AND order_id = ?"));
            u.addBindValue(to);
            u.addBindValue(from);
            u.addBindValue(placed.message);
            u.addBindValue(supplierId);
            u.addBindValue(orderId);
            if (!Database::exec(u, "updating an order's e-mail")) {
                *e = u.lastError().text();
                return false;
            }
            return Outbox::reopenRejected(db, placed.idempotencyKey, payloadFor(from, to, placed.message),
                                          now, e);
        },
        &error);
    if (!reopened) {
        placed.error = tr("The order could not be queued again: %1").arg(error);
        return placed;
    }
    if (outbox)
        outbox->dispatch();
    placed.ok = true;
    return placed;
}

int EmailOrdering::requeue(QSqlDatabase& db, Outbox* outbox, const QString& connector)
{
    if (!outbox)
        return 0;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT o.idempotency_key, e.recipient, e.sender, e.message FROM supplier_order o "
                       "JOIN supplier_order_email e ON e.supplier_id = o.supplier_id AND e.order_id = o.id "
                       "LEFT JOIN outbox b ON b.idempotency_key = o.idempotency_key "
                       "WHERE o.connector = ? AND b.id IS NULL"));
    q.addBindValue(connector);
    if (!Database::exec(q, "finding e-mailed orders to queue"))
        return 0;
    int n = 0;
    while (q.next()) {
        outbox->enqueue(connector, QLatin1String(kKind),
                        payloadFor(q.value(2).toString(), q.value(1).toString(), q.value(3).toByteArray()),
                        q.value(0).toByteArray());
        ++n;
    }
    return n;
}

std::shared_ptr<OutboxHandler> EmailOrdering::handler()
{
    return std::make_shared<SmtpHandler>();
}

void EmailOrdering::setPassword(const QByteArray& password)
{
    QMutexLocker lock(&g_passwordMutex);
    g_password = password;
}

void EmailOrdering::loadPassword(CredentialStore* credentials, QObject* context)
{
    if (!credentials)
        return;
    credentials->read(QLatin1String(SmtpSettings::kKeychainId), QLatin1String(SmtpSettings::kPasswordKey),
                      context, [](const CredentialStore::Outcome& outcome) {
                          if (outcome.ok())
                              setPassword(outcome.secret);
                          else if (outcome.status == CredentialStore::Status::NotFound)
                              setPassword(QByteArray());
                          else
                              qCWarning(lcEmailOrders, "SMTP password: %s", qUtf8Printable(outcome.message));
                      });
}

std::optional<QByteArray> EmailOrdering::password()
{
    QMutexLocker lock(&g_passwordMutex);
    return g_password;
}

EmailOrdering::Transmission EmailOrdering::transmission(QSqlDatabase& db, const QString& supplierId,
                                                        const QString& orderId)
{
    Transmission t;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT b.state, b.last_error, b.attempts, b.http_status FROM supplier_order o "
                             "JOIN outbox b ON b.idempotency_key = o.idempotency_key "
                             "WHERE o.supplier_id = ? AND o.id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    if (!Database::exec(q, "reading an order's transmission") || !q.next())
        return t;
    t.queued = true;
    t.state = q.value(0).toString();
    t.lastError = q.value(1).toString();
    t.attempts = q.value(2).toInt();
    t.replyCode = q.value(3).toInt();
    return t;
}

QHash<QString, EmailOrdering::Transmission> EmailOrdering::transmissions(QSqlDatabase& db)
{
    QHash<QString, Transmission> all;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // An e-mail stored with the order and not queued yet shows as "pending".
    q.prepare(QStringLiteral("SELECT e.supplier_id, e.order_id, b.state, b.last_error, b.attempts, "
                             "b.http_status FROM supplier_order_email e "
                             "JOIN supplier_order o ON o.supplier_id = e.supplier_id "
                             "AND o.id = e.order_id "
                             "LEFT JOIN outbox b ON b.idempotency_key = o.idempotency_key"));
    if (!Database::exec(q, "reading the e-mailed orders' transmissions"))
        return all;
    while (q.next()) {
        Transmission t;
        t.queued = !q.value(2).isNull();
        t.state = t.queued ? q.value(2).toString() : QStringLiteral("pending");
        t.lastError = q.value(3).toString();
        t.attempts = q.value(4).toInt();
        t.replyCode = q.value(5).toInt();
        all.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), t);
    }
    return all;
}

QString EmailOrdering::recipient(QSqlDatabase& db, const QString& supplierId, const QString& orderId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT recipient FROM supplier_order_email WHERE supplier_id = ? AND order_id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    if (!Database::exec(q, "reading an order's e-mail address") || !q.next())
        return {};
    return q.value(0).toString();
}

QByteArray EmailOrdering::storedMessage(QSqlDatabase& db, const QString& supplierId, const QString& orderId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT message FROM supplier_order_email WHERE supplier_id = ? AND order_id = ?"));
    q.addBindValue(supplierId);
    q.addBindValue(orderId);
    if (!Database::exec(q, "reading an order's e-mail") || !q.next())
        return {};
    return q.value(0).toByteArray();
}

} // namespace Moulin
