#include "crm/core/segments.h"

#include "crm/core/contactkeys.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

namespace {

using Kind = SegmentRule::Kind;

struct KindInfo
{
    Kind kind;
    const char* key;
    bool value;
};

constexpr KindInfo kKinds[] = {
    {Kind::VisitsAtLeast, "visits_min", true},
    {Kind::VisitsAtMost, "visits_max", true},
    {Kind::NotBackSinceDays, "absent_days", true},
    {Kind::CameBackWithinDays, "back_within_days", true},
    {Kind::SpendAtLeast, "spend_min", true},
    {Kind::AllergyContains, "allergy", true},
    {Kind::BookedVia, "channel", true},
    {Kind::Tag, "tag", true},
    {Kind::Vip, "vip", false},
    {Kind::Language, "language", true},
    {Kind::RfmClassIs, "rfm", true},
    {Kind::BirthdayThisMonth, "birthday_month", false},
    {Kind::EmailConsent, "email_consent", false},
    {Kind::SmsConsent, "sms_consent", false},
};

const KindInfo& info(Kind kind)
{
    for (const KindInfo& k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

struct ClassInfo
{
    RfmClass c;
    const char* key;
    // Score bounds, inclusive.
    int rMin, rMax, fMin, fMax, mMin, mMax;
};

// The header's table, first that fits (NeedAttention: the rest).
constexpr ClassInfo kClasses[] = {
    {RfmClass::Champions, "champions", 4, 5, 4, 5, 4, 5},
    {RfmClass::New, "new", 4, 5, 1, 1, 1, 5},
    {RfmClass::Loyal, "loyal", 3, 5, 4, 5, 1, 5},
    {RfmClass::Promising, "promising", 4, 5, 1, 5, 1, 5},
    {RfmClass::AtRisk, "at_risk", 1, 2, 3, 5, 1, 5},
    {RfmClass::Sleeping, "sleeping", 1, 2, 1, 5, 1, 5},
    {RfmClass::NeedAttention, "need_attention", 1, 5, 1, 5, 1, 5},
};

/// The values where a score starts (header): for each of recency
/// (last_visit), frequency (visits) and monetary (spend_cents, in whole
/// euros), the smallest value scoring 2, 3, 4 and 5 as an SQL literal (empty:
/// no profile scores that much). The value scoring s is the first one whose
/// w, the profiles strictly below it, reaches ceil((s - 1) * n / 5). Each
/// dimension is one pass over the index crm_profile_rfm (migration 0028) giving its
/// distinct values and how many profiles have each.
bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error);

const char* const kScoreColumns[3] = {"last_visit", "visits", "spend_cents"};

struct Boundaries
{
    std::array<std::array<QString, 4>, 3> starts;
    bool ok = true;
    QString error;
};

/// The boundaries, computed again only when the database changed: kept per
/// thread (a connection is a thread's) and keyed by the connection, its
/// count of changes (total_changes()) and the others' commits (PRAGMA
/// data_version). The live count reads them once while rules are edited.
Boundaries computeBoundaries(QSqlDatabase& db);

Boundaries boundaries(QSqlDatabase& db)
{
    struct Cache
    {
        QString file;
        quintptr handle = 0;
        qint64 version = -1;
        qint64 changes = -1;
        Boundaries b;
    };
    thread_local Cache cache;
    QSqlQuery q(db);
    qint64 version = -1, changes = -1;
    if (exec(q, QStringLiteral("PRAGMA data_version"), {}, nullptr) && q.next())
        version = q.value(0).toLongLong();
    if (exec(q, QStringLiteral("SELECT total_changes()"), {}, nullptr) && q.next())
        changes = q.value(0).toLongLong();
    q.finish();
    // The sqlite3* behind the connection (a reopened one is another).
    const QVariant driverHandle = db.driver() ? db.driver()->handle() : QVariant();
    const quintptr handle =
        driverHandle.isValid() ? quintptr(*static_cast<void* const*>(driverHandle.constData())) : 0;
    const QString file = db.databaseName();
    if (version >= 0 && changes >= 0 && handle != 0 && cache.file == file && cache.handle == handle &&
        cache.version == version && cache.changes == changes)
        return cache.b;
    Boundaries b = computeBoundaries(db);
    if (b.ok && version >= 0 && changes >= 0)
        cache = {file, handle, version, changes, b};
    return b;
}

Boundaries computeBoundaries(QSqlDatabase& db)
{
    Boundaries b;
    const QString groups[3] = {
        QStringLiteral("SELECT last_visit, count(*) FROM crm_profile INDEXED BY crm_profile_rfm WHERE "
                       "merged_into IS NULL AND visits > 0 "
                       "GROUP BY last_visit ORDER BY last_visit"),
        QStringLiteral("SELECT visits, count(*) FROM crm_profile INDEXED BY crm_profile_rfm WHERE "
                       "merged_into IS NULL AND visits > 0 GROUP BY "
                       "visits ORDER BY visits"),
        QStringLiteral("SELECT spend_cents / 100, count(*) FROM crm_profile INDEXED BY crm_profile_rfm WHERE "
                       "merged_into IS NULL AND visits > 0 "
                       "GROUP BY 1 ORDER BY 1")};
    for (int d = 0; d < 3; ++d) {
        QSqlQuery q(db);
        if (!exec(q, groups[d], {}, &b.error)) {
            b.ok = false;
            return b;
        }
        QList<std::pair<QVariant, qint64>> values;
        qint64 n = 0;
        while (q.next()) {
            values.append({q.value(0), q.value(1).toLongLong()});
            n += values.constLast().second;
        }
        qint64 w = 0;
        int s = 2;
        for (const auto& [value, count] : std::as_const(values)) {
            // Every score this value reaches and the previous one did not.
            while (s <= 5 && w * 5 >= (s - 1) * n) {
                QString literal;
                if (d == 0) {
                    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
                    if (day.match(value.toString()).hasMatch())
                        literal = QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
                } else {
                    literal = QString::number(value.toLongLong() * (d == 2 ? 100 : 1));
                }
                b.starts[size_t(d)][size_t(s - 2)] = literal;
                ++s;
            }
            w += count;
        }
    }
    return b;
}

/// The profiles of their own with their scores (r, f, m) and class (cls), as
/// the CTE d.
/// `throughIndex`: every profile through crm_profile_rfm (else the planner
/// chooses: a few ids by rowid).
QString scoredCte(const Boundaries& b, bool throughIndex = true)
{
    QString scores;
    QString sums[3];
    const char* const names[3] = {"r", "f", "m"};
    for (int d = 0; d < 3; ++d) {
        sums[d] = QStringLiteral("1");
        for (const QString& start : b.starts[size_t(d)]) {
            if (!start.isEmpty())
                sums[d] += QStringLiteral(" + (%1 >= %2)").arg(QLatin1String(kScoreColumns[d]), start);
        }
        scores += QStringLiteral(", CASE WHEN visits > 0 THEN %1 ELSE 0 END AS %2")
                      .arg(sums[d], QLatin1String(names[d]));
    }
    // The class looked up in a table of the 125 (r, f, m), as classify()
    // says: each score computed once per profile.
    QString table;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            for (int m = 1; m <= 5; ++m)
                table += QChar(u'0' + int(CrmSegments::classify(r, f, m)));
        }
    }
    const QString cls =
        QStringLiteral(
            ", CASE WHEN visits > 0 THEN unicode(substr('%1', (%2 - 1) * 25 + (%3 - 1) * 5 + %4, 1)) - "
            "48 ELSE 0 END AS cls")
            .arg(table, QLatin1Char('(') + sums[0] + QLatin1Char(')'),
                 QLatin1Char('(') + sums[1] + QLatin1Char(')'),
                 QLatin1Char('(') + sums[2] + QLatin1Char(')'));
    return QStringLiteral(
               "WITH d AS (SELECT id, name, email, phone, language, visits, last_visit, spend_cents, "
               "allergies, tags, vip, birthday, email_consent, sms_consent") +
           scores + cls +
           (throughIndex ? QStringLiteral(" FROM crm_profile INDEXED BY crm_profile_rfm")
                         : QStringLiteral(" FROM crm_profile")) +
           QStringLiteral(" WHERE merged_into IS NULL) ");
}

