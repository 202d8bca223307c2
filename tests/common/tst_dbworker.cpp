#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <stdexcept>

namespace Test = Moulin::Test;
using Moulin::Database;
using Moulin::DbStatus;
using Moulin::DbWorker;
using Test::scalar;
using Test::waitFor;

namespace {

bool insertMeta(QSqlDatabase& db, const QString& key, const QString& value = QStringLiteral("v"))
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO app_meta(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return Database::exec(q, "insert app_meta");
}

int metaCount()
{
    return scalar(Database::connection(), QStringLiteral("SELECT count(*) FROM app_meta")).toInt();
}

} // namespace

class TestDbWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase db =
            Test::openFreshDatabase(QStringLiteral("dbworker"), QStringLiteral("m.sqlite"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
    }

    void cleanup() { Database::closeConnection(); }

    void jobsRunOffThreadInOrder()
    {
        DbWorker worker;
        const QString mainConnection = Database::connection().connectionName();
        QVERIFY(!mainConnection.isEmpty());

        struct Seen
        {
            QThread* thread;
            QString connection;
            bool ok;
        };
        QList<int> order; // only touched by the worker thread until the futures finish
        QList<QFuture<Seen>> futures;
        for (int i = 0; i < 30; ++i) {
            futures << worker.run([i, &order](QSqlDatabase& db) {
                order << i;
                return Seen{QThread::currentThread(), db.connectionName(),
                            insertMeta(db, QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')))};
            });
        }
        for (auto& f : futures)
            QVERIFY(waitFor(f));

        QList<int> expected;
        for (int i = 0; i < 30; ++i)
            expected << i;
        QCOMPARE(order, expected);
        for (auto& f : futures) {
            const Seen seen = f.result();
            QVERIFY(seen.ok);
            QCOMPARE(seen.thread, worker.workerThread());
            QVERIFY(seen.thread != QThread::currentThread());
            QVERIFY(seen.connection != mainConnection);
            QCOMPARE(seen.connection, futures.first().result().connection);
        }
        // Rows landed in the same order, and the main thread sees them.
        QCOMPARE(scalar(Database::connection(), QStringLiteral("SELECT group_concat(key, ',') FROM "
                                                               "(SELECT key FROM app_meta ORDER BY rowid)"))
                     .toString()
                     .left(11),
                 QStringLiteral("k00,k01,k02"));
        QCOMPARE(metaCount(), 30);

        // The worker connection has the same settings as every connection.
        auto pragmas = worker.run([](QSqlDatabase& db) -> QString {
            return scalar(db, QStringLiteral("PRAGMA foreign_keys")).toString() + QLatin1Char('/') +
                   scalar(db, QStringLiteral("PRAGMA journal_mode")).toString();
        });
        QVERIFY(waitFor(pragmas));
        QCOMPARE(pragmas.result(), QStringLiteral("1/wal"));
    }

    void continuationBackOnCallerThread()
    {
        DbWorker worker;
        QThread* seenThread = nullptr;
        int seenValue = 0;
        worker.run([](QSqlDatabase& db) { return scalar(db, QStringLiteral("SELECT 41 + 1")).toInt(); })
            .then(this, [&](int value) {
                seenThread = QThread::currentThread();
                seenValue = value;
            });
        QTRY_COMPARE(seenValue, 42);
        QCOMPARE(seenThread, QThread::currentThread());

        auto done = worker.run([](QSqlDatabase& db) { insertMeta(db, QStringLiteral("void")); });
        QVERIFY(waitFor(done));
        QCOMPARE(metaCount(), 1);
    }

    void exceptionReachesTheFuture()
    {
        DbWorker worker;
        auto f = worker.run([](QSqlDatabase&) -> int { throw std::runtime_error("boom"); });
        QVERIFY(waitFor(f));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.result());
        // The worker survives.
        auto next = worker.run([](QSqlDatabase&) { return 7; });
        QVERIFY(waitFor(next));
        QCOMPARE(next.result(), 7);
    }

    void transactionCommitsOrRollsBack()
    {
        DbWorker worker;
        auto committed = worker.transaction([](QSqlDatabase& db) {
            return insertMeta(db, QStringLiteral("a")) && insertMeta(db, QStringLiteral("b"));
        });
        QVERIFY(waitFor(committed));
        QVERIFY(committed.result().ok);
        QCOMPARE(metaCount(), 2);

        // A failing statement: the job returns false, the first insert is undone too.
        auto failed = worker.transaction([](QSqlDatabase& db) {
            return insertMeta(db, QStringLiteral("c")) &&
                   insertMeta(db, QStringLiteral("a")); // duplicate key
        });
        QVERIFY(waitFor(failed));
        QVERIFY(!failed.result().ok);
        QVERIFY(!failed.result().error.isEmpty());

        auto refused = worker.transaction([](QSqlDatabase& db) {
            insertMeta(db, QStringLiteral("d"));
            return DbStatus::failure(QStringLiteral("business rule"));
        });
        QVERIFY(waitFor(refused));
        QCOMPARE(refused.result().error, QStringLiteral("business rule"));

        auto thrown = worker.transaction([](QSqlDatabase& db) -> bool {
            insertMeta(db, QStringLiteral("e"));
            throw std::runtime_error("halfway");
        });
        QVERIFY(waitFor(thrown));
        QVERIFY(!thrown.result().ok);
        QVERIFY2(thrown.result().error.contains(QStringLiteral("halfway")),
                 qPrintable(thrown.result().error));

        QCOMPARE(scalar(Database::connection(), QStringLiteral("SELECT group_concat(key, ',') FROM "
                                                               "(SELECT key FROM app_meta ORDER BY key)"))
                     .toString(),
                 QStringLiteral("a,b"));

        // No transaction was left open on the worker's connection.
        auto after = worker.transaction([](QSqlDatabase& db) { return insertMeta(db, QStringLiteral("f")); });
        QVERIFY(waitFor(after));
        QVERIFY2(after.result().ok, qPrintable(after.result().error));
        QCOMPARE(metaCount(), 3);
    }

    void destructorDrainsPendingJobs()
    {
        QList<QFuture<bool>> futures;
        QString workerConnection;
        {
            DbWorker worker;
            futures << worker.run([&workerConnection](QSqlDatabase& db) {
                workerConnection = db.connectionName();
                QThread::msleep(200); // the others are still queued when the destructor starts
                return true;
            });
            for (int i = 0; i < 50; ++i)
                futures << worker.run([i](QSqlDatabase& db) { return insertMeta(db, QString::number(i)); });
            QVERIFY(!futures.last().isFinished());
        }
        for (const auto& f : futures) {
            QVERIFY(f.isFinished());
            QVERIFY(!f.isCanceled());
            QVERIFY(f.result());
        }
        QCOMPARE(metaCount(), 50);
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY2(!QSqlDatabase::contains(workerConnection), "the worker's connection was not removed");
    }

    void mainThreadReadsWhileWorkerWrites()
    {
        DbWorker worker;
        QSqlDatabase main = Database::connection();
        QVERIFY(insertMeta(main, QStringLiteral("before")));

        // 1. The worker holds a write transaction open: reads are not blocked.
        QSemaphore inTransaction;
        QSemaphore release;
        auto writing = worker.transaction([&](QSqlDatabase& db) {
            const bool ok = insertMeta(db, QStringLiteral("during"));
            inTransaction.release();
            return release.tryAcquire(1, 10000) && ok;
        });
        QVERIFY(inTransaction.tryAcquire(1, 10000));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(metaCount(), 1); // the uncommitted row is invisible, and the read did not wait
        QVERIFY2(timer.elapsed() < 1000, "a read waited for the writer");
        release.release();
        QVERIFY(waitFor(writing));
        QVERIFY(writing.result().ok);
        QCOMPARE(metaCount(), 2);

        // 2. The main thread holds a read transaction: the worker still commits
        //    (in rollback-journal mode the commit would wait for the reader).
        QVERIFY(Database::exec(main, QStringLiteral("BEGIN")));
        QCOMPARE(metaCount(), 2);
        timer.restart();
        auto committed =
            worker.transaction([](QSqlDatabase& db) { return insertMeta(db, QStringLiteral("after")); });
        QVERIFY(waitFor(committed, 4000)); // below the 5 s busy timeout
        QVERIFY2(committed.result().ok, qPrintable(committed.result().error));
        QVERIFY2(timer.elapsed() < 2000, "the writer waited for the reader");
        QCOMPARE(metaCount(), 2); // the reader keeps its snapshot
        QVERIFY(Database::exec(main, QStringLiteral("COMMIT")));
        QCOMPARE(metaCount(), 3);
    }

    void connectionRemovedWhenThreadFinishes()
    {
        QString name;
        bool open = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QSqlDatabase db = Database::connection();
            name = db.connectionName();
            open = db.isOpen() && scalar(db, QStringLiteral("SELECT count(*) FROM app_meta")).isValid();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(open);
        QVERIFY(!name.isEmpty());
        QVERIFY(name != Database::connection().connectionName());
        QVERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestDbWorker)
#include "tst_dbworker.moc"
