#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Moulin {

/// Faults the sandbox injects into the answers of routes under a path
/// prefix. Set in-process with SandboxServer::setFaultPlan() or over HTTP
/// with `POST /_sandbox/faults` (the JSON keys are the member names).
///
/// Per matching request, in order: wait `latencyMs`; then answer the next
/// of `statuses` if any is left; else, with probability `errorRate`, answer
/// `errorStatus`; else close the connection without answering
/// (`dropConnection`), or let the route handle the request (an order is
/// stored) and then close the connection without answering
/// (`dropAfterHandling`: the provider that keeps a write and loses the
/// answer); else answer normally, with the body cut short after
/// a full Content-Length (`truncateBody`) or with the JSON cut in half but a
/// matching Content-Length (`malformedJson`). A 429 or 503 from this plan
/// carries `Retry-After` (`retryAfterSeconds`, as delta-seconds or, with
/// `retryAfterHttpDate`, as an IMF-fixdate) and, on 429, Brevo's
/// x-sib-ratelimit-limit/-remaining/-reset (`rateLimitResetSeconds`).
struct FaultPlan
{
    QString pathPrefix = QStringLiteral("/");
    double errorRate = 0.0;
    int errorStatus = 500;
    QList<int> statuses;
    int retryAfterSeconds = -1;
    bool retryAfterHttpDate = false;
    int rateLimitResetSeconds = -1;
    int latencyMs = 0;
    bool dropConnection = false;
    bool dropAfterHandling = false;
    bool truncateBody = false;
    bool malformedJson = false;
    /// Requests the plan applies to before it removes itself (-1: until cleared).
    int times = -1;

    bool matches(const QString& path) const { return path.startsWith(pathPrefix); }

    QJsonObject toJson() const;
    /// Parses a plan; unknown keys and out-of-range values are errors.
    static std::optional<FaultPlan> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace Moulin
