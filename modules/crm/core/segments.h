#pragma once

// Customer segments (migration 0028): RFM classes and saved filters over the
// guest profiles of crmstore.h, and a segment's members for a campaign.
// Widget-free; every call takes the caller's connection (any thread).
//
// RFM scoring. Over the profiles of their own with at least one visit (a
// profile without a visit has no score and no class): recency = the last
// visit (more recent is better), frequency = visits, monetary = lifetime
// spend in whole euros (cents do not split ties). Each is scored 1–5 by
// quintiles of rank, ties together:
//
//     score = 1 + floor(5 × w / n)
//
// where n is the number of profiles scored and w the number of them with a
// strictly worse value (an older last visit, fewer visits, less spend). So a
// score s means w/n in [(s − 1)/5, s/5): the bottom fifth scores 1, the top
// fifth 5, and equal values always share a score (when 40 % came once, they
// all score 1 and the next value starts at 3). Computed when read, nothing
// stored to keep up to date: the value where each score starts is read
// through an index (a dozen lookups), then one SQL pass scores and filters.
//
// Classes, the first that fits (R, F, M the scores):
//
//     Champions     « Champions »     R ≥ 4, F ≥ 4, M ≥ 4
//     New           « Nouveaux »      R ≥ 4, F = 1
//     Loyal         « Fidèles »       R ≥ 3, F ≥ 4
//     Promising     « Prometteurs »   R ≥ 4 (the other recent ones)
//     AtRisk        « À risque »      R ≤ 2, F ≥ 3 (came often, not lately)
//     Sleeping      « Endormis »      R ≤ 2 (came little, not lately)
//     NeedAttention « À surveiller »  the rest (R = 3, F ≤ 3)
//
// Saved filters. A segment is rules in groups: the rules of a group all hold
// (AND), a guest is in the segment when one group holds (OR). Each rule reads
// in French ("venus ≥ 3 fois, pas revenus depuis 60 jours"); describe()
// writes the segment's sentence. Text rules (allergy, tag) compare with
// accents and case folded.
//
// Members for a campaign. members() keeps only the guests who said yes to
// that channel (e-mail or SMS consent given) and have a valid contact for it
// (the profile's e-mail or phone are valid ones only); the others are
// counted, never returned.

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

namespace Moulin {

enum class ConsentChannel
{
    Email,
    Sms
};

enum class RfmClass
{
    None = 0,
    Champions,
    New,
    Loyal,
    Promising,
    AtRisk,
    Sleeping,
    NeedAttention
};

struct RfmScore
{
    int recency = 0; ///< 1–5, 0: no visit
    int frequency = 0;
    int monetary = 0;
    RfmClass rfmClass = RfmClass::None;
};

struct SegmentRule
{
    enum class Kind
    {
        VisitsAtLeast,      ///< value: N
        VisitsAtMost,       ///< value: N
        NotBackSinceDays,   ///< value: D; came at least once, last visit more than D days ago
        CameBackWithinDays, ///< value: D; last visit in the last D days
        SpendAtLeast,       ///< value: cents
        AllergyContains,    ///< value: text
        BookedVia,          ///< value: channel (thefork, opentable, resy, website, phone, walkin, till)
        Tag,                ///< value: a tag (one of the profile's, comma separated)
        Vip,                ///< no value
        Language,           ///< value: a two-letter code ("en")
        RfmClassIs,         ///< value: the class key (rfmKey())
        BirthdayThisMonth,  ///< no value
        EmailConsent,       ///< no value
        SmsConsent,         ///< no value
    };
    Kind kind = Kind::VisitsAtLeast;
    QString value;
    int group = 0; ///< rules of a group are ANDed, groups ORed

    bool operator==(const SegmentRule&) const = default;
};

struct Segment
{
    qint64 id = 0;
    QString name;
    QList<SegmentRule> rules;
};

struct SegmentMember
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone; ///< E.164
    QString language;
    int visits = 0;
    QDate lastVisit;
    qint64 spendCents = 0;
    RfmClass rfmClass = RfmClass::None;
};