const char kPlainCte[] =
    "WITH d AS (SELECT id, name, email, phone, language, visits, last_visit, spend_cents, allergies, tags, "
    "vip, birthday, email_consent, sms_consent, 0 AS r, 0 AS f, 0 AS m, 0 AS cls FROM crm_profile WHERE "
    "merged_into IS NULL) ";

bool isText(Kind kind)
{
    return kind == Kind::AllergyContains || kind == Kind::Tag;
}

QString fold(const QString& s)
{
    return ContactKeys::searchText(s).simplified();
}

bool textMatches(const SegmentRule& rule, const QString& allergies, const QString& tags)
{
    const QString needle = fold(rule.value);
    if (rule.kind == Kind::AllergyContains)
        return !needle.isEmpty() && fold(allergies).contains(needle);
    static const QRegularExpression separators(QStringLiteral("[,;#]"));
    for (const QString& tag : tags.split(separators, Qt::SkipEmptyParts)) {
        if (fold(tag) == needle)
            return true;
    }
    return false;
}

/// The rule's SQL condition over the CTE's columns (text rules: a superset,
/// checked again in memory).
QString ruleSql(const SegmentRule& rule, const QDate& today, QVariantList* binds)
{
    switch (rule.kind) {
    case Kind::VisitsAtLeast:
        *binds << rule.value.toLongLong();
        return QStringLiteral("visits >= ?");
    case Kind::VisitsAtMost:
        *binds << rule.value.toLongLong();
        return QStringLiteral("visits <= ?");
    case Kind::NotBackSinceDays:
        *binds << today.addDays(-rule.value.toLongLong()).toString(Qt::ISODate);
        return QStringLiteral("last_visit <= ?");
    case Kind::CameBackWithinDays:
        *binds << today.addDays(-rule.value.toLongLong()).toString(Qt::ISODate);
        return QStringLiteral("last_visit >= ?");
    case Kind::SpendAtLeast:
        *binds << rule.value.toLongLong();
        return QStringLiteral("spend_cents >= ?");
    case Kind::AllergyContains:
        return QStringLiteral("allergies <> ''");
    case Kind::Tag:
        return QStringLiteral("tags <> ''");
    case Kind::BookedVia:
        // The till: a bill linked to a visit (the spend comes from those).
        if (rule.value == QLatin1String("till"))
            return QStringLiteral("spend_cents > 0");
        *binds << rule.value;
        return QStringLiteral("id IN (SELECT profile_id FROM crm_identity WHERE source = ?)");
    case Kind::Vip:
        return QStringLiteral("vip = 1");
    case Kind::Language:
        *binds << rule.value.toLower();
        return QStringLiteral("lower(substr(language, 1, 2)) = ?");
    case Kind::RfmClassIs:
        *binds << int(CrmSegments::rfmFromKey(rule.value).value_or(RfmClass::None));
        return QStringLiteral("cls = ?");
    case Kind::BirthdayThisMonth:
        *binds << QStringLiteral("%1-%").arg(today.month(), 2, 10, QLatin1Char('0'));
        return QStringLiteral("birthday LIKE ?");
    case Kind::EmailConsent:
        return QStringLiteral("email_consent = 1");
    case Kind::SmsConsent:
        return QStringLiteral("sms_consent = 1");
    }
    return QStringLiteral("0");
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

CrmSegments::CrmSegments(QDate today)
    : m_today(today.isValid() ? today : QDate::currentDate())
{
}

// ------------------------------------------------------------- the rule model

QString CrmSegments::kindKey(Kind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<Kind> CrmSegments::kindFromKey(const QString& key)
{
    for (const KindInfo& k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QList<Kind> CrmSegments::allKinds()
{
    QList<Kind> out;
    for (const KindInfo& k : kKinds)
        out << k.kind;
    return out;
}

bool CrmSegments::takesValue(Kind kind)
{
    return info(kind).value;
}

QString CrmSegments::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::VisitsAtLeast:
        return tr("Visits at least");
    case Kind::VisitsAtMost:
        return tr("Visits at most");
    case Kind::NotBackSinceDays:
        return tr("Not back for (days)");
    case Kind::CameBackWithinDays:
        return tr("Came in the last (days)");
    case Kind::SpendAtLeast:
        return tr("Lifetime spend at least (€)");
    case Kind::AllergyContains:
        return tr("Allergy or diet contains");
    case Kind::BookedVia:
        return tr("Booked via");
    case Kind::Tag:
        return tr("Tag");
    case Kind::Vip:
        return tr("VIP");
    case Kind::Language:
        return tr("Language (code)");
    case Kind::RfmClassIs:
        return tr("RFM class");
    case Kind::BirthdayThisMonth:
        return tr("Birthday this month");
    case Kind::EmailConsent:
        return tr("Agreed to e-mails");
    case Kind::SmsConsent:
        return tr("Agreed to text messages");
    }
    return QString();
}

QStringList CrmSegments::channels()
{
    return {QStringLiteral("thefork"), QStringLiteral("opentable"), QStringLiteral("resy"),
            QStringLiteral("website"), QStringLiteral("phone"),     QStringLiteral("walkin"),
            QStringLiteral("till")};
}

QString CrmSegments::channelLabel(const QString& channel)
{
    if (channel == QLatin1String("thefork"))
        return QStringLiteral("TheFork");
    if (channel == QLatin1String("opentable"))
        return QStringLiteral("OpenTable");
    if (channel == QLatin1String("resy"))
        return QStringLiteral("Resy");
    if (channel == QLatin1String("website"))
        return tr("the website");
    if (channel == QLatin1String("phone"))
        return tr("phone");
    if (channel == QLatin1String("walkin"))
        return tr("walk-in");
    if (channel == QLatin1String("till"))
        return tr("the till");
    return channel;
}

QString CrmSegments::rfmKey(RfmClass c)
{
    for (const ClassInfo& k : kClasses) {
        if (k.c == c)
            return QString::fromLatin1(k.key);
    }
    return QString();
}

std::optional<RfmClass> CrmSegments::rfmFromKey(const QString& key)
{
    const QString folded = fold(key);
    for (const ClassInfo& k : kClasses) {
        if (key == QLatin1String(k.key) || folded == fold(rfmLabel(k.c)))
            return k.c;
    }
    return std::nullopt;
}

QString CrmSegments::rfmLabel(RfmClass c)
{
    switch (c) {
    case RfmClass::Champions:
        return tr("Champions");
    case RfmClass::New:
        return tr("New");
    case RfmClass::Loyal:
        return tr("Loyal");
    case RfmClass::Promising:
        return tr("Promising");
    case RfmClass::AtRisk:
        return tr("At risk");
    case RfmClass::Sleeping:
        return tr("Sleeping");
    case RfmClass::NeedAttention:
        return tr("Need attention");
    case RfmClass::None:
        break;
    }
    return tr("No visit");
}

QList<RfmClass> CrmSegments::rfmClasses()
{
    QList<RfmClass> out;
    for (const ClassInfo& k : kClasses)
        out << k.c;
    return out;
}

RfmClass CrmSegments::classify(int r, int f, int m)
{
    if (r <= 0)
        return RfmClass::None;
    for (const ClassInfo& k : kClasses) {
        if (r >= k.rMin && r <= k.rMax && f >= k.fMin && f <= k.fMax && m >= k.mMin && m <= k.mMax)
            return k.c;
    }
    return RfmClass::None;
}

std::optional<SegmentRule> CrmSegments::validated(SegmentRule rule, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<SegmentRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString v = rule.value.trimmed();
    switch (rule.kind) {
    case Kind::VisitsAtLeast:
    case Kind::VisitsAtMost: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0 || n > 100000)
            return fail(tr("Type a number of visits (0 or more)."));
        rule.value = QString::number(n);
        break;
    }
    case Kind::NotBackSinceDays:
    case Kind::CameBackWithinDays: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0 || n > 36500)
            return fail(tr("Type a number of days (0 or more)."));
        rule.value = QString::number(n);
        break;
    }
    case Kind::SpendAtLeast: {
        v.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QStringLiteral("€"));
        v.replace(QLatin1Char(','), QLatin1Char('.'));
        static const QRegularExpression amount(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
        const QRegularExpressionMatch m = amount.match(v);
        if (!m.hasMatch())
            return fail(tr("Type an amount in euros, e.g. 150 or 150,50."));
        const qint64 cents =
            m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
        rule.value = QString::number(cents);
        break;
    }
    case Kind::AllergyContains:
    case Kind::Tag:
        if (v.isEmpty())
            return fail(rule.kind == Kind::Tag ? tr("Type a tag.")
                                               : tr("Type an allergy or a diet, e.g. gluten."));
        rule.value = v;
        break;
    case Kind::BookedVia: {
        const QString folded = fold(v);
        QString found;
        for (const QString& c : channels()) {
            if (folded == c || folded == fold(channelLabel(c)))
                found = c;
        }
        if (found.isEmpty())
            return fail(
                tr("Choose a channel: TheFork, OpenTable, Resy, the website, phone, walk-in or the till."));
        rule.value = found;
        break;
    }
    case Kind::Language: {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
        if (!code.match(v).hasMatch())
            return fail(tr("Type a two-letter language code, e.g. en or fr."));
        rule.value = v.toLower();
        break;
    }
    case Kind::RfmClassIs: {
        const std::optional<RfmClass> c = rfmFromKey(v);
        if (!c)
            return fail(tr("Choose an RFM class."));
        rule.value = rfmKey(*c);
        break;
    }
    case Kind::Vip:
    case Kind::BirthdayThisMonth:
    case Kind::EmailConsent:
    case Kind::SmsConsent:
        rule.value.clear();
        break;
    }
    return rule;
}

