#include "monitoring/core/connectionstatus.h"

namespace Moulin {

ConnectionSummary ConnectionSummary::from(const QList<ConnectionStatus>& statuses)
{
    ConnectionSummary summary;
    for (const ConnectionStatus& status : statuses) {
        switch (status.state) {
        case ConnectionState::NotConfigured:
            continue;
        case ConnectionState::Idle:
        case ConnectionState::Online:
            ++summary.online;
            break;
        case ConnectionState::Syncing:
            ++summary.online;
            ++summary.syncing;
            break;
        case ConnectionState::Degraded:
        case ConnectionState::Offline:
            ++summary.failing;
            break;
        }
        ++summary.configured;
    }
    return summary;
}

} // namespace Moulin
