#pragma once

// What the Ventes tab reads. The product reads the Lightspeed rollups through
// RepositorySalesSource (a thin forwarder to SalesRepository); the interface
// exists so the widgets can be exercised on hand-made figures in tests.

#include "pos/core/salesrepository.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

/// The receipts behind one chart element: what a drill-down asks for.
struct ReceiptFilter
{
    SalesPeriod period;
    std::optional<int> hour;    // 0..23
    std::optional<int> weekday; // 1 = Monday .. 7 = Sunday
    QString groupId;
    QString sku;
    QString paymentMethod;
    QString label; // translated, shown above the receipts ("Tuesday, 12:00–13:00")

    bool operator==(const ReceiptFilter& other) const;
};

/// What the till says about a price edited here and not settled yet.
struct PriceEditState
{
    QString itemId;
    std::optional<qint64> tillCents; // conflict: the price now on the till
    QString error;                   // rejected: why (translated)
};

/// Every read of a period honours its cut (SalesPeriod::until): the
/// receipts of its last day closed after that local time are left out.
class SalesDataSource
{
public:
    virtual ~SalesDataSource() = default;

    /// The restaurant's time zone: the one its days and hours are in, and
    /// the tab's clock (what "today" and "now" are).
    virtual QTimeZone timeZone() const { return QTimeZone("Europe/Paris"); }

    virtual SalesKpis kpis(const SalesPeriod& period) const = 0;
    virtual ServiceKpis kpisByService(const SalesPeriod& period) const = 0;
    virtual QList<DailyPoint> daily(const SalesPeriod& period) const = 0;
    virtual QList<HourWeekdayCell> hourWeekday(const SalesPeriod& period) const = 0;
    virtual QList<GroupTotal> byAccountingGroup(const SalesPeriod& period) const = 0;
    virtual QList<ItemTotal> topItems(const SalesPeriod& period, int limit, bool bottom) const = 0;
    virtual QList<PaymentTotal> payments(const SalesPeriod& period) const = 0;
    virtual QList<ReceiptRow> receipts(const ReceiptFilter& filter) const = 0;
    virtual QList<MenuItemRow> menuItems() const = 0;
    /// Whether menuItems() would list anything, without loading the menu.
    virtual bool hasMenuItems() const = 0;
    virtual int quarantineCount() const = 0;
    /// Sales the quarantine released by itself once the data they lacked
    /// arrived (and when the last one was).
    virtual int quarantineReleasedCount(QDateTime* lastAt) const = 0;
    virtual QList<QuarantineRow> quarantine(int limit) const = 0;
    /// Price edits not settled yet (conflicts, refusals), for Menu & prices.
    virtual QList<PriceEditState> priceEdits() const { return {}; }
    virtual SalesPeriod samePeriodLastYear(const SalesPeriod& period) const
    {
        return SalesRepository::samePeriodLastYear(period);
    }
    /// The receipts read as a task that may run on another thread (a long
    /// period has a lot of them), or an empty function when this source can
    /// only be read from the thread that made it.
    virtual std::function<QList<ReceiptRow>()> receiptsTask(const ReceiptFilter& filter) const
    {
        Q_UNUSED(filter)
        return {};
    }
};

/// The product's source: SalesRepository on one thread's connection (the GUI
/// thread's Database::connection() for the Ventes tab).
class RepositorySalesSource final : public SalesDataSource
{
public:
    /// `zone`: the restaurant's; invalid: PosSettings::timeZone.
    explicit RepositorySalesSource(QSqlDatabase db, const QTimeZone& zone = QTimeZone());

    QTimeZone timeZone() const override { return m_repository.timeZone(); }
    SalesKpis kpis(const SalesPeriod& period) const override;
    ServiceKpis kpisByService(const SalesPeriod& period) const override;
    QList<DailyPoint> daily(const SalesPeriod& period) const override;
    QList<HourWeekdayCell> hourWeekday(const SalesPeriod& period) const override;
    QList<GroupTotal> byAccountingGroup(const SalesPeriod& period) const override;
    QList<ItemTotal> topItems(const SalesPeriod& period, int limit, bool bottom) const override;
    QList<PaymentTotal> payments(const SalesPeriod& period) const override;
    QList<ReceiptRow> receipts(const ReceiptFilter& filter) const override;
    QList<MenuItemRow> menuItems() const override;
    bool hasMenuItems() const override;
    int quarantineCount() const override;
    int quarantineReleasedCount(QDateTime* lastAt) const override;
    QList<QuarantineRow> quarantine(int limit) const override;
    /// From PriceChanges::allPending().
    QList<PriceEditState> priceEdits() const override;
    /// Runs on the calling thread's own connection (Database::connection())
    /// when `db` is the application database.
    std::function<QList<ReceiptRow>()> receiptsTask(const ReceiptFilter& filter) const override;

private:
    SalesRepository m_repository;
    QSqlDatabase m_db;
    QString m_path;
};

} // namespace Moulin
