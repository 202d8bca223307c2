#include "reservation/core/bookstore.h"

#include "common/core/database.h"
#include "reservation/core/bookerasure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace Moulin {

namespace {

QString iso(const QDateTime& t)
{
    if (!t.isValid())
        return QString();
    // QDateTime::toString(Qt::ISODateWithMs) of the UTC time, without its
    // formatting machinery (several calls a booking on a sync's hot path):
    // "2026-12-06T19:30:00.000Z".
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, time.hour(), 2);
    text[13] = ':';
    put(14, time.minute(), 2);
    text[16] = ':';
    put(17, time.second(), 2);
    text[19] = '.';
    put(20, time.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

/// For NOT NULL text columns: a null QString binds as NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, const char* what, QString* error)
{
    if (Database::run(q, sql, binds, what))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

/// Two bookings of different channels are probably one when they are on the
/// same day and service, within this many minutes, with the same phone or
/// the same name.
constexpr int kDuplicateWindowMinutes = 120;

const char kBookingColumns[] =
    "b.id, b.channel, b.external_id, b.starts_at, b.day, b.service, b.local_time, b.party_size, b.status, "
    "b.guest_name, b.guest_phone, b.guest_email, b.special_requests, b.allergies, b.provider_version, "
    "b.booked_at, b.updated_at, b.zone_wish, b.zone_required, EXISTS (SELECT 1 FROM reservation_duplicate d "
    "JOIN reservation_booking o ON "
    "o.id = (CASE WHEN d.booking_a = b.id THEN d.booking_b ELSE d.booking_a END) WHERE d.resolution IS NULL "
    "AND (d.booking_a = b.id OR d.booking_b = b.id) AND o.status NOT IN ('cancelled', 'refused'))";

Booking readBooking(const QSqlQuery& q)
{
    Booking b;
    b.id = q.value(0).toLongLong();
    b.channel = q.value(1).toString();
    b.externalId = q.value(2).toString();
    b.startsAt = fromIso(q.value(3));
    b.day = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    b.service = q.value(5).toInt();
    b.localTime = q.value(6).toString();
    b.partySize = q.value(7).toInt();
    b.status = bookingStatusFromKey(q.value(8).toString()).value_or(BookingStatus::Confirmed);
    b.guestName = q.value(9).toString();
    b.guestPhone = q.value(10).toString();
    b.guestEmail = q.value(11).toString();
    b.specialRequests = q.value(12).toString();
    b.allergies = q.value(13).toString();
    b.version = q.value(14).toLongLong();
    b.bookedAt = fromIso(q.value(15));
    b.updatedAt = fromIso(q.value(16));
    b.zoneWish = q.value(17).toString();
    b.zoneRequired = q.value(18).toBool();
    b.possibleDuplicate = q.value(19).toBool();
    return b;
}

/// The guest's allergies and dietary needs travel with the booking, so
/// that the host sees them in the list without opening the profile.
QString allergiesOf(const BookingGuest& guest)
{
    QStringList parts;
    for (const QString& part : {guest.allergies, guest.dietary}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(" ; "));
}

QJsonArray pair(const QJsonValue& before, const QJsonValue& after)
{
    return QJsonArray{before, after};
}

} // namespace

/// A statement of the book: the thread connection's prepared one
/// (Database::cachedQuery(), reset when the Stmt goes), or one of its own
/// when that one is in use further up (the same SQL, nested) or there is none.
class BookStore::Stmt
{
public:
    explicit Stmt(QSqlDatabase& db)
        : m_db(db)
    {
    }
    ~Stmt()
    {
        if (m_cached) {
            m_cached->finish();
            inUse().remove(m_cached);
        }
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool run(const QString& sql, const QVariantList& binds, const char* what, QString* error)
    {
        Q_ASSERT(!m_query);
        QSqlQuery* cached = Database::cachedQuery(m_db, sql);
        if (cached && !inUse().contains(cached)) {
            m_cached = cached;
            inUse().insert(cached);
            m_query = cached;
            for (qsizetype i = 0; i < binds.size(); ++i)
                m_query->bindValue(int(i), binds.at(i));
            if (Database::exec(*m_query, what))
                return true;
            if (error)
                *error = QStringLiteral("%1: %2").arg(QLatin1String(what), m_query->lastError().text());
            return false;
        }
        m_local.emplace(m_db);
        m_query = &*m_local;
        return Moulin::run(*m_query, sql, binds, what, error);
    }

    QSqlQuery* operator->() { return m_query; }
    QSqlQuery& operator*() { return *m_query; }

private:
    static QSet<QSqlQuery*>& inUse()
    {
        thread_local QSet<QSqlQuery*> queries;
        return queries;
    }

    QSqlDatabase& m_db;
    QSqlQuery* m_cached = nullptr;
    std::optional<QSqlQuery> m_local;
    QSqlQuery* m_query = nullptr;
};

BookStore::BookStore(const ServiceCalendar& calendar, Now now)
    : m_calendar(calendar)
    , m_now(std::move(now))
{
}

QDateTime BookStore::now() const
{
    return (m_now ? m_now() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString BookStore::validate(const BookingRecord& r)
{
    if (r.channel.isEmpty())
        return tr("The booking has no channel.");
    if (r.externalId.trimmed().isEmpty())
        return tr("The booking has no id (reservation_id).");
    if (!r.startsAt.isValid())
        return tr("The booking has no valid date and time (date).");
    if (r.partySize <= 0)
        return tr("The party size must be a positive number (party_size: %1).").arg(r.partySize);
    if (r.partySize > 500)
        return tr("The party size is not plausible (party_size: %1).").arg(r.partySize);
    return QString();
}

bool BookStore::addHistory(QSqlDatabase& db, qint64 bookingId, const QString& actor, const QString& kind,
                           const QJsonObject& changes, QString* error)
{
    Stmt q(db);
    return q.run(QStringLiteral("INSERT INTO reservation_history(booking_id, at, actor, kind, changes) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {bookingId, iso(now()), actor, kind,
                  QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))},
                 "insert booking history", error);
}

std::optional<qint64> BookStore::upsertGuest(QSqlDatabase& db, const QString& channel, const BookingGuest& g,
                                             qint64 version, QString* error)
{
    const std::optional<qint64> id = storeGuest(db, channel, g, version, error);
    if (!id || *id == 0)
        return id;
    if (!refreshGuestBookings(db, *id, error))
        return std::nullopt;
    return id;
}

std::optional<qint64> BookStore::replaceGuest(QSqlDatabase& db, const QString& channel, const BookingGuest& g,
                                              QString* error)
{
    qint64 version = 0;
    {
        Stmt q(db);
        if (!q.run(QStringLiteral("SELECT provider_version FROM reservation_guest WHERE channel = ? AND "
                                  "external_id = ?"),
                   {channel, g.externalId}, "read guest version", error))
            return std::nullopt;
        if (q->next())
            version = q->value(0).toLongLong();
    }
    return upsertGuest(db, channel, g, version, error);
}

std::optional<qint64> BookStore::storeGuest(QSqlDatabase& db, const QString& channel, const BookingGuest& g,
                                            qint64 version, QString* error, bool* changed)
{
    if (changed)
        *changed = false;
    if (g.externalId.isEmpty())
        return std::optional<qint64>(0);
    if (changed) {
        // A guest the book knows, changed at the channel (a newer version
        // with other details): the caller refreshes its other bookings.
        Stmt old(db);
        if (!old.run(QStringLiteral("SELECT name, phone, email, allergies, dietary, provider_version FROM "
                                    "reservation_guest WHERE channel = ? AND external_id = ?"),
                     {channel, g.externalId}, "read guest", error))
            return std::nullopt;
        if (old->next() && version >= old->value(5).toLongLong())
            *changed = old->value(0).toString() != g.name || old->value(1).toString() != g.phone ||
                       old->value(2).toString() != g.email || old->value(3).toString() != g.allergies ||
                       old->value(4).toString() != g.dietary;
    }
    Stmt q(db);
    const QVariant optIn = g.newsletterOptIn ? QVariant(*g.newsletterOptIn ? 1 : 0) : QVariant();
    const QVariant smsOptIn = g.smsOptIn ? QVariant(*g.smsOptIn ? 1 : 0) : QVariant();
    if (!q.run(
            QStringLiteral(
                "INSERT INTO reservation_guest(channel, external_id, name, phone, email, allergies, dietary, "
                "notes, newsletter_opt_in, language, sms_opt_in, provider_version, updated_at) VALUES (?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(channel, external_id) DO UPDATE SET name = "
                "excluded.name, phone = excluded.phone, email = excluded.email, allergies = "
                "excluded.allergies, dietary = excluded.dietary, notes = excluded.notes, newsletter_opt_in = "
                "excluded.newsletter_opt_in, language = excluded.language, sms_opt_in = excluded.sms_opt_in, "
                "provider_version = excluded.provider_version, updated_at = excluded.updated_at WHERE "
                "excluded.provider_version >= reservation_guest.provider_version"),
            {channel, g.externalId, nn(g.name), textOrNull(g.phone), textOrNull(g.email),
             textOrNull(g.allergies), textOrNull(g.dietary), textOrNull(g.notes), optIn,
             textOrNull(g.language), smsOptIn, version, iso(now())},
            "upsert guest", error))
        return std::nullopt;
    Stmt id(db);
    if (!id.run(QStringLiteral("SELECT id FROM reservation_guest WHERE channel = ? AND external_id = ?"),
                {channel, g.externalId}, "read guest id", error) ||
        !id->next())
        return std::nullopt;
    return id->value(0).toLongLong();
}

std::optional<qint64> BookStore::linkGuest(QSqlDatabase& db, const QString& channel, BookingGuest* g,
                                           QString* error)
{
    if (g->externalId.isEmpty())
        return std::optional<qint64>(0);
    // Version 0: whatever the channel sends about the guest replaces it.
    Stmt add(db);
    if (!add.run(QStringLiteral(
                     "INSERT INTO reservation_guest(channel, external_id, provider_version, updated_at) "
                     "VALUES (?, ?, 0, ?) ON CONFLICT(channel, external_id) DO NOTHING"),
                 {channel, g->externalId, iso(now())}, "link guest", error))
        return std::nullopt;
    Stmt q(db);
    if (!q.run(
            QStringLiteral("SELECT id, name, phone, email, allergies, dietary FROM reservation_guest WHERE "
                           "channel = ? AND external_id = ?"),
            {channel, g->externalId}, "read linked guest", error) ||
        !q->next())
        return std::nullopt;
    g->name = q->value(1).toString();
    g->phone = q->value(2).toString();
    g->email = q->value(3).toString();
    g->allergies = q->value(4).toString();
    g->dietary = q->value(5).toString();
    return q->value(0).toLongLong();
}

bool BookStore::refreshGuestBookings(QSqlDatabase& db, qint64 guestId, QString* error)
{
    BookingGuest guest;
    {
        Stmt g(db);
        if (!g.run(QStringLiteral(
                       "SELECT name, phone, email, allergies, dietary FROM reservation_guest WHERE id = ?"),
                   {guestId}, "read guest", error) ||
            !g->next())
            return false;
        guest.name = g->value(0).toString();
        guest.phone = g->value(1).toString();
        guest.email = g->value(2).toString();
        guest.allergies = g->value(3).toString();
        guest.dietary = g->value(4).toString();
    }
    const QString allergies = allergiesOf(guest);
    // Only the bookings that differ: their keys change, so they are checked
    // again for duplicates.
    const QVariantList binds{guestId, nn(guest.name), nn(guest.phone), nn(guest.email), nn(allergies)};
    const QString differs = QStringLiteral(
        "guest_id = ? AND (guest_name <> ? OR IFNULL(guest_phone, '') <> ? OR IFNULL(guest_email, '') <> ? "
        "OR allergies <> ?)");
    QList<qint64> changed;
    {
        Stmt ids(db);
        if (!ids.run(QStringLiteral("SELECT id FROM reservation_booking WHERE ") + differs, binds,
                     "find guest bookings", error))
            return false;
        while (ids->next())
            changed.append(ids->value(0).toLongLong());
    }
    if (changed.isEmpty())
        return true;
    Stmt up(db);
    if (!up.run(
            QStringLiteral("UPDATE reservation_booking SET guest_name = ?, guest_phone = ?, guest_email = ?, "
                           "name_key = ?, phone_key = ?, allergies = ?, updated_at = ? WHERE ") +
                differs,
            QVariantList{nn(guest.name), textOrNull(guest.phone), textOrNull(guest.email),
                         nn(bookingNameKey(guest.name)), nn(bookingPhoneKey(guest.phone)), nn(allergies),
                         iso(now())} +
                binds,
            "refresh guest bookings", error))
        return false;
    for (const qint64 id : std::as_const(changed)) {
        bool ok = true;
        flagDuplicates(db, id, error, &ok);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<BookStore::Applied> BookStore::apply(QSqlDatabase& db, const BookingRecord& incoming,
                                                   QString* error)
{
    const QString invalid = validate(incoming);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }

    // A guest named by reference: the booking carries what the book knows of
    // it (nothing yet when it has not arrived).
    BookingRecord linked;
    std::optional<qint64> guestId;
    bool guestChanged = false;
    // An erased booking (bookerasure.h) sent again: its time, size and
    // status, never its guest.
    const std::optional<Booking> stored = this->stored(db, incoming.channel, incoming.externalId);
    const bool erased = stored && BookErasure::isErased(db, stored->id);
    if (erased) {
        linked = incoming;
        linked.guest = BookingGuest();
        linked.guest.name = erasedGuestName();
        linked.specialRequests.clear();
        guestId = std::optional<qint64>(0);
    } else if (incoming.guest.byReference) {
        linked = incoming;
        guestId = linkGuest(db, incoming.channel, &linked.guest, error);
    } else {
        guestId = storeGuest(db, incoming.channel, incoming.guest, incoming.version, error, &guestChanged);
    }
    if (!guestId)
        return std::nullopt;
    const BookingRecord& r = incoming.guest.byReference || erased ? linked : incoming;

    const QDateTime startsUtc = r.startsAt.toUTC();
    const QDateTime local = m_calendar.local(startsUtc);
    const int service = m_calendar.serviceOf(startsUtc);
    const QString localTime = local.time().toString(QStringLiteral("HH:mm"));
    const QString allergies = allergiesOf(r.guest);

    // The zone wish is the host's: a platform's record never sets it.
    const bool hostChannel = r.channel == QLatin1String(BookingChannel::kPhone) ||
                             r.channel == QLatin1String(BookingChannel::kWalkIn);
    const QString hostZone = hostChannel ? r.zoneWish.trimmed() : QString();
    Applied applied;
    if (!stored) {
        Stmt q(db);
        const QString at = iso(now());
        if (!q.run(
                QStringLiteral(
                    "INSERT INTO reservation_booking(channel, external_id, restaurant_ref, guest_id, "
                    "guest_name, "
                    "guest_phone, guest_email, name_key, phone_key, starts_at, day, service, local_time, "
                    "party_size, status, special_requests, allergies, provider_version, provider_updated_at, "
                    "booked_at, created_at, updated_at, zone_wish, zone_required) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {r.channel,
                 r.externalId,
                 textOrNull(r.restaurantRef),
                 *guestId ? QVariant(*guestId) : QVariant(),
                 nn(r.guest.name),
                 textOrNull(r.guest.phone),
                 textOrNull(r.guest.email),
                 nn(bookingNameKey(r.guest.name)),
                 nn(bookingPhoneKey(r.guest.phone)),
                 iso(startsUtc),
                 local.date().toString(Qt::ISODate),
                 service,
                 localTime,
                 r.partySize,
                 bookingStatusKey(r.status),
                 nn(r.specialRequests),
                 nn(allergies),
                 r.version,
                 textOrNull(iso(r.providerUpdatedAt)),
                 textOrNull(iso(r.bookedAt)),
                 at,
                 at,
                 nn(hostZone),
                 hostZone.isEmpty() ? 0 : int(r.zoneRequired)},
                "insert booking", error))
            return std::nullopt;
        applied.outcome = Outcome::Inserted;
        applied.bookingId = q->lastInsertId().toLongLong();
        const QJsonObject created{{QStringLiteral("party_size"), r.partySize},
                                  {QStringLiteral("starts_at"), iso(startsUtc)},
                                  {QStringLiteral("status"), bookingStatusKey(r.status)}};
        if (!addHistory(db, applied.bookingId, r.channel, QStringLiteral("created"), created, error))
            return std::nullopt;
    } else {
        applied.bookingId = stored->id;
        if (r.version < stored->version) {
            applied.outcome = Outcome::Stale;
            return applied;
        }
        // What changes, field by field, for the history.
        BookingStatus status = r.status;
        if (isRoomStatus(stored->status) &&
            (status == BookingStatus::Confirmed || status == BookingStatus::Requested))
            status = stored->status;
        QJsonObject changes;
        if (stored->partySize != r.partySize)
            changes.insert(QStringLiteral("party_size"), pair(stored->partySize, r.partySize));
        if (stored->startsAt != startsUtc)
            changes.insert(QStringLiteral("starts_at"), pair(iso(stored->startsAt), iso(startsUtc)));
        if (stored->status != status)
            changes.insert(QStringLiteral("status"),
                           pair(bookingStatusKey(stored->status), bookingStatusKey(status)));
        if (stored->guestName != r.guest.name)
            changes.insert(QStringLiteral("guest_name"), pair(stored->guestName, r.guest.name));
        if (stored->guestPhone != r.guest.phone)
            changes.insert(QStringLiteral("guest_phone"), pair(stored->guestPhone, r.guest.phone));
        if (stored->specialRequests != r.specialRequests)
            changes.insert(QStringLiteral("special_requests"),
                           pair(stored->specialRequests, r.specialRequests));
        if (stored->allergies != allergies)
            changes.insert(QStringLiteral("allergies"), pair(stored->allergies, allergies));

        if (changes.isEmpty() && r.version == stored->version) {
            applied.outcome = Outcome::Unchanged;
            return applied;
        }
        Stmt q(db);
        if (!q.run(
                QStringLiteral(
                    "UPDATE reservation_booking SET restaurant_ref = ?, guest_id = COALESCE(?, guest_id), "
                    "guest_name = ?, guest_phone = ?, guest_email = ?, name_key = ?, phone_key = ?, "
                    "starts_at = "
                    "?, day = ?, service = ?, local_time = ?, party_size = ?, status = ?, special_requests "
                    "= ?, "
                    "allergies = ?, provider_version = ?, provider_updated_at = ?, booked_at = COALESCE(?, "
                    "booked_at), updated_at = ? WHERE id = ?"),
                {textOrNull(r.restaurantRef),
                 *guestId ? QVariant(*guestId) : QVariant(),
                 nn(r.guest.name),
                 textOrNull(r.guest.phone),
                 textOrNull(r.guest.email),
                 nn(bookingNameKey(r.guest.name)),
                 nn(bookingPhoneKey(r.guest.phone)),
                 iso(startsUtc),
                 local.date().toString(Qt::ISODate),
                 service,
                 localTime,
                 r.partySize,
                 bookingStatusKey(status),
                 nn(r.specialRequests),
                 nn(allergies),
                 r.version,
                 textOrNull(iso(r.providerUpdatedAt)),
                 textOrNull(iso(r.bookedAt)),
                 iso(now()),
                 stored->id},
                "update booking", error))
            return std::nullopt;
        applied.outcome = changes.isEmpty() ? Outcome::Unchanged : Outcome::Updated;
        if (!changes.isEmpty()) {
            const bool cancelled = status == BookingStatus::Cancelled && stored->status != status;
            if (!addHistory(db, stored->id, r.channel,
                            cancelled ? QStringLiteral("cancelled") : QStringLiteral("updated"), changes,
                            error))
                return std::nullopt;
        }
    }

    // The guest changed at the channel (a new phone…): their other bookings
    // say so too, not only the one that brought it.
    if (guestChanged && *guestId && !refreshGuestBookings(db, *guestId, error))
        return std::nullopt;
    bool ok = true;
    applied.duplicatesFlagged = flagDuplicates(db, applied.bookingId, error, &ok);
    if (!ok)
        return std::nullopt;
    return applied;
}

int BookStore::flagDuplicates(QSqlDatabase& db, qint64 bookingId, QString* error, bool* ok)
{
    *ok = true;
    QString day;
    int service = 0;
    QString channel;
    QDateTime startsAt;
    QString nameKey;
    QString phoneKey;
    {
        Stmt b(db);
        if (!b.run(QStringLiteral("SELECT status, day, service, channel, starts_at, name_key, phone_key FROM "
                                  "reservation_booking WHERE id = ?"),
                   {bookingId}, "read booking keys", error)) {
            *ok = false;
            return 0;
        }
        if (!b->next())
            return 0;
        if (!takesCovers(bookingStatusFromKey(b->value(0).toString()).value_or(BookingStatus::Confirmed)))
            return 0;
        day = b->value(1).toString();
        service = b->value(2).toInt();
        channel = b->value(3).toString();
        startsAt = fromIso(b->value(4));
        nameKey = b->value(5).toString();
        phoneKey = b->value(6).toString();
    }
    if (nameKey.isEmpty() && phoneKey.isEmpty())
        return 0;

    struct Candidate
    {
        qint64 id;
        QString reason;
    };
    QList<Candidate> candidates;
    {
        Stmt q(db);
        if (!q.run(
                QStringLiteral(
                    // By the phone and name indexes (a few rows), not the day's
                    // (every booking of the service): `+day` keeps the planner off it.
                    "SELECT id, starts_at, phone_key, name_key, status FROM reservation_booking WHERE +day = "
                    "? AND +service = ? AND channel <> ? AND id <> ? AND ((phone_key <> '' AND phone_key = "
                    "?) OR (name_key <> '' AND name_key = ?))"),
                {day, service, channel, bookingId, phoneKey, nameKey}, "find duplicates", error)) {
            *ok = false;
            return 0;
        }
        while (q->next()) {
            const BookingStatus status =
                bookingStatusFromKey(q->value(4).toString()).value_or(BookingStatus::Confirmed);
            if (!takesCovers(status))
                continue;
            const qint64 minutes = std::abs(fromIso(q->value(1)).secsTo(startsAt)) / 60;
            if (minutes > kDuplicateWindowMinutes)
                continue;
            const bool samePhone = !phoneKey.isEmpty() && q->value(2).toString() == phoneKey;
            candidates.append({q->value(0).toLongLong(),
                               samePhone ? QStringLiteral("same_phone") : QStringLiteral("same_name")});
        }
    }

    int flagged = 0;
    for (const Candidate& c : std::as_const(candidates)) {
        const qint64 a = std::min(c.id, bookingId);
        const qint64 other = std::max(c.id, bookingId);
        Stmt ins(db);
        if (!ins.run(QStringLiteral(
                         "INSERT INTO reservation_duplicate(booking_a, booking_b, reason, found_at) VALUES "
                         "(?, ?, ?, ?) ON CONFLICT(booking_a, booking_b) DO NOTHING"),
                     {a, other, c.reason, iso(now())}, "flag duplicate", error)) {
            *ok = false;
            return flagged;
        }
        if (ins->numRowsAffected() > 0) {
            ++flagged;
            const QJsonObject detail{{QStringLiteral("with"), c.id == a ? other : a},
                                     {QStringLiteral("reason"), c.reason}};
            for (qint64 id : {a, other}) {
                QJsonObject d = detail;
                d.insert(QStringLiteral("with"), id == a ? other : a);
                if (!addHistory(db, id, QStringLiteral("host"), QStringLiteral("duplicate"), d, error)) {
                    *ok = false;
                    return flagged;
                }
            }
        }
    }
    return flagged;
}

std::optional<qint64> BookStore::addManual(QSqlDatabase& db, BookingRecord record, QString* error)
{
    if (record.channel.isEmpty())
        record.channel = QLatin1String(BookingChannel::kPhone);
    if (record.externalId.isEmpty())
        record.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (record.version == 0)
        record.version = now().toMSecsSinceEpoch();
    if (!record.bookedAt.isValid())
        record.bookedAt = now();
    const std::optional<Applied> applied = apply(db, record, error);
    if (!applied)
        return std::nullopt;
    return applied->bookingId;
}

bool BookStore::setStatus(QSqlDatabase& db, qint64 bookingId, BookingStatus status, QString* error)
{
    const std::optional<Booking> b = booking(db, bookingId);
    if (!b) {
        if (error)
            *error = tr("The booking no longer exists.");
        return false;
    }
    if (b->status == status)
        return true;
    QSqlQuery q(db);
    return run(q, QStringLiteral("UPDATE reservation_booking SET status = ?, updated_at = ? WHERE id = ?"),
               {bookingStatusKey(status), iso(now()), bookingId}, "set booking status", error) &&
           addHistory(
               db, bookingId, QStringLiteral("host"),
               status == BookingStatus::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("status"),
               {{QStringLiteral("status"), pair(bookingStatusKey(b->status), bookingStatusKey(status))}},
               error);
}

bool BookStore::setZoneWish(QSqlDatabase& db, qint64 bookingId, const QString& zone, bool required,
                            QString* error)
{
    const std::optional<Booking> b = booking(db, bookingId);
    if (!b) {
        if (error)
            *error = tr("The booking no longer exists.");
        return false;
    }
    const QString wish = zone.trimmed();
    const bool must = !wish.isEmpty() && required;
    if (b->zoneWish == wish && b->zoneRequired == must)
        return true;
    QSqlQuery q(db);
    return run(q,
               QStringLiteral("UPDATE reservation_booking SET zone_wish = ?, zone_required = ?, updated_at = "
                              "? WHERE id = ?"),
               {nn(wish), int(must), iso(now()), bookingId}, "set zone wish", error) &&
           addHistory(db, bookingId, QStringLiteral("host"), QStringLiteral("updated"),
                      {{QStringLiteral("zone_wish"), pair(b->zoneWish, wish)},
                       {QStringLiteral("zone_required"), pair(b->zoneRequired, must)}},
                      error);
}

bool BookStore::setLocalTime(QSqlDatabase& db, qint64 bookingId, const QTime& localTime, QString* error)
{
    const std::optional<Booking> b = booking(db, bookingId);
    if (!b) {
        if (error)
            *error = tr("The booking no longer exists.");
        return false;
    }
    if (!localTime.isValid()) {
        if (error)
            *error = tr("The new time is not a time of day.");
        return false;
    }
    const QDateTime startsUtc = m_calendar.instant(b->day, QTime(localTime.hour(), localTime.minute()));
    if (startsUtc == b->startsAt)
        return true;
    QSqlQuery q(db);
    return run(q,
               QStringLiteral("UPDATE reservation_booking SET starts_at = ?, service = ?, local_time = ?, "
                              "updated_at = ? WHERE id = ?"),
               {iso(startsUtc), m_calendar.serviceOf(startsUtc),
                m_calendar.local(startsUtc).time().toString(QStringLiteral("HH:mm")), iso(now()), bookingId},
               "set booking time", error) &&
           addHistory(db, bookingId, QStringLiteral("host"), QStringLiteral("updated"),
                      {{QStringLiteral("starts_at"), pair(iso(b->startsAt), iso(startsUtc))}}, error);
}

bool BookStore::settleDuplicate(QSqlDatabase& db, qint64 flagId, std::optional<qint64> cancel, QString* error)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "SELECT booking_a, booking_b FROM reservation_duplicate WHERE id = ? AND resolution "
                 "IS NULL"),
             {flagId}, "read duplicate", error))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("This duplicate was already settled.");
        return false;
    }
    const qint64 a = q.value(0).toLongLong();
    const qint64 b = q.value(1).toLongLong();
    q.finish();
    if (cancel && *cancel != a && *cancel != b) {
        if (error)
            *error = tr("The booking to cancel is not one of the two.");
        return false;
    }
    QSqlQuery upd(db);
    if (!run(upd,
             QStringLiteral("UPDATE reservation_duplicate SET resolution = ?, resolved_at = ? WHERE id = ?"),
             {cancel ? QStringLiteral("same") : QStringLiteral("distinct"), iso(now()), flagId},
             "settle duplicate", error))
        return false;
    for (qint64 id : {a, b}) {
        if (!addHistory(db, id, QStringLiteral("host"), QStringLiteral("settled"),
                        {{QStringLiteral("with"), id == a ? b : a},
                         {QStringLiteral("resolution"),
                          cancel ? QStringLiteral("same") : QStringLiteral("distinct")}},
                        error))
            return false;
    }
    return !cancel || setStatus(db, *cancel, BookingStatus::Cancelled, error);
}

