// The profile page's editor in the Clients tab, offscreen and by keyboard:
// notes, tags (a comma list, tidied), VIP and birthday saved with Ctrl+S and
// read back from the store; a bad birthday refused with its reason and
// nothing stored; the rewards' states (granted → used / expired, and back)
// set with U / X / G on the reward. Changes not saved are asked about
// (Enregistrer / Ne pas enregistrer / Annuler) before another guest, another
// page or tab, or the window closing takes them away — answered with the
// keyboard and the mouse. Allergies added on the profile (Enter) and removed
// (Del), a removal standing at the next sync.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "crm/core/crmstore.h"
#include "crm/ui/crmarea.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/profileeditor.h"
#include "crmtestsupport.h"
#include "frenchpending.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Moulin;
using namespace Moulin::Test;

class TestProfileEditor : public QObject
{
    Q_OBJECT

    /// A tab whose profiles were synced from Élodie's ten visits (the tenth
    /// visit's reward granted), her profile shown.
    static void syncedTab(CustomersTab& tab, bool bruno = false) { syncedWidget(tab, tab, bruno); }
    /// As syncedTab(), `shown` the window holding the tab; with Bruno Martin's
    /// one visit when `bruno` (the list's second guest).
    static void syncedWidget(CustomersTab& tab, QWidget& shown, bool bruno)
    {
        auto book = std::make_shared<FakeBook>();
        if (bruno)
            book->bookings << FakeBook::booking(
                QStringLiteral("phone"), QStringLiteral("p1"), QString(), QStringLiteral("Bruno Martin"),
                QStringLiteral("06 99 88 77 66"), QString(), QDate(2026, 11, 4), 4);
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
        shown.resize(1200, 800);
        shown.show();
        QApplication::setActiveWindow(&shown);
        QVERIFY(QTest::qWaitForWindowActive(&shown));
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
    }

