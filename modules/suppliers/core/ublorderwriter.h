#pragma once

#include "suppliers/core/order.h"

#include <QByteArray>

namespace Moulin {

/// Writes an Order as a UBL 2.1 Order document following PEPPOL BIS
/// Ordering 3.0 (elements in the schema's order, EndpointIDs with their
/// schemeID, amounts with currencyID, quantities with UN/ECE rec. 20 unit
/// codes, totals from Order::totals()). The promotion of a line is a
/// price-level allowance (gross price − allowance = net price); the delivery
/// fee a document-level charge (UNCL 7161 "FC", VAT 20 %).
class UblOrderWriter
{
public:
    static QByteArray write(const Order& order);
};

} // namespace Moulin
