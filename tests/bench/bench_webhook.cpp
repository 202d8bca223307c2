// bench_webhook: the booking site's webhook end to end — signed POSTs over
// loopback TCP to the WebhookReceiver (the one the application runs, on this
// thread as on the GUI thread), verified, parsed and stored in the book
// (SQLite) — by 50 concurrent senders, with one slow client sending its
// request headers one byte at a time for 15 s.
//
//   bench_webhook [--senders S] [--deliveries N] [--rate R] [--slow-seconds T] [--no-log]
//
// Without --rate, closed loop: each sender posts its next delivery as soon as
// the previous one is answered (the receiver's largest throughput; by Little's
// law the latency is then S / throughput). With --rate R, open loop: the
// senders post R deliveries a second in all, each on its schedule whether the
// previous one is answered or not (the latency at that load). Latency is from
// the connection's start to the answer.
//
// The slow client: a correctly signed delivery whose head (request line and
// headers) goes out one byte at a time, spread over T seconds (15 by
// default); the receiver's read timeout (10 s) should cut it off with 408 and
// store nothing, while the others are answered as usual. The run lasts until
// the slow client is answered (or T + 5 s).
//
// Every delivery, accepted or refused, is a row in the operation log, as
// ConnectorRuntime records it (written behind on the log's own connection,
// in batches: it shares SQLite's one writer with the book); --no-log leaves
// it out.
//
// Prints throughput and latency; exits 1 when a target is missed
// (>= 500 deliveries/s, p99 <= 50 ms, every delivery stored once, the slow
// client refused with 408 and its booking not stored).

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/net/webhookverifier.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/operationlog.h"
#include "reservation/connectors/website/websitewebhook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace Moulin;

namespace {

constexpr double kTargetPerSecond = 500;
constexpr double kTargetP99Ms = 50;
const QByteArray kSecret = QByteArrayLiteral("bench-webhook-secret");

const QString kSlowReservation = QStringLiteral("WEB-SLOW");

QByteArray delivery(int n, const QString& reservation = {})
{
    const QJsonObject body{
        {QStringLiteral("event_id"), QStringLiteral("evt_bench_%1").arg(n)},
        {QStringLiteral("event_type"), QStringLiteral("reservation.created")},
        {QStringLiteral("restaurant_id"), QStringLiteral("levieuxmoulin")},
        {QStringLiteral("reservation_id"),
         reservation.isEmpty() ? QStringLiteral("WEB-B%1").arg(n) : reservation},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Client %1").arg(n)},
                     {QStringLiteral("phone"), QStringLiteral("+336%1").arg(10000000 + n)}}},
        {QStringLiteral("date"),
         QDateTime(QDate(2026, 12, 12).addDays(n % 60), QTime(12 + (n % 2) * 8, 0), QTimeZone("Europe/Paris"))
             .toString(Qt::ISODate)},
        {QStringLiteral("party_size"), 1 + n % 8},
    };
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const qint64 t = QDateTime::currentSecsSinceEpoch();
    return QByteArrayLiteral("POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\nContent-Length: ") +
           QByteArray::number(json.size()) + QByteArrayLiteral("\r\nX-Moulin-Signature: ") +
           WebhookVerifier::signatureHeader(kSecret, t, json) + QByteArrayLiteral("\r\n\r\n") + json;
}

