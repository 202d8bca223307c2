// Accounting export: the FEC (format, encoding, balance, numbering; the
// validator names the offending line), its account mapping (defaults and
// JSON override), a hand-computed day, a month of sandbox sales, and the
// daily summary CSV ("Z de caisse").

#include "common/core/database.h"
#include "lightspeedtestsupport.h"
#include "pos/connectors/lightspeed/lightspeedsales.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/core/fecexport.h"
#include "pos/core/money.h"
#include "pos/core/salesrepository.h"
#include "pos/core/salesstore.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Moulin;

using Test::exec;

namespace {

const QString kSiren = QStringLiteral("552100554");

QJsonObject line(const QString& sku, int quantity, const char* gross, const char* net, const char* tax,
                 const char* taxCode)
{
    static int n = 0;
    return QJsonObject{{QStringLiteral("id"), QString::number(++n)},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("name"), sku},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("totalNetAmountWithTax"), QLatin1String(gross)},
                       {QStringLiteral("totalNetAmountWithoutTax"), QLatin1String(net)},
                       {QStringLiteral("taxAmount"), QLatin1String(tax)},
                       {QStringLiteral("taxCode"), QLatin1String(taxCode)}};
}

QJsonObject pay(const char* code, const char* description, const char* amount)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("description"), QString::fromUtf8(description)},
                       {QStringLiteral("netAmountWithTax"), QLatin1String(amount)}};
}

QString fieldsOf(const QByteArray& file, int lineIndex)
{
    QByteArray l = file.split('\n').at(lineIndex);
    if (l.endsWith('\r'))
        l.chop(1);
    return FecExport::fromLatin9(l);
}

/// A valid two-entry FEC to break line by line.
QByteArray validSample()
{
    const QByteArray header = FecExport::columns().join(QLatin1Char('\t')).toLatin1();
    return header + "\r\n" +
           "VE\tVentes\t1\t20240601\t51150000\tCB\t\t\tZ20240601\t20240601\tZ\t10,00\t0,"
           "00\t\t\t20240701\t\t\r\n"
           "VE\tVentes\t1\t20240601\t70711000\tVentes\t\t\tZ20240601\t20240601\tZ\t0,00\t10,"
           "00\t\t\t20240701\t\t\r\n"
           "VE\tVentes\t2\t20240602\t51150000\tCB\t\t\tZ20240602\t20240602\tZ\t5,50\t0,"
           "00\t\t\t20240701\t\t\r\n"
           "VE\tVentes\t2\t20240602\t70711000\tVentes\t\t\tZ20240602\t20240602\tZ\t0,00\t5,"
           "50\t\t\t20240701\t\t\r\n";
}

QByteArray replaceLine(const QByteArray& file, int lineIndex, const QByteArray& newLine)
{
    QList<QByteArray> lines = file.split('\n');
    lines[lineIndex] = newLine + '\r';
    return lines.join('\n');
}

} // namespace

class TestFecExport : public QObject
{
    Q_OBJECT

private:
    SalesStore m_store;
    LightspeedSalesReader m_reader;