    static qint64 elodie()
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
    }

    static CrmProfile stored(qint64 id)
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profile(db, id).value_or(CrmProfile());
    }

    /// The next unsaved-changes question, answered by `answer` when it shows
    /// (its texts kept in `seen`); `asked` counts the questions.
    struct Answerer
    {
        int asked = 0;
        QStringList seen;
        std::function<void(QMessageBox*)> answer;
        /// Parent of the watching timers (gone with the answerer).
        std::unique_ptr<QObject> owner = std::make_unique<QObject>();
    };
    static void answerNext(Answerer* a, std::function<void(QMessageBox*)> answer)
    {
        a->answer = std::move(answer);
        auto* timer = new QTimer(a->owner.get());
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [a, timer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("profileUnsavedQuestion") || !box->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            ++a->asked;
            a->seen = QStringList{box->text()};
            for (QAbstractButton* b : box->buttons())
                a->seen << b->text().remove(QLatin1Char('&'));
            a->answer(box);
        });
        timer->start();
    }
    static void press(QMessageBox* box, Qt::Key key) { QTest::keyClick(box, key); }
    static void click(QMessageBox* box, QMessageBox::StandardButton which)
    {
        QTest::mouseClick(box->button(which), Qt::LeftButton);
    }
    static void clickRow(QListWidget* list, int row)
    {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(list->item(row)).center());
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

    void anotherGuestAsksAboutTheChanges()
    {
        CustomersTab tab;
        syncedTab(tab, true);
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("customerList"));
        auto* notes = tab.findChild<QPlainTextEdit*>(QStringLiteral("profileNotes"));
        auto* birthday = tab.findChild<QLineEdit*>(QStringLiteral("profileBirthday"));
        auto* editor = tab.findChild<ProfileEditor*>();
        auto* message = tab.findChild<QLabel*>(QStringLiteral("profileEditorMessage"));
        QVERIFY(list && notes && birthday && editor && message);
        QCOMPARE(list->count(), 2);
        QCOMPARE(editor->profileId(), elodie());
        const qint64 bruno = list->item(1)->data(Qt::UserRole).toLongLong();
        QVERIFY(!editor->isModified());
        // Nothing changed: another guest at once, no question.
        Answerer a;
        clickRow(list, 1);
        QCOMPARE(editor->profileId(), bruno);
        clickRow(list, 0);
        QCOMPARE(editor->profileId(), elodie());
        QCOMPARE(a.asked, 0);

        // Typed and taken back: nothing to ask either.
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("x"));
        QVERIFY(editor->isModified());
        QTest::keyClick(notes, Qt::Key_Backspace);
        QVERIFY(!editor->isModified());

        // Notes typed, then Bruno clicked: asked; Esc (Annuler) keeps Élodie
        // and the text.
        QTest::keyClicks(notes, QStringLiteral("fenetre"));
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Escape); });
        clickRow(list, 1);
        QTRY_COMPARE(a.asked, 1);
        QVERIFY2(a.seen.first().contains(QStringLiteral("Élodie Dupré")), qPrintable(a.seen.join(u'|')));
        QCOMPARE(editor->profileId(), elodie());
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(notes->toPlainText(), QStringLiteral("fenetre"));
        QVERIFY(stored(elodie()).notes.isEmpty());

        // Bruno again, « Ne pas enregistrer » with the mouse: dropped.
        answerNext(&a, [](QMessageBox* box) { click(box, QMessageBox::Discard); });
        clickRow(list, 1);
        QTRY_COMPARE(editor->profileId(), bruno);
        QCOMPARE(a.asked, 2);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(stored(elodie()).notes.isEmpty());
        QVERIFY(notes->toPlainText().isEmpty());

        // Back to Élodie, notes typed, ↓ in the list to Bruno: Enter
        // (« Enregistrer », the default) saves them, then Bruno.
        clickRow(list, 0);
        QCOMPARE(editor->profileId(), elodie());
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("banquette"));
        list->setFocus();
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Return); });
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_COMPARE(editor->profileId(), bruno);
        QCOMPARE(a.asked, 3);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(stored(elodie()).notes, QStringLiteral("banquette"));

        // A bad birthday: « Enregistrer » refused, the reason said, Bruno stays.
        birthday->setFocus();
        QTest::keyClicks(birthday, QStringLiteral("31/04"));
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Return); });
        clickRow(list, 0);
        QTRY_COMPARE(a.asked, 4);
        QTRY_COMPARE(list->currentRow(), 1);
        QCOMPARE(editor->profileId(), bruno);
        QVERIFY2(message->text().contains(QStringLiteral("31/04")), qPrintable(message->text()));
        QCOMPARE(birthday->text(), QStringLiteral("31/04"));
        QVERIFY(stored(bruno).birthday.isEmpty());

        // A sync meanwhile reads the profile again: the changes stay.
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QCOMPARE(birthday->text(), QStringLiteral("31/04"));
        QVERIFY(editor->isModified());
    }

    void anotherPageTabOrClosingAsksToo()
    {
        PendingFrench french;
        QVERIFY(french.load());
        CustomersArea area;
        const QList<AreaTab> made = area.createTabs(nullptr);
        QCOMPARE(made.size(), 1);
        auto* tab = qobject_cast<CustomersTab*>(made.first().widget);
        QVERIFY(tab);
        QTabWidget window;
        window.addTab(tab, QStringLiteral("Clients"));
        window.addTab(new QWidget, QStringLiteral("Ventes"));
        syncedWidget(*tab, window, false);
        auto* pages = tab->findChild<QTabWidget*>();
        auto* vip = tab->findChild<QCheckBox*>(QStringLiteral("profileVip"));
        auto* editor = tab->findChild<ProfileEditor*>();
        QVERIFY(pages && vip && editor);
        QCOMPARE(pages->currentIndex(), 0);

        // VIP ticked, then the Fidélité page: asked in French; Esc comes back.
        vip->setFocus();
        QTest::keyClick(vip, Qt::Key_Space);
        QVERIFY(editor->isModified());
        Answerer a;
        QCoreApplication::installTranslator(&french);
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Escape); });
        pages->setCurrentIndex(3);
        QTRY_COMPARE(a.asked, 1);
        QCoreApplication::removeTranslator(&french);
        QVERIFY2(a.seen.contains(QStringLiteral("Enregistrer")) &&
                     a.seen.contains(QStringLiteral("Ne pas enregistrer")) &&
                     a.seen.contains(QStringLiteral("Annuler")),
                 qPrintable(a.seen.join(u'|')));
        QTRY_COMPARE(pages->currentIndex(), 0);
        QVERIFY(vip->isChecked());

        // The window's other tab, clicked: asked; Esc comes back.
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Escape); });
        QTest::mouseClick(window.tabBar(), Qt::LeftButton, Qt::NoModifier,
                          window.tabBar()->tabRect(1).center());
        QTRY_COMPARE(a.asked, 2);
        QTRY_COMPARE(window.currentIndex(), 0);
        QVERIFY(editor->isModified());

        // Closing: Esc keeps the window; « Ne pas enregistrer » drops; Enter saves.
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Escape); });
        QVERIFY(!area.maybeClose(&window));
        QCOMPARE(a.asked, 3);
        answerNext(&a, [](QMessageBox* box) { click(box, QMessageBox::Discard); });
        QVERIFY(area.maybeClose(&window));
        QCOMPARE(a.asked, 4);
        QVERIFY(!vip->isChecked());
        QVERIFY(!stored(elodie()).summary.vip);
        QTest::keyClick(vip, Qt::Key_Space);
        answerNext(&a, [](QMessageBox* box) { press(box, Qt::Key_Return); });
        QVERIFY(area.maybeClose(&window));
        QCOMPARE(a.asked, 5);
        QVERIFY(stored(elodie()).summary.vip);
        // Nothing left to save: no question.
        QVERIFY(area.maybeClose(&window));
        QTest::qWait(100);
        QCOMPARE(a.asked, 5);
        // Another page with nothing to save: no question either.
        pages->setCurrentIndex(3);
        QTest::qWait(100);
        QCOMPARE(pages->currentIndex(), 3);
        QCOMPARE(a.asked, 5);
    }

    void allergiesAddedAndRemovedOnTheProfile()
    {
        CustomersTab tab;
        syncedTab(tab);
        auto* allergies = tab.findChild<QListWidget*>(QStringLiteral("profileAllergies"));
        auto* input = tab.findChild<QLineEdit*>(QStringLiteral("profileAllergyInput"));
        auto* message = tab.findChild<QLabel*>(QStringLiteral("profileEditorMessage"));
        auto* page = tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"));
        QVERIFY(allergies && input && message && page);
        QCOMPARE(allergies->count(), 1);
        QVERIFY2(allergies->item(0)->text().startsWith(QStringLiteral("gluten — TheFork")),
                 qPrintable(allergies->item(0)->text()));

        // Typed, Enter: on the profile at once, said where the host sees it.
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("arachides"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("arachides")), qPrintable(message->text()));
        QCOMPARE(stored(elodie()).summary.allergies, QStringLiteral("gluten, arachides"));
        QCOMPARE(allergies->count(), 2);
        QVERIFY2(allergies->item(1)->text().startsWith(QStringLiteral("arachides — the manager")),
                 qPrintable(allergies->item(1)->text()));
        QVERIFY(input->text().isEmpty());
        QVERIFY2(page->toPlainText().contains(QStringLiteral("gluten, arachides")),
                 qPrintable(page->toPlainText()));

        // Gluten recorded wrongly: Del on it.
        allergies->setFocus();
        allergies->setCurrentRow(0);
        QTest::keyClick(allergies, Qt::Key_Delete);
        QVERIFY2(message->text().contains(QStringLiteral("removed")), qPrintable(message->text()));
        QCOMPARE(stored(elodie()).summary.allergies, QStringLiteral("arachides"));
        QCOMPARE(allergies->count(), 1);
        // The bookings synced again: it does not come back.
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QCOMPARE(stored(elodie()).summary.allergies, QStringLiteral("arachides"));
        QCOMPARE(allergies->count(), 1);

        // Typed and not added: an unsaved change, added by Ctrl+S.
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("kiwi"));
        QVERIFY(tab.findChild<ProfileEditor*>()->isModified());
        QTest::keySequence(input, QKeySequence::Save);
        QCOMPARE(stored(elodie()).summary.allergies, QStringLiteral("arachides, kiwi"));
        QVERIFY(!tab.findChild<ProfileEditor*>()->isModified());
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
