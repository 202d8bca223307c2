#include "suppliers/connectors/peppol/demoorders.h"

#include "common/core/database.h"
#include "suppliers/connectors/peppol/supplierordering.h"
#include "suppliers/core/orderdraft.h"
#include "suppliers/core/receiving.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/supplierstore.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Moulin::DemoOrders {

namespace {

enum class Story
{
    Received, ///< delivered some days ago, received in full
    Short,    ///< delivered lately, received a line short
    Late,     ///< due on its last delivery day, not received
    Upcoming, ///< for its next delivery day
};

struct Plan
{
    const char* supplierId;
    Story story;
    QList<const char*> products; ///< catalogue searches, the first match of each
};

QList<Plan> plans()
{
    return {
        {"metro-nanterre", Story::Received, {"Beurre doux", "Crème fraîche", "Huile de tournesol", "Farine"}},
        {"pomona-rungis", Story::Short, {"Carottes", "Pommes de terre Agata", "Échalotes", "Citrons jaunes"}},
        {"transgourmet-idf", Story::Late, {"Entrecôte de bœuf", "Lardons fumés", "Crème liquide", "Sucre"}},
        {"metro-nanterre", Story::Upcoming, {"Joue de bœuf", "Côtes du Rhône", "Eau minérale", "Café"}},
        {"ferme-des-saules", Story::Upcoming, {"Salade", "Tomates", "Fromage", "Œufs"}},
        {"boucherie-moreau", Story::Upcoming, {"Joue de bœuf", "Magret de canard", "Saucisse de Toulouse"}},
    };
}

/// The supplier's last delivery day on or before `day` (within two weeks).
QDate lastDeliveryOnOrBefore(const Supplier& supplier, QDate day)
{
    for (int i = 0; i < 14; ++i, day = day.addDays(-1))
        if (supplier.deliversOn(day))
            return day;
    return {};
}

bool hasOrders(QSqlDatabase& db, const QString& supplierId)
{
    QSqlQuery q(db);
    return Database::run(q, QStringLiteral("SELECT 1 FROM supplier_order WHERE supplier_id = ? LIMIT 1"),
                         {supplierId}, "looking for a supplier's orders") &&
           q.next();
}

/// A free order number of `day`.
QString freeOrderId(QSqlDatabase& db, const QDate& day)
{
    for (int n = 1;; ++n) {
        const QString id = OrderIdentity::makeOrderId(day, n);
        QSqlQuery q(db);
        if (!Database::run(q, QStringLiteral("SELECT 1 FROM supplier_order WHERE id = ? LIMIT 1"), {id},
                           "looking for an order number") ||
            !q.next())
            return id;
    }
}

/// Receives the order against itself on `day`: every line in full, or the
/// last one missing.
bool receive(QSqlDatabase& db, const Order& order, const QDate& day, bool lastLineShort, const QDateTime& now,
             QString* error)
{
    std::optional<Receipt> receipt = Receiving::draft(db, order.supplierId, order.id, QString(), day, error);
    if (!receipt)
        return false;
    receipt->receivedOn = day;
    if (lastLineShort && !receipt->lines.isEmpty()) {
        ReceiptLine& line = receipt->lines.last();
        line.received = Decimal();
        line.discrepancy = Discrepancy::Missing;
        line.discrepancyQuantity = line.expected;
        line.note = QStringLiteral("Absent du camion, non facturable.");
    }
    const Receipt normalised = Receiving::normalised(*receipt);
    const QString invalid = Receiving::validate(normalised);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    return Database::transaction(
        db, [&](QString* e) { return Receiving::save(db, normalised, now, nullptr, e); }, error);
}

} // namespace

int place(QSqlDatabase& db, Outbox* outbox, const QString& connector, const BuyerParty& buyer,
          const QString& account, const QDate& today, const QDateTime& now, QString* error)
{
    const QList<Supplier> suppliers = SupplierStore::suppliers(db, connector);
    for (const Supplier& s : suppliers)
        if (hasOrders(db, s.id))
            return 0; // not an empty database: the demo's orders are there, or the user's
    // The products the (demo) recipes use.
    QSet<QString> inRecipes;
    for (const Recipe& recipe : RecipeStore::recipes(db))
        for (const RecipeLine& line : recipe.lines)
            if (!line.isSubRecipe())
                inRecipes.insert(PriceBook::key(line.supplierId, line.sku));
    int placed = 0;
    for (const Plan& plan : plans()) {
        const QString supplierId = QString::fromLatin1(plan.supplierId);
        const auto supplier = std::find_if(suppliers.cbegin(), suppliers.cend(),
                                           [&](const Supplier& s) { return s.id == supplierId; });
        if (supplier == suppliers.cend())
            continue;

        // The delivery day and when the order was sent for it.
        QDate day;
        switch (plan.story) {
        case Story::Received:
            day = lastDeliveryOnOrBefore(*supplier, today.addDays(-2));
            break;
        case Story::Short:
        case Story::Late:
            day = lastDeliveryOnOrBefore(*supplier, today.addDays(-1));
            break;
        case Story::Upcoming:
            day = supplier->nextDelivery(now);
            break;
        }
        if (!day.isValid())
            continue;
        const QDateTime sentAt =
            plan.story == Story::Upcoming
                ? now
                : QDateTime(day.addDays(-std::max(1, supplier->cutoffDaysBefore)), QTime(10, 30)).toUTC();

        OrderDraft draft = OrderDraft::start(*supplier, sentAt);
        draft.deliveryDate = day;
        for (const char* search : plan.products) {
            const QList<CatalogueItem> found =
                SupplierStore::searchProducts(db, supplierId, QString::fromUtf8(search), 20);
            // The product the demo recipes use when the supplier carries it (Suggestions then
            // shows it on order), else the first match.
            const QString wanted = SupplierStore::foldForSearch(QString::fromUtf8(search));
            const auto used = std::find_if(found.cbegin(), found.cend(), [&](const CatalogueItem& i) {
                return inRecipes.contains(PriceBook::key(i.product.supplierId, i.product.sku)) &&
                       SupplierStore::foldForSearch(i.product.name).startsWith(wanted);
            });
            QString ignored;
            if (!found.isEmpty())
                draft.addLine((used != found.cend() ? *used : found.first()).product, QStringLiteral("3"),
                              &ignored);
        }
        if (draft.lines.size() < 3) {
            // Whatever the catalogue holds (another seed, another catalogue).
            const QList<CatalogueItem> items = SupplierStore::catalogue(db, supplierId);
            for (qsizetype i = 5; i < items.size() && draft.lines.size() < 3; i += 37) {
                QString ignored;
                draft.addLine(items.at(i).product, QStringLiteral("3"), &ignored);
            }
        }
        if (draft.lines.isEmpty())
            continue;
        const Order order = draft.toOrder(buyer, freeOrderId(db, sentAt.date()), sentAt, account);
        const SupplierOrdering::Placed sent = SupplierOrdering::place(db, outbox, connector, order);
        if (!sent.ok) {
            QStringList problems{sent.error};
            for (const UblIssue& issue : sent.issues)
                problems << issue.message;
            *error = problems.join(QStringLiteral("; "));
            return -1;
        }
        ++placed;
        if (plan.story == Story::Received || plan.story == Story::Short) {
            if (!receive(db, order, day, plan.story == Story::Short, now, error))
                return -1;
        }
    }
    return placed;
}

} // namespace Moulin::DemoOrders
