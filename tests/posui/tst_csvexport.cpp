// CSV export: French separator ';' (',' in English), UTF-8 with BOM, CRLF,
// quoting, amounts from ExportRole, rows in the order the view shows them,
// no formula injection; the file written by the panel.
#include "pos/ui/csvexport.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salestablepanel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Moulin;

class TestCsvExport : public QObject
{
    Q_OBJECT

    const QLocale fr{QLocale::French, QLocale::France};
    const QLocale en{QLocale::English, QLocale::UnitedKingdom};

    static QList<ReceiptRow> receipts()
    {
        return {{QStringLiteral("R-1"), QDateTime(QDate(2025, 11, 24), QTime(12, 40)), 123456, 112233, 2,
                 QStringLiteral("CB, Espèces")},
                {QStringLiteral("R \"2\""), QDateTime(QDate(2025, 11, 24), QTime(20, 5)), 990, 900, 1,
                 QStringLiteral("=HYPERLINK(\"x\")")}};
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(fr); }

    void separators()
    {
        QCOMPARE(CsvExport::separatorFor(fr), QLatin1Char(';'));
        QCOMPARE(CsvExport::separatorFor(en), QLatin1Char(','));
    }

    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("csv");
        QTest::newRow("plain") << QStringLiteral("Plats") << QStringLiteral("Plats");
        QTest::newRow("accents") << QStringLiteral("Crème brûlée") << QStringLiteral("Crème brûlée");
        QTest::newRow("decimal comma kept") << QStringLiteral("12,50") << QStringLiteral("12,50");
        QTest::newRow("separator") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("quotes doubled")
            << QStringLiteral("le \"Moulin\"") << QStringLiteral("\"le \"\"Moulin\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("edge spaces") << QStringLiteral(" a ") << QStringLiteral("\" a \"");
        QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("at sign") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("negative amount stays") << QStringLiteral("-12,50") << QStringLiteral("-12,50");
        QTest::newRow("empty") << QString() << QString();
    }

    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, csv);
        QCOMPARE(CsvExport::field(text, QLatin1Char(';')), csv);
    }

    void wholeFile()
    {
        ReceiptsModel model;
        model.setReceipts(receipts());
        const QByteArray bytes = CsvExport::toCsv(&model, fr);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, 2 rows, empty after the last CRLF
        QVERIFY(lines.at(3).isEmpty());
        QCOMPARE(lines.at(0), QStringLiteral("Closed at;Receipt;Covers;Excl. VAT;Incl. VAT;Payment"));
        QCOMPARE(lines.at(1), QStringLiteral("24/11/2025 12:40;R-1;2;1122,33;1234,56;CB, Espèces"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("24/11/2025 20:05;\"R \"\"2\"\"\";1;9,00;9,90;\"'=HYPERLINK(\"\"x\"\")\""));

        // English: comma separator, so a field with a comma is quoted.
        const QString english = QString::fromUtf8(CsvExport::toCsv(&model, en).mid(3));
        QVERIFY(english.contains(QStringLiteral(",\"CB, Espèces\"\r\n")));
    }

    void panelExportsRowsAsShown()
    {
        ReceiptsModel model;
        model.setReceipts(receipts());
        SalesTablePanel panel(&model, QStringLiteral("tickets"));
        panel.view()->sortByColumn(ReceiptsModel::Gross, Qt::AscendingOrder);
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("csv"))).filePath(QStringLiteral("tickets.csv"));
        QString error;
        QVERIFY2(panel.exportCsv(path, &error), qPrintable(error));
        const auto read = [&path] {
            QFile file(path); // written through QSaveFile: a new file each time
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().mid(3)) : QString();
        };
        const QStringList lines = read().split(QStringLiteral("\r\n"));
        QVERIFY(lines.at(1).contains(QStringLiteral("R \"\"2\"\""))); // 9,90 € first
        QVERIFY(lines.at(2).startsWith(QStringLiteral("24/11/2025 12:40;R-1")));

        // Filtered rows are left out.
        panel.proxy()->setFilterFixedString(QStringLiteral("R-1"));
        QVERIFY(panel.exportCsv(path, &error));
        QCOMPARE(read().count(QStringLiteral("\r\n")), 2);

        QVERIFY(!panel.exportCsv(QStringLiteral("/nonexistent-dir/x.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
