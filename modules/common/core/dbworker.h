#pragma once

// DbWorker: the way every area touches the database off the GUI thread.
//
//     DbWorker worker;                       // owns one thread + its connection
//     QFuture<int> n = worker.run([](QSqlDatabase& db) {
//         QSqlQuery q(db);
//         q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
//         return Database::exec(q, "count pending") && q.next() ? q.value(0).toInt() : -1;
//     });
//     n.then(this, [this](int count) { ... });   // back on the GUI thread
//
//     worker.transaction([rows](QSqlDatabase& db) {  // BEGIN IMMEDIATE ... COMMIT
//         QSqlQuery q(db);
//         q.prepare(QStringLiteral("INSERT INTO ..."));
//         for (...) { ...; if (!Database::exec(q, "insert row")) return false; } // false = ROLLBACK
//         return true;
//     });
//
// Jobs run one after the other, in the order they were queued, on the
// worker's own thread and its own connection (Database::connection()).
// A job must not keep the QSqlDatabase or a QSqlQuery beyond its return.

#include "common/core/database.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>
#include <QStringBuilder>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;

namespace Moulin {

/// Outcome of DbWorker::transaction(). `error` is technical (for the log).
struct DbStatus
{
    bool ok = true;
    QString error;
    static DbStatus failure(const QString& why) { return DbStatus{false, why}; }
    explicit operator bool() const { return ok; }
};

class DbWorker : public QObject
{
    Q_OBJECT

public:
    explicit DbWorker(QObject* parent = nullptr); // starts its thread
    ~DbWorker() override; // drains queued jobs, closes the connection, joins the thread

    /// Queues `job(QSqlDatabase&)`; the future carries its result (or the
    /// exception it threw). The connection is invalid (and every query fails,
    /// logged) when Database::openAndMigrate() has not succeeded.
    template <typename F>
    auto run(F&& job) -> QFuture<std::invoke_result_t<F, QSqlDatabase&>>
    {
        using R = std::invoke_result_t<F, QSqlDatabase&>;
        static_assert(
            !IsStringBuilder<R>::value,
            "the job returns a QStringBuilder (dangling once the job returns): declare `-> QString`");
        auto task = std::make_unique<Task<std::decay_t<F>, R>>(std::forward<F>(job));
        QFuture<R> future = task->promise.future();
        enqueue(std::move(task));
        return future;
    }

    /// Queues `job` between BEGIN IMMEDIATE and COMMIT. `job` returns bool or
    /// DbStatus: true / ok commits; false / failure, an exception, or a failed
    /// BEGIN/COMMIT rolls back and the future carries a failed DbStatus.
    template <typename F>
    QFuture<DbStatus> transaction(F&& job)
    {
        return run([job = std::forward<F>(job)](QSqlDatabase& db) mutable {
            return runTransaction(db, [&job, &db]() -> DbStatus {
                using R = std::invoke_result_t<F&, QSqlDatabase&>;
                static_assert(std::is_same_v<R, bool> || std::is_same_v<R, DbStatus>,
                              "a transaction job returns bool or DbStatus");
                if constexpr (std::is_same_v<R, bool>)
                    return job(db) ? DbStatus{} : DbStatus::failure(QStringLiteral("rolled back by the job"));
                else
                    return job(db);
            });
        });
    }

    /// The worker's thread (jobs run there).
    QThread* workerThread() const;

private:
    template <typename T>
    struct IsStringBuilder : std::false_type
    {
    };
    template <typename A, typename B>
    struct IsStringBuilder<QStringBuilder<A, B>> : std::true_type
    {
    };

    struct Job
    {
        virtual ~Job() = default;
        virtual void run(QSqlDatabase& db) = 0;
    };

    template <typename F, typename R>
    struct Task final : Job
    {
        explicit Task(F&& f)
            : fn(std::move(f))
        {
            promise.start();
        }
        explicit Task(const F& f)
            : fn(f)
        {
            promise.start();
        }
        void run(QSqlDatabase& db) override
        {
            try {
                if constexpr (std::is_void_v<R>) {
                    fn(db);
                } else {
                    promise.addResult(fn(db));
                }
            } catch (...) {
                promise.setException(std::current_exception());
            }
            promise.finish();
        }
        F fn;
        QPromise<R> promise;
    };

    class Thread;
    friend class Thread;

    static DbStatus runTransaction(QSqlDatabase& db, const std::function<DbStatus()>& body);
    void enqueue(std::unique_ptr<Job> job);

    std::unique_ptr<Thread> m_thread;
};

} // namespace Moulin