bool BookStore::rememberEvent(QSqlDatabase& db, const QString& channel, const QString& eventId, bool* isNew,
                              QString* error)
{
    Stmt q(db);
    if (!q.run(
            QStringLiteral("INSERT INTO reservation_event(channel, event_id, received_at) VALUES (?, ?, ?) "
                           "ON CONFLICT(channel, event_id) DO NOTHING"),
            {channel, eventId, iso(QDateTime::currentDateTimeUtc())}, "remember event", error))
        return false;
    *isNew = q->numRowsAffected() > 0;
    return true;
}

bool BookStore::setAvailability(QSqlDatabase& db, const QDate& day, int service, const QString& state,
                                int capacity, QString* error)
{
    QSqlQuery q(db);
    return run(
        q,
        QStringLiteral("INSERT INTO reservation_availability(day, service, state, capacity, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(day, service) DO UPDATE SET state = "
                       "excluded.state, capacity = excluded.capacity, updated_at = excluded.updated_at"),
        {day.toString(Qt::ISODate), service, state, capacity >= 0 ? QVariant(capacity) : QVariant(),
         iso(now())},
        "set availability", error);
}

std::optional<Booking> BookStore::booking(QSqlDatabase& db, qint64 id) const
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT %1 FROM reservation_booking b WHERE b.id = ?")
                           .arg(QLatin1String(kBookingColumns)),
                       {id}, "read booking") ||
        !q.next())
        return std::nullopt;
    return readBooking(q);
}

