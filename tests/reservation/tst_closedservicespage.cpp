// Paramètres ▸ Jours de fermeture: the restaurant's opening schedule
// (reservation/closed_services) as the manager edits it — a box per weekday
// and service, a list of days of the year — shown from what is stored,
// checked before anything is written, saved in the setting's syntax, and
// the Réservations tab showing the new closures at once (the area's page in
// the real settings dialog, offscreen).

#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/ui/settingsdialog.h"
#include "reservation/ui/closedservicespage.h"
#include "reservation/ui/reservationarea.h"
#include "reservation/ui/reservationformat.h"
#include "reservation/ui/reservationstab.h"
#include "reservation/ui/servicecard.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Moulin;

namespace {

QString stored()
{
    return AppPaths::settings()->value(QLatin1String(OpeningSchedule::kSettingsKey)).toString();
}

void store(const QString& value)
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    settings->setValue(QLatin1String(OpeningSchedule::kSettingsKey), value);
}

QStringList days(const ClosedServicesPage& page)
{
    QStringList out;
    for (int row = 0; row < page.dayList()->count(); ++row)
        out << QString::number(page.dayList()->item(row)->data(Qt::UserRole).toInt());
    return out;
}

} // namespace

class TestClosedServicesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("closed-services"))); }

    void showsWhatIsStored()
    {
        store(QStringLiteral("mon, sun-dinner, sat-lunch, 12-25, 01-01"));
        ClosedServicesPage page;
        for (int d = 1; d <= 7; ++d) {
            for (int s = 0; s < 2; ++s) {
                const bool closed = d == 1 || (d == 7 && s == 1) || (d == 6 && s == 0);
                QVERIFY(page.closedBox(d, s));
                QCOMPARE(page.closedBox(d, s)->isChecked(), closed);
            }
        }
        QCOMPARE(days(page), (QStringList{QStringLiteral("101"), QStringLiteral("1225")})); // in order
        QVERIFY(page.validate(nullptr));
        // Nothing changed: saving writes the same schedule back.
        page.apply();
        QCOMPARE(OpeningSchedule::parse(stored()), OpeningSchedule::parse(QStringLiteral("mon, sun-dinner, "
                                                                                         "sat-lunch, 12-25, "
                                                                                         "01-01")));
    }

    void editsAndSavesInTheSettingSyntax()
    {
        store(QStringLiteral("mon, 12-25"));
        ClosedServicesPage page;
        QSignalSpy saved(&page, &ClosedServicesPage::saved);
        page.closedBox(1, 1)->setChecked(false); // Monday evening opens
        page.closedBox(2, 0)->setChecked(true);  // Tuesday lunch closes
        page.closedBox(7, 1)->setChecked(true);  // Sunday evening closes
        page.dayEdit()->setText(QStringLiteral("14/7"));
        page.addButton()->click();
        QVERIFY(page.dayEdit()->text().isEmpty());
        page.dayEdit()->setText(QStringLiteral("1/1"));
        QTest::keyClick(page.dayEdit(), Qt::Key_Return);
        page.dayEdit()->setText(QStringLiteral("14/07")); // already there: once
        page.addButton()->click();
        QCOMPARE(days(page),
                 (QStringList{QStringLiteral("101"), QStringLiteral("714"), QStringLiteral("1225")}));
        // 25 December removed.
        page.dayList()->item(2)->setSelected(true);
        QVERIFY(page.removeButton()->isEnabled());
        page.removeButton()->click();
        QCOMPARE(days(page), (QStringList{QStringLiteral("101"), QStringLiteral("714")}));
        // A day typed but not added is saved too.
        page.dayEdit()->setText(QStringLiteral("08-15"));
        QString error;
        QVERIFY2(page.validate(&error), qPrintable(error));
        QCOMPARE(stored(), QStringLiteral("mon, 12-25")); // nothing before apply()
        page.apply();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(stored(), QStringLiteral("mon-lunch, tue-lunch, sun-dinner, 01-01, 07-14, 08-15"));
        // What the tab reads.
        const ServiceCapacity read = ServiceCapacity::load();
        QVERIFY(!read.schedule.isOpen(QDate(2026, 12, 14), 0)); // a Monday lunch
        QVERIFY(read.schedule.isOpen(QDate(2026, 12, 14), 1));  // its evening
        QVERIFY(!read.schedule.isOpen(QDate(2027, 7, 14), 1));  // 14 July
        QVERIFY(read.schedule.isOpen(QDate(2026, 12, 25), 1));  // no longer closed
        QVERIFY(!read.schedule.isOpen(QDate(2026, 12, 13), 1)); // Sunday evening
    }

    void refusesWhatCannotBeSavedAndWritesNothing()
    {
        store(QStringLiteral("mon"));
        ClosedServicesPage page;
        QSignalSpy saved(&page, &ClosedServicesPage::saved);
        // Not a day: said at once, not added.
        page.dayEdit()->setText(QStringLiteral("31/02"));
        page.addButton()->click();
        QCOMPARE(page.dayList()->count(), 0);
        QVERIFY2(page.errorText().contains(QStringLiteral("31/02")), qPrintable(page.errorText()));
        QCOMPARE(page.dayEdit()->text(), QStringLiteral("31/02"));
        QString error;
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("31/02")), qPrintable(error));
        for (const QString& bad : {QStringLiteral("noël"), QStringLiteral("13/13"), QStringLiteral("0/5")}) {
            page.dayEdit()->setText(bad);
            QVERIFY2(!page.validate(&error), qPrintable(bad));
        }
        QVERIFY(ClosedServicesPage::parseDay(QStringLiteral("29/02")));
        QCOMPARE(*ClosedServicesPage::parseDay(QStringLiteral(" 25 / 12 ")), 1225);
        QCOMPARE(*ClosedServicesPage::parseDay(QStringLiteral("12-25")), 1225);
        page.dayEdit()->clear();
        QVERIFY(page.validate(&error));

        // Every service of the week closed: refused.
        for (int d = 1; d <= 7; ++d) {
            for (int s = 0; s < 2; ++s)
                page.closedBox(d, s)->setChecked(true);
        }
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("at least one")), qPrintable(error));
        QVERIFY(page.errorText().contains(QStringLiteral("at least one")));
        QCOMPARE(stored(), QStringLiteral("mon"));
        QCOMPARE(saved.count(), 0);
    }

    void aValueNotUnderstoodIsSaidAndReplaced()
    {
        store(QStringLiteral("lundi, 12-25"));
        ClosedServicesPage page;
        for (int d = 1; d <= 7; ++d)
            QVERIFY(!page.closedBox(d, 0)->isChecked());
        const auto labels = page.findChildren<QLabel*>();
        bool said = false;
        for (const QLabel* label : labels)
            said = said || (label->text().contains(QStringLiteral("lundi")) && !label->isHidden());
        QVERIFY(said);
        page.closedBox(1, 0)->setChecked(true);
        QVERIFY(page.validate(nullptr));
        page.apply();
        QCOMPARE(stored(), QStringLiteral("mon-lunch"));
    }

    // The area's page in File ▸ Settings: OK saves it and the Réservations
    // tab shows the closure at once.
    void savingFromTheSettingsDialogReloadsTheTab()
    {
        const QString dir = AppPaths::dataDir();
        QVERIFY(Database::openAndMigrate(QDir(dir).filePath(QStringLiteral("moulin.sqlite"))).ok());
        QVERIFY(!AppPaths::isDemoDatabase());
        ReservationArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        QCOMPARE(tabs.size(), 3); // the book, the floor plan, the service
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        std::unique_ptr<QWidget> floorOwner(tabs.at(1).widget);
        std::unique_ptr<QWidget> serviceOwner(tabs.at(2).widget);
        ReservationsTab* tab = area.reservationsTab();
        QVERIFY(tab);
        area.databaseChanged();
        tab->resize(1200, 800);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab));
        // The next Wednesday: open at lunch.
        QDate wednesday = QDate::currentDate().addDays(1);
        while (wednesday.dayOfWeek() != Qt::Wednesday)
            wednesday = wednesday.addDays(1);
        tab->setDate(wednesday);
        QVERIFY(tab->serviceCard(0)->reopenButton()->isHidden());
        const QString open = tab->serviceCard(0)->stateText();

        CredentialStore credentials;
        SettingsDialog dialog(&credentials);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        area.extendSettings(&dialog, nullptr);
        auto* page = dialog.findChild<ClosedServicesPage*>(QStringLiteral("closedServicesSettings"));
        QVERIFY(page);
        auto* sections = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QVERIFY(sections);
        QCOMPARE(sections->tabText(sections->indexOf(page)), QStringLiteral("Closing days"));
        dialog.show();
        dialog.selectSection(QStringLiteral("Closing days"));
        QCOMPARE(dialog.currentSection(), page);
        page->closedBox(Qt::Wednesday, 0)->setChecked(true);
        dialog.resize(900, 760);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("closed-services.png"))));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(stored(), QStringLiteral("wed-lunch"));
        QTRY_VERIFY(!tab->serviceCard(0)->reopenButton()->isHidden());
        QVERIFY(tab->serviceCard(0)->stateText() != open);
        QCOMPARE(tab->serviceCard(1)->stateText(), open);
        Database::closeConnection();
    }
};

QTEST_MAIN(TestClosedServicesPage)
#include "tst_closedservicespage.moc"
