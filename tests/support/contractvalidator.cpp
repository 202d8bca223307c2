#include "contractvalidator.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <climits>
#include <cmath>
#include <exception>
#include <string>
#include <vector>

// Errors in a schema or a document must come back as exceptions (the
// default prints and aborts).
#define VALIJSON_USE_EXCEPTIONS 1
// GCC 12 sees an impossible memcpy bound in std::string::replace as inlined
// into valijson's JSON Pointer code (known false positives of
// -Wstringop-overflow and -Wrestrict).
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#pragma GCC diagnostic ignored "-Wrestrict"
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Moulin::Test {

namespace {

struct Loaded
{
    QJsonValue document; ///< the schema as JSON, for the messages
    QString error;
};

Loaded readSchema(const QString& schemaFile, valijson::Schema& schema)
{
    QFile file(schemaFile);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot read %1: %2").arg(schemaFile, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return {{}, QStringLiteral("%1 is not a JSON object: %2").arg(schemaFile, parseError.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("$schema")).toString() !=
        QLatin1String("http://json-schema.org/draft-07/schema#"))
        return {{}, QStringLiteral("%1 does not declare draft-07 in $schema").arg(schemaFile)};
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::QtJsonAdapter adapter(root);
        parser.populateSchema(adapter, schema);
    } catch (const std::exception& e) {
        return {{},
                QStringLiteral("%1 does not parse as a schema: %2")
                    .arg(schemaFile, QString::fromStdString(e.what()))};
    }
    return {root, {}};
}

/// Whole numbers outside the int range, clamped so the Qt adapter sees
/// integers (see the header).
QJsonValue clampedIntegers(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && (d > INT_MAX || d < INT_MIN))
            return d > 0 ? QJsonValue(INT_MAX) : QJsonValue(-INT_MAX);
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(clampedIntegers(v));
        return out;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), clampedIntegers(it.value()));
        return out;
    }
    return value;
}

/// valijson's context ("<root>", "[name]", "[0]", …) as path segments.
QStringList segments(const std::vector<std::string>& context)
{
    QStringList out;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QString s = QString::fromStdString(context[i]);
        if (s.startsWith(QLatin1Char('[')) && s.endsWith(QLatin1Char(']')))
            s = s.mid(1, s.size() - 2);
        out.append(s);
    }
    return out;
}

QString pointer(const QStringList& path)
{
    if (path.isEmpty())
        return QStringLiteral("/");
    QString out;
    for (QString s : path)
        out +=
            QLatin1Char('/') +
            s.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

QJsonValue valueAt(QJsonValue value, const QStringList& path)
{
    for (const QString& s : path) {
        if (value.isArray())
            value = value.toArray().at(s.toInt());
        else if (value.isObject())
            value = value.toObject().value(s);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QJsonObject resolved(const QJsonObject& root, QJsonObject node)
{
    for (int depth = 0; depth < 16 && node.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = node.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/definitions/")))
            break;
        node = root.value(QLatin1String("definitions"))
                   .toObject()
                   .value(ref.mid(int(qstrlen("#/definitions/"))))
                   .toObject();
    }
    return node;
}

/// The `type` the schema asks for at `path`, when a plain walk through
/// properties / items / $ref finds it.
QString expectedType(const QJsonObject& root, const QStringList& path)
{
    QJsonObject node = resolved(root, root);
    for (const QString& s : path) {
        if (node.contains(QLatin1String("items")))
            node = resolved(root, node.value(QLatin1String("items")).toObject());
        else
            node = resolved(root, node.value(QLatin1String("properties")).toObject().value(s).toObject());
        if (node.isEmpty())
            return {};
    }
    const QJsonValue type = node.value(QLatin1String("type"));
    if (type.isArray()) {
        QStringList types;
        for (const QJsonValue& t : type.toArray())
            types.append(t.toString());
        return types.join(QLatin1String(" or "));
    }
    return type.toString();
}

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("boolean true") : QStringLiteral("boolean false");
    case QJsonValue::Double:
        return QStringLiteral("number %1").arg(value.toDouble(), 0, 'g', 17);
    case QJsonValue::String: {
        const QString s = value.toString();
        return QStringLiteral("string \"%1\"").arg(s.size() > 40 ? s.left(40) + QStringLiteral("…") : s);
    }
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// valijson reports each failure again on every enclosing object and array;
/// those summaries are dropped when the deeper failure is listed.
bool isSummary(const std::string& description)
{
    for (const char* prefix : {"Failed to validate against schema associated with property name",
                               "Failed to validate item #", "Failed to validate against child schema #"}) {
        if (description.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

bool isStrictPrefix(const QStringList& prefix, const QStringList& path)
{
    if (prefix.size() >= path.size())
        return false;
    for (int i = 0; i < prefix.size(); ++i) {
        if (prefix.at(i) != path.at(i))
            return false;
    }
    return true;
}

} // namespace

QString contractPath(const QString& name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/contracts/") + name);
}

QString lightspeedSchema(const QString& name)
{
    return contractPath(QStringLiteral("lightspeed/%1.schema.json").arg(name));
}

bool contractLoads(const QString& schemaFile, QString* error)
{
    valijson::Schema schema;
    const Loaded loaded = readSchema(schemaFile, schema);
    if (error)
        *error = loaded.error;
    return loaded.error.isEmpty();
}

QStringList contractViolations(const QString& schemaFile, const QByteArray& json)
{
    // Wrapped in an array so that a bare scalar parses too.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        const int offset = std::max(0, parseError.offset - 1);
        return {QStringLiteral("/: not JSON (%1 at offset %2): %3")
                    .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QStringLiteral("not one value"))
                    .arg(offset)
                    .arg(QString::fromUtf8(json.left(80)))};
    }
    return contractViolations(schemaFile, doc.array().at(0));
}

QStringList contractViolations(const QString& schemaFile, const QJsonValue& value)
{
    valijson::Schema schema;
    const Loaded loaded = readSchema(schemaFile, schema);
    if (!loaded.error.isEmpty())
        return {QStringLiteral("schema: ") + loaded.error};

    valijson::ValidationResults results;
    try {
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        const QJsonValue target = clampedIntegers(value);
        valijson::adapters::QtJsonAdapter adapter(target);
        if (validator.validate(schema, adapter, &results))
            return {};
    } catch (const std::exception& e) {
        return {QStringLiteral("/: validation stopped: ") + QString::fromStdString(e.what())};
    }

    struct Error
    {
        QStringList path;
        std::string description;
    };
    std::vector<Error> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error))
        errors.push_back({segments(error.context), error.description});

    const QJsonObject root = loaded.document.toObject();
    QStringList out;
    for (const Error& e : errors) {
        if (isSummary(e.description)) {
            bool deeper = false;
            for (const Error& other : errors)
                deeper = deeper || isStrictPrefix(e.path, other.path);
            if (deeper)
                continue;
        }
        QString message = QString::fromStdString(e.description);
        if (e.description.rfind("Value type not permitted", 0) == 0) {
            const QString expected = expectedType(root, e.path);
            message += QStringLiteral(" Expected %1, found %2.")
                           .arg(expected.isEmpty() ? QStringLiteral("another type") : expected,
                                describe(valueAt(value, e.path)));
        } else if (e.description.rfind("Failed to match against any enum values", 0) == 0) {
            message += QStringLiteral(" Found %1.").arg(describe(valueAt(value, e.path)));
        }
        const QString line = pointer(e.path) + QStringLiteral(": ") + message;
        if (!out.contains(line))
            out.append(line);
    }
    return out;
}

} // namespace Moulin::Test