std::optional<Booking> BookStore::find(QSqlDatabase& db, const QString& channel,
                                       const QString& externalId) const
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT %1 FROM reservation_booking b WHERE b.channel = ? AND b.external_id = ?")
                .arg(QLatin1String(kBookingColumns)),
            {channel, externalId}, "find booking") ||
        !q.next())
        return std::nullopt;
    return readBooking(q);
}

std::optional<Booking> BookStore::stored(QSqlDatabase& db, const QString& channel,
                                         const QString& externalId) const
{
    // kBookingColumns without its duplicate search: apply() does not need it.
    static const QString sql =
        QStringLiteral("SELECT %1, 0 FROM reservation_booking b WHERE b.channel = ? AND b.external_id = ?")
            .arg(QString::fromLatin1(kBookingColumns).section(QStringLiteral(", EXISTS"), 0, 0));
    Stmt q(db);
    if (!q.run(sql, {channel, externalId}, "find booking", nullptr) || !q->next())
        return std::nullopt;
    return readBooking(*q);
}

QList<Booking> BookStore::day(QSqlDatabase& db, const QDate& day, int service) const
{
    QList<Booking> out;
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT %1 FROM reservation_booking b WHERE b.day = ?%2 ORDER BY "
                                       "b.local_time, b.id")
                            .arg(QLatin1String(kBookingColumns),
                                 service >= 0 ? QStringLiteral(" AND b.service = ?") : QString());
    QVariantList binds{day.toString(Qt::ISODate)};
    if (service >= 0)
        binds << service;
    if (!Database::run(q, sql, binds, "read day"))
        return out;
    while (q.next())
        out.append(readBooking(q));
    return out;
}

