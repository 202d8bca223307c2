#include "syncsupport.h"

#include "common/core/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

namespace Moulin::Test {

RecordsAdapter::RecordsAdapter(Options options)
    : m_options(std::move(options))
{
}

bool RecordsAdapter::createTables(QSqlDatabase db)
{
    return Database::exec(db,
                          QStringLiteral("CREATE TABLE IF NOT EXISTS test_records ("
                                         "seq INTEGER PRIMARY KEY AUTOINCREMENT, record_id INTEGER NOT NULL, "
                                         "name TEXT, amount TEXT, category TEXT, updated_at TEXT)")) &&
           createKeyedTable(db, QStringLiteral("test_records_keyed"));
}

bool RecordsAdapter::createKeyedTable(QSqlDatabase db, const QString& name)
{
    return Database::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (record_id INTEGER PRIMARY KEY, "
                                             "name TEXT, amount TEXT, category TEXT, updated_at TEXT)")
                                  .arg(name));
}

HttpRequest RecordsAdapter::request(const QString& cursor) const
{
    QUrl url = m_options.baseUrl.resolved(QUrl(QStringLiteral("/_sandbox/records")));
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    for (const auto& [key, value] : m_options.query)
        query.addQueryItem(key, value);
    url.setQuery(query);
    HttpRequest request;
    request.url = url;
    request.headers = m_options.headers;
    return request;
}

std::optional<RecordsAdapter::TypedPage> RecordsAdapter::read(const HttpResponse& response, const QString&,
                                                              QString* error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue records = root.value(QStringLiteral("records"));
    if (!records.isArray()) {
        *error = QStringLiteral("no \"records\" array");
        return std::nullopt;
    }
    TypedPage page;
    const QJsonArray array = records.toArray();
    page.records.reserve(array.size());
    for (const QJsonValue& value : array)
        page.records.append(value.toObject());
    page.nextCursor = root.value(QStringLiteral("next_cursor")).toString();
    page.complete = root.value(QStringLiteral("complete")).toBool();
    page.remaining = root.value(QStringLiteral("remaining")).toInteger(-1);
    return page;
}

bool RecordsAdapter::write(QSqlDatabase& db, const TypedPage& page, QString* error)
{
    if (m_options.failAtOffset >= 0 && !page.records.isEmpty() &&
        page.records.first().value(QStringLiteral("id")).toInteger() == m_options.failAtOffset + 1) {
        *error = QStringLiteral("store failure injected by the test");
        // Write some rows first: the rollback must remove them.
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("INSERT INTO test_records(record_id, name) VALUES (-1, 'must be rolled back')"));
        return false;
    }
    QSqlQuery q(db);
    q.prepare(m_options.keyed
                  ? QStringLiteral("INSERT INTO %1(record_id, name, amount, category, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(record_id) DO UPDATE SET name = "
                                   "excluded.name, amount = excluded.amount, category = excluded.category, "
                                   "updated_at = excluded.updated_at")
                        .arg(m_options.keyedTable)
                  : QStringLiteral("INSERT INTO test_records(record_id, name, amount, category, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?)"));
    for (const QJsonObject& record : page.records) {
        q.bindValue(0, record.value(QStringLiteral("id")).toInteger());
        q.bindValue(1, record.value(QStringLiteral("name")).toString());
        q.bindValue(2, record.value(QStringLiteral("amount")).toString());
        q.bindValue(3, record.value(QStringLiteral("category")).toString());
        q.bindValue(4, record.value(QStringLiteral("updated_at")).toString());
        if (!Database::exec(q, "insert test record")) {
            *error = QStringLiteral("insert failed");
            return false;
        }
    }
    if (m_options.afterRows)
        m_options.afterRows(page);
    return true;
}

OrdersHandler::OrdersHandler(QUrl baseUrl, QByteArray header)
    : m_baseUrl(std::move(baseUrl))
    , m_header(std::move(header))
{
}

HttpRequest OrdersHandler::request(const OutboxItem& item) const
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_baseUrl.resolved(QUrl(QStringLiteral("/_sandbox/orders")));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = item.payload;
    return request;
}

} // namespace Moulin::Test
