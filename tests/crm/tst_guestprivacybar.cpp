// The « RGPD » row of the Clients tab offscreen: disabled without a guest; the
// profile page showing the language the book gave; the JSON export of the
// guest shown; the erasure asked with a confirmation saying what goes and
// what stays (Cancel erases nothing), then done: the guest gone from the list,
// Brevo's deletion queued, a re-sync of the same rows bringing nothing back.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "crm/core/crmstore.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/guestprivacybar.h"
#include "crmtestsupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

/// Answers the next confirmation: `erase` clicks « Erase everywhere », else
/// Cancel; `text` receives what it said.
void answerConfirmation(bool erase, QString* text)
{
    QTimer::singleShot(0, [erase, text] {
        QMessageBox* box = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* b = qobject_cast<QMessageBox*>(w); b && b->isVisible())
                box = b;
        }
        if (!box)
            return answerConfirmation(erase, text);
        *text = box->text();
        for (QAbstractButton* b : box->buttons()) {
            if (erase ? box->buttonRole(b) == QMessageBox::DestructiveRole
                      : box->standardButton(b) == QMessageBox::Cancel) {
                b->click();
                // Any other box (an error) fails the test rather than hang it.
                QTimer::singleShot(200, [answered = QPointer<QMessageBox>(box)] {
                    for (QWidget* w : QApplication::topLevelWidgets()) {
                        if (auto* other = qobject_cast<QMessageBox*>(w);
                            other && other != answered && other->isVisible()) {
                            qWarning() << "unexpected message:" << other->text();
                            other->reject();
                        }
                    }
                });
                return;
            }
        }
    });
}

} // namespace

class TestGuestPrivacyBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("guestprivacybar"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
    }
    void cleanup()
    {
        ReadInterfaces::withdraw<GuestBookSource>();
        Database::closeConnection();
    }

    void exportAndEraseFromTheProfile()
    {
        auto book = std::make_shared<FakeBook>();
        ActivityGuest anna;
        anna.channel = QStringLiteral("thefork");
        anna.externalId = QStringLiteral("g1");
        anna.name = QStringLiteral("Anna Schmidt");
        anna.email = QStringLiteral("anna@example.de");
        anna.phone = QStringLiteral("+49 151 23456789");
        anna.language = QStringLiteral("de");
        anna.emailConsent = true;
        anna.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        book->guests << anna;
        book->bookings << FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b1"),
                                            QStringLiteral("g1"), QStringLiteral("Anna Schmidt"), QString(),
                                            QString(), QDate(2026, 11, 3))
                       << FakeBook::booking(QStringLiteral("phone"), QStringLiteral("b2"), QString(),
                                            QStringLiteral("Paul Roux"), QStringLiteral("06 11 22 33 44"),
                                            QString(), QDate(2026, 11, 4));
        ReadInterfaces::provide<GuestBookSource>(book);

        CustomersTab tab;
        tab.resize(1200, 800);
        tab.show();
        auto* bar = tab.findChild<GuestPrivacyBar*>(QStringLiteral("guestPrivacy"));
        auto* erase = tab.findChild<QPushButton*>(QStringLiteral("gdprErase"));
        QVERIFY(bar && erase);
        QVERIFY(!erase->isEnabled());
        QSignalSpy synced(&tab, &CustomersTab::synced);
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("customerList"));
        auto* search = tab.findChild<QLineEdit*>(QStringLiteral("customerSearch"));
        auto* profile = tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"));
        QCOMPARE(list->count(), 2);
        QTest::keyClicks(search, QStringLiteral("anna"));
        QCOMPARE(list->count(), 1);
        QVERIFY(erase->isEnabled());
        QVERIFY2(profile->toPlainText().contains(QStringLiteral("Deutsch")),
                 qPrintable(profile->toPlainText()));

        const QString path = QDir(freshDataDir(QStringLiteral("guestprivacybar-export")))
                                 .filePath(QStringLiteral("anna.json"));
        QString error;
        QVERIFY2(bar->exportJson(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Anna Schmidt"));
        QCOMPARE(doc.value(QStringLiteral("profile")).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("de"));

        // Cancel: nothing erased.
        QString said;
        answerConfirmation(false, &said);
        QTest::mouseClick(erase, Qt::LeftButton);
        QVERIFY2(said.contains(QStringLiteral("Anna Schmidt")) && said.contains(QStringLiteral("Brevo")) &&
                     said.contains(QStringLiteral("FEC")) && said.contains(QStringLiteral("books again")),
                 qPrintable(said));
        QCOMPARE(list->count(), 1);

        // Erase everywhere.
        answerConfirmation(true, &said);
        QTest::mouseClick(erase, Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        search->clear();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Paul Roux")));
        QSqlDatabase db = Database::connection();
        const QList<CrmRemoteErasure> owed = CrmStore().pendingRemoteErasures(db, QStringLiteral("brevo"));
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed[0].email, QStringLiteral("anna@example.de"));
        QCOMPARE(owed[0].phone, QStringLiteral("+4915123456789"));

        // The channel sends her record again: no profile comes back.
        book->guests << anna;
        tab.scheduleSync();
        QVERIFY(synced.wait(10000));
        QCOMPARE(list->count(), 1);
        QCOMPARE(CrmStore().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1")), 0);
    }
};

QTEST_MAIN(TestGuestPrivacyBar)
#include "tst_guestprivacybar.moc"
