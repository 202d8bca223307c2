#pragma once

#include "common/net/clock.h"
#include "common/net/httptypes.h"
#include "suppliers/core/order.h"
#include "suppliers/core/supplier.h"

#include <QByteArray>

namespace Moulin {

/// How an order reaches a supplier over the standard interface: a POST of
/// the UBL document to `<endpoint>orders`, carrying the order's idempotency
/// key (OrderIdentity) so that a resend after a timeout, a dropped
/// connection or a restart is recognised as the same order; signed per
/// attempt with X-Client-Id, X-Timestamp and X-Signature (HMAC-SHA256 over
/// METHOD\nURI\nBODY\nTIMESTAMP, common/net/requestsigner.h).
namespace OrderSubmission {

/// The header the key travels in.
inline constexpr char kIdempotencyHeader[] = "Idempotency-Key";

/// The request that sends `ublXml` (the written and validated `order`).
HttpRequest request(const Supplier& supplier, const Order& order, const QByteArray& ublXml);

/// The decorator that signs every attempt for `clientId` with `secret`.
RequestDecorator signer(const QByteArray& clientId, const QByteArray& secret,
                        const Clock* clock = Clock::system());

} // namespace OrderSubmission

} // namespace Moulin
