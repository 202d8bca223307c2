// Paramètres ▸ Service en salle (offscreen): the capacity rules as stored are
// shown; edited, checked and saved under their keys; a turn-time list that
// cannot be read is refused with its reason and nothing is written; saving
// through the page reaches the rules the Service tab holds every seating to.

#include "common/core/apppaths.h"
#include "reservation/tableplan/serviceautoassign.h"
#include "reservation/tableplan/servicerules.h"
#include "reservation/ui/capacityrulespage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Moulin;
namespace Test = Moulin::Test;

namespace {

CapacityRules storedRules()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    return CapacityRules::load(*settings);
}

} // namespace

class TestCapacityRulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("capacity-rules"))); }

    void showsWhatIsStored()
    {
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QLatin1String(CapacityRules::kTurnTimesKey), QStringLiteral("2:75, 6:120"));
            settings->setValue(QLatin1String(CapacityRules::kResetKey), 10);
            settings->setValue(QLatin1String(CapacityRules::kPacingDinnerKey), 16);
            settings->setValue(QLatin1String(CapacityRules::kClosedZonesKey), QStringLiteral("terrasse"));
        }
        CapacityRulesPage page;
        QCOMPARE(page.turnTimesEdit()->text(), QStringLiteral("2:75, 6:120"));
        QCOMPARE(page.resetBox()->value(), 10);
        QCOMPARE(page.pacingBox(0)->value(), 0);
        QCOMPARE(page.pacingBox(0)->text(), page.pacingBox(0)->specialValueText()); // "no limit"
        QCOMPARE(page.pacingBox(1)->value(), 16);
        QCOMPARE(page.closedZonesEdit()->text(), QStringLiteral("terrasse"));
    }

    void automaticAssignmentIsOffUntilTicked()
    {
        {
            CapacityRulesPage page;
            QVERIFY(!page.autoAssignBox()->isChecked());
            QVERIFY(!ServiceAutoAssign::enabledInSettings());
            QTest::mouseClick(page.autoAssignBox(), Qt::LeftButton);
            QVERIFY(page.autoAssignBox()->isChecked());
            QVERIFY(!ServiceAutoAssign::enabledInSettings()); // not before OK
            QVERIFY(page.validate(nullptr));
            page.apply();
            QVERIFY(ServiceAutoAssign::enabledInSettings());
        }
        CapacityRulesPage again;
        QVERIFY(again.autoAssignBox()->isChecked());
        again.autoAssignBox()->setChecked(false);
        again.apply();
        QVERIFY(!ServiceAutoAssign::enabledInSettings());
    }

    void editsAreCheckedThenSaved()
    {
        CapacityRulesPage page;
        QSignalSpy saved(&page, &CapacityRulesPage::saved);
        page.turnTimesEdit()->setText(QStringLiteral("2:90, 4:105, 8:150"));
        page.resetBox()->setValue(15);
        page.pacingBox(0)->setValue(12);
        page.pacingBox(1)->setValue(20);
        page.closedZonesEdit()->setText(QStringLiteral(" terrasse, salon ,terrasse"));
        QString error;
        QVERIFY2(page.validate(&error), qPrintable(error));
        page.apply();
        QCOMPARE(saved.count(), 1);
        const CapacityRules r = storedRules();
        QCOMPARE(r.turnTimes.minutesFor(2), 90);
        QCOMPARE(r.turnTimes.minutesFor(5), 105);
        QCOMPARE(r.turnTimes.minutesFor(8), 150);
        QCOMPARE(r.resetMinutes, 15);
        QCOMPARE(r.pacingOf(0), 12);
        QCOMPARE(r.pacingOf(1), 20);
        QCOMPARE(r.closedZones, (QStringList{QStringLiteral("terrasse"), QStringLiteral("salon")}));
        // The same rules read back by a new page.
        CapacityRulesPage again;
        QCOMPARE(again.turnTimesEdit()->text(), QStringLiteral("2:90, 4:105, 8:150"));
    }

    void anUnreadableTurnTimeIsRefusedAndNothingWritten()
    {
        const CapacityRules before = storedRules();
        CapacityRulesPage page;
        QSignalSpy saved(&page, &CapacityRulesPage::saved);
        page.turnTimesEdit()->setText(QStringLiteral("2:90, quatre:105"));
        page.resetBox()->setValue(30);
        QString error;
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("quatre:105")), qPrintable(error));
        QCOMPARE(page.errorText(), error);
        page.apply(); // the dialog never calls it after a refusal; even so, nothing is written
        QCOMPARE(saved.count(), 0);
        QVERIFY(storedRules() == before);
        // Too short a time at the table (under 15 min) is refused too.
        page.turnTimesEdit()->setText(QStringLiteral("2:10"));
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("2:10")), qPrintable(error));
    }
};

QTEST_MAIN(TestCapacityRulesPage)
#include "tst_capacityrulespage.moc"