QList<Booking> BookStore::search(QSqlDatabase& db, const QString& text, const QDate& from, int limit) const
{
    QList<Booking> out;
    const QString nameKey = bookingNameKey(text);
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    if (nameKey.isEmpty() && digits.size() < 3)
        return out;
    // A phone typed as 06 12… or +33 6 12…: match on the digits after the
    // leading 0 / 33.
    if (digits.startsWith(QLatin1String("0033")))
        digits = digits.mid(4);
    else if (text.trimmed().startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("33")))
        digits = digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')))
        digits = digits.mid(1);
    QSqlQuery q(db);
    QString sql =
        QStringLiteral("SELECT %1 FROM reservation_booking b WHERE (b.name_key LIKE ? ESCAPE '\\'%2)%3 "
                       "ORDER BY b.starts_at LIMIT ?")
            .arg(QLatin1String(kBookingColumns),
                 digits.size() >= 3 ? QStringLiteral(" OR b.phone_key LIKE ?") : QString(),
                 from.isValid() ? QStringLiteral(" AND b.day >= ?") : QString());
    QString like = nameKey;
    like.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QVariantList binds{nameKey.isEmpty() ? QStringLiteral("\x01")
                                         : QString(QStringLiteral("%") + like + QLatin1Char('%'))};
    if (digits.size() >= 3)
        binds << QString(QStringLiteral("%") + digits + QLatin1Char('%'));
    if (from.isValid())
        binds << from.toString(Qt::ISODate);
    binds << limit;
    if (!Database::run(q, sql, binds, "search bookings"))
        return out;
    while (q.next())
        out.append(readBooking(q));
    return out;
}

