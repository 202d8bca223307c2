// The five-minute week of orders: the Fournisseurs tab (SuppliersArea's
// wiring) offscreen, the sandbox's four supplier connections (METRO,
// Transgourmet, Pomona, the local producers) synchronised over real HTTP,
// the demo recipes, four weeks of the till's covers and sales as the sales
// area would lend them. Keyboard only (QTest::keyClick, every key counted):
// Suggestions ▸ a supplier, Enter, a quantity typed over, Enter, Ctrl+Enter
// (the draft opens in Commande), Ctrl+Enter, Enter (sent) — four times. At
// one key a second the week fits in five minutes, and the sandbox holds
// exactly four orders, one per supplier, with the quantities as adjusted.

#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "common/core/restaurantidentity.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/outbox.h"
#include "keychainsupport.h"
#include "sandbox/core/sandboxserver.h"
#include "supplierfixtures.h"
#include "suppliers/connectors/peppol/sandboxsuppliers.h"
#include "suppliers/connectors/peppol/standardsuppliermodule.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/core/demorecipes.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderreader.h"
#include "suppliers/core/ublvalidator.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/suggestionspage.h"
#include "suppliers/ui/suppliersarea.h"
#include "suppliers/ui/supplierstab.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace Moulin;

namespace {

const QByteArray kClient = "moulin-suggestions-test";
/// A human at one key a second: the week must fit in five minutes.
constexpr int kSecondsPerKey = 1;
constexpr int kFiveMinutes = 300;

/// The dishes of the demo recipes, as the till sells them.
const QStringList kDishes{QStringLiteral("PLA-BOURGUIGNON"), QStringLiteral("PLA-ENTRECOTE"),
                          QStringLiteral("PLA-CONFIT"),      QStringLiteral("PLA-BAR"),
                          QStringLiteral("ENT-OIGNON"),      QStringLiteral("DES-CREME"),
                          QStringLiteral("DES-TATIN"),       QStringLiteral("DES-MOUSSE")};

/// Twelve weeks of the till: 40 covers every lunch, 60 every dinner.
class Till final : public CoversHistorySource
{
public:
    QList<CoversAtSlot> covers(const QDate& from, const QDate& to) const override
    {
        QList<CoversAtSlot> rows;
        for (QDate day = std::max(from, firstDay()); day <= to && day < QDate::currentDate();
             day = day.addDays(1)) {
            rows.append({day, 0, 12 * 60 + 30, 40});
            rows.append({day, 1, 20 * 60, 60});
        }
        return rows;
    }
    QDate firstDay() const override { return QDate::currentDate().addDays(-84); }
};

/// Its menu and sales: of 100 covers a day, 12 of each main course, 15
/// soups and 10 of each dessert.
class Menu final : public MenuSalesSource
{
public:
    QList<MenuItemInfo> menuItems() const override
    {
        QList<MenuItemInfo> items;
        for (const QString& id : kDishes)
            items.append({id, id, 2400, 1000, QStringLiteral("Plats"), true});
        return items;
    }
    QList<MenuItemSold> sold(const QDate& from, const QDate& to) const override
    {
        QList<MenuItemSold> rows;
        for (QDate day = from; day <= to && day < QDate::currentDate(); day = day.addDays(1)) {
            for (const QString& id : kDishes) {
                const qint64 n = id.startsWith(QLatin1String("PLA")) ? 12
                                 : id == QLatin1String("ENT-OIGNON") ? 15
                                                                     : 10;
                rows.append({day, id, n * 1000});
            }
        }
        return rows;
    }
};

/// (article number, quantity) of each line of a UBL Order.
QHash<QString, QString> linesOf(const QByteArray& ubl)
{
    QHash<QString, QString> out;
    Ubl::ReadError error;
    if (const std::optional<Order> order = UblOrderReader::read(ubl, &error)) {
        for (const OrderLine& line : order->lines)
            out.insert(line.sku, line.quantity.toString());
    }
    return out;
}

} // namespace

