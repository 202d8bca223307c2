#include "crm/core/crmstore.h"

#include "common/core/database.h"
#include "crm/core/contactkeys.h"
#include "crm/core/crmallergies.h"
#include "crm/core/guestprivacy.h"

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Moulin {

namespace {
const QTimeZone kParis("Europe/Paris");

/// The statement run() ran: this thread's cached one (Database::cachedQuery()),
/// or one of its own. Reset when replaced or out of scope: a cached statement
/// left unfinished would keep its read snapshot (the connection would not see
/// later commits).
class Stmt
{
public:
    Stmt() = default;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt() { reset(); }
    void reset()
    {
        if (m_q && m_q->isActive())
            m_q->finish();
        m_q = nullptr;
        m_own.reset();
    }
    QSqlQuery& use(QSqlQuery* cached, const QSqlDatabase& db)
    {
        reset();
        if (cached) {
            m_q = cached;
        } else {
            m_own.emplace(db);
            m_own->setForwardOnly(true);
            m_q = &*m_own;
        }
        return *m_q;
    }
    bool next() { return m_q && m_q->next(); }
    QVariant value(int i) const { return m_q ? m_q->value(i) : QVariant(); }
    QVariant lastInsertId() const { return m_q ? m_q->lastInsertId() : QVariant(); }
    int numRowsAffected() const { return m_q ? m_q->numRowsAffected() : 0; }

private:
    QSqlQuery* m_q = nullptr;
    std::optional<QSqlQuery> m_own;
};

/// Prepared once per thread connection (Database::cachedQuery()): a
/// profile's sync runs a few dozen statements, again and again.
bool run(QSqlDatabase& db, Stmt& q, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery* cached = Database::cachedQuery(db, sql);
    QSqlQuery& query = q.use(cached, db);
    if (!cached && !query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error)
{
    Stmt q;
    return run(db, q, sql, binds, error);
}

/// NULL for an empty text.
QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return QDateTime();
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

/// Milliseconds since the epoch of a stored instant (0: none). The store's
/// own form, "2026-12-05T17:42:00.000Z", is read directly (a service's
/// hundreds of rows are read at every link).
qint64 utcMs(const QString& s)
{
    if (s.size() == 24 && s[10] == QLatin1Char('T') && s[23] == QLatin1Char('Z')) {
        bool good = true;
        const auto num = [&s, &good](int at, int length) {
            int v = 0;
            for (int i = at; i < at + length; ++i) {
                const int digit = s[i].unicode() - '0';
                good = good && digit >= 0 && digit <= 9;
                v = v * 10 + digit;
            }
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const qint64 ms = ((num(11, 2) * 60 + num(14, 2)) * 60 + num(17, 2)) * qint64(1000) + num(20, 3);
        if (good && date.isValid())
            return (date.toJulianDay() - 2440588) * qint64(86'400'000) + ms;
    }
    // The same instant written with a "+00:00" offset (QTimeZone::utc()'s
    // form), when every field is in range (else as QDateTime reads it).
    if (s.size() == 29 && s[10] == QLatin1Char('T') && s.endsWith(QLatin1String("+00:00")) &&
        s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-') && s[13] == QLatin1Char(':') &&
        s[16] == QLatin1Char(':') && s[19] == QLatin1Char('.')) {
        bool good = true;
        const auto num = [&s, &good](int at, int length) {
            int v = 0;
            for (int i = at; i < at + length; ++i) {
                const int digit = s[i].unicode() - '0';
                good = good && digit >= 0 && digit <= 9;
                v = v * 10 + digit;
            }
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const int h = num(11, 2), m = num(14, 2), sec = num(17, 2), milli = num(20, 3);
        if (good && date.isValid() && h <= 23 && m <= 59 && sec <= 59)
            return (date.toJulianDay() - 2440588) * qint64(86'400'000) +
                   ((h * 60 + m) * 60 + sec) * qint64(1000) + milli;
    }
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

/// A plain number ("12", the usual label), without a regular expression (a
/// service's hundreds of labels are read at every link): the same test as
/// "^[1-9]\\d*$", an ASCII 1-9, then any digits.
bool isPlainNumber(const QString& label)
{
    bool plain = !label.isEmpty() && label[0] >= QLatin1Char('1') && label[0] <= QLatin1Char('9');
    for (qsizetype i = 1; plain && i < label.size(); ++i)
        plain = label[i].isDigit();
    return plain;
}

/// The tables of a label ("12+13" → {"12", "13"}): digits when it has some.
QSet<QString> tablesOf(const QString& label)
{
    QSet<QString> out;
    if (isPlainNumber(label)) {
        out.insert(label);
        return out;
    }
    static const QRegularExpression nonDigits(QStringLiteral("\\D"));
    static const QRegularExpression separators(QStringLiteral("[+,/ ]"));
    for (const QString& part : label.split(separators, Qt::SkipEmptyParts)) {
        QString digits = part;
        digits.remove(nonDigits);
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        out.insert(digits.isEmpty() ? ContactKeys::name(part) : digits);
    }
    return out;
}

/// The tombstone keys (guestprivacy.h) of a source row: its visit first
/// (when a booking), its identity, its contacts.
QStringList tombstoneKeys(const QString& channel, const QString& identityKey, const QString& bookingId,
                          const QString& email, const QString& phone)
{
    QStringList keys;
    if (!bookingId.isEmpty())
        keys << QStringLiteral("visit:") + channel + QLatin1Char('|') + bookingId;
    keys << QStringLiteral("id:") + channel + QLatin1Char('|') + identityKey;
    const QString e = ContactKeys::email(email).key;
    if (!e.isEmpty())
        keys << QStringLiteral("email:") + e;
    const QString p = ContactKeys::phone(phone).e164;
    if (!p.isEmpty())
        keys << QStringLiteral("phone:") + p;
    return keys;
}

const char kGroupCte[] =
    "WITH RECURSIVE grp(id) AS (SELECT ? UNION SELECT p.id FROM crm_profile p JOIN grp ON "
    "p.merged_into = grp.id) ";

} // namespace

CrmStore::CrmStore(Now now)
    : m_now(std::move(now))
{
}

QString CrmStore::nowText() const
{
    return iso(m_now ? m_now() : QDateTime::currentDateTimeUtc());
}

// ---------------------------------------------------------------- identities

std::optional<qint64> CrmStore::upsertIdentity(QSqlDatabase& db, const QString& source, const QString& key,
                                               const ActivityGuest& d, bool fromGuestFeed, QString* error)
{
    const ContactKeys::Email email = ContactKeys::email(d.email);
    const ContactKeys::Phone phone = ContactKeys::phone(d.phone);
    const QString nameKey = ContactKeys::name(d.name);
    const QString now = nowText();
    Stmt q;
    if (!run(db, q,
             QStringLiteral("SELECT id, profile_id FROM crm_identity WHERE source = ? AND source_key = ?"),
             {source, key}, error))
        return std::nullopt;
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_touchedProfiles.insert(q.value(1).toLongLong());
        m_touchedIdentities.insert(id);
        // A booking's copy of the guest only fills in; the guest feed says it all.
        const QVariant rawEmail = orNull(d.email.trimmed()), rawPhone = orNull(d.phone.trimmed());
        QString set;
        QVariantList binds;
        if (fromGuestFeed) {
            set = QStringLiteral(
                "name = COALESCE(?, ''), name_key = COALESCE(?, ''), email = COALESCE(?, ''), "
                "email_key = ?, email_invalid = ?, phone = COALESCE(?, ''), phone_key = ?, "
                "phone_invalid = ?, language = COALESCE(?, ''), allergies = COALESCE(?, ''), ");
            binds = {orNull(d.name),        orNull(nameKey),    rawEmail,           orNull(email.key),
                     email.invalid ? 1 : 0, rawPhone,           orNull(phone.e164), phone.invalid ? 1 : 0,
                     orNull(d.language),    orNull(d.allergies)};
        } else {
            set = QStringLiteral(
                "name = COALESCE(?, name), name_key = COALESCE(?, name_key), email = COALESCE(?, "
                "email), email_key = COALESCE(?, email_key), email_invalid = CASE WHEN ? IS NULL "
                "THEN email_invalid ELSE ? END, phone = COALESCE(?, phone), phone_key = COALESCE(?, "
                "phone_key), phone_invalid = CASE WHEN ? IS NULL THEN phone_invalid ELSE ? END, "
                "language = COALESCE(?, language), allergies = COALESCE(?, allergies), ");
            binds = {orNull(d.name), orNull(nameKey),       rawEmail,           orNull(email.key),
                     rawEmail,       email.invalid ? 1 : 0, rawPhone,           orNull(phone.e164),
                     rawPhone,       phone.invalid ? 1 : 0, orNull(d.language), orNull(d.allergies)};
        }
        // A statement's date: when the source's answer changed (or was
        // first told); the same answer told again keeps its date.
        const QVariant consent = d.emailConsent ? QVariant(*d.emailConsent ? 1 : 0) : QVariant();
        const QVariant sms = d.smsConsent ? QVariant(*d.smsConsent ? 1 : 0) : QVariant();
        const QString told =
            iso(d.updatedAt.isValid() ? d.updatedAt : QDateTime::fromString(now, Qt::ISODateWithMs));
        binds << consent << consent << consent << told << sms << sms << sms << told << now << id;
        if (!run(db,
                 QStringLiteral("UPDATE crm_identity SET ") + set +
                     QStringLiteral(
                         "email_consent = COALESCE(?, email_consent), consent_at = CASE WHEN ? IS NULL "
                         "OR ? IS email_consent THEN consent_at ELSE ? END, sms_consent = COALESCE(?, "
                         "sms_consent), sms_consent_at = CASE WHEN ? IS NULL OR ? IS sms_consent THEN "
                         "sms_consent_at ELSE ? END, updated_at = ? WHERE id = ?"),
                 binds, error))
            return std::nullopt;
        return id;
    }
    if (!run(db, q, QStringLiteral("INSERT INTO crm_profile (created_at, updated_at) VALUES (?, ?)"),
             {now, now}, error))
        return std::nullopt;
    const qint64 profile = q.lastInsertId().toLongLong();
    if (!run(db, q,
             QStringLiteral(
                 "INSERT INTO crm_identity (source, source_key, profile_id, name, name_key, email, "
                 "email_key, email_invalid, phone, phone_key, phone_invalid, language, allergies, "
                 "email_consent, consent_at, sms_consent, sms_consent_at, updated_at) VALUES (?, ?, ?, "
                 "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?, ?, "
                 "COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?)"),
             {source, key, profile, orNull(d.name), orNull(nameKey), orNull(d.email.trimmed()),
              orNull(email.key), email.invalid ? 1 : 0, orNull(d.phone.trimmed()), orNull(phone.e164),
              phone.invalid ? 1 : 0, orNull(d.language), orNull(d.allergies),
              d.emailConsent ? QVariant(*d.emailConsent ? 1 : 0) : QVariant(),
              d.emailConsent
                  ? QVariant(iso(d.updatedAt.isValid() ? d.updatedAt
                                                       : QDateTime::fromString(now, Qt::ISODateWithMs)))
                  : QVariant(),
              d.smsConsent ? QVariant(*d.smsConsent ? 1 : 0) : QVariant(),
              d.smsConsent
                  ? QVariant(iso(d.updatedAt.isValid() ? d.updatedAt
                                                       : QDateTime::fromString(now, Qt::ISODateWithMs)))
                  : QVariant(),
              now},
             error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    m_touchedProfiles.insert(profile);
    m_touchedIdentities.insert(id);
    return id;
}

bool CrmStore::applyGuest(QSqlDatabase& db, const ActivityGuest& guest, QString* error)
{
    if (guest.channel.isEmpty() || guest.externalId.isEmpty())
        return true;
    // An erased guest's record (guestprivacy.h) rebuilds nothing, unless a
    // booking after the erasure made the identity again.
    if (GuestPrivacy::anyTombstone(db) &&
        GuestPrivacy::tombstonedAt(
            db, tombstoneKeys(guest.channel, guest.externalId, QString(), guest.email, guest.phone))
            .isValid() &&
        profileOf(db, guest.channel, guest.externalId) == 0)
        return true;
    const std::optional<qint64> identity =
        upsertIdentity(db, guest.channel, guest.externalId, guest, true, error);
    return identity && recordAllergies(db, QStringLiteral("guest:%1:%2").arg(guest.channel, guest.externalId),
                                       *identity, guest.channel, guest.allergies, guest.updatedAt, error);
}

bool CrmStore::applyBooking(QSqlDatabase& db, const ActivityBooking& b, QString* error)
{
    if (b.channel.isEmpty() || b.externalId.isEmpty() || !b.day.isValid())
        return true;
    const bool hasGuestId = !b.guestExternalId.isEmpty();
    // A party at the door with neither name nor contact is nobody's visit.
    if (!hasGuestId && b.guestName.trimmed().isEmpty() && b.guestEmail.trimmed().isEmpty() &&
        b.guestPhone.trimmed().isEmpty())
        return true;
    // An erased guest's booking (guestprivacy.h): never one of theirs again;
    // another with their contacts only when it is for a later service.
    if (GuestPrivacy::anyTombstone(db)) {
        const QStringList keys = tombstoneKeys(
            b.channel, hasGuestId ? b.guestExternalId : QStringLiteral("booking:") + b.externalId,
            b.externalId, b.guestEmail, b.guestPhone);
        const QDateTime erased = GuestPrivacy::tombstonedAt(db, keys);
        if (erased.isValid() && (GuestPrivacy::tombstonedAt(db, {keys.first()}).isValid() ||
                                 !b.startsAt.isValid() || b.startsAt <= erased))
            return true;
    }
    ActivityGuest details;
    details.name = b.guestName;
    details.email = b.guestEmail;
    details.phone = b.guestPhone;
    details.allergies = b.allergies;
    details.updatedAt = b.updatedAt;
    const std::optional<qint64> identity = upsertIdentity(
        db, b.channel, hasGuestId ? b.guestExternalId : QStringLiteral("booking:") + b.externalId, details,
        false, error);
    if (!identity || !recordAllergies(db, QStringLiteral("booking:%1:%2").arg(b.channel, b.externalId),
                                      *identity, b.channel, b.allergies, b.updatedAt, error))
        return false;

    QString status;
    switch (b.status) {
    case ActivityBooking::Status::Honoured:
        status = QStringLiteral("honoured");
        break;
    case ActivityBooking::Status::NoShow:
        status = QStringLiteral("no_show");
        break;
    case ActivityBooking::Status::Cancelled:
        status = b.cancelledAt.isValid() && b.startsAt.isValid() &&
                         b.cancelledAt.secsTo(b.startsAt) < qint64(kLateCancellationHours) * 3600
                     ? QStringLiteral("late_cancellation")
                     : QStringLiteral("cancelled");
        break;
    case ActivityBooking::Status::Standing:
        status = QStringLiteral("standing");
        break;
    }
    Stmt q;
    // The visit may have been another identity's (a guest linked later).
    if (!run(
            db, q,
            QStringLiteral(
                "SELECT i.profile_id, v.day, v.service, v.status, v.party_size, v.table_label FROM crm_visit "
                "v JOIN crm_identity i ON i.id = v.identity_id WHERE v.channel = ? AND v.external_id = ?"),
            {b.channel, b.externalId}, error))
        return false;
    if (q.next()) {
        m_touchedProfiles.insert(q.value(0).toLongLong());
        planVisit(q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toInt(),
                  q.value(5).toString());
        if (!markService(db, q.value(1).toString(), q.value(2).toInt(), error))
            return false;
    }
    if (!run(db,
             QStringLiteral(
                 "INSERT INTO crm_visit (channel, external_id, identity_id, day, service, starts_at, "
                 "party_size, table_label, status) VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?) ON "
                 "CONFLICT (channel, external_id) DO UPDATE SET identity_id = excluded.identity_id, day = "
                 "excluded.day, service = excluded.service, starts_at = excluded.starts_at, party_size = "
                 "excluded.party_size, table_label = excluded.table_label, status = excluded.status"),
             {b.channel, b.externalId, *identity, b.day.toString(Qt::ISODate), b.service, iso(b.startsAt),
              b.partySize, orNull(b.table), status},
             error))
        return false;
    planVisit(b.day.toString(Qt::ISODate), b.service, status, b.partySize, b.table);
    return markService(db, b.day.toString(Qt::ISODate), b.service, error);
}

bool CrmStore::applyReceipt(QSqlDatabase& db, const ActivityReceipt& r, QString* error)
{
    if (r.receiptId.isEmpty() || !r.day.isValid())
        return true;
    Stmt q;
    if (!run(db, q,
             QStringLiteral(
                 "SELECT r.day, r.service, i.profile_id FROM crm_receipt r LEFT JOIN crm_visit v ON "
                 "v.id = r.visit_id LEFT JOIN crm_identity i ON i.id = v.identity_id WHERE "
                 "r.receipt_id = ?"),
             {r.receiptId}, error))
        return false;
    if (q.next()) {
        planFull(q.value(0).toString(), q.value(1).toInt());
        if (!markService(db, q.value(0).toString(), q.value(1).toInt(), error))
            return false;
        // Stored again (another total, other items): its guest's spend.
        if (!q.value(2).isNull())
            m_touchedProfiles.insert(q.value(2).toLongLong());
    }
    if (!run(db,
             QStringLiteral(
                 "INSERT INTO crm_receipt (receipt_id, closed_at, day, service, covers, table_label, "
                 "total_cents, counted) VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?) ON CONFLICT "
                 "(receipt_id) DO UPDATE SET closed_at = excluded.closed_at, day = excluded.day, service "
                 "= excluded.service, covers = excluded.covers, table_label = excluded.table_label, "
                 "total_cents = excluded.total_cents, counted = excluded.counted"),
             {r.receiptId, iso(r.closedAt), r.day.toString(Qt::ISODate), r.service, r.covers, orNull(r.table),
              r.totalCents, r.counted ? 1 : 0},
             error) ||
        !run(db, QStringLiteral("DELETE FROM crm_receipt_item WHERE receipt_id = ?"), {r.receiptId}, error))
        return false;
    int seq = 0;
    for (const ActivityReceipt::Item& item : r.items) {
        if (!run(db,
                 QStringLiteral("INSERT INTO crm_receipt_item (receipt_id, seq, sku, name, quantity_milli, "
                                "gross_cents) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?)"),
                 {r.receiptId, seq++, item.sku, orNull(item.name), item.quantityMilli, item.grossCents},
                 error))
            return false;
    }
    planFull(r.day.toString(Qt::ISODate), r.service);
    return markService(db, r.day.toString(Qt::ISODate), r.service, error);
}

void CrmStore::planVisit(const QString& day, int service, const QString& status, int party,
                         const QString& table)
{
    if (!m_plans)
        return;
    LinkPlan& plan = (*m_plans)[day + QLatin1Char('|') + QString::number(service)];
    // Only an honoured visit is any receipt's candidate (a booking still to
    // come changes no link).
    if (status != QLatin1String("honoured"))
        return;
    if (!table.isEmpty())
        plan.full = true;
    else
        plan.parties.insert(party);
}

void CrmStore::planFull(const QString& day, int service)
{
    if (m_plans)
        (*m_plans)[day + QLatin1Char('|') + QString::number(service)].full = true;
}

bool CrmStore::markService(QSqlDatabase& db, const QString& day, int service, QString* error)
{
    return run(
        db,
        QStringLiteral("INSERT INTO crm_pending_link (day, service) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {day, service}, error);
}

bool CrmStore::keptApart(QSqlDatabase& db, qint64 a, qint64 b) const
{
    Stmt q;
    return run(db, q,
               QStringLiteral("SELECT 1 FROM crm_review WHERE profile_a = ? AND profile_b = ? AND decision = "
                              "'apart'"),
               {std::min(a, b), std::max(a, b)}, nullptr) &&
           q.next();
}

bool CrmStore::resolve(QSqlDatabase& db, qint64 identityId, QString* error)
{
    Stmt q;
    if (!run(db, q,
             QStringLiteral(
                 "SELECT profile_id, name_key, email_key, phone_key FROM crm_identity WHERE id = ?"),
             {identityId}, error))
        return false;
    if (!q.next())
        return true;
    qint64 profile = q.value(0).toLongLong();
    const QString nameKey = q.value(1).toString();
    const QVariant emailKey = q.value(2), phoneKey = q.value(3);
    if (emailKey.isNull() && phoneKey.isNull())
        return true;

    // Certain: the same phone or e-mail and the same name.
    if (!nameKey.isEmpty()) {
        if (!run(db, q,
                 QStringLiteral(
                     "SELECT DISTINCT profile_id, CASE WHEN phone_key = ? THEN 'same_phone_same_name' "
                     "ELSE 'same_email_same_name' END FROM crm_identity WHERE profile_id <> ? AND "
                     "name_key = ? AND (phone_key = ? OR email_key = ?) ORDER BY profile_id"),
                 {phoneKey, profile, nameKey, phoneKey, emailKey}, error))
            return false;
        QList<std::pair<qint64, QString>> certain;
        while (q.next())
            certain.append({q.value(0).toLongLong(), q.value(1).toString()});
        for (const auto& [other, reason] : certain) {
            if (other == profile || keptApart(db, profile, other))
                continue;
            const qint64 kept = std::min(profile, other), absorbed = std::max(profile, other);
            if (!mergeProfiles(db, kept, absorbed, reason, true, error))
                return false;
            profile = kept;
        }
    }

    // Probable: the same phone and another name; the same e-mail and a
    // similar name (a shared e-mail alone is a family, not one guest).
    if (!run(db, q,
             QStringLiteral("SELECT DISTINCT profile_id, name_key, phone_key = ? FROM crm_identity WHERE "
                            "profile_id <> ? AND name_key <> ? AND (phone_key = ? OR email_key = ?)"),
             {phoneKey, profile, nameKey, phoneKey, emailKey}, error))
        return false;
    QList<std::pair<qint64, QString>> probable;
    while (q.next()) {
        const bool samePhone = q.value(2).toInt() == 1;
        if (samePhone)
            probable.append({q.value(0).toLongLong(), QStringLiteral("same_phone_other_name")});
        else if (ContactKeys::similarNames(nameKey, q.value(1).toString()))
            probable.append({q.value(0).toLongLong(), QStringLiteral("same_email_similar_name")});
    }
    for (const auto& [other, reason] : probable) {
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO crm_review (profile_a, profile_b, reason, found_at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (profile_a, profile_b) DO NOTHING"),
                 {std::min(profile, other), std::max(profile, other), reason, nowText()}, error))
            return false;
    }
    return true;
}

std::optional<qint64> CrmStore::mergeProfiles(QSqlDatabase& db, qint64 kept, qint64 absorbed,
                                              const QString& reason, bool automatic, QString* error)
{
    Stmt q;
    if (kept == absorbed ||
        !run(db, q,
             QStringLiteral("SELECT count(*) FROM crm_profile WHERE id IN (?, ?) AND merged_into IS NULL"),
             {kept, absorbed}, error) ||
        !q.next() || q.value(0).toInt() != 2) {
        if (error && error->isEmpty())
            *error = tr("These two profiles cannot be merged (one of them is already merged).");
        return std::nullopt;
    }
    const QString now = nowText();
    if (!run(db, q,
             QStringLiteral(
                 "INSERT INTO crm_merge (kept_id, absorbed_id, reason, automatic, at) VALUES (?, ?, ?, ?, "
                 "?)"),
             {kept, absorbed, reason, automatic ? 1 : 0, now}, error))
        return std::nullopt;
    const qint64 mergeId = q.lastInsertId().toLongLong();
    if (!run(db,
             QStringLiteral(
                 "INSERT INTO crm_merge_identity (merge_id, identity_id) SELECT ?, id FROM crm_identity "
                 "WHERE profile_id = ?"),
             {mergeId, absorbed}, error) ||
        !run(db, QStringLiteral("UPDATE crm_identity SET profile_id = ? WHERE profile_id = ?"),
             {kept, absorbed}, error) ||
        !run(db, QStringLiteral("UPDATE crm_profile SET merged_into = ?, updated_at = ? WHERE id = ?"),
             {kept, now, absorbed}, error) ||
        !run(db,
             QStringLiteral(
                 "UPDATE crm_review SET decision = 'merged', decided_at = ? WHERE profile_a = ? AND "
                 "profile_b = ? AND decision IS NULL"),
             {now, std::min(kept, absorbed), std::max(kept, absorbed)}, error))
        return std::nullopt;
    m_touchedProfiles.insert(kept);
    return mergeId;
}

// ------------------------------------------------------------ receipts, stats

bool CrmStore::linkService(QSqlDatabase& db, const QDate& day, int service, QString* error)
{
    // A service's hundreds of visits and receipts are read at every link:
    // their tables are kept inline (one or two, rarely more), no set or list
    // is made per row or per receipt.
    using Tables = QVarLengthArray<QString, 2>;
    const auto tables = [](const QString& label) {
        Tables out;
        if (label.isEmpty())
            return out;
        if (isPlainNumber(label)) {
            out.append(label);
            return out;
        }
        for (const QString& t : tablesOf(label))
            out.append(t);
        return out;
    };
    struct Receipt
    {
        QString id;
        qint64 closedMs; ///< 0: unknown
        int covers;
        Tables tables;
        bool counted;
        qint64 visit;
    };
    const auto ms = [](const QVariant& v) { return utcMs(v.toString()); };
    const auto inWindow = [](qint64 startMs, qint64 closedMs) {
        return startMs <= closedMs && startMs >= closedMs - qint64(kReceiptWindowMinutes) * 60'000;
    };
    // During a sync, a service where only honoured visits without a table
    // of some party sizes changed: a receipt's link can change only if it has
    // as many covers as one of them and is not the bill of a visit at its
    // table (that one stays the only visit at its table). When no receipt
    // can, the service's visits are not read at all.
    const LinkPlan* plan = nullptr;
    if (m_plans) {
        const auto found =
            m_plans->find(day.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(service));
        if (found != m_plans->end() && !found->second.full)
            plan = &found->second;
    }
    bool unchanged = plan != nullptr;
    std::vector<Receipt> receipts;
    Stmt q;
    if (!run(db, q,
             plan
                 ? QStringLiteral(
                       "SELECT r.receipt_id, r.closed_at, r.covers, r.table_label, r.counted, r.visit_id, "
                       "v.status, v.starts_at, v.table_label FROM crm_receipt r LEFT JOIN crm_visit v ON "
                       "v.id = r.visit_id WHERE r.day = ? AND r.service = ?")
                 : QStringLiteral("SELECT receipt_id, closed_at, covers, table_label, counted, visit_id FROM "
                                  "crm_receipt WHERE day = ? AND service = ?"),
             {day.toString(Qt::ISODate), service}, error))
        return false;
    while (q.next()) {
        const QVariant visit = q.value(5);
        receipts.push_back({q.value(0).toString(), ms(q.value(1)), q.value(2).toInt(),
                            tables(q.value(3).toString()), q.value(4).toInt() == 1,
                            visit.isNull() ? 0 : visit.toLongLong()});
        if (!unchanged)
            continue;
        const Receipt& r = receipts.back();
        if (!r.counted || !r.closedMs) {
            unchanged = r.visit == 0; // nobody's whatever the visits
        } else if (r.tables.isEmpty() ? plan->parties.count(r.covers) > 0
                                      : plan->parties.lower_bound(r.covers) != plan->parties.end()) {
            // (A receipt with a table may be part of a split bill: the
            // bill's covers are its own or more.)
            // Still the bill of the visit at its table?
            bool atItsTable = false;
            if (r.visit && q.value(6).toString() == QLatin1String("honoured") &&
                inWindow(ms(q.value(7)), r.closedMs)) {
                const Tables visitTables = tables(q.value(8).toString());
                for (const QString& t : visitTables)
                    atItsTable =
                        atItsTable || std::find(r.tables.begin(), r.tables.end(), t) != r.tables.end();
            }
            unchanged = atItsTable;
        }
    }
    // A service without receipts has nothing to link; nor one whose links
    // cannot have changed.
    if (receipts.empty() || unchanged)
        return true;

    struct Visit
    {
        qint64 startMs;
        qint64 id;
        int party;
        Tables tables;
    };
    std::vector<Visit> visits;
    if (!run(db, q,
             QStringLiteral(
                 "SELECT id, starts_at, party_size, table_label FROM crm_visit WHERE day = ? AND service "
                 "= ? AND status = 'honoured'"),
             {day.toString(Qt::ISODate), service}, error))
        return false;
    while (q.next()) {
        const qint64 start = ms(q.value(1));
        if (start)
            visits.push_back(
                {start, q.value(0).toLongLong(), q.value(2).toInt(), tables(q.value(3).toString())});
    }
    q.reset();
    // The candidates of a receipt by table, and by party size (all visits,
    // and those without a table), so a busy service is not a square.
    QHash<QString, QVarLengthArray<const Visit*, 2>> byTableLabel;
    QHash<int, std::vector<const Visit*>> byParty, byPartyNoTable;
    byTableLabel.reserve(qsizetype(visits.size()));
    for (const Visit& v : std::as_const(visits)) {
        for (qsizetype i = 0; i < v.tables.size(); ++i) {
            // "12+12" names table 12 once.
            if (std::find(v.tables.begin(), v.tables.begin() + i, v.tables[i]) == v.tables.begin() + i)
                byTableLabel[v.tables[i]].append(&v);
        }
        byParty[v.party].push_back(&v);
        if (v.tables.isEmpty())
            byPartyNoTable[v.party].push_back(&v);
    }

    QSet<qint64> affected; // visits whose spend may have changed
    QVarLengthArray<qint64, 4> tableMatches;
    const auto visitInWindow = [&inWindow](const Visit* v, qint64 closedMs) {
        return inWindow(v->startMs, closedMs);
    };
    // First by table: the one visit at one of its tables. The receipts no
    // visit sits at the table of wait for the bills.
    std::vector<qint64> links(receipts.size(), 0);
    std::vector<size_t> byCovers; // receipts to match by covers, by table then close
    for (size_t k = 0; k < receipts.size(); ++k) {
        const Receipt& r = receipts[k];
        if (!r.counted || !r.closedMs)
            continue;
        // The distinct visits at one of its tables that started up to the
        // window before the bill.
        tableMatches.clear();
        for (qsizetype i = 0; i < r.tables.size(); ++i) {
            const auto found = byTableLabel.constFind(r.tables[i]);
            if (found == byTableLabel.constEnd())
                continue;
            for (const Visit* v : *found) {
                if (visitInWindow(v, r.closedMs) && !tableMatches.contains(v->id))
                    tableMatches.append(v->id);
            }
        }
        if (tableMatches.size() == 1)
            links[k] = tableMatches.front();
        else if (tableMatches.isEmpty())
            byCovers.push_back(k);
    }
    // The bills: a receipt without a table alone; those of one table closed
    // within kSplitBillMinutes of the previous one together (a split bill).
    std::sort(byCovers.begin(), byCovers.end(), [&receipts](size_t a, size_t b) {
        const Receipt& x = receipts[a];
        const Receipt& y = receipts[b];
        if (x.tables != y.tables)
            return std::lexicographical_compare(x.tables.begin(), x.tables.end(), y.tables.begin(),
                                                y.tables.end());
        return x.closedMs < y.closedMs;
    });
    struct Bill
    {
        size_t first; ///< in byCovers
        size_t count;
        int covers;
        qint64 visit; ///< the one visit with as many guests (0: none or several)
    };
    std::vector<Bill> bills;
    for (size_t i = 0; i < byCovers.size(); ++i) {
        const Receipt& r = receipts[byCovers[i]];
        if (!bills.empty() && !r.tables.isEmpty()) {
            Bill& last = bills.back();
            const Receipt& previous = receipts[byCovers[i - 1]];
            if (previous.tables == r.tables &&
                r.closedMs - previous.closedMs <= qint64(kSplitBillMinutes) * 60'000) {
                ++last.count;
                last.covers += r.covers;
                continue;
            }
        }
        bills.push_back({i, 1, r.covers, 0});
    }
    // The one visit with as many guests as the bill's covers (of those
    // without a table when the till names one), in the window of each of
    // its receipts; a visit two bills could be goes to neither.
    QHash<qint64, int> claims;
    for (Bill& bill : bills) {
        const Receipt& r = receipts[byCovers[bill.first]];
        const auto& candidates = r.tables.isEmpty() ? byParty : byPartyNoTable;
        const auto sameParty = candidates.constFind(bill.covers);
        if (sameParty == candidates.constEnd())
            continue;
        qsizetype found = 0;
        for (const Visit* v : *sameParty) {
            bool inAll = true;
            for (size_t j = bill.first; j < bill.first + bill.count && inAll; ++j)
                inAll = visitInWindow(v, receipts[byCovers[j]].closedMs);
            if (inAll && found++ == 0)
                bill.visit = v->id;
        }
        if (found != 1)
            bill.visit = 0;
        else
            ++claims[bill.visit];
    }
    for (const Bill& bill : bills) {
        if (bill.visit && claims.value(bill.visit) == 1) {
            for (size_t j = bill.first; j < bill.first + bill.count; ++j)
                links[byCovers[j]] = bill.visit;
        }
    }
    for (size_t k = 0; k < receipts.size(); ++k) {
        const Receipt& r = receipts[k];
        const qint64 link = links[k];
        if (r.visit == link)
            continue;
        if (link)
            affected.insert(link);
        if (r.visit)
            affected.insert(r.visit);
        if (!run(db, QStringLiteral("UPDATE crm_receipt SET visit_id = ? WHERE receipt_id = ?"),
                 {link ? QVariant(link) : QVariant(), r.id}, error))
            return false;
    }
    for (const qint64 visit : std::as_const(affected)) {
        if (!run(db, q,
                 QStringLiteral(
                     "SELECT i.profile_id FROM crm_visit v JOIN crm_identity i ON i.id = v.identity_id "
                     "WHERE v.id = ?"),
                 {visit}, error))
            return false;
        if (q.next())
            m_touchedProfiles.insert(q.value(0).toLongLong());
    }
    return true;
}

bool CrmStore::refreshProfile(QSqlDatabase& db, qint64 profileId, QString* error)
{
    Stmt q;
    if (!run(db, q,
             QStringLiteral(
                 "SELECT name, email_key, phone_key, language, allergies, email_consent, consent_at, "
                 "source, name_key, email, phone, sms_consent, sms_consent_at FROM crm_identity WHERE "
                 "profile_id = ? ORDER BY updated_at DESC, id DESC"),
             {profileId}, error))
        return false;
    QString name, email, phone, language, consentSource, smsSource;
    QVariant consent, consentAt, sms, smsAt;
    // The newest statement wins (a refusal on a tie).
    const auto newer = [](const QVariant& at, const QVariant& given, const QVariant& bestAt,
                          const QVariant& best) {
        if (given.isNull())
            return false;
        if (best.isNull())
            return true;
        const QString a = at.toString(), b = bestAt.toString();
        return a > b || (a == b && given.toInt() == 0 && best.toInt() != 0);
    };
    QStringList search;
    while (q.next()) {
        if (name.isEmpty())
            name = q.value(0).toString().trimmed();
        if (email.isEmpty())
            email = q.value(1).toString();
        if (phone.isEmpty())
            phone = q.value(2).toString();
        if (language.isEmpty())
            language = q.value(3).toString();
        if (newer(q.value(6), q.value(5), consentAt, consent)) {
            consent = q.value(5);
            consentAt = q.value(6);
            consentSource = q.value(7).toString();
        }
        if (newer(q.value(12), q.value(11), smsAt, sms)) {
            sms = q.value(11);
            smsAt = q.value(12);
            smsSource = q.value(7).toString();
        }
        search << q.value(8).toString() << ContactKeys::searchText(q.value(9).toString());
        // The number's digits as typed, in E.164 and, for a French one, in
        // its national form ("0612345678").
        static const QRegularExpression nonDigits(QStringLiteral("\\D"));
        const QString e164 = q.value(2).toString();
        QString typed = q.value(10).toString();
        typed.remove(nonDigits);
        search << typed << e164.mid(1);
        if (e164.startsWith(QLatin1String("+33")))
            search << QLatin1Char('0') + e164.mid(3);
        search << q.value(1).toString();
    }
    search.removeAll(QString());
    search.removeDuplicates();
    // Words as the word index splits them ("elodie@example.fr": three).
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QString searchText = search.join(QLatin1Char(' ')).replace(nonWord, QStringLiteral(" "));

    if (!run(db, q,
             QStringLiteral(
                 "SELECT COALESCE(SUM(v.status = 'honoured'), 0), MAX(CASE WHEN v.status = 'honoured' "
                 "THEN v.day END), COALESCE(SUM(v.status = 'no_show'), 0), COALESCE(SUM(v.status = "
                 "'late_cancellation'), 0) FROM crm_visit v JOIN crm_identity i ON i.id = v.identity_id "
                 "WHERE i.profile_id = ?"),
             {profileId}, error) ||
        !q.next())
        return false;
    const int visits = q.value(0).toInt(), noShows = q.value(2).toInt(), late = q.value(3).toInt();
    const QVariant lastVisit = q.value(1);
    if (!run(db, q,
             QStringLiteral(
                 "SELECT COALESCE(SUM(r.total_cents), 0), COUNT(DISTINCT r.visit_id) FROM crm_receipt r "
                 "JOIN crm_visit v ON v.id = r.visit_id JOIN crm_identity i ON i.id = v.identity_id "
                 "WHERE i.profile_id = ? AND r.counted = 1 AND v.status = 'honoured'"),
             {profileId}, error) ||
        !q.next())
        return false;
    const qint64 spend = q.value(0).toLongLong();
    const int spendVisits = q.value(1).toInt();
    q.reset();
    // Item by item, the newest statement (crmallergies.h).
    QString allergyError;
    const QList<CrmAllergy> allergyItems = CrmAllergies(m_now).current(db, profileId, &allergyError);
    if (!allergyError.isEmpty()) {
        if (error)
            *error = allergyError;
        return false;
    }
    // Written (and updated_at moved) only when something changed: updated_at
    // is when the profile last changed, which a remote provider's changes
    // are weighed against (applyRemoteContact()).
    const QVariantList values{orNull(name),
                              orNull(email),
                              orNull(phone),
                              orNull(language),
                              orNull(CrmAllergies::joined(allergyItems)),
                              consent,
                              consentAt,
                              consent.isNull() ? QVariant() : QVariant(consentSource),
                              sms,
                              smsAt,
                              sms.isNull() ? QVariant() : QVariant(smsSource),
                              visits,
                              lastVisit,
                              spend,
                              spendVisits,
                              noShows,
                              late,
                              orNull(searchText)};
    QVariantList binds = values;
    binds << nowText() << profileId << values;
    return run(
        db,
        QStringLiteral("UPDATE crm_profile SET name = COALESCE(?, ''), email = COALESCE(?, ''), phone = "
                       "COALESCE(?, ''), language = COALESCE(?, ''), allergies = COALESCE(?, ''), "
                       "email_consent = ?, email_consent_at = ?, email_consent_source = ?, sms_consent = ?, "
                       "sms_consent_at = ?, sms_consent_source = ?, visits = ?, last_visit = ?, "
                       "spend_cents = ?, spend_visits = ?, no_shows = ?, late_cancellations = ?, "
                       "search_text = COALESCE(?, ''), updated_at = ? WHERE id = ? AND NOT ((name, email, "
                       "phone, language, allergies, email_consent, email_consent_at, email_consent_source, "
                       "sms_consent, sms_consent_at, sms_consent_source, visits, last_visit, spend_cents, "
                       "spend_visits, no_shows, late_cancellations, search_text) IS (COALESCE(?, ''), "
                       "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, '')))"),
        binds, error);
}

bool CrmStore::grantRewards(QSqlDatabase& db, qint64 profileId, int* granted, QString* error)
{
    Stmt q;
    if (!run(
            db, q,
            QStringLiteral("SELECT visits, spend_cents, birthday, merged_into FROM crm_profile WHERE id = ?"),
            {profileId}, error))
        return false;
    if (!q.next() || !q.value(3).isNull())
        return true;
    const int visits = q.value(0).toInt();
    const qint64 spend = q.value(1).toLongLong();
    const QString birthday = q.value(2).toString();

    // Milestones already granted to this profile or any profile merged into it.
    QSet<QString> done;
    if (!run(db, q,
             QString(QString::fromLatin1(kGroupCte)) +
                 QStringLiteral(
                     "SELECT rule_id, milestone FROM crm_reward WHERE profile_id IN (SELECT id FROM grp)"),
             {profileId}, error))
        return false;
    while (q.next())
        done.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());

    const QDateTime nowUtc = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    const QDate today = nowUtc.toTimeZone(kParis).date();
    QList<std::pair<qint64, QString>> due;
    // The rules, read once per finish() (a sync refreshes thousands of profiles).
    if (!m_rules)
        m_rules = rules(db);
    for (const CrmLoyaltyRule& rule : std::as_const(*m_rules)) {
        if (!rule.active)
            continue;
        if (rule.kind == QLatin1String("visits") && rule.threshold > 0) {
            for (qint64 n = rule.threshold; n <= visits; n += rule.threshold)
                due.append({rule.id, QStringLiteral("visits:%1").arg(n)});
        } else if (rule.kind == QLatin1String("spend") && rule.threshold > 0 && spend >= rule.threshold) {
            due.append({rule.id, QStringLiteral("spend:%1").arg(rule.threshold)});
        } else if (rule.kind == QLatin1String("birthday") && birthday.size() == 5) {
            const QDate day = QDate::fromString(QString::number(today.year()) + QLatin1Char('-') + birthday,
                                                QStringLiteral("yyyy-MM-dd"));
            if (day.isValid() && today >= day.addDays(-7) && today <= day)
                due.append({rule.id, QStringLiteral("birthday:%1").arg(today.year())});
        }
    }
    for (const auto& [rule, milestone] : due) {
        if (done.contains(QString::number(rule) + QLatin1Char('/') + milestone))
            continue;
        if (!run(db, q,
                 QStringLiteral(
                     "INSERT INTO crm_reward (profile_id, rule_id, milestone, state, granted_at) VALUES "
                     "(?, ?, ?, 'granted', ?) ON CONFLICT (profile_id, rule_id, milestone) DO NOTHING"),
                 {profileId, rule, milestone, iso(nowUtc)}, error))
            return false;
        if (granted)
            *granted += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

bool CrmStore::finish(QSqlDatabase& db, QString* error, int* granted, bool link)
{
    const std::set<qint64> identities = std::exchange(m_touchedIdentities, {});
    for (const qint64 id : identities) {
        if (!resolve(db, id, error))
            return false;
    }
    if (link) {
        QList<std::pair<QDate, int>> services;
        Stmt q;
        if (!run(db, q, QStringLiteral("SELECT day, service FROM crm_pending_link"), {}, error))
            return false;
        while (q.next())
            services.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt()});
        q.reset();
        for (const auto& [day, service] : std::as_const(services)) {
            if (day.isValid() && !linkService(db, day, service, error))
                return false;
        }
        if (!run(db, QStringLiteral("DELETE FROM crm_pending_link"), {}, error))
            return false;
    }
    const std::set<qint64> profiles = std::exchange(m_touchedProfiles, {});
    m_rules.reset();
    for (const qint64 id : profiles) {
        if (!refreshProfile(db, id, error) || !grantRewards(db, id, granted, error)) {
            m_rules.reset();
            return false;
        }
    }
    m_rules.reset();
    return true;
}

// ---------------------------------------------------------------------- sync

CrmStore::SyncResult CrmStore::sync(QSqlDatabase& db, const GuestBookSource* book,
                                    const ReceiptSource* receipts, int pageSize,
                                    const std::atomic<bool>* stop)
{
    SyncResult result;
    // The services' link plans, from the services an earlier sync left to
    // link (linked whole) and what this one changes.
    m_plans.emplace();
    const auto forgetPlans = qScopeGuard([this] { m_plans.reset(); });
    {
        Stmt q;
        if (!run(db, q, QStringLiteral("SELECT day, service FROM crm_pending_link"), {}, &result.error)) {
            result.ok = false;
            return result;
        }
        while (q.next())
            planFull(q.value(0).toString(), q.value(1).toInt());
    }
    auto cursor = [&db](const QString& name) {
        Stmt q;
        if (run(db, q, QStringLiteral("SELECT cursor FROM crm_cursor WHERE name = ?"), {name}, nullptr) &&
            q.next())
            return q.value(0).toString();
        return QString();
    };
    auto store = [this, &db, &result](const QString& name, const QString& next, const auto& apply) {
        m_touchedIdentities.clear();
        m_touchedProfiles.clear();
        QString error;
        const bool ok = Database::transaction(
            db,
            [&](QString* e) {
                return apply(e) && finish(db, e, &result.rewardsGranted, false) &&
                       run(db,
                           QStringLiteral(
                               "INSERT INTO crm_cursor (name, cursor) VALUES (?, ?) ON CONFLICT (name) "
                               "DO UPDATE SET cursor = excluded.cursor"),
                           {name, next}, e);
            },
            &error);
        if (!ok) {
            result.ok = false;
            result.error = error;
        }
        return ok;
    };

    // Reads one kind's changed rows page by page, each page applied and its
    // cursor moved in one transaction; false when a page could not be stored.
    auto drain = [&](const QString& kind, auto fetch, auto apply, int* count) {
        for (;;) {
            if (stop && stop->load()) {
                result.stopped = true;
                return false;
            }
            const auto page = fetch(cursor(kind));
            if (page.rows.isEmpty())
                return true;
            if (!store(kind, page.cursor, [&](QString* e) {
                    for (const auto& row : page.rows) {
                        if (!apply(db, row, e))
                            return false;
                    }
                    return true;
                }))
                return false;
            *count += int(page.rows.size());
            if (!page.more)
                return true;
        }
    };
    if (book) {
        if (!drain(
                QStringLiteral("guests"),
                [&](const QString& c) { return book->guestsChangedSince(c, pageSize); },
                [this](QSqlDatabase& d, const ActivityGuest& g, QString* e) { return applyGuest(d, g, e); },
                &result.guests))
            return result;
        if (!drain(
                QStringLiteral("bookings"),
                [&](const QString& c) { return book->bookingsChangedSince(c, pageSize); },
                [this](QSqlDatabase& d, const ActivityBooking& b, QString* e) {
                    return applyBooking(d, b, e);
                },
                &result.bookings))
            return result;
    }
    if (receipts &&
        !drain(
            QStringLiteral("receipts"),
            [&](const QString& c) { return receipts->receiptsChangedSince(c, pageSize); },
            [this](QSqlDatabase& d, const ActivityReceipt& r, QString* e) { return applyReceipt(d, r, e); },
            &result.receipts))
        return result;
    if (stop && stop->load()) {
        result.stopped = true;
        return result;
    }
    // The receipts of every service a page touched linked once, at the end
    // (the services to link are kept in crm_pending_link with the pages, so a
    // sync stopped halfway links them next time).
    m_touchedIdentities.clear();
    m_touchedProfiles.clear();
    QString error;
    if (!Database::transaction(
            db, [&](QString* e) { return finish(db, e, &result.rewardsGranted, true); }, &error)) {
        result.ok = false;
        result.error = error;
    }
    return result;
}

// ----------------------------------------------------------------- decisions

std::optional<qint64> CrmStore::merge(QSqlDatabase& db, qint64 kept, qint64 absorbed, QString* error)
{
    std::optional<qint64> id;
    m_touchedProfiles.clear();
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            id = mergeProfiles(db, kept, absorbed, QStringLiteral("manager"), false, e);
            return id && finish(db, e);
        },
        error);
    return ok ? id : std::nullopt;
}

std::optional<qint64> CrmStore::mergeReview(QSqlDatabase& db, qint64 reviewId, QString* error)
{
    Stmt q;
    if (!run(db, q,
             QStringLiteral("SELECT profile_a, profile_b FROM crm_review WHERE id = ? AND decision IS NULL"),
             {reviewId}, error) ||
        !q.next()) {
        if (error && error->isEmpty())
            *error = tr("This pair was already settled.");
        return std::nullopt;
    }
    return merge(db, q.value(0).toLongLong(), q.value(1).toLongLong(), error);
}

bool CrmStore::keepApart(QSqlDatabase& db, qint64 reviewId, QString* error)
{
    return Database::transaction(
        db,
        [&](QString* e) {
            Stmt q;
            if (!run(db, q,
                     QStringLiteral(
                         "UPDATE crm_review SET decision = 'apart', decided_at = ? WHERE id = ? AND "
                         "decision IS NULL"),
                     {nowText(), reviewId}, e))
                return false;
            if (q.numRowsAffected() == 0) {
                *e = tr("This pair was already settled.");
                return false;
            }
            return true;
        },
        error);
}

bool CrmStore::undoMerge(QSqlDatabase& db, qint64 mergeId, QString* error)
{
    m_touchedProfiles.clear();
    return Database::transaction(
        db,
        [&](QString* e) {
            Stmt q;
            if (!run(db, q,
                     QStringLiteral(
                         "SELECT m.kept_id, m.absorbed_id, m.undone_at, p.merged_into FROM crm_merge m "
                         "JOIN crm_profile p ON p.id = m.absorbed_id WHERE m.id = ?"),
                     {mergeId}, e))
                return false;
            if (!q.next()) {
                *e = tr("This merge does not exist.");
                return false;
            }
            const qint64 kept = q.value(0).toLongLong(), absorbed = q.value(1).toLongLong();
            if (!q.value(2).isNull()) {
                *e = tr("This merge was already undone.");
                return false;
            }
            if (q.value(3).toLongLong() != kept) {
                *e = tr("This merge cannot be undone any more: the profile was merged again since.");
                return false;
            }
            // Where the moved identities are now (the kept profile, or one it was merged into since).
            if (!run(db, q,
                     QStringLiteral(
                         "SELECT DISTINCT i.profile_id FROM crm_identity i JOIN crm_merge_identity m ON "
                         "m.identity_id = i.id WHERE m.merge_id = ?"),
                     {mergeId}, e))
                return false;
            while (q.next())
                m_touchedProfiles.insert(q.value(0).toLongLong());
            const QString now = nowText();
            if (!run(db,
                     QStringLiteral(
                         "UPDATE crm_identity SET profile_id = ? WHERE id IN (SELECT identity_id FROM "
                         "crm_merge_identity WHERE merge_id = ?)"),
                     {absorbed, mergeId}, e) ||
                !run(db,
                     QStringLiteral("UPDATE crm_profile SET merged_into = NULL, updated_at = ? WHERE id = ?"),
                     {now, absorbed}, e) ||
                !run(db, QStringLiteral("UPDATE crm_merge SET undone_at = ? WHERE id = ?"), {now, mergeId},
                     e) ||
                !run(db,
                     QStringLiteral(
                         "INSERT INTO crm_review (profile_a, profile_b, reason, found_at, decision, "
                         "decided_at) VALUES (?, ?, 'merge_undone', ?, 'apart', ?) ON CONFLICT (profile_a, "
                         "profile_b) DO UPDATE SET decision = 'apart', decided_at = excluded.decided_at"),
                     {std::min(kept, absorbed), std::max(kept, absorbed), now, now}, e))
                return false;
            m_touchedProfiles.insert(kept);
            m_touchedProfiles.insert(absorbed);
            return finish(db, e);
        },
        error);
}

bool CrmStore::setRewardState(QSqlDatabase& db, qint64 rewardId, const QString& state, QString* error)
{
    if (state != QLatin1String("granted") && state != QLatin1String("used") &&
        state != QLatin1String("expired")) {
        if (error)
            *error = tr("Unknown reward state \"%1\".").arg(state);
        return false;
    }
    return run(db, QStringLiteral("UPDATE crm_reward SET state = ?, changed_at = ? WHERE id = ?"),
               {state, nowText(), rewardId}, error);
}

bool CrmStore::setProfileDetails(QSqlDatabase& db, qint64 profileId, const QString& notes,
                                 const QString& tags, bool vip, const QString& birthday, QString* error)
{
    if (!birthday.isEmpty() &&
        !QDate::fromString(QStringLiteral("2000-") + birthday, QStringLiteral("yyyy-MM-dd")).isValid()) {
        if (error)
            *error = tr("The birthday \"%1\" is not a day of the year (MM-DD).").arg(birthday);
        return false;
    }
    return run(
        db,
        QStringLiteral("UPDATE crm_profile SET notes = COALESCE(?, ''), tags = COALESCE(?, ''), vip = ?, "
                       "birthday = ?, updated_at = ? WHERE id = ?"),
        {orNull(notes), orNull(tags), vip ? 1 : 0, orNull(birthday), nowText(), profileId}, error);
}

bool CrmStore::requestRemoteErasure(QSqlDatabase& db, const QString& provider, const QString& email,
                                    const QString& phone, QString* error)
{
    if (provider.isEmpty() || (email.isEmpty() && phone.isEmpty())) {
        if (error)
            *error = tr("A remote deletion needs a provider and an e-mail or a phone number.");
        return false;
    }
    return run(
        db,
        QStringLiteral("INSERT OR IGNORE INTO crm_remote_erasure (provider, email, phone, requested_at) "
                       "VALUES (?, COALESCE(?, ''), COALESCE(?, ''), ?)"),
        {provider, email, phone, nowText()}, error);
}

QList<CrmRemoteErasure> CrmStore::pendingRemoteErasures(QSqlDatabase& db, const QString& provider) const
{
    QList<CrmRemoteErasure> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, provider, email, phone, requested_at, attempts, last_error "
                             "FROM crm_remote_erasure WHERE provider = ? AND last_error = '' ORDER BY id"));
    q.addBindValue(provider);
    if (!q.exec())
        return out;
    while (q.next()) {
        CrmRemoteErasure e;
        e.id = q.value(0).toLongLong();
        e.provider = q.value(1).toString();
        e.email = q.value(2).toString();
        e.phone = q.value(3).toString();
        e.requestedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        e.attempts = q.value(5).toInt();
        e.lastError = q.value(6).toString();
        out.append(e);
    }
    return out;
}

bool CrmStore::settleRemoteErasure(QSqlDatabase& db, qint64 id, bool done, const QString& failure,
                                   QString* error)
{
    if (done)
        return run(db, QStringLiteral("DELETE FROM crm_remote_erasure WHERE id = ?"), {id}, error);
    return run(
        db,
        QStringLiteral("UPDATE crm_remote_erasure SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
        {failure, id}, error);
}

std::optional<qint64> CrmStore::saveRule(QSqlDatabase& db, const CrmLoyaltyRule& rule, QString* error)
{
    if ((rule.kind == QLatin1String("visits") || rule.kind == QLatin1String("spend")) &&
        rule.threshold <= 0) {
        if (error)
            *error = tr("A loyalty rule needs a threshold above zero.");
        return std::nullopt;
    }
    Stmt q;
    if (rule.id > 0) {
        if (!run(db, q,
                 QStringLiteral(
                     "UPDATE crm_loyalty_rule SET kind = ?, threshold = ?, active = ? WHERE id = ?"),
                 {rule.kind, rule.threshold, rule.active ? 1 : 0, rule.id}, error))
            return std::nullopt;
        return rule.id;
    }
    if (!run(db, q, QStringLiteral("INSERT INTO crm_loyalty_rule (kind, threshold, active) VALUES (?, ?, ?)"),
             {rule.kind, rule.threshold, rule.active ? 1 : 0}, error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

// --------------------------------------------------------------------- reads

namespace {

const char kSummaryColumns[] = "id, name, email, phone, visits, last_visit, spend_cents, vip, allergies";

CrmProfileSummary readSummary(const Stmt& q)
{
    CrmProfileSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.email = q.value(2).toString();
    s.phone = q.value(3).toString();
    s.visits = q.value(4).toInt();
    s.lastVisit = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.spendCents = q.value(6).toLongLong();
    s.vip = q.value(7).toInt() != 0;
    s.allergies = q.value(8).toString();
    return s;
}

} // namespace

QList<CrmProfileSummary> CrmStore::search(QSqlDatabase& db, const QString& text, int limit) const
{
    QList<CrmProfileSummary> out;
    // The words typed, each a word prefix ("06 12 34" and "+33 6 12" are one
    // number: their digits together).
    QString compact = text;
    static const QRegularExpression punctuation(QStringLiteral("[\\s.+()-]"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    compact.remove(punctuation);
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    QStringList words;
    if (digitsOnly.match(compact).hasMatch())
        words << compact;
    else
        words = ContactKeys::searchText(text).split(nonWord, Qt::SkipEmptyParts);
    Stmt q;
    bool ok = false;
    if (words.isEmpty()) {
        ok = run(
            db, q,
            QString(QStringLiteral("SELECT ") + QLatin1String(kSummaryColumns)) +
                QStringLiteral(" FROM crm_profile WHERE merged_into IS NULL ORDER BY visits DESC, id DESC "
                               "LIMIT ?"),
            {limit}, nullptr);
    } else {
        QStringList terms;
        QString like;
        QVariantList likes;
        for (const QString& w : std::as_const(words)) {
            terms << QLatin1Char('"') + w + QLatin1String("\"*");
            like += QStringLiteral(" AND (' ' || search_text) LIKE ?");
            likes << QString(QStringLiteral("% ") + w + QLatin1Char('%'));
        }
        const QString match = terms.join(QLatin1Char(' '));
        // Many matches (a first letter, "06"): the guests by visits, each
        // compared as text, stopping at `limit` — quick because matches are
        // dense. Few: through the word index, then by visits.
        constexpr int kDense = 3000;
        if (!run(db, q,
                 QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM crm_profile_search WHERE "
                                "crm_profile_search MATCH ? LIMIT %1)")
                     .arg(kDense + 1),
                 {match}, nullptr) ||
            !q.next())
            return out;
        if (q.value(0).toInt() > kDense) {
            likes << limit;
            ok = run(db, q,
                     QString(QStringLiteral("SELECT ") + QLatin1String(kSummaryColumns)) +
                         QStringLiteral(" FROM crm_profile WHERE merged_into IS NULL") + like +
                         QStringLiteral(" ORDER BY visits DESC, id DESC LIMIT ?"),
                     likes, nullptr);
        } else {
            ok = run(db, q,
                     QString(QStringLiteral("SELECT ") + QLatin1String(kSummaryColumns)) +
                         QStringLiteral(
                             " FROM crm_profile WHERE merged_into IS NULL AND id IN (SELECT rowid FROM "
                             "crm_profile_search WHERE crm_profile_search MATCH ?) ORDER BY visits DESC, id "
                             "DESC LIMIT ?"),
                     {match, limit}, nullptr);
        }
    }
    if (!ok)
        return out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

CrmProfileSummary CrmStore::summary(QSqlDatabase& db, qint64 id) const
{
    Stmt q;
    if (run(db, q,
            QString(QStringLiteral("SELECT ") + QLatin1String(kSummaryColumns)) +
                QStringLiteral(" FROM crm_profile WHERE id = ?"),
            {id}, nullptr) &&
        q.next())
        return readSummary(q);
    return {};
}

std::optional<CrmProfile> CrmStore::profile(QSqlDatabase& db, qint64 id) const
{
    Stmt q;
    // A profile merged away shows the one it was merged into.
    for (int hops = 0; hops < 64; ++hops) {
        if (!run(db, q, QStringLiteral("SELECT merged_into FROM crm_profile WHERE id = ?"), {id}, nullptr) ||
            !q.next())
            return std::nullopt;
        if (q.value(0).isNull())
            break;
        id = q.value(0).toLongLong();
    }
    CrmProfile p;
    if (!run(db, q,
             QString(QStringLiteral("SELECT ") + QLatin1String(kSummaryColumns)) +
                 QStringLiteral(
                     ", language, notes, tags, birthday, email_consent, email_consent_at, "
                     "email_consent_source, sms_consent, sms_consent_at, sms_consent_source, no_shows, "
                     "late_cancellations, spend_visits FROM crm_profile WHERE id = ?"),
             {id}, nullptr) ||
        !q.next())
        return std::nullopt;
    p.summary = readSummary(q);
    p.language = q.value(9).toString();
    p.notes = q.value(10).toString();
    p.tags = q.value(11).toString();
    p.birthday = q.value(12).toString();
    if (!q.value(13).isNull())
        p.emailConsent = {q.value(13).toInt() != 0, fromIso(q.value(14)), q.value(15).toString()};
    if (!q.value(16).isNull())
        p.smsConsent = {q.value(16).toInt() != 0, fromIso(q.value(17)), q.value(18).toString()};
    p.noShows = q.value(19).toInt();
    p.lateCancellations = q.value(20).toInt();
    const int spendVisits = q.value(21).toInt();
    p.averageSpendCents = spendVisits > 0 ? (p.summary.spendCents + spendVisits / 2) / spendVisits : 0;

    if (run(db, q,
            QStringLiteral(
                "SELECT v.id, v.channel, v.day, v.service, v.starts_at, v.party_size, v.table_label, "
                "v.status, COALESCE(SUM(r.total_cents), 0), COUNT(r.receipt_id) FROM crm_visit v JOIN "
                "crm_identity i ON i.id = v.identity_id LEFT JOIN crm_receipt r ON r.visit_id = v.id AND "
                "r.counted = 1 WHERE i.profile_id = ? GROUP BY v.id ORDER BY v.starts_at DESC"),
            {id}, nullptr)) {
        while (q.next())
            p.visits.append({q.value(0).toLongLong(), q.value(1).toString(),
                             QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt(),
                             fromIso(q.value(4)), q.value(5).toInt(), q.value(6).toString(),
                             q.value(7).toString(), q.value(8).toLongLong(), q.value(9).toInt()});
    }
    if (run(db, q,
            QStringLiteral(
                "SELECT MAX(it.name), SUM(it.quantity_milli) FROM crm_receipt_item it JOIN crm_receipt r "
                "ON r.receipt_id = it.receipt_id JOIN crm_visit v ON v.id = r.visit_id JOIN crm_identity "
                "i ON i.id = v.identity_id WHERE i.profile_id = ? AND r.counted = 1 GROUP BY it.sku "
                "ORDER BY 2 DESC, 1 LIMIT 5"),
            {id}, nullptr)) {
        while (q.next())
            p.favourites.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    if (run(db, q,
            QString(QString::fromLatin1(kGroupCte)) +
                QStringLiteral(
                    "SELECT w.id, w.rule_id, l.kind, w.milestone, w.state, w.granted_at FROM crm_reward w "
                    "JOIN crm_loyalty_rule l ON l.id = w.rule_id WHERE w.profile_id IN (SELECT id FROM "
                    "grp) ORDER BY w.granted_at DESC, w.id DESC"),
            {id}, nullptr)) {
        while (q.next())
            p.rewards.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), fromIso(q.value(5))});
    }
    if (run(db, q,
            QStringLiteral(
                "SELECT id, source, name, email, phone, email_invalid, phone_invalid FROM crm_identity "
                "WHERE profile_id = ? ORDER BY id"),
            {id}, nullptr)) {
        while (q.next())
            p.identities.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0,
                                 q.value(6).toInt() != 0});
    }
    q.reset();
    p.conflicts = fieldHistory(db, id);
    p.allergyItems = CrmAllergies(m_now).current(db, id);
    return p;
}

QList<CrmReviewItem> CrmStore::openReviews(QSqlDatabase& db) const
{
    QList<CrmReviewItem> out;
    Stmt q;
    if (!run(db, q,
             QStringLiteral(
                 "SELECT r.id, r.reason, r.profile_a, r.profile_b FROM crm_review r JOIN crm_profile a ON "
                 "a.id = r.profile_a JOIN crm_profile b ON b.id = r.profile_b WHERE r.decision IS NULL "
                 "AND a.merged_into IS NULL AND b.merged_into IS NULL ORDER BY r.found_at, r.id"),
             {}, nullptr))
        return out;
    QList<std::tuple<qint64, QString, qint64, qint64>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toLongLong()});
    for (const auto& [rid, reason, a, b] : rows)
        out.append({rid, reason, summary(db, a), summary(db, b)});
    return out;
}

QList<CrmMergeEntry> CrmStore::merges(QSqlDatabase& db, int limit) const
{
    QList<CrmMergeEntry> out;
    Stmt q;
    if (!run(db, q,
             QStringLiteral(
                 "SELECT m.id, m.kept_id, m.absorbed_id, k.name, COALESCE(NULLIF(a.name, ''), (SELECT "
                 "i.name FROM crm_merge_identity mi JOIN crm_identity i ON i.id = mi.identity_id WHERE "
                 "mi.merge_id = m.id AND i.name <> '' ORDER BY i.updated_at DESC, i.id DESC LIMIT 1), ''), "
                 "m.reason, m.automatic, m.at, m.undone_at FROM crm_merge m JOIN crm_profile k ON k.id = "
                 "m.kept_id JOIN crm_profile a ON a.id = m.absorbed_id ORDER BY m.id DESC LIMIT ?"),
             {limit}, nullptr))
        return out;
    // A profile merged as soon as it was made never had a name of its own:
    // the newest of the identities the merge moved names it.
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toInt() != 0, fromIso(q.value(7)), !q.value(8).isNull()});
    return out;
}

