#include "pos/core/fecexport.h"

#include "common/core/database.h"
#include "pos/core/money.h"
#include "pos/core/possettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>
#include <map>

namespace Moulin {

namespace {

QString rateKey(int bp)
{
    return Money::formatApi(bp); // 1000 -> "10.00"
}

QString fecDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString();
}

QString amount(qint64 cents)
{
    return Money::formatDecimalComma(cents);
}

struct Latin9
{
    char16_t unicode;
    uchar byte;
};

constexpr Latin9 kLatin9Specials[] = {
    {0x20AC, 0xA4}, {0x0160, 0xA6}, {0x0161, 0xA8}, {0x017D, 0xB4},
    {0x017E, 0xB8}, {0x0152, 0xBC}, {0x0153, 0xBD}, {0x0178, 0xBE},
};

bool latin1OnlyPosition(char16_t c)
{
    for (const Latin9& s : kLatin9Specials) {
        if (s.byte == c)
            return true;
    }
    return false;
}

/// A label as it may go in a FEC field.
QString clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\t':
        case u'\r':
        case u'\n':
        case 0x202F: // narrow no-break space
        case 0x2009:
            out += QLatin1Char(' ');
            continue;
        case 0x2018:
        case 0x2019:
            out += QLatin1Char('\'');
            continue;
        case 0x201C:
        case 0x201D:
            out += QLatin1Char('"');
            continue;
        case 0x2013:
        case 0x2014:
            out += QLatin1Char('-');
            continue;
        case 0x2026:
            out += QStringLiteral("...");
            continue;
        default:
            break;
        }
        if (FecExport::toLatin9(QString(c)))
            out += c;
        else
            out += QLatin1Char('?');
    }
    return out.trimmed();
}

} // namespace

// ---------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------
QList<int> FecMapping::frenchRates()
{
    return {2000, 1000, 550, 210};
}

bool FecMapping::isFrenchRate(int basisPoints)
{
    return frenchRates().contains(basisPoints);
}

bool FecMapping::isValidAccountNumber(const QString& number)
{
    static const QRegularExpression accountRe(QStringLiteral("^[0-9A-Za-z]{3,20}$"));
    return accountRe.match(number).hasMatch();
}

FecMapping FecMapping::defaults()
{
    FecMapping m;
    m.sales = {
        {1000, {QStringLiteral("70711000"), QStringLiteral("Ventes restauration sur place TVA 10 %")}},
        {2000, {QStringLiteral("70712000"), QStringLiteral("Ventes boissons alcoolisées TVA 20 %")}},
        {550, {QStringLiteral("70713000"), QStringLiteral("Ventes à emporter TVA 5,5 %")}},
        {210, {QStringLiteral("70714000"), QStringLiteral("Ventes TVA 2,1 %")}},
    };
    m.vat = {
        {1000, {QStringLiteral("44571100"), QStringLiteral("TVA collectée 10 %")}},
        {2000, {QStringLiteral("44571200"), QStringLiteral("TVA collectée 20 %")}},
        {550, {QStringLiteral("44571300"), QStringLiteral("TVA collectée 5,5 %")}},
        {210, {QStringLiteral("44571400"), QStringLiteral("TVA collectée 2,1 %")}},
    };
    // No payment codes: they are the merchant's own. The till's
    // paymentMethods give their accounting references; the rest is mapped
    // in Paramètres ▸ Comptabilité.
    m.roundingDebit = {QStringLiteral("65800000"),
                       QStringLiteral("Charges diverses de gestion courante - écarts d'arrondi")};
    m.roundingCredit = {QStringLiteral("75800000"),
                        QStringLiteral("Produits divers de gestion courante - écarts d'arrondi")};
    return m;
}

