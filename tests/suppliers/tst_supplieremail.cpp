// Orders to a supplier without an API, by e-mail: a local SMTP server started
// by the test (tests/tools/smtp_server.py, Debian's python3-aiosmtpd) with
// STARTTLS (a certificate openssl makes now) and AUTH required; the order
// placed through SupplierOrdering::place for a connector configured with
// ordering = email, sent by the outbox over libcurl's SMTP. The message, its
// From / To / Subject and its two attachments (the PDF, the UBL XML identical
// to the stored bytes); a refusal (550, bad password) keeps the order unsent
// with the server's reason; a connection dropped after the server accepted is
// not a reason to send again, one dropped before is.
#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/sync/outbox.h"
#include "smtptestserver.h"
#include "supplierfixtures.h"
#include "suppliers/connectors/email/emailordering.h"
#include "suppliers/connectors/email/ordermail.h"
#include "suppliers/connectors/email/smtpclient.h"
#include "suppliers/connectors/peppol/supplierordering.h"
#include "suppliers/core/supplierstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

namespace {

const QString kConnector = QStringLiteral("local");
const QString kUser = QStringLiteral("lemoulin");
const QString kSupplierEmail = QStringLiteral("commandes@primeurs-doc.fr");

} // namespace

class TestSupplierEmail : public QObject
{
    Q_OBJECT

    QString m_dir;
    QByteArray m_password;
    Test::SmtpTestServer m_server;
    int m_port = 0;

    bool startServer(const QStringList& faults)
    {
        m_port = m_server.start(kUser, QString::fromUtf8(m_password), faults);
        smtp().save();
        return m_port > 0;
    }

    SmtpSettings smtp() const
    {
        SmtpSettings s;
        s.host = QStringLiteral("localhost");
        s.port = m_port;
        s.user = kUser;
        s.sender = QStringLiteral("commandes@lemoulin-lyon.fr");
        s.senderName = QStringLiteral("Le Moulin — commandes");
        s.caFile = m_server.certificate();
        s.timeoutSecs = 10;
        return s;
    }

    QStringList received() const { return m_server.received(); }

    static std::unique_ptr<Outbox> makeOutbox()
    {
        auto outbox = std::make_unique<Outbox>(Outbox::Options{.baseRetryMs = 50, .maxRetryMs = 200});
        outbox->registerHandler(kConnector, QLatin1String(EmailOrdering::kKind), EmailOrdering::handler());
        return outbox;
    }

    Order order(int n) const
    {
        Order o = Test::metroOrder();
        o.id = OrderIdentity::makeOrderId(QDate(2026, 12, 7), n);
        o.supplierId = QStringLiteral("primeurs-doc");
        o.seller.name = QStringLiteral("Primeurs d'Oc SARL");
        return o;
    }

