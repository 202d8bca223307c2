#include "pos/core/money.h"

#include <QTest>

using namespace Moulin;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratesExactly()
    {
        // Multipliers, as Lightspeed gives them: never through a double.
        QCOMPARE(Money::parseMultiplierBasisPoints(u"1.1").value(), 1000);
        QCOMPARE(Money::parseMultiplierBasisPoints(u"1.2").value(), 2000);
        QCOMPARE(Money::parseMultiplierBasisPoints(u"1.055").value(), 550);
        QCOMPARE(Money::parseMultiplierBasisPoints(u"1.021").value(), 210);
        QCOMPARE(Money::parseMultiplierBasisPoints(u"1.10000000").value(), 1000);
        QCOMPARE(Money::parseMultiplierBasisPoints(u"1").value(), 0);
        QVERIFY(!Money::parseMultiplierBasisPoints(u"10.00")); // a percentage is not a multiplier
        QVERIFY(!Money::parseMultiplierBasisPoints(u"0.9"));
        QVERIFY(!Money::parseMultiplierBasisPoints(u"1.05555"));
        QVERIFY(!Money::parseMultiplierBasisPoints(u"1.1e0"));
        // Percentages, exactly.
        QCOMPARE(Money::parsePercentBasisPoints(u"10.00").value(), 1000);
        QCOMPARE(Money::parsePercentBasisPoints(u"5.5").value(), 550);
        QCOMPARE(Money::parsePercentBasisPoints(u"2.10").value(), 210);
        QVERIFY(!Money::parsePercentBasisPoints(u"5.505"));
        QVERIFY(!Money::parsePercentBasisPoints(u"100.01"));
        QCOMPARE(Money::formatRateFrench(550), QStringLiteral("5,5\u00A0%"));
        QCOMPARE(Money::formatRateFrench(2000), QStringLiteral("20\u00A0%"));
    }

    void sixDecimalsRoundedHalfEven()
    {
        QCOMPARE(Money::parseMicro(u"1.666667").value(), 1'666'667);
        QCOMPARE(Money::parseMicro(u"-0.5").value(), -500'000);
        QCOMPARE(Money::microToCents(1'666'667), 167);
        QCOMPARE(Money::microToCents(1'665'000), 166); // half to even
        QCOMPARE(Money::microToCents(1'675'000), 168);
        QCOMPARE(Money::microToCents(-1'665'000), -166);
        QCOMPARE(Money::microToCents(1'665'001), 167);
        QVERIFY(!Money::parseMicro(u"1234567890123.5")); // 13 integer digits: no room
    }

    void parseCents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::addRow("two decimals") << QStringLiteral("11.00") << qint64(1100);
        QTest::addRow("one decimal, negative") << QStringLiteral("-3.5") << qint64(-350);
        QTest::addRow("half a cent rounds up") << QStringLiteral("0.005") << qint64(1);
        QTest::addRow("just below half") << QStringLiteral("0.0049999") << qint64(0);
        QTest::addRow("negative half away from zero") << QStringLiteral("-0.005") << qint64(-1);
        QTest::addRow("tiny negative is zero") << QStringLiteral("-0.001") << qint64(0);
        QTest::addRow("2.675 (a double says 267)") << QStringLiteral("2.675") << qint64(268);
        QTest::addRow("1.005 (a double says 100)") << QStringLiteral("1.005") << qint64(101);
        QTest::addRow("integer") << QStringLiteral("42") << qint64(4200);
        QTest::addRow("plus sign") << QStringLiteral("+7.10") << qint64(710);
        QTest::addRow("carry") << QStringLiteral("9.995") << qint64(1000);
        QTest::addRow("long fraction") << QStringLiteral("12.3456") << qint64(1235);
        QTest::addRow("zero") << QStringLiteral("0.00") << qint64(0);
        QTest::addRow("leading zeros") << QStringLiteral("007.5") << qint64(750);
        QTest::addRow("fifteen digits") << QStringLiteral("999999999999999.99") << qint64(99999999999999999);
    }

    void parseCents()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const std::optional<qint64> parsed = Money::parseCents(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, cents);
        // The Latin-1 overload agrees.
        const QByteArray latin1 = text.toLatin1();
        QCOMPARE(Money::parseCents(QLatin1StringView(latin1)).value_or(-999), cents);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"",   "-",   "+",   ".",        "1.",   ".5",  "1,00",  "1.000,00", "1 000", " 1",
              "1 ", "1e3", "NaN", "Infinity", "0x10", "--1", "1.2.3", "12a",      "€12",   "1234567890123456",
              "١٢"})
            QTest::addRow("%s", bad) << QString::fromUtf8(bad);
    }

    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY2(!Money::parseCents(text).has_value(), qPrintable(text));
    }

    void milliAndRates()
    {
        QCOMPARE(Money::parseMilli(u"2").value(), 2000);
        QCOMPARE(Money::parseMilli(u"0.750").value(), 750);
        QCOMPARE(Money::parseMilli(u"-1").value(), -1000);
        QCOMPARE(Money::parseMilli(u"0.0005").value(), 1);
        QCOMPARE(Money::parseRateBasisPoints(u"10.00").value(), 1000);
        QCOMPARE(Money::parseRateBasisPoints(u"5.5").value(), 550);
        QCOMPARE(Money::parseRateBasisPoints(u"20").value(), 2000);
        QVERIFY(!Money::parseRateBasisPoints(u"-1"));
        QVERIFY(!Money::parseRateBasisPoints(u"100.01"));
    }

    void format()
    {
        QCOMPARE(Money::formatApi(123450), QStringLiteral("1234.50"));
        QCOMPARE(Money::formatApi(-305), QStringLiteral("-3.05"));
        QCOMPARE(Money::formatApi(0), QStringLiteral("0.00"));
        QCOMPARE(Money::formatApi(-5), QStringLiteral("-0.05"));
        QCOMPARE(Money::formatDecimalComma(123450), QStringLiteral("1234,50"));
        QCOMPARE(Money::formatDecimalComma(7), QStringLiteral("0,07"));
        // Round trip.
        for (qint64 c : {0LL, 1LL, -1LL, 99LL, 100LL, 123456789LL, -987654321LL})
            QCOMPARE(Money::parseCents(Money::formatApi(c)).value(), c);
    }

    void divRound()
    {
        QCOMPARE(Money::divRound(5, 10), qint64(1));
        QCOMPARE(Money::divRound(4, 10), qint64(0));
        QCOMPARE(Money::divRound(-5, 10), qint64(-1));
        QCOMPARE(Money::divRound(-4, 10), qint64(0));
        // 11.00 TTC at 10 %: 10.00 HT exactly; 8.50 TTC: 7.727… → 7.73.
        QCOMPARE(Money::divRound(1100 * 10000, 11000), qint64(1000));
        QCOMPARE(Money::divRound(850 * 10000, 11000), qint64(773));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