std::optional<FecMapping> FecMapping::withOverride(const QByteArray& json, QString* error)
{
    FecMapping m = defaults();
    if (json.trimmed().isEmpty())
        return m;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = FecExport::tr("The FEC mapping is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    auto account = [&](const QJsonValue& v, const QString& where, FecAccount* out) {
        const QJsonObject a = v.toObject();
        const QString number = a.value(QLatin1String("account")).toString();
        if (!isValidAccountNumber(number)) {
            if (error)
                *error =
                    FecExport::tr("%1: \"account\" must be an account number (3 to 20 letters or digits).")
                        .arg(where);
            return false;
        }
        out->number = number;
        const QString label = a.value(QLatin1String("label")).toString();
        out->label = label.isEmpty() ? out->label : label;
        if (out->label.isEmpty())
            out->label = number;
        return true;
    };
    // unknownSales, unknownPayment, difference: suspense accounts of earlier
    // versions, accepted and ignored.
    const QStringList known{QStringLiteral("journalCode"),    QStringLiteral("journalLabel"),
                            QStringLiteral("sales"),          QStringLiteral("vat"),
                            QStringLiteral("payments"),       QStringLiteral("roundingDebit"),
                            QStringLiteral("roundingCredit"), QStringLiteral("unknownSales"),
                            QStringLiteral("unknownPayment"), QStringLiteral("difference")};
    for (const QString& key : o.keys()) {
        if (!known.contains(key)) {
            if (error)
                *error = FecExport::tr("Unknown key \"%1\" in the FEC mapping.").arg(key);
            return std::nullopt;
        }
    }
    if (o.contains(QLatin1String("journalCode")))
        m.journalCode = o.value(QLatin1String("journalCode")).toString();
    if (o.contains(QLatin1String("journalLabel")))
        m.journalLabel = o.value(QLatin1String("journalLabel")).toString();
    if (m.journalCode.isEmpty() || m.journalLabel.isEmpty()) {
        if (error)
            *error = FecExport::tr("journalCode and journalLabel must not be empty.");
        return std::nullopt;
    }
    for (const char* table : {"sales", "vat"}) {
        const QJsonObject rates = o.value(QLatin1String(table)).toObject();
        QHash<int, FecAccount>& target = qstrcmp(table, "sales") == 0 ? m.sales : m.vat;
        for (auto it = rates.begin(); it != rates.end(); ++it) {
            const std::optional<int> bp = Money::parseRateBasisPoints(it.key());
            if (!bp) {
                if (error)
                    *error = FecExport::tr("%1: \"%2\" is not a VAT rate such as \"10.00\".")
                                 .arg(QLatin1String(table), it.key());
                return std::nullopt;
            }
            FecAccount a = target.value(*bp);
            if (!account(it.value(), QStringLiteral("%1.%2").arg(QLatin1String(table), it.key()), &a))
                return std::nullopt;
            target.insert(*bp, a);
        }
    }
    const QJsonObject payments = o.value(QLatin1String("payments")).toObject();
    for (auto it = payments.begin(); it != payments.end(); ++it) {
        FecAccount a = m.payments.value(it.key());
        if (!account(it.value(), QStringLiteral("payments.%1").arg(it.key()), &a))
            return std::nullopt;
        m.payments.insert(it.key(), a);
    }
    for (auto [key, target] :
         {std::pair{"roundingDebit", &m.roundingDebit}, std::pair{"roundingCredit", &m.roundingCredit}}) {
        if (o.contains(QLatin1String(key)) &&
            !account(o.value(QLatin1String(key)), QLatin1String(key), target))
            return std::nullopt;
    }
    return m;
}

FecMapping FecMapping::load()
{
    QString error;
    const std::optional<FecMapping> m = withOverride(PosSettings::load().fecMappingJson, &error);
    if (!m) {
        qCWarning(lcDatabase).noquote() << "pos/fec_mapping ignored:" << error;
        return defaults();
    }
    return *m;
}

QJsonObject FecMapping::toJson() const
{
    auto acc = [](const FecAccount& a) {
        return QJsonObject{{QStringLiteral("account"), a.number}, {QStringLiteral("label"), a.label}};
    };
    QJsonObject salesJson, vatJson, paymentsJson;
    for (auto it = sales.begin(); it != sales.end(); ++it)
        salesJson.insert(rateKey(it.key()), acc(it.value()));
    for (auto it = vat.begin(); it != vat.end(); ++it)
        vatJson.insert(rateKey(it.key()), acc(it.value()));
    for (auto it = payments.begin(); it != payments.end(); ++it)
        paymentsJson.insert(it.key(), acc(it.value()));
    return QJsonObject{{QStringLiteral("journalCode"), journalCode},
                       {QStringLiteral("journalLabel"), journalLabel},
                       {QStringLiteral("sales"), salesJson},
                       {QStringLiteral("vat"), vatJson},
                       {QStringLiteral("payments"), paymentsJson},
                       {QStringLiteral("roundingDebit"), acc(roundingDebit)},
                       {QStringLiteral("roundingCredit"), acc(roundingCredit)}};
}

