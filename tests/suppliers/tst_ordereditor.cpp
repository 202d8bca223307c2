// The order editor (suppliers/ui/ordereditorpage.h) driven by the keyboard
// only, offscreen, against the sandbox's METRO over real HTTP: the catalogue
// synchronised by the runtime, a product typed, Enter, a quantity, Enter…,
// a quantity changed in place, a line deleted, Ctrl+Enter, Enter — and the
// sandbox holds exactly one valid order with those lines. Also: the draft
// survives a new page (a restart), a refused delivery day blocks the send,
// and the Commandes page lists the order with its status in words.

#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/core/restaurantidentity.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/outbox.h"
#include "keychainsupport.h"
#include "sandbox/core/sandboxserver.h"
#include "supplierfixtures.h"
#include "suppliers/connectors/peppol/sandboxsuppliers.h"
#include "suppliers/connectors/peppol/standardsuppliermodule.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderreader.h"
#include "suppliers/core/ublvalidator.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/orderspage.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace Moulin;

namespace {

const QString kMetro = QStringLiteral("metro");
const QByteArray kClient = "moulin-order-editor-test";

/// (article number, quantity) of each line of a UBL Order.
QList<std::pair<QString, QString>> linesOf(const QByteArray& ubl)
{
    QList<std::pair<QString, QString>> out;
    Ubl::ReadError error;
    if (const std::optional<Order> order = UblOrderReader::read(ubl, &error)) {
        for (const OrderLine& line : order->lines)
            out.append({line.sku, line.quantity.toString()});
    }
    return out;
}

} // namespace

class TestOrderEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxSuppliers* m_sandbox = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConnectorRuntime> m_runtime;

    QByteArray secret() const { return Test::testSecret(QStringLiteral("supplier-order-editor")); }

    void configureMetro()
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("supplier_type");
        c.typeName = QStringLiteral("Metro");
        c.connectorId = kMetro;
        c.apiUrl = m_server->baseUrl().resolved(QUrl(SandboxSuppliers::basePath(kMetro)));
        c.storeId = QStringLiteral("CLIENT-0069-123456");
        c.authMethod = QStringLiteral("hmac");
        c.clientId = QString::fromLatin1(kClient);
        c.retryAttempts = 2;
        c.feeds = {{QStringLiteral("catalogue"), true, 1440},
                   {QStringLiteral("orders"), true, 15},
                   {QStringLiteral("deliveries"), true, 30}};
        QVERIFY(Test::saveSecret(*m_credentials, kMetro, secret()).ok());
        QVERIFY(ConnectorSettings::save(c));
        m_sandbox->setClient(kMetro, kClient, secret());
    }

    void syncMetro()
    {
        QSignalSpy finished(m_runtime.get(), &ConnectorRuntime::feedFinished);
        QVERIFY(m_runtime->syncNow(kMetro) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 4, 120000); // catalogue, orders, deliveries, invoices
        for (const QList<QVariant>& args : std::as_const(finished)) {
            const auto s = args.at(0).value<FeedRunSummary>();
            QVERIFY2(s.ok, qPrintable(s.feed + u' ' + s.error));
        }
    }

    /// A product of `supplierId` with a GTIN sold by the pack only (else by
    /// the kg, as `packOnly` says), not one of `notSkus`.
    static std::optional<Product> pick(const QString& supplierId, bool packOnly, const QStringList& notSkus)
    {
        QSqlDatabase db = Database::connection();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT sku FROM supplier_product WHERE supplier_id = ? AND sold_by_pack_only = ? "
                           "AND gtin <> '' AND (? = 1 OR unit_code = 'KGM') ORDER BY sku"));
        q.addBindValue(supplierId);
        q.addBindValue(packOnly ? 1 : 0);
        q.addBindValue(packOnly ? 1 : 0);
        if (!q.exec())
            return std::nullopt;
        while (q.next()) {
            const QString sku = q.value(0).toString();
            if (notSkus.contains(sku))
                continue;
            if (const std::optional<CatalogueItem> item = SupplierStore::product(db, supplierId, sku))
                return item->product;
        }
        return std::nullopt;
    }

    /// Types `search` in the product field, moves down the matches until
    /// `sku`'s is current, Enter, types `quantity`, Enter.
    static void typeLine(OrderEditorPage& page, const QString& search, const QString& sku,
                         const QString& quantity)
    {
        QTest::keyClicks(page.searchEdit(), search);
        QListWidget* matches = page.matchList();
        QVERIFY2(matches->count() > 0, qPrintable(search));
        for (int i = 0; i < matches->count() && !matches->currentItem()->text().endsWith(sku); ++i)
            QTest::keyClick(page.searchEdit(), Qt::Key_Down);
        QVERIFY2(matches->currentItem()->text().endsWith(sku), qPrintable(matches->currentItem()->text()));
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QTest::keyClicks(page.quantityEdit(), quantity);
        QTest::keyClick(page.quantityEdit(), Qt::Key_Return);
        QVERIFY2(page.searchEdit()->text().isEmpty(), qPrintable(page.statusText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        registerSupplierConnectors();
        m_server = std::make_unique<SandboxServer>(43);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_sandbox = SandboxSuppliers::of(m_server.get());
        m_credentials = std::make_unique<CredentialStore>();
    }

    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("order-editor-") +
                                                QString::fromLatin1(QTest::currentTestFunction())));
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_sandbox->reset();
        m_server->clearFaults();
        m_server->resetStats();
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            RestaurantIdentity::demo().write(*settings);
        }
        configureMetro();
        m_runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
        m_runtime->reload();
        QTRY_VERIFY_WITH_TIMEOUT(StandardSupplierModule::signingReady(kMetro), 10000);
        syncMetro();
    }

    void cleanup()
    {
        m_runtime.reset();
        Database::closeConnection();
    }

    void cleanupTestCase() { m_server.reset(); }

    void keyboardOrderReachesTheSupplierExactlyOnce()
    {
        QSqlDatabase db = Database::connection();
        const QList<Supplier> suppliers = SupplierStore::suppliers(db, kMetro);
        QVERIFY(!suppliers.isEmpty());
        const Supplier supplier = suppliers.first();

        OrderEditorPage page;
        page.setRuntime(m_runtime.get());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.draft().supplier.id, supplier.id);
        // The next possible delivery is preselected, its cut-off counted down.
        QCOMPARE(page.deliveryEdit()->date(), supplier.nextDelivery(QDateTime::currentDateTime()));
        const QDateTime cutoff = supplier.cutoffFor(page.deliveryEdit()->date());
        QVERIFY2(page.cutoffText().contains(cutoff.toString(QStringLiteral("HH:mm"))) &&
                     page.cutoffText().contains(
                         OrderEditorPage::countdown(QDateTime::currentDateTime().secsTo(cutoff)).left(4)),
                 qPrintable(page.cutoffText()));

        // No line yet: a neutral hint in the empty table, not a red error; still no sending.
        QVERIFY(page.draft().lines.isEmpty());
        auto* hint = page.linesTable()->findChild<TableEmptyHint*>(QStringLiteral("orderLinesEmpty"));
        QVERIFY(hint);
        QVERIFY(hint->isShown());
        QVERIFY(!hint->text().isEmpty());
        auto* issuesLabel = page.findChild<QLabel*>(QStringLiteral("orderIssues"));
        QVERIFY(issuesLabel);
        const QString noLine = OrderDraft::tr("The order has no line yet.");
        QVERIFY2(!issuesLabel->text().contains(noLine), qPrintable(issuesLabel->text()));
        QVERIFY(page.issuesText().contains(noLine));
        QVERIFY(!page.draft().canSend(QDateTime::currentDateTime()));

        const std::optional<Product> first = pick(supplier.id, true, {});
        QVERIFY(first);
        const std::optional<Product> second = pick(supplier.id, true, {first->sku});
        QVERIFY(second);
        const std::optional<Product> third = pick(supplier.id, true, {first->sku, second->sku});
        QVERIFY(third);
        const std::optional<Product> byWeight = pick(supplier.id, false, {});

        // By a few words of its name, by its article number, by its GTIN.
        // (accents folded: « creme » finds « Crème »; QTest types ASCII only)
        QString name = SupplierStore::foldForSearch(first->name);
        for (QChar& c : name) {
            if (c.unicode() > 126)
                c = u' ';
        }
        typeLine(page, name, first->sku, QStringLiteral("2"));
        if (QTest::currentTestFailed())
            return;
        typeLine(page, second->sku, second->sku, QStringLiteral("1"));
        typeLine(page, third->gtin, third->sku, QStringLiteral("2,5")); // → 3 packs, said so
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page.draft().lines.size(), 3);
        QVERIFY(!hint->isShown());
        QCOMPARE(page.draft().lines.at(2).quantity.quantity, Decimal::fromInt(3));
        QVERIFY(page.draft().lines.at(2).quantity.isRounded());
        QVERIFY(!page.linesTable()->item(2, 7)->text().isEmpty()); // the note, in the line
        QStringList expectedSkus{first->sku, second->sku, third->sku};
        QStringList expectedQuantities{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3")};
        if (byWeight) {
            typeLine(page, byWeight->sku, byWeight->sku, QStringLiteral("1,5 kg"));
            QCOMPARE(page.draft().lines.last().quantity.unit, OrderLine::Unit::Units);
            expectedSkus << byWeight->sku;
            expectedQuantities << QStringLiteral("1.5");
        }
        // A bad quantity is refused in words, and nothing is added.
        QTest::keyClicks(page.searchEdit(), second->sku);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QTest::keyClicks(page.quantityEdit(), QStringLiteral("beaucoup"));
        QTest::keyClick(page.quantityEdit(), Qt::Key_Return);
        QVERIFY2(page.statusText().contains(QStringLiteral("beaucoup")), qPrintable(page.statusText()));
        QCOMPARE(page.draft().lines.size(), expectedSkus.size());
        QTest::keyClick(page.quantityEdit(), Qt::Key_Escape);
        QTest::keyClick(page.searchEdit(), Qt::Key_Escape);

        // The second line's quantity typed over in the table: 1 → 4.
        QTableWidget* lines = page.linesTable();
        lines->setFocus();
        lines->setCurrentCell(1, 2);
        QTest::keyClick(lines, Qt::Key_4);
        auto* editor = lines->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(page.draft().lines.at(1).quantity.quantity, Decimal::fromInt(4));
        expectedQuantities[1] = QStringLiteral("4");
        // The first line deleted.
        QTRY_VERIFY(!lines->viewport()->findChild<QLineEdit*>() ||
                    !lines->viewport()->findChild<QLineEdit*>()->isVisible());
        lines->setCurrentCell(0, 1);
        QTest::keyClick(lines, Qt::Key_Delete);
        QCOMPARE(page.draft().lines.size(), expectedSkus.size() - 1);
        expectedSkus.removeFirst();
        expectedQuantities.removeFirst();

        // Totals, franco gauge, the warning below franco, all in words.
        const DraftTotals totals = page.draft().totals(QDate::currentDate());
        QVERIFY2(page.totalsText().contains(OrderDraft::money(totals.order.taxInclusive)),
                 qPrintable(page.totalsText()));
        if (supplier.franco > Decimal()) {
            QVERIFY(page.francoGauge()->isVisible());
            QCOMPARE(page.francoGauge()->maximum(), int(supplier.franco.toCents()));
            if (!totals.francoReached)
                QVERIFY2(page.issuesText().contains(OrderDraft::money(totals.francoRemaining)),
                         qPrintable(page.issuesText()));
        }

        // The draft is in the database as typed: a new page (a restart) shows it.
        {
            OrderEditorPage again;
            QCOMPARE(again.draft().id, page.draft().id);
            QCOMPARE(again.draft().lines.size(), page.draft().lines.size());
            for (int i = 0; i < again.draft().lines.size(); ++i)
                QCOMPARE(again.draft().lines.at(i).quantity.quantity,
                         page.draft().lines.at(i).quantity.quantity);
        }

        // Ctrl+Enter asks, Enter sends.
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(page.confirmBar()->isVisible(), qPrintable(page.issuesText() + u'\n' + page.statusText()));
        QTest::keyClick(page.confirmButton(), Qt::Key_Return);
        QVERIFY(!page.confirmBar()->isVisible());
        QVERIFY2(page.statusText().contains(QStringLiteral("PO-")), qPrintable(page.statusText()));
        QVERIFY(page.draft().lines.isEmpty()); // a fresh draft
        QVERIFY(OrderDraftStore::drafts(db).isEmpty());
        // Ctrl+Enter again: nothing to send, nothing sent.
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page.confirmBar()->isVisible());

        const QList<StoredOrder> stored = SupplierStore::orders(db, kMetro);
        QCOMPARE(stored.size(), 1);
        const StoredOrder& order = stored.first();
        if (!m_runtime->outbox()->isStarted())
            m_runtime->outbox()->start();
        QTRY_VERIFY_WITH_TIMEOUT(Outbox::stateOf(db, order.idempotencyKey) == OutboxItem::State::Confirmed,
                                 60000);
        QTest::qWait(300);

        const QList<SandboxSuppliers::ReceivedOrder> received = m_sandbox->orders(kMetro);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().orderId, order.id);
        QCOMPARE(received.first().idempotencyKey, order.idempotencyKey);
        QCOMPARE(received.first().ubl, order.ubl);
        const QList<UblIssue> issues = UblOrderValidator::validate(received.first().ubl);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        const QList<std::pair<QString, QString>> sentLines = linesOf(received.first().ubl);
        QCOMPARE(sentLines.size(), expectedSkus.size());
        for (int i = 0; i < sentLines.size(); ++i) {
            QCOMPARE(sentLines.at(i).first, expectedSkus.at(i));
            QCOMPARE(sentLines.at(i).second, expectedQuantities.at(i));
        }
        QVERIFY(received.first().ubl.contains("84291735300018")); // the restaurant, as the buyer

        // Commandes lists it, its status in words.
        OrdersPage orders;
        QCOMPARE(orders.listedOrders().size(), 1);
        QCOMPARE(orders.ordersTable()->item(0, 0)->text(), order.id);
        QCOMPARE(orders.ordersTable()->item(0, 4)->text(), OrdersPage::statusLabel(order.status));
        QCOMPARE(orders.linesTable()->rowCount(), expectedSkus.size());
        // …and Recommander makes a new draft with the same lines.
        QSignalSpy drafted(&orders, &OrdersPage::draftCreated);
        QTest::keyClick(orders.reorderButton(), Qt::Key_Space);
        QCOMPARE(drafted.size(), 1);
        QVERIFY(page.openDraft(drafted.at(0).at(0).toLongLong()));
        QCOMPARE(page.draft().lines.size(), expectedSkus.size());
        QVERIFY(page.draft().reservedOrderId.isEmpty());
    }

    void aClosedDayBlocksTheSend()
    {
        QSqlDatabase db = Database::connection();
        const Supplier supplier = SupplierStore::suppliers(db, kMetro).first();
        OrderEditorPage page;
        page.setRuntime(m_runtime.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const std::optional<Product> product = pick(supplier.id, true, {});
        QVERIFY(product);
        typeLine(page, product->sku, product->sku, QStringLiteral("1"));
        if (QTest::currentTestFailed())
            return;
        // A sync landing meanwhile (the tab reloads the page) keeps what is being typed.
        QTest::keyClicks(page.searchEdit(), QStringLiteral("crem"));
        page.reload();
        QCOMPARE(page.searchEdit()->text(), QStringLiteral("crem"));
        QCOMPARE(page.draft().lines.size(), 1);
        QTest::keyClick(page.searchEdit(), Qt::Key_Escape);
        QVERIFY(page.searchEdit()->text().isEmpty());
        QDate closed = QDate::currentDate().addDays(1);
        for (int i = 0; i < 7 && supplier.deliversOn(closed); ++i)
            closed = closed.addDays(1);
        if (supplier.deliversOn(closed))
            QSKIP("the sandbox's supplier delivers every day");
        page.deliveryEdit()->setDate(closed);
        QVERIFY(!page.sendButton()->isEnabled());
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page.confirmBar()->isVisible());
        const QString next =
            QLocale().toString(supplier.nextDelivery(QDateTime::currentDateTime()), QLocale::LongFormat);
        QVERIFY2(page.issuesText().contains(next), qPrintable(page.issuesText()));
        QVERIFY(SupplierStore::orders(db, kMetro).isEmpty());
        QCOMPARE(m_sandbox->orders(kMetro).size(), 0);
    }

    void aPromotionCountsOnItsDeliveryDay()
    {
        // The sandbox gives a few METRO products a promotion of the week: the
        // line is priced with it for a delivery inside it, without it after.
        QSqlDatabase db = Database::connection();
        const Supplier supplier = SupplierStore::suppliers(db, kMetro).first();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sku FROM supplier_product WHERE promo_unit_price_micros IS NOT "
                                      "NULL AND supplier_id = '%1' ORDER BY sku LIMIT 1")
                           .arg(supplier.id)));
        QVERIFY(q.next());
        const std::optional<CatalogueItem> item =
            SupplierStore::product(db, supplier.id, q.value(0).toString());
        QVERIFY(item && item->product.promotion);
        const Promotion promo = *item->product.promotion;
        OrderEditorPage page;
        page.setRuntime(m_runtime.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QDate inside = promo.from;
        while (inside <= promo.to && !supplier.deliversOn(inside))
            inside = inside.addDays(1);
        QDate after = promo.to.addDays(1);
        while (!supplier.deliversOn(after))
            after = after.addDays(1);
        QVERIFY(inside <= promo.to);
        page.deliveryEdit()->setDate(inside);
        // An empty order costs nothing (no delivery fee shown).
        QVERIFY2(!page.totalsText().contains(OrderDraft::money(supplier.deliveryFee)),
                 qPrintable(page.totalsText()));
        typeLine(page, item->product.sku, item->product.sku, QStringLiteral("1"));
        if (QTest::currentTestFailed())
            return;
        const QString promoPrice = page.linesTable()->item(0, 4)->text();
        QVERIFY2(promoPrice.contains(QStringLiteral("(promo)")), qPrintable(promoPrice));
        QVERIFY2(promoPrice.startsWith(OrderDraft::money(item->product.soldByPackOnly
                                                             ? promo.unitPrice * item->product.packSize
                                                             : promo.unitPrice)),
                 qPrintable(promoPrice));
        QVERIFY(page.linesTable()->item(0, 4)->toolTip().contains(promo.label));
        page.deliveryEdit()->setDate(after);
        const QString usual = page.linesTable()->item(0, 4)->text();
        QVERIFY2(!usual.contains(QStringLiteral("promo")), qPrintable(usual));
        QVERIFY2(usual.startsWith(OrderDraft::money(item->product.soldByPackOnly
                                                        ? item->product.unitPrice * item->product.packSize
                                                        : item->product.unitPrice)),
                 qPrintable(usual));
    }

    void nothingMatchingIsSaidInTheList()
    {
        OrderEditorPage page;
        page.setRuntime(m_runtime.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.draft().supplier.id.isEmpty());
        QTest::keyClicks(page.searchEdit(), QStringLiteral("zzqx"));
        QListWidget* matches = page.matchList();
        QVERIFY(matches->isVisible());
        QCOMPARE(matches->count(), 1);
        QCOMPARE(matches->item(0)->text(),
                 OrderEditorPage::tr("No product matches « %1 ».").arg(QStringLiteral("zzqx")));
        QVERIFY(!matches->item(0)->flags().testFlag(Qt::ItemIsSelectable));
        // Down and Enter choose nothing: no line, the search stays.
        QTest::keyClick(page.searchEdit(), Qt::Key_Down);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QVERIFY(page.draft().lines.isEmpty());
        QCOMPARE(page.searchEdit()->text(), QStringLiteral("zzqx"));
        // Esc clears the search and the list; something that matches again: real rows only.
        QTest::keyClick(page.searchEdit(), Qt::Key_Escape);
        QVERIFY(page.searchEdit()->text().isEmpty());
        QVERIFY(!matches->isVisible());
        const std::optional<Product> product = pick(page.draft().supplier.id, true, {});
        QVERIFY(product);
        QTest::keyClicks(page.searchEdit(), product->sku);
        QVERIFY(matches->count() >= 1);
        QVERIFY(matches->item(0)->flags().testFlag(Qt::ItemIsSelectable));
        QVERIFY(matches->item(0)->text().endsWith(product->sku));
    }
};

QTEST_MAIN(TestOrderEditor)
#include "tst_ordereditor.moc"
