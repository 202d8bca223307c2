#include "pos/core/poscovershistory.h"

#include "common/core/database.h"

#include <QHash>
#include <QSqlQuery>

namespace Moulin {

PosCoversHistory::PosCoversHistory(const QTimeZone& zone, std::function<QSqlDatabase()> connection)
    : m_zone(zone)
    , m_connection(std::move(connection))
{
}

QSqlDatabase PosCoversHistory::database() const
{
    return m_connection ? m_connection() : Database::connection();
}

int PosCoversHistory::arrivalSlot(const QDateTime& closedAt, int service, const QTimeZone& zone)
{
    const int dwell = service == 0 ? kLunchDwellMinutes : kDinnerDwellMinutes;
    const QDateTime local = closedAt.toTimeZone(zone);
    // Minutes since the local midnight of the receipt's day (a dinner bill
    // paid after midnight still belongs to its evening).
    int minutes = local.time().hour() * 60 + local.time().minute() - dwell;
    if (minutes < 0)
        minutes += 24 * 60;
    return minutes - minutes % FootfallSlot::kMinutes;
}

QList<CoversAtSlot> PosCoversHistory::covers(const QDate& from, const QDate& to) const
{
    QList<CoversAtSlot> rows;
    if (!from.isValid() || !to.isValid() || to < from)
        return rows;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT day, service, closed_at, covers FROM pos_receipt "
                                      "WHERE day BETWEEN ? AND ? AND counted = 1 AND cancelled = 0 "
                                      "AND covers > 0"),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, "covers history"))
        return rows;
    QHash<quint64, int> index; // (day, service, slot) → row
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const int service = q.value(1).toInt();
        const QDateTime closedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (!day.isValid() || !closedAt.isValid() || service < 0 || service > 1)
            continue;
        const int slot = arrivalSlot(closedAt, service, m_zone);
        const quint64 key = (quint64(day.toJulianDay()) << 16) | (quint64(service) << 12) | quint64(slot);
        const auto it = index.constFind(key);
        if (it == index.cend()) {
            index.insert(key, int(rows.size()));
            rows.append({day, service, slot, q.value(3).toInt()});
        } else {
            rows[*it].covers += q.value(3).toInt();
        }
    }
    return rows;
}

QDate PosCoversHistory::firstDay() const
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // Through the (day, hour) index: the first days until one has covers.
    if (!Database::run(q,
                       QStringLiteral("SELECT day FROM pos_receipt WHERE counted = 1 AND covers > 0 "
                                      "ORDER BY day LIMIT 1"),
                       {}, "covers history start") ||
        !q.next())
        return QDate();
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

} // namespace Moulin
