#include "crm/core/crmallergies.h"

#include "common/core/database.h"
#include "crm/core/contactkeys.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace Moulin {

namespace {

constexpr int kMaxText = 200;

const char kGroupCte[] =
    "WITH RECURSIVE grp(id) AS (SELECT ? UNION SELECT p.id FROM crm_profile p JOIN grp ON "
    "p.merged_into = grp.id) ";

/// Runs `sql` on this thread's cached statement (a sync records thousands of
/// bookings), or one of its own.
class Query
{
public:
    explicit Query(QSqlDatabase& db)
        : m_db(db)
    {
    }
    ~Query() { finish(); }
    bool run(const QString& sql, const QVariantList& binds, QString* error)
    {
        finish();
        m_q = Database::cachedQuery(m_db, sql);
        if (!m_q) {
            m_own.emplace(m_db);
            m_own->setForwardOnly(true);
            m_q = &*m_own;
            if (!m_q->prepare(sql)) {
                if (error)
                    *error = m_q->lastError().text();
                return false;
            }
        }
        for (int i = 0; i < binds.size(); ++i)
            m_q->bindValue(i, binds[i]);
        if (!m_q->exec()) {
            if (error)
                *error = m_q->lastError().text();
            return false;
        }
        return true;
    }
    bool next() { return m_q && m_q->next(); }
    QVariant value(int i) const { return m_q ? m_q->value(i) : QVariant(); }
    void finish()
    {
        if (m_q && m_q->isActive())
            m_q->finish();
        m_q = nullptr;
        m_own.reset();
    }

private:
    QSqlDatabase& m_db;
    QSqlQuery* m_q = nullptr;
    std::optional<QSqlQuery> m_own;
};

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

/// The profile a merged-away one went into (itself when of its own).
qint64 rootOf(QSqlDatabase& db, qint64 id)
{
    Query q(db);
    for (int hops = 0; hops < 64; ++hops) {
        if (!q.run(QStringLiteral("SELECT merged_into FROM crm_profile WHERE id = ?"), {id}, nullptr) ||
            !q.next())
            return 0;
        if (q.value(0).isNull())
            return id;
        id = q.value(0).toLongLong();
    }
    return id;
}

} // namespace

CrmAllergies::CrmAllergies(Now now)
    : m_now(std::move(now))
{
}

QString CrmAllergies::nowText() const
{
    return iso(m_now ? m_now() : QDateTime::currentDateTimeUtc());
}

QStringList CrmAllergies::split(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]+"));
    QStringList items;
    QSet<QString> keys;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.simplified();
        const QString k = key(item);
        if (k.isEmpty() || keys.contains(k))
            continue;
        keys.insert(k);
        items << item;
    }
    return items;
}

QString CrmAllergies::key(const QString& item)
{
    return ContactKeys::searchText(item.simplified());
}

