#pragma once

// A supplier order as the restaurant places it, what the supplier answers
// (Order Response) and what it ships (Despatch Advice).

#include "suppliers/core/decimal.h"
#include "suppliers/core/identifiers.h"
#include "suppliers/core/supplier.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>

namespace Moulin {

/// The restaurant: the buyer on every order.
struct BuyerParty
{
    QString name;        ///< legal name ("SARL Le Moulin de Pierre")
    QString tradingName; ///< "Le Moulin"
    QString siret;
    QString vatId;
    PeppolParticipant participant; ///< its PEPPOL endpoint (normally 0009 + SIRET)
    PostalAddress address;         ///< also the delivery address
    QString contactName;
    QString contactPhone;
    QString contactEmail;
};

/// The supplier as the order names it.
struct SellerParty
{
    QString name;
    QString vatId;
    QString siret;
    PeppolParticipant participant;
    PostalAddress address;

    static SellerParty of(const Supplier& supplier);
};

/// One line of an order.
struct OrderLine
{
    enum class Unit
    {
        Packs, ///< the quantity counts packs (colis); price per pack
        Units, ///< the quantity counts product units (kg, L, pieces)
    };

    QString id; ///< "1", "2"… unique in the order
    QString sku;
    QString gtin;
    QString name;
    QString unitCode; ///< the product's unit (C62, KGM, LTR…)
    Decimal packSize = Decimal::fromInt(1);
    QString packUnitCode; ///< XBX, XCT…
    Unit unit = Unit::Packs;
    Decimal quantity;                  ///< of packs or of units
    Decimal netPrice;                  ///< excl. VAT, per ordered unit (pack or unit), promotion applied
    std::optional<Decimal> grossPrice; ///< the price before the promotion, when one applies
    VatRate vat = VatRate::Reduced55;
    QString note;

    /// The UBL unit code of the quantity (the pack's or the product's).
    QString quantityUnitCode() const { return unit == Unit::Packs ? packUnitCode : unitCode; }
    /// quantity × net price, rounded to cents.
    Decimal amount() const { return (quantity * netPrice).rounded(2); }
    /// A line for `quantity` of `product` at its price on `day`.
    static OrderLine of(const Product& product, const Decimal& quantity, Unit unit, const QDate& day);
};

/// The amounts of an order, as UBL's AnticipatedMonetaryTotal states them.
struct OrderTotals
{
    Decimal lines;        ///< sum of the line amounts (excl. VAT)
    Decimal charges;      ///< the delivery fee (excl. VAT)
    Decimal taxExclusive; ///< lines + charges
    Decimal tax;          ///< VAT, per rate, rounded per rate
    Decimal taxInclusive; ///< taxExclusive + tax
    QMap<VatRate, Decimal> taxByRate;
};

/// An order's identity: its number at the restaurant (cbc:ID), unique per
/// supplier, and the idempotency key derived from it, the same on every
/// attempt and after any restart, so the supplier (and the outbox) can tell
/// a resend from a new order.
struct OrderIdentity
{
    QString supplierId;
    QString orderId;

    /// "PO-20261207-0003": the order number for `day` and the restaurant's
    /// running `sequence` of that day (1-based).
    static QString makeOrderId(const QDate& day, int sequence);
    /// A name-based UUID (version 5) of (supplier, order id): the same
    /// identity gives the same key, any other gives another.
    QByteArray idempotencyKey() const;
};

/// An order to a supplier.
class Order
{
public:
    QString id; ///< the order number (cbc:ID)
    QString supplierId;
    QDate issueDate;
    QTime issueTime;
    QDate deliveryDate; ///< the requested delivery day
    QDate validUntil;   ///< the supplier must answer by then (ValidityPeriod)
    QString currency = QStringLiteral("EUR");
    QString note;
    QString customerReference; ///< the restaurant's account at the supplier
    BuyerParty buyer;
    SellerParty seller;
    QList<OrderLine> lines;
    Decimal deliveryFee; ///< charged by the supplier below franco (excl. VAT, VAT 20 %)

    OrderIdentity identity() const { return {supplierId, id}; }
    OrderTotals totals() const;
    /// Adds `line` with the next free line id.
    void addLine(OrderLine line);
};

/// What the supplier answers to an order (PEPPOL Order Response).
struct OrderResponse
{
    enum class Code
    {
        Accepted,              ///< AP: as ordered
        Rejected,              ///< RE: the whole order refused
        ConditionallyAccepted, ///< CA: accepted with changes to lines
        Acknowledged,          ///< AB: received, decision to follow
    };
    struct Line
    {
        enum class Status
        {
            Accepted, ///< 5: accepted without amendment
            Changed,  ///< 3: quantity, price or date changed
            Rejected, ///< 7: not accepted
            Added,    ///< 1: added by the supplier
        };
        QString orderLineId; ///< the order's line it answers (OrderLineReference/LineID)
        Status status = Status::Accepted;
        std::optional<Decimal> quantity; ///< the quantity the supplier will deliver
        QString unitCode;
        std::optional<Decimal> price; ///< the supplier's net price, when changed
        QDate promisedDelivery;
        QString note;
        QString substituteSku; ///< a substitute item, when it offers one
        QString substituteName;
    };

    QString id;
    QDate issueDate;
    QString orderId; ///< the order it answers (OrderReference/ID)
    Code code = Code::Accepted;
    QString note;
    QString currency;
    QDate promisedDelivery;
    PeppolParticipant seller;
    QList<Line> lines;

    static QString codeName(Code code);
    static QString statusName(Line::Status status);
};

/// What the supplier ships (PEPPOL Despatch Advice).
struct DespatchAdvice
{
    struct Line
    {
        QString id;
        QString orderLineId; ///< OrderLineReference/LineID
        QString sku;
        QString gtin;
        QString name;
        Decimal delivered; ///< DeliveredQuantity
        QString unitCode;
        Decimal outstanding; ///< OutstandingQuantity (zero when complete)
        QString outstandingReason;
        QString lot;
        QDate bestBefore;
    };

    QString id;
    QDate issueDate;
    QString orderId; ///< OrderReference/ID
    QString note;
    QDate expectedDelivery; ///< Shipment/Delivery (estimated or actual)
    QString shipmentId;
    PeppolParticipant supplier;
    QList<Line> lines;

    /// Some line has something outstanding.
    bool isPartial() const;
};

} // namespace Moulin
