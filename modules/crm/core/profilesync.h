#pragma once

// The profiles brought up to date without a window (moulin --sync-now,
// --serve): CrmStore::sync() from the book and the till that the areas lend
// (ReadInterfaces), on a worker thread of its own, as the Clients tab does in
// the window. A request while one is already waiting to start adds nothing
// (the waiting one reads that change too). Each run logs one line under
// moulin.crm.profiles. Destruction waits for the queued runs (a scheduled job
// ends with its profiles up to date), unless stop() was called first: then
// the run in flight ends after its page (each page and its cursor are one
// transaction, the next run goes on from there) and the queued ones are
// skipped (a service stopping on SIGTERM).

#include "crm/core/crmstore.h"

#include <QFuture>
#include <QString>

#include <atomic>
#include <memory>

namespace Moulin {

class DbWorker;

class CrmProfileSync
{
public:
    CrmProfileSync();
    ~CrmProfileSync();
    CrmProfileSync(const CrmProfileSync&) = delete;
    CrmProfileSync& operator=(const CrmProfileSync&) = delete;

    /// Queues a sync (`after`: what caused it, for the log line, e.g.
    /// "thefork/reservations"), unless one is waiting to start already; the
    /// future of the run that will read this change.
    QFuture<CrmStore::SyncResult> request(const QString& after);
    /// Makes the run in flight stop after its page and the queued ones skip;
    /// requests after it are skipped too.
    void stop();

private:
    std::unique_ptr<DbWorker> m_worker;
    std::shared_ptr<std::atomic<bool>> m_waiting;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QFuture<CrmStore::SyncResult> m_next;
};

} // namespace Moulin
