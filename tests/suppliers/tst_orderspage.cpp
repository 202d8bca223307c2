// Fournisseurs ▸ Commandes (suppliers/ui/orderspage.h): the orders with
// their status in words, filtered by supplier and period; an order's lines
// (ordered, confirmed, delivered, still to come) and the supplier's answers;
// Recommander makes a new draft; an Order Response that names no order sent
// is listed apart and changes no order. An order e-mailed and refused by
// the SMTP server shows the server's reason, stays unsent and visible, and
// Renvoyer… queues it again to a corrected address; Exporter… writes the
// selected order's files into a directory and names them.

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "supplierfixtures.h"
#include "suppliers/connectors/email/emailordering.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/ui/orderspage.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Moulin;

class TestOrdersPage : public QObject
{
    Q_OBJECT

    Order m_order;
    Order m_other;

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(
            QStringLiteral("orders-page-") + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        Supplier local = Test::metro();
        local.id = QStringLiteral("ferme-des-saules");
        local.name = QStringLiteral("Ferme des Saules");
        QVERIFY(SupplierStore::upsertSupplier(db, Test::metro(), QStringLiteral("metro"), now, &error));
        QVERIFY(SupplierStore::upsertSupplier(db, local, QStringLiteral("local"), now, &error));
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY(SupplierStore::upsertProduct(db, {line.product, QString()}, Decimal::fromInt(5), now,
                                                 nullptr, &error));
        // Two orders of this week: METRO's (answered: two lines accepted, the
        // last changed) and the farm's.
        const QDate today = QDate::currentDate();
        m_order = Test::metroOrder();
        m_order.id = OrderIdentity::makeOrderId(today, 1);
        m_order.issueDate = today;
        m_order.deliveryDate = today.addDays(2);
        m_order.validUntil = today.addDays(1);
        QVERIFY(SupplierStore::insertOrder(db, m_order, QStringLiteral("metro"),
                                           UblOrderWriter::write(m_order), now, &error));
        m_other = m_order;
        m_other.id = OrderIdentity::makeOrderId(today, 2);
        m_other.supplierId = local.id;
        m_other.lines = m_order.lines.mid(0, 2);
        QVERIFY(SupplierStore::insertOrder(db, m_other, QStringLiteral("local"),
                                           UblOrderWriter::write(m_other), now.addSecs(5), &error));
        OrderResponse answer;
        answer.id = QStringLiteral("OR-1");
        answer.issueDate = today;
        answer.orderId = m_order.id;
        answer.code = OrderResponse::Code::ConditionallyAccepted;
        answer.note = QStringLiteral("Entrecôte : 4 kg seulement");
        OrderResponse::Line changed;
        changed.orderLineId = m_order.lines.at(4).id;
        changed.status = OrderResponse::Line::Status::Changed;
        changed.quantity = Decimal::fromInt(4);
        answer.lines = {changed};
        QVERIFY(SupplierStore::applyOrderResponse(db, m_order.supplierId, answer, "<OrderResponse/>", now,
                                                  &error));
        // An answer to an order Moulin never sent.
        OrderResponse stray;
        stray.id = QStringLiteral("OR-2");
        stray.issueDate = today;
        stray.orderId = QStringLiteral("PO-19990101-0042");
        stray.code = OrderResponse::Code::Rejected;
        QVERIFY(SupplierStore::applyOrderResponse(db, m_order.supplierId, stray, "<OrderResponse/>", now,
                                                  &error));
    }

    void cleanup() { Database::closeConnection(); }

