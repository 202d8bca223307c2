#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace Moulin {

/// The only door to the system keyring (Secret Service: GNOME Keyring,
/// KWallet…), over QtKeychain's asynchronous jobs.
///
/// - Service name "Moulin"; one entry per connector and key, stored under
///   "<connectorId>/<key>" (e.g. "lightspeed/client_secret").
/// - No plaintext fallback (`setInsecureFallback(false)`): when no keyring is
///   reachable the outcome is Status::NoBackend with a message saying how to
///   fix it, and no secret is written anywhere.
/// - Only secrets live here; everything else about a connector lives in
///   ConnectorSettings. Secrets are never logged.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,     ///< read: nothing stored under that key
        NoBackend,    ///< no Secret Service reachable (no session bus, no keyring daemon)
        AccessDenied, ///< the keyring is locked or the user refused access
        Failed,       ///< anything else; the message carries the keyring's own words
    };

    struct Outcome
    {
        Status status = Status::Failed;
        QString message;   ///< translated, says what to do; empty when ok()
        QByteArray secret; ///< read() only, when ok()
        bool ok() const { return status == Status::Ok; }
    };

    /// Runs once, on this object's thread, when the keyring answers; not at
    /// all if `context` was given and has been destroyed in the meantime.
    using Callback = std::function<void(const Outcome&)>;

    /// Service name "Moulin".
    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    /// Creates or overwrites the entry.
    void save(const QString& connectorId, const QString& key, const QByteArray& secret, QObject* context,
              Callback done);
    /// Status::NotFound when nothing is stored.
    void read(const QString& connectorId, const QString& key, QObject* context, Callback done);
    /// Removing an entry that does not exist is not an error (Status::Ok).
    void remove(const QString& connectorId, const QString& key, QObject* context, Callback done);

    /// What the user reads for a status (empty for Ok): the problem and the fix.
    static QString messageFor(Status status);

    /// The keychain key holding a connector's client secret: "client_secret".
    static QString clientSecretKey();

private:
    struct Request;
    void start(const std::shared_ptr<Request>& request);
    void finish(const std::shared_ptr<Request>& request, QKeychain::Job* job);

    QString m_service;
};

} // namespace Moulin
