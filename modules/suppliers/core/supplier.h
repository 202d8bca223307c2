#pragma once

// The suppliers' side of the area's model: who delivers what, when, at what
// price. Widget-free; money as exact decimals (decimal.h).

#include "suppliers/core/decimal.h"
#include "suppliers/core/identifiers.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QUrl>

#include <optional>

namespace Moulin {

/// A postal address as UBL writes it.
struct PostalAddress
{
    QString street;                         ///< "12 rue des Halles"
    QString additional;                     ///< "Bâtiment B"
    QString city;                           ///< "Lyon"
    QString postalCode;                     ///< "69002"
    QString country = QStringLiteral("FR"); ///< ISO 3166-1 alpha-2
    friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

/// The French VAT rates a food product or a service is sold at.
enum class VatRate
{
    Reduced55,      ///< 5.5 %: most food sold as goods
    Intermediate10, ///< 10 %: restaurant services, some prepared food
    Standard20,     ///< 20 %: alcoholic drinks, non-food, delivery
};

namespace Vat {
/// 5.5, 10 or 20 as an exact decimal.
Decimal percent(VatRate rate);
/// The rate for "5.5", "10", "20" (also "5.50", "10.0"…); nullopt otherwise.
std::optional<VatRate> fromPercent(const Decimal& percent);
/// `amount` × rate, rounded to cents.
Decimal taxOn(const Decimal& amount, VatRate rate);
} // namespace Vat

/// UN/ECE Recommendation 20 (and 21, the "X" package codes) unit codes.
namespace UnitCode {
inline constexpr char kPiece[] = "C62"; ///< one (unit, piece)
inline constexpr char kKilogram[] = "KGM";
inline constexpr char kLitre[] = "LTR";
inline constexpr char kBox[] = "XBX";    ///< box (colis)
inline constexpr char kCarton[] = "XCT"; ///< carton
inline constexpr char kCase[] = "XCS";   ///< case (caisse)
inline constexpr char kBottle[] = "XBO"; ///< bottle
inline constexpr char kCrate[] = "XCR";  ///< crate (cagette)
/// The codes Moulin accepts in catalogues and documents.
bool isKnown(QStringView code);
/// "kg", "L", "pièce", "colis"… for the manager.
QString label(QStringView code);
/// `number` (the quantity `value` as the page writes it: "2", "1,5")
/// followed by the unit in the form that quantity takes: "2 sacs",
/// "1,5 kg", "3 colis", "1,5 pièce" (French: plural from 2; symbols such as
/// kg never change). An unknown code is written as it is.
QString withQuantity(const QString& number, const Decimal& value, QStringView code);
} // namespace UnitCode

/// A promotion on a product: a lower net unit price over a period.
struct Promotion
{
    Decimal unitPrice; ///< excl. VAT, per product unit, while it lasts
    QDate from;        ///< first day (inclusive)
    QDate to;          ///< last day (inclusive)
    QString label;     ///< "Promo semaine 49"
    bool appliesOn(const QDate& day) const { return day >= from && day <= to; }
    friend bool operator==(const Promotion&, const Promotion&) = default;
};

/// A catalogue product of one supplier.
struct Product
{
    QString supplierId;
    QString sku;  ///< the supplier's article number
    QString gtin; ///< GTIN-13/14 (EAN), may be empty for fresh produce by weight
    QString name; ///< "Pommes de terre Agata, calibre 45/55"
    QString unitCode = QString::fromLatin1(UnitCode::kPiece); ///< what the unit price is for
    Decimal packSize = Decimal::fromInt(1);                   ///< units per pack ("colis de 10 kg": 10)
    QString packUnitCode = QString::fromLatin1(UnitCode::kBox);
    Decimal unitPrice; ///< excl. VAT, per unit, without promotion
    VatRate vat = VatRate::Reduced55;
    std::optional<Promotion> promotion;
    bool soldByPackOnly = true; ///< false: units may be ordered one by one

    /// The unit price on `day` (the promotion's when it applies).
    Decimal unitPriceOn(const QDate& day) const;
    /// The price of a pack on `day`.
    Decimal packPriceOn(const QDate& day) const { return unitPriceOn(day) * packSize; }
    /// Why the product cannot be sold as it stands (bad GTIN, unit, price…),
    /// translated; empty when it is fine.
    QString problem() const;
};

/// One supplier: a profile of the standard interface (metro, transgourmet,
/// pomona, local) with its own identifiers, endpoint and delivery terms.
class Supplier
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Supplier)

public:
    QString id;        ///< "metro-nanterre"
    QString profileId; ///< "metro", "transgourmet", "pomona", "local"
    QString name;      ///< the legal name ("METRO France SAS")
    QString siret;
    QString vatId;
    PeppolParticipant participant; ///< the PEPPOL endpoint the orders go to
    QUrl endpoint;                 ///< base URL of its ordering interface
    PostalAddress address;
    QList<Qt::DayOfWeek> deliveryDays; ///< the days it delivers
    QTime orderCutoff = QTime(12, 0);  ///< last time to order…
    int cutoffDaysBefore = 1;          ///< …this many days before the delivery day
    Decimal franco;                    ///< minimum order (excl. VAT) for free delivery
    Decimal deliveryFee;               ///< charged below franco (excl. VAT)
    QString currency = QStringLiteral("EUR");

    bool deliversOn(const QDate& day) const { return deliveryDays.contains(Qt::DayOfWeek(day.dayOfWeek())); }
    /// The moment an order for `delivery` must be sent by.
    QDateTime cutoffFor(const QDate& delivery) const;
    /// Whether an order sent at `now` can be delivered on `delivery`.
    bool canDeliver(const QDate& delivery, const QDateTime& now) const;
    /// The first delivery day an order sent at `now` can get (invalid when
    /// the supplier has no delivery day).
    QDate nextDelivery(const QDateTime& now) const;
    /// The delivery fee for an order of `subtotal` (excl. VAT): zero at or
    /// above franco.
    Decimal feeFor(const Decimal& subtotal) const;
    /// Why an order for `delivery` sent at `now` is refused (closed day or
    /// past cut-off, naming the next possible date), translated; empty: fine.
    QString deliveryProblem(const QDate& delivery, const QDateTime& now) const;
};

} // namespace Moulin
