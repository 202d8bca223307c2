#include "salesfixture.h"

#include "pos/core/salesstore.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace Moulin::Test {

qint64 FixtureReceipt::grossCents() const
{
    qint64 sum = 0;
    for (const FixtureLine& l : lines)
        sum += l.grossCents;
    return sum;
}

qint64 FixtureReceipt::netCents() const
{
    qint64 sum = 0;
    for (const FixtureLine& l : lines)
        sum += l.netCents;
    return sum;
}

QList<FixtureMenuItem> fixtureMenu()
{
    const auto item = [](const char* sku, const char* name, const char* group, const char* groupName,
                         qint64 cents, int vat) {
        return FixtureMenuItem{QString::fromUtf8(sku),
                               QString::fromUtf8(name),
                               QString::fromUtf8(group),
                               QString::fromUtf8(groupName),
                               cents,
                               vat};
    };
    return {
        item("ENT-OEUF", "Œuf parfait, crème de cèpes", "G1", "Entrées", 950, 1000),
        item("ENT-TERR", "Terrine de campagne maison", "G1", "Entrées", 800, 1000),
        item("ENT-VELO", "Velouté de potimarron", "G1", "Entrées", 750, 1000),
        item("PLA-MAGR", "Magret de canard, sauce au miel", "G2", "Plats", 2200, 1000),
        item("PLA-BAR", "Filet de bar, beurre blanc", "G2", "Plats", 2400, 1000),
        item("PLA-BOEU", "Bœuf bourguignon", "G2", "Plats", 1950, 1000),
        item("PLA-RISO", "Risotto aux champignons", "G2", "Plats", 1700, 1000),
        item("PLA-BURG", "Burger du Moulin", "G2", "Plats", 1650, 1000),
        item("DES-TATI", "Tarte Tatin", "G3", "Desserts", 800, 1000),
        item("DES-CREM", "Crème brûlée à la vanille", "G3", "Desserts", 750, 1000),
        item("DES-MOEL", "Moelleux au chocolat", "G3", "Desserts", 850, 1000),
        item("DES-GOUR", "Café gourmand", "G3", "Desserts", 900, 1000),
        item("VIN-BORD", "Verre de bordeaux", "G4", "Vins", 650, 2000),
        item("VIN-CHAB", "Bouteille de chablis", "G4", "Vins", 3800, 2000),
        item("VIN-CDR", "Pichet de côtes-du-rhône", "G4", "Vins", 1400, 2000),
        item("BOI-EAU", "Eau minérale 75 cl", "G5", "Boissons", 500, 1000),
        item("BOI-JUS", "Jus de pomme artisanal", "G5", "Boissons", 450, 1000),
        item("CAF-ESP", "Espresso", "G6", "Cafés", 220, 1000),
        item("CAF-THE", "Thé", "G6", "Cafés", 350, 1000),
    };
}