/// The senders, on their own thread (a connection a delivery: the receiver
/// closes after its answer).
class Senders : public QThread
{
public:
    Senders(quint16 port, int senders, int deliveries, double rate, int slowSeconds)
        : m_port(port)
        , m_senders(senders)
        , m_deliveries(deliveries)
        , m_rate(rate)
        , m_slowSeconds(slowSeconds)
    {
    }
    QList<double> latenciesMs;
    int failures = 0;
    QMap<QByteArray, int> failuresBy;
    int slowStatus = 0;
    qint64 slowAnsweredMs = -1; ///< from the slow client's first byte
    qint64 slowBytesSent = 0;
    qint64 slowBytes = 0;
    qint64 elapsedMs = 0;

protected:
    void run() override
    {
        QElapsedTimer wall;
        wall.start();
        std::atomic<int> next{0};
        int running = m_senders;
        bool sendersDone = false;
        bool slowDone = m_slowSeconds <= 0;
        QEventLoop loop;

        // The slow client: a signed delivery, its head one byte at a time
        // over m_slowSeconds (then its body, if it is still connected).
        const QByteArray slowRequest = delivery(-1, kSlowReservation);
        const qsizetype headSize = slowRequest.indexOf("\r\n\r\n") + 4;
        slowBytes = headSize;
        auto slow = std::make_unique<QTcpSocket>();
        QTimer trickle;
        QElapsedTimer slowClock;
        auto slowFinished = [&](int status) {
            if (slowDone)
                return;
            slowDone = true;
            slowStatus = status;
            slowAnsweredMs = slowClock.elapsed();
            trickle.stop();
            if (sendersDone)
                loop.quit();
        };
        if (m_slowSeconds > 0) {
            slow->connectToHost(QHostAddress::LocalHost, m_port);
            slow->waitForConnected(2000);
            slowClock.start();
            QObject::connect(&trickle, &QTimer::timeout, slow.get(), [&] {
                if (slowBytesSent < headSize) {
                    slow->write(slowRequest.mid(slowBytesSent++, 1));
                } else {
                    slow->write(slowRequest.mid(headSize)); // the body, at once
                    trickle.stop();
                }
            });
            trickle.start(std::max<int>(1, int(m_slowSeconds * 1000 / headSize)));
            QObject::connect(slow.get(), &QTcpSocket::readyRead, slow.get(),
                             [&] { slowFinished(slow->readAll().mid(9, 3).toInt()); });
            QObject::connect(slow.get(), &QTcpSocket::disconnected, slow.get(), [&] { slowFinished(0); });
            QTimer::singleShot((m_slowSeconds + 5) * 1000, slow.get(), [&] { slowFinished(-1); });
        }

        auto post = [&](int n, auto done) {
            auto* socket = new QTcpSocket;
            auto timer = std::make_shared<QElapsedTimer>();
            auto answer = std::make_shared<QByteArray>();
            timer->start();
            QObject::connect(socket, &QTcpSocket::connected, socket,
                             [socket, n] { socket->write(delivery(n)); });
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket, answer] { *answer += socket->readAll(); });
            // Once per delivery: answered and closed, or failed without an
            // answer (a refused or timed-out connection never emits
            // disconnected), or not answered within 30 s: the run never hangs.
            auto finished = std::make_shared<bool>(false);
            auto finish = [&, socket, timer, answer, done, finished](QByteArray failure) {
                if (*finished)
                    return;
                *finished = true;
                latenciesMs.append(double(timer->nsecsElapsed()) / 1e6);
                if (failure.isEmpty() && !answer->startsWith("HTTP/1.1 200"))
                    failure = answer->isEmpty() ? QByteArray("no answer") : answer->mid(9, 3);
                if (!failure.isEmpty()) {
                    ++failures;
                    ++failuresBy[failure];
                }
                socket->deleteLater();
                done();
            };
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, answer, finish] {
                *answer += socket->readAll();
                finish({});
            });
            QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                             [finish](QAbstractSocket::SocketError e) {
                                 if (e != QAbstractSocket::RemoteHostClosedError)
                                     finish("socket error " + QByteArray::number(int(e)));
                             });
            QTimer::singleShot(30000, socket, [socket, finish] {
                finish("no answer within 30 s");
                socket->abort();
            });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        };
        auto senderDone = [&] {
            if (--running > 0)
                return;
            elapsedMs = wall.elapsed();
            sendersDone = true;
            if (slowDone)
                loop.quit();
        };

        // Closed loop: the next delivery when the last one is answered.
        auto startSender = [&](auto& self) -> void {
            const int n = next++;
            if (n >= m_deliveries) {
                senderDone();
                return;
            }
            post(n, [&self] { self(self); });
        };
        QList<QTimer*> schedules;
        if (m_rate <= 0) {
            for (int i = 0; i < m_senders; ++i)
                startSender(startSender);
        } else {
            // Open loop: sender i posts delivery k * S + i at (k * S + i) / R s.
            running = m_deliveries;
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < m_senders; ++i) {
                auto* timer = new QTimer;
                timer->setTimerType(Qt::PreciseTimer);
                timer->setSingleShot(true);
                schedules.append(timer);
                auto k = std::make_shared<int>(0);
                QObject::connect(timer, &QTimer::timeout, timer, [&, timer, k, i] {
                    const int n = (*k)++ * m_senders + i;
                    if (n >= m_deliveries)
                        return;
                    post(n, senderDone);
                    const int following = n + m_senders;
                    if (following < m_deliveries)
                        timer->start(
                            int(std::max<qint64>(0, qint64(following * 1000.0 / m_rate) - clock.elapsed())));
                });
                timer->start(int(i * 1000.0 / m_rate));
            }
        }
        loop.exec();
        qDeleteAll(schedules);
    }