    static std::optional<OutboxItem> waitForOutcome(Outbox* outbox, const QByteArray& key, bool final,
                                                    int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QTest::qWait(50);
            QSqlDatabase db = Database::connection();
            const std::optional<OutboxItem::State> state = Outbox::stateOf(db, key);
            if (!state)
                continue;
            const bool done = *state == OutboxItem::State::Confirmed || *state == OutboxItem::State::Rejected;
            QList<OutboxItem> items;
            if (done || !final) {
                const QList<OutboxItem> all = outbox->items().result();
                for (const OutboxItem& item : all)
                    if (item.idempotencyKey == key && (done || !item.lastError.isEmpty()))
                        return item;
            }
        }
        return std::nullopt;
    }

    static QJsonObject summary(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = Test::freshDataDir(QStringLiteral("supplier-email"));
        AppPaths::setDataDir(m_dir);
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(m_server.init(m_dir));
        m_password = Test::testSecret(QStringLiteral("smtp"));
        EmailOrdering::setPassword(m_password);
        OrderingRoute::save(kConnector, {true, kSupplierEmail});
    }

    void cleanupTestCase() { m_server.stop(); }

    void init()
    {
        EmailOrdering::setPassword(m_password);
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM outbox")));
    }

    void settingsProblems()
    {
        SmtpSettings s;
        s.port = 70000;
        s.sender = QStringLiteral("pas une adresse");
        QCOMPARE(s.problems().size(), 3);
        SmtpSettings good = smtp();
        good.port = 587;
        QVERIFY(good.problems().isEmpty());
    }

    void testButtonLogsIn()
    {
        QVERIFY(startServer({}));
        SmtpResult ok = SmtpClient::test(smtp(), m_password);
        QVERIFY2(ok.accepted, qPrintable(ok.error));
        SmtpResult refused = SmtpClient::test(smtp(), "wrong");
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.replyCode, 535);
        QVERIFY2(refused.error.contains(QStringLiteral("535")), qPrintable(refused.error));
        QVERIFY(received().isEmpty());
    }

    void orderSentWithItsTwoAttachments()
    {
        QVERIFY(startServer({}));
        auto outbox = makeOutbox();
        outbox->start();
        QSqlDatabase db = Database::connection();
        const Order o = order(1);
        const SupplierOrdering::Placed placed = SupplierOrdering::place(db, outbox.get(), kConnector, o);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        QCOMPARE(placed.idempotencyKey, o.identity().idempotencyKey());
        const std::optional<OutboxItem> item = waitForOutcome(outbox.get(), placed.idempotencyKey, true);
        QVERIFY(item);
        QCOMPARE(item->kind, QLatin1String(EmailOrdering::kKind));
        QVERIFY2(item->state == OutboxItem::State::Confirmed, qPrintable(item->lastError));
        QCOMPARE(item->attempts, 1);

        QCOMPARE(received().size(), 1);
        const QJsonObject mail = summary(QDir(m_server.inbox()).filePath(received().constFirst()));
        QCOMPARE(mail.value(QStringLiteral("mailFrom")).toString(),
                 QStringLiteral("commandes@lemoulin-lyon.fr"));
        QCOMPARE(mail.value(QStringLiteral("rcptTos")).toArray(), QJsonArray{kSupplierEmail});
        QCOMPARE(mail.value(QStringLiteral("from")).toString(),
                 QStringLiteral("Le Moulin — commandes <commandes@lemoulin-lyon.fr>"));
        QCOMPARE(mail.value(QStringLiteral("to")).toString(), kSupplierEmail);
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Bon de commande %1 — Le Moulin, livraison le 09/12/2026").arg(o.id));
        QCOMPARE(mail.value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("<%1@lemoulin-lyon.fr>").arg(QString::fromLatin1(placed.idempotencyKey)));
        const QString body = mail.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("bon de commande n° %1").arg(o.id)), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("pour une livraison le 09/12/2026")), qPrintable(body));

        const QJsonArray attachments = mail.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        const QString prefix =
            QDir(m_server.inbox()).filePath(received().constFirst().section(u'.', 0, 0) + u'-');
        QCOMPARE(attachments[0].toObject().value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("application/pdf"));
        const QString pdfName = attachments[0].toObject().value(QStringLiteral("filename")).toString();
        QCOMPARE(pdfName, QStringLiteral("bon-de-commande-%1.pdf").arg(o.id));
        QVERIFY(Test::readFile(prefix + pdfName).startsWith("%PDF-"));
        QCOMPARE(attachments[1].toObject().value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("application/xml"));
        const QString xmlName = attachments[1].toObject().value(QStringLiteral("filename")).toString();
        const std::optional<StoredOrder> stored = SupplierStore::order(db, o.supplierId, o.id);
        QVERIFY(stored);
        QCOMPARE(Test::readFile(prefix + xmlName), stored->ubl);
        QCOMPARE(stored->ubl, placed.ubl);
        QCOMPARE(EmailOrdering::transmission(db, o.supplierId, o.id).state, QStringLiteral("confirmed"));

        // Placing it again (a double click, a restart) sends nothing more.
        QVERIFY(SupplierOrdering::place(db, outbox.get(), kConnector, o).ok);
        QTest::qWait(500);
        QCOMPARE(received().size(), 1);
    }

    void refusedRecipientKeepsTheOrderUnsent()
    {
        QVERIFY(startServer({QStringLiteral("--reject-rcpt"), QStringLiteral("550")}));
        auto outbox = makeOutbox();
        outbox->start();
        QSqlDatabase db = Database::connection();
        const Order o = order(2);
        const SupplierOrdering::Placed placed = SupplierOrdering::place(db, outbox.get(), kConnector, o);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        const std::optional<OutboxItem> item = waitForOutcome(outbox.get(), placed.idempotencyKey, true);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Rejected);
        QCOMPARE(item->httpStatus, 550);
        QVERIFY2(item->lastError.contains(QStringLiteral("550")) &&
                     item->lastError.contains(QStringLiteral("Recipient address rejected")),
                 qPrintable(item->lastError));
        QVERIFY(received().isEmpty());
        // The order is kept, visible, unsent, with the reason.
        const std::optional<StoredOrder> stored = SupplierStore::order(db, o.supplierId, o.id);
        QVERIFY(stored);
        QCOMPARE(stored->status, QStringLiteral("queued"));
        const EmailOrdering::Transmission t = EmailOrdering::transmission(db, o.supplierId, o.id);
        QCOMPARE(t.state, QStringLiteral("rejected"));
        QCOMPARE(t.replyCode, 550);
        QVERIFY(t.lastError.contains(QStringLiteral("550")));

        // Pending orders are retried by the outbox; only a refused one is resent.
        QVERIFY(!EmailOrdering::resend(db, outbox.get(), o.supplierId, QStringLiteral("PO-nope"), QString(),
                                       smtp())
                     .ok);
        // The address corrected: sent again under the same key, once, to it.
        QVERIFY(startServer({}));
        const QString corrected = QStringLiteral("achats@primeurs-doc.fr");
        const EmailOrdering::Placed again =
            EmailOrdering::resend(db, outbox.get(), o.supplierId, o.id, corrected, smtp());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.idempotencyKey, placed.idempotencyKey);
        QTRY_COMPARE_WITH_TIMEOUT(EmailOrdering::transmission(db, o.supplierId, o.id).state,
                                  QStringLiteral("confirmed"), 30000);
        QCOMPARE(received().size(), 1);
        const QJsonObject mail = summary(QDir(m_server.inbox()).filePath(received().constFirst()));
        QCOMPARE(mail.value(QStringLiteral("rcptTos")).toArray(), QJsonArray{corrected});
        QCOMPARE(mail.value(QStringLiteral("to")).toString(), corrected);
        QCOMPARE(mail.value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("<%1@lemoulin-lyon.fr>").arg(QString::fromLatin1(placed.idempotencyKey)));
        const QJsonArray attachments = mail.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        const QString prefix =
            QDir(m_server.inbox()).filePath(received().constFirst().section(u'.', 0, 0) + u'-');
        QCOMPARE(
            Test::readFile(prefix + attachments[1].toObject().value(QStringLiteral("filename")).toString()),
            stored->ubl);
        // Confirmed now: nothing more to resend.
        QVERIFY(!EmailOrdering::resend(db, outbox.get(), o.supplierId, o.id, QString(), smtp()).ok);
    }

    void badPasswordIsKeptAndRetried()
    {
        QVERIFY(startServer({}));
        EmailOrdering::setPassword("not-the-password");
        auto outbox = makeOutbox();
        outbox->start();
        QSqlDatabase db = Database::connection();
        const Order o = order(3);
        const SupplierOrdering::Placed placed = SupplierOrdering::place(db, outbox.get(), kConnector, o);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        const std::optional<OutboxItem> item = waitForOutcome(outbox.get(), placed.idempotencyKey, false);
        QVERIFY(item);
        QVERIFY(item->state == OutboxItem::State::Pending || item->state == OutboxItem::State::Sending);
        QVERIFY2(item->lastError.contains(QStringLiteral("535")) && item->lastError.contains(kUser),
                 qPrintable(item->lastError));
        QVERIFY(received().isEmpty());
        // Once the password is right, the next attempt sends it, once.
        EmailOrdering::setPassword(m_password);
        const std::optional<OutboxItem> sent = waitForOutcome(outbox.get(), placed.idempotencyKey, true);
        QVERIFY(sent);
        QCOMPARE(sent->state, OutboxItem::State::Confirmed);
        QCOMPARE(received().size(), 1);
    }

    void droppedAfterAcceptIsNotSentTwice()
    {
        QVERIFY(startServer({QStringLiteral("--drop-after-accept")}));
        auto outbox = makeOutbox();
        outbox->start();
        QSqlDatabase db = Database::connection();
        const Order o = order(4);
        const SupplierOrdering::Placed placed = SupplierOrdering::place(db, outbox.get(), kConnector, o);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        const std::optional<OutboxItem> item = waitForOutcome(outbox.get(), placed.idempotencyKey, true);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Confirmed);
        QCOMPARE(item->attempts, 1);
        outbox->dispatch();
        QTest::qWait(500);
        QCOMPARE(received().size(), 1);
    }

    void droppedBeforeAcceptIsSentAgainOnce()
    {
        QVERIFY(startServer({QStringLiteral("--drop-first-rcpt")}));
        auto outbox = makeOutbox();
        outbox->start();
        QSqlDatabase db = Database::connection();
        const Order o = order(5);
        const SupplierOrdering::Placed placed = SupplierOrdering::place(db, outbox.get(), kConnector, o);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        const std::optional<OutboxItem> item = waitForOutcome(outbox.get(), placed.idempotencyKey, true);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Confirmed);
        QCOMPARE(item->attempts, 2);
        QCOMPARE(received().size(), 1);
    }

    void notConfiguredIsRefusedBeforeStoring()
    {
        QSqlDatabase db = Database::connection();
        SmtpSettings none = smtp();
        none.sender.clear();
        const EmailOrdering::Placed placed =
            EmailOrdering::place(db, nullptr, kConnector, order(6), kSupplierEmail, none);
        QVERIFY(!placed.ok);
        QVERIFY(!placed.error.isEmpty());
        QVERIFY(!SupplierStore::order(db, order(6).supplierId, order(6).id));
        const EmailOrdering::Placed noAddress =
            EmailOrdering::place(db, nullptr, kConnector, order(6), QString(), smtp());
        QVERIFY(!noAddress.ok);
        QVERIFY(noAddress.error.contains(QStringLiteral("order_email")));
    }

    void requeuedAfterACrashBeforeQueueing()
    {
        // Stored with its message, then Moulin stopped before the outbox
        // had it: attaching again queues it (as an e-mail, never over HTTP).
        QVERIFY(startServer({}));
        QSqlDatabase db = Database::connection();
        QVERIFY(Database::exec(db, QStringLiteral("DELETE FROM supplier_order")));
        const Order o = order(7);
        QVERIFY(EmailOrdering::place(db, nullptr, kConnector, o, kSupplierEmail, smtp()).ok);
        QCOMPARE(SupplierOrdering::requeue(db, nullptr, kConnector), 0);
        auto outbox = makeOutbox();
        QCOMPARE(EmailOrdering::requeue(db, outbox.get(), kConnector), 1);
        outbox->start();
        const std::optional<OutboxItem> item =
            waitForOutcome(outbox.get(), o.identity().idempotencyKey(), true);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Confirmed);
        QCOMPARE(received().size(), 1);
        QCOMPARE(EmailOrdering::requeue(db, outbox.get(), kConnector), 0);
    }
};

QTEST_MAIN(TestSupplierEmail)
#include "tst_supplieremail.moc"
