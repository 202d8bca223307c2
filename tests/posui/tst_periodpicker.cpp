// PeriodPicker: today / week (Monday to Sunday) / month / custom ranges,
// stepping with ◀ ▶ (never past the current period), the signal.
#include "pos/ui/periodpicker.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Moulin;
using Preset = PeriodPicker::Preset;

Q_DECLARE_METATYPE(Moulin::PeriodPicker::Preset)

class TestPeriodPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate wed(2025, 11, 26);
        QTest::newRow("today") << Preset::Today << wed << wed << wed;
        QTest::newRow("week from a wednesday")
            << Preset::Week << wed << QDate(2025, 11, 24) << QDate(2025, 11, 30);
        QTest::newRow("week from a monday")
            << Preset::Week << QDate(2025, 11, 24) << QDate(2025, 11, 24) << QDate(2025, 11, 30);
        QTest::newRow("week from a sunday")
            << Preset::Week << QDate(2025, 11, 30) << QDate(2025, 11, 24) << QDate(2025, 11, 30);
        QTest::newRow("week across the new year")
            << Preset::Week << QDate(2026, 1, 1) << QDate(2025, 12, 29) << QDate(2026, 1, 4);
        QTest::newRow("month") << Preset::Month << wed << QDate(2025, 11, 1) << QDate(2025, 11, 30);
        QTest::newRow("31-day month")
            << Preset::Month << QDate(2025, 12, 31) << QDate(2025, 12, 1) << QDate(2025, 12, 31);
        QTest::newRow("february, leap year")
            << Preset::Month << QDate(2024, 2, 10) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("february") << Preset::Month << QDate(2025, 2, 28) << QDate(2025, 2, 1)
                                  << QDate(2025, 2, 28);
    }

    void ranges()
    {
        QFETCH(Preset, preset);
        QFETCH(QDate, anchor);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const SalesPeriod p = PeriodPicker::rangeFor(preset, anchor);
        QCOMPARE(p.from, from);
        QCOMPARE(p.to, to);
        if (preset == Preset::Week)
            QCOMPARE(p.from.dayOfWeek(), 1);
    }

    void shifting()
    {
        SalesPeriod p = PeriodPicker::shifted(Preset::Month, {QDate(2025, 1, 1), QDate(2025, 1, 31)}, -1);
        QCOMPARE(p.from, QDate(2024, 12, 1));
        QCOMPARE(p.to, QDate(2024, 12, 31));
        p = PeriodPicker::shifted(Preset::Month, {QDate(2024, 1, 1), QDate(2024, 1, 31)}, +1);
        QCOMPARE(p.to, QDate(2024, 2, 29));
        p = PeriodPicker::shifted(Preset::Week, {QDate(2025, 11, 24), QDate(2025, 11, 30)}, -1);
        QCOMPARE(p.from, QDate(2025, 11, 17));
        QCOMPARE(p.to, QDate(2025, 11, 23));
        p = PeriodPicker::shifted(Preset::Today, {QDate(2025, 3, 1), QDate(2025, 3, 1)}, -1);
        QCOMPARE(p.from, QDate(2025, 2, 28));
        // A custom period moves by its own length.
        p = PeriodPicker::shifted(Preset::Custom, {QDate(2025, 11, 10), QDate(2025, 11, 19)}, -1);
        QCOMPARE(p.from, QDate(2025, 10, 31));
        QCOMPARE(p.to, QDate(2025, 11, 9));
    }

    void followsTodayAfterMidnight()
    {
        PeriodPicker picker;
        picker.setToday(QDate(2025, 11, 30));
        QCOMPARE(picker.period().from, QDate(2025, 11, 1));
        QSignalSpy changed(&picker, &PeriodPicker::periodChanged);
        // The current month moves on with the clock...
        picker.setToday(QDate(2025, 12, 1));
        QCOMPARE(picker.period().from, QDate(2025, 12, 1));
        QCOMPARE(picker.period().to, QDate(2025, 12, 31));
        QCOMPARE(changed.count(), 1);
        // ...a month the user went back to does not.
        picker.shift(-1);
        picker.setToday(QDate(2026, 1, 1));
        QCOMPARE(picker.period().from, QDate(2025, 11, 1));
        // Nor does a custom period.
        picker.setCustomPeriod({QDate(2025, 12, 20), QDate(2026, 1, 1)});
        picker.setToday(QDate(2026, 1, 2));
        QCOMPARE(picker.period().to, QDate(2026, 1, 1));
        // Today follows the day.
        picker.setPreset(Preset::Today);
        picker.setToday(QDate(2026, 1, 3));
        QCOMPARE(picker.period().from, QDate(2026, 1, 3));
    }

    void clockInTheRestaurantsZone()
    {
        PeriodPicker picker;
        QCOMPARE(picker.timeZone(), QTimeZone("Europe/Paris"));
        // 23:30 UTC on 30 November is 00:30 on 1 December in Paris.
        picker.setNow(QDateTime(QDate(2025, 11, 30), QTime(23, 30), Qt::UTC));
        QCOMPARE(picker.today(), QDate(2025, 12, 1));
        QCOMPARE(picker.now().time(), QTime(0, 30));
        QCOMPARE(picker.period().from, QDate(2025, 12, 1));
        picker.setTimeZone(QTimeZone("America/New_York")); // 18:30 on the 30th there
        QCOMPARE(picker.today(), QDate(2025, 11, 30));
        QCOMPARE(picker.period().from, QDate(2025, 11, 1));
        // A clock set to a date only has no time of day.
        picker.setToday(QDate(2025, 11, 26));
        QVERIFY(!picker.now().isValid());
        QCOMPARE(picker.today(), QDate(2025, 11, 26));
        // Back to the system clock.
        picker.setNow(QDateTime());
        QVERIFY(picker.now().isValid());
        QCOMPARE(picker.now().timeZone(), QTimeZone("America/New_York"));
    }

    void widget()
    {
        PeriodPicker picker;
        picker.setToday(QDate(2025, 11, 26));
        QSignalSpy changed(&picker, &PeriodPicker::periodChanged);
        QCOMPARE(picker.preset(), Preset::Month);
        QCOMPARE(picker.period().from, QDate(2025, 11, 1));

        auto* week = picker.findChild<QAbstractButton*>(QStringLiteral("presetWeek"));
        QVERIFY(week);
        week->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).value<SalesPeriod>().from, QDate(2025, 11, 24));
        QCOMPARE(picker.period().to, QDate(2025, 11, 30));

        auto* next = picker.findChild<QAbstractButton*>(QStringLiteral("nextPeriod"));
        auto* previous = picker.findChild<QAbstractButton*>(QStringLiteral("previousPeriod"));
        QVERIFY(!next->isEnabled()); // the current week is the last one
        next->click();
        QCOMPARE(changed.count(), 1);
        previous->click();
        QCOMPARE(picker.period().from, QDate(2025, 11, 17));
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(picker.period().from, QDate(2025, 11, 24));
        QCOMPARE(changed.count(), 3);

        // Today, then custom: the date edits show and drive the period.
        picker.setPreset(Preset::Today);
        QCOMPARE(picker.period().from, QDate(2025, 11, 26));
        QCOMPARE(picker.period().to, QDate(2025, 11, 26));
        auto* from = picker.findChild<QDateEdit*>(QStringLiteral("customFrom"));
        auto* to = picker.findChild<QDateEdit*>(QStringLiteral("customTo"));
        picker.findChild<QAbstractButton*>(QStringLiteral("presetCustom"))->click();
        QCOMPARE(picker.preset(), Preset::Custom);
        QVERIFY(from->isVisibleTo(&picker));
        from->setDate(QDate(2025, 10, 3));
        QCOMPARE(picker.period().from, QDate(2025, 10, 3));
        QCOMPARE(picker.period().to, QDate(2025, 11, 26));
        // Reversed dates are swapped.
        picker.setCustomPeriod({QDate(2025, 9, 30), QDate(2025, 9, 1)});
        QCOMPARE(picker.period().from, QDate(2025, 9, 1));
        QCOMPARE(picker.period().to, QDate(2025, 9, 30));
        QCOMPARE(to->date(), QDate(2025, 9, 30));
        const int before = changed.count();
        picker.setCustomPeriod({QDate(2025, 9, 1), QDate(2025, 9, 30)}); // same: no signal
        QCOMPARE(changed.count(), before);

        // The month button anchors on today again.
        picker.findChild<QAbstractButton*>(QStringLiteral("presetMonth"))->click();
        QCOMPARE(picker.period().from, QDate(2025, 11, 1));
        QVERIFY(!from->isVisibleTo(&picker));
    }
};

QTEST_MAIN(TestPeriodPicker)
#include "tst_periodpicker.moc"
