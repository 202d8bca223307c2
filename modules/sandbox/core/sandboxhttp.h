#pragma once

// Small helpers shared by the sandbox's provider emulations.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace Moulin::SandboxHttp {

/// A JSON answer with `status`.
QHttpServerResponse json(const QJsonObject& object, int status = 200);
/// {"error": message} with `status`.
QHttpServerResponse error(const QString& message, int status);
/// The value of the request header `name` (case-insensitive), or empty.
QByteArray header(const QHttpServerRequest& request, QByteArrayView name);
/// splitmix64 finaliser: deterministic pseudo-random numbers from (seed, index).
quint64 mix(quint64 x);

} // namespace Moulin::SandboxHttp
