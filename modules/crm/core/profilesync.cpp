#include "crm/core/profilesync.h"

#include "common/core/dbworker.h"
#include "common/core/guestactivitysources.h"
#include "common/core/readinterfaces.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Moulin {

namespace {
Q_LOGGING_CATEGORY(lcProfiles, "moulin.crm.profiles")
} // namespace

CrmProfileSync::CrmProfileSync()
    : m_worker(std::make_unique<DbWorker>())
    , m_waiting(std::make_shared<std::atomic<bool>>(false))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
}

CrmProfileSync::~CrmProfileSync()
{
    // DbWorker's destructor runs the queued jobs, then joins its thread.
    m_worker.reset();
}

void CrmProfileSync::stop()
{
    m_stop->store(true);
}

QFuture<CrmStore::SyncResult> CrmProfileSync::request(const QString& after)
{
    if (m_waiting->exchange(true))
        return m_next;
    const std::shared_ptr<std::atomic<bool>> waiting = m_waiting;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    const std::shared_ptr<GuestBookSource> book = ReadInterfaces::get<GuestBookSource>();
    const std::shared_ptr<ReceiptSource> till = ReadInterfaces::get<ReceiptSource>();
    m_next = m_worker->run([waiting, stop, book, till, after](QSqlDatabase& db) {
        // Started: a change from now on needs a run of its own.
        waiting->store(false);
        CrmStore::SyncResult r;
        if (stop->load()) {
            r.stopped = true;
            return r;
        }
        QElapsedTimer clock;
        clock.start();
        CrmStore store;
        r = store.sync(db, book.get(), till.get(), 500, stop.get());
        if (r.stopped)
            qCInfo(lcProfiles).noquote() << "profiles: stopped after" << r.bookings << "booking(s) and"
                                         << r.receipts << "receipt(s); the next run goes on from there";
        else if (!r.ok)
            qCWarning(lcProfiles).noquote()
                << "profiles not brought up to date after" << after << "—" << r.error;
        else
            qCInfo(lcProfiles).noquote()
                << "profiles brought up to date after" << after << "—" << r.guests << "guest(s),"
                << r.bookings << "booking(s)," << r.receipts << "receipt(s)," << r.rewardsGranted
                << "reward(s) granted in" << clock.elapsed() << "ms";
        return r;
    });
    return m_next;
}

} // namespace Moulin
