#include "suppliers/core/ordersplit.h"

#include "common/core/database.h"
#include "common/mip/mip.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/supplierstore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Moulin {

namespace {

/// How far before the day a line is needed a delivery is still looked for.
constexpr int kLookbackDays = 31;

QString longDay(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString keyOf(const QString& supplierId, const QString& sku)
{
    return supplierId + QChar(0x1f) + sku;
}

/// The latest day in [now's day, neededBy] the supplier can deliver on for
/// an order sent at `now` (neededBy invalid: its next delivery).
QDate latestDelivery(const Supplier& s, const QDate& neededBy, const QDateTime& now)
{
    if (!neededBy.isValid())
        return s.nextDelivery(now);
    const QDate first = now.date();
    QDate day = neededBy;
    for (int i = 0; i <= kLookbackDays && day >= first; ++i, day = day.addDays(-1)) {
        if (s.canDeliver(day, now))
            return day;
    }
    return {};
}

/// The products interchangeable with `start`: the same GTIN, or linked by
/// hand, transitively.
QList<ProductLinks::Key> equivalents(QSqlDatabase& db, const QList<ProductLinks::Key>& start,
                                     const QStringList& gtins)
{
    QList<ProductLinks::Key> out;
    QSet<QString> seen;
    QSet<QString> seenGtins;
    QList<ProductLinks::Key> queue;
    QStringList gtinQueue = gtins;
    for (const ProductLinks::Key& k : start) {
        if (!seen.contains(keyOf(k.supplierId, k.sku))) {
            seen.insert(keyOf(k.supplierId, k.sku));
            queue.append(k);
        }
    }
    while (!queue.isEmpty() || !gtinQueue.isEmpty()) {
        while (!gtinQueue.isEmpty()) {
            const QString gtin = gtinQueue.takeFirst();
            if (gtin.isEmpty() || seenGtins.contains(gtin))
                continue;
            seenGtins.insert(gtin);
            QSqlQuery q(db);
            if (!Database::run(q,
                               QStringLiteral("SELECT supplier_id, sku FROM supplier_product WHERE gtin = ?"),
                               {gtin}, "reading the products of a GTIN"))
                continue;
            while (q.next()) {
                const ProductLinks::Key k{q.value(0).toString(), q.value(1).toString()};
                if (!seen.contains(keyOf(k.supplierId, k.sku))) {
                    seen.insert(keyOf(k.supplierId, k.sku));
                    queue.append(k);
                }
            }
        }
        if (queue.isEmpty())
            break;
        const ProductLinks::Key k = queue.takeFirst();
        out.append(k);
        QSqlQuery q(db);
        if (Database::run(q,
                          QStringLiteral("SELECT p.gtin FROM supplier_product p WHERE p.supplier_id = ? AND "
                                         "p.sku = ?"),
                          {k.supplierId, k.sku}, "reading a product's GTIN") &&
            q.next())
            gtinQueue.append(q.value(0).toString());
        for (const ProductLinks::Key& other : ProductLinks::linkedTo(db, k)) {
            if (!seen.contains(keyOf(other.supplierId, other.sku))) {
                seen.insert(keyOf(other.supplierId, other.sku));
                queue.append(other);
            }
        }
    }
    return out;
}

/// The supplier the products were last ordered from (empty: never).
QString lastOrderedFrom(QSqlDatabase& db, const QList<ProductLinks::Key>& products, const QStringList& gtins)
{
    QString best;
    QString bestStamp;
    const auto consider = [&](QSqlQuery& q) {
        while (q.next()) {
            const QString stamp = q.value(1).toString() + u' ' + q.value(2).toString();
            if (stamp > bestStamp) {
                bestStamp = stamp;
                best = q.value(0).toString();
            }
        }
    };
    const QString head = QStringLiteral(
        "SELECT o.supplier_id, o.issue_date, o.created_at FROM supplier_order_line l JOIN supplier_order o "
        "ON o.supplier_id = l.supplier_id AND o.id = l.order_id WHERE ");
    const QString tail = QStringLiteral(" ORDER BY o.issue_date DESC, o.created_at DESC LIMIT 1");
    for (const QString& gtin : gtins) {
        if (gtin.isEmpty())
            continue;
        QSqlQuery q(db);
        if (Database::run(q, head + QStringLiteral("l.gtin = ?") + tail, {gtin}, "reading the last order"))
            consider(q);
    }
    for (const ProductLinks::Key& k : products) {
        QSqlQuery q(db);
        if (Database::run(q, head + QStringLiteral("l.supplier_id = ? AND l.sku = ?") + tail,
                          {k.supplierId, k.sku}, "reading the last order"))
            consider(q);
    }
    return best;
}

qint64 cents(const Decimal& d)
{
    return d.toCents();
}

} // namespace

// ---------------------------------------------------------------------------

std::optional<Decimal> SplitPlan::saving() const
{
    if (!solved || !baselineComplete)
        return std::nullopt;
    return baselineTotal - total;
}

const SplitOffer* SplitPlan::offerOf(int line) const
{
    if (line < 0 || line >= lines.size() || line >= chosen.size())
        return nullptr;
    const int o = chosen.at(line);
    if (o < 0 || o >= lines.at(line).offers.size())
        return nullptr;
    return &lines.at(line).offers.at(o);
}

QList<SplitDemand> OrderSplit::demandsOf(const OrderDraft& draft, const QDateTime& now)
{
    QList<SplitDemand> out;
    const QDate needed = draft.deliveryDate.isValid() ? draft.deliveryDate : draft.supplier.nextDelivery(now);
    for (const DraftLine& line : draft.lines) {
        if (!line.available)
            continue;
        SplitDemand d;
        d.supplierId = draft.supplier.id;
        d.sku = line.product.sku;
        d.gtin = line.product.gtin;
        d.quantity = line.quantity.unit == OrderLine::Unit::Packs
                         ? line.quantity.quantity * line.product.packSize
                         : line.quantity.quantity;
        d.neededBy = needed;
        out.append(d);
    }
    return out;
}

SplitProblem OrderSplit::load(QSqlDatabase& db, const QList<SplitDemand>& demands, const QDateTime& now)
{
    SplitProblem p;
    p.now = now;
    for (const Supplier& s : SupplierStore::suppliers(db))
        p.suppliers.insert(s.id, s);

    struct Candidate
    {
        Product product;
        QDate latest; ///< invalid: cannot deliver in time
    };
    QList<QList<Candidate>> candidates;
    // Per supplier, the days some line would come on at the latest: the
    // days its orders may be placed for.
    QHash<QString, QSet<QDate>> days;
    QHash<QString, Product> products; // read once
    const auto productOf = [&](const ProductLinks::Key& k) -> std::optional<Product> {
        const QString key = keyOf(k.supplierId, k.sku);
        if (const auto it = products.constFind(key); it != products.cend())
            return *it;
        const std::optional<CatalogueItem> item = SupplierStore::product(db, k.supplierId, k.sku);
        if (!item)
            return std::nullopt;
        products.insert(key, item->product);
        return item->product;
    };

    for (const SplitDemand& demand : demands) {
        SplitLine line;
        line.demand = demand;
        QList<ProductLinks::Key> start;
        QStringList gtins;
        std::optional<Product> origin;
        if (!demand.supplierId.isEmpty() && !demand.sku.isEmpty()) {
            start.append({demand.supplierId, demand.sku});
            origin = productOf({demand.supplierId, demand.sku});
            if (origin) {
                line.name = origin->name;
                line.unitCode = origin->unitCode;
                gtins.append(origin->gtin);
            }
        }
        if (!demand.gtin.isEmpty() && !gtins.contains(demand.gtin))
            gtins.append(demand.gtin);
        const QList<ProductLinks::Key> same = equivalents(db, start, gtins);
        QList<Candidate> found;
        for (const ProductLinks::Key& k : same) {
            const std::optional<Product> product = productOf(k);
            if (!product || !p.suppliers.contains(k.supplierId) || !product->problem().isEmpty())
                continue;
            if (line.unitCode.isEmpty()) {
                line.unitCode = product->unitCode;
                line.name = product->name;
            }
            if (product->unitCode != line.unitCode)
                continue; // not comparable: another unit
            const Supplier& s = p.suppliers[k.supplierId];
            const QDate latest = latestDelivery(s, demand.neededBy, now);
            found.append({*product, latest});
            if (latest.isValid())
                days[s.id].insert(latest);
        }
        if (line.name.isEmpty())
            line.name = demand.sku.isEmpty() ? demand.gtin : demand.sku;
        // The usual supplier: the one last ordered from, else the origin's.
        QStringList allGtins = gtins;
        for (const Candidate& c : found) {
            if (!allGtins.contains(c.product.gtin))
                allGtins.append(c.product.gtin);
        }
        line.usualSupplierId = lastOrderedFrom(db, same, allGtins);
        line.usualFromHistory = !line.usualSupplierId.isEmpty();
        if (line.usualSupplierId.isEmpty())
            line.usualSupplierId = demand.supplierId;
        p.lines.append(line);
        candidates.append(found);
    }

    for (int i = 0; i < p.lines.size(); ++i) {
        SplitLine& line = p.lines[i];
        QSet<QString> lateSeen;
        for (const Candidate& c : std::as_const(candidates.at(i))) {
            const Supplier& s = p.suppliers[c.product.supplierId];
            if (!c.latest.isValid()) {
                if (!lateSeen.contains(s.id)) {
                    lateSeen.insert(s.id);
                    line.late.append({s.id, s.nextDelivery(now)});
                }
                continue;
            }
            QList<QDate> options = days.value(s.id).values();
            std::sort(options.begin(), options.end());
            for (const QDate& day : std::as_const(options)) {
                if (day > c.latest)
                    continue;
                SplitOffer offer;
                offer.product = c.product;
                offer.delivery = day;
                offer.quantity = OrderDraft::resolve(c.product, line.demand.quantity, OrderLine::Unit::Units);
                offer.amount =
                    OrderLine::of(c.product, offer.quantity.quantity, offer.quantity.unit, day).amount();
                line.offers.append(offer);
            }
        }
        if (line.demand.quantity <= Decimal()) {
            line.offers.clear();
            line.problem = tr("%1: the quantity must be above zero.").arg(line.name);
        } else if (line.offers.isEmpty() && line.late.isEmpty()) {
            line.problem = tr("No supplier carries %1.").arg(line.name);
        } else if (line.offers.isEmpty()) {
            QStringList earliest;
            for (const SplitLateOffer& l : std::as_const(line.late))
                earliest << (l.earliest.isValid()
                                 ? tr("%1 on %2").arg(p.suppliers[l.supplierId].name, longDay(l.earliest))
                                 : tr("%1 has no delivery day").arg(p.suppliers[l.supplierId].name));
            line.problem =
                tr("No supplier can deliver %1 by %2 (cut-off passed or no delivery that day); "
                   "the earliest: %3.")
                    .arg(line.name, longDay(line.demand.neededBy), earliest.join(QStringLiteral(", ")));
        }
    }
    return p;
}

SplitPlan OrderSplit::evaluate(const SplitProblem& problem, const QList<int>& chosen)
{
    SplitPlan plan;
    plan.lines = problem.lines;
    plan.chosen = chosen;
    while (plan.chosen.size() < plan.lines.size())
        plan.chosen.append(-1);
    QMap<std::pair<QString, QDate>, int> index;
    for (int i = 0; i < plan.lines.size(); ++i) {
        const SplitOffer* offer = plan.offerOf(i);
        if (!offer)
            continue;
        const std::pair<QString, QDate> key{offer->product.supplierId, offer->delivery};
        auto it = index.find(key);
        if (it == index.end()) {
            const Supplier s = problem.suppliers.value(offer->product.supplierId);
            SplitOrder order;
            order.supplierId = s.id;
            order.supplierName = s.name;
            order.delivery = offer->delivery;
            order.franco = s.franco;
            order.minimumOnly = s.franco > Decimal() && s.deliveryFee == Decimal();
            plan.orders.append(order);
            it = index.insert(key, int(plan.orders.size()) - 1);
        }
        SplitOrder& order = plan.orders[*it];
        order.lines.append(i);
        order.subtotal += offer->amount;
    }
    for (SplitOrder& order : plan.orders) {
        const Supplier s = problem.suppliers.value(order.supplierId);
        order.fee = s.feeFor(order.subtotal);
        order.francoReached = order.subtotal >= order.franco;
        plan.linesTotal += order.subtotal;
        plan.fees += order.fee;
    }
    std::sort(plan.orders.begin(), plan.orders.end(), [](const SplitOrder& a, const SplitOrder& b) {
        return std::pair(a.supplierName, a.delivery) < std::pair(b.supplierName, b.delivery);
    });
    plan.total = plan.linesTotal + plan.fees;
    plan.solved = true;
    for (int i = 0; i < plan.lines.size(); ++i) {
        if (plan.chosen.at(i) < 0 && !plan.lines.at(i).offers.isEmpty())
            plan.solved = false;
    }
    return plan;
}

SplitPlan OrderSplit::solve(const SplitProblem& problem, const std::atomic_bool* cancel, double seconds)
{
    QElapsedTimer clock;
    clock.start();
    const int n = int(problem.lines.size());
    QStringList problems;

    // The offers each line may take (its pin's only), and the orders they
    // make: (supplier, day).
    QList<QList<int>> usable(n);
    for (int i = 0; i < n; ++i) {
        const SplitLine& line = problem.lines.at(i);
        if (!line.problem.isEmpty()) {
            problems << line.problem;
            continue;
        }
        const QString pin = line.demand.pinnedSupplierId;
        for (int o = 0; o < line.offers.size(); ++o) {
            if (pin.isEmpty() || line.offers.at(o).product.supplierId == pin)
                usable[i].append(o);
        }
        if (usable[i].isEmpty()) {
            const QString pinName =
                problem.suppliers.value(pin).name.isEmpty() ? pin : problem.suppliers.value(pin).name;
            bool carries = false;
            QDate earliest;
            for (const SplitLateOffer& l : line.late) {
                if (l.supplierId == pin) {
                    carries = true;
                    earliest = l.earliest;
                }
            }
            problems
                << (carries ? tr("%1 is pinned to %2, which cannot deliver it by %3 (next possible delivery: "
                                 "%4).")
                                  .arg(line.name, pinName, longDay(line.demand.neededBy),
                                       earliest.isValid() ? longDay(earliest) : tr("none"))
                            : tr("%1 is pinned to %2, which does not carry it.").arg(line.name, pinName));
        }
    }

    using GroupKey = std::pair<QString, QDate>;
    QMap<GroupKey, QList<std::pair<int, int>>> groups; // (line, offer)
    for (int i = 0; i < n; ++i) {
        for (int o : usable.at(i)) {
            const SplitOffer& offer = problem.lines.at(i).offers.at(o);
            groups[{offer.product.supplierId, offer.delivery}].append({i, o});
        }
    }
    // A minimum order that the lines cannot reach even all together: the
    // supplier cannot be used that day.
    for (auto it = groups.begin(); it != groups.end();) {
        const Supplier s = problem.suppliers.value(it.key().first);
        if (s.franco > Decimal() && s.deliveryFee == Decimal()) {
            QHash<int, Decimal> best;
            for (const auto& [i, o] : it.value())
                best[i] = std::max(best.value(i), problem.lines.at(i).offers.at(o).amount);
            Decimal reachable;
            for (const Decimal& d : std::as_const(best))
                reachable += d;
            if (reachable < s.franco) {
                for (const auto& [i, o] : it.value()) {
                    usable[i].removeAll(o);
                    if (usable[i].isEmpty())
                        problems
                            << tr("%1: %2 requires a minimum order of %3, and the lines it can supply for "
                                  "%4 come to %5.")
                                   .arg(problem.lines.at(i).name, s.name, OrderDraft::money(s.franco),
                                        longDay(it.key().second), OrderDraft::money(reachable));
                }
                it = groups.erase(it);
                continue;
            }
        }
        ++it;
    }

    Mip::Programme lp;
    QList<QList<std::pair<int, int>>> columns(n); // per line: (offer, column)
    QMap<GroupKey, int> useColumn, feeColumn;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        useColumn.insert(it.key(), lp.addColumn(0, 1, 0, true));
    for (int i = 0; i < n; ++i) {
        if (usable.at(i).isEmpty())
            continue;
        std::vector<int> pick;
        for (int o : usable.at(i)) {
            const SplitOffer& offer = problem.lines.at(i).offers.at(o);
            const int c = lp.addColumn(0, 1, double(cents(offer.amount)), true);
            columns[i].append({o, c});
            pick.push_back(c);
            lp.addRow(-Mip::kInfinity, 0,
                      {{c, 1.0}, {useColumn.value({offer.product.supplierId, offer.delivery}), -1.0}});
        }
        lp.addRow(pick, 1, 1);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Supplier s = problem.suppliers.value(it.key().first);
        if (s.franco <= Decimal())
            continue; // no franco: never a fee
        const double franco = double(cents(s.franco));
        const int use = useColumn.value(it.key());
        std::vector<std::pair<int, double>> terms;
        for (const auto& [i, o] : it.value()) {
            for (const auto& [offer, c] : columns.at(i)) {
                if (offer == o)
                    terms.emplace_back(c, double(cents(problem.lines.at(i).offers.at(o).amount)));
            }
        }
        terms.emplace_back(use, -franco);
        if (s.deliveryFee > Decimal()) {
            const int fee = lp.addColumn(0, 1, double(cents(s.deliveryFee)), true);
            feeColumn.insert(it.key(), fee);
            terms.emplace_back(fee, franco);
            lp.addRow(-Mip::kInfinity, 0, {{fee, 1.0}, {use, -1.0}});
        }
        // subtotal ≥ franco when the order is placed (and its fee not paid).
        lp.addRow(0, Mip::kInfinity, terms);
    }

    // A start: each line at its cheapest, fees where franco is missed.
    std::vector<double> start(size_t(lp.columns()), 0.0);
    {
        QMap<GroupKey, qint64> subtotal;
        for (int i = 0; i < n; ++i) {
            int bestColumn = -1;
            qint64 bestCost = 0;
            GroupKey bestGroup;
            for (const auto& [o, c] : columns.at(i)) {
                const SplitOffer& offer = problem.lines.at(i).offers.at(o);
                if (bestColumn < 0 || cents(offer.amount) < bestCost) {
                    bestColumn = c;
                    bestCost = cents(offer.amount);
                    bestGroup = {offer.product.supplierId, offer.delivery};
                }
            }
            if (bestColumn >= 0) {
                start[size_t(bestColumn)] = 1;
                start[size_t(useColumn.value(bestGroup))] = 1;
                subtotal[bestGroup] += bestCost;
            }
        }
        for (auto it = subtotal.cbegin(); it != subtotal.cend(); ++it) {
            const Supplier s = problem.suppliers.value(it.key().first);
            if (s.franco > Decimal() && it.value() < cents(s.franco) && feeColumn.contains(it.key()))
                start[size_t(feeColumn.value(it.key()))] = 1;
        }
        if (!Mip::keeps(lp, start))
            start.clear(); // a minimum order missed: CBC finds its own
    }

    QList<int> chosen(n, -1);
    Mip::Outcome out;
    bool ran = false;
    if (lp.columns() > 0 && lp.rows() > 0) {
        Mip::Options options;
        options.seconds = seconds;
        options.absoluteGap = 0.5; // cents: integer costs, so this proves the optimum
        out = Mip::solve(lp, start, options, cancel, clock);
        ran = true;
        if (!out.solution.empty()) {
            for (int i = 0; i < n; ++i) {
                for (const auto& [o, c] : columns.at(i)) {
                    if (out.solution[size_t(c)] > 0.5)
                        chosen[i] = o;
                }
            }
        }
    }

    SplitPlan plan = evaluate(problem, chosen);
    plan.variables = lp.columns();
    plan.seconds = double(clock.nsecsElapsed()) / 1e9;
    plan.cancelled = ran && out.cancelled;
    if (ran && out.solution.empty()) {
        plan.solved = false;
        if (out.cancelled)
            problems << tr("The search was stopped before a split was found.");
        else
            problems << tr("No split meets every supplier's minimum order; pin fewer lines or order more.");
    } else {
        plan.optimal = !ran || out.provenOptimal ||
                       (out.bound > -Mip::kInfinity / 2 && out.objective - out.bound < 1.0 - 1e-6);
        plan.gap = plan.optimal || out.objective <= 0
                       ? 0
                       : std::max(0.0, (out.objective - out.bound) / out.objective);
    }
    // Lines that no supplier may take stay unassigned: that is not a failure
    // of the split.
    for (int i = 0; i < n; ++i) {
        if (chosen.at(i) < 0 && !columns.at(i).isEmpty())
            plan.solved = false;
    }
    plan.problems = problems;

    // The baseline: every line from its usual supplier, on the latest day
    // that supplier can bring it by the day needed (its own article first).
    QList<int> usual(n, -1);
    for (int i = 0; i < n; ++i) {
        const SplitLine& line = problem.lines.at(i);
        int best = -1;
        for (int o = 0; o < line.offers.size(); ++o) {
            const SplitOffer& offer = line.offers.at(o);
            if (offer.product.supplierId != line.usualSupplierId)
                continue;
            if (best < 0) {
                best = o;
                continue;
            }
            const SplitOffer& b = line.offers.at(best);
            const auto rank = [&](const SplitOffer& x) {
                return std::tuple(x.product.sku == line.demand.sku, x.delivery, -x.amount.micros());
            };
            if (rank(offer) > rank(b))
                best = o;
        }
        usual[i] = best;
    }
    const SplitPlan base = evaluate(problem, usual);
    plan.baselineOrders = base.orders;
    plan.baselineTotal = base.total;
    plan.baselineComplete = true;
    for (int i = 0; i < n; ++i) {
        const SplitLine& line = problem.lines.at(i);
        if ((usual.at(i) >= 0) == (chosen.at(i) >= 0))
            continue;
        plan.baselineComplete = false;
        if (usual.at(i) < 0 && chosen.at(i) >= 0) {
            const QString name = problem.suppliers.value(line.usualSupplierId).name;
            plan.baselineProblems << (name.isEmpty()
                                          ? tr("%1 has no usual supplier.").arg(line.name)
                                          : tr("%1: the usual supplier, %2, cannot deliver it by %3.")
                                                .arg(line.name, name, longDay(line.demand.neededBy)));
        }
    }
    for (const SplitOrder& order : std::as_const(base.orders)) {
        if (order.minimumOnly && !order.francoReached)
            plan.baselineProblems << tr("%1's minimum order (%2) is not reached from the usual supplier.")
                                         .arg(order.supplierName, OrderDraft::money(order.franco));
    }
    return plan;
}

QString OrderSplit::describe(const SplitOrder& order)
{
    QString franco;
    if (order.franco > Decimal()) {
        if (order.minimumOnly)
            franco = order.francoReached
                         ? tr("minimum order %1 reached").arg(OrderDraft::money(order.franco))
                         : tr("minimum order %1 not reached").arg(OrderDraft::money(order.franco));
        else
            franco = order.francoReached
                         ? tr("franco %1 reached").arg(OrderDraft::money(order.franco))
                         : tr("%1 delivery fee, franco %2 not reached")
                               .arg(OrderDraft::money(order.fee), OrderDraft::money(order.franco));
    }
    QString text = tr("%1 — delivery on %2: %3")
                       .arg(order.supplierName, longDay(order.delivery), OrderDraft::money(order.total()));
    if (!franco.isEmpty())
        text += QStringLiteral(" (%1)").arg(franco);
    return text;
}

std::optional<QList<qint64>> OrderSplit::apply(QSqlDatabase& db, const SplitPlan& plan,
                                               const QList<qint64>& replacing, const QDateTime& now,
                                               QString* error)
{
    if (plan.orders.isEmpty()) {
        if (error)
            *error = tr("The split has no order to write.");
        return std::nullopt;
    }
    // OrderDraftStore saves each draft in its own transaction: the drafts
    // replaced go only once every draft is written, and a failure takes back
    // the drafts it created, so nothing typed is lost.
    QList<qint64> written;
    QList<qint64> created;
    const auto write = [&](QString* err) {
        const QList<qint64> existing = OrderDraftStore::drafts(db);
        for (const SplitOrder& order : plan.orders) {
            const std::optional<Supplier> supplier = SupplierStore::supplier(db, order.supplierId);
            if (!supplier) {
                if (err)
                    *err = tr("%1 is no longer a supplier.").arg(order.supplierName);
                return false;
            }
            std::optional<OrderDraft> draft;
            for (qint64 id : existing) {
                if (replacing.contains(id) || written.contains(id))
                    continue;
                std::optional<OrderDraft> d = OrderDraftStore::load(db, id);
                if (d && d->supplier.id == order.supplierId && d->deliveryDate == order.delivery &&
                    d->reservedOrderId.isEmpty()) {
                    draft = std::move(d);
                    break;
                }
            }
            if (!draft) {
                draft = OrderDraft();
                draft->supplier = *supplier;
                draft->deliveryDate = order.delivery;
            }
            for (int i : order.lines) {
                const SplitOffer* offer = plan.offerOf(i);
                if (!offer)
                    continue;
                bool merged = false;
                for (DraftLine& line : draft->lines) {
                    if (line.product.sku == offer->product.sku &&
                        line.quantity.unit == offer->quantity.unit) {
                        line.quantity = OrderDraft::resolve(offer->product,
                                                            line.quantity.quantity + offer->quantity.quantity,
                                                            offer->quantity.unit);
                        merged = true;
                        break;
                    }
                }
                if (!merged)
                    draft->lines.append(
                        {offer->product,
                         OrderDraft::resolve(offer->product, offer->quantity.quantity, offer->quantity.unit),
                         true});
            }
            const bool isNew = draft->id == 0;
            if (!OrderDraftStore::save(db, *draft, now.toUTC(), err))
                return false;
            written.append(draft->id);
            if (isNew)
                created.append(draft->id);
        }
        return true;
    };
    if (!write(error)) {
        for (qint64 id : std::as_const(created))
            OrderDraftStore::remove(db, id, nullptr);
        return std::nullopt;
    }
    for (qint64 id : replacing) {
        if (!written.contains(id) && !OrderDraftStore::remove(db, id, error))
            return std::nullopt;
    }
    return written;
}

// ---------------------------------------------------------------------------

bool ProductLinks::link(QSqlDatabase& db, const Key& a, const Key& b, const QDateTime& now, QString* error)
{
    if (a == b) {
        if (error)
            *error = tr("A product cannot be linked to itself.");
        return false;
    }
    const std::optional<CatalogueItem> pa = SupplierStore::product(db, a.supplierId, a.sku);
    const std::optional<CatalogueItem> pb = SupplierStore::product(db, b.supplierId, b.sku);
    if (!pa || !pb) {
        if (error)
            *error = tr("Article %1 is not in the catalogue.").arg(pa ? b.sku : a.sku);
        return false;
    }
    if (pa->product.unitCode != pb->product.unitCode) {
        if (error)
            *error =
                tr("%1 is counted in %2 and %3 in %4: only products counted in the same unit can be linked.")
                    .arg(pa->product.name, UnitCode::label(pa->product.unitCode), pb->product.name,
                         UnitCode::label(pb->product.unitCode));
        return false;
    }
    const auto groupOf = [&](const Key& k) -> std::optional<qint64> {
        QSqlQuery q(db);
        if (Database::run(
                q,
                QStringLiteral("SELECT group_id FROM supplier_product_link WHERE supplier_id = ? AND "
                               "sku = ?"),
                {k.supplierId, k.sku}, "reading a product link") &&
            q.next())
            return q.value(0).toLongLong();
        return std::nullopt;
    };
    const std::optional<qint64> ga = groupOf(a);
    const std::optional<qint64> gb = groupOf(b);
    const auto insert = [&](const Key& k, qint64 group) {
        QSqlQuery q(db);
        return Database::run(q,
                             QStringLiteral("INSERT INTO supplier_product_link (supplier_id, sku, group_id, "
                                            "created_at) VALUES (?, ?, ?, ?)"),
                             {k.supplierId, k.sku, group, now.toUTC().toString(Qt::ISODate)},
                             "linking products");
    };
    bool ok = true;
    if (ga && gb) {
        if (*ga != *gb) {
            QSqlQuery q(db);
            ok = Database::run(
                q, QStringLiteral("UPDATE supplier_product_link SET group_id = ? WHERE group_id = ?"),
                {*ga, *gb}, "merging product links");
        }
    } else if (ga) {
        ok = insert(b, *ga);
    } else if (gb) {
        ok = insert(a, *gb);
    } else {
        QSqlQuery q(db);
        qint64 group = 1;
        if (Database::run(q,
                          QStringLiteral("SELECT COALESCE(MAX(group_id), 0) + 1 FROM supplier_product_link"),
                          {}, "numbering a product link") &&
            q.next())
            group = q.value(0).toLongLong();
        ok = insert(a, group) && insert(b, group);
    }
    if (!ok && error)
        *error = tr("The link could not be stored.");
    return ok;
}

bool ProductLinks::unlink(QSqlDatabase& db, const Key& product, QString* error)
{
    QSqlQuery q(db);
    if (!Database::run(
            q, QStringLiteral("SELECT group_id FROM supplier_product_link WHERE supplier_id = ? AND sku = ?"),
            {product.supplierId, product.sku}, "reading a product link")) {
        if (error)
            *error = tr("The link could not be read.");
        return false;
    }
    if (!q.next())
        return true; // not linked
    const qint64 group = q.value(0).toLongLong();
    QSqlQuery del(db);
    bool ok = Database::run(
        del, QStringLiteral("DELETE FROM supplier_product_link WHERE supplier_id = ? AND sku = ?"),
        {product.supplierId, product.sku}, "unlinking a product");
    // A group of one links nothing.
    QSqlQuery alone(db);
    ok = ok &&
         Database::run(alone,
                       QStringLiteral("DELETE FROM supplier_product_link WHERE group_id = ? AND "
                                      "(SELECT COUNT(*) FROM supplier_product_link WHERE group_id = ?) = 1"),
                       {group, group}, "dropping a group of one");
    if (!ok && error)
        *error = tr("The link could not be removed.");
    return ok;
}

QList<ProductLinks::Key> ProductLinks::linkedTo(QSqlDatabase& db, const Key& product)
{
    QList<Key> out;
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT o.supplier_id, o.sku FROM supplier_product_link me "
                                      "JOIN supplier_product_link o ON o.group_id = me.group_id "
                                      "WHERE me.supplier_id = ? AND me.sku = ? AND NOT (o.supplier_id = "
                                      "me.supplier_id AND o.sku = me.sku) ORDER BY o.supplier_id, o.sku"),
                       {product.supplierId, product.sku}, "reading linked products"))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace Moulin
