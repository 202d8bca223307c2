// `moulin --export orders` as the accountant's script or an archive job runs
// it: the real binary, without a display, on a database holding supplier
// orders; the files it writes (the stored UBL bytes, the PDF, the EANCOM
// message), its output and its exit codes.
#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "programsupport.h"
#include "supplierfixtures.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Moulin;

class TestAppExportOrders : public QObject
{
    Q_OBJECT

    using Run = Test::ProgramRun;
    QString m_dir;
    QList<Order> m_orders;

    static Run moulin(const QStringList& args)
    {
        return Test::runHeadless(QStringLiteral(MOULIN_BINARY), args, 120000);
    }

    QStringList exportArgs(const QString& from, const QString& to, const QString& out,
                           const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("--export"),   QStringLiteral("orders"),
                           QStringLiteral("--from"),     from,
                           QStringLiteral("--to"),       to,
                           QStringLiteral("--out"),      out,
                           QStringLiteral("--lang"),     QStringLiteral("en"),
                           QStringLiteral("--data-dir"), m_dir} +
               more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = Test::freshDataDir(QStringLiteral("app-export-orders"));
        AppPaths::setDataDir(m_dir);
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QSqlDatabase db = Database::connection();
        // Two orders in December's first week, one in November.
        for (const auto& [day, n] : {std::pair{QDate(2026, 12, 7), 1}, std::pair{QDate(2026, 12, 7), 2},
                                     std::pair{QDate(2026, 11, 20), 1}}) {
            Order order = Test::metroOrder();
            order.id = OrderIdentity::makeOrderId(day, n);
            order.issueDate = day;
            order.deliveryDate = day.addDays(2);
            if (n == 2)
                order.lines.removeLast();
            QString error;
            QVERIFY2(SupplierStore::insertOrder(db, order, QStringLiteral("metro"),
                                                UblOrderWriter::write(order), QDateTime(day, QTime(9, 30)),
                                                &error),
                     qPrintable(error));
            m_orders << order;
        }
        Database::closeConnection();
    }

    void ordersOfThePeriod()
    {
        const QString out =
            QDir(Test::freshDataDir(QStringLiteral("app-export-orders-out"))).filePath("archive");
        const Run r = moulin(exportArgs(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31"), out));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList paths = r.out.trimmed().split(u'\n');
        QCOMPARE(paths.size(), 4); // two orders, each UBL + PDF
        const QDir metro(QDir(out).filePath(QStringLiteral("metro-nanterre")));
        for (int i = 0; i < 2; ++i) {
            const Order& order = m_orders.at(i);
            const QString xml = metro.filePath(order.id + QStringLiteral(".xml"));
            const QString pdf = metro.filePath(QStringLiteral("bon-de-commande-%1.pdf").arg(order.id));
            QVERIFY2(paths.contains(xml), qPrintable(r.out));
            QVERIFY2(paths.contains(pdf), qPrintable(r.out));
            // The UBL exactly as stored and sent; the PDF states the order.
            AppPaths::setDataDir(m_dir);
            QSqlDatabase db = Database::connection();
            const std::optional<StoredOrder> stored = SupplierStore::order(db, order.supplierId, order.id);
            QVERIFY(stored);
            QCOMPARE(Test::readFile(xml), stored->ubl);
            Database::closeConnection();
            QVERIFY(Test::readFile(pdf).startsWith("%PDF-"));
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString content =
                QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
            QVERIFY2(content.contains(order.id), qPrintable(content));
            QVERIFY(content.contains(QStringLiteral("SIRET : 812 345 676 00017")));
        }
        QVERIFY(!QFileInfo::exists(metro.filePath(m_orders.at(2).id + QStringLiteral(".xml")))); // November
        QVERIFY(QDir(metro).entryList(QDir::Files).filter(QStringLiteral(".edi")).isEmpty());
    }

    void withEancom()
    {
        const QString out = Test::freshDataDir(QStringLiteral("app-export-orders-edi"));
        const Run r = moulin(exportArgs(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-30"), out,
                                        {QStringLiteral("--format"), QStringLiteral("eancom")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.trimmed().split(u'\n').size(), 3);
        const QByteArray edi = Test::readFile(
            QDir(out).filePath(QStringLiteral("metro-nanterre/%1.edi").arg(m_orders.at(2).id)));
        QVERIFY(edi.startsWith("UNA:+.? 'UNB+UNOC:3+"));
        QVERIFY(edi.contains(
            QByteArray("UNH+1+ORDERS:D:01B:UN:EAN010'BGM+220+" + m_orders.at(2).id.toLatin1() + "+9'")));
        QVERIFY(edi.endsWith("'"));
    }

    void nothingInThePeriod()
    {
        const QString out = Test::freshDataDir(QStringLiteral("app-export-orders-none"));
        const Run r = moulin(exportArgs(QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"), out));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No supplier order")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void badArguments()
    {
        const QString out = Test::freshDataDir(QStringLiteral("app-export-orders-bad"));
        Run r = moulin(exportArgs(QStringLiteral("2026-12-31"), QStringLiteral("2026-12-01"), out));
        QCOMPARE(r.exitCode, 2);
        r = moulin(exportArgs(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31"), out,
                              {QStringLiteral("--format"), QStringLiteral("x12")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("x12")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAppExportOrders)
#include "tst_appexportorders.moc"
