#pragma once

// An order being written in the order editor, before it is sent: one
// supplier, one delivery day, the lines as typed (rounded up to whole packs
// when the product is sold by the pack only, with a note saying so), the
// totals excl. VAT, VAT per rate and incl. VAT, the delivery fee below
// franco, the cut-off, and what stops it from being sent (a closed delivery
// day or a cut-off gone by, naming the next possible date) or is worth a
// warning (below franco, with the fee). Widget-free; persisted by
// OrderDraftStore as it is typed.

#include "suppliers/core/decimal.h"
#include "suppliers/core/order.h"
#include "suppliers/core/supplier.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Moulin {

/// A quantity as typed and what the order gets from it.
struct DraftQuantity
{
    Decimal typed;                          ///< the number typed
    std::optional<OrderLine::Unit> typedIn; ///< what it counts as typed (nullopt: the product's default)
    OrderLine::Unit unit = OrderLine::Unit::Packs; ///< what the order line counts
    Decimal quantity;                              ///< of packs or units, after rounding
    QString note; ///< translated, when the quantity was rounded ("15 kg → 2 colis de 10 kg (20 kg)")

    bool isRounded() const { return !note.isEmpty(); }
};

/// One line of a draft.
struct DraftLine
{
    Product product;
    DraftQuantity quantity;
    bool available = true; ///< false: the product is no longer in the catalogue

    /// The order line for `day` (promotions of that day applied).
    OrderLine orderLine(const QDate& day) const
    {
        return OrderLine::of(product, quantity.quantity, quantity.unit, day);
    }
};

/// A reason the draft cannot be sent (Refusal) or should be looked at (Warning).
struct DraftIssue
{
    enum class Severity
    {
        Refusal,
        Warning,
    };
    Severity severity = Severity::Refusal;
    QString text;  ///< translated
    int line = -1; ///< the line (row) it is about, -1 for the whole draft
    /// A normal state rather than a mistake (no line yet): it still blocks
    /// sending, but the editor shows it as a neutral hint, not in red.
    bool hint = false;
};

struct DraftTotals
{
    OrderTotals order;       ///< lines, delivery fee, VAT per rate, incl. VAT
    Decimal lines;           ///< the lines excl. VAT
    Decimal fee;             ///< the delivery fee charged (zero at or above franco)
    Decimal francoRemaining; ///< what is still missing to reach franco (zero when reached)
    bool francoReached = true;
};

class OrderDraft
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::OrderDraft)

public:
    qint64 id = 0; ///< OrderDraftStore's id (0: not saved yet)
    Supplier supplier;
    QDate deliveryDate;
    QString note;
    QString reservedOrderId; ///< the order number reserved when sending
    QList<DraftLine> lines;

    /// A new draft for `supplier`, for the first delivery an order sent at
    /// `now` can get.
    static OrderDraft start(const Supplier& supplier, const QDateTime& now);

    /// Parses a quantity as typed for `product`: a number ("3", "2,5",
    /// "2.5"), optionally followed by what it counts: the product's unit
    /// ("15 kg", "6 L", "4 pièces"/"pcs"/"u") or packs ("2 colis", "ct",
    /// "carton", "caisse", "pack"). Without a unit: packs when the product
    /// is sold by the pack only, else its unit. nullopt and `error`
    /// (translated) when it is not a quantity above zero.
    static std::optional<DraftQuantity> parseQuantity(const Product& product, const QString& text,
                                                      QString* error);
    /// What the order line gets for `typed` in `typedIn`: whole packs,
    /// rounded up, for a product sold by the pack only (units typed are
    /// turned into packs), whole pieces for a product counted in pieces,
    /// three decimals otherwise; the note says what was rounded.
    static DraftQuantity resolve(const Product& product, const Decimal& typed,
                                 std::optional<OrderLine::Unit> typedIn);
    /// "2 colis (20 kg)", "4,5 kg": the quantity as the order gets it.
    static QString quantityText(const Product& product, const DraftQuantity& quantity);

    /// Adds `text` of `product`: a product already in the draft (counted the
    /// same way) gets the quantity added to its line. The row, or -1 and
    /// `error`.
    int addLine(const Product& product, const QString& text, QString* error);
    /// Sets the quantity of `row` from `text`; false and `error` when it is
    /// not one (the line keeps its quantity).
    bool setQuantity(int row, const QString& text, QString* error);
    void removeLine(int row);

    /// The totals with the prices of `day` (promotions of that day).
    DraftTotals totals(const QDate& day) const;
    /// The day the prices are those of: the delivery day (a promotion
    /// counts when the goods arrive), `fallback` while none is chosen.
    QDate priceDay(const QDate& fallback) const { return deliveryDate.isValid() ? deliveryDate : fallback; }
    /// The moment the order must be sent by for its delivery day.
    QDateTime cutoff() const { return supplier.cutoffFor(deliveryDate); }
    /// Why an order sent at `now` for the chosen day is refused (closed day,
    /// cut-off gone by; naming the next possible date); empty when it is not.
    QString refusal(const QDateTime& now) const;
    /// Everything that stops the draft from being sent at `now` (refusals:
    /// the delivery day, no line, a product gone from the catalogue) and the
    /// warnings (below franco, with the fee; rounded quantities).
    QList<DraftIssue> issues(const QDateTime& now) const;
    /// No refusal among issues(now).
    bool canSend(const QDateTime& now) const;

    /// The order to send: number `orderId`, issued at `now`, the restaurant
    /// as `buyer`, the supplier as seller, the lines at the prices of the
    /// issue day, the delivery fee below franco.
    Order toOrder(const BuyerParty& buyer, const QString& orderId, const QDateTime& now,
                  const QString& customerReference = {}) const;

    /// "1 234,50 €" (French grouping and comma in French).
    static QString money(const Decimal& amount);
    /// "2,5", "10": a number as the locale writes it.
    static QString number(const Decimal& value);
};

} // namespace Moulin
