// The Livraisons page offscreen on the METRO order (receivingfixtures.h):
// the calendar shows the deliveries coloured by state, a late delivery is
// raised once (banner and alertRaised), and the receiving dialog, driven by
// the keyboard only, stores the receipt, updates the order and offers the
// credit-note request (written as PDF and CSV).

#include "common/core/dbworker.h"
#include "receivingfixtures.h"
#include "suppliers/core/receiving.h"
#include "suppliers/ui/deliveriespage.h"
#include "suppliers/ui/deliverycalendar.h"
#include "suppliers/ui/receivingdialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Moulin;
using Test::dec;

namespace {

const QDate kRequested(2026, 12, 9);

QString grabDir()
{
    return Test::freshDataDir(QStringLiteral("tst_deliveriespage-grabs"));
}

void grab(QWidget* widget, const QString& name)
{
    static const QString dir = grabDir();
    QCoreApplication::processEvents(); // the layouts settle first
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// Types `text` into the received quantity of the current line and keeps it with Enter.
void typeQuantity(ReceivingDialog* dialog, QTableWidget* table, const QString& text)
{
    QTest::keyClicks(table, text.left(1));
    QLineEdit* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isEditing());
}

/// Another supplier like METRO.
Supplier supplierNamed(const char* id, const char* name)
{
    Supplier s = Test::metro();
    s.id = QString::fromLatin1(id);
    s.name = QString::fromUtf8(name);
    s.siret = QStringLiteral("40112233800%1").arg(qHash(s.id) % 1000, 3, 10, QLatin1Char('0'));
    return s;
}

/// The METRO basket ordered from `supplierId` for `day`.
void order(const char* supplierId, int sequence, const QDate& day)
{
    Order o = Test::metroOrder();
    o.supplierId = QString::fromLatin1(supplierId);
    o.id = OrderIdentity::makeOrderId(QDate(2026, 12, 1), sequence);
    o.deliveryDate = day;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!SupplierStore::insertOrder(db, o, QStringLiteral("metro"), QByteArray("<Order/>"),
                                    Test::receivingNow(), &error))
        Test::fail(error);
}

/// Receives order `sequence` of `supplierId` on `day`, `short1` of its first line missing.
void receiveOrder(const char* supplierId, int sequence, const QDate& day, const Decimal& short1 = {})
{
    QSqlDatabase db = Database::connection();
    QString error;
    std::optional<Receipt> r =
        Receiving::draft(db, QString::fromLatin1(supplierId),
                         OrderIdentity::makeOrderId(QDate(2026, 12, 1), sequence), {}, day, &error);
    if (!r) {
        Test::fail(error);
        return;
    }
    r->lines.first().received = r->lines.first().expected - short1;
    if (!Database::transaction(
            db, [&](QString* e) { return Receiving::save(db, *r, Test::receivingNow(), nullptr, e); },
            &error))
        Test::fail(error);
}

} // namespace

class TestDeliveriesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_deliveriespage-") +
                                         QString::fromLatin1(QTest::currentTestFunction())));
    }

    void calendarShowsTheDeliveries()
    {
        // On time, announced for the requested Wednesday.
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested)));
        QDate today(2026, 12, 8);
        DeliveriesPage page([&today] { return today; });
        QSignalSpy alerts(&page, &DeliveriesPage::alertRaised);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        DeliveryCalendar* calendar = page.calendar();
        QCOMPARE(calendar->mode(), DeliveryCalendar::Mode::Month);
        QCOMPARE(calendar->visibleRange().first, QDate(2026, 11, 30));
        QCOMPARE(calendar->cellLines(kRequested),
                 QStringList{QStringLiteral("METRO France SAS · 1 · Upcoming")});
        QVERIFY(calendar->cellLines(today).isEmpty());
        QVERIFY(page.alertText().isEmpty());
        QCOMPARE(page.titleWithCount(), DeliveriesPage::title());

        // Arrow right: Wednesday, its delivery listed.
        calendar->setFocus();
        QTest::keyClick(calendar, Qt::Key_Right);
        QCOMPARE(calendar->selectedDate(), kRequested);
        QCOMPARE(page.dayDeliveries().size(), 1);
        QCOMPARE(page.dayDeliveries().first().despatchId, QStringLiteral("DA-1"));
        QCOMPARE(page.selectedDelivery()->orderId, Test::metroOrder().id);

        // Thursday came and nothing arrived: late, raised once.
        today = QDate(2026, 12, 10);
        page.reload();
        QCOMPARE(alerts.size(), 1);
        QVERIFY2(alerts.first().first().toString().contains(Test::metroOrder().id),
                 qPrintable(alerts.first().first().toString()));
        QVERIFY2(page.alertText().contains(QStringLiteral("1 late delivery")), qPrintable(page.alertText()));
        QCOMPARE(calendar->cellLines(kRequested), QStringList{QStringLiteral("METRO France SAS · 1 · Late")});
        page.reload();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(page.lateCount(), 1);
        QCOMPARE(page.titleWithCount(), QStringLiteral("&Deliveries (1)"));
        grab(&page, QStringLiteral("deliveries-month-late"));

        // The week view shows the same day.
        QTest::keyClick(&page, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(calendar->mode(), DeliveryCalendar::Mode::Week);
        QCOMPARE(calendar->visibleRange(), std::make_pair(QDate(2026, 12, 7), QDate(2026, 12, 13)));
        QCOMPARE(calendar->cellLines(kRequested).size(), 1);
        grab(&page, QStringLiteral("deliveries-week-late"));
        // Page Down: the next week, empty.
        QTest::keyClick(calendar, Qt::Key_PageDown);
        QVERIFY(calendar->cellLines(kRequested.addDays(7)).isEmpty());
        QCOMPARE(calendar->visibleRange().first, QDate(2026, 12, 14));
    }

    void readsAndRaisesOnAWorker()
    {
        // The same delivery, late on Thursday, read and flagged on the worker thread.
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested)));
        QDate today(2026, 12, 8);
        DbWorker worker;
        DeliveriesPage page([&today] { return today; });
        page.setWorker(&worker);
        QSignalSpy alerts(&page, &DeliveriesPage::alertRaised);
        QCOMPARE(page.lateCount(), 0);
        today = QDate(2026, 12, 10);
        page.reload();
        QTRY_COMPARE_WITH_TIMEOUT(alerts.size(), 1, 10000);
        QCOMPARE(page.lateCount(), 1);
        QCOMPARE(page.calendar()->cellLines(kRequested),
                 QStringList{QStringLiteral("METRO France SAS · 1 · Late")});
        // Raised once: read again, nothing new.
        page.reload();
        page.reload();
        // The worker runs its jobs in order: once this one ran, both reads did.
        worker.run([](QSqlDatabase&) { return 0; }).waitForFinished();
        QTest::qWait(100); // their continuations, on this thread
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(page.lateCount(), 1);
    }

    void aMonthOfDeliveries()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        for (const Supplier& s : {supplierNamed("transgourmet-lyon", "Transgourmet Rhône-Alpes"),
                                  supplierNamed("pomona-lyon", "Pomona TerreAzur"),
                                  supplierNamed("ferme-vallon", "Ferme du Vallon"),
                                  supplierNamed("boucherie-mercier", "Boucherie Mercier")})
            QVERIFY2(
                SupplierStore::upsertSupplier(db, s, QStringLiteral("metro"), Test::receivingNow(), &error),
                qPrintable(error));
        order("metro-nanterre", 11, QDate(2026, 12, 2));
        receiveOrder("metro-nanterre", 11, QDate(2026, 12, 2));
        order("pomona-lyon", 12, QDate(2026, 12, 4));
        receiveOrder("pomona-lyon", 12, QDate(2026, 12, 4), dec("1"));
        order("transgourmet-lyon", 13, QDate(2026, 12, 11));
        order("metro-nanterre", 14, QDate(2026, 12, 11));
        receiveOrder("metro-nanterre", 14, QDate(2026, 12, 11));
        order("ferme-vallon", 15, QDate(2026, 12, 11));
        int sequence = 20;
        for (const char* id :
             {"metro-nanterre", "transgourmet-lyon", "pomona-lyon", "ferme-vallon", "boucherie-mercier"})
            order(id, ++sequence, QDate(2026, 12, 16));
        const QDate today(2026, 12, 14);
        DeliveriesPage page([today] { return today; });
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DeliveryCalendar* calendar = page.calendar();

        QCOMPARE(calendar->cellLines(QDate(2026, 12, 2)),
                 QStringList{QStringLiteral("METRO France SAS · 1 · Received")});
        QCOMPARE(calendar->cellLines(QDate(2026, 12, 4)),
                 QStringList{QStringLiteral("Pomona TerreAzur · 1 · Partial")});
        // (with the METRO order of init(), late since the 9th) Late first, then what arrived.
        QCOMPARE(calendar->cellLines(QDate(2026, 12, 11)),
                 (QStringList{QStringLiteral("Ferme du Vallon · 1 · Late"),
                              QStringLiteral("Transgourmet Rhône-Alpes · 1 · Late"),
                              QStringLiteral("METRO France SAS · 1 · Received")}));
        QCOMPARE(calendar->cellLines(QDate(2026, 12, 16)).size(), 5);
        QVERIFY2(page.alertText().startsWith(QStringLiteral("3 late deliver")), qPrintable(page.alertText()));
        grab(&page, QStringLiteral("deliveries-month-busy"));

        calendar->setSelectedDate(QDate(2026, 12, 16));
        QCOMPARE(page.dayDeliveries().size(), 5);
        QTest::keyClick(&page, Qt::Key_W, Qt::ControlModifier);
        grab(&page, QStringLiteral("deliveries-week-busy"));
    }

    void receivingByKeyboard()
    {
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), kRequested)));
        DeliveriesPage page([] { return kRequested; });
        QString savedTo;
        page.askSavePath = [&](const QString&, const QString& suggested, const QString&) {
            savedTo = QDir(Test::freshDataDir(QStringLiteral("tst_deliveriespage-export")))
                          .filePath(QFileInfo(suggested).fileName());
            return savedTo;
        };
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.dayDeliveries().size(), 1);

        // Enter on the day: Réceptionner….
        page.calendar()->setFocus();
        QTest::keyClick(page.calendar(), Qt::Key_Return);
        ReceivingDialog* dialog = page.receivingDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("receivingLines"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 10);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3")); // prefilled with the announced quantity
        QCOMPARE(dialog->currentLine(), 0);

        // Potatoes: 2 sacks of 3.
        typeQuantity(dialog, table, QStringLiteral("2"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Missing 1"));
        // Beef (line 5): M marks it all missing, Space ticks it back as received.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(dialog->currentLine(), 4);
        QTest::keyClick(table, Qt::Key_M);
        QCOMPARE(table->item(4, 3)->text(), QStringLiteral("0"));
        QCOMPARE(table->item(4, 4)->text(), QStringLiteral("Missing 6"));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(4, 3)->text(), QStringLiteral("6"));
        QCOMPARE(table->item(4, 4)->text(), QStringLiteral("✓"));
        // Tomatoes (line 3): substituted by round ones.
        dialog->askSubstitute = [](const QString&) {
            return std::optional<QString>(QStringLiteral("Tomates rondes"));
        };
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_S);
        QCOMPARE(table->item(2, 4)->text(), QStringLiteral("Substituted 2"));
        // Wine (line 10): D, then 1 carton kept of 3 — two broken.
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(dialog->currentLine(), 9);
        QTest::keyClick(table, Qt::Key_D);
        typeQuantity(dialog, table, QStringLiteral("1"));
        QCOMPARE(table->item(9, 4)->text(), QStringLiteral("Damaged 2"));
        // A letter is not a quantity: nothing typed.
        QTest::keyClick(table, Qt::Key_Z);
        QVERIFY(!dialog->isEditing());
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("receivingSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("87,15")), qPrintable(summary->text()));
        grab(dialog, QStringLiteral("receiving-dialog"));

        // Enter validates: stored, the order updated, the credit note offered.
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(!page.receivingDialog());
        QSqlDatabase db = Database::connection();
        const std::optional<Receipt> stored = Receiving::stored(
            db, QStringLiteral("metro-nanterre"), Test::metroOrder().id, QStringLiteral("DA-1"));
        QVERIFY(stored);
        QCOMPARE(stored->receivedOn, kRequested);
        QCOMPARE(stored->lines.at(0).received, dec("2"));
        QCOMPARE(stored->lines.at(2).substitute, QStringLiteral("Tomates rondes"));
        QCOMPARE(stored->lines.at(4).received, dec("6"));
        QCOMPARE(stored->lines.at(9).discrepancy, Discrepancy::Damaged);
        QCOMPARE(stored->lines.at(9).discrepancyQuantity, dec("2"));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT status FROM supplier_order")).toString(),
                 QStringLiteral("partially_delivered"));
        QVERIFY2(page.receiptText().contains(QStringLiteral("AV-")) &&
                     page.receiptText().contains(QStringLiteral("87,15")),
                 qPrintable(page.receiptText()));
        QCOMPARE(page.calendar()->cellLines(kRequested),
                 QStringList{QStringLiteral("METRO France SAS · 1 · Partial")});
        QCOMPARE(page.selectedDelivery()->despatchId, QStringLiteral("DA-1"));
        grab(&page, QStringLiteral("deliveries-after-receipt"));

        // The credit-note request as PDF and CSV.
        QVERIFY(page.exportCreditPdf());
        QVERIFY(savedTo.endsWith(QStringLiteral(".pdf")));
        QVERIFY(Test::readFile(savedTo).startsWith("%PDF"));
        QVERIFY(page.exportCreditCsv());
        QVERIFY(savedTo.endsWith(QStringLiteral(".csv")));
        QVERIFY(Test::readFile(savedTo).contains("Total incl. VAT;87,15"));

        // Receiving again corrects the receipt: the dialog opens on what was stored.
        page.receiveSelected();
        QVERIFY(page.receivingDialog());
        table = page.receivingDialog()->findChild<QTableWidget*>(QStringLiteral("receivingLines"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2"));
        QTest::keyClick(table, Qt::Key_Space); // the last sack was there after all
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(!page.receivingDialog());
        QCOMPARE(Test::scalar(QStringLiteral("SELECT revision FROM supplier_receipt")).toInt(), 2);
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT delivered_quantity_micros FROM supplier_order_line WHERE "
                                        "line_id = '1'"))
                .toLongLong(),
            3'000'000);
    }

    void refusesAQuantityThatIsNotOne()
    {
        DeliveriesPage page([] { return kRequested; });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.dayDeliveries().size(), 1); // the order itself, no advice yet
        page.receiveSelected();
        ReceivingDialog* dialog = page.receivingDialog();
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("receivingLines"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("—")); // nothing announced
        typeQuantity(dialog, table, QStringLiteral("2,5"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2,5"));
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClicks(table, QStringLiteral("-"));
        QVERIFY(!dialog->isEditing()); // '-' does not start a quantity
        table->item(1, 3)->setText(QStringLiteral("deux"));
        QVERIFY2(dialog->errorText().contains(QStringLiteral("is not a quantity")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("2")); // the previous value back
        dialog->reject();
        QTRY_VERIFY(!page.receivingDialog());
        QCOMPARE(Test::scalar(QStringLiteral("SELECT COUNT(*) FROM supplier_receipt")).toInt(), 0);
    }
};

QTEST_MAIN(TestDeliveriesPage)
#include "tst_deliveriespage.moc"
