// The profile page's editor in the Clients tab, offscreen and by keyboard:
// notes, tags (a comma list, tidied), VIP and birthday saved with Ctrl+S and
// read back from the store; a bad birthday refused with its reason and
// nothing stored; the rewards' states (granted → used / expired, and back)
// set with U / X / G on the reward.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "crm/core/crmstore.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/profileeditor.h"
#include "crmtestsupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Moulin;
using namespace Moulin::Test;

class TestProfileEditor : public QObject
{
    Q_OBJECT

    /// A tab whose profiles were synced from Élodie's ten visits (the tenth
    /// visit's reward granted), her profile shown.
    static void syncedTab(CustomersTab& tab)
    {
        auto book = std::make_shared<FakeBook>();
        const QDate day(2026, 11, 3);
        for (int i = 0; i < 10; ++i) {
            ActivityBooking b =
                FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b%1").arg(i),
                                  QStringLiteral("g1"), QStringLiteral("Élodie Dupré"),
                                  QStringLiteral("06 12 34 56 78"), QString(), day.addDays(7 * i), 2);
            b.allergies = QStringLiteral("gluten");
            book->bookings << b;
        }
        ReadInterfaces::provide<GuestBookSource>(book);
        tab.resize(1200, 800);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
    }

    static qint64 elodie()
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("profileeditor"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup()
    {
        ReadInterfaces::withdraw<GuestBookSource>();
        Database::closeConnection();
    }

    void birthdayAndTagsAsTyped()
    {
        QCOMPARE(ProfileEditor::birthdayFromText(QStringLiteral("14/05")), QStringLiteral("05-14"));
        QCOMPARE(ProfileEditor::birthdayFromText(QStringLiteral(" 3/2 ")), QStringLiteral("02-03"));
        QCOMPARE(ProfileEditor::birthdayFromText(QStringLiteral("29/02/1980")), QStringLiteral("02-29"));
        QCOMPARE(ProfileEditor::birthdayFromText(QString()), QString());
        QVERIFY(!ProfileEditor::birthdayFromText(QStringLiteral("31/04")));
        QVERIFY(!ProfileEditor::birthdayFromText(QStringLiteral("14 mai")));
        QVERIFY(!ProfileEditor::birthdayFromText(QStringLiteral("05-14-")));
        QCOMPARE(ProfileEditor::birthdayText(QStringLiteral("05-14")), QStringLiteral("14/05"));
        QCOMPARE(ProfileEditor::normaliseTags(QStringLiteral(" habitué,vin , Habitué,, anniversaire ")),
                 QStringLiteral("habitué, vin, anniversaire"));
    }

    void notesTagsVipAndBirthdayByKeyboard()
    {
        CustomersTab tab;
        syncedTab(tab);
        auto* notes = tab.findChild<QPlainTextEdit*>(QStringLiteral("profileNotes"));
        auto* tags = tab.findChild<QLineEdit*>(QStringLiteral("profileTags"));
        auto* vip = tab.findChild<QCheckBox*>(QStringLiteral("profileVip"));
        auto* birthday = tab.findChild<QLineEdit*>(QStringLiteral("profileBirthday"));
        auto* message = tab.findChild<QLabel*>(QStringLiteral("profileEditorMessage"));
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("customerList"));
        QVERIFY(notes && tags && vip && birthday && message && list);
        QVERIFY(notes->isEnabled());

        notes->setFocus();
        // (QTest types ASCII only; the accents go in through the document.)
        notes->insertPlainText(QStringLiteral("Table près de la "));
        QTest::keyClicks(notes, QStringLiteral("fenetre"));
        QTest::keyClick(notes, Qt::Key_Tab); // Tab leaves the notes
        QVERIFY(tags->hasFocus());
        QTest::keyClicks(tags, QStringLiteral("habitue,vin , Habitue"));
        QTest::keyClick(tags, Qt::Key_Tab);
        QVERIFY(vip->hasFocus());
        QTest::keyClick(vip, Qt::Key_Space);
        QVERIFY(vip->isChecked());
        QTest::keyClick(vip, Qt::Key_Tab);
        QVERIFY(birthday->hasFocus());
        QTest::keyClicks(birthday, QStringLiteral("14/05"));
        QTest::keySequence(birthday, QKeySequence::Save);
        QVERIFY2(message->text().contains(QStringLiteral("saved")), qPrintable(message->text()));

        QSqlDatabase db = Database::connection();
        const std::optional<CrmProfile> p = CrmStore().profile(db, elodie());
        QVERIFY(p);
        QCOMPARE(p->notes, QStringLiteral("Table près de la fenetre"));
        QCOMPARE(p->tags, QStringLiteral("habitue, vin"));
        QVERIFY(p->summary.vip);
        QCOMPARE(p->birthday, QStringLiteral("05-14"));
        QCOMPARE(tags->text(), QStringLiteral("habitue, vin"));
        // The list says VIP at once.
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("★")), qPrintable(list->item(0)->text()));

        // A bad birthday: refused, said, nothing stored (Enter saves too).
        birthday->setFocus();
        birthday->selectAll();
        QTest::keyClicks(birthday, QStringLiteral("31/04"));
        notes->setPlainText(QStringLiteral("changed"));
        birthday->setFocus();
        QTest::keyClick(birthday, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("31/04")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("DD/MM")), qPrintable(message->text()));
        QCOMPARE(CrmStore().profile(db, elodie())->notes, QStringLiteral("Table près de la fenetre"));
        QCOMPARE(CrmStore().profile(db, elodie())->birthday, QStringLiteral("05-14"));
        QVERIFY(birthday->hasFocus());

        // Cleared: no birthday, not VIP.
        birthday->clear();
        vip->setChecked(false);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        QVERIFY(CrmStore().profile(db, elodie())->birthday.isEmpty());
        QVERIFY(!CrmStore().profile(db, elodie())->summary.vip);
        QCOMPARE(CrmStore().profile(db, elodie())->notes, QStringLiteral("changed"));
    }

    void rewardStatesFromTheProfile()
    {
        CustomersTab tab;
        syncedTab(tab);
        auto* rewards = tab.findChild<QTableWidget*>(QStringLiteral("profileRewards"));
        auto* used = tab.findChild<QPushButton*>(QStringLiteral("rewardUsedButton"));
        auto* expired = tab.findChild<QPushButton*>(QStringLiteral("rewardExpiredButton"));
        auto* granted = tab.findChild<QPushButton*>(QStringLiteral("rewardGrantedButton"));
        auto* message = tab.findChild<QLabel*>(QStringLiteral("profileEditorMessage"));
        QVERIFY(rewards && used && expired && granted && message);
        QCOMPARE(rewards->rowCount(), 1);
        QCOMPARE(rewards->item(0, 0)->text(), QStringLiteral("10th visit"));
        QCOMPARE(rewards->item(0, 1)->text(), QStringLiteral("granted"));
        QVERIFY(!used->isEnabled()); // nothing selected yet

        QSqlDatabase db = Database::connection();
        auto state = [&] { return CrmStore().profile(db, elodie())->rewards.at(0).state; };
        rewards->setFocus();
        rewards->setCurrentCell(0, 0);
        QVERIFY(used->isEnabled() && expired->isEnabled() && !granted->isEnabled());
        QTest::keyClick(rewards, Qt::Key_U);
        QCOMPARE(state(), QStringLiteral("used"));
        QCOMPARE(rewards->item(0, 1)->text(), QStringLiteral("used"));
        QVERIFY2(message->text().contains(QStringLiteral("used")), qPrintable(message->text()));
        QCOMPARE(rewards->currentRow(), 0);
        QVERIFY(!used->isEnabled() && granted->isEnabled());
        // The profile page says it too.
        const QString page = tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"))->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("10th visit — used")), qPrintable(page));

        QTest::keyClick(rewards, Qt::Key_G);
        QCOMPARE(state(), QStringLiteral("granted"));
        QTest::mouseClick(expired, Qt::LeftButton);
        QCOMPARE(state(), QStringLiteral("expired"));
        QCOMPARE(rewards->item(0, 1)->text(), QStringLiteral("expired"));
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