QList<BookingHistoryEntry> BookStore::history(QSqlDatabase& db, qint64 bookingId) const
{
    QList<BookingHistoryEntry> out;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT at, actor, kind, changes FROM reservation_history WHERE booking_id = ? "
                           "ORDER BY id"),
            {bookingId}, "read booking history"))
        return out;
    while (q.next()) {
        BookingHistoryEntry e;
        e.bookingId = bookingId;
        e.at = fromIso(q.value(0));
        e.actor = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.changes = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

QList<DuplicateFlag> BookStore::openDuplicates(QSqlDatabase& db) const
{
    QList<DuplicateFlag> out;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT d.id, d.booking_a, d.booking_b, d.reason, d.found_at FROM "
                           "reservation_duplicate d JOIN reservation_booking a ON a.id = d.booking_a "
                           "JOIN reservation_booking b ON b.id = d.booking_b WHERE d.resolution IS NULL "
                           "AND a.status NOT IN ('cancelled', 'refused') AND b.status NOT IN "
                           "('cancelled', 'refused') ORDER BY d.id"),
            {}, "read duplicates"))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), fromIso(q.value(4))});
    return out;
}

QList<ServiceLoad> BookStore::loads(QSqlDatabase& db, const QDate& from, int days,
                                    const int defaultCapacity[2]) const
{
    QList<ServiceLoad> out;
    QHash<QPair<QString, int>, int> index;
    for (int i = 0; i < days; ++i) {
        for (int s = 0; s < 2; ++s) {
            ServiceLoad l;
            l.day = from.addDays(i);
            l.service = s;
            l.capacity = defaultCapacity[s];
            l.regularClosure = !m_schedule.isOpen(l.day, s);
            l.state = l.regularClosure ? QStringLiteral("closed") : QStringLiteral("open");
            index.insert({l.day.toString(Qt::ISODate), s}, int(out.size()));
            out.append(l);
        }
    }
    const QString first = from.toString(Qt::ISODate);
    const QString last = from.addDays(days - 1).toString(Qt::ISODate);
    QSqlQuery q(db);
    if (Database::run(
            q,
            QStringLiteral("SELECT day, service, SUM(party_size), COUNT(*) FROM reservation_booking WHERE "
                           "day BETWEEN ? AND ? AND status NOT IN ('cancelled', 'refused', 'no_show') "
                           "GROUP BY day, service"),
            {first, last}, "read service loads")) {
        while (q.next()) {
            const auto it = index.constFind({q.value(0).toString(), q.value(1).toInt()});
            if (it == index.constEnd())
                continue;
            out[*it].covers = q.value(2).toInt();
            out[*it].bookings = q.value(3).toInt();
        }
    }
    QSqlQuery a(db);
    if (Database::run(
            a,
            QStringLiteral("SELECT day, service, state, capacity FROM reservation_availability WHERE day "
                           "BETWEEN ? AND ?"),
            {first, last}, "read availability")) {
        while (a.next()) {
            const auto it = index.constFind({a.value(0).toString(), a.value(1).toInt()});
            if (it == index.constEnd())
                continue;
            out[*it].state = a.value(2).toString();
            out[*it].regularClosure = false;
            if (!a.value(3).isNull())
                out[*it].capacity = a.value(3).toInt();
        }
    }
    return out;
}

