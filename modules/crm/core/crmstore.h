#pragma once

// The customers area's store (migration 0021): guest profiles built from the
// book and the till through their read interfaces (guestactivitysources.h),
// the identity resolution, merges that can be undone, the review list and
// the loyalty ledger. Widget-free; every call takes the caller's connection
// (any thread). Writing calls do not BEGIN/COMMIT except sync(), merge(),
// keepApart() and undoMerge(), which run in their own transaction.
//
// Identity resolution. Every source's view of a guest is an identity (a
// channel's guest id, or a booking without one). Certain matches merge their
// profiles automatically: the same channel guest id (one identity), the same
// phone number (E.164) and the same folded name, the same e-mail and the same
// folded name. Probable ones go to the review list: the same phone with
// another name, the same e-mail with a similar name. A shared e-mail alone
// (a family) never merges anything. A pair kept apart, or whose merge was
// undone, is never merged automatically again.
//
// Receipts and visits. A visit is a booking the party honoured; a receipt of
// the same day and service, closed between its start and five hours after,
// is its receipt when the tables agree, or, when the till does not say the
// table (or names one no visit sits at: a book without a floor plan), when it
// is the only such visit with as many guests as covers on the bill. A bill is
// one receipt, or the split receipts of one table closed within minutes of
// each other (their covers added). Ambiguity either way is left unlinked,
// never given to the wrong guest: a bill with two such visits, and a visit
// that two bills could be (walk-ins of the same size at the same service).
//
// Loyalty exactly once. A rule's milestone (every N visits: visits:10,
// visits:20…; a lifetime spend: spend:<cents>; a birthday: birthday:<year>) is
// granted when a profile reaches it and no profile merged into it (nor it)
// already has it; the ledger's key (profile, rule, milestone) is unique. A
// visit synced again or edited, a merge or its undoing never grant it again.

#include "common/core/guestactivitysources.h"
#include "crm/core/crmallergies.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace Moulin {

struct CrmProfileSummary
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone; ///< E.164
    int visits = 0;
    QDate lastVisit;
    qint64 spendCents = 0; ///< lifetime value
    bool vip = false;
    QString allergies;
};

struct CrmVisit
{
    qint64 id = 0;
    QString channel;
    QDate day;
    int service = 0;
    QDateTime startsAt;
    int partySize = 0;
    QString table;
    QString status; ///< standing, honoured, no_show, cancelled, late_cancellation
    qint64 spendCents = 0;
    int receipts = 0;
};

struct CrmReward
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString kind; ///< visits, spend, birthday
    QString milestone;
    QString state; ///< granted, used, expired
    QDateTime grantedAt;
};

struct CrmFavourite
{
    QString name;
    qint64 quantityMilli = 0;
};

struct CrmIdentity
{
    qint64 id = 0;
    QString source;
    QString name;
    QString email;
    QString phone;
    bool emailInvalid = false;
    bool phoneInvalid = false;
};

struct CrmConsent
{
    std::optional<bool> given; ///< nullopt: never told
    QDateTime at;
    QString source;
};

/// A contact as a remote provider (Brevo) holds it, read by its connector.
struct CrmRemoteContact
{
    QString remoteId; ///< the provider's contact id
    QString email;
    QString name;  ///< first and last names
    QString phone; ///< as the provider holds it
    std::optional<bool> emailConsent;
    std::optional<bool> smsConsent;
    QDateTime modifiedAt; ///< the provider's last change (UTC)
    /// Of the values the provider holds (the connector's own form): the
    /// profile is sent again only when what it would send differs.
    QString fingerprint;
};

/// A value that lost a conflict with a remote provider (migration 0029).
struct CrmFieldChange
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString field; ///< name, phone, email_consent, sms_consent
    QString keptValue;
    QString keptSource; ///< "moulin" or the provider
    QDateTime keptAt;
    QString lostValue;
    QString lostSource;
    QDateTime lostAt;
    QDateTime recordedAt;
};

