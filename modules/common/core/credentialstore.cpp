#include "common/core/credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#ifdef MOULIN_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "moulin.credentials")

namespace Moulin {

namespace {

enum class Operation
{
    Save,
    Read,
    Remove,
};

const char* operationName(Operation op)
{
    switch (op) {
    case Operation::Save:
        return "save";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

/// Delay before the single retry after "no backend": a keyring daemon that is
/// being started by D-Bus activation (or at login) gets a moment to come up.
constexpr int kNoBackendRetryMs = 300;

/// QtKeychain 0.13 on Linux goes through libsecret and reports a missing
/// session bus or Secret Service as OtherError ("Could not connect: No such
/// file or directory", "Cannot autolaunch D-Bus without X11 $DISPLAY"), not as
/// NoBackendAvailable. Rather than matching those strings, ask the bus itself.
bool secretServiceReachable()
{
#ifdef MOULIN_HAVE_QTDBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusConnectionInterface* iface = bus.interface();
    if (!iface)
        return false;
    const QStringList names{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                            QStringLiteral("org.kde.kwalletd6")};
    for (const QString& name : names) {
        const QDBusReply<bool> registered = iface->isServiceRegistered(name);
        if (registered.isValid() && registered.value())
            return true;
    }
    const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
    if (activatable.isValid()) {
        for (const QString& name : names) {
            if (activatable.value().contains(name))
                return true;
        }
    }
    return false;
#else
    return true;
#endif
}

} // namespace

struct CredentialStore::Request
{
    Operation op = Operation::Read;
    QString connectorId;
    QString key;
    QByteArray secret;
    bool hasContext = false;
    QPointer<QObject> context;
    Callback done;
    bool retried = false;

    QString entry() const { return connectorId + QLatin1Char('/') + key; }
};

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("Moulin"))
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::clientSecretKey()
{
    return QStringLiteral("client_secret");
}

void CredentialStore::save(const QString& connectorId, const QString& key, const QByteArray& secret,
                           QObject* context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->op = Operation::Save;
    request->connectorId = connectorId;
    request->key = key;
    request->secret = secret;
    request->hasContext = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    start(request);
}

void CredentialStore::read(const QString& connectorId, const QString& key, QObject* context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->op = Operation::Read;
    request->connectorId = connectorId;
    request->key = key;
    request->hasContext = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    start(request);
}

void CredentialStore::remove(const QString& connectorId, const QString& key, QObject* context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->op = Operation::Remove;
    request->connectorId = connectorId;
    request->key = key;
    request->hasContext = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    start(request);
}

void CredentialStore::start(const std::shared_ptr<Request>& request)
{
    // Jobs have no parent: a job still waiting for the Secret Service when
    // the store goes must not be deleted under libsecret's pending callback
    // (it would run on a deleted job); it deletes itself when it finishes,
    // and its answer, with no store left to hear it, goes nowhere.
    QKeychain::Job* job = nullptr;
    switch (request->op) {
    case Operation::Save: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(request->secret);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request->entry());
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job* j) { finish(request, j); });
    job->start();
}

void CredentialStore::finish(const std::shared_ptr<Request>& request, QKeychain::Job* job)
{
    Outcome outcome;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        outcome.status = Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        outcome.status = request->op == Operation::Remove ? Status::Ok : Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        outcome.status = Status::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        outcome.status = Status::NoBackend;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        outcome.status = secretServiceReachable() ? Status::Failed : Status::NoBackend;
        break;
    }

    if (outcome.status == Status::NoBackend && !request->retried) {
        request->retried = true;
        qCInfo(lcCredentials, "%s %s: no keyring backend (%s), retrying once", operationName(request->op),
               qUtf8Printable(request->entry()), qUtf8Printable(detail));
        QTimer::singleShot(kNoBackendRetryMs, this, [this, request] { start(request); });
        return;
    }

    if (outcome.ok() && request->op == Operation::Read) {
        if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(job))
            outcome.secret = readJob->binaryData();
    }
    outcome.message = messageFor(outcome.status);
    if (outcome.status == Status::Failed && !detail.isEmpty())
        outcome.message = tr("%1 (The keyring said: %2)").arg(outcome.message, detail);

    if (outcome.ok() || outcome.status == Status::NotFound)
        qCDebug(lcCredentials, "%s %s: %s", operationName(request->op), qUtf8Printable(request->entry()),
                outcome.ok() ? "ok" : "not found");
    else
        qCWarning(lcCredentials, "%s %s failed (status %d): %s", operationName(request->op),
                  qUtf8Printable(request->entry()), int(outcome.status), qUtf8Printable(detail));

    request->secret.fill('\0');
    request->secret.clear();
    if (request->hasContext && !request->context)
        return; // the caller is gone
    if (request->done)
        request->done(outcome);
}

QString CredentialStore::messageFor(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No secret is stored for this connection yet. Enter it in File ▸ Settings or import a "
                  "configuration file.");
    case Status::NoBackend:
        return tr(
            "No system keyring is available, so Moulin cannot keep passwords and saved nothing. Install "
            "and unlock a Secret Service keyring such as GNOME Keyring or KWallet, make sure it runs in "
            "your desktop session, then try again.");
    case Status::AccessDenied:
        return tr(
            "Access to the system keyring was refused. Unlock your keyring (GNOME Keyring or KWallet) and "
            "allow Moulin to use it, then try again.");
    case Status::Failed:
        return tr("The system keyring could not complete the operation. Make sure a keyring is unlocked (for "
                  "example the “Login” keyring of GNOME Keyring, or KWallet) and try again.");
    }
    return {};
}

} // namespace Moulin
