#pragma once

#include "common/net/clock.h"
#include "common/net/httptypes.h"

#include <QByteArray>

namespace Moulin {

/// Request authentication applied by HttpClient right before each attempt.
namespace RequestAuth {

/// Adds `headerName: prefix + key` (e.g. "api-key: …" for Brevo,
/// "Authorization: Bearer …"). Registers `headerName` as sensitive for
/// redaction.
RequestDecorator apiKey(const QByteArray& headerName, const QByteArray& key, const QByteArray& prefix = {});

/// METRO-Markets-style signing: the string to sign is
/// `METHOD\nURI\nBODY\nTIMESTAMP` where METHOD is upper-case, URI is the full
/// request URL as sent (percent-encoded), BODY the raw body and TIMESTAMP
/// Unix seconds. Returns lower-case hex HMAC-SHA256.
QByteArray metroSignature(const QByteArray& secret, QByteArrayView method, const QByteArray& uri,
                          const QByteArray& body, qint64 timestamp);

/// Adds `X-Client-Id`, `X-Timestamp` (now, Unix seconds) and `X-Signature`
/// (metroSignature) to every attempt.
RequestDecorator metroSigning(const QByteArray& clientId, const QByteArray& secret,
                              const Clock* clock = Clock::system());

/// Runs several decorators in order.
RequestDecorator chain(const QList<RequestDecorator>& decorators);

} // namespace RequestAuth

} // namespace Moulin