QString CrmSegments::describe(const SegmentRule& rule)
{
    const int n = rule.value.toInt();
    switch (rule.kind) {
    case Kind::VisitsAtLeast:
        return tr("came ≥ %n time(s)", nullptr, n);
    case Kind::VisitsAtMost:
        return tr("came ≤ %n time(s)", nullptr, n);
    case Kind::NotBackSinceDays:
        return tr("not back for %n day(s)", nullptr, n);
    case Kind::CameBackWithinDays:
        return tr("came in the last %n day(s)", nullptr, n);
    case Kind::SpendAtLeast:
        return tr("spent ≥ %1")
            .arg(QLocale().toCurrencyString(double(rule.value.toLongLong()) / 100.0, QStringLiteral("€")));
    case Kind::AllergyContains:
        return tr("allergy: %1").arg(rule.value);
    case Kind::BookedVia:
        if (rule.value == QLatin1String("till"))
            return tr("paid at the till");
        if (rule.value == QLatin1String("walkin"))
            return tr("came without booking");
        if (rule.value == QLatin1String("phone"))
            return tr("booked by phone");
        if (rule.value == QLatin1String("website"))
            return tr("booked on the website");
        return tr("booked via %1").arg(channelLabel(rule.value));
    case Kind::Tag:
        return tr("tag: %1").arg(rule.value);
    case Kind::Vip:
        return tr("VIP");
    case Kind::Language:
        return tr("language: %1").arg(rule.value.toUpper());
    case Kind::RfmClassIs:
        return tr("RFM class: %1").arg(rfmLabel(rfmFromKey(rule.value).value_or(RfmClass::None)));
    case Kind::BirthdayThisMonth:
        return tr("birthday this month");
    case Kind::EmailConsent:
        return tr("agreed to e-mails");
    case Kind::SmsConsent:
        return tr("agreed to text messages");
    }
    return QString();
}