FootfallStats BookStore::footfall(QSqlDatabase& db, const QDate& from, const QDate& to) const
{
    FootfallStats stats;
    QSqlQuery q(db);
    if (Database::run(
            q,
            QStringLiteral("SELECT day, service, SUM(party_size) FROM reservation_booking WHERE day "
                           "BETWEEN ? AND ? AND status NOT IN ('cancelled', 'refused', 'no_show') "
                           "GROUP BY day, service"),
            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, "read footfall")) {
        while (q.next()) {
            const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const int s = std::clamp(q.value(1).toInt(), 0, 1);
            stats.covers[s][d.dayOfWeek()] += q.value(2).toInt();
            stats.services[s][d.dayOfWeek()] += 1;
        }
    }
    // Per channel: no-shows among the bookings whose time is past, and the
    // median lead time (days between booking and meal).
    QSqlQuery c(db);
    const QString nowIso = iso(now());
    if (Database::run(
            c,
            QStringLiteral("SELECT channel, status, starts_at, booked_at FROM reservation_booking WHERE "
                           "day BETWEEN ? AND ? AND status NOT IN ('cancelled', 'refused') ORDER BY "
                           "channel"),
            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, "read channel stats")) {
        QHash<QString, QList<double>> leads;
        QHash<QString, int> indexOf;
        while (c.next()) {
            const QString channel = c.value(0).toString();
            auto it = indexOf.find(channel);
            if (it == indexOf.end()) {
                it = indexOf.insert(channel, int(stats.channels.size()));
                stats.channels.append({channel, 0, 0, -1});
            }
            FootfallStats::Channel& ch = stats.channels[*it];
            if (c.value(2).toString() <= nowIso) {
                ++ch.bookings;
                if (c.value(1).toString() == QLatin1String("no_show"))
                    ++ch.noShows;
            }
            const QDateTime booked = fromIso(c.value(3));
            if (booked.isValid())
                leads[channel].append(double(booked.secsTo(fromIso(c.value(2)))) / 86400.0);
        }
        for (FootfallStats::Channel& ch : stats.channels) {
            QList<double> l = leads.value(ch.channel);
            if (l.isEmpty())
                continue;
            std::sort(l.begin(), l.end());
            ch.medianLeadDays =
                l.size() % 2 ? l.at(l.size() / 2) : (l.at(l.size() / 2 - 1) + l.at(l.size() / 2)) / 2;
        }
    }
    return stats;
}