/// A profile as it is to be sent to a remote provider.
struct CrmOutgoingContact
{
    qint64 profileId = 0;
    QString remoteId; ///< empty: not at the provider yet
    QString email;
    QString name;
    QString phone; ///< E.164
    QString language;
    bool vip = false;
    int visits = 0;
    QDate lastVisit;
    qint64 spendCents = 0;
    int rewards = 0;    ///< rewards granted, used or not
    QString openReward; ///< the milestone of the latest reward not used yet ("visits:10")
    std::optional<bool> emailConsent;
    std::optional<bool> smsConsent;
    QString fingerprint; ///< of what the provider holds (empty: nothing known)
};

/// One contact a provider holds and the profile it belongs to now (a
/// profile merged from several contacts has several).
struct CrmRemoteLink
{
    QString remoteId;
    qint64 profileId = 0; ///< the profile it is linked to (maybe merged away since)
    qint64 rootId = 0;    ///< the profile of its own it belongs to now
    QString email;        ///< as the provider holds it
    QString fingerprint;  ///< of the values the provider holds
    QDateTime modifiedAt; ///< the provider's last change known (invalid: never pulled)
};

struct CrmProfile
{
    CrmProfileSummary summary;
    QString language;
    QString notes;
    QString tags;
    QString birthday; ///< MM-DD
    CrmConsent emailConsent;
    CrmConsent smsConsent;
    int noShows = 0;
    int lateCancellations = 0;
    qint64 averageSpendCents = 0; ///< over the visits with a receipt
    QList<CrmVisit> visits;       ///< newest first
    QList<CrmFavourite> favourites;
    QList<CrmReward> rewards;
    QList<CrmIdentity> identities;
    /// Values that lost a conflict with a remote provider, newest first.
    QList<CrmFieldChange> conflicts;
    /// The allergies item by item, each with its source and date (crmallergies.h).
    QList<CrmAllergy> allergyItems;
};

struct CrmReviewItem
{
    qint64 id = 0;
    QString reason; ///< same_phone_other_name, same_email_similar_name
    CrmProfileSummary a;
    CrmProfileSummary b;
};

struct CrmMergeEntry
{
    qint64 id = 0;
    qint64 keptId = 0;
    qint64 absorbedId = 0;
    QString keptName;
    QString absorbedName;
    QString reason;
    bool automatic = false;
    QDateTime at;
    bool undone = false;
};

/// A deletion owed to a remote provider (migration 0023).
struct CrmRemoteErasure
{
    qint64 id = 0;
    QString provider;
    QString email;
    QString phone;
    QDateTime requestedAt;
    int attempts = 0;
    QString lastError;
};

struct CrmLoyaltyRule
{
    qint64 id = 0;
    QString kind; ///< visits, spend, birthday
    qint64 threshold = 0;
    bool active = true;
};

class CrmStore
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CrmStore)