QString CrmSegments::describe(const QList<SegmentRule>& rules)
{
    if (rules.isEmpty())
        return tr("every guest");
    QMap<int, QStringList> groups;
    for (const SegmentRule& r : rules)
        groups[r.group] << describe(r);
    QStringList parts;
    for (const QStringList& g : std::as_const(groups))
        parts << g.join(QStringLiteral(", "));
    return parts.join(tr(" ; or "));
}

QString CrmSegments::rulesToJson(const QList<SegmentRule>& rules)
{
    QJsonArray array;
    for (const SegmentRule& r : rules) {
        QJsonObject o{{QStringLiteral("kind"), kindKey(r.kind)}, {QStringLiteral("group"), r.group}};
        if (!r.value.isEmpty())
            o.insert(QStringLiteral("value"), r.value);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SegmentRule> CrmSegments::rulesFromJson(const QString& json)
{
    QList<SegmentRule> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const std::optional<Kind> kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        out.append(
            {*kind, o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("group")).toInt()});
    }
    return out;
}

// --------------------------------------------------------------- evaluation

SegmentResult CrmSegments::evaluate(QSqlDatabase& db, const QList<SegmentRule>& rules,
                                    std::optional<ConsentChannel> channel, int limit) const
{
    SegmentResult out;
    bool needScores = limit != 0;
    bool anyText = false;
    for (const SegmentRule& r : rules) {
        needScores = needScores || r.kind == Kind::RfmClassIs;
        anyText = anyText || isText(r.kind);
    }
    // Groups: the SQL part of each (text rules a superset), and their text rules.
    QMap<int, QList<SegmentRule>> groups;
    for (const SegmentRule& r : rules)
        groups[r.group] << r;
    QVariantList binds;
    QStringList groupSql;
    QList<QList<SegmentRule>> groupText;
    for (const QList<SegmentRule>& g : std::as_const(groups)) {
        QStringList conditions;
        QList<SegmentRule> text;
        for (const SegmentRule& r : g) {
            conditions << QLatin1Char('(') + ruleSql(r, m_today, &binds) + QLatin1Char(')');
            if (isText(r.kind))
                text << r;
        }
        groupSql << conditions.join(QStringLiteral(" AND "));
        groupText << text;
    }
    QString sql;
    if (needScores) {
        const Boundaries b = boundaries(db);
        if (!b.ok) {
            out.ok = false;
            out.error = b.error;
            return out;
        }
        sql = scoredCte(b);
    } else {
        sql = QString::fromLatin1(kPlainCte);
    }
    sql += QStringLiteral(
        "SELECT id, name, email, phone, language, visits, last_visit, spend_cents, cls, email_consent = 1, "
        "sms_consent = 1, allergies, tags");
    // With text rules, each group's SQL part as a column (the WHERE is a superset).
    QVariantList selectBinds;
    if (anyText) {
        for (int i = 0; i < groupSql.size(); ++i)
            sql += QStringLiteral(", ") + QLatin1Char('(') + groupSql[i] + QLatin1Char(')');
        selectBinds = binds;
    }
    sql += QStringLiteral(" FROM d");
    if (!groupSql.isEmpty())
        sql += QStringLiteral(" WHERE (") + groupSql.join(QStringLiteral(") OR (")) + QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY visits DESC, id DESC");
    QSqlQuery q(db);
    if (!exec(q, sql, selectBinds + binds, &out.error)) {
        out.ok = false;
        return out;
    }
    while (q.next()) {
        if (anyText) {
            const QString allergies = q.value(11).toString(), tags = q.value(12).toString();
            bool in = false;
            for (int g = 0; g < groupText.size() && !in; ++g) {
                if (!q.value(13 + g).toBool())
                    continue;
                in = std::all_of(groupText[g].cbegin(), groupText[g].cend(),
                                 [&](const SegmentRule& r) { return textMatches(r, allergies, tags); });
            }
            if (!in)
                continue;
        }
        ++out.matched;
        const bool emailConsent = q.value(9).toInt() == 1, smsConsent = q.value(10).toInt() == 1;
        const bool hasEmail = !q.value(2).toString().isEmpty(), hasPhone = !q.value(3).toString().isEmpty();
        out.emailReachable += emailConsent && hasEmail;
        out.smsReachable += smsConsent && hasPhone;
        if (channel) {
            const bool consent = *channel == ConsentChannel::Email ? emailConsent : smsConsent;
            const bool contact = *channel == ConsentChannel::Email ? hasEmail : hasPhone;
            if (!consent) {
                ++out.excludedConsent;
                continue;
            }
            if (!contact) {
                ++out.excludedContact;
                continue;
            }
        }
        if (limit < 0 || out.members.size() < limit) {
            SegmentMember m;
            m.id = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.email = q.value(2).toString();
            m.phone = q.value(3).toString();
            m.language = q.value(4).toString();
            m.visits = q.value(5).toInt();
            m.lastVisit = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            m.spendCents = q.value(7).toLongLong();
            m.rfmClass = RfmClass(q.value(8).toInt());
            out.members.append(m);
        }
    }
    return out;
}