    bool store(const QList<QJsonObject>& sales)
    {
        QSqlDatabase db = Database::connection();
        db.transaction();
        QString error;
        SalesStore::Stats stats;
        const bool ok = m_reader.storeSales(m_store, db, sales, &stats, &error) && stats.quarantined == 0;
        if (!ok)
            qWarning() << error << stats.quarantined;
        return db.commit() && ok;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openFreshDatabase(QStringLiteral("pos-fec")).opened.ok());
        QVERIFY(exec(
            QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA10', 1000), ('TVA20', "
                           "2000), ('TVA55', 550)")));
    }

    void cleanup() { Database::closeConnection(); }

    void mappingDefaultsAndOverride()
    {
        const FecMapping d = FecMapping::defaults();
        QCOMPARE(d.sales.value(1000).number, QStringLiteral("70711000"));
        QCOMPARE(d.sales.value(2000).number, QStringLiteral("70712000"));
        QCOMPARE(d.vat.value(550).number, QStringLiteral("44571300"));
        // No fixed table of payment codes: they are the merchant's own.
        QVERIFY(d.payments.isEmpty());
        QCOMPARE(d.vat.value(210).number, QStringLiteral("44571400"));
        QCOMPARE(d.roundingDebit.number, QStringLiteral("65800000"));
        QCOMPARE(d.roundingCredit.number, QStringLiteral("75800000"));
        QVERIFY(FecMapping::isFrenchRate(550) && !FecMapping::isFrenchRate(110));

        QString error;
        const std::optional<FecMapping> m = FecMapping::withOverride(
            R"({"journalCode": "VT", "sales": {"10.00": {"account": "70610000", "label": "Prestations"}},
                "payments": {"LYDIA": {"account": "51170000"}}})",
            &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->journalCode, QStringLiteral("VT"));
        QCOMPARE(m->journalLabel, QStringLiteral("Ventes"));
        QCOMPARE(m->sales.value(1000).number, QStringLiteral("70610000"));
        QCOMPARE(m->sales.value(1000).label, QStringLiteral("Prestations"));
        QCOMPARE(m->sales.value(2000).number, QStringLiteral("70712000")); // untouched
        QCOMPARE(m->payments.value(QStringLiteral("LYDIA")).number, QStringLiteral("51170000"));
        QCOMPARE(m->payments.value(QStringLiteral("LYDIA")).label, QStringLiteral("51170000"));
        // Round trip through JSON.
        const std::optional<FecMapping> again =
            FecMapping::withOverride(QJsonDocument(m->toJson()).toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->sales.value(1000).number, QStringLiteral("70610000"));

        QVERIFY(!FecMapping::withOverride(R"({"sales": {"dix": {"account": "7071"}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("dix")), qPrintable(error));
        QVERIFY(!FecMapping::withOverride(R"({"payments": {"CB": {"account": "51 15"}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("payments.CB")), qPrintable(error));
        QVERIFY(!FecMapping::withOverride(R"({"salse": {}})", &error));
        QVERIFY2(error.contains(QStringLiteral("salse")), qPrintable(error));
        QVERIFY(!FecMapping::withOverride("[1]", &error));
    }

    void latin9()
    {
        const std::optional<QByteArray> bytes = FecExport::toLatin9(QStringLiteral("Œuf à 12 € — ok"));
        QVERIFY(!bytes); // the em dash is not in ISO 8859-15
        const QByteArray good = FecExport::toLatin9(QStringLiteral("Œuf à 12 €")).value();
        QCOMPARE(good, QByteArray("\xBC"
                                  "uf \xE0 12 \xA4"));
        QCOMPARE(FecExport::fromLatin9(good), QStringLiteral("Œuf à 12 €"));
        QVERIFY(!FecExport::toLatin9(QStringLiteral("¤"))); // Latin-1 only
        QVERIFY(FecExport::isValidSiren(kSiren));
        QVERIFY(!FecExport::isValidSiren(QStringLiteral("552100555")));
        QVERIFY(!FecExport::isValidSiren(QStringLiteral("55210055")));
        QVERIFY(FecExport::isValidFileName(QStringLiteral("552100554FEC20241231.txt")));
        QVERIFY(!FecExport::isValidFileName(QStringLiteral("552100554FEC20241332.txt")));
        QVERIFY(!FecExport::isValidFileName(QStringLiteral("552100554_FEC_20241231.txt")));
    }

    void validatorNamesTheOffendingLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray ok = validSample();
        QTest::addRow("amount with a dot")
            << replaceLine(ok, 2,
                           "VE\tVentes\t1\t20240601\t70711000\tVentes\t\t\tZ20240601\t20240601\tZ\t0,00\t10."
                           "00\t\t\t20240701\t\t")
            << 3 << QStringLiteral("Credit");
        QTest::addRow("thousands separator")
            << replaceLine(ok, 1,
                           "VE\tVentes\t1\t20240601\t51150000\tCB\t\t\tZ20240601\t20240601\tZ\t1 000,00\t0,"
                           "00\t\t\t20240701\t\t")
            << 2 << QStringLiteral("Debit");
        QTest::addRow("17 columns")
            << replaceLine(ok, 3,
                           "VE\tVentes\t2\t20240602\t51150000\tCB\t\t\tZ20240602\t20240602\tZ\t5,50\t0,"
                           "00\t\t\t20240701\t")
            << 4 << QStringLiteral("17");
        QTest::addRow("bad date")
            << replaceLine(ok, 1,
                           "VE\tVentes\t1\t2024-06-01\t51150000\tCB\t\t\tZ20240601\t20240601\tZ\t10,00\t0,"
                           "00\t\t\t20240701\t\t")
            << 2 << QStringLiteral("EcritureDate");
        QTest::addRow("unbalanced entry")
            << replaceLine(ok, 4,
                           "VE\tVentes\t2\t20240602\t70711000\tVentes\t\t\tZ20240602\t20240602\tZ\t0,"
                           "00\t5,40\t\t\t20240701\t\t")
            << 4 << QStringLiteral("Entry 2");
        QTest::addRow("numbering gap")
            << replaceLine(
                   replaceLine(ok, 3,
                               "VE\tVentes\t3\t20240602\t51150000\tCB\t\t\tZ20240602\t20240602\tZ\t5,"
                               "50\t0,00\t\t\t20240701\t\t"),
                   4,
                   "VE\tVentes\t3\t20240602\t70711000\tVentes\t\t\tZ20240602\t20240602\tZ\t0,00\t5,50\t\t\t"
                   "20240701\t\t")
            << 4 << QStringLiteral("continuous");
        QTest::addRow("not chronological")
            << replaceLine(
                   replaceLine(ok, 3,
                               "VE\tVentes\t2\t20240531\t51150000\tCB\t\t\tZ20240531\t20240531\tZ\t5,"
                               "50\t0,00\t\t\t20240701\t\t"),
                   4,
                   "VE\tVentes\t2\t20240531\t70711000\tVentes\t\t\tZ20240531\t20240531\tZ\t0,00\t5,50\t\t\t"
                   "20240701\t\t")
            << 4 << QStringLiteral("chronological");
        QTest::addRow("debit and credit")
            << replaceLine(ok, 1,
                           "VE\tVentes\t1\t20240601\t51150000\tCB\t\t\tZ20240601\t20240601\tZ\t10,00\t1,"
                           "00\t\t\t20240701\t\t")
            << 2 << QStringLiteral("Both");
        QTest::addRow("empty account")
            << replaceLine(ok, 2,
                           "VE\tVentes\t1\t20240601\t\tVentes\t\t\tZ20240601\t20240601\tZ\t0,00\t10,"
                           "00\t\t\t20240701\t\t")
            << 3 << QStringLiteral("CompteNum");
        QByteArray header = ok;
        header.replace("Idevise", "IDevise");
        QTest::addRow("header") << header << 1 << QStringLiteral("columns");
        QTest::addRow("utf-8") << QByteArray(ok).replace(
                                      "Ventes\t1\t20240601\t70711000\tVentes",
                                      "Ventes\t1\t20240601\t70711000\tVentes \xC3\xA0 emporter")
                               << 0 << QStringLiteral("UTF-8");
    }

    void validatorNamesTheOffendingLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        QVERIFY(FecExport::validate(validSample()).isEmpty());
        const QList<FecIssue> issues = FecExport::validate(file);
        QVERIFY(!issues.isEmpty());
        bool found = false;
        QStringList all;
        for (const FecIssue& i : issues) {
            all << QStringLiteral("%1: %2").arg(i.line).arg(i.message);
            if (i.line == line && i.message.contains(mentions))
                found = true;
        }
        QVERIFY2(found, qPrintable(all.join(QStringLiteral(" | "))));
    }

    void handComputedDay()
    {
        // 15 June 2024 (Paris): one lunch receipt paid CB + cash + an
        // unmapped method, and a refund of two take-away tarts in cash.
        QVERIFY(store({
            QJsonObject{{QStringLiteral("receiptId"), QStringLiteral("R1")},
                        {QStringLiteral("timeClosed"), QStringLiteral("2024-06-15T11:00:00Z")},
                        {QStringLiteral("nbCovers"), 2},
                        {QStringLiteral("salesLines"),
                         QJsonArray{line(QStringLiteral("BOEUF"), 2, "42.00", "38.18", "3.82", "TVA10"),
                                    line(QStringLiteral("MOUSSE"), 1, "10.00", "9.09", "0.91", "TVA10"),
                                    line(QStringLiteral("CHABLIS"), 3, "21.00", "17.50", "3.50", "TVA20"),
                                    line(QStringLiteral("TATIN"), 1, "5.00", "4.74", "0.26", "TVA55")}},
                        {QStringLiteral("payments"),
                         QJsonArray{pay("CB", "Carte bancaire", "50.00"), pay("ESP", "Espèces", "18.00"),
                                    pay("LYDIA", "Lydia", "10.00")}}},
            QJsonObject{{QStringLiteral("receiptId"), QStringLiteral("R2")},
                        {QStringLiteral("timeClosed"), QStringLiteral("2024-06-15T12:00:00Z")},
                        {QStringLiteral("salesLines"),
                         QJsonArray{line(QStringLiteral("TATIN"), -2, "-10.00", "-9.48", "-0.52", "TVA55")}},
                        {QStringLiteral("payments"), QJsonArray{pay("ESP", "Espèces", "-10.00")}}},
        }));
        // The till lists CB and cash with their accounts; Lydia has none.
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_payment_method(code, name, accounting_reference) VALUES "
                                    "('CB', 'Carte bancaire', "
                                    "'51150000'), ('ESP', 'Espèces', '53000000'), ('LYDIA', 'Lydia', '')")));
        const FecDocument blocked =
            FecExport::build(Database::connection(), {QDate(2024, 6, 15), QDate(2024, 6, 15)},
                             FecMapping::defaults(), kSiren, QDate(2024, 12, 31), QDate(2024, 7, 2));
        // An unmapped payment code stops the export, naming it and where to map it.
        QCOMPARE(blocked.errors.size(), 1);
        QVERIFY(blocked.errors.first().contains(QStringLiteral("Lydia")));
        QVERIFY(blocked.errors.first().contains(QStringLiteral("LYDIA")));
        QCOMPARE(blocked.unmappedPaymentCodes, QStringList{QStringLiteral("LYDIA")});
        QList<FecIssue> refused;
        QTemporaryDir out;
        QVERIFY(!FecExport::write(blocked, out.path(), nullptr, &refused));
        QVERIFY(!refused.isEmpty());
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());

        std::optional<FecMapping> mapped =
            FecMapping::withOverride(R"({"payments": {"LYDIA": {"account": "51170000"}}})", nullptr);
        QVERIFY(mapped);
        const FecDocument doc =
            FecExport::build(Database::connection(), {QDate(2024, 6, 15), QDate(2024, 6, 15)}, *mapped,
                             kSiren, QDate(2024, 12, 31), QDate(2024, 7, 2));
        QCOMPARE(doc.fileName(), QStringLiteral("552100554FEC20241231.txt"));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(doc.errors.join(u'\n')));
        QStringList got;
        for (const FecLine& l : doc.lines)
            got << QStringLiteral("%1 %2 D%3 C%4")
                       .arg(l.entryNumber)
                       .arg(l.account)
                       .arg(l.debitCents)
                       .arg(l.creditCents);
        const QStringList expected{
            QStringLiteral("1 51150000 D5000 C0"), // CB
            QStringLiteral("1 53000000 D800 C0"),  // cash 18.00 - 10.00
            QStringLiteral("1 51170000 D1000 C0"), // Lydia, mapped in Paramètres ▸ Comptabilité
            QStringLiteral("1 70711000 D0 C4727"), // 38.18 + 9.09
            QStringLiteral("1 44571100 D0 C473"),  // 3.82 + 0.91
            QStringLiteral("1 70712000 D0 C1750"), QStringLiteral("1 44571200 D0 C350"),
            QStringLiteral("1 70713000 D474 C0"), // 4.74 - 9.48: refunds exceed sales, debit side
            QStringLiteral("1 44571300 D26 C0"),
        };
        // Payments come in method order; compare as sets of lines, then the balance.
        QCOMPARE(QSet<QString>(got.begin(), got.end()), QSet<QString>(expected.begin(), expected.end()));
        const QByteArray file = FecExport::encode(doc);
        QVERIFY2(FecExport::validate(file).isEmpty(), file.constData());
        QVERIFY(file.startsWith(
            "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
            "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\t"
            "DateLet\tValidDate\tMontantdevise\tIdevise\r\n"));
        const QString first = fieldsOf(file, 1);
        const QStringList f = first.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 18);
        QCOMPARE(f.at(0), QStringLiteral("VE"));
        QCOMPARE(f.at(2), QStringLiteral("1"));
        QCOMPARE(f.at(3), QStringLiteral("20240615"));
        QCOMPARE(f.at(8), QStringLiteral("Z20240615"));
        QCOMPARE(f.at(15), QStringLiteral("20240702"));
        QVERIFY(file.contains("\t50,00\t0,00\t"));
        QVERIFY(file.contains("Ventes boissons alcoolis\xE9"
                              "es TVA 20 %")); // ISO 8859-15, not UTF-8
        QVERIFY(!file.contains("\xC3"));
        // The entries' labels are French whatever the interface's language.
        QStringList labels;
        for (const FecLine& l : doc.lines)
            labels << l.label;
        QVERIFY2(labels.contains(QStringLiteral("Z 15/06/2024 - Ventes HT 10\u00A0%")),
                 qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("Z 15/06/2024 - TVA 5,5\u00A0%")));
        QVERIFY(labels.contains(QStringLiteral("Z 15/06/2024 - Espèces")));
    }

    void nonFrenchRateStopsTheExport()
    {
        // A line the till sent at 1.1 % (a multiplier read as a percentage
        // would give that): the export names the rate and writes nothing.
        QJsonObject l = line(QStringLiteral("BOEUF"), 1, "101.10", "100.00", "1.10", "TVA-X");
        l.insert(QStringLiteral("taxRatePercentage"), QStringLiteral("1.10"));
        QVERIFY(store(
            {QJsonObject{{QStringLiteral("receiptId"), QStringLiteral("X1")},
                         {QStringLiteral("timeClosed"), QStringLiteral("2024-06-16T11:00:00Z")},
                         {QStringLiteral("salesLines"), QJsonArray{l}},
                         {QStringLiteral("payments"), QJsonArray{pay("CB", "Carte bancaire", "101.10")}}}}));
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_payment_method(code, name, accounting_reference) VALUES "
                                    "('CB', 'Carte bancaire', '51150000')")));
        const FecDocument doc =
            FecExport::build(Database::connection(), {QDate(2024, 6, 16), QDate(2024, 6, 16)},
                             FecMapping::defaults(), kSiren, QDate(2024, 12, 31), QDate(2024, 7, 2));
        QCOMPARE(doc.errors.size(), 1);
        QVERIFY2(doc.errors.first().contains(QStringLiteral("1,1\u00A0%")), qPrintable(doc.errors.first()));
        QCOMPARE(doc.unmappedRates, QList<int>{110});
        QTemporaryDir out;
        QList<FecIssue> issues;
        QVERIFY(!FecExport::write(doc, out.path(), nullptr, &issues));
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
    }

    void monthOfSandboxSales()
    {
        SandboxServer server(3);
        SandboxLightspeed* ls = SandboxLightspeed::of(&server);
        ls->setVolumeScale(0.3); // a fast suite; the shape of the data is the same
        ls->setClock([] { return QDateTime(QDate(2024, 7, 5), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(); });
        QSqlDatabase db = Database::connection();
        QVERIFY(Test::storeSandboxItems(db, *ls));
        // The till's payment methods and the accounts set on them.
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO pos_payment_method(code, name, accounting_reference) VALUES ('CB', 'Carte "
            "bancaire', "
            "'51150000'), ('CASH', 'Espèces', '53000000'), ('AMEX', 'American Express', '51151000'), ('TR', "
            "'Titre-restaurant', '51180000'), ('CHQ', 'Chèque', '51120000')")));
        qint64 gross = 0;
        for (QDate d(2024, 6, 1); d <= QDate(2024, 6, 30); d = d.addDays(1)) {
            QVERIFY(store(ls->salesOfDay(d)));
            gross += ls->dayTotals(d).grossCents;
        }
        const SalesPeriod june{QDate(2024, 6, 1), QDate(2024, 6, 30)};
        const FecDocument doc = FecExport::build(db, june, FecMapping::defaults(), kSiren,
                                                 QDate(2024, 12, 31), QDate(2024, 7, 5));
        QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.join(u'\n')));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(doc.errors.join(u'\n')));
        QCOMPARE(doc.lines.last().entryNumber, 30); // one entry a day, numbered 1..30
        qint64 debit = 0, credit = 0, paid = 0;
        QSet<QString> vatAccounts;
        for (const FecLine& l : doc.lines) {
            debit += l.debitCents;
            credit += l.creditCents;
            if (l.account.startsWith(QLatin1String("5")))
                paid += l.debitCents - l.creditCents;
            QVERIFY(l.account != QLatin1String("47100000")); // nothing to a suspense account
            QVERIFY(!l.account.startsWith(QLatin1String("707000")));
            if (l.account.startsWith(QLatin1String("4457")))
                vatAccounts.insert(l.account);
        }
        QCOMPARE(debit, credit);
        // The collected VAT is credited to 4457x, one account per rate.
        QCOMPARE(vatAccounts, (QSet<QString>{QStringLiteral("44571100"), QStringLiteral("44571200"),
                                             QStringLiteral("44571300")}));
        QCOMPARE(paid, gross);
        QCOMPARE(paid, SalesRepository(db).kpis(june).grossCents);

        const QString dir = Test::freshDataDir(QStringLiteral("pos-fec-out"));
        QString path;
        QList<FecIssue> issues;
        QVERIFY(FecExport::write(doc, dir, &path, &issues));
        QVERIFY(issues.isEmpty());
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("552100554FEC20241231.txt"));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(FecExport::validate(bytes).isEmpty());
        QCOMPARE(bytes.count('\n'), doc.lines.size() + 1);

        // Nothing is written when the SIREN is wrong.
        FecDocument bad = doc;
        bad.siren = QStringLiteral("552100555");
        QVERIFY(!FecExport::write(bad, dir, &path, &issues));
        QVERIFY(!issues.isEmpty());
        QVERIFY(!QFile::exists(QDir(dir).filePath(bad.fileName())));

        // The Z de caisse of the same month.
        const QByteArray csv = ZReport::csv(db, june);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> rows = csv.trimmed().split('\n');
        QCOMPARE(rows.size(), 1 + 30 + 1);
        const QList<QByteArray> header = rows.first().trimmed().split(';');
        const QList<QByteArray> total = rows.last().trimmed().split(';');
        QCOMPARE(total.size(), header.size());
        QCOMPARE(total.at(0), QByteArray("Total"));
        QCOMPARE(total.at(4), Money::formatDecimalComma(gross).toLatin1());
        QVERIFY(header.contains("Carte bancaire"));
        QVERIFY(rows.at(1).startsWith("01/06/2024;"));
    }
};

QTEST_GUILESS_MAIN(TestFecExport)
#include "tst_fecexport.moc"
