// France's public holidays: Easter and the three holidays that follow it for
// several years (dates from the official calendars), the fixed ones.

#include "common/core/frenchholidays.h"

#include <QTest>

using namespace Moulin;

class TestFrenchHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easterBasedHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easterMonday");
        QTest::addColumn<QDate>("ascension");
        QTest::addColumn<QDate>("whitMonday");
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 22) << QDate(2019, 5, 30) << QDate(2019, 6, 10);
        QTest::newRow("2024") << 2024 << QDate(2024, 4, 1) << QDate(2024, 5, 9) << QDate(2024, 5, 20);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 21) << QDate(2025, 5, 29) << QDate(2025, 6, 9);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 6) << QDate(2026, 5, 14) << QDate(2026, 5, 25);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 29) << QDate(2027, 5, 6) << QDate(2027, 5, 17);
        QTest::newRow("2038 (late)") << 2038 << QDate(2038, 4, 26) << QDate(2038, 6, 3) << QDate(2038, 6, 14);
        QTest::newRow("2008 (Ascension on 1 May)")
            << 2008 << QDate(2008, 3, 24) << QDate(2008, 5, 1) << QDate(2008, 5, 12);
    }
    void easterBasedHolidays()
    {
        QFETCH(int, year);
        QFETCH(QDate, easterMonday);
        QFETCH(QDate, ascension);
        QFETCH(QDate, whitMonday);
        QCOMPARE(FrenchHolidays::easterSunday(year), easterMonday.addDays(-1));
        QCOMPARE(FrenchHolidays::easterSunday(year).dayOfWeek(), 7);
        const QList<PublicHoliday> days = FrenchHolidays::ofYear(year);
        QCOMPARE(days.size(), 11);
        QList<QDate> dates;
        for (const PublicHoliday& h : days)
            dates << h.date;
        QVERIFY(dates.contains(easterMonday));
        QVERIFY(dates.contains(ascension));
        QVERIFY(dates.contains(whitMonday));
        QCOMPARE(ascension.dayOfWeek(), 4);
        QCOMPARE(FrenchHolidays::nameOf(easterMonday), QStringLiteral("Easter Monday"));
        QCOMPARE(FrenchHolidays::nameOf(whitMonday), QStringLiteral("Whit Monday"));
        QVERIFY(std::is_sorted(dates.cbegin(), dates.cend()));
    }

    void fixedHolidays()
    {
        for (int year : {2025, 2026}) {
            for (const QDate& d :
                 {QDate(year, 1, 1), QDate(year, 5, 1), QDate(year, 5, 8), QDate(year, 7, 14),
                  QDate(year, 8, 15), QDate(year, 11, 1), QDate(year, 11, 11), QDate(year, 12, 25)})
                QVERIFY2(!FrenchHolidays::nameOf(d).isEmpty(), qPrintable(d.toString(Qt::ISODate)));
        }
        QCOMPARE(FrenchHolidays::nameOf(QDate(2026, 7, 14)), QStringLiteral("Bastille Day"));
        QVERIFY(FrenchHolidays::nameOf(QDate(2026, 7, 13)).isEmpty());
        QVERIFY(FrenchHolidays::nameOf(QDate(2026, 12, 26)).isEmpty()); // Alsace-Moselle only
        QVERIFY(FrenchHolidays::nameOf(QDate()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFrenchHolidays)
#include "tst_frenchholidays.moc"
