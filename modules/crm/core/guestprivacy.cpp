#include "crm/core/guestprivacy.h"

#include "common/core/database.h"
#include "crm/core/crmstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

namespace {

Q_LOGGING_CATEGORY(lcPrivacy, "moulin.crm.privacy", QtInfoMsg)

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

bool run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery q(db);
    return run(q, sql, binds, error);
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue text(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonValue flag(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toInt() != 0);
}

QJsonValue consent(const std::optional<bool>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString statusText(ActivityBooking::Status s)
{
    switch (s) {
    case ActivityBooking::Status::Honoured:
        return QStringLiteral("honoured");
    case ActivityBooking::Status::NoShow:
        return QStringLiteral("no_show");
    case ActivityBooking::Status::Cancelled:
        return QStringLiteral("cancelled");
    case ActivityBooking::Status::Standing:
        break;
    }
    return QStringLiteral("standing");
}

/// The profile's root (following merges) and every profile merged into it.
std::optional<QList<qint64>> group(QSqlDatabase& db, qint64 id, QString* error)
{
    QSqlQuery q(db);
    for (int hops = 0; hops < 64; ++hops) {
        if (!run(q, QStringLiteral("SELECT merged_into FROM crm_profile WHERE id = ?"), {id}, error))
            return std::nullopt;
        if (!q.next()) {
            if (error)
                *error = GuestPrivacy::tr("This guest's profile no longer exists.");
            return std::nullopt;
        }
        if (q.value(0).isNull())
            break;
        id = q.value(0).toLongLong();
    }
    if (!run(q,
             QStringLiteral(
                 "WITH RECURSIVE grp(id) AS (SELECT ? UNION SELECT p.id FROM crm_profile p JOIN grp "
                 "ON p.merged_into = grp.id) SELECT id FROM grp"),
             {id}, error))
        return std::nullopt;
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    // The root first.
    out.removeAll(id);
    out.prepend(id);
    return out;
}

QString inList(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

GuestPrivacy::GuestPrivacy(Now now)
    : m_now(std::move(now))
{
}

QString GuestPrivacy::nowText() const
{
    return iso(m_now ? m_now() : QDateTime::currentDateTimeUtc());
}

// ------------------------------------------------------------------ export

std::optional<QJsonObject> GuestPrivacy::exportGuest(QSqlDatabase& db, qint64 profileId,
                                                     const GuestBookSource* book, const ReceiptSource* till,
                                                     QString* error) const
{
    const std::optional<QList<qint64>> profiles = group(db, profileId, error);
    if (!profiles)
        return std::nullopt;
    const qint64 root = profiles->first();
    const QString ids = inList(*profiles);
    QSqlQuery q(db);
    QJsonObject out;
    out.insert(QStringLiteral("format"), QStringLiteral("moulin-guest-export/1"));
    out.insert(QStringLiteral("exportedAt"), nowText());

    if (!run(q,
             QStringLiteral(
                 "SELECT id, name, email, phone, language, allergies, notes, tags, vip, birthday, "
                 "email_consent, "
                 "email_consent_at, email_consent_source, sms_consent, sms_consent_at, sms_consent_source, "
                 "visits, last_visit, spend_cents, no_shows, late_cancellations, created_at, updated_at FROM "
                 "crm_profile WHERE id = ?"),
             {root}, error) ||
        !q.next()) {
        if (error && error->isEmpty())
            *error = tr("This guest's profile no longer exists.");
        return std::nullopt;
    }
    QJsonObject profile{{QStringLiteral("id"), root},
                        {QStringLiteral("name"), q.value(1).toString()},
                        {QStringLiteral("email"), q.value(2).toString()},
                        {QStringLiteral("phone"), q.value(3).toString()},
                        {QStringLiteral("language"), q.value(4).toString()},
                        {QStringLiteral("allergies"), q.value(5).toString()},
                        {QStringLiteral("notes"), q.value(6).toString()},
                        {QStringLiteral("tags"), q.value(7).toString()},
                        {QStringLiteral("vip"), q.value(8).toInt() != 0},
                        {QStringLiteral("birthday"), text(q.value(9))},
                        {QStringLiteral("visits"), q.value(16).toInt()},
                        {QStringLiteral("lastVisit"), text(q.value(17))},
                        {QStringLiteral("spendCents"), q.value(18).toLongLong()},
                        {QStringLiteral("noShows"), q.value(19).toInt()},
                        {QStringLiteral("lateCancellations"), q.value(20).toInt()},
                        {QStringLiteral("createdAt"), q.value(21).toString()},
                        {QStringLiteral("updatedAt"), q.value(22).toString()}};
    QJsonArray mergedIds;
    for (qsizetype i = 1; i < profiles->size(); ++i)
        mergedIds.append(profiles->at(i));
    profile.insert(QStringLiteral("mergedProfiles"), mergedIds);
    out.insert(QStringLiteral("profile"), profile);
    QJsonObject consents{
        {QStringLiteral("email"), QJsonObject{{QStringLiteral("given"), flag(q.value(10))},
                                              {QStringLiteral("at"), text(q.value(11))},
                                              {QStringLiteral("source"), text(q.value(12))}}},
        {QStringLiteral("sms"), QJsonObject{{QStringLiteral("given"), flag(q.value(13))},
                                            {QStringLiteral("at"), text(q.value(14))},
                                            {QStringLiteral("source"), text(q.value(15))}}}};

    // Identities, with the consent each source stated.
    QJsonArray identities, statements;
    QList<std::pair<QString, QString>> guestKeys;
    if (!run(
            q,
            QStringLiteral("SELECT id, source, source_key, name, email, phone, email_invalid, phone_invalid, "
                           "language, allergies, email_consent, consent_at, sms_consent, sms_consent_at, "
                           "updated_at FROM crm_identity WHERE profile_id IN (") +
                ids + QStringLiteral(") ORDER BY id"),
            {}, error))
        return std::nullopt;
    while (q.next()) {
        const QString source = q.value(1).toString(), key = q.value(2).toString();
        identities.append(QJsonObject{{QStringLiteral("source"), source},
                                      {QStringLiteral("sourceKey"), key},
                                      {QStringLiteral("name"), q.value(3).toString()},
                                      {QStringLiteral("email"), q.value(4).toString()},
                                      {QStringLiteral("phone"), q.value(5).toString()},
                                      {QStringLiteral("emailInvalid"), q.value(6).toInt() != 0},
                                      {QStringLiteral("phoneInvalid"), q.value(7).toInt() != 0},
                                      {QStringLiteral("language"), q.value(8).toString()},
                                      {QStringLiteral("allergies"), q.value(9).toString()},
                                      {QStringLiteral("updatedAt"), q.value(14).toString()}});
        if (!q.value(10).isNull())
            statements.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("email")},
                                          {QStringLiteral("given"), q.value(10).toInt() != 0},
                                          {QStringLiteral("at"), text(q.value(11))},
                                          {QStringLiteral("source"), source}});
        if (!q.value(12).isNull())
            statements.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("sms")},
                                          {QStringLiteral("given"), q.value(12).toInt() != 0},
                                          {QStringLiteral("at"), text(q.value(13))},
                                          {QStringLiteral("source"), source}});
        if (!key.startsWith(QLatin1String("booking:")))
            guestKeys.append({source, key});
    }
    consents.insert(QStringLiteral("statements"), statements);
    out.insert(QStringLiteral("identities"), identities);
    out.insert(QStringLiteral("consents"), consents);

    // Visits with their receipts (the CRM's links).
    QJsonArray visits;
    QList<std::pair<QString, QString>> bookingKeys;
    QStringList receiptIds;
    QHash<QString, QJsonArray> crmItems;
    {
        QSqlQuery v(db);
        if (!run(v,
                 QStringLiteral(
                     "SELECT v.id, v.channel, v.external_id, v.day, v.service, v.starts_at, "
                     "v.party_size, v.table_label, v.status FROM crm_visit v JOIN crm_identity i ON "
                     "i.id = v.identity_id WHERE i.profile_id IN (") +
                     ids + QStringLiteral(") ORDER BY v.starts_at, v.id"),
                 {}, error))
            return std::nullopt;
        while (v.next()) {
            QJsonArray receipts;
            qint64 spend = 0;
            if (!run(q,
                     QStringLiteral(
                         "SELECT receipt_id, total_cents, counted FROM crm_receipt WHERE visit_id = ? "
                         "ORDER BY closed_at"),
                     {v.value(0)}, error))
                return std::nullopt;
            while (q.next()) {
                receipts.append(q.value(0).toString());
                receiptIds << q.value(0).toString();
                if (q.value(2).toInt() != 0)
                    spend += q.value(1).toLongLong();
            }
            bookingKeys.append({v.value(1).toString(), v.value(2).toString()});
            visits.append(QJsonObject{{QStringLiteral("channel"), v.value(1).toString()},
                                      {QStringLiteral("bookingId"), v.value(2).toString()},
                                      {QStringLiteral("day"), v.value(3).toString()},
                                      {QStringLiteral("service"), v.value(4).toInt()},
                                      {QStringLiteral("startsAt"), v.value(5).toString()},
                                      {QStringLiteral("partySize"), v.value(6).toInt()},
                                      {QStringLiteral("table"), v.value(7).toString()},
                                      {QStringLiteral("status"), v.value(8).toString()},
                                      {QStringLiteral("spendCents"), spend},
                                      {QStringLiteral("receipts"), receipts}});
        }
    }
    out.insert(QStringLiteral("visits"), visits);

    // The bookings and the channels' guest records as the book lends them.
    QJsonArray bookings, bookGuests;
    if (book) {
        for (const ActivityBooking& b : book->bookings(bookingKeys))
            bookings.append(QJsonObject{{QStringLiteral("channel"), b.channel},
                                        {QStringLiteral("bookingId"), b.externalId},
                                        {QStringLiteral("guestName"), b.guestName},
                                        {QStringLiteral("guestEmail"), b.guestEmail},
                                        {QStringLiteral("guestPhone"), b.guestPhone},
                                        {QStringLiteral("startsAt"), iso(b.startsAt)},
                                        {QStringLiteral("day"), b.day.toString(Qt::ISODate)},
                                        {QStringLiteral("service"), b.service},
                                        {QStringLiteral("partySize"), b.partySize},
                                        {QStringLiteral("table"), b.table},
                                        {QStringLiteral("status"), statusText(b.status)},
                                        {QStringLiteral("specialRequests"), b.specialRequests},
                                        {QStringLiteral("allergies"), b.allergies}});
        for (const ActivityGuest& g : book->guests(guestKeys))
            bookGuests.append(QJsonObject{{QStringLiteral("channel"), g.channel},
                                          {QStringLiteral("guestId"), g.externalId},
                                          {QStringLiteral("name"), g.name},
                                          {QStringLiteral("email"), g.email},
                                          {QStringLiteral("phone"), g.phone},
                                          {QStringLiteral("language"), g.language},
                                          {QStringLiteral("allergies"), g.allergies},
                                          {QStringLiteral("dietary"), g.dietary},
                                          {QStringLiteral("notes"), g.notes},
                                          {QStringLiteral("emailConsent"), consent(g.emailConsent)},
                                          {QStringLiteral("smsConsent"), consent(g.smsConsent)},
                                          {QStringLiteral("updatedAt"), iso(g.updatedAt)}});
    }
    out.insert(QStringLiteral("bookings"), bookings);
    out.insert(QStringLiteral("bookGuests"), bookGuests);

    // The receipts: every line as the till lends them, else the CRM's copy.
    QJsonArray receipts;
    QSet<QString> lent;
    auto lineArray = [](const QList<ActivityReceipt::Item>& items) {
        QJsonArray lines;
        for (const ActivityReceipt::Item& it : items)
            lines.append(QJsonObject{{QStringLiteral("sku"), it.sku},
                                     {QStringLiteral("name"), it.name},
                                     {QStringLiteral("quantityMilli"), it.quantityMilli},
                                     {QStringLiteral("grossCents"), it.grossCents}});
        return lines;
    };
    if (till) {
        for (const ActivityReceipt& r : till->receipts(receiptIds)) {
            lent.insert(r.receiptId);
            receipts.append(
                QJsonObject{{QStringLiteral("receiptId"), r.receiptId},
                            {QStringLiteral("closedAt"), iso(r.closedAt)},
                            {QStringLiteral("day"), r.day.toString(Qt::ISODate)},
                            {QStringLiteral("covers"), r.covers},
                            {QStringLiteral("totalCents"), r.totalCents},
                            {QStringLiteral("counted"), r.counted},
                            {QStringLiteral("lines"), lineArray(r.lines.isEmpty() ? r.items : r.lines)}});
        }
    }
    for (const QString& id : std::as_const(receiptIds)) {
        if (lent.contains(id))
            continue;
        if (!run(q,
                 QStringLiteral("SELECT closed_at, day, covers, total_cents, counted FROM crm_receipt WHERE "
                                "receipt_id = ?"),
                 {id}, error) ||
            !q.next())
            continue;
        QJsonObject r{{QStringLiteral("receiptId"), id},
                      {QStringLiteral("closedAt"), q.value(0).toString()},
                      {QStringLiteral("day"), q.value(1).toString()},
                      {QStringLiteral("covers"), q.value(2).toInt()},
                      {QStringLiteral("totalCents"), q.value(3).toLongLong()},
                      {QStringLiteral("counted"), q.value(4).toInt() != 0}};
        QJsonArray lines;
        if (run(q,
                QStringLiteral("SELECT sku, name, quantity_milli, gross_cents FROM crm_receipt_item WHERE "
                               "receipt_id = ? ORDER BY seq"),
                {id}, error)) {
            while (q.next())
                lines.append(QJsonObject{{QStringLiteral("sku"), q.value(0).toString()},
                                         {QStringLiteral("name"), q.value(1).toString()},
                                         {QStringLiteral("quantityMilli"), q.value(2).toLongLong()},
                                         {QStringLiteral("grossCents"), q.value(3).toLongLong()}});
        }
        r.insert(QStringLiteral("lines"), lines);
        receipts.append(r);
    }
    out.insert(QStringLiteral("receipts"), receipts);

    // Loyalty and merges.
    QJsonArray rewards, merges;
    if (!run(q,
             QStringLiteral(
                 "SELECT l.kind, w.milestone, w.state, w.granted_at, w.changed_at FROM crm_reward w "
                 "JOIN crm_loyalty_rule l ON l.id = w.rule_id WHERE w.profile_id IN (") +
                 ids + QStringLiteral(") ORDER BY w.granted_at, w.id"),
             {}, error))
        return std::nullopt;
    while (q.next())
        rewards.append(QJsonObject{{QStringLiteral("kind"), q.value(0).toString()},
                                   {QStringLiteral("milestone"), q.value(1).toString()},
                                   {QStringLiteral("state"), q.value(2).toString()},
                                   {QStringLiteral("grantedAt"), q.value(3).toString()},
                                   {QStringLiteral("changedAt"), text(q.value(4))}});
    if (!run(q,
             QStringLiteral(
                 "SELECT kept_id, absorbed_id, reason, automatic, at, undone_at FROM crm_merge WHERE "
                 "kept_id IN (") +
                 ids + QStringLiteral(") OR absorbed_id IN (") + ids + QStringLiteral(") ORDER BY id"),
             {}, error))
        return std::nullopt;
    while (q.next())
        merges.append(QJsonObject{{QStringLiteral("keptProfile"), q.value(0).toLongLong()},
                                  {QStringLiteral("absorbedProfile"), q.value(1).toLongLong()},
                                  {QStringLiteral("reason"), q.value(2).toString()},
                                  {QStringLiteral("automatic"), q.value(3).toInt() != 0},
                                  {QStringLiteral("at"), q.value(4).toString()},
                                  {QStringLiteral("undoneAt"), text(q.value(5))}});
    out.insert(QStringLiteral("rewards"), rewards);
    out.insert(QStringLiteral("merges"), merges);

    // Allergies and diet, statement by statement (migration 0033): what the
    // bookings said and what the manager added or removed.
    QJsonArray allergyStatements;
    if (!run(q,
             QStringLiteral(
                 "SELECT s.allergy, s.source, s.stated_at, 'stated', s.origin FROM crm_allergy_stated s JOIN "
                 "crm_identity i ON i.id = s.identity_id WHERE i.profile_id IN (") +
                 ids +
                 QStringLiteral(") UNION ALL SELECT allergy, 'manager', stated_at, action, '' FROM "
                                "crm_allergy_note WHERE profile_id IN (") +
                 ids + QStringLiteral(") ORDER BY 3, 1"),
             {}, error))
        return std::nullopt;
    while (q.next())
        allergyStatements.append(QJsonObject{{QStringLiteral("allergy"), q.value(0).toString()},
                                             {QStringLiteral("source"), q.value(1).toString()},
                                             {QStringLiteral("statedAt"), q.value(2).toString()},
                                             {QStringLiteral("statement"), q.value(3).toString()},
                                             {QStringLiteral("origin"), q.value(4).toString()}});
    out.insert(QStringLiteral("allergyStatements"), allergyStatements);
    return out;
}

