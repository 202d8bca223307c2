#pragma once

#include "common/sync/outbox.h"
#include "suppliers/connectors/email/smtpclient.h"
#include "suppliers/core/order.h"
#include "suppliers/core/ublvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Moulin {

class CredentialStore;

/// How a supplier connector's orders leave: over its HTTP interface
/// (PEPPOL UBL, the default) or by e-mail. Settings:
/// suppliers/<connector>/ordering = "email" and
/// suppliers/<connector>/order_email = the supplier's order address.
struct OrderingRoute
{
    bool email = false;
    QString orderEmail;

    static OrderingRoute forConnector(const QString& connectorId);
    static void save(const QString& connectorId, const OrderingRoute& route);
    /// "name@domain.tld", one address, no display name or spaces.
    static bool isEmailAddress(const QString& text);
};

/// Sending an order by e-mail, exactly once: the UBL Order is written and
/// validated as for the HTTP interface, the PDF drawn, the message composed
/// (OrderMail) and stored with the order in one transaction, then queued
/// in the outbox (kind "supplier_order_email") under the order's
/// idempotency key. The outbox's handler sends the stored message over SMTP
/// on a worker thread; an SMTP refusal keeps the order unsent with the
/// server's code and words (the outbox item's last error), a lost
/// connection is retried, and a message the server accepted is never sent
/// again.
class EmailOrdering
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::EmailOrdering)

public:
    static constexpr const char* kKind = "supplier_order_email";

    struct Placed
    {
        bool ok = false;
        QString error; ///< translated
        QList<UblIssue> issues;
        QByteArray idempotencyKey;
        QByteArray ubl;
        QByteArray message;
    };

    /// Needs a QGuiApplication (the PDF's fonts). `smtp`: the sender; the
    /// other fields are read when sending.
    static Placed place(QSqlDatabase& db, Outbox* outbox, const QString& connector, const Order& order,
                        const QString& recipient, const SmtpSettings& smtp);
    /// Sends an e-mailed order the server refused for good again (the
    /// user corrected the supplier's address, or the server's problem is
    /// fixed), under the same key: to `recipient` (empty: the same address),
    /// the message composed anew when the address or the sender changed
    /// (needs a QGuiApplication), then its outbox write reopened. Only a
    /// refused order: one still pending is retried by the outbox itself.
    static Placed resend(QSqlDatabase& db, Outbox* outbox, const QString& supplierId, const QString& orderId,
                         const QString& recipient, const SmtpSettings& smtp);
    /// Queues again every e-mailed order of `connector` the outbox does not hold.
    static int requeue(QSqlDatabase& db, Outbox* outbox, const QString& connector);
    /// The outbox's SMTP handler (settings read at every attempt, the
    /// password from setPassword()/loadPassword()).
    static std::shared_ptr<OutboxHandler> handler();

    /// The SMTP password for every handler (tests, the settings page).
    static void setPassword(const QByteArray& password);
    /// Reads it from the keychain (asynchronously).
    static void loadPassword(CredentialStore* credentials, QObject* context);
    static std::optional<QByteArray> password();

    /// Where an e-mailed order is: the outbox's state and last error.
    struct Transmission
    {
        bool queued = false;
        QString state; ///< pending, sending, confirmed, rejected
        QString lastError;
        int attempts = 0;
        int replyCode = 0;
    };
    static Transmission transmission(QSqlDatabase& db, const QString& supplierId, const QString& orderId);
    /// Every e-mailed order's transmission, by supplier id + '\n' + order id.
    static QHash<QString, Transmission> transmissions(QSqlDatabase& db);
    /// The address an e-mailed order was sent to (empty: none).
    static QString recipient(QSqlDatabase& db, const QString& supplierId, const QString& orderId);
    /// The stored message of an e-mailed order (empty: none).
    static QByteArray storedMessage(QSqlDatabase& db, const QString& supplierId, const QString& orderId);
};

} // namespace Moulin
