// JsonTape: the fast JSON reader agrees with QJsonDocument on what is valid
// and on every value it reads.

#include "common/core/jsontape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Moulin;

namespace {
/// JSON written with ' for " (readable in C++ source).
QByteArray q(const char* text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}
} // namespace

class TestJsonTape : public QObject
{
    Q_OBJECT

private:
    /// Compares a tape value with a QJsonValue, recursively.
    static void compare(const JsonRef& ref, const QJsonValue& value, const QString& path)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            QVERIFY2(ref.isNull(), qPrintable(path));
            break;
        case QJsonValue::Bool:
            QVERIFY2(ref.isBool(), qPrintable(path));
            QCOMPARE(ref.toBool(), value.toBool());
            break;
        case QJsonValue::Double:
            QVERIFY2(ref.isNumber(), qPrintable(path));
            QCOMPARE(ref.toDouble(), value.toDouble());
            break;
        case QJsonValue::String:
            QVERIFY2(ref.isString(), qPrintable(path));
            QCOMPARE(ref.toString(), value.toString());
            break;
        case QJsonValue::Array: {
            QVERIFY2(ref.isArray(), qPrintable(path));
            const QJsonArray a = value.toArray();
            QCOMPARE(ref.size(), a.size());
            qsizetype i = 0;
            for (const JsonRef e : ref.elements()) {
                compare(e, a.at(i), path + QStringLiteral("[%1]").arg(i));
                if (QTest::currentTestFailed())
                    return;
                compare(ref.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i));
                ++i;
            }
            QCOMPARE(i, a.size());
            break;
        }
        case QJsonValue::Object: {
            QVERIFY2(ref.isObject(), qPrintable(path));
            const QJsonObject o = value.toObject();
            QSet<QString> keys;
            for (auto it = ref.members().begin(), end = ref.members().end(); it != end; ++it) {
                const QString key = it.key().toString();
                keys.insert(key);
                QVERIFY2(o.contains(key), qPrintable(path + u'.' + key));
                // A repeated key: the last value, as Qt keeps.
                compare(ref.value(QLatin1StringView(key.toLatin1())), o.value(key), path + u'.' + key);
                if (QTest::currentTestFailed())
                    return;
            }
            QCOMPARE(keys.size(), o.size());
            break;
        }
        case QJsonValue::Undefined:
            QVERIFY2(ref.isUndefined(), qPrintable(path));
            break;
        }
    }

    static bool qtAccepts(const QByteArray& json)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
        return e.error == QJsonParseError::NoError && !doc.isNull();
    }

    static QJsonValue randomValue(QRandomGenerator& rng, int depth)
    {
        const int kind = int(rng.bounded(depth > 3 ? 5 : 7));
        switch (kind) {
        case 0:
            return QJsonValue();
        case 1:
            return rng.bounded(2) == 1;
        case 2:
            return double(qint64(rng.generate64() % 2'000'000'000'000ull) - 1'000'000'000'000ll) / 100.0;
        case 3:
            return double(int(rng.bounded(100000)));
        case 4: {
            static const QString alphabet = QStringLiteral("abcdeéèàçœ€ \"\\/\t\n«»日本🍷x\u0001");
            QString s;
            const int n = int(rng.bounded(12));
            for (int i = 0; i < n; ++i) {
                const QChar c = alphabet.at(int(rng.bounded(int(alphabet.size()))));
                if (c.isHighSurrogate() || c.isLowSurrogate()) {
                    s += QStringLiteral("🍷");
                    continue;
                }
                s += c;
            }
            return s;
        }
        case 5: {
            QJsonArray a;
            const int n = int(rng.bounded(5));
            for (int i = 0; i < n; ++i)
                a.append(randomValue(rng, depth + 1));
            return a;
        }
        default: {
            QJsonObject o;
            const int n = int(rng.bounded(5));
            for (int i = 0; i < n; ++i)
                o.insert(QStringLiteral("k%1é").arg(rng.bounded(20)), randomValue(rng, depth + 1));
            return o;
        }
        }
    }

