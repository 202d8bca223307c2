// The loyalty rules page of the Clients tab, offscreen and by keyboard: the
// default rule (every 10 visits) listed; a spend threshold in euros and the
// birthday added; bad thresholds refused with their reason and nothing
// stored; a threshold changed; a rule deactivated with Space (no reward for
// it from then on) and activated again. A rule saved, added or activated is
// granted at once to the guests who reached it, off the GUI thread, the page
// saying how many (in French too) — never twice for a milestone, whatever is
// saved or synced again.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "crm/core/crmstore.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/loyaltyrulespage.h"
#include "crmtestsupport.h"
#include "frenchpending.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

class TestLoyaltyRulesPage : public QObject
{
    Q_OBJECT

    static QList<CrmLoyaltyRule> stored()
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().rules(db);
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("loyaltyrules"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup()
    {
        ReadInterfaces::withdraw<GuestBookSource>();
        Database::closeConnection();
    }

    void euros()
    {
        QCOMPARE(LoyaltyRulesPage::centsFromText(QStringLiteral("500")), qint64(50000));
        QCOMPARE(LoyaltyRulesPage::centsFromText(QStringLiteral("499,9")), qint64(49990));
        QCOMPARE(LoyaltyRulesPage::centsFromText(QStringLiteral("1 500,05 €")), qint64(150005));
        QCOMPARE(LoyaltyRulesPage::centsFromText(QStringLiteral("12.50")), qint64(1250));
        QVERIFY(!LoyaltyRulesPage::centsFromText(QStringLiteral("0")));
        QVERIFY(!LoyaltyRulesPage::centsFromText(QStringLiteral("-5")));
        QVERIFY(!LoyaltyRulesPage::centsFromText(QStringLiteral("12,345")));
        QVERIFY(!LoyaltyRulesPage::centsFromText(QStringLiteral("cent")));
    }

    void rulesAddedChangedAndDeactivated()
    {
        CustomersTab tab;
        // Profiles, so the tab shows its pages.
        auto book = std::make_shared<FakeBook>();
        for (int i = 0; i < 3; ++i)
            book->bookings << FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b%1").arg(i),
                                                QStringLiteral("g1"), QStringLiteral("Luc Morel"),
                                                QStringLiteral("06 12 34 56 79"), QString(),
                                                QDate(2026, 11, 3).addDays(7 * i), 2);
        ReadInterfaces::provide<GuestBookSource>(book);
        tab.resize(1200, 800);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));

        auto* page = tab.findChild<LoyaltyRulesPage*>();
        auto* pages = tab.findChild<QTabWidget*>();
        QVERIFY(page && pages);
        QCOMPARE(pages->tabText(pages->indexOf(page)), QStringLiteral("Loyalty"));
        pages->setCurrentWidget(page);
        auto* rules = page->findChild<QTableWidget*>(QStringLiteral("loyaltyRules"));
        auto* kind = page->findChild<QComboBox*>(QStringLiteral("loyaltyKind"));
        auto* threshold = page->findChild<QLineEdit*>(QStringLiteral("loyaltyThreshold"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("loyaltyMessage"));
        QVERIFY(rules && kind && threshold && message);
        QCOMPARE(rules->rowCount(), 1);
        QCOMPARE(rules->item(0, 0)->text(), QStringLiteral("Every 10 visits"));
        QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("active"));
        QCOMPARE(threshold->text(), QStringLiteral("10"));

        // A spend threshold: a bad amount first.
        kind->setFocus();
        kind->setCurrentIndex(kind->findData(QStringLiteral("spend")));
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("cinq cents"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("cinq cents")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("euros")), qPrintable(message->text()));
        QCOMPARE(stored().size(), 1);
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("499,90"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(stored().size(), 2);
        QCOMPARE(stored().at(1).kind, QStringLiteral("spend"));
        QCOMPARE(stored().at(1).threshold, qint64(49990));
        QCOMPARE(rules->rowCount(), 2);
        QVERIFY2(rules->item(1, 0)->text().contains(QStringLiteral("499.90")),
                 qPrintable(rules->item(1, 0)->text()));
        QVERIFY2(message->text().startsWith(QStringLiteral("Rule added")), qPrintable(message->text()));

        // The birthday, once.
        rules->clearSelection();
        rules->setCurrentItem(nullptr);
        kind->setCurrentIndex(kind->findData(QStringLiteral("birthday")));
        QVERIFY(!threshold->isEnabled());
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        QCOMPARE(stored().size(), 3);
        QVERIFY(!page->addRule());
        QVERIFY2(message->text().contains(QStringLiteral("exists already")), qPrintable(message->text()));
        QCOMPARE(stored().size(), 3);

        // Every 10 visits becomes every 5; 0 is refused.
        rules->setFocus();
        rules->setCurrentCell(0, 0);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("visits"));
        QCOMPARE(threshold->text(), QStringLiteral("10"));
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("0"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("from 1 to")), qPrintable(message->text()));
        QCOMPARE(stored().at(0).threshold, qint64(10));
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("5"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(stored().at(0).threshold, qint64(5));
        QCOMPARE(stored().size(), 3);
        QCOMPARE(rules->item(0, 0)->text(), QStringLiteral("Every 5 visits"));

        // Space on the rule deactivates it; again activates it.
        rules->setFocus();
        rules->setCurrentCell(0, 0);
        QTest::keyClick(rules, Qt::Key_Space);
        QVERIFY(!stored().at(0).active);
        QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("inactive"));
        QVERIFY2(message->text().contains(QStringLiteral("deactivated")), qPrintable(message->text()));
        // Deactivated: Luc's fifth visit earns nothing.
        for (int i = 3; i < 6; ++i)
            book->bookings << FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b%1").arg(i),
                                                QStringLiteral("g1"), QStringLiteral("Luc Morel"),
                                                QStringLiteral("06 12 34 56 79"), QString(),
                                                QDate(2026, 11, 3).addDays(7 * i), 2);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QSqlDatabase db = Database::connection();
        const qint64 luc = CrmStore().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
        QCOMPARE(CrmStore().profile(db, luc)->summary.visits, 6);
        QVERIFY(CrmStore().profile(db, luc)->rewards.isEmpty());
        rules->setFocus();
        rules->setCurrentCell(0, 0);
        QSignalSpy granted(page, &LoyaltyRulesPage::rewardsGranted);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("toggleRuleButton")), Qt::LeftButton);
        QVERIFY(stored().at(0).active);
        QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("active"));
        // Activated: Luc's fifth visit rewarded at once, not at his next visit.
        QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 10000);
        QCOMPARE(granted.last().at(0).toInt(), 1);
        QVERIFY2(message->text().startsWith(QStringLiteral("Rule activated")) &&
                     message->text().contains(QStringLiteral("1 reward(s) granted at once")),
                 qPrintable(message->text()));
        QCOMPARE(CrmStore().profile(db, luc)->rewards.size(), 1);
        QCOMPARE(CrmStore().profile(db, luc)->rewards.at(0).milestone, QStringLiteral("visits:5"));

        // Saved again with Enter, the visits synced again: nothing new, and said.
        rules->setCurrentCell(0, 0);
        threshold->setFocus();
        QTest::keyClick(threshold, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 2, 10000);
        QCOMPARE(granted.last().at(0).toInt(), 0);
        QVERIFY2(message->text().contains(QStringLiteral("No new reward was due")),
                 qPrintable(message->text()));
        const QList<ActivityBooking> again = book->bookings;
        book->bookings << again;
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QCOMPARE(CrmStore().profile(db, luc)->rewards.size(), 1);

        // Every 3 visits, in French: Luc's third (his sixth too) at once.
        PendingFrench french;
        QVERIFY(french.load());
        QCoreApplication::installTranslator(&french);
        rules->setCurrentCell(0, 0);
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("3"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 3, 10000);
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(granted.last().at(0).toInt(), 2);
        QVERIFY2(message->text().contains(QStringLiteral("2 récompenses accordées tout de suite")),
                 qPrintable(message->text()));
        QCOMPARE(CrmStore().profile(db, luc)->rewards.size(), 3);
        QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM crm_reward")).toInt(), 3);
    }
};

QTEST_MAIN(TestLoyaltyRulesPage)
#include "tst_loyaltyrulespage.moc"