QList<FixtureReceipt> generateReceipts(const QDate& from, const QDate& to, quint32 seed, double scale,
                                       bool compact)
{
    const QList<FixtureMenuItem> menu = fixtureMenu();
    const auto byPrefix = [&](const char* prefix) {
        QList<FixtureMenuItem> out;
        for (const FixtureMenuItem& m : menu) {
            if (m.sku.startsWith(QLatin1String(prefix)))
                out.append(m);
        }
        return out;
    };
    const QList<FixtureMenuItem> starters = byPrefix("ENT");
    const QList<FixtureMenuItem> mains = byPrefix("PLA");
    const QList<FixtureMenuItem> desserts = byPrefix("DES");
    const QList<FixtureMenuItem> wines = byPrefix("VIN");
    const QList<FixtureMenuItem> drinks = byPrefix("BOI");
    const QList<FixtureMenuItem> coffees = byPrefix("CAF");

    QRandomGenerator rng(seed);
    QList<FixtureReceipt> out;
    int serial = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const int dow = day.dayOfWeek();
        const double dayFactor = dow == 1 ? 0.55 : dow >= 5 ? 1.35 : 1.0;
        for (int service = 0; service < 2; ++service) {
            const int base = service == 0 ? 24 : 32;
            const int count = int((base + int(rng.bounded(10))) * dayFactor * scale);
            for (int n = 0; n < count; ++n) {
                FixtureReceipt r;
                r.id = QStringLiteral("R%1-%2").arg(seed).arg(++serial);
                const int minutes =
                    service == 0 ? 12 * 60 + int(rng.bounded(170)) : 19 * 60 + int(rng.bounded(220));
                r.closedAt = QDateTime(day, QTime(minutes / 60, minutes % 60));
                r.covers = 1 + int(rng.bounded(service == 0 ? 4 : 6));
                const auto add = [&](const FixtureMenuItem& m, int qty) {
                    if (compact) {
                        for (FixtureLine& existing : r.lines) {
                            if (existing.sku == m.sku) {
                                existing.quantity += qty;
                                existing.grossCents += m.priceCents * qty;
                                existing.netCents =
                                    (existing.grossCents * 10000 + (10000 + m.vatBasisPoints) / 2) /
                                    (10000 + m.vatBasisPoints);
                                return;
                            }
                        }
                    }
                    FixtureLine l;
                    l.sku = m.sku;
                    l.name = m.name;
                    l.groupId = m.groupId;
                    l.groupName = m.groupName;
                    l.quantity = qty;
                    l.grossCents = m.priceCents * qty;
                    l.vatBasisPoints = m.vatBasisPoints;
                    l.netCents =
                        (l.grossCents * 10000 + (10000 + m.vatBasisPoints) / 2) / (10000 + m.vatBasisPoints);
                    r.lines.append(l);
                };
                const int pickMain = int(rng.bounded(int(mains.size())));
                const int pickStarter = int(rng.bounded(int(starters.size())));
                const int pickDessert = int(rng.bounded(int(desserts.size())));
                const int pickCoffee = int(rng.bounded(int(coffees.size())));
                if (compact) {
                    // The table's choices, one line per course.
                    add(mains.at(pickMain), r.covers);
                    if (rng.bounded(100) < 45)
                        add(starters.at(pickStarter), r.covers);
                    if (rng.bounded(100) < 50)
                        add(desserts.at(pickDessert), r.covers);
                    if (rng.bounded(100) < 45)
                        add(coffees.at(pickCoffee), r.covers);
                } else {
                    for (int c = 0; c < r.covers; ++c) {
                        add(mains.at(rng.bounded(int(mains.size()))), 1);
                        if (rng.bounded(100) < 45)
                            add(starters.at(rng.bounded(int(starters.size()))), 1);
                        if (rng.bounded(100) < 50)
                            add(desserts.at(rng.bounded(int(desserts.size()))), 1);
                        if (rng.bounded(100) < 60)
                            add(coffees.at(rng.bounded(int(coffees.size()))), 1);
                    }
                }
                if (rng.bounded(100) < (service == 0 ? 40 : 75))
                    add(wines.at(rng.bounded(int(wines.size()))), 1 + int(rng.bounded(2)));
                add(drinks.at(rng.bounded(int(drinks.size()))), 1);
                const qint64 total = r.grossCents();
                const int pick = int(rng.bounded(100));
                QString method = pick < 62   ? QStringLiteral("CB")
                                 : pick < 74 ? QStringLiteral("Espèces")
                                 : pick < 86 ? QStringLiteral("Tickets restaurant")
                                 : pick < 95 ? QStringLiteral("Amex")
                                             : QStringLiteral("Chèque");
                if (service == 1 && method == QLatin1String("Tickets restaurant"))
                    method = QStringLiteral("CB");
                if (rng.bounded(100) < 8 && total > 2000) {
                    r.payments.append({method, total / 2});
                    r.payments.append({QStringLiteral("CB"), total - total / 2});
                } else {
                    r.payments.append({method, total});
                }
                out.append(r);
            }
        }
    }
    std::sort(out.begin(), out.end(),
              [](const FixtureReceipt& a, const FixtureReceipt& b) { return a.closedAt < b.closedAt; });
    return out;
}

