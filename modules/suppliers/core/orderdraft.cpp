#include "suppliers/core/orderdraft.h"

#include <QLocale>
#include <QRegularExpression>

namespace Moulin {

namespace {

/// The smallest whole number at or above `value` (value ≥ 0).
Decimal ceilWhole(const Decimal& value)
{
    const qint64 micros = value.micros();
    const qint64 whole = micros / Decimal::kOne;
    return Decimal::fromInt(micros % Decimal::kOne == 0 ? whole : whole + 1);
}

/// Rounded up to `decimals` (value ≥ 0).
Decimal ceilTo(const Decimal& value, int decimals)
{
    qint64 step = 1;
    for (int i = decimals; i < Decimal::kScale; ++i)
        step *= 10;
    const qint64 micros = value.micros();
    return Decimal::fromMicros(micros % step == 0 ? micros : (micros / step + 1) * step);
}

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

bool isPackWord(const QString& word, const Product& product)
{
    static const QStringList words{
        QStringLiteral("colis"),   QStringLiteral("col"),     QStringLiteral("ct"),
        QStringLiteral("carton"),  QStringLiteral("cartons"), QStringLiteral("caisse"),
        QStringLiteral("caisses"), QStringLiteral("cs"),      QStringLiteral("pack"),
        QStringLiteral("packs"),   QStringLiteral("box"),     QStringLiteral("boxes"),
        QStringLiteral("boite"),   QStringLiteral("boites"),  QStringLiteral("case"),
        QStringLiteral("cases"),   QStringLiteral("cagette"), QStringLiteral("cagettes"),
        QStringLiteral("sac"),     QStringLiteral("sacs"),    QStringLiteral("bidon"),
        QStringLiteral("bidons")};
    if (words.contains(word))
        return true;
    const QString label = fold(UnitCode::label(product.packUnitCode));
    return word == label || word == label + u's';
}

/// The unit codes a word names, if it names one.
QString unitCodeOf(const QString& word)
{
    static const QList<std::pair<QStringList, const char*>> units{
        {{QStringLiteral("kg"), QStringLiteral("kgs"), QStringLiteral("kilo"), QStringLiteral("kilos")},
         UnitCode::kKilogram},
        {{QStringLiteral("l"), QStringLiteral("litre"), QStringLiteral("litres"), QStringLiteral("liter"),
          QStringLiteral("liters"), QStringLiteral("lt")},
         UnitCode::kLitre},
        {{QStringLiteral("u"), QStringLiteral("un"), QStringLiteral("unite"), QStringLiteral("unites"),
          QStringLiteral("unit"), QStringLiteral("units"), QStringLiteral("pc"), QStringLiteral("pcs"),
          QStringLiteral("pce"), QStringLiteral("pces"), QStringLiteral("piece"), QStringLiteral("pieces")},
         UnitCode::kPiece},
    };
    for (const auto& [names, code] : units) {
        if (names.contains(word))
            return QString::fromLatin1(code);
    }
    return {};
}

} // namespace

OrderDraft OrderDraft::start(const Supplier& supplier, const QDateTime& now)
{
    OrderDraft draft;
    draft.supplier = supplier;
    draft.deliveryDate = supplier.nextDelivery(now);
    return draft;
}

QString OrderDraft::number(const Decimal& value)
{
    QString text = value.toString();
    const QString point = QLocale().decimalPoint();
    if (point != QLatin1String("."))
        text.replace(u'.', point);
    return text;
}

QString OrderDraft::money(const Decimal& amount)
{
    const qint64 cents = amount.toCents();
    const qint64 whole = (cents < 0 ? -cents : cents) / 100;
    const qint64 rest = (cents < 0 ? -cents : cents) % 100;
    const QLocale locale;
    return QStringLiteral("%1%2%3%4 €")
        .arg(cents < 0 ? QStringLiteral("−") : QString(), locale.toString(whole), locale.decimalPoint())
        .arg(rest, 2, 10, QLatin1Char('0'));
}

std::optional<DraftQuantity> OrderDraft::parseQuantity(const Product& product, const QString& text,
                                                       QString* error)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]+(?:[.,][0-9]+)?)\\s*([^0-9\\s].*)?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = shape.match(trimmed);
    if (trimmed.isEmpty() || !m.hasMatch()) {
        if (error)
            *error = tr("« %1 » is not a quantity: type a number, e.g. 3, 2,5 or 15 kg.").arg(trimmed);
        return std::nullopt;
    }
    QString digits = m.captured(1);
    digits.replace(u',', u'.');
    const std::optional<Decimal> typed = Decimal::parse(digits);
    if (!typed || *typed <= Decimal() || *typed > Decimal::fromInt(100000)) {
        if (error)
            *error = tr("« %1 » is not a quantity above zero.").arg(trimmed);
        return std::nullopt;
    }
    std::optional<OrderLine::Unit> in;
    const QString word = fold(m.captured(2).trimmed()).remove(u'.');
    if (!word.isEmpty()) {
        if (isPackWord(word, product)) {
            in = OrderLine::Unit::Packs;
        } else {
            const QString code = unitCodeOf(word);
            const QString own = fold(UnitCode::label(product.unitCode));
            if (code == product.unitCode || word == own || word == own + u's') {
                in = OrderLine::Unit::Units;
            } else {
                if (error)
                    *error = tr("%1 is counted in %2 or in packs (%3), not in « %4 ».")
                                 .arg(product.name, UnitCode::label(product.unitCode),
                                      UnitCode::label(product.packUnitCode), m.captured(2).trimmed());
                return std::nullopt;
            }
        }
    }
    return resolve(product, *typed, in);
}

