// bench_webhook: the booking site's webhook end to end — signed POSTs over
// loopback TCP to the WebhookReceiver (the one the application runs, on this
// thread as on the GUI thread), verified, parsed and stored in the book
// (SQLite) — by 50 concurrent senders, with one slow client trickling its
// request the whole time.
//
//   bench_webhook [--senders S] [--deliveries N]
//
// Prints throughput and latency; exits 1 when a target is missed
// (>= 500 deliveries/s, p99 <= 50 ms, every delivery stored once).

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/net/webhookverifier.h"
#include "common/runtime/webhookreceiver.h"
#include "reservation/connectors/website/websitewebhook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
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

using namespace Moulin;

namespace {

constexpr double kTargetPerSecond = 500;
constexpr double kTargetP99Ms = 50;
const QByteArray kSecret = QByteArrayLiteral("bench-webhook-secret");

QByteArray delivery(int n)
{
    const QJsonObject body{
        {QStringLiteral("event_id"), QStringLiteral("evt_bench_%1").arg(n)},
        {QStringLiteral("event_type"), QStringLiteral("reservation.created")},
        {QStringLiteral("restaurant_id"), QStringLiteral("levieuxmoulin")},
        {QStringLiteral("reservation_id"), QStringLiteral("WEB-B%1").arg(n)},
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

/// The senders, on their own thread: each one POSTs its deliveries one after
/// the other (a connection each: the receiver closes after its answer).
class Senders : public QThread
{
public:
    Senders(quint16 port, int senders, int deliveries)
        : m_port(port)
        , m_senders(senders)
        , m_deliveries(deliveries)
    {
    }
    QList<double> latenciesMs;
    int failures = 0;
    int slowStatus = 0;
    qint64 elapsedMs = 0;

protected:
    void run() override
    {
        QElapsedTimer wall;
        wall.start();
        std::atomic<int> next{0};
        int running = m_senders;
        // The slow client: its headers, then one byte of body every 100 ms.
        auto slow = std::make_unique<QTcpSocket>();
        slow->connectToHost(QHostAddress::LocalHost, m_port);
        slow->waitForConnected(2000);
        slow->write("POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000\r\n\r\n");
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, slow.get(), [&] { slow->write("x"); });
        trickle.start(100);
        QObject::connect(slow.get(), &QTcpSocket::readyRead, slow.get(), [&] {
            const QByteArray head = slow->readAll();
            slowStatus = head.mid(9, 3).toInt();
            trickle.stop();
        });

        QEventLoop loop;
        auto startSender = [&](auto& self) -> void {
            const int n = next++;
            if (n >= m_deliveries) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            auto* socket = new QTcpSocket;
            auto timer = std::make_shared<QElapsedTimer>();
            auto answer = std::make_shared<QByteArray>();
            timer->start();
            QObject::connect(socket, &QTcpSocket::connected, socket,
                             [socket, n] { socket->write(delivery(n)); });
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket, answer] { *answer += socket->readAll(); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, socket, timer, answer, self] {
                *answer += socket->readAll();
                latenciesMs.append(double(timer->nsecsElapsed()) / 1e6);
                if (!answer->startsWith("HTTP/1.1 200"))
                    ++failures;
                socket->deleteLater();
                self(self);
            });
            QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                             [&, socket](QAbstractSocket::SocketError e) {
                                 if (e != QAbstractSocket::RemoteHostClosedError)
                                     ++failures;
                             });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        };
        for (int i = 0; i < m_senders; ++i)
            startSender(startSender);
        loop.exec();
        elapsedMs = wall.elapsed();
        slow->waitForReadyRead(100);
    }

private:
    quint16 m_port;
    int m_senders;
    int m_deliveries;
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
    parser.process(app);
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

    Senders run(receiver.serverPort(), senders, deliveries);
    QObject::connect(&run, &QThread::finished, &app, &QCoreApplication::quit);
    run.start();
    app.exec();
    run.wait();

    QSqlQuery q(Database::connection());
    q.exec(QStringLiteral("SELECT count(*), count(DISTINCT external_id) FROM reservation_booking"));
    q.next();
    const int stored = q.value(0).toInt();
    const int distinct = q.value(1).toInt();
    const double perSecond = run.elapsedMs > 0 ? deliveries * 1000.0 / double(run.elapsedMs) : 0;
    const double p50 = percentile(run.latenciesMs, 0.50);
    const double p99 = percentile(run.latenciesMs, 0.99);
    const double worst = percentile(run.latenciesMs, 1.0);
    std::printf("senders %d, deliveries %d in %.2f s: %.0f deliveries/s\n", senders, deliveries,
                double(run.elapsedMs) / 1000.0, perSecond);
    std::printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", p50, p99, worst);
    std::printf("stored %d (distinct %d), failures %d, slow client answered %d\n", stored, distinct,
                run.failures, run.slowStatus);
    const bool ok = perSecond >= kTargetPerSecond && p99 <= kTargetP99Ms && stored == deliveries &&
                    distinct == deliveries && run.failures == 0;
    std::printf("%s (targets: >= %.0f/s, p99 <= %.0f ms, every delivery stored once)\n", ok ? "OK" : "MISSED",
                kTargetPerSecond, kTargetP99Ms);
    Database::closeConnection();
    return ok ? 0 : 1;
}
