#include "common/auth/tokenstore.h"

#include "common/auth/authlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace Moulin {

namespace {

const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");
const QString kExpiresAt = QStringLiteral("expires_at_ms");
const QString kObtainedAt = QStringLiteral("obtained_at_ms");
const QString kScope = QStringLiteral("scope");
const QString kGeneration = QStringLiteral("generation");
const QString kFormat = QStringLiteral("format");
const QString kFormatName = QStringLiteral("moulin-oauth-tokens-1");

void wipeBytes(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

const char* stepName(TokenStore::Step step)
{
    switch (step) {
    case TokenStore::Step::PendingWritten:
        return "pending written";
    case TokenStore::Step::Promoted:
        return "promoted";
    case TokenStore::Step::PendingRemoved:
        return "pending removed";
    }
    return "?";
}

} // namespace

QByteArray OAuthTokens::toJson() const
{
    QJsonObject object{
        {kFormat, kFormatName},    {kAccessToken, QString::fromLatin1(accessToken)},
        {kExpiresAt, expiresAtMs}, {kObtainedAt, obtainedAtMs},
        {kGeneration, generation},
    };
    if (!refreshToken.isEmpty())
        object.insert(kRefreshToken, QString::fromLatin1(refreshToken));
    if (!scope.isEmpty())
        object.insert(kScope, scope);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(kFormat).toString() != kFormatName)
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value(kAccessToken).toString().toLatin1();
    tokens.refreshToken = object.value(kRefreshToken).toString().toLatin1();
    tokens.expiresAtMs = object.value(kExpiresAt).toInteger();
    tokens.obtainedAtMs = object.value(kObtainedAt).toInteger();
    tokens.scope = object.value(kScope).toString();
    tokens.generation = object.value(kGeneration).toInteger();
    if (!tokens.hasAccessToken() && !tokens.hasRefreshToken())
        return std::nullopt;
    return tokens;
}

void OAuthTokens::wipe()
{
    wipeBytes(accessToken);
    wipeBytes(refreshToken);
    expiresAtMs = 0;
    obtainedAtMs = 0;
}

