#include "common/core/dbworker.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <deque>

namespace Moulin {

/// A plain queue loop (no event loop): jobs run strictly in order, and the
/// destructor can drain what is queued before joining.
class DbWorker::Thread : public QThread
{
public:
    void push(std::unique_ptr<Job> job)
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping) {
            qCWarning(lcDatabase) << "DbWorker: job queued while the worker is stopping; it will not run";
            return; // the promise is cancelled when the job is destroyed
        }
        m_jobs.push_back(std::move(job));
        m_wake.wakeOne();
    }

    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }

protected:
    void run() override
    {
        for (;;) {
            std::unique_ptr<Job> job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_jobs.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_jobs.empty())
                    break; // stopping and drained
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            {
                QSqlDatabase db = Database::connection();
                job->run(db);
            }
            job.reset();
        }
        Database::closeConnection();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::unique_ptr<Job>> m_jobs;
    bool m_stopping = false;
};

DbWorker::DbWorker(QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<Thread>())
{
    m_thread->setObjectName(QStringLiteral("moulin-db-worker"));
    m_thread->start();
}

DbWorker::~DbWorker()
{
    m_thread->stop();
    m_thread->wait();
}

QThread* DbWorker::workerThread() const
{
    return m_thread.get();
}

void DbWorker::enqueue(std::unique_ptr<Job> job)
{
    m_thread->push(std::move(job));
}

DbStatus DbWorker::runTransaction(QSqlDatabase& db, const std::function<DbStatus()>& body)
{
    auto exec = [&db](const QString& sql, QString* error) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text());
        qCWarning(lcDatabase).noquote() << "transaction:" << *error;
        return false;
    };
    QString error;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &error))
        return DbStatus::failure(error);

    DbStatus status;
    try {
        status = body();
    } catch (const std::exception& e) {
        status = DbStatus::failure(QStringLiteral("exception: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        status = DbStatus::failure(QStringLiteral("unknown exception"));
    }
    if (status.ok && exec(QStringLiteral("COMMIT"), &error))
        return status;
    if (status.ok)
        status = DbStatus::failure(error);
    else
        qCWarning(lcDatabase).noquote() << "transaction rolled back:" << status.error;
    QString rollbackError;
    exec(QStringLiteral("ROLLBACK"), &rollbackError);
    return status;
}

} // namespace Moulin