    void listsOrdersWithTheirStatusAndDetail()
    {
        OrdersPage page;
        QCOMPARE(page.listedOrders().size(), 2);
        QTableWidget* orders = page.ordersTable();
        QCOMPARE(orders->item(0, 0)->text(), m_other.id); // newest first
        QCOMPARE(orders->item(1, 0)->text(), m_order.id);
        QCOMPARE(orders->item(1, 4)->text(), OrdersPage::statusLabel(QStringLiteral("changed")));
        QCOMPARE(orders->item(0, 4)->text(), OrdersPage::statusLabel(QStringLiteral("queued")));
        QVERIFY(OrdersPage::statusLabel(QStringLiteral("partially_despatched")) !=
                OrdersPage::statusLabel(QStringLiteral("despatched")));

        QVERIFY(page.selectOrder(m_order.supplierId, m_order.id));
        QTableWidget* lines = page.linesTable();
        QCOMPARE(lines->rowCount(), m_order.lines.size());
        QCOMPARE(lines->item(4, 0)->text(), m_order.lines.at(4).sku);
        QVERIFY2(lines->item(4, 3)->text().startsWith(QStringLiteral("4 ")),
                 qPrintable(lines->item(4, 3)->text()));
        QCOMPARE(lines->item(4, 6)->text(), OrdersPage::lineStatusLabel(QStringLiteral("changed")));
        QCOMPARE(page.responsesTable()->rowCount(), 1);
        QCOMPARE(page.responsesTable()->item(0, 0)->text(), OrdersPage::responseLabel(QStringLiteral("CA")));
        QCOMPARE(page.responsesTable()->item(0, 3)->text(), QStringLiteral("Entrecôte : 4 kg seulement"));
        auto* responsesHint =
            page.responsesTable()->findChild<TableEmptyHint*>(QStringLiteral("orderHistoryResponsesEmpty"));
        QVERIFY(responsesHint);
        QVERIFY(!responsesHint->isShown());
        // An order not answered yet: its empty answers table says so.
        QVERIFY(page.selectOrder(m_other.supplierId, m_other.id));
        QCOMPARE(page.responsesTable()->rowCount(), 0);
        QVERIFY(responsesHint->isShown());
        QVERIFY(!responsesHint->text().isEmpty());

        // By supplier, by period.
        page.supplierFilter()->setCurrentIndex(page.supplierFilter()->findData(m_other.supplierId));
        QCOMPARE(page.listedOrders().size(), 1);
        QCOMPARE(page.listedOrders().first().id, m_other.id);
        page.supplierFilter()->setCurrentIndex(0);
        QCOMPARE(page.listedOrders().size(), 2);
        page.fromEdit()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(page.listedOrders().size(), 0);
        QCOMPARE(page.linesTable()->rowCount(), 0);
        auto* ordersHint =
            page.ordersTable()->findChild<TableEmptyHint*>(QStringLiteral("orderHistoryEmpty"));
        QVERIFY(ordersHint);
        QVERIFY(ordersHint->isShown());
        QVERIFY(page.linesTable()
                    ->findChild<TableEmptyHint*>(QStringLiteral("orderHistoryLinesEmpty"))
                    ->isShown());
        QVERIFY(!responsesHint->isShown()); // no order chosen: nothing to say about answers
    }

    void anAnswerToNoOrderIsListedApartAndAppliedToNothing()
    {
        OrdersPage page;
        QTableWidget* unmatched = page.unmatchedTable();
        QCOMPARE(unmatched->rowCount(), 1);
        QVERIFY(!unmatched->findChild<TableEmptyHint*>(QStringLiteral("unmatchedResponsesEmpty"))->isShown());
        QCOMPARE(unmatched->item(0, 1)->text(), Test::metro().name); // named, not its id
        QCOMPARE(unmatched->item(0, 2)->text(), QStringLiteral("PO-19990101-0042"));
        QCOMPARE(unmatched->item(0, 3)->text(), OrdersPage::responseLabel(QStringLiteral("RE")));
        QVERIFY(unmatched->item(0, 4)->text().contains(QStringLiteral("PO-19990101-0042")));
        // No order was refused by it.
        for (const StoredOrder& o : page.listedOrders())
            QVERIFY(o.status != QLatin1String("rejected"));
    }