TokenStore::TokenStore(CredentialStore* credentials, const QString& connectorId, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_connectorId(connectorId)
{
}

QString TokenStore::tokensKey()
{
    return QStringLiteral("oauth_tokens");
}

QString TokenStore::pendingKey()
{
    return QStringLiteral("oauth_tokens.next");
}

void TokenStore::enqueue(Operation operation)
{
    if (m_stopped)
        return;
    m_queue.append(std::move(operation));
    if (!m_running)
        runNext();
}

void TokenStore::runNext()
{
    if (m_stopped || m_running || m_queue.isEmpty())
        return;
    m_running = true;
    const Operation operation = m_queue.takeFirst();
    operation([this] {
        m_running = false;
        // Queued: the next operation never starts inside the previous one's callback.
        QTimer::singleShot(0, this, [this] { runNext(); });
    });
}

bool TokenStore::reached(Step step, bool ok)
{
    qCDebug(lcAuth, "%s: token journal step \"%s\" %s", qUtf8Printable(m_connectorId), stepName(step),
            ok ? "done" : "failed");
    Q_EMIT stepCompleted(step, ok);
    if (ok && m_stopAfter == step) {
        qCWarning(lcAuth, "%s: test hook: stopping after token journal step \"%s\"",
                  qUtf8Printable(m_connectorId), stepName(step));
        m_stopped = true;
        m_queue.clear();
        return true;
    }
    return false;
}

void TokenStore::load(LoadCallback done)
{
    enqueue([this, done](const Next& next) {
        m_credentials->read(
            m_connectorId, pendingKey(), this,
            [this, done, next](const CredentialStore::Outcome& pendingRead) {
                if (!pendingRead.ok() && pendingRead.status != CredentialStore::Status::NotFound) {
                    done(LoadResult{pendingRead, std::nullopt, false});
                    next();
                    return;
                }
                std::optional<OAuthTokens> pending;
                if (pendingRead.ok()) {
                    pending = OAuthTokens::fromJson(pendingRead.secret);
                    if (!pending)
                        qCWarning(lcAuth, "%s: ignoring an unreadable pending token entry",
                                  qUtf8Printable(m_connectorId));
                }
                m_credentials->read(m_connectorId, tokensKey(), this,
                                    [this, pending, done, next](const CredentialStore::Outcome& currentRead) {
                                        finishLoad(pending, currentRead, done, next);
                                    });
            });
    });
}

void TokenStore::finishLoad(const std::optional<OAuthTokens>& pending,
                            const CredentialStore::Outcome& currentRead, const LoadCallback& done,
                            const Next& next)
{
    if (!currentRead.ok() && currentRead.status != CredentialStore::Status::NotFound) {
        done(LoadResult{currentRead, std::nullopt, false});
        next();
        return;
    }
    std::optional<OAuthTokens> current;
    if (currentRead.ok())
        current = OAuthTokens::fromJson(currentRead.secret);

    LoadResult result;
    result.outcome.status = CredentialStore::Status::Ok;
    if (pending && (!current || pending->generation >= current->generation)) {
        result.tokens = pending;
        result.recovered = true;
    } else if (current) {
        result.tokens = current;
    } else {
        result.outcome.status = CredentialStore::Status::NotFound;
        result.outcome.message = CredentialStore::messageFor(CredentialStore::Status::NotFound);
    }
    if (result.tokens)
        m_lastGeneration = std::max(m_lastGeneration, result.tokens->generation);

    const bool hadPending = pending.has_value();
    const bool recovered = result.recovered;
    const QByteArray promoted = recovered ? pending->toJson() : QByteArray();
    if (recovered)
        qCInfo(lcAuth, "%s: recovering tokens from an interrupted save", qUtf8Printable(m_connectorId));
    done(result);
    if (!hadPending) {
        next();
        return;
    }

    // Finish the interrupted journal (or drop a stale pending entry) before
    // any other operation runs.
    auto removePending = [this, next] {
        m_credentials->remove(m_connectorId, pendingKey(), this,
                              [this, next](const CredentialStore::Outcome& o) {
                                  if (!o.ok())
                                      qCWarning(lcAuth, "%s: could not remove the pending token entry: %s",
                                                qUtf8Printable(m_connectorId), qUtf8Printable(o.message));
                                  next();
                              });
    };
    if (!recovered) {
        removePending();
        return;
    }
    m_credentials->save(m_connectorId, tokensKey(), promoted, this,
                        [this, removePending, next](const CredentialStore::Outcome& o) {
                            if (!o.ok()) {
                                qCWarning(lcAuth, "%s: could not promote the recovered tokens: %s",
                                          qUtf8Printable(m_connectorId), qUtf8Printable(o.message));
                                next(); // the pending entry stays, the next load tries again
                                return;
                            }
                            removePending();
                        });
}

void TokenStore::save(const OAuthTokens& tokens, Callback durable)
{
    enqueue([this, tokens, durable](const Next& next) {
        OAuthTokens numbered = tokens;
        numbered.generation = std::max(m_lastGeneration + 1, QDateTime::currentMSecsSinceEpoch());
        m_lastGeneration = numbered.generation;
        const QByteArray json = numbered.toJson();
        numbered.wipe();

        m_credentials->save(
            m_connectorId, pendingKey(), json, this,
            [this, json, durable, next](const CredentialStore::Outcome& written) {
                if (!written.ok()) {
                    reached(Step::PendingWritten, false);
                    qCWarning(lcAuth, "%s: could not save the new tokens: %s", qUtf8Printable(m_connectorId),
                              qUtf8Printable(written.message));
                    if (durable)
                        durable(written);
                    next();
                    return;
                }
                if (reached(Step::PendingWritten, true))
                    return;
                if (durable)
                    durable(written);
                m_credentials->save(
                    m_connectorId, tokensKey(), json, this,
                    [this, next](const CredentialStore::Outcome& promoted) {
                        if (!promoted.ok()) {
                            reached(Step::Promoted, false);
                            qCWarning(lcAuth, "%s: could not promote the new tokens (kept as pending): %s",
                                      qUtf8Printable(m_connectorId), qUtf8Printable(promoted.message));
                            next();
                            return;
                        }
                        if (reached(Step::Promoted, true))
                            return;
                        m_credentials->remove(m_connectorId, pendingKey(), this,
                                              [this, next](const CredentialStore::Outcome& removed) {
                                                  if (!removed.ok())
                                                      qCWarning(lcAuth,
                                                                "%s: could not remove the pending token "
                                                                "entry: %s",
                                                                qUtf8Printable(m_connectorId),
                                                                qUtf8Printable(removed.message));
                                                  if (reached(Step::PendingRemoved, removed.ok()))
                                                      return;
                                                  next();
                                              });
                    });
            });
    });
}

void TokenStore::clear(Callback done)
{
    enqueue([this, done](const Next& next) {
        m_credentials->remove(m_connectorId, pendingKey(), this,
                              [this, done, next](const CredentialStore::Outcome& pendingRemoved) {
                                  if (!pendingRemoved.ok()) {
                                      if (done)
                                          done(pendingRemoved);
                                      next();
                                      return;
                                  }
                                  m_credentials->remove(
                                      m_connectorId, tokensKey(), this,
                                      [done, next](const CredentialStore::Outcome& removed) {
                                          if (done)
                                              done(removed);
                                          next();
                                      });
                              });
    });
}

} // namespace Moulin
