#include "reservation/connectors/syncpages.h"

#include "common/sync/quarantine.h"
#include "reservation/core/bookstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace Moulin {

namespace {

QDateTime parseIso(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

} // namespace

SyncPagesCursor SyncPagesCursor::decode(const QString& text)
{
    SyncPagesCursor c;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    c.after = parseIso(o.value(QLatin1String("after")).toString());
    c.offset = std::max<qint64>(0, o.value(QLatin1String("offset")).toInteger());
    c.seen = parseIso(o.value(QLatin1String("seen")).toString());
    c.last = o.value(QLatin1String("last")).toString();
    c.restarts = std::clamp(o.value(QLatin1String("restarts")).toInt(), 0, kMaxRestarts);
    return c;
}

QString SyncPagesCursor::encode() const
{
    QJsonObject o;
    if (after.isValid())
        o.insert(QStringLiteral("after"), SyncPages::iso(after));
    if (offset > 0)
        o.insert(QStringLiteral("offset"), offset);
    if (seen.isValid())
        o.insert(QStringLiteral("seen"), SyncPages::iso(seen));
    if (!last.isEmpty())
        o.insert(QStringLiteral("last"), last);
    if (restarts > 0)
        o.insert(QStringLiteral("restarts"), restarts);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, QString>> SyncPagesCursor::query(const QList<std::pair<QString, QString>>& fixed,
                                                          int limit) const
{
    QList<std::pair<QString, QString>> q = fixed;
    if (after.isValid())
        q.append({QStringLiteral("updated_after"), SyncPages::iso(after)});
    q.append({QStringLiteral("limit"), QString::number(limit)});
    q.append({QStringLiteral("offset"), QString::number(offset)});
    return q;
}

SyncPagesCursor SyncPagesCursor::next(const QStringList& keys, bool hasNextPage, const QDateTime& latest,
                                      bool* complete) const
{
    SyncPagesCursor n = *this;
    if (latest.isValid() && (!n.seen.isValid() || latest > n.seen))
        n.seen = latest;
    const qsizetype count = keys.size();
    // The page should hold again the last record of the previous one. When
    // it does not, the set moved by more than the overlap since (records
    // changed while the run went on, or between a failed run and this one):
    // records may have moved past this position unread, so the run reads the
    // set again from its start.
    if (!last.isEmpty() && count > 0 && !keys.contains(last) && restarts < kMaxRestarts) {
        *complete = false;
        n.offset = 0;
        n.last.clear();
        n.restarts = restarts + 1;
        return n;
    }
    // An empty page that claims a next one would ask for the same offset
    // forever: the run ends there.
    *complete = !hasNextPage || count == 0;
    if (*complete) {
        SyncPagesCursor end;
        end.after = n.seen.isValid() ? n.seen : after;
        return end;
    }
    // The next page starts kOverlap records back (fewer on a short page, so
    // that every page moves on by one record at least).
    const qsizetype overlap = std::min<qsizetype>(kOverlap, count - 1);
    n.offset = offset + count - overlap;
    n.last = overlap > 0 ? keys.last() : QString();
    return n;
}

namespace SyncPages {

std::optional<JsonTape> read(const QByteArray& body, QString* why)
{
    QString parseError;
    std::optional<JsonTape> tape = JsonTape::parse(body, &parseError);
    if (!tape) {
        *why = QStringLiteral("not JSON (%1)").arg(parseError);
        return std::nullopt;
    }
    if (!tape->root().value("items").isArray()) {
        *why = QStringLiteral("expected an object with an items list");
        return std::nullopt;
    }
    return tape;
}

JsonRef items(const JsonTape& tape)
{
    return tape.root().value("items");
}

bool hasNextPage(const JsonTape& tape)
{
    return tape.root().value("hasNextPage").toBool(false);
}

QUrl url(const QUrl& api, const QString& path, const QList<std::pair<QString, QString>>& query)
{
    QUrl u = api;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    u.setQuery(q.isEmpty() ? QString() : q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

std::optional<QDateTime> utcTime(const JsonRef& value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime t = parseIso(value.toString());
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<qint64> integer(const JsonRef& value)
{
    if (!value.isNumber())
        return std::nullopt;
    const QByteArrayView text = value.numberText();
    bool ok = false;
    const qint64 n = QByteArray(text.data(), text.size()).toLongLong(&ok);
    if (!ok)
        return std::nullopt; // a fraction, an exponent, or too large
    return n;
}

QString idText(const JsonRef& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isNumber()) {
        const QByteArrayView t = value.numberText();
        return QString::fromLatin1(t.data(), t.size());
    }
    return {};
}

QString shown(const JsonRef& value)
{
    if (value.isUndefined())
        return QStringLiteral("absent");
    const QByteArrayView raw = value.raw();
    return QString::fromUtf8(raw.data(), raw.size()).left(80);
}

QString text(const JsonRef& value, const QString& separator)
{
    if (value.isString())
        return value.toString().trimmed();
    QStringList parts;
    for (const JsonRef v : value.elements()) {
        const QString part = v.toString().trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(separator);
}

QString recordKey(const JsonRef& item, const char* idField, const char* updatedField)
{
    const QByteArrayView updated = item.value(updatedField).raw();
    return idText(item.value(idField)) + QLatin1Char('@') + QString::fromUtf8(updated.data(), updated.size());
}

bool storeBookings(QSqlDatabase& db, BookStore& book, const QString& connectorId,
                   const QList<BookingRecord>& records, QString* error)
{
    QList<QString> keys;
    keys.reserve(records.size());
    for (const BookingRecord& record : records) {
        if (!book.apply(db, record, error))
            return false;
        keys.append(record.externalId);
    }
    return settleQuarantine(db, connectorId, keys, error);
}

bool settleQuarantine(QSqlDatabase& db, const QString& connectorId, const QList<QString>& keys,
                      QString* error)
{
    if (keys.isEmpty())
        return true;
    int resolved = 0;
    return Quarantine::resolve(db, connectorId, keys, QDateTime::currentDateTimeUtc(), &resolved, error);
}

QString errorDetail(const QByteArray& body)
{
    const std::optional<JsonTape> tape = JsonTape::parse(body);
    if (!tape || !tape->root().isObject())
        return {};
    const JsonRef root = tape->root();
    QString text = root.value("message").toString();
    if (text.isEmpty()) {
        const JsonRef error = root.value("error");
        text = error.isObject() ? error.value("message").toString() : error.toString();
    }
    const QString description = root.value("error_description").toString();
    if (!description.isEmpty())
        text = text.isEmpty() ? description : QStringLiteral("%1 (%2)").arg(text, description);
    return text.left(500);
}

} // namespace SyncPages

} // namespace Moulin
