#include "headlessserve.h"

#include "common/core/backups.h"
#include "common/core/connectorconfig.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/syncengine.h"
#include "headlesscommands.h"
#include "headlesssync.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace Moulin {

using Headless::print;

namespace {

/// The enabled feeds of the running connectors, as "connector/feed".
QStringList enabledFeeds(const ConnectorRuntime& runtime)
{
    QStringList feeds;
    for (const QString& id : runtime.connectors()) {
        const std::optional<ConnectorConfig> config = runtime.config(id);
        for (const QString& feed : runtime.engine()->feeds(id)) {
            const FeedSetting* setting = config ? config->feed(feed) : nullptr;
            if (!setting || setting->enabled)
                feeds.append(id + QLatin1Char('/') + feed);
        }
    }
    return feeds;
}

} // namespace

class HeadlessServe
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::HeadlessServe)

public:
    static int run(const CommandLineOptions& options, std::FILE* out, std::FILE* err);
};

int HeadlessServe::run(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    Headless::Session session(options);
    // Watched from the start: a signal during start-up (a long migration)
    // waits for the event loop, which then stops at once.
    TerminationSignals termination;
    QString error;
    if (!termination.install(&error)) {
        print(err, error);
        return 1;
    }
    int stopSignal = 0;
    QEventLoop loop;
    QObject::connect(&termination, &TerminationSignals::received, &loop, [&](int number) {
        if (stopSignal == 0)
            stopSignal = number;
        loop.quit();
    });

    Headless::RuntimeSession services(options);
    if (!services.open(err))
        return 1;
    ConnectorRuntime& runtime = *services.runtime();
    for (const QString& id : runtime.unimplemented())
        print(out, QCoreApplication::translate("HeadlessSync",
                                               "%1: skipped — not supported by this version of Moulin yet")
                       .arg(id));

    // The webhook receiver: reload() made it listen if the settings say so.
    WebhookReceiver* webhooks = runtime.webhooks();
    if (!runtime.webhookError().isEmpty()) {
        print(err, runtime.webhookError());
        return 1;
    }
    const WebhookReceiverSettings webhookSettings = webhooks->settings();
    if (!webhookSettings.enabled)
        print(out, tr("Webhooks are off (webhooks/enabled)."));
    else if (!webhooks->isListening())
        print(out, tr("Webhooks are on, but no connector declares a webhook: nothing listens."));
    else
        print(out, tr("Webhooks: listening on %1 port %2%3 (%4).")
                       .arg(webhookSettings.address.toString())
                       .arg(webhooks->serverPort())
                       .arg(webhookSettings.tlsEnabled() ? QStringLiteral(", HTTPS") : QString(),
                            webhooks->routePaths().join(QStringLiteral(", "))));

    const QStringList feeds = enabledFeeds(runtime);
    if (feeds.isEmpty() && !webhooks->isListening()) {
        print(err, tr("Nothing to serve: no enabled feed and no webhook. Configure a connector (File ▸ "
                      "Settings in the window) or run with --demo."));
        return 1;
    }

    // One line per feed run and per webhook; the paths are the routes'
    // declared ones (no token, no query string).
    QObject::connect(&runtime, &ConnectorRuntime::feedFinished, &loop, [&](const FeedRunSummary& s) {
        print(out, Headless::feedRunLine(s));
        if (!s.ok) {
            if (const QString hint = Headless::signInHint(runtime, s.connector); !hint.isEmpty())
                print(out, hint);
        }
    });
    QObject::connect(webhooks, &WebhookReceiver::deliveryReceived, &loop,
                     [&](const QString& connector, const QString& path, int status, const QString& reason) {
                         if (reason.isEmpty())
                             print(out, tr("Webhook %1 %2: %3").arg(connector, path).arg(status));
                         else
                             print(out,
                                   tr("Webhook %1 %2: %3 — %4").arg(connector, path).arg(status).arg(reason));
                     });
    QObject::connect(webhooks, &WebhookReceiver::deliveryRefused, &loop,
                     [&](const QString& connector, const QString& path, int status, const QString& reason) {
                         print(out, tr("Webhook %1 %2: refused, %3 — %4")
                                        .arg(connector.isEmpty() ? QStringLiteral("-") : connector, path)
                                        .arg(status)
                                        .arg(reason));
                     });
    // What the window shows in its status bar (a sign-in needed, a refused
    // credential), once for each change.
    QString lastMessage;
    QObject::connect(&runtime, &ConnectorRuntime::message, &loop, [&](const QString& text) {
        if (text.isEmpty() || text == lastMessage)
            return;
        lastMessage = text;
        print(out, text);
    });

    // The daily backup, as the window makes it (not of the demo's database).
    auto backups = std::make_unique<BackupScheduler>();
    QObject::connect(
        backups.get(), &BackupScheduler::finished, &loop,
        [&](const BackupOutcome& outcome, bool) { print(outcome.ok ? out : err, outcome.message); });
    if (!options.demo)
        backups->start();

    runtime.start();
    services.attachAreas();
    if (feeds.isEmpty())
        print(out, tr("No enabled feed: serving webhooks only."));
    else
        print(out, tr("Serving %n feed(s) on their schedules: %1.", nullptr, int(feeds.size()))
                       .arg(feeds.join(QStringLiteral(", "))));
    print(out, tr("Stop with Ctrl+C or SIGTERM."));

    if (stopSignal == 0)
        loop.exec();

    print(out, tr("%1 received: stopping (the page being stored is finished or rolled back)…")
                   .arg(TerminationSignals::name(stopSignal)));
    backups.reset(); // a backup being written finishes first
    runtime.engine()->stop();
    // The runtime's engine cancels the runs in flight (each one closes its
    // sync_run row) and joins its worker threads; then the database closes.
    services.close();
    print(out, tr("Stopped."));
    return 0;
}

int runHeadlessServe(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    return HeadlessServe::run(options, out, err);
}

} // namespace Moulin