public:
    using Now = std::function<QDateTime()>;
    /// A cancellation less than this before the service is a late one.
    static constexpr int kLateCancellationHours = 24;
    /// A receipt closed up to this long after a visit's start can be its bill.
    static constexpr int kReceiptWindowMinutes = 5 * 60;
    /// The receipts of one table closed within this of each other are one
    /// split bill.
    static constexpr int kSplitBillMinutes = 10;

    explicit CrmStore(Now now = {});

    struct SyncResult
    {
        bool ok = true;
        QString error;
        int guests = 0;
        int bookings = 0;
        int receipts = 0;
        int rewardsGranted = 0;
        /// `stop` was set: the pages stored so far are kept, the next sync
        /// goes on from there (and links the services still to link).
        bool stopped = false;
    };
    /// Reads what changed in the book and the till since the last sync (the
    /// cursors are kept in crm_cursor) and brings the profiles up to date,
    /// one transaction per page. Either source may be null. `stop`, when
    /// given, is read before every page (a process that is stopping).
    SyncResult sync(QSqlDatabase& db, const GuestBookSource* book, const ReceiptSource* receipts,
                    int pageSize = 500, const std::atomic<bool>* stop = nullptr);

    // Applying rows (sync() does it; tests may call them inside a transaction,
    // then finish()).
    bool applyGuest(QSqlDatabase& db, const ActivityGuest& guest, QString* error);
    bool applyBooking(QSqlDatabase& db, const ActivityBooking& booking, QString* error);
    bool applyReceipt(QSqlDatabase& db, const ActivityReceipt& receipt, QString* error);
    /// Resolves the identities touched, links the receipts of the services
    /// touched (with `link`; they wait in crm_pending_link otherwise),
    /// refreshes the profiles touched and their loyalty. `granted`: rewards
    /// granted.
    bool finish(QSqlDatabase& db, QString* error, int* granted = nullptr, bool link = true);

    // The manager's decisions (each in its own transaction) ------------------
    /// Merges `absorbed` into `kept` (both profiles of their own); the merge id.
    std::optional<qint64> merge(QSqlDatabase& db, qint64 kept, qint64 absorbed, QString* error);
    /// Settles a review item: the two profiles merged (into the older one).
    std::optional<qint64> mergeReview(QSqlDatabase& db, qint64 reviewId, QString* error);
    /// Settles a review item: two guests, never merged automatically.
    bool keepApart(QSqlDatabase& db, qint64 reviewId, QString* error);
    /// Undoes a merge: the absorbed profile gets its identities back, and the
    /// pair is kept apart from then on.
    bool undoMerge(QSqlDatabase& db, qint64 mergeId, QString* error);
    bool setRewardState(QSqlDatabase& db, qint64 rewardId, const QString& state, QString* error);
    /// The manager's fields of a profile.
    bool setProfileDetails(QSqlDatabase& db, qint64 profileId, const QString& notes, const QString& tags,
                           bool vip, const QString& birthday, QString* error);
    /// Adds or changes a loyalty rule (id 0: new); returns its id.
    std::optional<qint64> saveRule(QSqlDatabase& db, const CrmLoyaltyRule& rule, QString* error);
    /// Grants every profile of its own the rewards of the active rules it
    /// has reached and not been granted yet (after a rule was added or
    /// changed; exactly once per milestone, as sync() does). Its own
    /// transaction (BEGIN IMMEDIATE: a sync waits); the number granted,
    /// nullopt on a database error.
    std::optional<int> grantRewardsToAll(QSqlDatabase& db, QString* error);

    // Deletions owed to remote providers (GDPR erasure) -------------------
    /// Queues the deletion of a contact at `provider` (idempotent). The
    /// caller's transaction, if any, holds it with the local erasure.
    bool requestRemoteErasure(QSqlDatabase& db, const QString& provider, const QString& email,
                              const QString& phone, QString* error);
    /// The deletions still owed to `provider`, oldest first (not those the
    /// provider refused: they wait for the user, with the refusal).
    QList<CrmRemoteErasure> pendingRemoteErasures(QSqlDatabase& db, const QString& provider) const;
    /// Done (the row goes), or refused with `failure` (kept with it, attempts
    /// + 1, and no longer pending: not sent again).
    bool settleRemoteErasure(QSqlDatabase& db, qint64 id, bool done, const QString& failure, QString* error);

    // Two-way sync with a remote contacts provider (migration 0029) ----------
    /// Applies a contact the provider sent, in the caller's transaction (then
    /// finish()). Its identity (source `provider`, key its id) joins the
    /// profiles as any other. When its values differ from the profile's, the
    /// newer change wins: the provider's modifiedAt against the profile's
    /// updated_at; an older change never overwrites a newer one, and the
    /// losing value is kept in crm_field_history. A profile whose value won
    /// over the provider's is left to be sent again (contactsToPush()). A
    /// contact whose fingerprint is the one recorded (the echo of what was
    /// sent to the provider) has no change of its own: only its time is
    /// recorded.
    bool applyRemoteContact(QSqlDatabase& db, const QString& provider, const CrmRemoteContact& contact,
                            QString* error);
    /// After finish(): records what the provider holds of the contacts
    /// applied since the last call (their profiles as they are now), and the
    /// conflicts a new contact's values lost. The caller's transaction.
    bool settleRemoteContacts(QSqlDatabase& db, const QString& provider, QString* error);
    /// The profiles to send: with a valid e-mail and either the e-mail
    /// consent given or already at the provider, of their own (not merged
    /// away), by id. The caller compares each one's values with its
    /// fingerprint and sends what differs.
    QList<CrmOutgoingContact> outgoingContacts(QSqlDatabase& db, const QString& provider,
                                               QString* error = nullptr) const;
    /// The provider holds `fingerprint` for the profile now (after sending
    /// it), under `remoteId`. The caller's transaction.
    bool markRemoteSynced(QSqlDatabase& db, const QString& provider, qint64 profileId,
                          const QString& remoteId, const QString& email, const QString& fingerprint,
                          QString* error);
    /// Every contact `provider` holds that is linked to a profile, with the
    /// profile of its own it belongs to now, by that profile, then the most
    /// recently synced first.
    QList<CrmRemoteLink> remoteLinks(QSqlDatabase& db, const QString& provider,
                                     QString* error = nullptr) const;
    /// The conflicts of a profile (and of those merged into it), newest first.
    QList<CrmFieldChange> fieldHistory(QSqlDatabase& db, qint64 profileId) const;

    // Reads ---------------------------------------------------------------
    /// Profiles (not merged away) with a word of their names or e-mails
    /// beginning with each word of `text` (accents and case folded), or a
    /// phone number beginning with its digits (national "06…" or
    /// international "336…"), most visits first; empty text: all.
    QList<CrmProfileSummary> search(QSqlDatabase& db, const QString& text, int limit = 100) const;
    std::optional<CrmProfile> profile(QSqlDatabase& db, qint64 id) const;
    QList<CrmReviewItem> openReviews(QSqlDatabase& db) const;
    QList<CrmMergeEntry> merges(QSqlDatabase& db, int limit = 200) const;
    QList<CrmLoyaltyRule> rules(QSqlDatabase& db) const;
    /// Profiles of their own.
    qint64 profileCount(QSqlDatabase& db) const;
    /// The profile an identity belongs to now (0: none).
    qint64 profileOf(QSqlDatabase& db, const QString& source, const QString& sourceKey) const;

