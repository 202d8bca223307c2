#include "reservation/core/bookerasure.h"

#include "common/core/database.h"
#include "reservation/core/booking.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

/// The history's fields that name or describe the guest.
const char* const kPersonalKeys[] = {"guest_name", "guest_phone", "guest_email", "special_requests",
                                     "allergies"};

} // namespace

BookErasure::BookErasure(Now now)
    : m_now(std::move(now))
{
}

QString BookErasure::area() const
{
    return QStringLiteral("reservation");
}

bool BookErasure::isErased(QSqlDatabase& db, qint64 bookingId)
{
    // Asked for every booking a channel sends: prepared once per connection.
    const QString sql =
        QStringLiteral("SELECT 1 FROM reservation_history WHERE booking_id = ? AND kind = 'erased' LIMIT 1");
    if (QSqlQuery* cached = Database::cachedQuery(db, sql)) {
        cached->bindValue(0, bookingId);
        const bool erased = cached->exec() && cached->next();
        cached->finish();
        return erased;
    }
    QSqlQuery q(db);
    return run(q, sql, {bookingId}, nullptr) && q.next();
}

bool BookErasure::erase(QSqlDatabase& db, const PersonalDataSubject& s, int* rows, QString* error)
{
    const QString now =
        (m_now ? m_now() : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
    int changed = 0;
    QSet<QString> emails, phoneKeys;
    for (const QString& e : s.emails) {
        if (!e.trimmed().isEmpty())
            emails.insert(e.trimmed().toLower());
    }
    for (const QString& p : s.phones) {
        const QString key = bookingPhoneKey(p);
        if (key.size() >= 6)
            phoneKeys.insert(key);
    }

    // The guests: named by the subject, or with one of its e-mails or numbers.
    QSet<qint64> guests;
    QSqlQuery q(db);
    for (const auto& [channel, externalId] : s.guests) {
        if (!run(q, QStringLiteral("SELECT id FROM reservation_guest WHERE channel = ? AND external_id = ?"),
                 {channel, externalId}, error))
            return false;
        while (q.next())
            guests.insert(q.value(0).toLongLong());
    }
    if (!run(q,
             QStringLiteral("SELECT id, email, phone FROM reservation_guest WHERE email IS NOT NULL OR phone "
                            "IS NOT NULL"),
             {}, error))
        return false;
    while (q.next()) {
        if (emails.contains(q.value(1).toString().trimmed().toLower()) ||
            phoneKeys.contains(bookingPhoneKey(q.value(2).toString())))
            guests.insert(q.value(0).toLongLong());
    }

    // The bookings: the subject's, its guests', those with its contacts.
    QSet<qint64> bookings;
    for (const auto& [channel, externalId] : s.bookings) {
        if (!run(q,
                 QStringLiteral("SELECT id FROM reservation_booking WHERE channel = ? AND external_id = ?"),
                 {channel, externalId}, error))
            return false;
        while (q.next())
            bookings.insert(q.value(0).toLongLong());
    }
    for (const qint64 guest : std::as_const(guests)) {
        if (!run(q, QStringLiteral("SELECT id FROM reservation_booking WHERE guest_id = ?"), {guest}, error))
            return false;
        while (q.next())
            bookings.insert(q.value(0).toLongLong());
    }
    for (const QString& key : std::as_const(phoneKeys)) {
        if (!run(q, QStringLiteral("SELECT id FROM reservation_booking WHERE phone_key = ?"), {key}, error))
            return false;
        while (q.next())
            bookings.insert(q.value(0).toLongLong());
    }
    for (const QString& email : std::as_const(emails)) {
        if (!run(q, QStringLiteral("SELECT id FROM reservation_booking WHERE lower(trim(guest_email)) = ?"),
                 {email}, error))
            return false;
        while (q.next())
            bookings.insert(q.value(0).toLongLong());
    }

    const QString erased = erasedGuestName();
    for (const qint64 guest : std::as_const(guests)) {
        if (!run(q,
                 QStringLiteral(
                     "UPDATE reservation_guest SET name = ?, phone = NULL, email = NULL, allergies = NULL, "
                     "dietary = NULL, notes = NULL, newsletter_opt_in = NULL, language = NULL, sms_opt_in = "
                     "NULL, "
                     "updated_at = ? WHERE id = ?"),
                 {erased, now, guest}, error))
            return false;
        changed += q.numRowsAffected();
    }
    for (const qint64 booking : std::as_const(bookings)) {
        if (!run(q,
                 QStringLiteral(
                     "UPDATE reservation_booking SET guest_name = ?, guest_phone = NULL, guest_email = NULL, "
                     "name_key = '', phone_key = '', special_requests = '', allergies = '', updated_at = ? "
                     "WHERE id = ?"),
                 {erased, now, booking}, error))
            return false;
        changed += q.numRowsAffected();
        // The history without the personal fields.
        QList<std::pair<qint64, QString>> entries;
        if (!run(q, QStringLiteral("SELECT id, changes FROM reservation_history WHERE booking_id = ?"),
                 {booking}, error))
            return false;
        while (q.next())
            entries.append({q.value(0).toLongLong(), q.value(1).toString()});
        for (const auto& [id, text] : std::as_const(entries)) {
            QJsonObject changes = QJsonDocument::fromJson(text.toUtf8()).object();
            bool touched = false;
            for (const char* key : kPersonalKeys) {
                if (changes.contains(QLatin1String(key))) {
                    changes.remove(QLatin1String(key));
                    touched = true;
                }
            }
            if (!touched)
                continue;
            if (!run(q, QStringLiteral("UPDATE reservation_history SET changes = ? WHERE id = ?"),
                     {QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), id}, error))
                return false;
            ++changed;
        }
        if (!isErased(db, booking)) {
            if (!run(q,
                     QStringLiteral("INSERT INTO reservation_history (booking_id, at, actor, kind, changes) "
                                    "VALUES (?, ?, 'gdpr', 'erased', '{}')"),
                     {booking, now}, error))
                return false;
        }
    }

    // The waiting list: the guest's entries (seated as their bookings, or
    // with their number).
    if (!run(q, QStringLiteral("SELECT id, booking_id, phone FROM service_waitlist"), {}, error))
        return false;
    QList<qint64> waiting;
    while (q.next()) {
        if ((!q.value(1).isNull() && bookings.contains(q.value(1).toLongLong())) ||
            phoneKeys.contains(bookingPhoneKey(q.value(2).toString())))
            waiting.append(q.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(waiting)) {
        if (!run(q, QStringLiteral("UPDATE service_waitlist SET name = ?, phone = '' WHERE id = ?"),
                 {erased, id}, error))
            return false;
        changed += q.numRowsAffected();
    }
    if (rows)
        *rows = changed;
    return true;
}

} // namespace Moulin
