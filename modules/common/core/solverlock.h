#pragma once

// COIN-OR CBC keeps some state in globals (CbcMain1's parameters and
// messages): one CBC solve at a time in the whole process, whichever area
// runs it (the roster optimiser, the table plan's assignment). Clp alone
// (the roster's LP dive) needs no lock.
//
//     QMutexLocker lock(&Moulin::cbcMutex());
//     CbcMain1(...);

#include <QMutex>

namespace Moulin {

QMutex& cbcMutex();

} // namespace Moulin
