#include "suppliers/core/invoicecsv.h"

#include "common/core/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringDecoder>

namespace Moulin {

namespace {

const char* const kFields[] = {"code",      "gtin",    "description", "quantity",
                               "unitPrice", "vatRate", "lineTotal"};

int* fieldOf(InvoiceCsvMapping& m, int i)
{
    int* fields[] = {&m.code, &m.gtin, &m.description, &m.quantity, &m.unitPrice, &m.vatRate, &m.lineTotal};
    return fields[i];
}

QString decode(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: the Windows spreadsheets' Windows-1252 (Latin-1 for the letters French needs,
    // the euro sign and œ apart).
    QString latin = QString::fromLatin1(data);
    latin.replace(QChar(0x80), QChar(0x20AC))
        .replace(QChar(0x9C), QChar(0x0153))
        .replace(QChar(0x8C), QChar(0x0152));
    return latin;
}

QString folded(QString text)
{
    text = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : std::as_const(text))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.simplified();
}

} // namespace

QString InvoiceCsvMapping::toJson() const
{
    QJsonObject o{{QStringLiteral("separator"), QString(separator)},
                  {QStringLiteral("decimalComma"), decimalComma},
                  {QStringLiteral("header"), header}};
    InvoiceCsvMapping copy = *this;
    for (int i = 0; i < 7; ++i)
        o.insert(QLatin1StringView(kFields[i]), *fieldOf(copy, i));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<InvoiceCsvMapping> InvoiceCsvMapping::fromJson(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    InvoiceCsvMapping m;
    const QString sep = o.value(QStringLiteral("separator")).toString(QStringLiteral(";"));
    m.separator = sep.isEmpty() ? u';' : sep.at(0);
    m.decimalComma = o.value(QStringLiteral("decimalComma")).toBool(true);
    m.header = o.value(QStringLiteral("header")).toBool(true);
    for (int i = 0; i < 7; ++i)
        *fieldOf(m, i) = o.value(QLatin1StringView(kFields[i])).toInt(-1);
    return m;
}

QList<QStringList> InvoiceCsv::rows(const QByteArray& bytes, QChar separator)
{
    const QString text = decode(bytes);
    QList<QStringList> out;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    auto endField = [&] {
        row.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        bool blank = true;
        for (const QString& f : std::as_const(row))
            blank = blank && f.trimmed().isEmpty();
        if (!blank)
            out.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            endRow();
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    return out;
}

QChar InvoiceCsv::guessSeparator(const QByteArray& bytes)
{
    const QByteArray first = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    const qsizetype semicolons = first.count(';');
    if (first.count('\t') > semicolons)
        return u'\t';
    if (first.count(',') > semicolons)
        return u',';
    return u';';
}

InvoiceCsvMapping InvoiceCsv::guessMapping(const QStringList& header, QChar separator)
{
    InvoiceCsvMapping m;
    m.separator = separator;
    m.decimalComma = separator != u',';
    for (int i = 0; i < header.size(); ++i) {
        const QString h = folded(header.at(i));
        auto take = [&](int& field) {
            if (field < 0)
                field = i;
        };
        if (h.contains(QLatin1String("ean")) || h.contains(QLatin1String("gtin")))
            take(m.gtin);
        else if (h.contains(QLatin1String("prix")) || h == QLatin1String("pu") ||
                 h.startsWith(QLatin1String("pu ")) || h.contains(QLatin1String("p.u")))
            take(m.unitPrice);
        else if (h.contains(QLatin1String("tva")) || h.contains(QLatin1String("vat")))
            take(m.vatRate);
        else if (h.contains(QLatin1String("montant")) || h.contains(QLatin1String("total")))
            take(m.lineTotal);
        else if (h.startsWith(QLatin1String("qte")) || h.startsWith(QLatin1String("quantite")) ||
                 h.startsWith(QLatin1String("qty")))
            take(m.quantity);
        else if (h.contains(QLatin1String("designation")) || h.contains(QLatin1String("libelle")) ||
                 h.contains(QLatin1String("description")))
            take(m.description);
        else if (h.contains(QLatin1String("code")) || h.contains(QLatin1String("ref")) ||
                 h.contains(QLatin1String("article")))
            take(m.code);
    }
    return m;
}

std::optional<Decimal> InvoiceCsv::number(QString text, bool decimalComma)
{
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u' ').remove(u'€').remove(u'%');
    const qsizetype dot = text.indexOf(u'.');
    const bool dotIsDecimal =
        !text.contains(u',') && dot >= 0 && dot == text.lastIndexOf(u'.') && text.size() - dot - 1 != 3;
    if (decimalComma && !dotIsDecimal) {
        text.remove(u'.');
        text.replace(u',', u'.');
    } else {
        text.remove(u',');
    }
    if (text.startsWith(u'+'))
        text.remove(0, 1);
    return Decimal::parse(text);
}

std::optional<QList<SupplierInvoiceLine>> InvoiceCsv::read(const QByteArray& bytes,
                                                           const InvoiceCsvMapping& m, QString* error)
{
    if (!m.isComplete()) {
        *error =
            tr("The column mapping needs a product code or GTIN, the quantity, the unit price and the VAT "
               "rate.");
        return std::nullopt;
    }
    const QList<QStringList> all = rows(bytes, m.separator);
    const QStringList header = m.header && !all.isEmpty() ? all.first() : QStringList();
    auto columnName = [&](int column) {
        return column < header.size() && !header.at(column).isEmpty() ? header.at(column)
                                                                      : tr("column %1").arg(column + 1);
    };
    QList<SupplierInvoiceLine> lines;
    for (qsizetype r = m.header ? 1 : 0; r < all.size(); ++r) {
        const QStringList& row = all.at(r);
        const int rowNumber = int(r) + 1;
        auto cell = [&](int column) {
            return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
        };
        auto numberAt = [&](int column, std::optional<Decimal>* out) {
            const QString text = cell(column);
            *out = number(text, m.decimalComma);
            if (!*out)
                *error = tr("Row %1, column \"%2\": \"%3\" is not a number.")
                             .arg(rowNumber)
                             .arg(columnName(column), text);
            return out->has_value();
        };
        SupplierInvoiceLine line;
        line.lineId = QString::number(rowNumber);
        line.sku = cell(m.code);
        line.gtin = cell(m.gtin);
        line.name = cell(m.description);
        if (line.sku.isEmpty() && line.gtin.isEmpty()) {
            *error = tr("Row %1: no product code or GTIN.").arg(rowNumber);
            return std::nullopt;
        }
        std::optional<Decimal> quantity, price, rate;
        if (!numberAt(m.quantity, &quantity) || !numberAt(m.unitPrice, &price) || !numberAt(m.vatRate, &rate))
            return std::nullopt;
        if (price->isNegative()) {
            *error = tr("Row %1, column \"%2\": a negative price (%3).")
                         .arg(rowNumber)
                         .arg(columnName(m.unitPrice), cell(m.unitPrice));
            return std::nullopt;
        }
        const std::optional<VatRate> vat = Vat::fromPercent(*rate);
        if (!vat) {
            *error = tr("Row %1, column \"%2\": %3 is not a French VAT rate (5,5, 10 or 20).")
                         .arg(rowNumber)
                         .arg(columnName(m.vatRate), cell(m.vatRate));
            return std::nullopt;
        }
        line.quantity = *quantity;
        line.unitPrice = *price;
        line.vat = *vat;
        line.amount = (line.quantity * line.unitPrice).rounded(2);
        if (m.lineTotal >= 0) {
            std::optional<Decimal> total;
            if (!numberAt(m.lineTotal, &total))
                return std::nullopt;
            if (!Decimal::near(*total, line.amount, Decimal::fromCents(1))) {
                *error = tr("Row %1: the line total %2 is not quantity × unit price (%3).")
                             .arg(rowNumber)
                             .arg(cell(m.lineTotal), line.amount.toString(2));
                return std::nullopt;
            }
            line.amount = *total;
        }
        lines.append(line);
    }
    if (lines.isEmpty()) {
        *error = tr("The file holds no invoice line.");
        return std::nullopt;
    }
    return lines;
}

std::optional<InvoiceCsvMapping> InvoiceCsv::savedMapping(QSqlDatabase& db, const QString& supplierId)
{
    QSqlQuery q(db);
    if (!Database::run(
            q, QStringLiteral("SELECT mapping FROM supplier_invoice_csv_mapping WHERE supplier_id = ?"),
            {supplierId}, "invoice csv mapping") ||
        !q.next())
        return std::nullopt;
    return InvoiceCsvMapping::fromJson(q.value(0).toString());
}

bool InvoiceCsv::saveMapping(QSqlDatabase& db, const QString& supplierId, const InvoiceCsvMapping& mapping,
                             const QDateTime& now, QString* error)
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("INSERT INTO supplier_invoice_csv_mapping (supplier_id, mapping, updated_at) "
                           "VALUES (?, ?, ?) ON CONFLICT (supplier_id) DO UPDATE SET mapping = "
                           "excluded.mapping, updated_at = excluded.updated_at"),
            {supplierId, mapping.toJson(), now.toUTC().toString(Qt::ISODate)}, "save invoice csv mapping")) {
        if (error)
            *error = tr("The column mapping could not be saved.");
        return false;
    }
    return true;
}

} // namespace Moulin
