#pragma once

#include <QByteArray>

namespace Moulin::Pkce {

/// A fresh code_verifier (RFC 7636 §4.1): 32 random bytes, base64url without
/// padding (43 characters).
QByteArray newVerifier();

/// The S256 code_challenge of `verifier`: base64url(SHA-256(verifier)),
/// without padding.
QByteArray challenge(const QByteArray& verifier);

/// A random `state` value (16 random bytes, base64url).
QByteArray newState();

} // namespace Moulin::Pkce
