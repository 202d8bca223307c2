#pragma once

#include "common/core/credentialstore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Moulin {

/// One connector's OAuth tokens, as kept in the keychain (one JSON entry).
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; ///< empty: none (client credentials)
    qint64 expiresAtMs = 0;  ///< access token expiry; 0: the provider gave no lifetime
    qint64 obtainedAtMs = 0;
    QString scope;
    /// Numbers the saves, newest highest (set by TokenStore::save()).
    qint64 generation = 0;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    QByteArray toJson() const;
    /// nullopt when `json` is not a token entry.
    static std::optional<OAuthTokens> fromJson(const QByteArray& json);
    /// Overwrites the token bytes before dropping them.
    void wipe();
};

/// Keeps a connector's OAuth tokens in the keychain (CredentialStore) so
/// that a crash at any point of a rotation leaves a usable refresh token.
///
/// Two entries per connector: "oauth_tokens" (current) and
/// "oauth_tokens.next" (pending). save() is a three-step journal:
///   1. write the new tokens to the pending entry — from here they survive
///      a crash, and `durable` is called;
///   2. write them to the current entry (promote);
///   3. remove the pending entry.
/// load() prefers the pending entry when there is one (unless its generation
/// is older than the current one's), finishes the interrupted promotion and
/// removes it. So whatever step a crash interrupts, the next start finds the
/// newest refresh token: after step 1 in "next", after step 2 in both.
/// A single-use refresh token (Lightspeed) is thus never lost once the
/// provider's answer has been written down; the only unprotected window is
/// between the provider's answer and step 1.
///
/// Operations run one at a time, in call order, on this object's thread.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        PendingWritten,
        Promoted,
        PendingRemoved,
    };
    Q_ENUM(Step)

    struct LoadResult
    {
        /// Ok when tokens were found, NotFound when none are stored; an error
        /// status (keyring locked, no keyring…) with its message otherwise.
        CredentialStore::Outcome outcome;
        std::optional<OAuthTokens> tokens;
        /// The tokens came from an interrupted save (the pending entry).
        bool recovered = false;
    };
    using LoadCallback = std::function<void(const LoadResult& result)>;
    using Callback = CredentialStore::Callback;

    TokenStore(CredentialStore* credentials, const QString& connectorId, QObject* parent = nullptr);

    QString connectorId() const { return m_connectorId; }
    /// "oauth_tokens".
    static QString tokensKey();
    /// "oauth_tokens.next".
    static QString pendingKey();

    void load(LoadCallback done);
    /// Saves `tokens` through the journal above. `durable` gets the outcome
    /// of step 1 (ok: the tokens survive a crash). Steps 2 and 3 follow;
    /// their failure is logged and repaired by the next load().
    void save(const OAuthTokens& tokens, Callback durable);
    /// Removes both entries (pending first).
    void clear(Callback done);

    /// An operation is running or queued.
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }

    /// Test hook: behave as if the process died right after `step` of the
    /// next save() — nothing more is written or removed, no callback runs,
    /// and every later operation is ignored. nullopt: off.
    void setStopAfterForTesting(std::optional<Step> step) { m_stopAfter = step; }
    bool isStoppedForTesting() const { return m_stopped; }

Q_SIGNALS:
    /// Each journal step of save() as it completes (tests and diagnostics).
    void stepCompleted(Moulin::TokenStore::Step step, bool ok);

private:
    using Next = std::function<void()>;
    using Operation = std::function<void(const Next& next)>;

    void enqueue(Operation operation);
    void runNext();
    /// Records a completed step; true when the test hook stops here.
    bool reached(Step step, bool ok);
    void finishLoad(const std::optional<OAuthTokens>& pending, const CredentialStore::Outcome& current,
                    const LoadCallback& done, const Next& next);

    CredentialStore* m_credentials;
    QString m_connectorId;
    QList<Operation> m_queue;
    bool m_running = false;
    qint64 m_lastGeneration = 0;
    std::optional<Step> m_stopAfter;
    bool m_stopped = false;
};

} // namespace Moulin
