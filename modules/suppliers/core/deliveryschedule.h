#pragma once

// The deliveries the restaurant expects, day by day, and the late ones.
//
// A delivery is one Despatch Advice of an order (supplier_delivery), or an
// order no advice has announced yet (on its requested day). It is late when
// its day (the announced one, else the requested one) has passed without a
// receipt, or when an advice announces a day after the requested one. Late
// deliveries are flagged in the store (supplier_delivery.late and
// supplier_late_delivery, migration 0017) and raised once each: evaluate()
// says which ones are new. Functions work in the caller's connection.

#include "suppliers/core/decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Moulin {

enum class DeliveryState
{
    Upcoming, ///< à venir
    Late,     ///< en retard (not received)
    Partial,  ///< partielle: announced partial, or received with something missing or damaged
    Received, ///< reçue in full
};

enum class LateReason
{
    None,
    Overdue,   ///< its day passed without a receipt
    Announced, ///< an advice announces a day after the requested one
};

struct ScheduledDelivery
{
    QString supplierId;
    QString supplierName;
    QString orderId;
    QString despatchId; ///< empty: an order no advice announced yet
    /// The day it shows on: received on, else announced, else requested.
    QDate day;
    QDate requested;
    QDate expected;
    QDate actual;
    DeliveryState state = DeliveryState::Upcoming;
    LateReason lateReason = LateReason::None; ///< why it is late (not received yet)
    bool arrivedLate = false;                 ///< received after the requested day
    bool hasReceipt = false;
    int lines = 0;
    Decimal totalExclVat; ///< the order's
};

class DeliverySchedule
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::DeliverySchedule)

public:
    /// A delivery due longer ago than this is no longer raised (the
    /// calendar still shows it late): a month of orders received without
    /// Moulin does not fill the banner.
    static constexpr int kLateLookbackDays = 14;

    /// Every delivery whose day is in [from, to], by day then supplier, as
    /// on `today`.
    static QList<ScheduledDelivery> between(QSqlDatabase& db, const QDate& from, const QDate& to,
                                            const QDate& today);
    /// The deliveries late on `today` (not received, due in the last
    /// kLateLookbackDays days), oldest first.
    static QList<ScheduledDelivery> late(QSqlDatabase& db, const QDate& today);
    /// Flags the late deliveries in the store (and clears the ones received
    /// since); `raised` gets the ones not raised before. Run it in a
    /// transaction (it writes).
    static bool evaluate(QSqlDatabase& db, const QDate& today, const QDateTime& now,
                         QList<ScheduledDelivery>* raised, QString* error);

    /// "METRO — commande PO-20261207-0001 attendue le 09/12, en retard"
    /// (translated).
    static QString describe(const ScheduledDelivery& delivery);
    /// "À venir", "En retard"… (translated).
    static QString stateText(DeliveryState state);
};

} // namespace Moulin