// ---------------------------------------------------------------------------
// FEC
// ---------------------------------------------------------------------------
QString FecDocument::fileName() const
{
    return QStringLiteral("%1FEC%2.txt").arg(siren, fecDate(fiscalYearEnd));
}

const QStringList& FecExport::columns()
{
    static const QStringList names{
        QStringLiteral("JournalCode"),  QStringLiteral("JournalLib"),    QStringLiteral("EcritureNum"),
        QStringLiteral("EcritureDate"), QStringLiteral("CompteNum"),     QStringLiteral("CompteLib"),
        QStringLiteral("CompAuxNum"),   QStringLiteral("CompAuxLib"),    QStringLiteral("PieceRef"),
        QStringLiteral("PieceDate"),    QStringLiteral("EcritureLib"),   QStringLiteral("Debit"),
        QStringLiteral("Credit"),       QStringLiteral("EcritureLet"),   QStringLiteral("DateLet"),
        QStringLiteral("ValidDate"),    QStringLiteral("Montantdevise"), QStringLiteral("Idevise")};
    return names;
}

FecDocument FecExport::build(QSqlDatabase db, const SalesPeriod& period, const FecMapping& mapping,
                             const QString& siren, const QDate& fiscalYearEnd, const QDate& validationDate)
{
    FecDocument doc;
    doc.siren = siren;
    doc.fiscalYearEnd = fiscalYearEnd;
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return doc;

    struct Payment
    {
        QString method;
        QString code;
        qint64 cents = 0;
    };
    struct Day
    {
        std::map<int, std::pair<qint64, qint64>> vat; // bp -> (base, tax)
        QList<Payment> payments;
    };
    std::map<QString, Day> days;
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT day, vat_bp, sum(base_cents), sum(tax_cents) FROM pos_rollup_vat_daily "
                           "WHERE day BETWEEN ? AND ? GROUP BY day, vat_bp ORDER BY day, vat_bp"));
        q.addBindValue(from);
        q.addBindValue(to);
        if (Database::exec(q, "FEC VAT per day")) {
            while (q.next()) {
                auto& v = days[q.value(0).toString()].vat[q.value(1).toInt()];
                v.first += q.value(2).toLongLong();
                v.second += q.value(3).toLongLong();
            }
        }
        q.prepare(
            QStringLiteral("SELECT day, method, code, sum(amount_cents) FROM pos_rollup_payment_daily WHERE "
                           "day BETWEEN ? AND ? GROUP BY day, method ORDER BY day, method"));
        q.addBindValue(from);
        q.addBindValue(to);
        if (Database::exec(q, "FEC payments per day")) {
            while (q.next())
                days[q.value(0).toString()].payments.append(
                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
        }
    }

    // The till's own accounting references, by payment code.
    QHash<QString, QString> tillAccounts;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT code, name, accounting_reference FROM pos_payment_method"))) {
            while (q.next()) {
                const QString reference = q.value(2).toString().trimmed();
                if (FecMapping::isValidAccountNumber(reference))
                    tillAccounts.insert(q.value(0).toString(), reference);
            }
        }
    }

    QStringList warned;
    auto error = [&doc](const QString& text) {
        if (!doc.errors.contains(text))
            doc.errors.append(text);
    };
    const QString where = tr("Map it in Settings ▸ Accounting.");
    int number = 0;
    for (const auto& [dayText, day] : days) {
        const QDate date = QDate::fromString(dayText, Qt::ISODate);
        QList<FecLine> entry;
        const QString piece = QStringLiteral("Z%1").arg(fecDate(date));
        // The entries' labels are French whatever the interface's language:
        // the file goes to a French accountant and the tax administration.
        const QString dayLabel = date.toString(QStringLiteral("dd/MM/yyyy"));
        auto add = [&](const FecAccount& account, const QString& label, qint64 debit, qint64 credit) {
            // One side only; a negative amount goes to the other side.
            qint64 net = debit - credit;
            if (net == 0)
                return;
            FecLine l;
            l.journalCode = mapping.journalCode;
            l.journalLabel = mapping.journalLabel;
            l.entryDate = date;
            l.account = account.number;
            l.accountLabel = account.label;
            l.pieceRef = piece;
            l.pieceDate = date;
            l.label = label;
            l.debitCents = net > 0 ? net : 0;
            l.creditCents = net < 0 ? -net : 0;
            l.validDate = validationDate;
            entry.append(l);
        };
        qint64 paid = 0, sold = 0;
        for (const Payment& p : day.payments) {
            FecAccount account = mapping.payments.value(p.code);
            if (account.number.isEmpty() && !p.code.isEmpty() && tillAccounts.contains(p.code))
                account = {tillAccounts.value(p.code), p.method};
            if (account.number.isEmpty())
                account = mapping.payments.value(p.method); // mapped by its name
            if (account.number.isEmpty()) {
                const QString code = p.code.isEmpty() ? p.method : p.code;
                if (!doc.unmappedPaymentCodes.contains(code))
                    doc.unmappedPaymentCodes.append(code);
                error(tr("The payment method « %1 » (code %2) of the till has no account. %3")
                          .arg(p.method, code, where));
                paid += p.cents;
                continue;
            }
            add(account, QStringLiteral("Z %1 - %2").arg(dayLabel, p.method), p.cents, 0);
            paid += p.cents;
        }
        for (const auto& [bp, amounts] : day.vat) {
            const FecAccount salesAccount = mapping.sales.value(bp);
            const FecAccount vatAccount = mapping.vat.value(bp);
            if (!FecMapping::isFrenchRate(bp)) {
                if (!doc.unmappedRates.contains(bp))
                    doc.unmappedRates.append(bp);
                error(tr("Sales of %1 carry a VAT rate of %2, which is not a French rate (20 %, 10 %, "
                         "5,5 %, 2,1 %): check the rate on the till, then synchronise again.")
                          .arg(QLocale(QLocale::French).toString(date, QStringLiteral("d MMMM yyyy")),
                               Money::formatRateFrench(bp)));
                sold += amounts.first + amounts.second;
                continue;
            }
            if (salesAccount.number.isEmpty() || vatAccount.number.isEmpty()) {
                if (!doc.unmappedRates.contains(bp))
                    doc.unmappedRates.append(bp);
                error(tr("The VAT rate %1 has no sales or VAT account. %2")
                          .arg(Money::formatRateFrench(bp), where));
                sold += amounts.first + amounts.second;
                continue;
            }
            add(salesAccount,
                QStringLiteral("Z %1 - Ventes HT %2").arg(dayLabel, Money::formatRateFrench(bp)), 0,
                amounts.first);
            add(vatAccount, QStringLiteral("Z %1 - TVA %2").arg(dayLabel, Money::formatRateFrench(bp)), 0,
                amounts.second);
            sold += amounts.first + amounts.second;
        }
        // Rounding cents of the till's six-decimal amounts (receipts whose
        // payments do not match their lines are in the quarantine, not here).
        if (paid != sold) {
            const qint64 gap = paid - sold;
            add(gap < 0 ? mapping.roundingDebit : mapping.roundingCredit,
                QStringLiteral("Z %1 - Écart d'arrondi").arg(dayLabel), 0, gap);
            if (std::abs(gap) > 100) {
                const QString w = tr("On %1 the payments and the sales differ by %2 €: worth a look at the "
                                     "till's Z report.")
                                      .arg(dayLabel, amount(std::abs(gap)));
                if (!warned.contains(w))
                    warned.append(w);
            }
        }
        if (entry.isEmpty())
            continue;
        ++number;
        for (FecLine& l : entry) {
            l.entryNumber = number;
            doc.lines.append(l);
        }
    }
    doc.warnings = warned;
    return doc;
}

