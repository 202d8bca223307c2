#pragma once

// The suppliers area's local store (migration 0015): suppliers, their
// catalogues with every price change, the orders sent (the exact UBL bytes
// and the idempotency key), the Order Responses and Despatch Advices
// received and the deliveries they announce. Every function works in the
// caller's connection and transaction (a feed's store(), a DbWorker job or
// Database::transaction()): a page, an order or a document lands whole or
// not at all.

#include "suppliers/core/order.h"
#include "suppliers/core/supplier.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Moulin {

/// A catalogue line as the store keeps it: the product and its category
/// ("Fruits et légumes", "Crèmerie"…).
struct CatalogueItem
{
    Product product;
    QString category;
};

/// One price a product had.
struct PricePoint
{
    Decimal unitPrice;
    std::optional<Decimal> previous;      ///< none for the first price seen
    std::optional<Decimal> changePercent; ///< (new − previous) / previous × 100
    bool alert = false;                   ///< a rise above the threshold
    QDateTime recordedAt;
};

/// A product whose last price change was a rise above a threshold.
struct PriceRise
{
    QString supplierId;
    QString sku;
    QString name;
    Decimal previous;
    Decimal price;
    Decimal changePercent; ///< (price − previous) / previous × 100
    QDateTime recordedAt;  ///< UTC
};

/// What storing a catalogue item did.
struct ProductUpsert
{
    bool inserted = false;     ///< a product not seen before
    bool priceChanged = false; ///< a known product at another price
    bool alert = false;        ///< …raised by more than the threshold
};

struct StoredOrderLine
{
    QString lineId;
    QString sku;
    QString gtin;
    QString name;
    Decimal quantity;
    QString unitCode;
    Decimal netPrice;
    QString status; ///< ordered, accepted, changed, rejected, added
    std::optional<Decimal> confirmedQuantity;
    Decimal deliveredQuantity;
    std::optional<Decimal> outstandingQuantity;
};

struct StoredOrder
{
    QString supplierId;
    QString id;
    QString connector;
    /// queued, acknowledged, accepted, changed, rejected, despatched,
    /// partially_despatched, delivered
    QString status;
    QDate issueDate;
    QDate deliveryDate;
    QByteArray idempotencyKey;
    QByteArray ubl;
    Decimal totalExclVat;
    Decimal totalInclVat;
    QDateTime createdAt;
    QList<StoredOrderLine> lines;
};

struct StoredDelivery
{
    QString supplierId;
    QString despatchId;
    QString orderId;
    QDate requested;
    QDate expected;
    QDate actual;
    bool partial = false;
    bool late = false;
};

class SupplierStore
{
public:
    /// Creates or updates a supplier (its identity and delivery terms) for
    /// `connector`.
    static bool upsertSupplier(QSqlDatabase& db, const Supplier& supplier, const QString& connector,
                               const QDateTime& now, QString* error);
    static std::optional<Supplier> supplier(QSqlDatabase& db, const QString& id);
    /// Every supplier (of `connector` when given), by name.
    static QList<Supplier> suppliers(QSqlDatabase& db, const QString& connector = {});

    /// Creates or updates a product; a new price is recorded in the price
    /// history, flagged when it rises by more than `alertPercent` (the
    /// product keeps the flag until its next change). Storing the same item
    /// again changes nothing.
    static bool upsertProduct(QSqlDatabase& db, const CatalogueItem& item, const Decimal& alertPercent,
                              const QDateTime& now, ProductUpsert* outcome, QString* error);
    static std::optional<CatalogueItem> product(QSqlDatabase& db, const QString& supplierId,
                                                const QString& sku);
    /// Every product (of `supplierId` when given), by supplier and SKU.
    static QList<CatalogueItem> catalogue(QSqlDatabase& db, const QString& supplierId = {});
    /// Products of `supplierId` (every supplier when empty).
    static qint64 productCount(QSqlDatabase& db, const QString& supplierId = {});
    /// Oldest first.
    static QList<PricePoint> priceHistory(QSqlDatabase& db, const QString& supplierId, const QString& sku);
    /// The products whose last price change raised an alert: (supplier, sku).
    static QList<std::pair<QString, QString>> priceAlerts(QSqlDatabase& db);
    /// The products whose last price change raised their price by more than
    /// `abovePercent` (the threshold of today's settings, whatever it was
    /// when the price was stored), newest first.
    static QList<PriceRise> priceRises(QSqlDatabase& db, const Decimal& abovePercent);

