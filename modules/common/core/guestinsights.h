#pragma once

// Read interface of what the customers area knows about a guest, for the
// areas that meet the guest (the host's booking panel): how often they came,
// whether they are a VIP, the allergies on their profile, a reward waiting.
// The customers area implements it over its profiles and registers it in
// ReadInterfaces (readinterfaces.h); without it the host simply sees none.
//
// Called off the GUI thread: an implementation reads through the calling
// thread's own connection (Database::connection()).

#include <QDate>
#include <QString>

#include <optional>

namespace Moulin {

/// Who the caller is asking about: a booking as its channel knows it, and the
/// guest's details (used when the booking is not known to the profiles yet).
struct GuestLookup
{
    QString channel;    ///< "thefork", "phone"…
    QString externalId; ///< the channel's booking id
    QString name;
    QString email;
    QString phone;
};

struct GuestInsight
{
    qint64 profileId = 0;
    int visits = 0; ///< honoured visits
    QDate lastVisit;
    qint64 spendCents = 0; ///< lifetime value
    bool vip = false;
    QString allergies; ///< what the profile records (all sources)
    QString notes;     ///< the manager's notes
    QString tags;
    int noShows = 0;
    int rewardsToGive = 0; ///< rewards granted and not used yet
};

class GuestInsightSource
{
public:
    virtual ~GuestInsightSource();
    /// The guest's profile (nullopt: no profile matches).
    virtual std::optional<GuestInsight> insight(const GuestLookup& who) const = 0;
};

} // namespace Moulin