bool CrmAllergies::recordStated(QSqlDatabase& db, const QString& origin, qint64 identityId,
                                const QString& source, const QString& text, const QDateTime& statedAt,
                                QString* error) const
{
    Query q(db);
    const QStringList items = split(text);
    if (items.isEmpty())
        return q.run(QStringLiteral("DELETE FROM crm_allergy_stated WHERE origin = ?"), {origin}, error);
    QStringList keys;
    for (const QString& item : items)
        keys << key(item);
    if (!q.run(QStringLiteral("SELECT allergy_key FROM crm_allergy_stated WHERE origin = ?"), {origin},
               error))
        return false;
    QStringList gone;
    while (q.next()) {
        if (!keys.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    }
    q.finish();
    for (const QString& k : std::as_const(gone)) {
        if (!q.run(QStringLiteral("DELETE FROM crm_allergy_stated WHERE origin = ? AND allergy_key = ?"),
                   {origin, k}, error))
            return false;
    }
    const QString at = statedAt.isValid() ? iso(statedAt) : nowText();
    for (qsizetype i = 0; i < items.size(); ++i) {
        // Said again (the booking changed, or read again): its first date stays.
        if (!q.run(QStringLiteral(
                       "INSERT INTO crm_allergy_stated (origin, allergy_key, identity_id, allergy, source, "
                       "stated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (origin, allergy_key) DO UPDATE SET "
                       "identity_id = excluded.identity_id, allergy = excluded.allergy, source = "
                       "excluded.source"),
                   {origin, keys[i], identityId, items[i], source, at}, error))
            return false;
    }
    return true;
}

QList<CrmAllergy> CrmAllergies::current(QSqlDatabase& db, qint64 profileId, QString* error) const
{
    QHash<QString, CrmAllergy> said;
    Query q(db);
    if (!q.run(QStringLiteral(
                   "SELECT s.allergy_key, s.allergy, s.source, s.stated_at FROM crm_allergy_stated s JOIN "
                   "crm_identity i ON i.id = s.identity_id WHERE i.profile_id = ? ORDER BY s.stated_at, "
                   "s.origin"),
               {profileId}, error))
        return {};
    // The newest booking saying each item.
    while (q.next())
        said.insert(q.value(0).toString(), {q.value(1).toString(), q.value(0).toString(),
                                            q.value(2).toString(), fromIso(q.value(3))});
    if (!q.run(
            QString::fromLatin1(kGroupCte) +
                QStringLiteral("SELECT allergy_key, allergy, action, stated_at FROM crm_allergy_note WHERE "
                               "profile_id IN (SELECT id FROM grp) ORDER BY stated_at, id"),
            {profileId}, error))
        return {};
    // The manager's newest statement on each item, against the newest booking's.
    QHash<QString, std::pair<CrmAllergy, bool>> noted;
    while (q.next())
        noted.insert(q.value(0).toString(),
                     {{q.value(1).toString(), q.value(0).toString(), kManager, fromIso(q.value(3))},
                      q.value(2).toString() == QLatin1String("remove")});
    q.finish();
    for (auto n = noted.cbegin(); n != noted.cend(); ++n) {
        const auto s = said.constFind(n.key());
        if (s != said.cend() && s->statedAt > n->first.statedAt)
            continue;
        if (n->second)
            said.remove(n.key());
        else
            said.insert(n.key(), n->first);
    }
    QList<CrmAllergy> items = said.values();
    std::sort(items.begin(), items.end(), [](const CrmAllergy& a, const CrmAllergy& b) {
        return a.statedAt != b.statedAt ? a.statedAt < b.statedAt : a.key < b.key;
    });
    return items;
}

QString CrmAllergies::joined(const QList<CrmAllergy>& items)
{
    QStringList texts;
    for (const CrmAllergy& a : items)
        texts << a.text;
    return texts.join(QStringLiteral(", "));
}

QList<CrmAllergyNote> CrmAllergies::notes(QSqlDatabase& db, qint64 profileId) const
{
    QList<CrmAllergyNote> list;
    Query q(db);
    if (!q.run(QString::fromLatin1(kGroupCte) +
                   QStringLiteral("SELECT allergy, action, stated_at FROM crm_allergy_note WHERE profile_id "
                                  "IN (SELECT id FROM grp) ORDER BY stated_at DESC, id DESC"),
               {profileId}, nullptr))
        return list;
    while (q.next())
        list.append(
            {q.value(0).toString(), q.value(1).toString() == QLatin1String("remove"), fromIso(q.value(2))});
    return list;
}

bool CrmAllergies::refresh(QSqlDatabase& db, qint64 profileId, QString* error) const
{
    QString e;
    const QList<CrmAllergy> items = current(db, profileId, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    // Never NULL (an empty text binds as one).
    const QVariant text = items.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(joined(items));
    Query q(db);
    return q.run(QStringLiteral("UPDATE crm_profile SET allergies = ? WHERE id = ? AND allergies IS NOT ?"),
                 {text, profileId, text}, error);
}

bool CrmAllergies::note(QSqlDatabase& db, qint64 profileId, const QString& item, bool removed,
                        QString* error) const
{
    Query q(db);
    return q.run(
        QStringLiteral("INSERT INTO crm_allergy_note (profile_id, allergy_key, allergy, action, "
                       "stated_at) VALUES (?, ?, ?, ?, ?)"),
        {profileId, key(item), item, removed ? QStringLiteral("remove") : QStringLiteral("add"), nowText()},
        error);
}

bool CrmAllergies::add(QSqlDatabase& db, qint64 profileId, const QString& text, QString* error) const
{
    const QStringList items = split(text);
    if (items.isEmpty()) {
        if (error)
            *error = tr("Type the allergy or the diet to add, e.g. peanuts or vegetarian.");
        return false;
    }
    if (text.trimmed().size() > kMaxText) {
        if (error)
            *error = tr("The allergy is too long (%1 characters, %2 at most).")
                         .arg(text.trimmed().size())
                         .arg(kMaxText);
        return false;
    }
    return Database::transaction(
        db,
        [&](QString* e) {
            const qint64 root = rootOf(db, profileId);
            if (!root) {
                *e = tr("This guest's profile no longer exists.");
                return false;
            }
            for (const QString& item : items) {
                if (!note(db, root, item, false, e))
                    return false;
            }
            return refresh(db, root, e);
        },
        error);
}

bool CrmAllergies::remove(QSqlDatabase& db, qint64 profileId, const QString& itemKey, QString* error) const
{
    return Database::transaction(
        db,
        [&](QString* e) {
            const qint64 root = rootOf(db, profileId);
            if (!root) {
                *e = tr("This guest's profile no longer exists.");
                return false;
            }
            QString text;
            for (const CrmAllergy& a : current(db, root, e)) {
                if (a.key == itemKey)
                    text = a.text;
            }
            if (text.isEmpty()) {
                *e = tr("This allergy is no longer on the profile.");
                return false;
            }
            return note(db, root, text, true, e) && refresh(db, root, e);
        },
        error);
}

} // namespace Moulin
