#pragma once

// Test-only sales for the Ventes widgets: a deterministic restaurant
// (lunch and dinner, a small French menu, several payment methods) and an
// in-memory SalesDataSource that answers by scanning those receipts. Never
// linked into the product: the product reads SalesRepository.

#include "pos/ui/salesdatasource.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>

namespace Moulin::Test {

struct FixtureLine
{
    QString sku;
    QString name;
    QString groupId;
    QString groupName;
    int quantity = 1;
    qint64 grossCents = 0;
    qint64 netCents = 0;
    int vatBasisPoints = 1000;
};

struct FixturePayment
{
    QString method;
    qint64 cents = 0;
};

struct FixtureReceipt
{
    QString id;
    QDateTime closedAt; // local time
    int covers = 0;
    QList<FixtureLine> lines;
    QList<FixturePayment> payments;
    qint64 grossCents() const;
    qint64 netCents() const;
};

struct FixtureMenuItem
{
    QString sku;
    QString name;
    QString groupId;
    QString groupName;
    qint64 priceCents = 0;
    int vatBasisPoints = 1000;
};

/// The fixture restaurant's menu.
QList<FixtureMenuItem> fixtureMenu();
/// Receipts closed on every day of [from, to], lunch and dinner, the same
/// for the same seed. `scale` multiplies the number of receipts (1.0 ~ 60 a
/// day). `compact`: one line per dish with the table's quantity (about 4
/// lines a receipt, the shape of the benchmark's history) instead of one
/// line per guest and dish (about 9).
QList<FixtureReceipt> generateReceipts(const QDate& from, const QDate& to, quint32 seed, double scale = 1.0,
                                       bool compact = false);

/// The fixture restaurant in a real database (after Database::openAndMigrate):
/// tax rates, accounting groups and menu through SQL into the core's
/// reference tables (their feed is the connector's), then the receipts
/// through the core's ingest API, SalesStore::storeParsed(), in transactions
/// of `chunk` receipts. Times are Europe/Paris, as the store reads them.
bool storeMenu(QSqlDatabase db, QString* error);
bool storeReceipts(QSqlDatabase db, const QList<FixtureReceipt>& receipts, QString* error, int chunk = 2000);

class FakeSalesSource : public SalesDataSource
{
public:
    QList<FixtureReceipt> receiptList;
    QList<MenuItemRow> menu;
    QList<QuarantineRow> quarantineRows;
    QList<PriceEditState> edits;
    int released = 0; ///< quarantineReleasedCount()
    QDateTime releasedAt;
    /// How many times each method was called ("kpis", "topItems", ...).
    mutable QHash<QString, int> calls;

    /// Receipts in [from, to] plus the same span last year, menu from
    /// fixtureMenu(), no quarantine.
    static std::shared_ptr<FakeSalesSource> restaurant(const QDate& from, const QDate& to);

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
    QList<PriceEditState> priceEdits() const override { return edits; }

    /// Honours the cut of the last day (SalesPeriod::until), as SalesRepository.
    static bool inPeriod(const FixtureReceipt& r, const SalesPeriod& period);

private:
    static void add(SalesKpis& k, const FixtureReceipt& r);
    static void finish(SalesKpis& k);
};

/// Share of `image`'s pixels that differ from its most common colour (the background); 0 for an empty image.
double inkRatio(const QImage& image);

} // namespace Moulin::Test