SegmentResult CrmSegments::members(QSqlDatabase& db, qint64 segmentId, ConsentChannel channel) const
{
    const std::optional<Segment> s = segment(db, segmentId);
    if (!s) {
        SegmentResult out;
        out.ok = false;
        out.error = tr("This segment no longer exists.");
        return out;
    }
    return evaluate(db, s->rules, channel, -1);
}

QHash<qint64, RfmScore> CrmSegments::scores(QSqlDatabase& db, const QList<qint64>& ids) const
{
    QHash<qint64, RfmScore> out;
    const Boundaries b = boundaries(db);
    if (!b.ok)
        return out;
    QString sql = scoredCte(b, ids.isEmpty()) + QStringLiteral("SELECT id, r, f, m, cls FROM d");
    QVariantList binds;
    if (!ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        sql += QStringLiteral(" WHERE id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    QSqlQuery q(db);
    if (!exec(q, sql, binds, nullptr))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                                             RfmClass(q.value(4).toInt())});
    return out;
}

std::array<qint64, 8> CrmSegments::classSizes(QSqlDatabase& db) const
{
    std::array<qint64, 8> out{};
    QSqlQuery q(db);
    const Boundaries b = boundaries(db);
    if (!b.ok ||
        !exec(q, scoredCte(b) + QStringLiteral("SELECT cls, count(*) FROM d GROUP BY cls"), {}, nullptr))
        return out;
    while (q.next()) {
        const int c = q.value(0).toInt();
        if (c >= 0 && c < int(out.size()))
            out[size_t(c)] = q.value(1).toLongLong();
    }
    return out;
}

