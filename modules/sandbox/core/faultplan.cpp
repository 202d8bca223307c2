#include "sandbox/core/faultplan.h"

#include <QJsonArray>
#include <QSet>

namespace Moulin {

QJsonObject FaultPlan::toJson() const
{
    QJsonArray statusList;
    for (int status : statuses)
        statusList.append(status);
    return QJsonObject{
        {QStringLiteral("pathPrefix"), pathPrefix},
        {QStringLiteral("errorRate"), errorRate},
        {QStringLiteral("errorStatus"), errorStatus},
        {QStringLiteral("statuses"), statusList},
        {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
        {QStringLiteral("retryAfterHttpDate"), retryAfterHttpDate},
        {QStringLiteral("rateLimitResetSeconds"), rateLimitResetSeconds},
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("dropConnection"), dropConnection},
        {QStringLiteral("dropAfterHandling"), dropAfterHandling},
        {QStringLiteral("truncateBody"), truncateBody},
        {QStringLiteral("malformedJson"), malformedJson},
        {QStringLiteral("times"), times},
    };
}

std::optional<FaultPlan> FaultPlan::fromJson(const QJsonObject& object, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<FaultPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QSet<QString> known{
        QStringLiteral("pathPrefix"),
        QStringLiteral("errorRate"),
        QStringLiteral("errorStatus"),
        QStringLiteral("statuses"),
        QStringLiteral("retryAfterSeconds"),
        QStringLiteral("retryAfterHttpDate"),
        QStringLiteral("rateLimitResetSeconds"),
        QStringLiteral("latencyMs"),
        QStringLiteral("dropConnection"),
        QStringLiteral("dropAfterHandling"),
        QStringLiteral("truncateBody"),
        QStringLiteral("malformedJson"),
        QStringLiteral("times"),
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }

    FaultPlan plan;
    auto intValue = [&object](const QString& key, int fallback, int min, int max) -> std::optional<int> {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (d != static_cast<int>(d) || d < min || d > max)
            return std::nullopt;
        return static_cast<int>(d);
    };
    auto boolValue = [&object](const QString& key, bool* out) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return false;
        *out = v.toBool();
        return true;
    };

    const QJsonValue prefix = object.value(QStringLiteral("pathPrefix"));
    if (!prefix.isUndefined()) {
        if (!prefix.isString() || !prefix.toString().startsWith(QLatin1Char('/')))
            return fail(QStringLiteral("pathPrefix must be a string starting with /"));
        plan.pathPrefix = prefix.toString();
    }
    const QJsonValue rate = object.value(QStringLiteral("errorRate"));
    if (!rate.isUndefined()) {
        if (!rate.isDouble() || rate.toDouble() < 0.0 || rate.toDouble() > 1.0)
            return fail(QStringLiteral("errorRate must be a number between 0 and 1"));
        plan.errorRate = rate.toDouble();
    }
    const auto errorStatus = intValue(QStringLiteral("errorStatus"), 500, 100, 599);
    const auto retryAfter = intValue(QStringLiteral("retryAfterSeconds"), -1, -1, 86400);
    const auto reset = intValue(QStringLiteral("rateLimitResetSeconds"), -1, -1, 86400);
    const auto latency = intValue(QStringLiteral("latencyMs"), 0, 0, 120000);
    const auto times = intValue(QStringLiteral("times"), -1, -1, 1000000);
    if (!errorStatus)
        return fail(QStringLiteral("errorStatus must be an HTTP status (100-599)"));
    if (!retryAfter || !reset)
        return fail(QStringLiteral("retryAfterSeconds and rateLimitResetSeconds must be -1 to 86400"));
    if (!latency)
        return fail(QStringLiteral("latencyMs must be 0 to 120000"));
    if (!times || *times == 0)
        return fail(QStringLiteral("times must be -1 or a positive count"));
    plan.errorStatus = *errorStatus;
    plan.retryAfterSeconds = *retryAfter;
    plan.rateLimitResetSeconds = *reset;
    plan.latencyMs = *latency;
    plan.times = *times;

    const QJsonValue statuses = object.value(QStringLiteral("statuses"));
    if (!statuses.isUndefined()) {
        if (!statuses.isArray())
            return fail(QStringLiteral("statuses must be an array of HTTP statuses"));
        for (const QJsonValue& v : statuses.toArray()) {
            const int status = v.toInt(-1);
            if (status < 100 || status > 599)
                return fail(QStringLiteral("statuses must be an array of HTTP statuses"));
            plan.statuses.append(status);
        }
    }
    if (!boolValue(QStringLiteral("retryAfterHttpDate"), &plan.retryAfterHttpDate) ||
        !boolValue(QStringLiteral("dropConnection"), &plan.dropConnection) ||
        !boolValue(QStringLiteral("dropAfterHandling"), &plan.dropAfterHandling) ||
        !boolValue(QStringLiteral("truncateBody"), &plan.truncateBody) ||
        !boolValue(QStringLiteral("malformedJson"), &plan.malformedJson))
        return fail(QStringLiteral(
            "retryAfterHttpDate, dropConnection, dropAfterHandling, truncateBody and malformedJson are "
            "booleans"));
    return plan;
}

} // namespace Moulin
