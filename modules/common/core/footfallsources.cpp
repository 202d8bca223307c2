#include "common/core/footfallsources.h"

namespace Moulin {

CoversHistorySource::~CoversHistorySource() = default;
BookingsSource::~BookingsSource() = default;

QList<BookedParty> BookingsSource::asKnownAt(const QList<BookedParty>& parties, const QDateTime& asOf)
{
    QList<BookedParty> known;
    known.reserve(parties.size());
    for (BookedParty party : parties) {
        const QDateTime booked = party.createdAt.isValid() ? party.createdAt : party.startsAt;
        if (!booked.isValid() || booked > asOf)
            continue;
        if (party.status == BookedParty::Status::Cancelled) {
            if (!party.cancelledAt.isValid())
                continue;
            if (party.cancelledAt > asOf) {
                party.status = BookedParty::Status::Standing;
                party.cancelledAt = QDateTime();
            }
        } else if (party.status != BookedParty::Status::Standing && party.startsAt.isValid() &&
                   asOf < party.startsAt) {
            party.status = BookedParty::Status::Standing;
        }
        known.append(party);
    }
    return known;
}

} // namespace Moulin