    void orderAgainMakesADraft()
    {
        OrdersPage page;
        QVERIFY(page.selectOrder(m_order.supplierId, m_order.id));
        QSignalSpy drafted(&page, &OrdersPage::draftCreated);
        QVERIFY(page.reorderButton()->isEnabled());
        page.reorderButton()->click();
        QCOMPARE(drafted.size(), 1);
        QSqlDatabase db = Database::connection();
        const std::optional<OrderDraft> draft = OrderDraftStore::load(db, drafted.at(0).at(0).toLongLong());
        QVERIFY(draft);
        QCOMPARE(draft->supplier.id, m_order.supplierId);
        QCOMPARE(draft->lines.size(), m_order.lines.size());
        QCOMPARE(draft->lines.at(4).quantity.quantity, m_order.lines.at(4).quantity); // as ordered
    }

    void aRefusedEmailOrderShowsWhyAndIsResent()
    {
        QSqlDatabase db = Database::connection();
        Order mailed = m_other;
        mailed.id = OrderIdentity::makeOrderId(QDate::currentDate(), 3);
        SmtpSettings smtp;
        smtp.host = QStringLiteral("localhost");
        smtp.sender = QStringLiteral("commandes@lemoulin-lyon.fr");
        const EmailOrdering::Placed placed =
            EmailOrdering::place(db, nullptr, QStringLiteral("local"), mailed,
                                 QStringLiteral("comandes@ferme-des-saules.fr"), smtp);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        // The outbox's handler met a 550 for the recipient.
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO outbox (connector, kind, idempotency_key, payload, state, attempts, "
                           "last_error, http_status, created_at, updated_at) "
                           "VALUES ('local', ?, ?, '{}', 'rejected', 1, ?, 550, ?, ?)"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        q.addBindValue(QLatin1String(EmailOrdering::kKind));
        q.addBindValue(QString::fromLatin1(placed.idempotencyKey));
        q.addBindValue(
            QStringLiteral("550 5.1.1 <comandes@ferme-des-saules.fr>: Recipient address rejected"));
        q.addBindValue(now);
        q.addBindValue(now);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        OrdersPage page;
        QCOMPARE(page.listedOrders().size(), 3);
        int row = -1;
        for (int i = 0; i < page.listedOrders().size(); ++i)
            if (page.listedOrders().at(i).id == mailed.id)
                row = i;
        QVERIFY(row >= 0);
        const QString listed = page.ordersTable()->item(row, 4)->text();
        QVERIFY2(listed.contains(QStringLiteral("550")), qPrintable(listed));
        QVERIFY2(page.ordersTable()->item(row, 4)->toolTip().contains(
                     QStringLiteral("Recipient address rejected")),
                 qPrintable(page.ordersTable()->item(row, 4)->toolTip()));
        QCOMPARE(page.listedOrders().at(row).status, QStringLiteral("queued")); // unsent, kept

        // A plain order: no transmission line, no Resend.
        QVERIFY(page.selectOrder(m_order.supplierId, m_order.id));
        QVERIFY(page.transmissionLabel()->isHidden());
        QVERIFY(!page.resendButton()->isEnabled());

        QVERIFY(page.selectOrder(mailed.supplierId, mailed.id));
        QVERIFY(!page.transmissionLabel()->isHidden());
        const QString detail = page.transmissionLabel()->text();
        QVERIFY2(detail.contains(QStringLiteral("comandes@ferme-des-saules.fr")) &&
                     detail.contains(QStringLiteral("550 5.1.1")) &&
                     detail.contains(QStringLiteral("Recipient address rejected")),
                 qPrintable(detail));
        QVERIFY(page.resendButton()->isEnabled());
        // Not "queued" in the detail either: refused, with the code.
        QVERIFY2(page.detailTitle()->text().contains(QStringLiteral("550")),
                 qPrintable(page.detailTitle()->text()));
        page.resize(1400, 800);
        page.grab().save(QDir::temp().filePath(QStringLiteral("orderspage-refused.png")));

        // Not an address: refused on the page, nothing changes.
        QString offered;
        page.setAddressPrompt([&offered](const QString& current) -> std::optional<QString> {
            offered = current;
            return QStringLiteral("commandes ferme-des-saules.fr");
        });
        page.resendButton()->click();
        QCOMPARE(offered, QStringLiteral("comandes@ferme-des-saules.fr"));
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("commandes ferme-des-saules.fr")),
                 qPrintable(page.messageLabel()->text()));
        QCOMPARE(EmailOrdering::transmission(db, mailed.supplierId, mailed.id).state,
                 QStringLiteral("rejected"));