namespace {

QString taxCode(int vatBasisPoints)
{
    return QStringLiteral("TVA%1").arg(vatBasisPoints);
}

bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool storeMenu(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    for (const int vat : {550, 1000, 2000}) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO pos_tax_rate(tax_code, vat_bp, description) VALUES (?, ?, ?)"));
        q.addBindValue(taxCode(vat));
        q.addBindValue(vat);
        q.addBindValue(QStringLiteral("TVA %1").arg(vat / 100.0));
        if (!exec(q, error))
            return false;
    }
    QSet<QString> groups;
    int n = 0;
    for (const FixtureMenuItem& m : fixtureMenu()) {
        if (!groups.contains(m.groupId)) {
            groups.insert(m.groupId);
            q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO pos_accounting_group(group_id, name) VALUES (?, ?)"));
            q.addBindValue(m.groupId);
            q.addBindValue(m.groupName);
            if (!exec(q, error))
                return false;
        }
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO pos_item(item_id, sku, name, group_id, tax_code, "
                                 "remote_price_cents, local_state) VALUES (?, ?, ?, ?, ?, ?, 'synced')"));
        q.addBindValue(QStringLiteral("item-%1").arg(++n));
        q.addBindValue(m.sku);
        q.addBindValue(m.name);
        q.addBindValue(m.groupId);
        q.addBindValue(taxCode(m.vatBasisPoints));
        q.addBindValue(m.priceCents);
        if (!exec(q, error))
            return false;
    }
    return true;
}

