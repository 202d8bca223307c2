// The Lightspeed K-Series contracts themselves (tests/data/contracts/lightspeed):
// every schema loads and names its source; the example answers assembled
// from the vendor's documents pass; answers broken the way a drifting
// sandbox breaks them fail, with a violation at the field. Proves the
// contract test (tst_lightspeedcontract) can fail.

#include "contractvalidator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Moulin;

namespace {

const QString kCommit = QStringLiteral("3cc966a3a12b4d7aca074ef617a451ae5d8d28dd");

const QStringList kSchemas{
    QStringLiteral("businesses"),
    QStringLiteral("tax-rates"),
    QStringLiteral("accounting-groups"),
    QStringLiteral("payment-methods"),
    QStringLiteral("sales"),
    QStringLiteral("items"),
    QStringLiteral("item"),
    QStringLiteral("item-update.request"),
    QStringLiteral("discounts"),
    QStringLiteral("financial-error"),
    QStringLiteral("items-error"),
};

QJsonArray examples(const QString& name)
{
    QFile f(Test::contractPath(QStringLiteral("lightspeed/examples/%1.json").arg(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

QJsonValue example(const QString& name)
{
    return examples(name).at(0);
}

/// `root` with the value at JSON Pointer `path` replaced by `value`
/// (Undefined: removed).
QJsonValue withAt(const QJsonValue& root, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a.replace(i, withAt(a.at(i), path, value));
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, withAt(o.value(head), path, value));
    return o;
}

QStringList pointer(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QJsonValue with(const QJsonValue& root, const QString& path, const QJsonValue& value)
{
    return withAt(root, pointer(path), value);
}

QJsonValue at(QJsonValue root, const QString& path)
{
    for (const QString& s : pointer(path))
        root = root.isArray() ? root.toArray().at(s.toInt()) : root.toObject().value(s);
    return root;
}

/// `root` with the key at `path` renamed to `newKey` (same value).
QJsonValue renamed(const QJsonValue& root, const QString& path, const QString& newKey)
{
    QStringList parent = pointer(path);
    parent.removeLast();
    const QJsonValue value = at(root, path);
    const QJsonValue without = with(root, path, QJsonValue(QJsonValue::Undefined));
    return withAt(without, parent + QStringList{newKey}, value);
}

QString joined(const QStringList& violations)
{
    return violations.isEmpty() ? QStringLiteral("(no violation)")
                                : QStringLiteral("\n  ") + violations.join(QStringLiteral("\n  "));
}

} // namespace

class TestContractSchemas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySchemaLoads_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : kSchemas)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everySchemaLoads()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY2(Test::contractLoads(Test::lightspeedSchema(name), &error), qPrintable(error));
        QFile f(Test::lightspeedSchema(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        // It names its source: the vendor's document, the commit, the operation.
        const QString comment = o.value(QStringLiteral("$comment")).toString();
        QVERIFY2(comment.contains(QStringLiteral("api-evangelist/lightspeed")), qPrintable(comment));
        QVERIFY2(comment.contains(QStringLiteral("openapi/lightspeed-")), qPrintable(comment));
        QVERIFY2(comment.contains(kCommit), qPrintable(comment));
        QVERIFY2(comment.contains(QStringLiteral("GET /")) || comment.contains(QStringLiteral("PUT /")),
                 qPrintable(comment));
    }

    void noSchemaIsUnlisted()
    {
        const QStringList files = QDir(Test::contractPath(QStringLiteral("lightspeed")))
                                      .entryList({QStringLiteral("*.schema.json")}, QDir::Files);
        QCOMPARE(files.size(), kSchemas.size());
    }

    void documentedExamplesPass_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("answer");
        for (const QString& name : kSchemas) {
            const QJsonArray list = examples(name);
            QVERIFY2(!list.isEmpty(), qPrintable(name));
            for (int i = 0; i < list.size(); ++i)
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(name).arg(i))) << name << list.at(i);
        }
    }

