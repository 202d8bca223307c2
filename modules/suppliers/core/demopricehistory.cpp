#include "suppliers/core/demopricehistory.h"

#include "suppliers/core/decimal.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Moulin::DemoPriceHistory {

namespace {

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

quint64 stableHash(const QString& text)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

int seed(QSqlDatabase& db, const QDateTime& now, double alertPercent, QString* error)
{
    struct Lone
    {
        QString supplier;
        QString sku;
        qint64 price;
        qint64 id;
    };
    QList<Lone> lone;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT supplier_id, sku, MAX(unit_price_micros), MAX(id) FROM "
                                   "supplier_price_history GROUP BY supplier_id, sku HAVING COUNT(*) = 1"))) {
            *error = q.lastError().text();
            return -1;
        }
        while (q.next())
            lone.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()});
    }
    if (lone.isEmpty())
        return 0;
    QSqlQuery remove(db);
    QSqlQuery insert(db);
    QSqlQuery flag(db);
    remove.prepare(QStringLiteral("DELETE FROM supplier_price_history WHERE id = ?"));
    insert.prepare(QStringLiteral("INSERT INTO supplier_price_history (supplier_id, sku, unit_price_micros, "
                                  "previous_price_micros, change_micros, alert, recorded_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    flag.prepare(
        QStringLiteral("UPDATE supplier_product SET price_alert = ? WHERE supplier_id = ? AND sku = ?"));
    constexpr int kPoints = 12;
    for (const Lone& p : lone) {
        quint64 r = mix(stableHash(p.supplier + u'\n' + p.sku));
        // Walk back from today's price: small monthly moves, and now and
        // then a clear recent rise (the alerts of the demo).
        QList<double> prices(kPoints);
        prices[kPoints - 1] = double(p.price);
        const bool recentRise = r % 40 == 0;
        for (int k = kPoints - 1; k > 0; --k) {
            r = mix(r + quint64(k));
            double change = (double(r % 1000) / 1000.0 - 0.45) * 0.05; // −2.25 % … +2.75 %
            if (k == kPoints - 1 && recentRise)
                change = (alertPercent + 1.0 + double(r % 60) / 10.0) / 100.0;
            prices[k - 1] = prices[k] / (1.0 + change);
        }
        remove.addBindValue(p.id);
        if (!remove.exec()) {
            *error = remove.lastError().text();
            return -1;
        }
        const int lastDays = 2 + int(r % 20);
        // Rounded to the cent, today's price kept exactly.
        const auto micros = [&](int k) {
            return k == kPoints - 1 ? p.price : qint64(prices[k] / 10'000.0 + 0.5) * 10'000;
        };
        bool lastAlert = false;
        for (int k = 0; k < kPoints; ++k) {
            const QDateTime at = now.addDays(-lastDays - 30 * (kPoints - 1 - k));
            QVariant previous;
            QVariant change;
            bool alert = false;
            if (k > 0 && micros(k - 1) > 0) {
                const Decimal before = Decimal::fromMicros(micros(k - 1));
                const Decimal pct =
                    (Decimal::fromMicros(micros(k)) - before) * Decimal::fromInt(100) / before;
                previous = before.micros();
                change = pct.micros();
                alert = double(pct.micros()) / double(Decimal::kOne) > alertPercent;
            }
            insert.addBindValue(p.supplier);
            insert.addBindValue(p.sku);
            insert.addBindValue(micros(k));
            insert.addBindValue(previous);
            insert.addBindValue(change);
            insert.addBindValue(alert ? 1 : 0);
            insert.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return -1;
            }
            lastAlert = alert;
        }
        flag.addBindValue(lastAlert ? 1 : 0);
        flag.addBindValue(p.supplier);
        flag.addBindValue(p.sku);
        if (!flag.exec()) {
            *error = flag.lastError().text();
            return -1;
        }
    }
    return int(lone.size());
}

} // namespace Moulin::DemoPriceHistory