private:
    quint16 m_port;
    int m_senders;
    int m_deliveries;
    double m_rate;
    int m_slowSeconds;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("senders"), QStringLiteral("Concurrent senders."), QStringLiteral("S"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("deliveries"), QStringLiteral("Deliveries in all."), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("rate"),
                      QStringLiteral("Open loop: deliveries a second in all (0: closed loop)."),
                      QStringLiteral("R"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("slow-seconds"),
                      QStringLiteral("The slow client's head spread over T seconds (0: none)."),
                      QStringLiteral("T"), QStringLiteral("15")});
    parser.addOption(
        {QStringLiteral("no-log"), QStringLiteral("Deliveries not written to the operation log.")});
    parser.process(app);
    const bool logged = !parser.isSet(QStringLiteral("no-log"));
    const double rate = std::max(0.0, parser.value(QStringLiteral("rate")).toDouble());
    const int slowSeconds = std::max(0, parser.value(QStringLiteral("slow-seconds")).toInt());
    const int senders = std::max(1, parser.value(QStringLiteral("senders")).toInt());
    const int deliveries = std::max(1, parser.value(QStringLiteral("deliveries")).toInt());

    QTemporaryDir dir;
    AppPaths::setDataDir(dir.path());
    const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
    if (!opened.ok()) {
        std::fprintf(stderr, "database: %s\n", qPrintable(opened.message));
        return 2;
    }
    WebhookReceiverSettings settings;
    settings.enabled = true;
    settings.port = 0;
    WebhookReceiver receiver(settings);
    QString error;
    if (!receiver.addRoute(WebsiteWebhook::route(QStringLiteral("website"), QStringLiteral("levieuxmoulin"),
                                                 [] { return kSecret; }),
                           &error) ||
        !receiver.listen(&error)) {
        std::fprintf(stderr, "receiver: %s\n", qPrintable(error));
        return 2;
    }

    // As ConnectorRuntime: each delivery, accepted or refused, a row.
    std::unique_ptr<OperationLog> log;
    if (logged) {
        log = std::make_unique<OperationLog>();
        const auto record = [&log](const QString& connector, const QString& path, int status,
                                   const QString& reason) {
            OperationRecord r;
            r.connector = connector.isEmpty() ? QStringLiteral("webhooks") : connector;
            r.feed = QStringLiteral("webhook");
            r.method = QStringLiteral("POST");
            r.path = path;
            r.status = status;
            r.attempt = 1;
            r.errorString = reason;
            r.error = status >= 400 ? HttpError::Http : HttpError::None;
            r.at = QDateTime::currentDateTimeUtc();
            log->record(r);
        };
        QObject::connect(&receiver, &WebhookReceiver::deliveryReceived, log.get(), record);
        QObject::connect(&receiver, &WebhookReceiver::deliveryRefused, log.get(), record);
    }

    Senders run(receiver.serverPort(), senders, deliveries, rate, slowSeconds);
    QObject::connect(&run, &QThread::finished, &app, &QCoreApplication::quit);
    run.start();
    app.exec();
    run.wait();

    QSqlQuery q(Database::connection());
    q.exec(QStringLiteral("SELECT count(*), count(DISTINCT external_id), count(CASE WHEN external_id = '%1' "
                          "THEN 1 END) FROM reservation_booking")
               .arg(kSlowReservation));
    q.next();
    const int slowStored = q.value(2).toInt();
    const int stored = q.value(0).toInt() - slowStored;
    const int distinct = q.value(1).toInt() - (slowStored > 0 ? 1 : 0);
    q.finish(); // ends the read: later reads see the log's rows written behind
    const double perSecond = run.elapsedMs > 0 ? deliveries * 1000.0 / double(run.elapsedMs) : 0;
    const double p50 = percentile(run.latenciesMs, 0.50);
    const double p99 = percentile(run.latenciesMs, 0.99);
    const double worst = percentile(run.latenciesMs, 1.0);
    if (rate > 0)
        std::printf("open loop at %.0f deliveries/s; ", rate);
    else
        std::printf("closed loop; ");
    std::printf("senders %d, deliveries %d in %.2f s: %.0f deliveries/s\n", senders, deliveries,
                double(run.elapsedMs) / 1000.0, perSecond);
    std::printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", p50, p99, worst);
    {
        // The process's CPU time (every thread): the figure that does not
        // depend on what else runs on the machine.
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("CPU time: user %.1f s, system %.1f s\n",
                    double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
                    double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6);
    }
    std::printf("stored %d (distinct %d), failures %d\n", stored, distinct, run.failures);
    bool logOk = true;
    if (log) {
        // What is still buffered, then the batches still being written
        // behind (the log's own connection) land.
        log->flush();
        const int expected = deliveries + (run.slowStatus > 0 ? 1 : 0);
        int rows = 0;
        QElapsedTimer waited;
        waited.start();
        while (true) {
            QSqlQuery count(Database::connection());
            count.exec(QStringLiteral("SELECT count(*) FROM operation_log WHERE feed = 'webhook'"));
            rows = count.next() ? count.value(0).toInt() : 0;
            if (rows >= expected || waited.elapsed() > 10000)
                break;
            QThread::msleep(20);
        }
        logOk = rows == expected;
        std::printf("operation log: %d rows (expected %d)\n", rows, expected);
    }
    for (auto it = run.failuresBy.cbegin(); it != run.failuresBy.cend(); ++it)
        std::printf("  %s: %d\n", it.key().constData(), it.value());
    const bool slowOk = slowSeconds == 0 || (run.slowStatus == 408 && slowStored == 0);
    if (slowSeconds > 0)
        std::printf("slow client: %lld of its %lld head bytes sent, answered %d after %.1f s, its booking "
                    "%s\n",
                    static_cast<long long>(run.slowBytesSent), static_cast<long long>(run.slowBytes),
                    run.slowStatus, double(run.slowAnsweredMs) / 1000.0,
                    slowStored ? "STORED" : "not stored");
    // Open loop: the throughput is the offered rate when the receiver keeps up.
    const double needed = rate > 0 ? std::min(kTargetPerSecond, rate) * 0.98 : kTargetPerSecond;
    const bool ok = perSecond >= needed && p99 <= kTargetP99Ms && stored == deliveries &&
                    distinct == deliveries && run.failures == 0 && slowOk && logOk;
    std::printf("%s (targets: >= %.0f/s, p99 <= %.0f ms, every delivery stored once)\n", ok ? "OK" : "MISSED",
                kTargetPerSecond, kTargetP99Ms);
    Database::closeConnection();
    return ok ? 0 : 1;
}
