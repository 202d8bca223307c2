// The Clients tab offscreen: the empty state without profiles; the profiles
// built in the background from the read interfaces; search as you type; the
// profile page (visits, favourites, spend, rewards, allergies); the review
// list's Merge and Keep apart, and Undo a merge, with their empty states; a
// guest without a linked receipt (no 0,00 €, no empty chart); phones shown
// French-style.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "crm/core/crmstore.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/spendchart.h"
#include "crmtestsupport.h"
#include "testsupport.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QValueAxis>

using namespace Moulin;
using namespace Moulin::Test;

class TestCustomersTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("customerstab"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup()
    {
        ReadInterfaces::withdraw<GuestBookSource>();
        ReadInterfaces::withdraw<ReceiptSource>();
        Database::closeConnection();
    }

    void profilesSearchAndReview()
    {
        const QTimeZone paris("Europe/Paris");
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
        book->bookings << FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("x1"),
                                            QStringLiteral("g2"), QStringLiteral("Sophie Bernard"),
                                            QStringLiteral("06 55 55 55 55"), QString(), day.addDays(2))
                       << FakeBook::booking(QStringLiteral("phone"), QStringLiteral("x2"), QString(),
                                            QStringLiteral("Marc Bernard"), QStringLiteral("0655555555"),
                                            QString(), day.addDays(3));
        auto till = std::make_shared<FakeTill>();
        till->receipts << FakeTill::receipt(QStringLiteral("r1"), QDateTime(day, QTime(22, 0), paris), 2,
                                            8450, QString(),
                                            {{QStringLiteral("P1"), QStringLiteral("Magret"), 2000, 5600}});

        CustomersTab tab;
        tab.resize(1200, 800);
        tab.show();
        auto* stack = tab.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0); // the empty state

        ReadInterfaces::provide<GuestBookSource>(book);
        ReadInterfaces::provide<ReceiptSource>(till);
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QCOMPARE(stack->currentIndex(), 1);

        auto* list = tab.findChild<QListWidget*>(QStringLiteral("customerList"));
        auto* search = tab.findChild<QLineEdit*>(QStringLiteral("customerSearch"));
        auto* profile = tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"));
        QCOMPARE(list->count(), 3);
        QTest::keyClicks(search, QStringLiteral("dupre"));
        QCOMPARE(list->count(), 1);
        const QString page = profile->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Élodie Dupré")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("gluten")));
        QVERIFY(page.contains(QStringLiteral("Magret")));
        QVERIFY(page.contains(QStringLiteral("10th visit")));
        QVERIFY(page.contains(QStringLiteral("84.50")));
        // One bill for ten visits: the value says whose it is.
        QVERIFY2(page.contains(QStringLiteral("1 visit(s) with a till receipt out of 10")), qPrintable(page));
        // The spend chart: the twelve months up to the last visit (2027-01-05),
        // the 84.50 € bill of 3 November 2026 in its month.
        auto* spend = tab.findChild<SpendChart*>();
        QVERIFY(spend && spend->isVisible());
        QCOMPARE(spend->months().size(), 12);
        QCOMPARE(spend->months().last(), QDate(2027, 1, 1));
        QCOMPARE(spend->months().first(), QDate(2026, 2, 1));
        QCOMPARE(spend->monthCents().at(spend->months().indexOf(QDate(2026, 11, 1))), 8450);
        qint64 total = 0;
        for (qint64 c : spend->monthCents())
            total += c;
        QCOMPARE(total, 8450);
        // Its euros written by the locale (never the format's raw bytes), on round ticks.
        QChart* chart = spend->findChild<QChartView*>()->chart();
        QVERIFY(chart->localizeNumbers());
        auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis->labelFormat().endsWith(QStringLiteral("€")));
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->max() >= 84.5);
        const double step = axis->max() / (axis->tickCount() - 1);
        QVERIFY2(step == 10 || step == 20 || step == 25 || step == 50, qPrintable(QString::number(step)));
        // French numbers as the French write them.
        QVERIFY2(list->item(0)->text().endsWith(QStringLiteral("06 12 34 56 78")),
                 qPrintable(list->item(0)->text()));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("06 55"));
        QCOMPARE(list->count(), 2);

        auto* reviews = tab.findChild<QTableWidget*>(QStringLiteral("mergeReviews"));
        auto* merges = tab.findChild<QTableWidget*>(QStringLiteral("mergeHistory"));
        auto* reviewsHint = tab.findChild<QLabel*>(QStringLiteral("mergeReviewsHint"));
        auto* mergesHint = tab.findChild<QLabel*>(QStringLiteral("mergeHistoryHint"));
        tab.findChild<QTabWidget*>()->setCurrentIndex(1);
        QCOMPARE(reviews->rowCount(), 1);
        QVERIFY(reviews->isVisible() && !reviewsHint->isVisible());
        // No merge yet: said, Undo off.
        QVERIFY(mergesHint->isVisible() && !merges->isVisible());
        QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("undoMergeButton"))->isEnabled());
        reviews->selectRow(0);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("mergeButton")), Qt::LeftButton);
        QCOMPARE(reviews->rowCount(), 0);
        // Nothing left to review: said where the table was, the buttons off.
        QVERIFY(!reviews->isVisible() && reviewsHint->isVisible());
        QVERIFY(reviewsHint->text().startsWith(QStringLiteral("Nothing to review.")));
        QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("mergeButton"))->isEnabled());
        QCOMPARE(list->count(), 1);
        QCOMPARE(merges->rowCount(), 1);
        QVERIFY(merges->isVisible() && !mergesHint->isVisible());
        // The merge's names on one line, its column taking the room.
        QVERIFY(!merges->wordWrap());
        QCOMPARE(merges->horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
        QVERIFY(merges->columnWidth(0) > merges->columnWidth(2));
        merges->selectRow(0);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("undoMergeButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(merges->item(0, 2)->text(), QStringLiteral("undone"));
        // Kept apart from then on: a new sync does not bring the pair back.
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QCOMPARE(reviews->rowCount(), 0);
        QCOMPARE(list->count(), 2);
    }

    // A regular whose visits no receipt could be linked to (walk-ins of
    // their size paid at the same services): the page says so instead of a
    // lifetime value of 0,00 €, and shows no empty chart.
    void visitsWithoutAReceiptSaySo()
    {
        const QTimeZone paris("Europe/Paris");
        auto book = std::make_shared<FakeBook>();
        auto till = std::make_shared<FakeTill>();
        const QDate day(2026, 11, 3);
        for (int i = 0; i < 5; ++i) {
            book->bookings << FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b%1").arg(i),
                                                QStringLiteral("g1"), QStringLiteral("Julien Bernard"),
                                                QStringLiteral("06 19 57 85 92"), QString(),
                                                day.addDays(7 * i), 4);
            for (int w = 0; w < 2; ++w)
                till->receipts << FakeTill::receipt(
                    QStringLiteral("r%1-%2").arg(i).arg(w),
                    QDateTime(day.addDays(7 * i), QTime(22, 10 + 30 * w), paris), 4, 12000,
                    QStringLiteral("%1").arg(3 + w));
        }
        ReadInterfaces::provide<GuestBookSource>(book);
        ReadInterfaces::provide<ReceiptSource>(till);
        CustomersTab tab;
        tab.resize(1200, 800);
        tab.show();
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        auto* profile = tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"));
        const QString page = profile->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("5 visit(s)")) || page.contains(QStringLiteral("5 visits")),
                 qPrintable(page));
        QVERIFY2(
            page.contains(QStringLiteral("Lifetime value not known: no till receipt linked to their visits")),
            qPrintable(page));
        QVERIFY2(!page.contains(QStringLiteral("0.00")), qPrintable(page));
        QVERIFY(!tab.findChild<SpendChart*>()->isVisible());
    }

    // A value that lost a conflict with Brevo is listed on the profile, with
    // both sides and their times.
    void conflictsShowOnTheProfile()
    {
        auto book = std::make_shared<FakeBook>();
        ActivityGuest g;
        g.channel = QStringLiteral("thefork");
        g.externalId = QStringLiteral("g1");
        g.name = QStringLiteral("Élodie Dupré");
        g.email = QStringLiteral("elodie.dupre@exemple.fr");
        g.phone = QStringLiteral("06 12 34 56 78");
        book->guests << g;
        QSqlDatabase db = Database::connection();
        QVERIFY(CrmStore().sync(db, book.get(), nullptr).ok);
        // Brevo knows her (without a number, since yesterday)…
        CrmRemoteContact c;
        c.remoteId = QStringLiteral("7");
        c.email = g.email;
        c.name = g.name;
        c.emailConsent = true;
        c.modifiedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        CrmStore store;
        QString error;
        QVERIFY2(Database::transaction(
                     db,
                     [&](QString* e) {
                         return store.applyRemoteContact(db, QStringLiteral("brevo"), c, e) &&
                                store.finish(db, e, nullptr, false) &&
                                store.settleRemoteContacts(db, QStringLiteral("brevo"), e);
                     },
                     &error),
                 qPrintable(error));
        // …and she gives Brevo another number after Moulin's last change.
        c.phone = QStringLiteral("+33611223344");
        c.modifiedAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY2(Database::transaction(
                     db,
                     [&](QString* e) {
                         return store.applyRemoteContact(db, QStringLiteral("brevo"), c, e) &&
                                store.finish(db, e, nullptr, false) &&
                                store.settleRemoteContacts(db, QStringLiteral("brevo"), e);
                     },
                     &error),
                 qPrintable(error));
        const qint64 id = store.profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
        QCOMPARE(store.profileOf(db, QStringLiteral("brevo"), QStringLiteral("7")), id);
        QCOMPARE(store.profile(db, id)->summary.phone, QStringLiteral("+33611223344"));
        QCOMPARE(store.fieldHistory(db, id).size(), 1);

        ReadInterfaces::provide<GuestBookSource>(book);
        CustomersTab tab;
        tab.resize(1200, 800);
        tab.show();
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("customerList"));
        auto* profile = tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"));
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        const QString page = profile->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Synchronisation conflicts")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Phone: 06 11 22 33 44 (Brevo")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("kept over 06 12 34 56 78 (Moulin")), qPrintable(page));
    }
};

QTEST_MAIN(TestCustomersTab)
#include "tst_customerstab.moc"