        // Cancelled: nothing either.
        page.setAddressPrompt([](const QString&) -> std::optional<QString> { return std::nullopt; });
        page.resendButton()->click();
        QCOMPARE(EmailOrdering::transmission(db, mailed.supplierId, mailed.id).state,
                 QStringLiteral("rejected"));

        // The corrected address: queued again under the same key, to it.
        page.setAddressPrompt([](const QString&) -> std::optional<QString> {
            return QStringLiteral("commandes@ferme-des-saules.fr");
        });
        page.resendButton()->click();
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("commandes@ferme-des-saules.fr")),
                 qPrintable(page.messageLabel()->text()));
        const EmailOrdering::Transmission t = EmailOrdering::transmission(db, mailed.supplierId, mailed.id);
        QCOMPARE(t.state, QStringLiteral("pending"));
        QCOMPARE(EmailOrdering::recipient(db, mailed.supplierId, mailed.id),
                 QStringLiteral("commandes@ferme-des-saules.fr"));
        QVERIFY(!page.resendButton()->isEnabled());
        QVERIFY2(page.transmissionLabel()->text().contains(
                     OrdersPage::transmissionLabel(QStringLiteral("pending"), 0, {})),
                 qPrintable(page.transmissionLabel()->text()));
    }

    void exportWritesTheSelectedOrdersFiles()
    {
        OrdersPage page;
        QVERIFY(page.selectOrder(m_order.supplierId, m_order.id));
        QVERIFY(page.exportButton()->isEnabled());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Cancelled: nothing written.
        page.setDirectoryPrompt([] { return QString(); });
        page.exportButton()->click();
        QVERIFY(QDir(dir.path()).isEmpty());

        page.setDirectoryPrompt([&dir] { return dir.path(); });
        page.exportEancomCheck()->setChecked(true);
        page.exportButton()->click();
        const QDir supplierDir(QDir(dir.path()).filePath(m_order.supplierId));
        const QStringList written = supplierDir.entryList(QDir::Files, QDir::Name);
        QCOMPARE(written.size(), 3); // PDF, UBL, EANCOM; only this order
        const QString message = page.messageLabel()->text();
        for (const QString& name : written) {
            QVERIFY(name.contains(m_order.id));
            QVERIFY2(message.contains(QDir::toNativeSeparators(supplierDir.filePath(name))),
                     qPrintable(message));
        }
        QVERIFY(written.contains(m_order.id + QStringLiteral(".edi")));
        QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(m_other.supplierId)));
    }

    void readsOnAWorkerAndSelectsAnOrderOnceListed()
    {
        DbWorker worker;
        OrdersPage page;
        QCOMPARE(page.listedOrders().size(), 2);
        page.setWorker(&worker);
        // A third order, placed meanwhile: asked to be selected before the read brings it.
        Order third = m_order;
        third.id = OrderIdentity::makeOrderId(QDate::currentDate(), 3);
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY(SupplierStore::insertOrder(db, third, QStringLiteral("metro"), UblOrderWriter::write(third),
                                           QDateTime::currentDateTimeUtc().addSecs(10), &error));
        page.reload();
        QVERIFY(!page.selectOrder(third.supplierId, third.id) || page.listedOrders().size() == 3);
        QTRY_COMPARE_WITH_TIMEOUT(page.listedOrders().size(), 3, 10000);
        QCOMPARE(page.detailTitle()->text().contains(third.id), true);
        QCOMPARE(page.ordersTable()->currentRow(), 0);
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