qint64 BookStore::count(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (!Database::run(q, QStringLiteral("SELECT COUNT(*) FROM reservation_booking"), {}, "count bookings") ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 BookStore::lastBookingId(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (!Database::run(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM reservation_booking"), {},
                       "read last booking id") ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<Booking> BookStore::bookingsAfter(QSqlDatabase& db, qint64 afterId, int limit) const
{
    QList<Booking> out;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT %1 FROM reservation_booking b WHERE b.id > ? ORDER BY b.id LIMIT ?")
                .arg(QLatin1String(kBookingColumns)),
            {afterId, limit}, "read new bookings"))
        return out;
    while (q.next())
        out.append(readBooking(q));
    return out;
}

QString BookStore::describe(const BookingHistoryEntry& e,
                            const std::function<QString(qint64)>& bookingLabel) const
{
    const auto other = [&e, &bookingLabel] {
        const qint64 id = e.changes.value(QStringLiteral("with")).toInteger();
        const QString label = bookingLabel ? bookingLabel(id) : QString();
        return label.isEmpty() ? tr("booking #%1").arg(id) : label;
    };
    const QString who = bookingChannelLabel(e.actor);
    const QString when = m_calendar.local(e.at).toString(QStringLiteral("dd/MM HH:mm"));
    QStringList parts;
    const auto before = [&e](const char* key) { return e.changes.value(QLatin1String(key)).toArray().at(0); };
    const auto after = [&e](const char* key) { return e.changes.value(QLatin1String(key)).toArray().at(1); };
    const auto timeText = [this](const QJsonValue& v) {
        const QDateTime t = m_calendar.local(fromIso(v.toString()));
        return t.toString(QStringLiteral("dd/MM HH:mm"));
    };
    const auto statusText = [](const QJsonValue& v) {
        const std::optional<BookingStatus> s = bookingStatusFromKey(v.toString());
        return s ? bookingStatusLabel(*s) : v.toString();
    };
    if (e.kind == QLatin1String("created")) {
        return tr("Created by %1 at %2: %n cover(s), %3", nullptr,
                  e.changes.value(QStringLiteral("party_size")).toInt())
            .arg(who, when, timeText(e.changes.value(QStringLiteral("starts_at"))));
    }
    if (e.kind == QLatin1String("duplicate"))
        return tr("Flagged at %1 as a probable duplicate of %2").arg(when, other());
    if (e.kind == QLatin1String("settled")) {
        return e.changes.value(QStringLiteral("resolution")).toString() == QLatin1String("same")
                   ? tr("Settled by %1 at %2: same booking as %3").arg(who, when, other())
                   : tr("Settled by %1 at %2: not the same booking as %3").arg(who, when, other());
    }
    if (e.kind == QLatin1String("table")) {
        // The service view's placements (ServiceBoard): by the host, the
        // whole-service assignment or a walk-in seated at once.
        const QString to = after("tables").toString();
        const QString by = e.changes.value(QStringLiteral("by")).toString();
        if (to.isEmpty())
            return tr("Taken off %1 by the host at %2").arg(before("tables").toString(), when);
        if (by == QLatin1String("solver"))
            return tr("Placed at %1 by the whole-service assignment at %2").arg(to, when);
        return tr("Placed at %1 by the host at %2").arg(to, when);
    }
    if (e.kind == QLatin1String("override")) {
        return tr("Rules overridden by %1 at %2 to seat at %3: %4")
            .arg(e.changes.value(QStringLiteral("actor")).toString(), when,
                 e.changes.value(QStringLiteral("tables")).toString(),
                 e.changes.value(QStringLiteral("reasons"))
                     .toString()
                     .replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    if (e.changes.contains(QStringLiteral("party_size")))
        parts << tr("%1 → %2 covers").arg(before("party_size").toInt()).arg(after("party_size").toInt());
    if (e.changes.contains(QStringLiteral("starts_at")))
        parts << tr("time %1 → %2").arg(timeText(before("starts_at")), timeText(after("starts_at")));
    if (e.changes.contains(QStringLiteral("status")))
        parts << tr("%1 → %2").arg(statusText(before("status")), statusText(after("status")));
    if (e.changes.contains(QStringLiteral("guest_name")))
        parts << tr("name « %1 » → « %2 »")
                     .arg(before("guest_name").toString(), after("guest_name").toString());
    if (e.changes.contains(QStringLiteral("guest_phone")))
        parts << tr("phone changed");
    if (e.changes.contains(QStringLiteral("special_requests")))
        parts << tr("requests « %1 »").arg(after("special_requests").toString());
    if (e.changes.contains(QStringLiteral("allergies")))
        parts << tr("allergies « %1 »").arg(after("allergies").toString());
    if (e.changes.contains(QStringLiteral("zone_wish"))) {
        const QString zone = after("zone_wish").toString();
        if (zone.isEmpty())
            parts << tr("no zone wish");
        else if (after("zone_required").toBool())
            parts << tr("zone « %1 » required").arg(zone);
        else
            parts << tr("zone « %1 » wished").arg(zone);
    }
    const QString detail = parts.join(QStringLiteral(", "));
    if (e.kind == QLatin1String("cancelled"))
        return tr("Cancelled by %1 at %2").arg(who, when);
    return tr("Changed by %1 at %2: %3").arg(who, when, detail);
}

} // namespace Moulin