private:
    QString nowText() const;
    /// The identity of `source`/`key` with these details (created with its
    /// own profile when new); its id.
    std::optional<qint64> upsertIdentity(QSqlDatabase& db, const QString& source, const QString& key,
                                         const ActivityGuest& details, bool fromGuestFeed, QString* error);
    bool resolve(QSqlDatabase& db, qint64 identityId, QString* error);
    std::optional<qint64> mergeProfiles(QSqlDatabase& db, qint64 kept, qint64 absorbed, const QString& reason,
                                        bool automatic, QString* error);
    bool keptApart(QSqlDatabase& db, qint64 a, qint64 b) const;
    /// A service whose receipts are to be linked again.
    bool markService(QSqlDatabase& db, const QString& day, int service, QString* error);
    /// What changed in a service during a sync(), to skip linking it again
    /// when no receipt's link can have changed: the party sizes of the
    /// honoured visits added, changed or removed there, all without a table;
    /// `full` when that is not known (a receipt changed, a visit with a
    /// table, a service left to link by an earlier sync).
    struct LinkPlan
    {
        bool full = false;
        std::set<int> parties;
    };
    void planVisit(const QString& day, int service, const QString& status, int party, const QString& table);
    void planFull(const QString& day, int service);
    bool linkService(QSqlDatabase& db, const QDate& day, int service, QString* error);
    bool refreshProfile(QSqlDatabase& db, qint64 profileId, QString* error);
    /// What a booking or a channel's guest record says of the guest's
    /// allergies, item by item (crmallergies.h).
    bool recordAllergies(QSqlDatabase& db, const QString& origin, qint64 identityId, const QString& source,
                         const QString& text, const QDateTime& statedAt, QString* error);
    bool grantRewards(QSqlDatabase& db, qint64 profileId, int* granted, QString* error);
    CrmProfileSummary summary(QSqlDatabase& db, qint64 id) const;

    bool recordConflict(QSqlDatabase& db, qint64 profileId, const QString& field, const QString& keptValue,
                        const QString& keptSource, const QString& keptAt, const QString& lostValue,
                        const QString& lostSource, const QString& lostAt, QString* error);

    Now m_now;
    /// Remote contacts applied since the last settleRemoteContacts().
    QList<std::pair<CrmRemoteContact, bool>> m_appliedRemote; ///< (contact, new identity)
    std::set<qint64> m_touchedProfiles;
    std::set<qint64> m_touchedIdentities;
    /// The loyalty rules while finish() refreshes the profiles touched.
    std::optional<QList<CrmLoyaltyRule>> m_rules;
    /// During sync(): the services' link plans ("day|service").
    std::optional<std::map<QString, LinkPlan>> m_plans;
};

} // namespace Moulin