QList<CrmLoyaltyRule> CrmStore::rules(QSqlDatabase& db) const
{
    QList<CrmLoyaltyRule> out;
    Stmt q;
    if (!run(db, q, QStringLiteral("SELECT id, kind, threshold, active FROM crm_loyalty_rule ORDER BY id"),
             {}, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toInt() != 0});
    return out;
}

qint64 CrmStore::profileCount(QSqlDatabase& db) const
{
    Stmt q;
    if (run(db, q, QStringLiteral("SELECT count(*) FROM crm_profile WHERE merged_into IS NULL"), {},
            nullptr) &&
        q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 CrmStore::profileOf(QSqlDatabase& db, const QString& source, const QString& sourceKey) const
{
    Stmt q;
    if (run(db, q, QStringLiteral("SELECT profile_id FROM crm_identity WHERE source = ? AND source_key = ?"),
            {source, sourceKey}, nullptr) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

// ------------------------------------------------- remote contacts provider

namespace {

QString consentText(const QVariant& v)
{
    return v.isNull() ? QString() : (v.toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0"));
}

QString consentText(const std::optional<bool>& v)
{
    return v ? (*v ? QStringLiteral("1") : QStringLiteral("0")) : QString();
}

/// The fields a remote provider and Moulin may disagree on, the provider's
/// value and the profile's, for those the provider says something about.
struct FieldValues
{
    QString field;
    QString remote;
    QString local;
};

QList<FieldValues> differences(const CrmRemoteContact& c, const QString& name, const QString& email,
                               const QString& phone, const QVariant& emailConsent, const QVariant& smsConsent)
{
    QList<FieldValues> out;
    const QString remoteEmail = ContactKeys::email(c.email).key;
    if (!remoteEmail.isEmpty() && !email.isEmpty() && remoteEmail != email)
        out.append({QStringLiteral("email"), remoteEmail, email});
    const QString remoteName = c.name.simplified();
    if (!remoteName.isEmpty() && remoteName != name.simplified())
        out.append({QStringLiteral("name"), remoteName, name});
    const QString remotePhone = ContactKeys::phone(c.phone).e164;
    if (!remotePhone.isEmpty() && remotePhone != phone)
        out.append({QStringLiteral("phone"), remotePhone, phone});
    if (c.emailConsent && consentText(c.emailConsent) != consentText(emailConsent))
        out.append({QStringLiteral("email_consent"), consentText(c.emailConsent), consentText(emailConsent)});
    if (c.smsConsent && consentText(c.smsConsent) != consentText(smsConsent))
        out.append({QStringLiteral("sms_consent"), consentText(c.smsConsent), consentText(smsConsent)});
    return out;
}

} // namespace

bool CrmStore::recordConflict(QSqlDatabase& db, qint64 profileId, const QString& field,
                              const QString& keptValue, const QString& keptSource, const QString& keptAt,
                              const QString& lostValue, const QString& lostSource, const QString& lostAt,
                              QString* error)
{
    return run(
        db,
        QStringLiteral("INSERT INTO crm_field_history (profile_id, field, kept_value, kept_source, kept_at, "
                       "lost_value, lost_source, lost_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {profileId, field, keptValue, keptSource, orNull(keptAt), lostValue, lostSource, orNull(lostAt),
         nowText()},
        error);
}

bool CrmStore::applyRemoteContact(QSqlDatabase& db, const QString& provider, const CrmRemoteContact& c,
                                  QString* error)
{
    if (provider.isEmpty() || c.remoteId.isEmpty())
        return true;
    const QString remoteAt = iso(c.modifiedAt.isValid() ? c.modifiedAt : QDateTime::currentDateTimeUtc());
    ActivityGuest g;
    g.channel = provider;
    g.externalId = c.remoteId;
    g.name = c.name.simplified();
    g.email = c.email;
    g.phone = c.phone;
    g.emailConsent = c.emailConsent;
    g.smsConsent = c.smsConsent;
    g.updatedAt = c.modifiedAt;

    Stmt q;
    // What the provider holds already (its echo of what was sent to it): no
    // change of its own to weigh, only its time to record.
    if (!c.fingerprint.isEmpty()) {
        if (!run(db, q,
                 QStringLiteral("SELECT 1 FROM crm_remote_contact r JOIN crm_identity i ON i.source = "
                                "r.provider AND i.source_key = r.remote_id WHERE r.provider = ? AND "
                                "r.remote_id = ? AND r.fingerprint = ?"),
                 {provider, c.remoteId, c.fingerprint}, error))
            return false;
        if (q.next()) {
            m_appliedRemote.append({c, false});
            return true;
        }
        q.reset();
    }
    if (!run(db, q,
             QStringLiteral(
                 "SELECT i.id, p.id, p.name, p.phone, p.email_consent, p.sms_consent, p.updated_at, "
                 "p.email_consent_source, p.sms_consent_source, p.email FROM crm_identity i JOIN "
                 "crm_profile p ON p.id = i.profile_id WHERE i.source = ? AND i.source_key = ?"),
             {provider, c.remoteId}, error))
        return false;
    const bool known = q.next();
    bool remoteWins = true;
    bool conflicted = false;
    if (known) {
        const qint64 profileId = q.value(1).toLongLong();
        const QString localAt = q.value(6).toString();
        const QString emailSource = q.value(7).toString(), smsSource = q.value(8).toString();
        const QList<FieldValues> diff = differences(c, q.value(2).toString(), q.value(9).toString(),
                                                    q.value(3).toString(), q.value(4), q.value(5));
        q.reset();
        // The newer change wins; a tie goes to Moulin (nothing overwritten
        // by a change that is not newer).
        remoteWins = diff.isEmpty() || utcMs(remoteAt) > utcMs(localAt);
        conflicted = !diff.isEmpty();
        for (const FieldValues& f : diff) {
            // The profile's consent came from its source; the rest is Moulin's.
            QString localSource = QStringLiteral("moulin");
            if (f.field == QLatin1String("email_consent") && !emailSource.isEmpty())
                localSource = emailSource;
            if (f.field == QLatin1String("sms_consent") && !smsSource.isEmpty())
                localSource = smsSource;
            const bool ok = remoteWins ? recordConflict(db, profileId, f.field, f.remote, provider, remoteAt,
                                                        f.local, localSource, localAt, error)
                                       : recordConflict(db, profileId, f.field, f.local, localSource, localAt,
                                                        f.remote, provider, remoteAt, error);
            if (!ok)
                return false;
        }
    }
    q.reset();
    if (remoteWins) {
        const std::optional<qint64> id = upsertIdentity(db, provider, c.remoteId, g, true, error);
        if (!id)
            return false;
        // A provider's change that won is the profile's latest: its identity
        // leads the profile's values (refreshProfile(): the newest identity
        // first). Without a conflict it keeps its own time.
        if (!run(
                db,
                QStringLiteral(
                    "UPDATE crm_identity SET email_consent = ?, consent_at = CASE WHEN ? IS NULL THEN NULL "
                    "ELSE ? END, sms_consent = ?, sms_consent_at = CASE WHEN ? IS NULL THEN NULL ELSE ? END, "
                    "updated_at = MAX(?, COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%fZ', "
                    "MAX(julianday(o.updated_at)) + 0.001 / 86400.0) FROM crm_identity o WHERE "
                    "o.profile_id = crm_identity.profile_id AND "
                    "o.id <> crm_identity.id AND ? = 1), '')) WHERE id = ?"),
                {c.emailConsent ? QVariant(*c.emailConsent ? 1 : 0) : QVariant(),
                 c.emailConsent ? QVariant(1) : QVariant(), remoteAt,
                 c.smsConsent ? QVariant(*c.smsConsent ? 1 : 0) : QVariant(),
                 c.smsConsent ? QVariant(1) : QVariant(), remoteAt, remoteAt, conflicted ? 1 : 0, *id},
                error))
            return false;
    }
    m_appliedRemote.append({c, !known});
    return true;
}

bool CrmStore::settleRemoteContacts(QSqlDatabase& db, const QString& provider, QString* error)
{
    const auto applied = std::exchange(m_appliedRemote, {});
    Stmt q;
    for (const auto& [c, isNew] : applied) {
        if (!run(db, q,
                 QStringLiteral("SELECT p.id, p.name, p.phone, p.email_consent, p.sms_consent, p.updated_at, "
                                "p.email_consent_source, p.sms_consent_source, p.email FROM crm_identity i "
                                "JOIN crm_profile "
                                "p ON p.id = i.profile_id WHERE i.source = ? AND i.source_key = ?"),
                 {provider, c.remoteId}, error))
            return false;
        if (!q.next())
            continue;
        const qint64 profileId = q.value(0).toLongLong();
        if (isNew) {
            // A new contact joined a profile whose newer values won over its own.
            const QString localAt = q.value(5).toString();
            const QList<FieldValues> diff = differences(c, q.value(1).toString(), q.value(8).toString(),
                                                        q.value(2).toString(), q.value(3), q.value(4));
            const QString emailSource = q.value(6).toString(), smsSource = q.value(7).toString();
            q.reset();
            for (const FieldValues& f : diff) {
                QString localSource = QStringLiteral("moulin");
                if (f.field == QLatin1String("email_consent") && !emailSource.isEmpty())
                    localSource = emailSource;
                if (f.field == QLatin1String("sms_consent") && !smsSource.isEmpty())
                    localSource = smsSource;
                if (!recordConflict(db, profileId, f.field, f.local, localSource, localAt, f.remote, provider,
                                    iso(c.modifiedAt), error))
                    return false;
            }
        }
        q.reset();
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO crm_remote_contact (provider, remote_id, profile_id, email, fingerprint, "
                     "modified_at, synced_at) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?) ON "
                     "CONFLICT (provider, remote_id) "
                     "DO "
                     "UPDATE SET profile_id = excluded.profile_id, email = excluded.email, fingerprint = "
                     "excluded.fingerprint, modified_at = excluded.modified_at, synced_at = "
                     "excluded.synced_at"),
                 {provider, c.remoteId, profileId, ContactKeys::email(c.email).key, c.fingerprint,
                  orNull(iso(c.modifiedAt)), nowText()},
                 error))
            return false;
    }
    return true;
}

QList<CrmOutgoingContact> CrmStore::outgoingContacts(QSqlDatabase& db, const QString& provider,
                                                     QString* error) const
{
    QList<CrmOutgoingContact> out;
    Stmt q;
    // The profile's contact at the provider: the one linked to it or to a
    // profile merged into it (the newest).
    if (!run(
            db, q,
            QStringLiteral(
                "SELECT p.id, p.email, p.name, p.phone, p.language, p.vip, p.visits, p.last_visit, "
                "p.spend_cents, p.email_consent, p.sms_consent, (SELECT r.remote_id || char(31) || "
                "r.fingerprint FROM crm_remote_contact r JOIN crm_profile m ON m.id = r.profile_id WHERE "
                "r.provider = ? AND (m.id = p.id OR m.merged_into = p.id) ORDER BY r.synced_at DESC LIMIT 1) "
                "FROM crm_profile p WHERE p.merged_into IS NULL AND p.email <> '' ORDER BY p.id"),
            {provider}, error))
        return out;
    while (q.next()) {
        const QString remote = q.value(11).toString();
        const bool atProvider = !q.value(11).isNull();
        if (!atProvider && q.value(9).toInt() != 1)
            continue;
        CrmOutgoingContact c;
        c.profileId = q.value(0).toLongLong();
        c.email = q.value(1).toString();
        c.name = q.value(2).toString();
        c.phone = q.value(3).toString();
        c.language = q.value(4).toString();
        c.vip = q.value(5).toInt() != 0;
        c.visits = q.value(6).toInt();
        c.lastVisit = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.spendCents = q.value(8).toLongLong();
        if (!q.value(9).isNull())
            c.emailConsent = q.value(9).toInt() != 0;
        if (!q.value(10).isNull())
            c.smsConsent = q.value(10).toInt() != 0;
        if (atProvider) {
            const qsizetype sep = remote.indexOf(QChar(31));
            c.remoteId = remote.left(sep);
            c.fingerprint = sep >= 0 ? remote.mid(sep + 1) : QString();
        }
        out.append(c);
    }
    q.reset();
    // Every profile's rewards with those of the profiles merged into it, in
    // one read (newest first).
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out[i].profileId, i);
    if (!run(db, q,
             QStringLiteral(
                 "WITH RECURSIVE root(id, r) AS (SELECT id, id FROM crm_profile WHERE merged_into IS NULL "
                 "UNION ALL SELECT p.id, root.r FROM crm_profile p JOIN root ON p.merged_into = root.id) "
                 "SELECT root.r, w.milestone, w.state FROM crm_reward w JOIN root ON root.id = w.profile_id "
                 "ORDER BY w.granted_at DESC, w.id DESC"),
             {}, error))
        return {};
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        CrmOutgoingContact& c = out[*it];
        ++c.rewards;
        if (c.openReward.isEmpty() && q.value(2).toString() == QLatin1String("granted"))
            c.openReward = q.value(1).toString();
    }
    return out;
}

bool CrmStore::markRemoteSynced(QSqlDatabase& db, const QString& provider, qint64 profileId,
                                const QString& remoteId, const QString& email, const QString& fingerprint,
                                QString* error)
{
    if (remoteId.isEmpty())
        return true;
    return run(
        db,
        QStringLiteral(
            "INSERT INTO crm_remote_contact (provider, remote_id, profile_id, email, fingerprint, "
            "synced_at) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?) ON CONFLICT (provider, "
            "remote_id) DO UPDATE SET "
            "profile_id = excluded.profile_id, email = excluded.email, fingerprint = excluded.fingerprint, "
            "synced_at = excluded.synced_at"),
        {provider, remoteId, profileId, email, fingerprint, nowText()}, error);
}

QList<CrmRemoteLink> CrmStore::remoteLinks(QSqlDatabase& db, const QString& provider, QString* error) const
{
    QList<CrmRemoteLink> out;
    Stmt q;
    if (!run(db, q,
             QStringLiteral(
                 "WITH RECURSIVE root(id, r) AS (SELECT id, id FROM crm_profile WHERE merged_into IS NULL "
                 "UNION ALL SELECT p.id, root.r FROM crm_profile p JOIN root ON p.merged_into = root.id) "
                 "SELECT c.remote_id, c.profile_id, root.r, c.email, c.fingerprint, c.modified_at FROM "
                 "crm_remote_contact c JOIN root ON root.id = c.profile_id WHERE c.provider = ? ORDER BY "
                 "root.r, c.synced_at DESC, c.remote_id"),
             {provider}, error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), fromIso(q.value(5))});
    return out;
}

