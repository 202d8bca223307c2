#include "keychainsupport.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace Moulin::Test {

namespace {

using Outcome = CredentialStore::Outcome;

/// Starts an operation with a context that lives as long as the wait, so an
/// answer after a timeout never writes to this stack frame.
Outcome wait(const std::function<void(QObject* context, CredentialStore::Callback done)>& start)
{
    QObject context;
    std::optional<Outcome> result;
    start(&context, [&result](const Outcome& o) { result = o; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kKeychainTimeoutMs))
        return {CredentialStore::Status::Failed, QStringLiteral("timed out"), {}};
    return *result;
}

} // namespace

Outcome saveEntry(CredentialStore& store, const QString& connectorId, const QString& key,
                  const QByteArray& secret)
{
    return wait([&](QObject* context, CredentialStore::Callback done) {
        store.save(connectorId, key, secret, context, std::move(done));
    });
}

Outcome readEntry(CredentialStore& store, const QString& connectorId, const QString& key)
{
    return wait([&](QObject* context, CredentialStore::Callback done) {
        store.read(connectorId, key, context, std::move(done));
    });
}

Outcome removeEntry(CredentialStore& store, const QString& connectorId, const QString& key)
{
    return wait([&](QObject* context, CredentialStore::Callback done) {
        store.remove(connectorId, key, context, std::move(done));
    });
}

Outcome saveSecret(CredentialStore& store, const QString& connectorId, const QByteArray& secret)
{
    return saveEntry(store, connectorId, CredentialStore::clientSecretKey(), secret);
}

Outcome readSecret(CredentialStore& store, const QString& connectorId)
{
    return readEntry(store, connectorId, CredentialStore::clientSecretKey());
}

Outcome removeSecret(CredentialStore& store, const QString& connectorId)
{
    return removeEntry(store, connectorId, CredentialStore::clientSecretKey());
}

} // namespace Moulin::Test
