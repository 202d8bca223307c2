// Euros, dates, deltas and price parsing of the Ventes tab, French and
// English.
#include "pos/ui/salesformat.h"

#include <QTest>

using namespace Moulin;

class TestSalesFormat : public QObject
{
    Q_OBJECT

    const QLocale fr{QLocale::French, QLocale::France};
    const QLocale en{QLocale::English, QLocale::UnitedKingdom};

private Q_SLOTS:
    void money()
    {
        // French: narrow no-break space between thousands, no-break space before €.
        QCOMPARE(SalesFormat::money(1234567, fr), QStringLiteral("12\u202f345,67\u00a0€"));
        QCOMPARE(SalesFormat::money(-1250, fr), QStringLiteral("-12,50\u00a0€"));
        QCOMPARE(SalesFormat::money(5, fr), QStringLiteral("0,05\u00a0€"));
        QCOMPARE(SalesFormat::money(1234567, en), QStringLiteral("€12,345.67"));
        QCOMPARE(SalesFormat::moneyRounded(1234550, fr), QStringLiteral("12\u202f346\u00a0€"));
        QCOMPARE(SalesFormat::moneyRounded(-150, fr), QStringLiteral("-2\u00a0€"));
        QCOMPARE(SalesFormat::moneyPlain(1234567, fr), QStringLiteral("12345,67"));
        QCOMPARE(SalesFormat::moneyPlain(-5, fr), QStringLiteral("-0,05"));
        QCOMPARE(SalesFormat::moneyPlain(900719925474099, en), QStringLiteral("9007199254740.99"));
    }

    void parseMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("comma") << QStringLiteral("12,50") << qint64(1250);
        QTest::newRow("point") << QStringLiteral("12.5") << qint64(1250);
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("euro sign") << QStringLiteral("23,40 €") << qint64(2340);
        QTest::newRow("grouped") << QStringLiteral("1\u202f234,05\u00a0€") << qint64(123405);
        QTest::newRow("no whole part") << QStringLiteral(",5") << qint64(50);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("three decimals") << QStringLiteral("1,005") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-3") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("douze") << qint64(-1);
        QTest::newRow("two points") << QStringLiteral("1.2.3") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void parseMoney()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        QCOMPARE(SalesFormat::parseMoney(text, fr), cents);
    }

    void dates()
    {
        QCOMPARE(SalesFormat::shortDate(QDate(2025, 11, 24), fr), QStringLiteral("lun. 24 nov."));
        QCOMPARE(SalesFormat::period({QDate(2025, 11, 24), QDate(2025, 11, 30)}, fr),
                 QStringLiteral("lun. 24 nov. – dim. 30 nov. 2025"));
        QCOMPARE(SalesFormat::period({QDate(2024, 12, 30), QDate(2025, 1, 5)}, fr),
                 QStringLiteral("lun. 30 déc. 2024 – dim. 5 janv. 2025"));
        QCOMPARE(SalesFormat::period({QDate(2025, 11, 26), QDate(2025, 11, 26)}, fr),
                 QStringLiteral("mer. 26 nov. 2025"));
        QCOMPARE(SalesFormat::weekdayName(2, fr), QStringLiteral("mardi"));
    }

    void timeOfDay()
    {
        // No translator: the English "13:45" (French "13 h 45" comes from the catalogue).
        QCOMPARE(SalesFormat::timeOfDay(QTime(13, 45)), QStringLiteral("13:45"));
        QCOMPARE(SalesFormat::timeOfDay(QTime(9, 5, 59)), QStringLiteral("9:05"));
        QCOMPARE(SalesFormat::timeOfDay(QTime()), QString());
    }

    void deltas()
    {
        SalesDelta d = SalesFormat::delta(11250, 10000, fr);
        QCOMPARE(d.trend, SalesDelta::Trend::Up);
        QCOMPARE(d.text, QStringLiteral("▲ 12,5%")); // no translator: English "%1%"
        QCOMPARE(d.color, SalesFormat::upColor());
        d = SalesFormat::delta(9000, 10000, en);
        QCOMPARE(d.trend, SalesDelta::Trend::Down);
        QCOMPARE(d.text, QStringLiteral("▼ 10.0%"));
        QCOMPARE(d.color, SalesFormat::downColor());
        QVERIFY(qFuzzyCompare(d.percent, -10.0));
        d = SalesFormat::delta(10001, 10000, fr);
        QCOMPARE(d.trend, SalesDelta::Trend::Flat);
        d = SalesFormat::delta(500, 0, fr);
        QCOMPARE(d.trend, SalesDelta::Trend::None);
        QCOMPARE(d.text, QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestSalesFormat)
#include "tst_salesformat.moc"
