#pragma once

#include "suppliers/core/order.h"
#include "suppliers/core/ublxml.h"

#include <QCoreApplication>

#include <optional>

namespace Moulin {

/// Reads back a UBL Order as UblOrderWriter writes it (the bytes the store
/// keeps for every order sent), for the documents made from a stored order:
/// its PDF, its EANCOM message, the export. The totals are the order's
/// (Order::totals()), so a document made from the read order states what
/// the UBL states. Not a general PEPPOL reader: a document the validator
/// passes but another writer shaped differently may lose details (the pack
/// description), never amounts.
class UblOrderReader
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::UblOrderReader)

public:
    static std::optional<Order> read(const QByteArray& xml, Ubl::ReadError* error);
};

} // namespace Moulin
