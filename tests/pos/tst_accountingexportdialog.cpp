// Fichier ▸ Export comptable: the dialog writes a valid FEC and the daily CSV
// from stored sales, and refuses a bad SIREN or folder without writing.
#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "pos/connectors/lightspeed/lightspeedsales.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/core/fecexport.h"
#include "pos/core/salesstore.h"
#include "pos/ui/accountingexportdialog.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Moulin;

class TestAccountingExportDialog : public QObject
{
    Q_OBJECT

    SalesStore m_store;
    LightspeedSalesReader m_reader;
    QString m_out;

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("pos-export-dialog"));
        AppPaths::setDataDir(dir);
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
        QSqlDatabase db = Database::connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA10', 1000), "
                                      "('TVA20', 2000), ('TVA55', 550)")));
        SandboxServer server(5);
        SandboxLightspeed* ls = SandboxLightspeed::of(&server);
        ls->setVolumeScale(0.2);
        ls->setClock([] { return QDateTime(QDate(2024, 7, 5), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(); });
        for (const QJsonObject& item : ls->items()) {
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO pos_item(item_id, sku, name, group_id) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(QString::number(item.value(QStringLiteral("id")).toInteger()));
            insert.addBindValue(item.value(QStringLiteral("sku")).toString());
            insert.addBindValue(item.value(QStringLiteral("name")).toString());
            insert.addBindValue(QString::number(item.value(QStringLiteral("accountingGroup"))
                                                    .toObject()
                                                    .value(QStringLiteral("id"))
                                                    .toInteger()));
            QVERIFY(insert.exec());
        }
        // The till's payment methods, with the accounts set on them.
        QVERIFY(Database::exec(
            db, QStringLiteral("INSERT INTO pos_payment_method(code, name, accounting_reference) "
                               "VALUES ('CB', 'Carte bancaire', '51150000'), ('CASH', 'Espèces', "
                               "'53000000'), ('AMEX', 'American Express', '51151000'), ('TR', "
                               "'Titre-restaurant', '51180000'), ('CHQ', 'Chèque', '51120000')")));
        for (QDate d(2024, 6, 1); d <= QDate(2024, 6, 7); d = d.addDays(1)) {
            QVERIFY(db.transaction());
            QString error;
            SalesStore::Stats stats;
            QVERIFY2(m_reader.storeSales(m_store, db, ls->salesOfDay(d), &stats, &error), qPrintable(error));
            QVERIFY(db.commit());
        }
        m_out = QDir(dir).filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void badSirenWritesNothing()
    {
        AccountingExportDialog dialog(Database::connection());
        dialog.setOutputDirectory(m_out);
        dialog.setPeriod(QDate(2024, 6, 1), QDate(2024, 6, 7));
        dialog.setSiren(QStringLiteral("123456789")); // wrong check digit
        QVERIFY(!dialog.exportFec());
        QVERIFY(dialog.statusText().contains(QStringLiteral("SIREN")));
        QVERIFY(QDir(m_out).entryList(QDir::Files).isEmpty());
    }

    void missingFolderIsReported()
    {
        AccountingExportDialog dialog(Database::connection());
        dialog.setOutputDirectory(QDir(m_out).filePath(QStringLiteral("nope")));
        dialog.setSiren(QStringLiteral("552100554"));
        QVERIFY(!dialog.exportFec());
        QVERIFY(dialog.statusText().contains(QStringLiteral("nope")));
    }

    void writesAValidFec()
    {
        AccountingExportDialog dialog(Database::connection());
        dialog.setOutputDirectory(m_out);
        dialog.setPeriod(QDate(2024, 6, 1), QDate(2024, 6, 7));
        dialog.setSiren(QStringLiteral("552 100 554"));
        QVERIFY2(dialog.exportFec(), qPrintable(dialog.statusText()));
        QFile fec(QDir(m_out).filePath(QStringLiteral("552100554FEC20241231.txt")));
        QVERIFY(fec.open(QIODevice::ReadOnly));
        const QByteArray bytes = fec.readAll();
        QVERIFY(FecExport::validate(bytes).isEmpty());
        QVERIFY(bytes.startsWith("JournalCode\tJournalLib\tEcritureNum"));
        // The SIREN is remembered for next time.
        AccountingExportDialog again(Database::connection());
        again.setOutputDirectory(m_out);
        again.setPeriod(QDate(2024, 6, 1), QDate(2024, 6, 7));
        QVERIFY(again.exportFec());
    }

    void writesTheDailySummary()
    {
        AccountingExportDialog dialog(Database::connection());
        dialog.setOutputDirectory(m_out);
        dialog.setPeriod(QDate(2024, 6, 1), QDate(2024, 6, 7));
        QVERIFY2(dialog.exportDailySummary(), qPrintable(dialog.statusText()));
        QFile csv(QDir(m_out).filePath(QStringLiteral("Z-caisse-20240601-20240607.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY2(lines.size() >= 8, qPrintable(QString::number(lines.size()))); // header + 7 days
    }

    void cleanupTestCase() { Database::closeConnection(); }
};

QTEST_MAIN(TestAccountingExportDialog)
#include "tst_accountingexportdialog.moc"
