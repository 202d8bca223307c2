// tst_sync_child: the process that tst_syncrestart kills in the middle of
// its work. It prints one line per step on stdout (flushed at once) so the
// parent can choose the moment:
//   tst_sync_child sync <db> <base-url> <page-size> <store-delay-ms>
//       syncs /_sandbox/records into test_records; prints "rows <first id>"
//       inside each page's transaction (then sleeps store-delay-ms), and
//       "progress <done>" after each commit; exits 0 when complete.
//   tst_sync_child outbox-send <db> <base-url> <json>
//       enqueues one order, prints "queued <id> <key>", exits 0 once confirmed.
//   tst_sync_child outbox-resume <db> <base-url>
//       starts the outbox (recovering interrupted writes), prints
//       "confirmed <id>" and exits 0 at the first confirmation.
#include "common/core/database.h"
#include "common/sync/outbox.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "syncsupport.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Moulin;

namespace {

void say(const QByteArray& line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

int usage()
{
    std::fprintf(stderr, "usage: tst_sync_child sync|outbox-send|outbox-resume <db> <base-url> ...\n");
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return usage();
    const QString mode = args.at(1);
    const DatabaseOpenResult db = Database::openAndMigrate(args.at(2));
    if (!db.ok()) {
        std::fprintf(stderr, "tst_sync_child: %s\n", qUtf8Printable(db.message));
        return 3;
    }
    const QUrl base(args.at(3));
    QTimer::singleShot(60'000, &app, [] { QCoreApplication::exit(4); }); // never hang a test

    ManualReachability net;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<Outbox> outbox;
    const QString connector = QStringLiteral("sandbox");

    if (mode == QLatin1String("sync") && args.size() == 6) {
        if (!Test::RecordsAdapter::createTables(Database::connection()))
            return 3;
        const int storeDelayMs = args.at(5).toInt();
        Test::RecordsAdapter::Options options;
        options.baseUrl = base;
        options.pageSize = args.at(4).toInt();
        options.afterRows = [storeDelayMs](const Test::RecordsAdapter::TypedPage& page) {
            say("rows " +
                QByteArray::number(page.records.isEmpty()
                                       ? 0
                                       : page.records.first().value(QStringLiteral("id")).toInteger()));
            if (storeDelayMs > 0)
                QThread::msleep(ulong(storeDelayMs));
        };
        engine = std::make_unique<SyncEngine>(SyncEngine::Options{.workerThreads = 1, .reachability = &net});
        ConnectorProfile profile;
        profile.name = connector;
        engine->addConnector(
            {connector,
             profile,
             {{QStringLiteral("records"), 0, true, std::make_shared<Test::RecordsAdapter>(options)}}});
        QObject::connect(engine.get(), &SyncEngine::feedProgress, &app,
                         [](const QString&, const QString&, qint64 done, qint64) {
                             say("progress " + QByteArray::number(done));
                         });
        QObject::connect(engine.get(), &SyncEngine::feedFinished, &app,
                         [](const QString&, const QString&, bool ok, qint64, const QString& error) {
                             say(ok ? QByteArrayLiteral("finished ok") : "finished error " + error.toUtf8());
                             QCoreApplication::exit(ok ? 0 : 1);
                         });
        engine->runNow(connector, QStringLiteral("records"));
    } else if (mode == QLatin1String("outbox-send") || mode == QLatin1String("outbox-resume")) {
        outbox = std::make_unique<Outbox>();
        outbox->registerHandler(connector, QStringLiteral("order"),
                                std::make_shared<Test::OrdersHandler>(base));
        QObject::connect(outbox.get(), &Outbox::itemConfirmed, &app, [](qint64 id) {
            say("confirmed " + QByteArray::number(id));
            QCoreApplication::exit(0);
        });
        QObject::connect(outbox.get(), &Outbox::itemRejected, &app, [](qint64 id) {
            say("rejected " + QByteArray::number(id));
            QCoreApplication::exit(1);
        });
        outbox->start();
        if (mode == QLatin1String("outbox-send")) {
            if (args.size() != 5)
                return usage();
            outbox->enqueue(connector, QStringLiteral("order"), args.at(4).toUtf8())
                .then(&app, [](const OutboxItem& item) {
                    say("queued " + QByteArray::number(item.id) + ' ' + item.idempotencyKey);
                });
        }
    } else {
        return usage();
    }

    const int code = QCoreApplication::exec();
    engine.reset();
    outbox.reset();
    Database::closeConnection();
    return code;
}
