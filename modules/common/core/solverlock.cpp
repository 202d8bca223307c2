#include "common/core/solverlock.h"

namespace Moulin {

QMutex& cbcMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace Moulin