QList<CrmFieldChange> CrmStore::fieldHistory(QSqlDatabase& db, qint64 profileId) const
{
    QList<CrmFieldChange> out;
    Stmt q;
    if (!run(db, q,
             QString(QString::fromLatin1(kGroupCte)) +
                 QStringLiteral(
                     "SELECT id, profile_id, field, kept_value, kept_source, kept_at, lost_value, "
                     "lost_source, "
                     "lost_at, recorded_at FROM crm_field_history WHERE profile_id IN (SELECT id FROM grp) "
                     "ORDER BY recorded_at DESC, id DESC"),
             {profileId}, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), fromIso(q.value(5)), q.value(6).toString(),
                    q.value(7).toString(), fromIso(q.value(8)), fromIso(q.value(9))});
    return out;
}

// ------------------------------------------------ allergies (migration 0033)

bool CrmStore::recordAllergies(QSqlDatabase& db, const QString& origin, qint64 identityId,
                               const QString& source, const QString& text, const QDateTime& statedAt,
                               QString* error)
{
    return CrmAllergies(m_now).recordStated(db, origin, identityId, source, text, statedAt, error);
}

// ---------------------------------------------- loyalty rules, granted at once

std::optional<int> CrmStore::grantRewardsToAll(QSqlDatabase& db, QString* error)
{
    int granted = 0;
    m_rules.reset();
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            QList<qint64> ids;
            {
                Stmt q;
                if (!run(db, q,
                         QStringLiteral("SELECT id FROM crm_profile WHERE merged_into IS NULL ORDER BY id"),
                         {}, e))
                    return false;
                while (q.next())
                    ids.append(q.value(0).toLongLong());
            }
            // The rules read once, inside the transaction (grantRewards()).
            for (const qint64 id : std::as_const(ids)) {
                if (!grantRewards(db, id, &granted, e))
                    return false;
            }
            return true;
        },
        error);
    m_rules.reset();
    if (!ok)
        return std::nullopt;
    return granted;
}

} // namespace Moulin