DraftQuantity OrderDraft::resolve(const Product& product, const Decimal& typed,
                                  std::optional<OrderLine::Unit> typedIn)
{
    DraftQuantity q;
    q.typed = typed;
    q.typedIn = typedIn;
    const OrderLine::Unit in =
        typedIn.value_or(product.soldByPackOnly ? OrderLine::Unit::Packs : OrderLine::Unit::Units);
    // "2 sacs", "1,5 kg": each quantity with its unit in the form it takes.
    const auto with = [](const Decimal& value, const QString& code) {
        return UnitCode::withQuantity(number(value), value, code);
    };
    if (in == OrderLine::Unit::Packs) {
        q.unit = OrderLine::Unit::Packs;
        q.quantity = ceilWhole(typed);
        if (q.quantity != typed)
            q.note = tr("%1 → %2: whole packs only")
                         .arg(with(typed, product.packUnitCode), with(q.quantity, product.packUnitCode));
        return q;
    }
    if (product.soldByPackOnly && product.packSize > Decimal()) {
        q.unit = OrderLine::Unit::Packs;
        q.quantity = ceilWhole(typed / product.packSize);
        const Decimal units = q.quantity * product.packSize;
        if (units != typed)
            q.note = tr("%1 → %2 of %3 (%4): sold by the pack only")
                         .arg(with(typed, product.unitCode), with(q.quantity, product.packUnitCode),
                              with(product.packSize, product.unitCode), with(units, product.unitCode));
        return q;
    }
    q.unit = OrderLine::Unit::Units;
    q.quantity = product.unitCode == QLatin1String(UnitCode::kPiece) ? ceilWhole(typed) : ceilTo(typed, 3);
    if (q.quantity != typed)
        q.note =
            QStringLiteral("%1 → %2").arg(with(typed, product.unitCode), with(q.quantity, product.unitCode));
    return q;
}

QString OrderDraft::quantityText(const Product& product, const DraftQuantity& quantity)
{
    if (quantity.unit == OrderLine::Unit::Units)
        return UnitCode::withQuantity(number(quantity.quantity), quantity.quantity, product.unitCode);
    QString text = UnitCode::withQuantity(number(quantity.quantity), quantity.quantity, product.packUnitCode);
    if (product.packSize != Decimal::fromInt(1)) {
        const Decimal units = quantity.quantity * product.packSize;
        text += QStringLiteral(" (%1)").arg(UnitCode::withQuantity(number(units), units, product.unitCode));
    }
    return text;
}

int OrderDraft::addLine(const Product& product, const QString& text, QString* error)
{
    const std::optional<DraftQuantity> q = parseQuantity(product, text, error);
    if (!q)
        return -1;
    for (int row = 0; row < lines.size(); ++row) {
        DraftLine& line = lines[row];
        if (line.product.sku == product.sku && line.quantity.unit == q->unit) {
            line.product = product;
            line.available = true;
            line.quantity = resolve(product, line.quantity.quantity + q->quantity, q->unit);
            return row;
        }
    }
    lines.append({product, *q, true});
    return int(lines.size()) - 1;
}