std::optional<QByteArray> FecExport::toLatin9(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x100 && !latin1OnlyPosition(u)) {
            out.append(char(u));
            continue;
        }
        bool found = false;
        for (const Latin9& s : kLatin9Specials) {
            if (s.unicode == u) {
                out.append(char(s.byte));
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return out;
}

QString FecExport::fromLatin9(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const uchar b = uchar(ch);
        char16_t u = b;
        for (const Latin9& s : kLatin9Specials) {
            if (s.byte == b)
                u = s.unicode;
        }
        out.append(QChar(u));
    }
    return out;
}

QByteArray FecExport::encode(const FecDocument& document)
{
    QString text = columns().join(QLatin1Char('\t')) + QStringLiteral("\r\n");
    for (const FecLine& l : document.lines) {
        const QStringList fields{
            clean(l.journalCode),  clean(l.journalLabel),   QString::number(l.entryNumber),
            fecDate(l.entryDate),  clean(l.account),        clean(l.accountLabel),
            clean(l.auxAccount),   clean(l.auxLabel),       clean(l.pieceRef),
            fecDate(l.pieceDate),  clean(l.label),          amount(l.debitCents),
            amount(l.creditCents), clean(l.letter),         fecDate(l.letterDate),
            fecDate(l.validDate),  clean(l.currencyAmount), clean(l.currency)};
        text += fields.join(QLatin1Char('\t'));
        text += QStringLiteral("\r\n");
    }
    return toLatin9(text).value_or(QByteArray()); // clean() leaves only Latin-9
}

