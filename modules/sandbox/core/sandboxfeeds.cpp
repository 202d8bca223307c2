#include "sandbox/core/sandboxfeeds.h"

#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace Moulin {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

using SandboxHttp::error;
using SandboxHttp::header;
using SandboxHttp::json;
using SandboxHttp::mix;

constexpr qint64 kEpoch = 1'704'067'200; // 2024-01-01T00:00:00Z

} // namespace

SandboxFeeds* SandboxFeeds::install(SandboxServer* server)
{
    return new SandboxFeeds(server);
}

SandboxFeeds::SandboxFeeds(SandboxServer* server)
    : QObject(server)
    , m_seed(server->seed())
{
    using Method = QHttpServerRequest::Method;

    server->addRoute(QStringLiteral("/_sandbox/records"), Method::Get,
                     [this](const QHttpServerRequest& request, const QStringList&) {
                         const QUrlQuery query = request.query();
                         bool ok = true;
                         const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
                         const qint64 offset = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
                         if (!ok || offset < 0)
                             return error(QStringLiteral("invalid cursor"), 400);
                         const QString limitText = query.queryItemValue(QStringLiteral("limit"));
                         const qint64 limit = limitText.isEmpty() ? 100 : limitText.toLongLong(&ok);
                         if (!ok || limit < 1 || limit > kMaxPageSize)
                             return error(QStringLiteral("limit must be 1-%1").arg(kMaxPageSize), 400);
                         return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                    recordsPage(offset, limit));
                     });

    server->addRoute(
        QStringLiteral("/_sandbox/orders"), Method::Post,
        [this](const QHttpServerRequest& request, const QStringList&) {
            ++m_orderRequests;
            QByteArray key = header(request, "Idempotency-Key");
            if (key.isEmpty())
                key = header(request, "X-Request-Id");
            if (key.isEmpty())
                return error(QStringLiteral("missing Idempotency-Key"), 400);
            ++m_requestsPerKey[key];
            const QByteArray body = request.body();
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isObject())
                return error(QStringLiteral("the body must be a JSON object"), 400);

            const auto known = m_orders.constFind(key);
            if (known != m_orders.constEnd()) {
                if (known->body != body)
                    return error(QStringLiteral("idempotency key reused with a different body"), 422);
                QHttpServerResponse replay(QByteArrayLiteral("application/json"), known->response);
                replay.addHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
                return replay;
            }
            if (document.object().value(QStringLiteral("reject")).toBool())
                return error(QStringLiteral("rejected by the sandbox"), 422);

            Order order;
            order.id = m_orders.size() + 1;
            order.body = body;
            order.response =
                QJsonDocument(QJsonObject{{QStringLiteral("id"), order.id},
                                          {QStringLiteral("key"), QString::fromLatin1(key)},
                                          {QStringLiteral("status"), QStringLiteral("accepted")}})
                    .toJson(QJsonDocument::Compact);
            m_orders.insert(key, order);
            m_appliedKeys.append(key);
            return QHttpServerResponse(QByteArrayLiteral("application/json"), order.response,
                                       StatusCode::Created);
        });

    server->addRoute(QStringLiteral("/_sandbox/ledger"), Method::Get,
                     [this](const QHttpServerRequest&, const QStringList&) {
                         QJsonArray orders;
                         for (const QByteArray& key : std::as_const(m_appliedKeys)) {
                             const Order& order = m_orders[key];
                             orders.append(QJsonObject{
                                 {QStringLiteral("id"), order.id},
                                 {QStringLiteral("key"), QString::fromLatin1(key)},
                                 {QStringLiteral("requests"), m_requestsPerKey.value(key)},
                                 {QStringLiteral("body"), QJsonDocument::fromJson(order.body).object()},
                             });
                         }
                         return json(QJsonObject{{QStringLiteral("applied"), ordersApplied()},
                                                 {QStringLiteral("requests"), m_orderRequests},
                                                 {QStringLiteral("orders"), orders}});
                     });
    server->addRoute(QStringLiteral("/_sandbox/ledger"), Method::Delete,
                     [this](const QHttpServerRequest&, const QStringList&) {
                         resetOrders();
                         return json(QJsonObject{{QStringLiteral("applied"), 0}});
                     });
}

void SandboxFeeds::resetOrders()
{
    m_orders.clear();
    m_requestsPerKey.clear();
    m_appliedKeys.clear();
    m_orderRequests = 0;
}

QJsonObject SandboxFeeds::record(qint64 index) const
{
    return QJsonDocument::fromJson(recordsPage(index, 1))
        .object()
        .value(QStringLiteral("records"))
        .toArray()
        .at(0)
        .toObject();
}

QByteArray SandboxFeeds::recordsPage(qint64 offset, qint64 limit) const
{
    // Written by hand: this is the benchmark's server side, and QJsonObject
    // would dominate its cost.
    const qint64 end = std::min(m_recordCount, offset + limit);
    const qint64 first = std::min(offset, m_recordCount);
    QByteArray out;
    out.reserve(int((end - first) * 120 + 128));
    out += "{\"records\":[";
    for (qint64 i = first; i < end; ++i) {
        const quint64 h = mix((quint64(m_seed) << 40) ^ quint64(i));
        const qint64 cents = qint64(h % 500000);
        const QByteArray updated =
            QDateTime::fromSecsSinceEpoch(kEpoch + i * 37, Qt::UTC).toString(Qt::ISODate).toLatin1();
        if (i > first)
            out += ',';
        out += "{\"id\":" + QByteArray::number(i + 1) + ",\"name\":\"Record " + QByteArray::number(i + 1) +
               "\",\"amount\":\"" + QByteArray::number(cents / 100) + '.' +
               QByteArray::number(cents % 100).rightJustified(2, '0') + "\",\"category\":\"cat-" +
               QByteArray::number((h >> 20) % 12) + "\",\"updated_at\":\"" + updated + "\"}";
    }
    const qint64 next = std::max(end, first);
    out += "],\"next_cursor\":\"" + QByteArray::number(next) + "\",\"complete\":" +
           (next >= m_recordCount ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
           ",\"total\":" + QByteArray::number(m_recordCount) +
           ",\"remaining\":" + QByteArray::number(m_recordCount - next) + '}';
    return out;
}

} // namespace Moulin