bool OrderDraft::setQuantity(int row, const QString& text, QString* error)
{
    if (row < 0 || row >= lines.size())
        return false;
    const std::optional<DraftQuantity> q = parseQuantity(lines.at(row).product, text, error);
    if (!q)
        return false;
    lines[row].quantity = *q;
    return true;
}

void OrderDraft::removeLine(int row)
{
    if (row >= 0 && row < lines.size())
        lines.removeAt(row);
}

DraftTotals OrderDraft::totals(const QDate& day) const
{
    Order order;
    order.supplierId = supplier.id;
    for (const DraftLine& line : lines)
        order.addLine(line.orderLine(day));
    DraftTotals t;
    for (const OrderLine& line : std::as_const(order.lines))
        t.lines += line.amount();
    t.fee = supplier.feeFor(t.lines);
    order.deliveryFee = t.fee;
    t.order = order.totals();
    t.francoReached = t.lines >= supplier.franco;
    t.francoRemaining = t.francoReached ? Decimal() : supplier.franco - t.lines;
    return t;
}

QString OrderDraft::refusal(const QDateTime& now) const
{
    if (!deliveryDate.isValid()) {
        const QDate next = supplier.nextDelivery(now);
        return next.isValid() ? tr("Choose a delivery day; the next possible one is %1.")
                                    .arg(QLocale().toString(next, QLocale::LongFormat))
                              : tr("%1 has no delivery day.").arg(supplier.name);
    }
    return supplier.deliveryProblem(deliveryDate, now);
}

QList<DraftIssue> OrderDraft::issues(const QDateTime& now) const
{
    QList<DraftIssue> out;
    if (const QString r = refusal(now); !r.isEmpty())
        out.append({DraftIssue::Severity::Refusal, r, -1});
    if (lines.isEmpty())
        out.append({DraftIssue::Severity::Refusal, tr("The order has no line yet."), -1, true});
    for (int row = 0; row < lines.size(); ++row) {
        const DraftLine& line = lines.at(row);
        if (!line.available)
            out.append({DraftIssue::Severity::Refusal,
                        tr("%1 (%2) is no longer in %3's catalogue: remove the line.")
                            .arg(line.product.name, line.product.sku, supplier.name),
                        row});
    }
    if (!lines.isEmpty()) {
        const DraftTotals t = totals(priceDay(now.date()));
        if (!t.francoReached && t.fee > Decimal())
            out.append({DraftIssue::Severity::Warning,
                        tr("Below franco (%1): %2 more for free delivery, otherwise a delivery fee of %3 "
                           "excl. VAT.")
                            .arg(money(supplier.franco), money(t.francoRemaining), money(t.fee)),
                        -1});
    }
    return out;
}

bool OrderDraft::canSend(const QDateTime& now) const
{
    for (const DraftIssue& issue : issues(now)) {
        if (issue.severity == DraftIssue::Severity::Refusal)
            return false;
    }
    return true;
}

Order OrderDraft::toOrder(const BuyerParty& buyer, const QString& orderId, const QDateTime& now,
                          const QString& customerReference) const
{
    Order order;
    order.id = orderId;
    order.supplierId = supplier.id;
    order.issueDate = now.date();
    order.issueTime = QTime(now.time().hour(), now.time().minute(), now.time().second());
    order.deliveryDate = deliveryDate;
    const QDate answerBy = cutoff().date();
    order.validUntil = answerBy.isValid() && answerBy > order.issueDate ? answerBy : order.issueDate;
    order.currency = supplier.currency;
    order.note = note.trimmed();
    order.customerReference = customerReference;
    order.buyer = buyer;
    order.seller = SellerParty::of(supplier);
    for (const DraftLine& line : lines)
        order.addLine(line.orderLine(priceDay(order.issueDate)));
    Decimal subtotal;
    for (const OrderLine& line : std::as_const(order.lines))
        subtotal += line.amount();
    order.deliveryFee = supplier.feeFor(subtotal);
    return order;
}

} // namespace Moulin