    void documentedExamplesPass()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, answer);
        const QStringList violations = Test::contractViolations(Test::lightspeedSchema(name), answer);
        QVERIFY2(violations.isEmpty(), qPrintable(joined(violations)));
        // The same through the text form.
        const QByteArray text = answer.isArray() ? QJsonDocument(answer.toArray()).toJson()
                                                 : QJsonDocument(answer.toObject()).toJson();
        QVERIFY(Test::contractViolations(Test::lightspeedSchema(name), text).isEmpty());
    }

    void brokenAnswersFail_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("answer");
        QTest::addColumn<QString>("path");  ///< where the violation must be reported
        QTest::addColumn<QString>("words"); ///< and what it must say

        const QString type = QStringLiteral("Value type not permitted");
        const QString en = QStringLiteral("enum");
        auto row = [](const char* tag, const QString& name, const QJsonValue& answer, const QString& path,
                      const QString& words) { QTest::newRow(tag) << name << answer << path << words; };

        const QJsonValue taxRates = example(QStringLiteral("tax-rates"));
        row("tax rate as a string", QStringLiteral("tax-rates"),
            with(taxRates, QStringLiteral("/_embedded/taxRateList/0/rate"), QStringLiteral("20.00")),
            QStringLiteral("/_embedded/taxRateList/0/rate"), QStringLiteral("Expected number, found string"));
        row("taxIncluded as a string", QStringLiteral("tax-rates"),
            with(taxRates, QStringLiteral("/_embedded/taxRateList/0/taxIncluded"), QStringLiteral("true")),
            QStringLiteral("/_embedded/taxRateList/0/taxIncluded"), QStringLiteral("Expected boolean"));
        row("tax rates as a bare list", QStringLiteral("tax-rates"),
            at(taxRates, QStringLiteral("/_embedded/taxRateList")), QStringLiteral("/"),
            QStringLiteral("Expected object, found array"));
        row("taxRateList not a list", QStringLiteral("tax-rates"),
            with(taxRates, QStringLiteral("/_embedded/taxRateList"),
                 at(taxRates, QStringLiteral("/_embedded/taxRateList/0"))),
            QStringLiteral("/_embedded/taxRateList"), QStringLiteral("Expected array, found object"));

        const QJsonValue businesses = example(QStringLiteral("businesses"));
        row("blID as a string", QStringLiteral("businesses"),
            with(businesses, QStringLiteral("/_embedded/businessList/0/businessLocations/0/blID"),
                 QStringLiteral("1234567890")),
            QStringLiteral("/_embedded/businessList/0/businessLocations/0/blID"),
            QStringLiteral("Expected number, found string"));
        row("businessId as a string", QStringLiteral("businesses"),
            with(businesses, QStringLiteral("/_embedded/businessList/0/businessId"), QStringLiteral("4242")),
            QStringLiteral("/_embedded/businessList/0/businessId"), type);
        row("businesses as a bare list", QStringLiteral("businesses"),
            at(businesses, QStringLiteral("/_embedded/businessList")), QStringLiteral("/"), type);

        const QJsonValue groups = example(QStringLiteral("accounting-groups"));
        row("accountingGroupId as a string", QStringLiteral("accounting-groups"),
            with(groups, QStringLiteral("/_embedded/accountingGroupList/0/accountingGroupId"),
                 QStringLiteral("1001")),
            QStringLiteral("/_embedded/accountingGroupList/0/accountingGroupId"), type);
        row("accounting groups as a bare list", QStringLiteral("accounting-groups"),
            at(groups, QStringLiteral("/_embedded/accountingGroupList")), QStringLiteral("/"), type);

        const QJsonValue methods = example(QStringLiteral("payment-methods"));
        row("pmId as a string", QStringLiteral("payment-methods"),
            with(methods, QStringLiteral("/_embedded/paymentMethodList/0/pmId"), QStringLiteral("1")),
            QStringLiteral("/_embedded/paymentMethodList/0/pmId"), type);

        const QJsonValue sales = example(QStringLiteral("sales"));
        const QString line = QStringLiteral("/sales/0/salesLines/0");
        row("line amount as a number", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/totalNetAmountWithTax"), 11.0),
            line + QStringLiteral("/totalNetAmountWithTax"), QStringLiteral("Expected string, found number"));
        row("quantity as a number", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/quantity"), 1), line + QStringLiteral("/quantity"),
            QStringLiteral("Expected string, found number"));
        row("taxRatePercentage as a number", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/taxRatePercentage"), 20.0),
            line + QStringLiteral("/taxRatePercentage"), type);
        row("taxLines taxRate as a number", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/taxLines/0/taxRate"), 1.2),
            line + QStringLiteral("/taxLines/0/taxRate"), type);
        row("taxLines taxIncluded as a string", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/taxLines/0/taxIncluded"), QStringLiteral("true")),
            line + QStringLiteral("/taxLines/0/taxIncluded"), type);
        row("taxLines an object", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/taxLines"), at(sales, line + QStringLiteral("/taxLines/0"))),
            line + QStringLiteral("/taxLines"), type);
        row("accountingGroupId as a string", QStringLiteral("sales"),
            with(sales, line + QStringLiteral("/accountingGroup/accountingGroupId"), QStringLiteral("1001")),
            line + QStringLiteral("/accountingGroup/accountingGroupId"), QStringLiteral("Expected integer"));
        row("nbCovers as a string", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/nbCovers"), QStringLiteral("2")),
            QStringLiteral("/sales/0/nbCovers"), QStringLiteral("Expected number, found string"));
        row("cancelled as a string", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/cancelled"), QStringLiteral("false")),
            QStringLiteral("/sales/0/cancelled"), type);
        row("sale type outside the enum", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/type"), QStringLiteral("REFUNDED")),
            QStringLiteral("/sales/0/type"), en);
        row("refund source as a string", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/source"), QStringLiteral("A65315.13")),
            QStringLiteral("/sales/0/source"), type);
        row("payment amount as a number", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/payments/0/netAmountWithTax"), 11.0),
            QStringLiteral("/sales/0/payments/0/netAmountWithTax"), type);
        row("payment type outside the enum", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/payments/0/type"), QStringLiteral("CARD")),
            QStringLiteral("/sales/0/payments/0/type"), en);
        row("paymentMethodId as a string", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/payments/0/paymentMethodId"), QStringLiteral("7")),
            QStringLiteral("/sales/0/payments/0/paymentMethodId"), type);
        row("timeClosed not a date-time", QStringLiteral("sales"),
            with(sales, QStringLiteral("/sales/0/timeClosed"), QStringLiteral("14/02/2023 20:04")),
            QStringLiteral("/sales/0/timeClosed"), QStringLiteral("date-time"));
        row("sales as a bare list", QStringLiteral("sales"), at(sales, QStringLiteral("/sales")),
            QStringLiteral("/"), QStringLiteral("Expected object, found array"));
        row("nextPageToken as a number", QStringLiteral("sales"),
            with(sales, QStringLiteral("/nextPageToken"), 2), QStringLiteral("/nextPageToken"), type);

        const QJsonValue item = example(QStringLiteral("item"));
        row("price amount as a string", QStringLiteral("item"),
            with(item, QStringLiteral("/prices/0/amount"), QStringLiteral("10.00")),
            QStringLiteral("/prices/0/amount"), QStringLiteral("Expected number, found string"));
        row("costPrice as a string", QStringLiteral("item"),
            with(item, QStringLiteral("/costPrice"), QStringLiteral("5.00")), QStringLiteral("/costPrice"),
            type);
        row("item id as a string", QStringLiteral("item"),
            with(item, QStringLiteral("/id"), QStringLiteral("3012455645")), QStringLiteral("/id"),
            QStringLiteral("Expected integer"));
        row("item id fractional", QStringLiteral("item"), with(item, QStringLiteral("/id"), 12.5),
            QStringLiteral("/id"), QStringLiteral("Expected integer"));
        row("priceMode outside the enum", QStringLiteral("item"),
            with(item, QStringLiteral("/priceMode"), QStringLiteral("FIXED")), QStringLiteral("/priceMode"),
            en);
        row("sku too long", QStringLiteral("item"),
            with(item, QStringLiteral("/sku"), QString(33, QLatin1Char('X'))), QStringLiteral("/sku"),
            QStringLiteral("no more than 32"));
        row("items list with a price as a string", QStringLiteral("items"),
            QJsonArray{with(example(QStringLiteral("items")), QStringLiteral("/prices/0/amount"),
                            QStringLiteral("10.00"))},
            QStringLiteral("/0/prices/0/amount"), type);

        const QJsonValue update = example(QStringLiteral("item-update.request"));
        row("defaultPrice as a string", QStringLiteral("item-update.request"),
            with(update, QStringLiteral("/defaultPrice"), QStringLiteral("23.50")),
            QStringLiteral("/defaultPrice"), QStringLiteral("Expected number, found string"));
        row("businessLocationId as a string", QStringLiteral("item-update.request"),
            with(update, QStringLiteral("/businessLocationId"), QStringLiteral("45454565682155")),
            QStringLiteral("/businessLocationId"), QStringLiteral("Expected integer"));
        row("sku missing", QStringLiteral("item-update.request"),
            with(update, QStringLiteral("/sku"), QJsonValue(QJsonValue::Undefined)), QStringLiteral("/"),
            QStringLiteral("Missing required property 'sku'"));
        row("defaultPrice missing", QStringLiteral("item-update.request"),
            with(update, QStringLiteral("/defaultPrice"), QJsonValue(QJsonValue::Undefined)),
            QStringLiteral("/"), QStringLiteral("Missing required property 'defaultPrice'"));

        const QJsonValue discounts = example(QStringLiteral("discounts"));
        row("discount percentage as a string", QStringLiteral("discounts"),
            with(discounts, QStringLiteral("/0/discountPercentage"), QStringLiteral("100.00")),
            QStringLiteral("/0/discountPercentage"), QStringLiteral("Expected number, found string"));
        row("discount with percentage and amount", QStringLiteral("discounts"),
            with(discounts, QStringLiteral("/0/discountAmount"), 5), QStringLiteral("/0"),
            QStringLiteral("'not' constraint"));
        row("discounts in an envelope", QStringLiteral("discounts"),
            QJsonObject{{QStringLiteral("discounts"), discounts}}, QStringLiteral("/"),
            QStringLiteral("Expected array, found object"));

        const QJsonValue itemsError = example(QStringLiteral("items-error"));
        row("items error status as a number", QStringLiteral("items-error"),
            with(itemsError, QStringLiteral("/status"), 404), QStringLiteral("/status"),
            QStringLiteral("Expected string, found number"));
        row("items error status outside the enum", QStringLiteral("items-error"),
            with(itemsError, QStringLiteral("/status"), QStringLiteral("422")), QStringLiteral("/status"),
            en);
        row("apiSubExceptions an object", QStringLiteral("items-error"),
            with(itemsError, QStringLiteral("/apiSubExceptions"),
                 at(itemsError, QStringLiteral("/apiSubExceptions/0"))),
            QStringLiteral("/apiSubExceptions"), type);

        row("financial error without error", QStringLiteral("financial-error"),
            QJsonObject{{QStringLiteral("message"), QStringLiteral("bad from")}}, QStringLiteral("/"),
            QStringLiteral("anyOf"));
        row("financial error as a string", QStringLiteral("financial-error"),
            QJsonValue(QStringLiteral("bad from")), QStringLiteral("/"), QStringLiteral("anyOf"));
    }

    void brokenAnswersFail()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, answer);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const QStringList violations = Test::contractViolations(Test::lightspeedSchema(name), answer);
        bool found = false;
        for (const QString& v : violations)
            found = found || (v.startsWith(path + QStringLiteral(": ")) && v.contains(words));
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("expected \"%1: …%2…\", got:%3").arg(path, words, joined(violations))));
    }

    // What the documents do not require, the contract cannot demand: the
    // vendor marks no field of these answers `required`, so a misspelt key
    // (blId for blID) or a missing envelope key passes the schema. The
    // connector contract test checks, besides the schema, that the data sits
    // under the documented keys.
    void unrequiredFieldsAreNotDemanded()
    {
        const QJsonValue businesses = example(QStringLiteral("businesses"));
        const QString bl = QStringLiteral("/_embedded/businessList/0/businessLocations/0/blID");
        QVERIFY(Test::contractViolations(Test::lightspeedSchema(QStringLiteral("businesses")),
                                         renamed(businesses, bl, QStringLiteral("blId")))
                    .isEmpty());
        QVERIFY(Test::contractViolations(Test::lightspeedSchema(QStringLiteral("tax-rates")), QJsonObject{})
                    .isEmpty());
    }

    void largeIdsAreIntegers()
    {
        // 64-bit ids (int64 in the documents) are integers, fractions are not.
        const QJsonValue item = example(QStringLiteral("item"));
        for (const double id : {141948669132862.0, 3012455645.0, -3012455645.0, 7.0}) {
            const QStringList v = Test::contractViolations(Test::lightspeedSchema(QStringLiteral("item")),
                                                           with(item, QStringLiteral("/id"), id));
            QVERIFY2(v.isEmpty(), qPrintable(joined(v)));
        }
        QCOMPARE(Test::contractViolations(Test::lightspeedSchema(QStringLiteral("item")),
                                          QByteArrayLiteral("{\"id\": 141948669132862}")),
                 QStringList{});
        QVERIFY(!Test::contractViolations(Test::lightspeedSchema(QStringLiteral("item")),
                                          with(item, QStringLiteral("/id"), 3012455645.5))
                     .isEmpty());
    }

    void nonJsonIsOneViolation()
    {
        for (const QByteArray& text : {QByteArrayLiteral("<html>502 Bad Gateway</html>"), QByteArray(),
                                       QByteArrayLiteral("{\"sales\": ["), QByteArrayLiteral("1, 2")}) {
            const QStringList v =
                Test::contractViolations(Test::lightspeedSchema(QStringLiteral("sales")), text);
            QCOMPARE(v.size(), 1);
            QVERIFY2(v.first().startsWith(QStringLiteral("/: not JSON")), qPrintable(v.first()));
        }
        // A bare JSON value is JSON (and here the wrong shape).
        const QStringList v = Test::contractViolations(Test::lightspeedSchema(QStringLiteral("sales")),
                                                       QByteArrayLiteral("42"));
        QCOMPARE(v.size(), 1);
        QVERIFY2(v.first().startsWith(QStringLiteral("/: Value type not permitted")), qPrintable(v.first()));
    }

    void missingSchemaIsAViolation()
    {
        QString error;
        QVERIFY(!Test::contractLoads(Test::lightspeedSchema(QStringLiteral("no-such")), &error));
        QVERIFY(!error.isEmpty());
        const QStringList v = Test::contractViolations(Test::lightspeedSchema(QStringLiteral("no-such")),
                                                       QByteArrayLiteral("{}"));
        QCOMPARE(v.size(), 1);
        QVERIFY2(v.first().startsWith(QStringLiteral("schema: ")), qPrintable(v.first()));
    }
};

QTEST_GUILESS_MAIN(TestContractSchemas)
#include "tst_contractschemas.moc"
