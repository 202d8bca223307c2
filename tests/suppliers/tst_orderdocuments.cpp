// The documents made from an order: its PDF (French layout, read back with
// poppler's pdftotext), the UBL Order read back from the stored bytes, and
// the EANCOM ORDERS (EDIFACT D.01B) message, segment by segment.
#include "supplierfixtures.h"
#include "suppliers/core/eancomwriter.h"
#include "suppliers/core/ublorderreader.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/print/orderpdf.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Moulin;
using Moulin::Test::dec;

namespace {

/// The text of a PDF, no-break spaces as spaces; pages separated by \f.
QString pdfText(const QByteArray& pdf, const QString& name)
{
    const QString dir = Test::freshDataDir(QStringLiteral("orderdocuments-") + name);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".pdf"));
    if (!Test::writeFile(path, pdf))
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return text;
}

/// A two-line order whose texts carry every EDIFACT service character.
Order smallOrder()
{
    Order order;
    order.id = QStringLiteral("PO-20261207-0002");
    order.supplierId = QStringLiteral("primeur");
    order.issueDate = QDate(2026, 12, 7);
    order.issueTime = QTime(9, 30);
    order.deliveryDate = QDate(2026, 12, 9);
    order.note = QStringLiteral("Livrer avant 10h: sonner ? l'entrée + cuisine");
    order.customerReference = QStringLiteral("CLI-042");
    order.buyer = Test::restaurant();
    order.seller.name = QStringLiteral("Primeurs d'Oc");
    order.seller.siret = QStringLiteral("52345678900021");
    order.seller.participant = {QStringLiteral("0088"), QStringLiteral("3012345000019")};
    order.seller.address = {QStringLiteral("3 chemin des Maraîchers"), QString(), QStringLiteral("Nîmes"),
                            QStringLiteral("30000"), QStringLiteral("FR")};
    OrderLine a;
    a.sku = QStringLiteral("TOM:01");
    a.gtin = QStringLiteral("3760012345038");
    a.name = QStringLiteral("Tomates cœur de bœuf");
    a.unitCode = QStringLiteral("KGM");
    a.unit = OrderLine::Unit::Units;
    a.quantity = dec("12.5");
    a.netPrice = dec("3.20");
    a.vat = VatRate::Reduced55;
    order.addLine(a);
    OrderLine b;
    b.sku = QStringLiteral("VIN+75");
    b.name = QStringLiteral("Vin rouge 75 cl");
    b.unitCode = QStringLiteral("C62");
    b.packSize = dec("6");
    b.packUnitCode = QStringLiteral("XCT");
    b.unit = OrderLine::Unit::Packs;
    b.quantity = dec("2");
    b.netPrice = dec("32.40");
    b.vat = VatRate::Standard20;
    order.addLine(b);
    order.deliveryFee = dec("15");
    return order;
}

} // namespace

class TestOrderDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchFormats()
    {
        QCOMPARE(OrderPdf::number(dec("1234567.5"), 2), QStringLiteral("1\u00a0234\u00a0567,50"));
        QCOMPARE(OrderPdf::number(dec("4.5"), 0), QStringLiteral("4,5"));
        QCOMPARE(OrderPdf::money(dec("-12.345")), QStringLiteral("-12,35\u00a0€"));
        QCOMPARE(OrderPdf::rate(VatRate::Reduced55), QStringLiteral("5,5\u00a0%"));
        QCOMPARE(OrderPdf::unitLabel(QStringLiteral("XCT")), QStringLiteral("carton"));
    }

    void pdfStatesTheOrder()
    {
        const Order order = Test::metroOrder();
        const QByteArray pdf = OrderPdf::render(order);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = pdfText(pdf, QStringLiteral("metro"));
        const OrderTotals totals = order.totals();
        QVERIFY2(text.contains(QStringLiteral("BON DE COMMANDE")), qPrintable(text));
        for (const QString& expected : {QStringLiteral("N° PO-20261207-0001"),
                                        QStringLiteral("Date de commande : 07/12/2026"),
                                        QStringLiteral("mercredi 9 décembre 2026 (09/12/2026)"),
                                        QStringLiteral("SARL Le Moulin de Pierre"),
                                        QStringLiteral("Le Moulin"),
                                        QStringLiteral("12 rue des Halles"),
                                        QStringLiteral("69002 Lyon"),
                                        QStringLiteral("SIRET : 812 345 676 00017"),
                                        QStringLiteral("N° TVA : FR19812345676"),
                                        QStringLiteral("METRO France SAS"),
                                        QStringLiteral("92000 Nanterre"),
                                        QStringLiteral("SIRET : 401 122 338 00429"),
                                        QStringLiteral("N° TVA : FR61401122338"),
                                        QStringLiteral("Réf."),
                                        QStringLiteral("GTIN"),
                                        QStringLiteral("Désignation"),
                                        QStringLiteral("PU HT"),
                                        QStringLiteral("Montant HT"),
                                        QStringLiteral("3760012345014"),
                                        QStringLiteral("108245"),
                                        QStringLiteral("Page 1 / 1")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        }
        // Every line's amount and each total, in French figures.
        for (const OrderLine& line : order.lines)
            QVERIFY2(text.contains(OrderPdf::number(line.amount(), 2).replace(QChar(0x00A0), u' ')),
                     qPrintable(line.name));
        auto money = [](const Decimal& d) { return OrderPdf::money(d).replace(QChar(0x00A0), u' '); };
        QVERIFY(!totals.charges.isZero());
        const QRegularExpression fee(
            QStringLiteral("Frais de livraison HT \\(commande sous le franco\\)\\s+") +
            QRegularExpression::escape(money(totals.charges)));
        QVERIFY2(fee.match(text).hasMatch(), qPrintable(text));
        const QList<std::pair<QString, Decimal>> rows = {
            {QStringLiteral("Total HT"), totals.taxExclusive},
            {QStringLiteral("TVA 5,5 %"), totals.taxByRate.value(VatRate::Reduced55)},
            {QStringLiteral("TVA 20 %"), totals.taxByRate.value(VatRate::Standard20)},
            {QStringLiteral("Total TTC"), totals.taxInclusive}};
        for (const auto& [label, value] : rows) {
            const QRegularExpression row(QRegularExpression::escape(label) + QStringLiteral("\\s+") +
                                         QRegularExpression::escape(money(value)));
            QVERIFY2(row.match(text).hasMatch(), qPrintable(label + u' ' + money(value) + u'\n' + text));
        }
        QVERIFY(!text.contains(QStringLiteral("TVA 10 %"))); // no line at 10 %
    }

    void longOrderRunsOverPages()
    {
        Order order = Test::metroOrder();
        const QList<OrderLine> basket = order.lines;
        order.lines.clear();
        for (int i = 0; i < 130; ++i) {
            OrderLine line = basket.at(i % basket.size());
            line.sku = QStringLiteral("SKU%1").arg(i + 1, 4, 10, QChar(u'0'));
            order.addLine(line);
        }
        const QString text = pdfText(OrderPdf::render(order), QStringLiteral("long"));
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        const int count = int(pages.size()) - (pages.constLast().trimmed().isEmpty() ? 1 : 0);
        QVERIFY2(count >= 3, qPrintable(QString::number(count)));
        QVERIFY2(text.contains(QStringLiteral("Page %1 / %1").arg(count)), qPrintable(text.right(2000)));
        // Every line once, the table's header on every page, the totals on the last.
        for (int i = 1; i <= 130; ++i)
            QCOMPARE(text.count(QStringLiteral("SKU%1").arg(i, 4, 10, QChar(u'0'))), 1);
        for (int p = 0; p < count; ++p)
            QVERIFY2(pages.at(p).contains(QStringLiteral("Désignation")), qPrintable(QString::number(p)));
        QVERIFY(pages.at(1).contains(QStringLiteral("Bon de commande n° %1 (suite)").arg(order.id)));
        QVERIFY(pages.at(count - 1).contains(QStringLiteral("Total TTC")));
        QVERIFY(!pages.at(0).contains(QStringLiteral("Total TTC")));
    }

    void ublReadBack()
    {
        const Order order = Test::metroOrder();
        const QByteArray ubl = UblOrderWriter::write(order);
        Ubl::ReadError error;
        const std::optional<Order> read = UblOrderReader::read(ubl, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->id, order.id);
        QCOMPARE(read->issueDate, order.issueDate);
        QCOMPARE(read->deliveryDate, order.deliveryDate);
        QCOMPARE(read->customerReference, order.customerReference);
        QCOMPARE(read->buyer.name, order.buyer.name);
        QCOMPARE(read->buyer.siret, order.buyer.siret);
        QCOMPARE(read->buyer.vatId, order.buyer.vatId);
        QCOMPARE(read->buyer.address, order.buyer.address);
        QCOMPARE(read->seller.name, order.seller.name);
        QCOMPARE(read->seller.siret, order.seller.siret);
        QCOMPARE(read->lines.size(), order.lines.size());
        for (qsizetype i = 0; i < order.lines.size(); ++i) {
            QCOMPARE(read->lines[i].sku, order.lines[i].sku);
            QCOMPARE(read->lines[i].gtin, order.lines[i].gtin);
            QCOMPARE(read->lines[i].quantity, order.lines[i].quantity);
            QCOMPARE(read->lines[i].quantityUnitCode(), order.lines[i].quantityUnitCode());
            QCOMPARE(read->lines[i].amount(), order.lines[i].amount());
            QCOMPARE(read->lines[i].vat, order.lines[i].vat);
        }
        const OrderTotals a = order.totals();
        const OrderTotals b = read->totals();
        QCOMPARE(b.charges, a.charges);
        QCOMPARE(b.taxInclusive, a.taxInclusive);
        QCOMPARE(b.taxByRate, a.taxByRate);
        // Writing the read order again gives the same amounts.
        QVERIFY(!UblOrderReader::read("<Order/>", &error));
        QVERIFY(!error.message.isEmpty());
    }

    void eancomEscaping()
    {
        QCOMPARE(EancomOrderWriter::escape(QStringLiteral("a?b'c+d:e")), QStringLiteral("a??b?'c?+d?:e"));
        QCOMPARE(
            EancomOrderWriter::segments("UNA:+.? 'UNB+a?'b'UNZ+1'"),
            (QStringList{QStringLiteral("UNA:+.? '"), QStringLiteral("UNB+a?'b"), QStringLiteral("UNZ+1")}));
    }

    void eancomEverySegment()
    {
        const Order order = smallOrder();
        const QByteArray edi = EancomOrderWriter::write(order, QDateTime(QDate(2026, 12, 7), QTime(9, 31)));
        // Syntax level C: Latin-1, œ transliterated.
        QVERIFY(edi.contains("Tomates coeur de boeuf"));
        QVERIFY(edi.contains("N\xEEmes"));
        const QStringList expected = {
            QStringLiteral("UNA:+.? '"),
            QStringLiteral("UNB+UNOC:3+81234567600017:ZZZ+3012345000019:14+261207:0931+PO202612070002"),
            QStringLiteral("UNH+1+ORDERS:D:01B:UN:EAN010"),
            QStringLiteral("BGM+220+PO-20261207-0002+9"),
            QStringLiteral("DTM+137:20261207:102"),
            QStringLiteral("DTM+2:20261209:102"),
            QStringLiteral("FTX+AAI+++Livrer avant 10h?: sonner ?? l?'entrée ?+ cuisine"),
            QStringLiteral("RFF+CR:CLI-042"),
            QStringLiteral(
                "NAD+BY+81234567600017::ZZZ++SARL Le Moulin de Pierre+12 rue des Halles+Lyon++69002+FR"),
            QStringLiteral("RFF+VA:FR19812345676"),
            QStringLiteral("NAD+SU+3012345000019::9++Primeurs d?'Oc+3 chemin des Maraîchers+Nîmes++30000+FR"),
            QStringLiteral("NAD+DP+81234567600017::ZZZ++Le Moulin+12 rue des Halles+Lyon++69002+FR"),
            QStringLiteral("CUX+2:EUR:9"),
            QStringLiteral("LIN+1++3760012345038:SRV"),
            QStringLiteral("PIA+1+TOM?:01:SA"),
            QStringLiteral("IMD+F++:::Tomates coeur de boeuf"),
            QStringLiteral("QTY+21:12.5:KGM"),
            QStringLiteral("MOA+203:40.00"),
            QStringLiteral("PRI+AAA:3.20"),
            QStringLiteral("TAX+7+VAT+++:::5.5+S"),
            QStringLiteral("LIN+2"),
            QStringLiteral("PIA+1+VIN?+75:SA"),
            QStringLiteral("IMD+F++:::Vin rouge 75 cl"),
            QStringLiteral("QTY+21:2:XCT"),
            QStringLiteral("MOA+203:64.80"),
            QStringLiteral("PRI+AAA:32.40"),
            QStringLiteral("TAX+7+VAT+++:::20+S"),
            QStringLiteral("UNS+S"),
            QStringLiteral("MOA+79:104.80"),
            QStringLiteral("ALC+C++++FC"),
            QStringLiteral("MOA+23:15.00"),
            QStringLiteral("MOA+125:119.80"),
            // 40.00 × 5.5 % = 2.20; (64.80 + 15.00) × 20 % = 15.96
            QStringLiteral("MOA+176:18.16"),
            QStringLiteral("MOA+128:137.96"),
            QStringLiteral("CNT+2:2"),
            QStringLiteral("UNT+34+1"),
            QStringLiteral("UNZ+1+PO202612070002"),
        };
        const QStringList segments = EancomOrderWriter::segments(edi);
        QCOMPARE(segments.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(segments.at(i), expected.at(i));
        // UNT counts UNH…UNT.
        const qsizetype unh = segments.indexOf(QStringLiteral("UNH+1+ORDERS:D:01B:UN:EAN010"));
        const qsizetype unt = segments.size() - 2;
        QCOMPARE(QString::number(unt - unh + 1), segments.at(unt).section(u'+', 1, 1));
    }

    void eancomOfTheMetroOrder()
    {
        const Order order = Test::metroOrder();
        const QStringList segments = EancomOrderWriter::segments(
            EancomOrderWriter::write(order, QDateTime(QDate(2026, 12, 7), QTime(9, 30))));
        QCOMPARE(segments.filter(QRegularExpression(QStringLiteral("^LIN\\+"))).size(), order.lines.size());
        QCOMPARE(segments.filter(QRegularExpression(QStringLiteral("^QTY\\+21:"))).size(),
                 order.lines.size());
        QVERIFY(segments.contains(QStringLiteral("CNT+2:%1").arg(order.lines.size())));
        QVERIFY(segments.contains(QStringLiteral("MOA+128:") + order.totals().taxInclusive.toString(2)));
        const qsizetype unh = segments.indexOf(QStringLiteral("UNH+1+ORDERS:D:01B:UN:EAN010"));
        QCOMPARE(segments.at(segments.size() - 2), QStringLiteral("UNT+%1+1").arg(segments.size() - 1 - unh));
    }
};

QTEST_MAIN(TestOrderDocuments)
#include "tst_orderdocuments.moc"