private Q_SLOTS:
    void readsAPage()
    {
        const QByteArray json =
            q("{'sales':[{'receiptId':'R-1','nbCovers':2,'cancelled':false,"
              "'timeClosed':'2026-11-25T12:31:05.120Z','salesLines':[{'id':'L1','name':'Bœuf "
              "\\'bourguignon\\'',"
              "'totalNetAmountWithTax':'24.50','quantity':1.5,'taxLines':[]}],'payments':null}],"
              "'nextPageToken':'dG9r\\u0065bg==','dataComplete':true}");
        QString error;
        const std::optional<JsonTape> tape = JsonTape::parse(json, &error);
        QVERIFY2(tape, qPrintable(error));
        const JsonRef root = tape->root();
        QVERIFY(root.isObject());
        QCOMPARE(root.size(), 3);
        const JsonRef sales = root.value("sales");
        QVERIFY(sales.isArray());
        QCOMPARE(sales.size(), 1);
        const JsonRef sale = sales.at(0);
        QCOMPARE(sale.value("receiptId").toString(), QStringLiteral("R-1"));
        QCOMPARE(sale.value("receiptId").plainString()->toByteArray(), QByteArray("R-1"));
        QVERIFY(sale.value("receiptId").equals(QLatin1StringView("R-1")));
        QVERIFY(!sale.value("receiptId").equals(QLatin1StringView("R-")));
        QCOMPARE(sale.value("nbCovers").toDouble(), 2.0);
        QCOMPARE(sale.value("nbCovers").numberText().toByteArray(), QByteArray("2"));
        QCOMPARE(sale.value("cancelled").toBool(true), false);
        QVERIFY(sale.value("payments").isNull());
        QVERIFY(sale.value("absent").isUndefined());
        QVERIFY(sale.value("receiptId").value("x").isUndefined()); // not an object
        QVERIFY(sales.at(1).isUndefined());
        const JsonRef line = sale.value("salesLines").at(0);
        QCOMPARE(line.value("name").toString(), QStringLiteral("Bœuf \"bourguignon\""));
        QVERIFY(!line.value("name").plainString()); // escaped
        QCOMPARE(line.value("quantity").toDouble(), 1.5);
        QCOMPARE(line.value("taxLines").size(), 0);
        QCOMPARE(root.value("nextPageToken").toString(), QStringLiteral("dG9rebg=="));
        QVERIFY(root.value("dataComplete").toBool());
        // A record's original bytes, for a quarantine.
        QVERIFY(sale.raw().startsWith("{\"receiptId\":\"R-1\""));
        QVERIFY(sale.raw().endsWith("\"payments\":null}"));
        QVERIFY(qtAccepts(sale.raw().toByteArray()));
        // The empty string is a string, not null.
        const std::optional<JsonTape> empty = JsonTape::parse(q("{'a':''}"));
        QVERIFY(empty);
        QVERIFY(!empty->root().value("a").toString().isNull());
        QVERIFY(empty->root().value("a").toString().isEmpty());
    }

    void picksMembersInOnePass()
    {
        const JsonKeys keys{"id", "sku", "name", "café"};
        QCOMPARE(keys.size(), 4);
        QCOMPARE(keys.indexOf("sku"), 1);
        QCOMPARE(keys.indexOf("skus"), -1);
        const std::optional<JsonTape> tape =
            JsonTape::parse(q("{'name':'a','sk\\u0075':'escaped key','id':1,'other':true,'id':2,"
                              "'caf\xC3\xA9':null}"));
        QVERIFY(tape);
        JsonRef v[4];
        tape->root().pick(keys, v);
        QCOMPARE(v[0].toDouble(), 2.0); // the last of a repeated key, as Qt
        QCOMPARE(v[1].toString(), QStringLiteral("escaped key"));
        QCOMPARE(v[2].toString(), QStringLiteral("a"));
        QVERIFY(v[3].isNull()); // present, null (UTF-8 key)
        // Not an object: every slot Undefined.
        tape->root().value("id").pick(keys, v);
        for (const JsonRef& r : v)
            QVERIFY(r.isUndefined());
        // value() with a Latin-1 key that is not ASCII.
        QVERIFY(tape->root().value(QLatin1StringView("caf\xE9")).isNull());
        QVERIFY(tape->root().value(QLatin1StringView("caf\xC3\xA9")).isUndefined());
    }

    void survivesAMove()
    {
        std::optional<JsonTape> tape = JsonTape::parse(q("[{'a':[1,2,3]}]"));
        QVERIFY(tape);
        const JsonRef a = tape->root().at(0).value("a");
        const JsonTape moved = std::move(*tape);
        tape.reset();
        QCOMPARE(a.at(2).toDouble(), 3.0);
        QCOMPARE(moved.root().at(0).value("a").size(), 3);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        // Qt is lenient with some of these (unknown escapes, raw control
        // characters, "1."); JsonTape follows RFC 8259.
        QTest::addColumn<bool>("qtRejects");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("value expected") << true;
        QTest::newRow("truncated") << (q("{'sales':[{'a':1}")) << QStringLiteral("unterminated") << true;
        QTest::newRow("trailing comma") << (q("[1,2,]")) << QStringLiteral("value expected") << true;
        QTest::newRow("two documents") << (q("{} {}")) << QStringLiteral("after the document") << true;
        QTest::newRow("bad escape") << (q("['a\\x']")) << QStringLiteral("invalid escape") << false;
        QTest::newRow("bad unicode escape") << (q("['\\u12G4']")) << QStringLiteral("\\u escape") << true;
        QTest::newRow("control character")
            << QByteArray("[\"a\tb\"]") << QStringLiteral("control character") << false;
        QTest::newRow("leading zero") << QByteArray("[012]") << QStringLiteral("',' or ']' expected") << true;
        QTest::newRow("bare dot") << QByteArray("[1.]") << QStringLiteral("after '.'") << false;
        QTest::newRow("bad literal") << QByteArray("[tru]") << QStringLiteral("invalid literal") << true;
        QTest::newRow("key not a string") << QByteArray("{a:1}") << QStringLiteral("member name") << true;
        QTest::newRow("missing colon") << (q("{'a' 1}")) << QStringLiteral("':' expected") << true;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xC3\x28\"]") << QStringLiteral("UTF-8") << true;
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\xAF\"]") << QStringLiteral("UTF-8") << true;
        QTest::newRow("UTF-8 surrogate")
            << QByteArray("[\"\xED\xA0\x80\"]") << QStringLiteral("UTF-8") << true;
        QTest::newRow("too deep") << QByteArray(300, '[') + QByteArray(300, ']')
                                  << QStringLiteral("too deeply") << false;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!JsonTape::parse(json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("at byte")), qPrintable(error));
        QFETCH(bool, qtRejects);
        if (qtRejects)
            QVERIFY(!qtAccepts(json));
    }

    void agreesWithQJsonDocumentOnRandomDocuments()
    {
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 400; ++round) {
            QJsonObject o;
            for (int i = 0; i < 6; ++i)
                o.insert(QStringLiteral("f%1").arg(i), randomValue(rng, 0));
            const QByteArray json =
                QJsonDocument(o).toJson(round % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
            QString error;
            const std::optional<JsonTape> tape = JsonTape::parse(json, &error);
            QVERIFY2(tape, qPrintable(error + u' ' + QString::fromUtf8(json)));
            compare(tape->root(), o, QStringLiteral("$"));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void agreesWithQJsonDocumentOnCorruptedDocuments()
    {
        // Flip, drop or insert bytes in valid documents: what Qt rejects,
        // JsonTape rejects; what JsonTape accepts, Qt accepts with the same
        // values. (Qt also accepts some non-RFC text that JsonTape rejects.)
        QRandomGenerator rng(7);
        static const char kBytes[] = "{}[],:\"\\ 0123456789.-+eEtrufalsn\xC3\xA9\x80\xFF";
        int valid = 0, invalid = 0;
        for (int round = 0; round < 3000; ++round) {
            QJsonArray a;
            for (int i = 0; i < 3; ++i)
                a.append(randomValue(rng, 1));
            QByteArray json = QJsonDocument(a).toJson(QJsonDocument::Compact);
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits && !json.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(int(json.size())));
                const char b = kBytes[rng.bounded(int(sizeof(kBytes) - 1))];
                switch (rng.bounded(3)) {
                case 0:
                    json[at] = b;
                    break;
                case 1:
                    json.remove(at, 1);
                    break;
                default:
                    json.insert(at, b);
                    break;
                }
            }
            QJsonParseError qtError;
            const QJsonDocument doc = QJsonDocument::fromJson(json, &qtError);
            const bool qtOk = qtError.error == QJsonParseError::NoError;
            const std::optional<JsonTape> tape = JsonTape::parse(json);
            if (tape) {
                QVERIFY2(qtOk && (doc.isArray() || doc.isObject()), json.constData());
                compare(tape->root(), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                        QStringLiteral("$"));
                if (QTest::currentTestFailed())
                    return;
                ++valid;
            } else if (!qtOk) {
                QVERIFY2(!tape, json.constData());
                ++invalid;
            }
        }
        // Both kinds were exercised.
        QVERIFY(valid > 100);
        QVERIFY(invalid > 100);
    }
};

QTEST_GUILESS_MAIN(TestJsonTape)
#include "tst_jsontape.moc"