// --------------------------------------------------------------- tombstones

QString GuestPrivacy::tombstoneHash(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    QString salt;
    if (run(q, QStringLiteral("SELECT salt FROM crm_tombstone_salt WHERE id = 1"), {}, nullptr) && q.next())
        salt = q.value(0).toString();
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + QLatin1Char('|') + key).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

bool GuestPrivacy::anyTombstone(QSqlDatabase& db)
{
    // Asked for every row a sync applies: prepared once per connection.
    const QString sql = QStringLiteral("SELECT 1 FROM crm_tombstone LIMIT 1");
    if (QSqlQuery* cached = Database::cachedQuery(db, sql)) {
        const bool any = cached->exec() && cached->next();
        cached->finish();
        return any;
    }
    QSqlQuery q(db);
    return run(q, QStringLiteral("SELECT 1 FROM crm_tombstone LIMIT 1"), {}, nullptr) && q.next();
}

QDateTime GuestPrivacy::tombstonedAt(QSqlDatabase& db, const QStringList& keys)
{
    QSqlQuery q(db);
    QDateTime newest;
    for (const QString& key : keys) {
        if (key.isEmpty())
            continue;
        if (run(q, QStringLiteral("SELECT erased_at FROM crm_tombstone WHERE hash = ?"),
                {tombstoneHash(db, key)}, nullptr) &&
            q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC();
            if (!newest.isValid() || at > newest)
                newest = at;
        }
    }
    return newest;
}