// ------------------------------------------------------------ saved segments

QList<Segment> CrmSegments::segments(QSqlDatabase& db) const
{
    QList<Segment> out;
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT id, name, rules FROM crm_segment ORDER BY name COLLATE NOCASE, id"),
              {}, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), rulesFromJson(q.value(2).toString())});
    return out;
}

std::optional<Segment> CrmSegments::segment(QSqlDatabase& db, qint64 id) const
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT id, name, rules FROM crm_segment WHERE id = ?"), {id}, nullptr) ||
        !q.next())
        return std::nullopt;
    return Segment{q.value(0).toLongLong(), q.value(1).toString(), rulesFromJson(q.value(2).toString())};
}

namespace {

/// A name free for segment `id` (0: a new one), or a translated error.
bool nameFree(QSqlDatabase& db, const QString& name, qint64 id, QString* error)
{
    if (name.isEmpty()) {
        if (error)
            *error = CrmSegments::tr("Give the segment a name.");
        return false;
    }
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT 1 FROM crm_segment WHERE name = ? COLLATE NOCASE AND id <> ?"),
              {name, id}, error))
        return false;
    if (q.next()) {
        if (error)
            *error = CrmSegments::tr("A segment named « %1 » already exists.").arg(name);
        return false;
    }
    return true;
}

} // namespace