QList<FecIssue> FecExport::validate(const QByteArray& file)
{
    QList<FecIssue> issues;
    if (file.startsWith("\xEF\xBB\xBF"))
        issues.append({1, tr("The file starts with a UTF-8 byte order mark; a FEC is ISO 8859-15.")});
    bool high = false;
    for (char c : file) {
        if (uchar(c) >= 0x80) {
            high = true;
            break;
        }
    }
    if (high) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(file);
        if (!utf8.hasError() && decoded.size() < file.size())
            issues.append({0, tr("The file is encoded in UTF-8; a FEC must be ISO 8859-15.")});
    }
    const QString text = fromLatin9(file);
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        issues.append({0, tr("The file is empty.")});
        return issues;
    }
    for (QString& l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    if (header != columns())
        issues.append(
            {1, tr("The first line must name the 18 columns JournalCode … Idevise, separated by tabs.")});

    static const QRegularExpression amountRe(QStringLiteral("^-?\\d+(,\\d{1,2})?$"));
    static const QRegularExpression accountRe(QStringLiteral("^[0-9A-Za-z]{3,}$"));
    auto cents = [](const QString& a) {
        return Money::parseCents(QString(a).replace(u',', u'.')).value_or(0);
    };
    auto validDate = [](const QString& d) {
        return d.size() == 8 && QDate::fromString(d, QStringLiteral("yyyyMMdd")).isValid();
    };

    struct Entry
    {
        QString number;
        int firstLine = 0;
        qint64 debit = 0, credit = 0;
        QDate date;
    };
    std::optional<Entry> current;
    QSet<QString> seen;
    std::optional<qint64> previousNumber;
    QDate previousDate;
    qint64 totalDebit = 0, totalCredit = 0;
    auto closeEntry = [&]() {
        if (!current)
            return;
        if (current->debit != current->credit)
            issues.append({current->firstLine,
                           tr("Entry %1 is not balanced: debit %2, credit %3.")
                               .arg(current->number, amount(current->debit), amount(current->credit))});
        current.reset();
    };

    for (int i = 1; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QStringList f = lines.at(i).split(QLatin1Char('\t'));
        if (f.size() != 18) {
            issues.append({lineNo, tr("%1 columns instead of 18.").arg(f.size())});
            continue;
        }
        auto need = [&](int column) {
            if (f.at(column).trimmed().isEmpty())
                issues.append({lineNo, tr("%1 is empty.").arg(columns().at(column))});
        };
        for (int column : {0, 1, 2, 4, 5, 8, 10})
            need(column);
        for (int column : {3, 9, 15}) {
            if (!validDate(f.at(column)))
                issues.append(
                    {lineNo,
                     tr("%1 is not a date AAAAMMJJ (\"%2\").").arg(columns().at(column), f.at(column))});
        }
        if (!f.at(14).isEmpty() && !validDate(f.at(14)))
            issues.append({lineNo, tr("DateLet is not a date AAAAMMJJ (\"%1\").").arg(f.at(14))});
        if (!f.at(4).isEmpty() && !accountRe.match(f.at(4)).hasMatch())
            issues.append({lineNo, tr("CompteNum \"%1\" is not an account number.").arg(f.at(4))});
        bool amountsOk = true;
        for (int column : {11, 12}) {
            if (!amountRe.match(f.at(column)).hasMatch()) {
                issues.append({lineNo, tr("%1 \"%2\" is not an amount with a decimal comma and no thousands "
                                          "separator.")
                                           .arg(columns().at(column), f.at(column))});
                amountsOk = false;
            }
        }
        const qint64 debit = amountsOk ? cents(f.at(11)) : 0;
        const qint64 credit = amountsOk ? cents(f.at(12)) : 0;
        if (debit != 0 && credit != 0)
            issues.append({lineNo, tr("Both Debit and Credit are set.")});
        if (f.at(16).isEmpty() != f.at(17).isEmpty())
            issues.append({lineNo, tr("Montantdevise and Idevise go together.")});

        const QString number = f.at(2);
        const QDate date = QDate::fromString(f.at(3), QStringLiteral("yyyyMMdd"));
        if (!current || current->number != number) {
            closeEntry();
            if (seen.contains(number))
                issues.append({lineNo, tr("The lines of entry %1 are not together.").arg(number)});
            seen.insert(number);
            // Continuous numbering: the trailing digits go up by one.
            static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
            const QRegularExpressionMatch m = digits.match(number);
            if (!m.hasMatch()) {
                issues.append({lineNo, tr("EcritureNum \"%1\" has no sequence number.").arg(number)});
            } else {
                const qint64 n = m.captured(1).toLongLong();
                if (previousNumber && n != *previousNumber + 1)
                    issues.append({lineNo, tr("EcritureNum %1 follows %2: the numbering must be continuous.")
                                               .arg(number)
                                               .arg(*previousNumber)});
                previousNumber = n;
            }
            if (date.isValid() && previousDate.isValid() && date < previousDate)
                issues.append({lineNo, tr("Entry %1 is dated before the previous one: entries must be in "
                                          "chronological order.")
                                           .arg(number)});
            if (date.isValid())
                previousDate = date;
            current = Entry{number, lineNo, 0, 0, date};
        } else if (date != current->date) {
            issues.append({lineNo, tr("The lines of entry %1 have different dates.").arg(number)});
        }
        current->debit += debit;
        current->credit += credit;
        totalDebit += debit;
        totalCredit += credit;
    }
    closeEntry();
    if (totalDebit != totalCredit)
        issues.append({0, tr("The file is not balanced: total debit %1, total credit %2.")
                              .arg(amount(totalDebit), amount(totalCredit))});
    std::stable_sort(issues.begin(), issues.end(),
                     [](const FecIssue& a, const FecIssue& b) { return a.line < b.line; });
    return issues;
}

