#pragma once

// Read side of the Ventes tab: widget-free queries over the sales rollups
// maintained by the POS connectors through the sales store (salesstore.h).
//
// Every method runs on the QSqlDatabase given to the constructor, which must
// be the CALLING thread's connection (Database::connection()): small rollup
// reads can run on the GUI thread; heavier ones (receipts drill-down over a
// long period) belong in a DbWorker.
//
// Money is always qint64 cents. The French service split: a receipt closed
// before 16:00 local time is "midi" (lunch), from 16:00 on it is "soir"
// (dinner). Days, hours and weekdays are local time (the restaurant's clock).
//
// A period may stop during its last day (SalesPeriod::until): what last
// year's match of a day not over yet is compared with. Its whole days come
// from the rollups, the last day from its receipts up to that time (one day:
// a few hundred rows through the (day, hour) index, never a scan).

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Moulin {

struct SalesPeriod
{
    QDate from;
    QDate to; // inclusive
    /// Valid: the period stops on its last day `to` at this local time (the
    /// receipts closed up to it, included) instead of at the end of the day.
    /// Last year's match of a period that includes today, cut at the time of
    /// day it is now.
    QTime until = {};
};

struct SalesKpis
{
    qint64 netCents = 0;
    qint64 grossCents = 0;
    int receipts = 0;
    int covers = 0;
    qint64 averageTicketCents = 0; // gross / receipts (0 without receipts)
};

struct ServiceKpis
{
    SalesKpis lunch;  // closed before 16:00
    SalesKpis dinner; // closed from 16:00 on
};

struct DailyPoint
{
    QDate date;
    qint64 netCents = 0;
    qint64 grossCents = 0;
    int receipts = 0;
    int covers = 0;
};

struct HourWeekdayCell
{
    int weekday = 1; // 1 = Monday .. 7 = Sunday
    int hour = 0;    // 0..23
    qint64 grossCents = 0;
};

struct GroupTotal
{
    QString groupId;
    QString name;
    qint64 netCents = 0;
    qint64 grossCents = 0;
};

struct ItemTotal
{
    QString sku;
    QString name;
    double quantity = 0; // display only; money never goes through double
    qint64 grossCents = 0;
};

struct PaymentTotal
{
    QString method;
    qint64 cents = 0;
    int count = 0;
};

struct ReceiptRow
{
    QString receiptId;
    QDateTime closedAt;
    qint64 grossCents = 0;
    qint64 netCents = 0;
    int covers = 0;
    QString paymentMethods; // comma-separated, e.g. "CB, Espèces"
};

struct MenuItemRow
{
    QString itemId;
    QString sku;
    QString name;
    QString groupName;
    qint64 priceCents = 0;
    int vatRateBasisPoints = 0; // 1000 = 10 %
    QString syncState;          // "synced", "pending", "conflict", "rejected"
    /// Neither the item nor its group names a rate: vatRateBasisPoints is
    /// the French rate its latest sales were taxed at (0 when none fits).
    bool vatFromSales = false;
};

struct QuarantineRow
{
    QDateTime at;
    QString receiptId;
    QString reason;
    QString payload;
};

class SalesRepository
{
public:
    /// `zone`: the restaurant's (PosSettings::timeZone), the one the store
    /// wrote days and hours in; it turns SalesPeriod::until into an instant.
    explicit SalesRepository(QSqlDatabase db, const QTimeZone& zone = QTimeZone("Europe/Paris"));

    QTimeZone timeZone() const { return m_zone; }

    // Every read of a period honours its cut (SalesPeriod::until).
    SalesKpis kpis(const SalesPeriod& period) const;
    ServiceKpis kpisByService(const SalesPeriod& period) const;
    /// One point per day of the period, zero-filled.
    QList<DailyPoint> daily(const SalesPeriod& period) const;
    /// Only the non-empty cells (weekday 1..7, hour 0..23).
    QList<HourWeekdayCell> hourWeekday(const SalesPeriod& period) const;
    /// Sorted by gross, largest first.
    QList<GroupTotal> byAccountingGroup(const SalesPeriod& period) const;
    /// Top (or bottom) `limit` items by gross.
    QList<ItemTotal> topItems(const SalesPeriod& period, int limit, bool bottom = false) const;
    /// Sorted by amount, largest first.
    QList<PaymentTotal> payments(const SalesPeriod& period) const;
    /// Drill-down: receipts of the period, optionally restricted to an hour,
    /// a weekday, an accounting group, an item (sku) or a payment method.
    /// Sorted by closing time.
    QList<ReceiptRow> receipts(const SalesPeriod& period, std::optional<int> hour = {},
                               std::optional<int> weekday = {}, const QString& groupId = {},
                               const QString& sku = {}, const QString& paymentMethod = {}) const;
    /// The menu as last synced, with the state of any local price edit.
    QList<MenuItemRow> menuItems() const;
    /// Whether the synced menu has at least one active item (what
    /// menuItems() would list), without reading it.
    bool hasMenuItems() const;
    /// The connectors whose quarantine rows the sales area shows (its POS
    /// connectors); empty: every row.
    static QStringList posConnectors();
    /// Open quarantine rows (the tab's label), without reading them.
    int quarantineCount() const;
    /// Sales released from the quarantine automatically (judged again once
    /// the reference data they lacked arrived), and when the last one was.
    int quarantineReleasedCount(QDateTime* lastAt = nullptr) const;
    /// Most recent first.
    QList<QuarantineRow> quarantine(int limit = 500) const;

    /// The same calendar span one year earlier, aligned on the weekday
    /// (364 days back) so a Monday compares with a Monday; a cut (`until`)
    /// stays at the same time of day.
    static SalesPeriod samePeriodLastYear(const SalesPeriod& period);

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace Moulin