std::optional<qint64> CrmSegments::save(QSqlDatabase& db, const Segment& segment, QString* error)
{
    const QString name = segment.name.simplified();
    if (!nameFree(db, name, segment.id, error))
        return std::nullopt;
    QList<SegmentRule> rules;
    for (const SegmentRule& r : segment.rules) {
        const std::optional<SegmentRule> v = validated(r, error);
        if (!v)
            return std::nullopt;
        rules << *v;
    }
    const QString now = nowText();
    QSqlQuery q(db);
    if (segment.id == 0) {
        if (!exec(q,
                  QStringLiteral(
                      "INSERT INTO crm_segment (name, rules, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                  {name, rulesToJson(rules), now, now}, error))
            return std::nullopt;
        return q.lastInsertId().toLongLong();
    }
    if (!exec(q, QStringLiteral("UPDATE crm_segment SET name = ?, rules = ?, updated_at = ? WHERE id = ?"),
              {name, rulesToJson(rules), now, segment.id}, error))
        return std::nullopt;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("This segment no longer exists.");
        return std::nullopt;
    }
    return segment.id;
}

bool CrmSegments::rename(QSqlDatabase& db, qint64 id, const QString& name, QString* error)
{
    const QString clean = name.simplified();
    if (!nameFree(db, clean, id, error))
        return false;
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("UPDATE crm_segment SET name = ?, updated_at = ? WHERE id = ?"),
              {clean, nowText(), id}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("This segment no longer exists.");
        return false;
    }
    return true;
}

bool CrmSegments::remove(QSqlDatabase& db, qint64 id, QString* error)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("DELETE FROM crm_segment WHERE id = ?"), {id}, error);
}