// ------------------------------------------------------------------ erasure

std::optional<GuestPrivacy::Erasure>
GuestPrivacy::erase(QSqlDatabase& db, qint64 profileId, QString* error, const QStringList& remoteProviders,
                    std::optional<QList<std::shared_ptr<PersonalDataEraser>>> erasers) const
{
    const QList<std::shared_ptr<PersonalDataEraser>> areas = erasers ? *erasers : PersonalDataErasers::all();
    Erasure result;
    const QString now = nowText();
    // What is deleted is overwritten on disk too (SQLite's secure_delete,
    // then a checkpoint that empties the write-ahead log).
    QSqlQuery pragma(db);
    const bool secure =
        pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next() && pragma.value(0).toInt() != 0;
    pragma.finish();
    if (!secure)
        pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            const std::optional<QList<qint64>> profiles = group(db, profileId, e);
            if (!profiles)
                return false;
            const QString ids = inList(*profiles);
            QSqlQuery q(db);

            // Who they are, as every source knows them.
            PersonalDataSubject subject;
            subject.profileIds = *profiles;
            QStringList keys, emailKeys, phoneKeys;
            QList<qint64> identityIds;
            if (!run(q,
                     QStringLiteral(
                         "SELECT id, source, source_key, name, email, email_key, phone, phone_key FROM "
                         "crm_identity WHERE profile_id IN (") +
                         ids + QStringLiteral(")"),
                     {}, e))
                return false;
            while (q.next()) {
                identityIds.append(q.value(0).toLongLong());
                const QString source = q.value(1).toString(), key = q.value(2).toString();
                keys << QStringLiteral("id:") + source + QLatin1Char('|') + key;
                if (!key.startsWith(QLatin1String("booking:")))
                    subject.guests.append({source, key});
                if (!q.value(3).toString().trimmed().isEmpty())
                    subject.names << q.value(3).toString();
                subject.emails << q.value(4).toString() << q.value(5).toString();
                subject.phones << q.value(6).toString() << q.value(7).toString();
                if (!q.value(5).toString().isEmpty() && !emailKeys.contains(q.value(5).toString()))
                    emailKeys << q.value(5).toString();
                if (!q.value(7).toString().isEmpty() && !phoneKeys.contains(q.value(7).toString()))
                    phoneKeys << q.value(7).toString();
            }
            if (!run(q,
                     QStringLiteral("SELECT name FROM crm_profile WHERE id IN (") + ids + QStringLiteral(")"),
                     {}, e))
                return false;
            while (q.next()) {
                if (!q.value(0).toString().trimmed().isEmpty())
                    subject.names << q.value(0).toString();
            }
            const QString identityList = inList(identityIds);
            if (!identityIds.isEmpty()) {
                if (!run(q,
                         QStringLiteral(
                             "SELECT v.channel, v.external_id, r.receipt_id FROM crm_visit v LEFT JOIN "
                             "crm_receipt r ON r.visit_id = v.id WHERE v.identity_id IN (") +
                             identityList + QStringLiteral(")"),
                         {}, e))
                    return false;
                QSet<QString> seen;
                while (q.next()) {
                    const QString visitKey = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
                    if (!seen.contains(visitKey)) {
                        seen.insert(visitKey);
                        subject.bookings.append({q.value(0).toString(), q.value(1).toString()});
                        keys << QStringLiteral("visit:") + visitKey;
                    }
                    if (!q.value(2).isNull())
                        subject.receiptIds << q.value(2).toString();
                }
            }
            subject.names.removeDuplicates();
            subject.emails.removeAll(QString());
            subject.emails.removeDuplicates();
            subject.phones.removeAll(QString());
            subject.phones.removeDuplicates();
            for (const QString& k : std::as_const(emailKeys))
                keys << QStringLiteral("email:") + k;
            for (const QString& k : std::as_const(phoneKeys))
                keys << QStringLiteral("phone:") + k;
            result.identities = int(identityIds.size());
            result.visits = int(subject.bookings.size());

            // Every area's part.
            for (const std::shared_ptr<PersonalDataEraser>& eraser : areas) {
                int rows = 0;
                if (!eraser->erase(db, subject, &rows, e)) {
                    *e = tr("The erasure failed in %1: %2").arg(eraser->area(), *e);
                    return false;
                }
                result.areas << QStringLiteral("%1:%2").arg(eraser->area()).arg(rows);
            }

            // The customers area's own rows.
            const QStringList deletions{
                QStringLiteral(
                    "DELETE FROM crm_merge_identity WHERE merge_id IN (SELECT id FROM crm_merge WHERE "
                    "kept_id IN (%1) OR absorbed_id IN (%1))")
                    .arg(ids),
                identityIds.isEmpty()
                    ? QString()
                    : QStringLiteral("DELETE FROM crm_merge_identity WHERE identity_id IN (%1)")
                          .arg(identityList),
                QStringLiteral("DELETE FROM crm_merge WHERE kept_id IN (%1) OR absorbed_id IN (%1)").arg(ids),
                QStringLiteral("DELETE FROM crm_review WHERE profile_a IN (%1) OR profile_b IN (%1)")
                    .arg(ids),
                QStringLiteral("DELETE FROM crm_reward WHERE profile_id IN (%1)").arg(ids),
                // A provider's contact link and its conflict history (the
                // deletion there is queued below, crm_remote_erasure).
                QStringLiteral("DELETE FROM crm_remote_contact WHERE profile_id IN (%1)").arg(ids),
                QStringLiteral("DELETE FROM crm_field_history WHERE profile_id IN (%1)").arg(ids),
                identityIds.isEmpty()
                    ? QString()
                    : QStringLiteral(
                          "DELETE FROM crm_receipt WHERE visit_id IN (SELECT id FROM crm_visit WHERE "
                          "identity_id IN (%1))")
                          .arg(identityList),
                identityIds.isEmpty()
                    ? QString()
                    : QStringLiteral("DELETE FROM crm_visit WHERE identity_id IN (%1)").arg(identityList),
                QStringLiteral("DELETE FROM crm_identity WHERE profile_id IN (%1)").arg(ids),
                QStringLiteral("DELETE FROM crm_profile_search WHERE rowid IN (%1)").arg(ids),
                QStringLiteral("UPDATE crm_profile SET merged_into = NULL WHERE id IN (%1)").arg(ids),
                QStringLiteral("DELETE FROM crm_profile WHERE id IN (%1)").arg(ids),
            };
            for (const QString& sql : deletions) {
                if (!sql.isEmpty() && !run(db, sql, {}, e))
                    return false;
            }
            // The word index keeps deleted words in its segments until merged.
            if (!run(
                    db,
                    QStringLiteral("INSERT INTO crm_profile_search (crm_profile_search) VALUES ('optimize')"),
                    {}, e))
                return false;

            // The providers that may hold the contact.
            CrmStore store(m_now);
            if (!emailKeys.isEmpty() || !phoneKeys.isEmpty()) {
                for (const QString& provider : remoteProviders) {
                    const qsizetype pairs = std::max(emailKeys.size(), phoneKeys.size());
                    for (qsizetype i = 0; i < pairs; ++i) {
                        if (!store.requestRemoteErasure(db, provider, emailKeys.value(i), phoneKeys.value(i),
                                                        e))
                            return false;
                    }
                    result.remote << provider;
                }
            }

            // Tombstones, then the register.
            keys.removeDuplicates();
            for (const QString& key : std::as_const(keys)) {
                if (!run(db,
                         QStringLiteral(
                             "INSERT INTO crm_tombstone (hash, erased_at) VALUES (?, ?) ON CONFLICT "
                             "(hash) DO UPDATE SET erased_at = excluded.erased_at"),
                         {tombstoneHash(db, key), now}, e))
                    return false;
            }
            return run(
                db,
                QStringLiteral("INSERT INTO crm_erasure_log (erased_at, identities, visits, areas, remote) "
                               "VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"),
                {now, result.identities, result.visits, result.areas.join(QLatin1Char(',')),
                 result.remote.join(QLatin1Char(','))},
                e);
        },
        error);
    if (!secure)
        pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (!ok)
        return std::nullopt;
    // Busy when another connection reads: the log is emptied at a later
    // checkpoint then.
    if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !pragma.next() ||
        pragma.value(0).toInt() != 0)
        qCWarning(lcPrivacy) << "GDPR erasure: the write-ahead log was not emptied yet";
    pragma.finish();
    qCInfo(lcPrivacy).noquote() << "GDPR erasure of a guest:" << result.identities << "identities,"
                                << result.visits << "visits; areas" << result.areas.join(QLatin1Char(','))
                                << "; remote deletion queued for" << result.remote.join(QLatin1Char(','));
    return result;
}

} // namespace Moulin
