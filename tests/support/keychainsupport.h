#pragma once

// Synchronous waits on CredentialStore's asynchronous operations, for the
// tests that talk to a keyring (or to no keyring at all).

#include "common/core/credentialstore.h"

#include <QByteArray>
#include <QString>

namespace Moulin::Test {

/// How long a keyring operation may take before the wait gives up.
inline constexpr int kKeychainTimeoutMs = 20'000;

/// Runs one operation of `store` to its end: save, read or remove `key` of
/// `connectorId`. A timeout gives Status::Failed with "timed out" (the late
/// answer is then dropped, not delivered to a gone caller).
CredentialStore::Outcome saveEntry(CredentialStore& store, const QString& connectorId, const QString& key,
                                   const QByteArray& secret);
CredentialStore::Outcome readEntry(CredentialStore& store, const QString& connectorId, const QString& key);
CredentialStore::Outcome removeEntry(CredentialStore& store, const QString& connectorId, const QString& key);

/// The same for the connector's client secret (CredentialStore::clientSecretKey()).
CredentialStore::Outcome saveSecret(CredentialStore& store, const QString& connectorId,
                                    const QByteArray& secret);
CredentialStore::Outcome readSecret(CredentialStore& store, const QString& connectorId);
CredentialStore::Outcome removeSecret(CredentialStore& store, const QString& connectorId);

} // namespace Moulin::Test
