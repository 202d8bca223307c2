#include "common/sync/quarantineeraser.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

QString QuarantineEraser::area() const
{
    return QStringLiteral("quarantine");
}

bool QuarantineEraser::erase(QSqlDatabase& db, const PersonalDataSubject& s, int* rows, QString* error)
{
    // What names the guest in a provider's bytes: their names and e-mails as
    // written, their numbers as written and as digits.
    QStringList needles;
    for (const QStringList& list : {s.names, s.emails, s.phones}) {
        for (const QString& text : list) {
            const QString t = text.trimmed().toLower();
            if (t.size() >= 5)
                needles << t;
        }
    }
    QList<QByteArray> digits;
    for (const QString& phone : s.phones) {
        QByteArray d;
        for (const QChar c : phone) {
            if (c.isDigit())
                d += char(c.unicode());
        }
        if (d.size() >= 9)
            digits << d.right(9);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, payload FROM quarantine WHERE payload IS NOT NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QList<qint64> named;
    while (q.next()) {
        const QByteArray bytes = q.value(1).toByteArray();
        const QString payload = QString::fromUtf8(bytes).toLower();
        bool hit = false;
        for (const QString& n : std::as_const(needles))
            hit = hit || payload.contains(n);
        if (!hit && !digits.isEmpty()) {
            QByteArray d;
            for (const char c : bytes) {
                if (c >= '0' && c <= '9')
                    d += c;
            }
            for (const QByteArray& n : std::as_const(digits))
                hit = hit || d.contains(n);
        }
        if (hit)
            named << q.value(0).toLongLong();
    }
    q.finish();
    QSqlQuery up(db);
    if (!up.prepare(QStringLiteral("UPDATE quarantine SET payload = NULL WHERE id = ?"))) {
        if (error)
            *error = up.lastError().text();
        return false;
    }
    for (const qint64 id : std::as_const(named)) {
        up.bindValue(0, id);
        if (!up.exec()) {
            if (error)
                *error = up.lastError().text();
            return false;
        }
    }
    if (rows)
        *rows = int(named.size());
    return true;
}

} // namespace Moulin