bool FecExport::isValidSiren(const QString& siren)
{
    static const QRegularExpression nine(QStringLiteral("^\\d{9}$"));
    if (!nine.match(siren).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        int d = siren.at(8 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

bool FecExport::isValidFileName(const QString& fileName, QString* why)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{9})FEC(\\d{8})\\.txt$"));
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch()) {
        if (why)
            *why = tr("The file name must be <SIREN>FEC<AAAAMMJJ>.txt.");
        return false;
    }
    if (!isValidSiren(m.captured(1))) {
        if (why)
            *why = tr("%1 is not a valid SIREN.").arg(m.captured(1));
        return false;
    }
    if (!QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd")).isValid()) {
        if (why)
            *why = tr("%1 is not a date AAAAMMJJ.").arg(m.captured(2));
        return false;
    }
    return true;
}

bool FecExport::write(const FecDocument& document, const QString& directory, QString* writtenPath,
                      QList<FecIssue>* issues)
{
    QList<FecIssue> found;
    for (const QString& error : document.errors)
        found.append({0, error});
    QString why;
    if (!isValidFileName(document.fileName(), &why))
        found.append({0, why});
    if (document.lines.isEmpty())
        found.append({0, tr("There is nothing to export for this period.")});
    const QByteArray bytes = encode(document);
    found += validate(bytes);
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return false;
    const QString path = QDir(directory).filePath(document.fileName());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (issues)
            issues->append(
                {0,
                 tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

// ---------------------------------------------------------------------------
// Z de caisse
// ---------------------------------------------------------------------------
QByteArray ZReport::csv(QSqlDatabase db, const SalesPeriod& period)
{
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return {};
    struct Row
    {
        qint64 gross = 0, net = 0, tax = 0, receipts = 0, covers = 0, voids = 0, refunds = 0;
        QMap<int, std::pair<qint64, qint64>> vat;
        QHash<QString, qint64> payments;
    };
    QMap<QString, Row> rows;
    QMap<int, bool> rates;
    QHash<QString, qint64> methodTotals;
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT day, sum(gross_cents), sum(net_cents), sum(tax_cents), sum(receipts), "
                       "sum(covers), sum(voids), sum(refund_cents) FROM pos_rollup_daily WHERE day BETWEEN ? "
                       "AND ? GROUP BY day"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (Database::exec(q, "Z report days")) {
        while (q.next()) {
            Row& r = rows[q.value(0).toString()];
            r.gross = q.value(1).toLongLong();
            r.net = q.value(2).toLongLong();
            r.tax = q.value(3).toLongLong();
            r.receipts = q.value(4).toLongLong();
            r.covers = q.value(5).toLongLong();
            r.voids = q.value(6).toLongLong();
            r.refunds = q.value(7).toLongLong();
        }
    }
    q.prepare(
        QStringLiteral("SELECT day, vat_bp, sum(base_cents), sum(tax_cents) FROM pos_rollup_vat_daily WHERE "
                       "day BETWEEN ? AND ? GROUP BY day, vat_bp"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (Database::exec(q, "Z report VAT")) {
        while (q.next()) {
            auto& v = rows[q.value(0).toString()].vat[q.value(1).toInt()];
            v.first += q.value(2).toLongLong();
            v.second += q.value(3).toLongLong();
            rates.insert(q.value(1).toInt(), true);
        }
    }
    q.prepare(QStringLiteral("SELECT day, method, sum(amount_cents) FROM pos_rollup_payment_daily WHERE day "
                             "BETWEEN ? AND ? GROUP BY day, method"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (Database::exec(q, "Z report payments")) {
        while (q.next()) {
            rows[q.value(0).toString()].payments[q.value(1).toString()] += q.value(2).toLongLong();
            methodTotals[q.value(1).toString()] += q.value(2).toLongLong();
        }
    }
    QStringList methods = methodTotals.keys();
    std::sort(methods.begin(), methods.end(), [&methodTotals](const QString& a, const QString& b) {
        return methodTotals.value(a) != methodTotals.value(b) ? methodTotals.value(a) > methodTotals.value(b)
                                                              : a < b;
    });

    auto field = [](QString s) {
        if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
        return s;
    };
    QStringList header{tr("Date"),
                       tr("Receipts"),
                       tr("Covers"),
                       tr("Average ticket incl. VAT"),
                       tr("Sales incl. VAT"),
                       tr("Sales excl. VAT"),
                       tr("VAT")};
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        header << tr("Base excl. VAT %1").arg(Money::formatRateFrench(it.key()))
               << tr("VAT %1").arg(Money::formatRateFrench(it.key()));
    }
    for (const QString& m : std::as_const(methods))
        header << m;
    header << tr("Voided receipts") << tr("Refunds incl. VAT");

    QString out = QStringLiteral("\uFEFF");
    QStringList headerFields;
    for (const QString& h : std::as_const(header))
        headerFields << field(h);
    out += headerFields.join(QLatin1Char(';')) + QStringLiteral("\r\n");

    Row total;
    auto line = [&](const QString& label, const Row& r) {
        QStringList f{field(label),
                      QString::number(r.receipts),
                      QString::number(r.covers),
                      amount(r.receipts > 0 ? Money::divRound(r.gross, r.receipts) : 0),
                      amount(r.gross),
                      amount(r.net),
                      amount(r.tax)};
        for (auto it = rates.begin(); it != rates.end(); ++it) {
            const auto v = r.vat.value(it.key());
            f << amount(v.first) << amount(v.second);
        }
        for (const QString& m : std::as_const(methods))
            f << amount(r.payments.value(m));
        f << QString::number(r.voids) << amount(r.refunds);
        out += f.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        const Row r = rows.value(d.toString(Qt::ISODate));
        line(d.toString(QStringLiteral("dd/MM/yyyy")), r);
        total.gross += r.gross;
        total.net += r.net;
        total.tax += r.tax;
        total.receipts += r.receipts;
        total.covers += r.covers;
        total.voids += r.voids;
        total.refunds += r.refunds;
        for (auto it = r.vat.begin(); it != r.vat.end(); ++it) {
            total.vat[it.key()].first += it.value().first;
            total.vat[it.key()].second += it.value().second;
        }
        for (auto it = r.payments.begin(); it != r.payments.end(); ++it)
            total.payments[it.key()] += it.value();
    }
    line(tr("Total"), total);
    return out.toUtf8();
}

} // namespace Moulin
