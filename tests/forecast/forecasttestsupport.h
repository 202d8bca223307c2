#pragma once

// In-memory footfall sources for the forecast's tests and benchmark: a till
// history and a book made by hand, or drawn from the sandbox's footfall model
// (SandboxFootfall), the same story the POS and booking emulations tell.

#include "common/core/footfallsources.h"
#include "sandbox/core/sandboxfootfall.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Moulin::Test {

class MemoryHistory final : public CoversHistorySource
{
public:
    QList<CoversAtSlot> rows;

    void add(const QDate& day, int service, int slot, int covers)
    {
        rows.append({day, service, slot, covers});
    }
    QList<CoversAtSlot> covers(const QDate& from, const QDate& to) const override
    {
        QList<CoversAtSlot> out;
        for (const CoversAtSlot& r : rows) {
            if (r.day >= from && r.day <= to)
                out.append(r);
        }
        return out;
    }
    QDate firstDay() const override
    {
        QDate first;
        for (const CoversAtSlot& r : rows) {
            if (r.covers > 0 && (!first.isValid() || r.day < first))
                first = r.day;
        }
        return first;
    }
};

/// Holds every booking's whole story; answers as known at the asked instant.
class MemoryBook final : public BookingsSource
{
public:
    QList<BookedParty> parties;

    QList<BookedParty> bookings(const QDate& from, const QDate& to, const QDateTime& asOf) const override
    {
        QList<BookedParty> in;
        for (const BookedParty& p : parties) {
            if (p.day >= from && p.day <= to)
                in.append(p);
        }
        return asKnownAt(in, asOf);
    }
};

/// A booking of `size` at `minutes` on `day`, made at `bookedAt`.
inline BookedParty party(const QDate& day, int service, int minutes, int size, const QDateTime& bookedAt,
                         BookedParty::Status status = BookedParty::Status::Honoured,
                         const QDateTime& cancelledAt = {})
{
    const QTimeZone paris("Europe/Paris");
    BookedParty p;
    p.day = day;
    p.service = service;
    p.slot = minutes - minutes % 15;
    p.startsAt = QDateTime(day, QTime(minutes / 60, minutes % 60), paris).toUTC();
    p.partySize = size;
    p.status = status;
    p.channel = QStringLiteral("thefork");
    p.createdAt = bookedAt.toUTC();
    p.cancelledAt = cancelledAt.isValid() ? cancelledAt.toUTC() : QDateTime();
    return p;
}

/// The sandbox restaurant's days `from`..`to`: the till's covers (each party
/// that came, at its arrival slot) into `history`, its bookings into `book`.
inline void drawFootfall(const SandboxFootfall& footfall, const QDate& from, const QDate& to,
                         MemoryHistory& history, MemoryBook& book)
{
    const QTimeZone zone = footfall.timeZone();
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (int s = 0; s < 2; ++s) {
            QHash<int, int> bySlot;
            for (const SandboxFootfall::Party& p : footfall.service(day, s).parties) {
                if (p.came())
                    bySlot[p.arrivalMinutes - p.arrivalMinutes % 15] += p.size;
                if (!p.booked)
                    continue;
                const auto status = p.cancelledAtMs ? BookedParty::Status::Cancelled
                                    : p.noShow      ? BookedParty::Status::NoShow
                                                    : BookedParty::Status::Honoured;
                const QDateTime cancelled =
                    p.cancelledAtMs ? QDateTime::fromMSecsSinceEpoch(p.cancelledAtMs, zone) : QDateTime();
                book.parties.append(party(day, s, p.arrivalMinutes, p.size,
                                          QDateTime::fromMSecsSinceEpoch(p.bookedAtMs, zone), status,
                                          cancelled));
            }
            for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it)
                history.add(day, s, it.key(), it.value());
        }
    }
}

} // namespace Moulin::Test
