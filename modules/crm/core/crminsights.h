#pragma once

// The customers area's answer to "who is this guest?" for the host's booking
// panel (common/core/guestinsights.h). A booking the profiles know is found
// by its channel and id; one not synced yet by a certain match only — the
// same phone number and folded name, or the same e-mail and folded name —
// never by a shared e-mail or phone alone (a family's).

#include "common/core/guestinsights.h"

namespace Moulin {

class CrmGuestInsights final : public GuestInsightSource
{
public:
    std::optional<GuestInsight> insight(const GuestLookup& who) const override;
};

} // namespace Moulin