class TestSuggestionsWeek : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxSuppliers* m_sandbox = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConnectorRuntime> m_runtime;
    int m_keys = 0;

    /// One key pressed by the user, counted.
    void key(QWidget* widget, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        QTest::keyClick(widget, k, modifiers);
    }
    void keys(QWidget* widget, const QString& text)
    {
        m_keys += int(text.size());
        QTest::keyClicks(widget, text);
    }

    void configure(const QString& endpoint)
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("supplier_type");
        c.typeName = endpoint == QLatin1String("local")    ? QStringLiteral("Local")
                     : endpoint == QLatin1String("metro")  ? QStringLiteral("Metro")
                     : endpoint == QLatin1String("pomona") ? QStringLiteral("Pomona")
                                                           : QStringLiteral("Transgourmet");
        c.connectorId = endpoint;
        c.apiUrl = m_server->baseUrl().resolved(QUrl(SandboxSuppliers::basePath(endpoint)));
        c.storeId = QStringLiteral("CLIENT-0069-123456");
        c.authMethod = QStringLiteral("hmac");
        c.clientId = QString::fromLatin1(kClient);
        c.retryAttempts = 2;
        c.feeds = {{QStringLiteral("catalogue"), true, 1440},
                   {QStringLiteral("orders"), true, 15},
                   {QStringLiteral("deliveries"), true, 30}};
        const QByteArray secret = Test::testSecret(QStringLiteral("suggestions-") + endpoint);
        QVERIFY(Test::saveSecret(*m_credentials, endpoint, secret).ok());
        QVERIFY(ConnectorSettings::save(c));
        m_sandbox->setClient(endpoint, kClient, secret);
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
        ReadInterfaces::provide<CoversHistorySource>(std::make_shared<Till>());
        ReadInterfaces::provide<MenuSalesSource>(std::make_shared<Menu>());

        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("suggestions-week")));
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            RestaurantIdentity::demo().write(*settings);
        }
        for (const QString& endpoint : SandboxSuppliers::endpoints()) {
            configure(endpoint);
            if (QTest::currentTestFailed())
                return;
        }
        m_runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
        m_runtime->reload();
        for (const QString& endpoint : SandboxSuppliers::endpoints())
            QTRY_VERIFY_WITH_TIMEOUT(StandardSupplierModule::signingReady(endpoint), 10000);
        for (const QString& endpoint : SandboxSuppliers::endpoints()) {
            QSignalSpy finished(m_runtime.get(), &ConnectorRuntime::feedFinished);
            QVERIFY(m_runtime->syncNow(endpoint) > 0);
            // Catalogue, order responses, despatch advices and invoices.
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 4 && !m_runtime->isBusy(), 180000);
            for (const QList<QVariant>& args : std::as_const(finished)) {
                const auto s = args.at(0).value<FeedRunSummary>();
                QVERIFY2(s.ok, qPrintable(endpoint + u' ' + s.feed + u' ' + s.error));
            }
        }
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(DemoRecipes::seed(db, QDate::currentDate(), QDateTime::currentDateTimeUtc(), &error) > 0,
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_runtime.reset();
        ReadInterfaces::withdraw<CoversHistorySource>();
        ReadInterfaces::withdraw<MenuSalesSource>();
        Database::closeConnection();
        m_server.reset();
    }

    void aWeekOfOrdersInFiveMinutes()
    {
        SuppliersArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        QCOMPARE(tabs.size(), 1);
        std::unique_ptr<QWidget> window(tabs.first().widget);
        area.attach(m_runtime.get(), nullptr);
        SuppliersTab* tab = area.suppliersTab();
        auto* page = tab->findChild<SuggestionsPage*>(QStringLiteral("suggestionsPage"));
        auto* editor = tab->findChild<OrderEditorPage*>(QStringLiteral("orderEditorPage"));
        QVERIFY(page && editor);
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        tab->reload();
        QTRY_VERIFY_WITH_TIMEOUT(tab->snapshot() != nullptr, 30000);

        // The user opens Fournisseurs ▸ Suggestions: Alt+P, then the page (Ctrl+Tab twice).
        m_keys += 3;
        tab->pages()->setCurrentWidget(page);
        QCOMPARE(tab->pages()->tabText(tab->pages()->currentIndex()), SuggestionsPage::title());
        QTRY_VERIFY_WITH_TIMEOUT(page->result() != nullptr, 30000);
        int withLines = 0;
        for (const SupplierSuggestion& s : page->result()->suppliers)
            withLines += s.lines.isEmpty() ? 0 : 1;
        QVERIFY2(withLines >= 4, qPrintable(QStringLiteral("%1 supplier(s) with a suggestion; %2")
                                                .arg(withLines)
                                                .arg(page->result()->missingText())));
        QVERIFY(!page->isShowingEmptyState());

        QHash<QString, QHash<QString, QString>> expected; // supplier → sku → quantity sent
        QStringList sent;
        for (int round = 0; round < 4; ++round) {
            const QString supplierId = page->currentSupplier();
            QVERIFY2(!supplierId.isEmpty() && !sent.contains(supplierId), qPrintable(supplierId));
            QVERIFY(!page->currentLines().isEmpty());
            QVERIFY2(page->slotText().contains(QStringLiteral("dans")) ||
                         page->slotText().contains(QStringLiteral("in ")),
                     qPrintable(page->slotText())); // the cut-off counted down
            // Enter: its lines, the first quantity ready to type over.
            key(page->supplierList(), Qt::Key_Return);
            QTableWidget* lines = page->linesTable();
            QCOMPARE(lines->currentColumn(), int(SuggestionsPage::ColQuantity));
            QCOMPARE(lines->currentRow(), 0);
            // One more pack (or unit) than suggested on the first line.
            const SuggestedLine first = page->currentLines().first();
            const Decimal adjusted = first.quantity.quantity + Decimal::fromInt(1);
            const QString typed = OrderDraft::number(adjusted);
            key(lines, Qt::Key(typed.at(0).unicode()));
            auto* cellEditor = lines->viewport()->findChild<QLineEdit*>();
            QVERIFY(cellEditor);
            if (typed.size() > 1)
                keys(cellEditor, typed.mid(1));
            key(cellEditor, Qt::Key_Return);
            QTRY_COMPARE(page->currentLines().first().quantity.quantity, adjusted);
            QTRY_COMPARE(lines->item(0, SuggestionsPage::ColQuantity)->text(), typed);
            for (const SuggestedLine& l : page->currentLines()) {
                if (l.quantity.quantity > Decimal())
                    expected[supplierId].insert(l.product.sku, l.quantity.quantity.toString());
            }
            // Ctrl+Enter: the order in Commande.
            key(lines, Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(tab->pages()->currentWidget(), editor);
            QCOMPARE(editor->draft().supplier.id, supplierId);
            QCOMPARE(editor->draft().lines.size(), expected.value(supplierId).size());
            // Ctrl+Enter asks, Enter sends.
            key(editor->searchEdit(), Qt::Key_Return, Qt::ControlModifier);
            QVERIFY2(editor->confirmBar()->isVisible(),
                     qPrintable(editor->issuesText() + u'\n' + editor->statusText()));
            key(editor->confirmButton(), Qt::Key_Return);
            QVERIFY2(editor->statusText().contains(QStringLiteral("PO-")), qPrintable(editor->statusText()));
            sent << supplierId;
            // Back on Suggestions, on the next supplier.
            QCOMPARE(tab->pages()->currentWidget(), page);
            if (round < 3)
                QTRY_VERIFY_WITH_TIMEOUT(
                    !sent.contains(page->currentSupplier()) && !page->currentLines().isEmpty(), 30000);
        }

        qInfo("week of orders: %d keystrokes for 4 suppliers, %d s at %d s a key (limit %d s)", m_keys,
              m_keys * kSecondsPerKey, kSecondsPerKey, kFiveMinutes);
        QVERIFY2(m_keys * kSecondsPerKey <= kFiveMinutes, qPrintable(QString::number(m_keys)));

        // Exactly four orders at the sandbox, one per supplier, as adjusted.
        QSqlDatabase db = Database::connection();
        const QList<StoredOrder> stored = SupplierStore::orders(db);
        QCOMPARE(stored.size(), 4);
        if (!m_runtime->outbox()->isStarted())
            m_runtime->outbox()->start();
        for (const StoredOrder& o : stored)
            QTRY_VERIFY_WITH_TIMEOUT(Outbox::stateOf(db, o.idempotencyKey) == OutboxItem::State::Confirmed,
                                     60000);
        QTest::qWait(300);
        const QList<SandboxSuppliers::ReceivedOrder> received = m_sandbox->orders();
        QCOMPARE(received.size(), 4);
        QSet<QString> suppliers;
        for (const SandboxSuppliers::ReceivedOrder& r : received) {
            suppliers.insert(r.supplierId);
            QVERIFY2(sent.contains(r.supplierId), qPrintable(r.supplierId));
            const QList<UblIssue> issues = UblOrderValidator::validate(r.ubl);
            QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
            QCOMPARE(linesOf(r.ubl), expected.value(r.supplierId));
        }
        QCOMPARE(suppliers.size(), 4);
        window.reset();
    }
};

QTEST_MAIN(TestSuggestionsWeek)
#include "tst_suggestionsweek.moc"
