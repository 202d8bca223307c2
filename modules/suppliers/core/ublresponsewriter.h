#pragma once

#include "suppliers/core/order.h"

#include <QByteArray>

namespace Moulin {

/// Writes what a supplier sends back, as PEPPOL BIS documents that
/// UblReaders reads: an Order Response (T76) and a Despatch Advice (T16)
/// answering `order` (its parties and item names). For the suppliers'
/// emulations and for tests.
class UblResponseWriter
{
public:
    static QByteArray writeOrderResponse(const OrderResponse& response, const Order& order);
    static QByteArray writeDespatchAdvice(const DespatchAdvice& advice, const Order& order);
};

} // namespace Moulin
