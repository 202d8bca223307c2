#include "pos/core/poserasure.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

namespace {

/// Lower case, accents dropped, every run of other characters one space.
QString fold(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' ');
    }
    return QLatin1Char(' ') + out.simplified() + QLatin1Char(' ');
}

QString digits(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

QString PosErasure::area() const
{
    return QStringLiteral("pos");
}

bool PosErasure::erase(QSqlDatabase& db, const PersonalDataSubject& s, int* rows, QString* error)
{
    QStringList fullNames, words, emails, numbers;
    for (const QString& name : s.names) {
        const QString folded = fold(name);
        if (folded.trimmed().isEmpty())
            continue;
        fullNames << folded;
        for (const QString& w : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.size() >= 3)
                words << QLatin1Char(' ') + w + QLatin1Char(' ');
        }
    }
    for (const QString& e : s.emails) {
        if (!e.trimmed().isEmpty())
            emails << e.trimmed().toLower();
    }
    for (const QString& p : s.phones) {
        const QString d = digits(p);
        if (d.size() >= 9)
            numbers << d.right(9);
    }
    const QSet<QString> theirs(s.receiptIds.cbegin(), s.receiptIds.cend());

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT receipt_id, account_reference FROM pos_receipt WHERE account_reference "
                           "IS NOT NULL AND account_reference <> ''"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QStringList clear;
    while (q.next()) {
        const QString reference = q.value(1).toString();
        const QString folded = fold(reference);
        const QString lower = reference.toLower();
        bool named = false;
        for (const QString& n : std::as_const(fullNames))
            named = named || folded.contains(n);
        for (const QString& e : std::as_const(emails))
            named = named || lower.contains(e);
        const QString d = digits(reference);
        for (const QString& n : std::as_const(numbers))
            named = named || (d.size() >= 9 && d.contains(n));
        if (!named && theirs.contains(q.value(0).toString())) {
            for (const QString& w : std::as_const(words))
                named = named || folded.contains(w);
        }
        if (named)
            clear << q.value(0).toString();
    }
    q.finish();
    QSqlQuery up(db);
    if (!up.prepare(QStringLiteral("UPDATE pos_receipt SET account_reference = NULL WHERE receipt_id = ?"))) {
        if (error)
            *error = up.lastError().text();
        return false;
    }
    for (const QString& id : std::as_const(clear)) {
        up.bindValue(0, id);
        if (!up.exec()) {
            if (error)
                *error = up.lastError().text();
            return false;
        }
    }
    if (rows)
        *rows = int(clear.size());
    return true;
}

} // namespace Moulin
