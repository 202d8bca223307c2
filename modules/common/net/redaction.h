#pragma once

#include "common/net/httptypes.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Moulin::Redact {

/// What replaces a secret.
inline constexpr char kMask[] = "[REDACTED]";

/// Whether a header, query, form or JSON key names a secret: Authorization,
/// cookies, API keys, tokens, secrets, passwords, signatures, OAuth `code`
/// and `code_verifier`… (case-insensitive; '-' and '_' are the same).
bool isSensitiveKey(QStringView key);

/// Registers one more sensitive name for the whole process (a provider's
/// API-key header, e.g. "X-Shop-Key"). Thread-safe.
void addSensitiveKey(const QString& key);

/// URL with user info dropped and sensitive query values masked.
QString url(const QUrl& url);
/// Path and query only (no scheme/host), sensitive query values masked.
QString pathAndQuery(const QUrl& url);
/// A header's value, masked when the header is sensitive.
QByteArray headerValue(QByteArrayView name, const QByteArray& value);
/// All headers, sensitive values masked.
HttpHeaders headers(const HttpHeaders& headers);
/// A body: JSON (sensitive keys masked at any depth), form-urlencoded
/// (sensitive fields masked) or free text (see text()).
QByteArray body(const QByteArray& body, QByteArrayView contentType = {});
/// Free text (error messages, log lines): masks `Bearer …`/`Basic …`
/// credentials, `key=value` and `"key": "value"` pairs of sensitive keys, and
/// URLs' user info.
QString text(const QString& text);

} // namespace Moulin::Redact