    /// Stores an order as sent: its lines, totals, the UBL bytes and its
    /// idempotency key, status "queued". Storing the same order again (same
    /// key) changes nothing; another order with the same number for the same
    /// supplier is an error.
    static bool insertOrder(QSqlDatabase& db, const Order& order, const QString& connector,
                            const QByteArray& ubl, const QDateTime& now, QString* error);
    static std::optional<StoredOrder> order(QSqlDatabase& db, const QString& supplierId, const QString& id);
    /// Orders (of `connector` when given), newest first.
    static QList<StoredOrder> orders(QSqlDatabase& db, const QString& connector = {});
    /// The number of orders of `supplierId` issued on `day` (for the next
    /// order number).
    static int ordersIssuedOn(QSqlDatabase& db, const QDate& day);

    /// The supplier of `connector` an answer about `orderId` from `seller`
    /// is for: the order's, else the one whose PEPPOL endpoint is `seller`;
    /// empty if none.
    static QString supplierFor(QSqlDatabase& db, const QString& connector, const QString& orderId,
                               const PeppolParticipant& seller);

    /// Applies an Order Response to the order and its lines and keeps it.
    /// An answer already stored (same id) changes nothing.
    static bool applyOrderResponse(QSqlDatabase& db, const QString& supplierId, const OrderResponse& response,
                                   const QByteArray& xml, const QDateTime& now, QString* error);
    /// Applies a Despatch Advice: delivered and outstanding quantities, the
    /// order's status and its delivery (expected date, partial, late). An
    /// advice already stored changes nothing.
    static bool applyDespatchAdvice(QSqlDatabase& db, const QString& supplierId, const DespatchAdvice& advice,
                                    const QByteArray& xml, const QDateTime& now, QString* error);
    /// The delivery of `despatchId` was received on `day`.
    static bool markReceived(QSqlDatabase& db, const QString& supplierId, const QString& despatchId,
                             const QDate& day, const QDateTime& now, QString* error);
    /// Deliveries (of one order when `orderId` is given), by expected date.
    static QList<StoredDelivery> deliveries(QSqlDatabase& db, const QString& supplierId = {},
                                            const QString& orderId = {});
    /// How many Order Responses / Despatch Advices are kept for an order.
    static int responseCount(QSqlDatabase& db, const QString& supplierId, const QString& orderId);
    static int despatchCount(QSqlDatabase& db, const QString& supplierId, const QString& orderId);

    /// The connector a supplier's orders go through (empty: unknown supplier).
    static QString connectorOf(QSqlDatabase& db, const QString& supplierId);
    /// Products of `supplierId` (every supplier when empty) whose name,
    /// article number or GTIN contains every word of `text`, case and accents
    /// folded ("creme epaisse" finds "Crème fraîche épaisse"): names starting
    /// with the first word first, then by name; at most `limit`.
    static QList<CatalogueItem> searchProducts(QSqlDatabase& db, const QString& supplierId,
                                               const QString& text, int limit);
    /// `text` lower case, accents folded (é → e, œ → oe), as the search key.
    static QString foldForSearch(const QString& text);

    /// An Order Response as kept.
    struct StoredResponse
    {
        QString supplierId;
        QString id;
        QString orderId;
        QString code; ///< AP, RE, CA, AB
        QDate issueDate;
        QDate promisedDelivery;
        QString note;
        QDateTime receivedAt;
    };
    /// The answers to one order, oldest first.
    static QList<StoredResponse> responses(QSqlDatabase& db, const QString& supplierId,
                                           const QString& orderId);
    /// The answers that name no order this database sent (never applied to
    /// anything), newest first.
    static QList<StoredResponse> unmatchedResponses(QSqlDatabase& db);

    /// "5.5", "10", "20".
    static QString vatText(VatRate rate);
    /// "mon,wed,fri" and back.
    static QString daysText(const QList<Qt::DayOfWeek>& days);
    static QList<Qt::DayOfWeek> daysFrom(const QString& text);
};

} // namespace Moulin
