#pragma once

// Contract tests: a provider's answer (or the body we send) checked against
// the JSON Schema (draft-07) transcribed from the provider's published
// documents, under tests/data/contracts/.

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Moulin::Test {

/// The file of contract `name` (for instance "lightspeed/tax-rates.schema.json")
/// under $MOULIN_SOURCE_DIR/tests/data/contracts.
QString contractPath(const QString& name);

/// The Lightspeed contract `name`: contractPath("lightspeed/<name>.schema.json").
QString lightspeedSchema(const QString& name);

/// Whether `schemaFile` reads as a draft-07 JSON Schema valijson can use;
/// `error` gets the reason when it does not.
bool contractLoads(const QString& schemaFile, QString* error = nullptr);

/// Every way `json` breaks the schema in `schemaFile`, each as "path: message"
/// with the path as a JSON Pointer ("/_embedded/taxRateList/0/rate"; "/" is
/// the document itself). Empty: `json` conforms. Text that is not JSON gives
/// one violation saying so; a schema that does not load gives one violation
/// naming the schema.
///
/// valijson 1.0's Qt adapter decides `"type": "integer"` with
/// QJsonValue::toInt(), so a whole number outside the 32-bit int range (the
/// 64-bit ids the documents type as int64) would not count as an integer:
/// before validation such numbers are replaced by ±2147483647 (still whole,
/// same sign). The contracts put no bounds, enum or uniqueness on them.
QStringList contractViolations(const QString& schemaFile, const QByteArray& json);
QStringList contractViolations(const QString& schemaFile, const QJsonValue& value);

} // namespace Moulin::Test