struct SegmentResult
{
    bool ok = true;
    QString error;
    qint64 matched = 0;           ///< guests the rules select
    qint64 emailReachable = 0;    ///< of them, e-mail consent given and a valid e-mail
    qint64 smsReachable = 0;      ///< of them, SMS consent given and a valid phone
    qint64 excludedConsent = 0;   ///< with `channel`: no consent for it
    qint64 excludedContact = 0;   ///< with `channel`: consent but no valid contact
    QList<SegmentMember> members; ///< most visits first, at most the limit asked
};

class CrmSegments
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CrmSegments)

public:
    /// `today`: the day "days since", "within" and "this month" count from
    /// (invalid: the current date).
    explicit CrmSegments(QDate today = {});

    // The rule model ---------------------------------------------------------
    /// Stable key of a kind ("visits_min"…), as stored.
    static QString kindKey(SegmentRule::Kind kind);
    static std::optional<SegmentRule::Kind> kindFromKey(const QString& key);
    static QList<SegmentRule::Kind> allKinds();
    /// Whether the kind takes a value.
    static bool takesValue(SegmentRule::Kind kind);
    /// The kind's name in a menu ("Visits at least").
    static QString kindLabel(SegmentRule::Kind kind);
    /// Checks and normalises `rule.value` (a count, days, euros as typed
    /// "150" or "150,50" → cents, a channel, a class…); a translated error.
    static std::optional<SegmentRule> validated(SegmentRule rule, QString* error);
    /// The rule in plain French (in the UI language): "venus ≥ 3 fois".
    static QString describe(const SegmentRule& rule);
    /// The segment's sentence: its groups' rules joined by ", ", groups by
    /// " ; ou "; no rule: every guest.
    static QString describe(const QList<SegmentRule>& rules);

    static QString rfmKey(RfmClass c);
    static std::optional<RfmClass> rfmFromKey(const QString& key);
    static QString rfmLabel(RfmClass c);
    static QList<RfmClass> rfmClasses(); ///< without None
    /// The class of scores (the table above).
    static RfmClass classify(int recency, int frequency, int monetary);
    static QStringList channels(); ///< the channels BookedVia offers
    static QString channelLabel(const QString& channel);

    static QString rulesToJson(const QList<SegmentRule>& rules);
    static QList<SegmentRule> rulesFromJson(const QString& json);

    // Evaluation -------------------------------------------------------------
    /// The guests `rules` select: the counts, and the first `limit` members
    /// (0: none, -1: all); with `channel`, only those reachable on it.
    SegmentResult evaluate(QSqlDatabase& db, const QList<SegmentRule>& rules,
                           std::optional<ConsentChannel> channel = std::nullopt, int limit = 0) const;
    /// A saved segment's members for a campaign on `channel`: only guests
    /// with that consent given and a valid contact (excludedConsent /
    /// excludedContact say how many were left out).
    SegmentResult members(QSqlDatabase& db, qint64 segmentId, ConsentChannel channel) const;
    /// Every profile's scores (profile id → scores), for a few ids or all
    /// (empty `ids`).
    QHash<qint64, RfmScore> scores(QSqlDatabase& db, const QList<qint64>& ids = {}) const;
    /// Profiles per class (index = int(RfmClass), [0]: without a visit).
    std::array<qint64, 8> classSizes(QSqlDatabase& db) const;

    // Saved segments ---------------------------------------------------------
    QList<Segment> segments(QSqlDatabase& db) const;
    std::optional<Segment> segment(QSqlDatabase& db, qint64 id) const;
    /// Saves (id 0: new) with its name (unique, not empty); returns its id.
    std::optional<qint64> save(QSqlDatabase& db, const Segment& segment, QString* error);
    bool rename(QSqlDatabase& db, qint64 id, const QString& name, QString* error);
    bool remove(QSqlDatabase& db, qint64 id, QString* error);

    // Export -----------------------------------------------------------------
    /// Writes the members reachable on `channel` as CSV for Excel (UTF-8 with
    /// a BOM, ';' separated, French headers, CRLF); `result` says how many
    /// were written and left out. A translated error when it cannot write.
    bool exportCsv(QSqlDatabase& db, const QList<SegmentRule>& rules, ConsentChannel channel,
                   const QString& path, SegmentResult* result, QString* error) const;
    /// The CSV text itself (what exportCsv() writes, BOM included): the
    /// channel's contact column only.
    static QByteArray csv(const QList<SegmentMember>& members, ConsentChannel channel);

private:
    QDate m_today;
};

} // namespace Moulin
