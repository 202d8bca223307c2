#pragma once

#include "suppliers/core/order.h"
#include "suppliers/core/ublxml.h"

#include <QCoreApplication>

#include <optional>

namespace Moulin {

/// Reads what suppliers send back: PEPPOL BIS Order Response (T76) and
/// Despatch Advice (T16) documents. A malformed document gives no value and
/// an error naming the element ("cac:OrderLine[2]/cac:LineItem/cbc:Quantity:
/// not a number: \"deux\"").
class UblReaders
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::UblReaders)

public:
    static std::optional<OrderResponse> readOrderResponse(const QByteArray& xml, Ubl::ReadError* error);
    static std::optional<DespatchAdvice> readDespatchAdvice(const QByteArray& xml, Ubl::ReadError* error);
};

} // namespace Moulin
