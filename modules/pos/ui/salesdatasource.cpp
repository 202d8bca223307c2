#include "pos/ui/salesdatasource.h"

#include "common/core/database.h"
#include "pos/core/possettings.h"
#include "pos/core/pricechanges.h"

#include <QFileInfo>

namespace Moulin {

namespace {

QTimeZone restaurantZone(const QTimeZone& zone)
{
    return zone.isValid() ? zone : QTimeZone(PosSettings::load().timeZone.toUtf8());
}

} // namespace

bool ReceiptFilter::operator==(const ReceiptFilter& other) const
{
    return period.from == other.period.from && period.to == other.period.to &&
           period.until == other.period.until && hour == other.hour && weekday == other.weekday &&
           groupId == other.groupId && sku == other.sku && paymentMethod == other.paymentMethod;
}

RepositorySalesSource::RepositorySalesSource(QSqlDatabase db, const QTimeZone& zone)
    : m_repository(db, restaurantZone(zone))
    , m_db(db)
    , m_path(db.databaseName())
{
}

SalesKpis RepositorySalesSource::kpis(const SalesPeriod& period) const
{
    return m_repository.kpis(period);
}

ServiceKpis RepositorySalesSource::kpisByService(const SalesPeriod& period) const
{
    return m_repository.kpisByService(period);
}

QList<DailyPoint> RepositorySalesSource::daily(const SalesPeriod& period) const
{
    return m_repository.daily(period);
}

QList<HourWeekdayCell> RepositorySalesSource::hourWeekday(const SalesPeriod& period) const
{
    return m_repository.hourWeekday(period);
}

QList<GroupTotal> RepositorySalesSource::byAccountingGroup(const SalesPeriod& period) const
{
    return m_repository.byAccountingGroup(period);
}

QList<ItemTotal> RepositorySalesSource::topItems(const SalesPeriod& period, int limit, bool bottom) const
{
    return m_repository.topItems(period, limit, bottom);
}

QList<PaymentTotal> RepositorySalesSource::payments(const SalesPeriod& period) const
{
    return m_repository.payments(period);
}

QList<ReceiptRow> RepositorySalesSource::receipts(const ReceiptFilter& filter) const
{
    return m_repository.receipts(filter.period, filter.hour, filter.weekday, filter.groupId, filter.sku,
                                 filter.paymentMethod);
}

QList<MenuItemRow> RepositorySalesSource::menuItems() const
{
    return m_repository.menuItems();
}

int RepositorySalesSource::quarantineCount() const
{
    return m_repository.quarantineCount();
}

int RepositorySalesSource::quarantineReleasedCount(QDateTime* lastAt) const
{
    return m_repository.quarantineReleasedCount(lastAt);
}

bool RepositorySalesSource::hasMenuItems() const
{
    return m_repository.hasMenuItems();
}

QList<QuarantineRow> RepositorySalesSource::quarantine(int limit) const
{
    return m_repository.quarantine(limit);
}

} // namespace Moulin

namespace Moulin {

QList<PriceEditState> RepositorySalesSource::priceEdits() const
{
    QList<PriceEditState> out;
    const QList<PriceChange> changes = PriceChanges::allPending(m_db);
    out.reserve(changes.size());
    for (const PriceChange& c : changes)
        out.append({c.itemId, c.posCents, c.error});
    return out;
}

std::function<QList<ReceiptRow>()> RepositorySalesSource::receiptsTask(const ReceiptFilter& filter) const
{
    const QString app = Database::path();
    if (m_path.isEmpty() || app.isEmpty() ||
        QFileInfo(m_path).absoluteFilePath() != QFileInfo(app).absoluteFilePath())
        return {};
    return [filter, zone = m_repository.timeZone()] {
        const SalesRepository repository(Database::connection(), zone);
        return repository.receipts(filter.period, filter.hour, filter.weekday, filter.groupId, filter.sku,
                                   filter.paymentMethod);
    };
}

} // namespace Moulin
