#pragma once

#include <QLoggingCategory>
#include <QString>

namespace Moulin {

/// The logging category of one connector, "moulin.connector.<id>", created on
/// first use and kept for the whole process (QT_LOGGING_RULES and
/// QLoggingCategory::setFilterRules() apply to it like to any other). Debug
/// output is off by default; info, warnings and errors are on. Thread-safe.
///
///     qCInfo(connectorLog(QStringLiteral("lightspeed"))) << "synchronised";
///
/// Lines logged under these categories carry only redacted data (paths from
/// Redact::pathAndQuery(), messages through Redact::text()).
const QLoggingCategory& connectorLog(const QString& connectorId);

/// "moulin.connector.<id>" (an empty id gives "moulin.connector").
QByteArray connectorLogName(const QString& connectorId);

} // namespace Moulin