bool storeReceipts(QSqlDatabase db, const QList<FixtureReceipt>& receipts, QString* error, int chunk)
{
    const QTimeZone paris("Europe/Paris");
    SalesStore store;
    for (qsizetype start = 0; start < receipts.size(); start += chunk) {
        QList<Sale> sales;
        const qsizetype end = std::min(receipts.size(), start + chunk);
        sales.reserve(end - start);
        for (qsizetype i = start; i < end; ++i) {
            const FixtureReceipt& r = receipts.at(i);
            Sale sale;
            sale.receiptId = r.id;
            sale.closedAt = QDateTime(r.closedAt.date(), r.closedAt.time(), paris).toUTC();
            sale.covers = r.covers;
            int lineNo = 0;
            for (const FixtureLine& l : r.lines) {
                SaleLine line;
                line.lineId = QStringLiteral("L%1").arg(++lineNo);
                line.sku = l.sku;
                line.name = l.name;
                line.groupId = l.groupId;
                line.quantityMilli = qint64(l.quantity) * 1000;
                line.grossCents = l.grossCents;
                line.netCents = l.netCents;
                line.taxCents = l.grossCents - l.netCents;
                line.taxCode = taxCode(l.vatBasisPoints);
                line.vatBasisPoints = l.vatBasisPoints;
                line.taxParts.append({line.taxCode, l.vatBasisPoints, l.netCents, line.taxCents});
                sale.lines.append(line);
            }
            for (const FixturePayment& p : r.payments)
                sale.payments.append({p.method, p.method, p.cents, 0});
            sales.append(sale);
        }
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        SalesStore::Stats stats;
        if (!store.storeParsed(db, sales, &stats, error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

std::shared_ptr<FakeSalesSource> FakeSalesSource::restaurant(const QDate& from, const QDate& to)
{
    auto source = std::make_shared<FakeSalesSource>();
    // Last year runs on past the end of `to`, as a real history would.
    const SalesPeriod last = SalesRepository::samePeriodLastYear({from, to.addDays(45)});
    source->receiptList = generateReceipts(last.from, last.to, 2024, 1.0);
    source->receiptList += generateReceipts(from, to, 2025, 1.08);
    int n = 0;
    for (const FixtureMenuItem& m : fixtureMenu()) {
        MenuItemRow row;
        row.itemId = QStringLiteral("item-%1").arg(++n);
        row.sku = m.sku;
        row.name = m.name;
        row.groupName = m.groupName;
        row.priceCents = m.priceCents;
        row.vatRateBasisPoints = m.vatBasisPoints;
        row.syncState = QStringLiteral("synced");
        source->menu.append(row);
    }
    return source;
}

bool FakeSalesSource::inPeriod(const FixtureReceipt& r, const SalesPeriod& period)
{
    const QDate d = r.closedAt.date();
    if (period.until.isValid() && d == period.to && r.closedAt.time() > period.until)
        return false; // after the cut of the last day
    return d >= period.from && d <= period.to;
}

void FakeSalesSource::add(SalesKpis& k, const FixtureReceipt& r)
{
    k.grossCents += r.grossCents();
    k.netCents += r.netCents();
    k.receipts += 1;
    k.covers += r.covers;
}

void FakeSalesSource::finish(SalesKpis& k)
{
    k.averageTicketCents = k.receipts > 0 ? k.grossCents / k.receipts : 0;
}

SalesKpis FakeSalesSource::kpis(const SalesPeriod& period) const
{
    ++calls[QStringLiteral("kpis")];
    SalesKpis k;
    for (const FixtureReceipt& r : receiptList) {
        if (inPeriod(r, period))
            add(k, r);
    }
    finish(k);
    return k;
}

ServiceKpis FakeSalesSource::kpisByService(const SalesPeriod& period) const
{
    ++calls[QStringLiteral("kpisByService")];
    ServiceKpis s;
    for (const FixtureReceipt& r : receiptList) {
        if (inPeriod(r, period))
            add(r.closedAt.time().hour() < 16 ? s.lunch : s.dinner, r);
    }
    finish(s.lunch);
    finish(s.dinner);
    return s;
}

QList<DailyPoint> FakeSalesSource::daily(const SalesPeriod& period) const
{
    ++calls[QStringLiteral("daily")];
    QList<DailyPoint> out;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        out.append(DailyPoint{d, 0, 0, 0, 0});
    for (const FixtureReceipt& r : receiptList) {
        if (!inPeriod(r, period))
            continue;
        DailyPoint& p = out[period.from.daysTo(r.closedAt.date())];
        p.grossCents += r.grossCents();
        p.netCents += r.netCents();
        p.receipts += 1;
        p.covers += r.covers;
    }
    return out;
}

QList<HourWeekdayCell> FakeSalesSource::hourWeekday(const SalesPeriod& period) const
{
    ++calls[QStringLiteral("hourWeekday")];
    QMap<int, qint64> cells;
    for (const FixtureReceipt& r : receiptList) {
        if (inPeriod(r, period))
            cells[r.closedAt.date().dayOfWeek() * 100 + r.closedAt.time().hour()] += r.grossCents();
    }
    QList<HourWeekdayCell> out;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        out.append(HourWeekdayCell{it.key() / 100, it.key() % 100, it.value()});
    return out;
}

QList<GroupTotal> FakeSalesSource::byAccountingGroup(const SalesPeriod& period) const
{
    ++calls[QStringLiteral("byAccountingGroup")];
    QMap<QString, GroupTotal> groups;
    for (const FixtureReceipt& r : receiptList) {
        if (!inPeriod(r, period))
            continue;
        for (const FixtureLine& l : r.lines) {
            GroupTotal& g = groups[l.groupId];
            g.groupId = l.groupId;
            g.name = l.groupName;
            g.grossCents += l.grossCents;
            g.netCents += l.netCents;
        }
    }
    QList<GroupTotal> out = groups.values();
    std::sort(out.begin(), out.end(),
              [](const GroupTotal& a, const GroupTotal& b) { return a.grossCents > b.grossCents; });
    return out;
}

QList<ItemTotal> FakeSalesSource::topItems(const SalesPeriod& period, int limit, bool bottom) const
{
    ++calls[QStringLiteral("topItems")];
    QMap<QString, ItemTotal> items;
    for (const FixtureReceipt& r : receiptList) {
        if (!inPeriod(r, period))
            continue;
        for (const FixtureLine& l : r.lines) {
            ItemTotal& i = items[l.sku];
            i.sku = l.sku;
            i.name = l.name;
            i.quantity += l.quantity;
            i.grossCents += l.grossCents;
        }
    }
    QList<ItemTotal> out = items.values();
    std::sort(out.begin(), out.end(), [bottom](const ItemTotal& a, const ItemTotal& b) {
        return bottom ? a.grossCents < b.grossCents : a.grossCents > b.grossCents;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<PaymentTotal> FakeSalesSource::payments(const SalesPeriod& period) const
{
    ++calls[QStringLiteral("payments")];
    QMap<QString, PaymentTotal> methods;
    for (const FixtureReceipt& r : receiptList) {
        if (!inPeriod(r, period))
            continue;
        for (const FixturePayment& p : r.payments) {
            PaymentTotal& t = methods[p.method];
            t.method = p.method;
            t.cents += p.cents;
            t.count += 1;
        }
    }
    QList<PaymentTotal> out = methods.values();
    std::sort(out.begin(), out.end(),
              [](const PaymentTotal& a, const PaymentTotal& b) { return a.cents > b.cents; });
    return out;
}

QList<ReceiptRow> FakeSalesSource::receipts(const ReceiptFilter& filter) const
{
    ++calls[QStringLiteral("receipts")];
    QList<ReceiptRow> out;
    for (const FixtureReceipt& r : receiptList) {
        if (!inPeriod(r, filter.period))
            continue;
        if (filter.hour && r.closedAt.time().hour() != *filter.hour)
            continue;
        if (filter.weekday && r.closedAt.date().dayOfWeek() != *filter.weekday)
            continue;
        if (!filter.groupId.isEmpty() &&
            std::none_of(r.lines.cbegin(), r.lines.cend(),
                         [&](const FixtureLine& l) { return l.groupId == filter.groupId; }))
            continue;
        if (!filter.sku.isEmpty() && std::none_of(r.lines.cbegin(), r.lines.cend(),
                                                  [&](const FixtureLine& l) { return l.sku == filter.sku; }))
            continue;
        if (!filter.paymentMethod.isEmpty() &&
            std::none_of(r.payments.cbegin(), r.payments.cend(),
                         [&](const FixturePayment& p) { return p.method == filter.paymentMethod; }))
            continue;
        QStringList methods;
        for (const FixturePayment& p : r.payments) {
            if (!methods.contains(p.method))
                methods.append(p.method);
        }
        out.append(ReceiptRow{r.id, r.closedAt, r.grossCents(), r.netCents(), r.covers,
                              methods.join(QStringLiteral(", "))});
    }
    return out;
}

QList<MenuItemRow> FakeSalesSource::menuItems() const
{
    ++calls[QStringLiteral("menuItems")];
    return menu;
}

bool FakeSalesSource::hasMenuItems() const
{
    ++calls[QStringLiteral("hasMenuItems")];
    return !menu.isEmpty();
}

int FakeSalesSource::quarantineCount() const
{
    ++calls[QStringLiteral("quarantineCount")];
    return int(quarantineRows.size());
}

int FakeSalesSource::quarantineReleasedCount(QDateTime* lastAt) const
{
    ++calls[QStringLiteral("quarantineReleasedCount")];
    if (lastAt)
        *lastAt = releasedAt;
    return released;
}

QList<QuarantineRow> FakeSalesSource::quarantine(int limit) const
{
    ++calls[QStringLiteral("quarantine")];
    return quarantineRows.mid(0, limit);
}

double inkRatio(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x]];
    }
    int background = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        background = std::max(background, it.value());
    const int total = image.width() * image.height();
    return total > 0 ? double(total - background) / total : 0.0;
}

} // namespace Moulin::Test
