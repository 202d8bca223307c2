#include "crm/core/crminsights.h"

#include "common/core/database.h"
#include "crm/core/contactkeys.h"

#include <QSqlQuery>
#include <QVariant>

namespace Moulin {

namespace {

qint64 firstId(QSqlQuery& q)
{
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 profileOfBooking(QSqlDatabase& db, const GuestLookup& who)
{
    if (who.channel.isEmpty() || who.externalId.isEmpty())
        return 0;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT i.profile_id FROM crm_visit v JOIN crm_identity i ON i.id = v.identity_id "
                       "WHERE v.channel = ? AND v.external_id = ?"));
    q.addBindValue(who.channel);
    q.addBindValue(who.externalId);
    return firstId(q);
}

/// One profile with this contact key and this folded name (0: none, or more
/// than one — not certain).
qint64 profileOfContact(QSqlDatabase& db, const char* keyColumn, const QString& key, const QString& nameKey)
{
    if (key.isEmpty() || nameKey.isEmpty())
        return 0;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT profile_id FROM crm_identity WHERE %1 = ? AND name_key = ? LIMIT 2")
            .arg(QLatin1String(keyColumn)));
    q.addBindValue(key);
    q.addBindValue(nameKey);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    return q.next() ? 0 : id;
}

} // namespace

std::optional<GuestInsight> CrmGuestInsights::insight(const GuestLookup& who) const
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return std::nullopt;
    qint64 profile = profileOfBooking(db, who);
    if (!profile) {
        const QString nameKey = ContactKeys::name(who.name);
        profile = profileOfContact(db, "phone_key", ContactKeys::phone(who.phone).e164, nameKey);
        if (!profile)
            profile = profileOfContact(db, "email_key", ContactKeys::email(who.email).key, nameKey);
    }
    if (!profile)
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.visits, p.last_visit, p.spend_cents, p.vip, p.allergies, p.notes, p.tags, "
        "p.no_shows, "
        "(SELECT count(*) FROM crm_reward r WHERE r.profile_id = p.id AND r.state = 'granted') "
        "FROM crm_profile p WHERE p.id = ? AND p.merged_into IS NULL"));
    q.addBindValue(profile);
    if (!q.exec() || !q.next())
        return std::nullopt;
    GuestInsight g;
    g.profileId = q.value(0).toLongLong();
    g.visits = q.value(1).toInt();
    g.lastVisit = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
    g.spendCents = q.value(3).toLongLong();
    g.vip = q.value(4).toInt() != 0;
    g.allergies = q.value(5).toString();
    g.notes = q.value(6).toString();
    g.tags = q.value(7).toString();
    g.noShows = q.value(8).toInt();
    g.rewardsToGive = q.value(9).toInt();
    return g;
}

} // namespace Moulin