// ------------------------------------------------------------------- export

namespace {

QString csvField(QString s)
{
    // A cell Excel would read as a formula stays text.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

/// A phone Excel keeps as typed: the national form for a French number
/// ("06 12 34 56 78"), else 00 and the international digits.
QString csvPhone(const QString& e164)
{
    if (e164.isEmpty())
        return QString();
    const ContactKeys::Phone p = ContactKeys::phone(e164);
    if (e164.startsWith(QLatin1String("+33")) && p.national.size() == 10) {
        QStringList pairs;
        for (int i = 0; i < 10; i += 2)
            pairs << p.national.mid(i, 2);
        return pairs.join(QLatin1Char(' '));
    }
    return QStringLiteral("00") + p.international.mid(1);
}

} // namespace

QByteArray CrmSegments::csv(const QList<SegmentMember>& members, ConsentChannel channel)
{
    const bool email = channel == ConsentChannel::Email;
    QStringList header{tr("Name"),       email ? tr("E-mail") : tr("Phone"), tr("Language"), tr("Visits"),
                       tr("Last visit"), tr("Lifetime spend (€)"),           tr("RFM class")};
    QString text = header.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const SegmentMember& m : members) {
        const qint64 cents = m.spendCents;
        const QString spend =
            QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        const QStringList row{csvField(m.name),
                              csvField(email ? m.email : csvPhone(m.phone)),
                              csvField(m.language),
                              QString::number(m.visits),
                              m.lastVisit.isValid() ? m.lastVisit.toString(QStringLiteral("dd/MM/yyyy"))
                                                    : QString(),
                              spend,
                              csvField(rfmLabel(m.rfmClass))};
        text += row.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool CrmSegments::exportCsv(QSqlDatabase& db, const QList<SegmentRule>& rules, ConsentChannel channel,
                            const QString& path, SegmentResult* result, QString* error) const
{
    SegmentResult r = evaluate(db, rules, channel, -1);
    if (!r.ok) {
        if (error)
            *error = tr("The segment could not be read: %1").arg(r.error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(r.members, channel)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (result)
        *result = std::move(r);
    return true;
}

} // namespace Moulin
