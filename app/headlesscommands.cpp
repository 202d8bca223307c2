#include "headlesscommands.h"

#include "areas.h"
#include "common/auth/authenticator.h"
#include "common/core/apppaths.h"
#include "common/core/backups.h"
#include "common/core/configimporter.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/core/logfile.h"
#include "common/net/httpclient.h"
#include "common/net/redaction.h"
#include "common/runtime/connectormodule.h"
#include "languagemanager.h"
#include "pos/core/headlessexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Moulin {

namespace Headless {

void print(std::FILE* stream, const QString& line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

QString notConfiguredMessage(const QString& id, const QStringList& configured)
{
    return QCoreApplication::translate("HeadlessSync",
                                       "No connector named \"%1\" is configured (configured: %2).")
        .arg(id, configured.isEmpty() ? QCoreApplication::translate("HeadlessSync", "none")
                                      : configured.join(QStringLiteral(", ")));
}

Session::Session(const CommandLineOptions& options)
{
    AppPaths::setDataDir(options.dataDir);
    m_language.apply(options.language.isEmpty() ? LanguageManager::systemLanguage() : options.language);
    LogFile::install(AppPaths::logDir(), [](const QString& line) { return Redact::text(line); });
}

Session::~Session()
{
    LogFile::uninstall();
}

} // namespace Headless

using Headless::print;

namespace {

/// Hands `url` to the desktop's browser without QtGui (QDesktopServices
/// needs a QGuiApplication). On Linux only when a desktop session is there:
/// without one, xdg-open would start a text-mode browser on this terminal.
bool openBrowser(const QUrl& url)
{
    QString program;
    QStringList arguments;
#if defined(Q_OS_WIN)
    program = QStringLiteral("rundll32");
    arguments = {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)};
#elif defined(Q_OS_MACOS)
    program = QStringLiteral("open");
    arguments = {url.toString(QUrl::FullyEncoded)};
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    program = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (program.isEmpty())
        return false;
    arguments = {url.toString(QUrl::FullyEncoded)};
#endif
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

/// Runs `loop` until `done` is true (it may already be).
void waitFor(QEventLoop& loop, const bool& done)
{
    if (!done)
        loop.exec();
}

} // namespace

class HeadlessCommands
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::HeadlessCommands)

public:
    static bool importConfiguration(const QString& path, CredentialStore* credentials, std::FILE* out,
                                    std::FILE* err);
    static int signIn(const CommandLineOptions& options, std::FILE* out, std::FILE* err);
    static int exportFile(const CommandLineOptions& options, std::FILE* out, std::FILE* err);
    static int backup(const CommandLineOptions& options, std::FILE* out, std::FILE* err);
    static int restore(const CommandLineOptions& options, std::FILE* out, std::FILE* err);
};

int HeadlessCommands::backup(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    const QString databasePath = AppPaths::databasePath();
    if (!QFileInfo::exists(databasePath)) {
        print(err, tr("There is no local database in %1 yet: nothing to back up.").arg(AppPaths::dataDir()));
        return 1;
    }
    const DatabaseOpenResult db = Database::openAndMigrate(databasePath);
    if (!db.ok()) {
        print(err, db.message);
        return 1;
    }
    // Without --out: the daily backup a scheduled task makes, pruned like the window's.
    const bool daily = options.exportDir.isEmpty();
    const QString dir = daily ? Backups::directory() : options.exportDir;
    QSqlDatabase connection = Database::connection();
    const BackupOutcome outcome =
        Backups::create(connection, dir, daily ? BackupEntry::Kind::Automatic : BackupEntry::Kind::Manual,
                        QDateTime::currentDateTime());
    if (!outcome.ok) {
        print(err, outcome.message);
        return 1;
    }
    if (daily)
        Backups::prune(dir, Backups::baseName(databasePath), Backups::keep());
    print(out, QDir::toNativeSeparators(outcome.path));
    return 0;
}

int HeadlessCommands::restore(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    const QString databasePath = AppPaths::databasePath();
    const BackupOutcome outcome = Backups::restore(options.restoreFile, databasePath, Backups::directory(),
                                                   QDateTime::currentDateTime());
    if (!outcome.ok) {
        print(err, outcome.message);
        return 1;
    }
    // Brought up to this version's schema at once, so a problem shows here.
    const DatabaseOpenResult db = Database::openAndMigrate(databasePath);
    if (!db.ok()) {
        print(err, db.message);
        return 1;
    }
    print(out, outcome.message);
    return 0;
}

/// --import-config FILE before --sign-in: the configuration a headless
/// computer cannot import from the window. True when imported.
bool HeadlessCommands::importConfiguration(const QString& path, CredentialStore* credentials, std::FILE* out,
                                           std::FILE* err)
{
    ConfigImporter importer(credentials);
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject::connect(
        &importer, &ConfigImporter::finished, &loop,
        [&](bool success, const QString& connectorId, const QList<ConfigIssue>& issues) {
            done = true;
            ok = success;
            if (success) {
                print(out, tr("Configuration imported: %1").arg(connectorId));
            } else {
                print(err,
                      tr("%1 was not imported and nothing was changed:").arg(QFileInfo(path).fileName()));
                for (const ConfigIssue& issue : issues)
                    print(err, QStringLiteral("  • ") + issue.message);
            }
            loop.quit();
        });
    importer.importFile(path);
    waitFor(loop, done);
    return ok;
}

int HeadlessCommands::signIn(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    const QString& id = options.signIn;
    if (options.demo) {
        print(err, tr("Demo mode needs no sign-in: the built-in sandbox's connectors do not use OAuth. Run "
                      "moulin --sign-in without --demo to sign in to a configured connector."));
        return 1;
    }

    CredentialStore credentials;
    if (!options.importConfig.isEmpty() && !importConfiguration(options.importConfig, &credentials, out, err))
        return 1;

    const std::optional<ConnectorConfig> config = ConnectorSettings::load(id);
    if (!config) {
        print(err, Headless::notConfiguredMessage(id, ConnectorSettings::configuredIds()));
        return 1;
    }
    const auto type = ConnectorCatalog::byId(id);
    const QString name = type ? type->displayName : id;
    if (!ConnectorModules::isImplemented(id)) {
        print(err, tr("%1 is not supported by this version of Moulin yet.").arg(name));
        return 1;
    }
    const AuthProfile profile = ConnectorModules::authProfile(*config);
    if (profile.method != AuthProfile::Method::AuthorizationCode) {
        print(err, profile.method == AuthProfile::Method::None
                       ? tr("%1 needs no sign-in (authentication \"%2\").").arg(name, config->authMethod)
                       : tr("%1 does not sign in with a web browser: its client secret or API key is all it "
                            "needs (File ▸ Settings, or --import-config).")
                             .arg(name));
        return 1;
    }

    // The Authenticator alone, without the runtime: a sign-in must not
    // start a synchronisation that this process would cut short.
    HttpClient http;
    Authenticator auth(profile, &http, &credentials);
    // The timeout is ours (with its own message); the authenticator's is a
    // backstop.
    auth.setAuthorizationTimeoutMs(options.signInTimeoutSecs * 1000 + 60'000);

    QEventLoop loop;
    bool done = false;
    bool ok = false;
    bool timedOut = false;
    QString message;
    QObject::connect(&auth, &Authenticator::authorizeWithBrowser, &loop, [&](const QUrl& url) {
        print(out, tr("To sign in to %1, open this address in a web browser:").arg(name));
        print(out, url.toString(QUrl::FullyEncoded));
        const QUrl redirect(auth.redirectUri());
        print(out, tr("The answer comes back to %1 on this computer: open the address here, or from another "
                      "computer through an SSH tunnel (ssh -L %2:127.0.0.1:%2 …).")
                       .arg(redirect.toString(QUrl::RemovePath | QUrl::RemoveQuery))
                       .arg(redirect.port()));
        if (!options.noBrowser && openBrowser(url))
            print(out, tr("A web browser was asked to open it."));
        print(out, tr("Waiting for the sign-in (at most %n second(s))…", nullptr, options.signInTimeoutSecs));
    });
    QObject::connect(&auth, &Authenticator::authorizationFinished, &loop,
                     [&](bool success, const QString& text) {
                         if (done)
                             return;
                         done = true;
                         ok = success;
                         message = text;
                         loop.quit();
                     });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        auth.cancelAuthorization();
        if (!done) { // not even started (the keychain did not answer)
            done = true;
            loop.quit();
        }
    });
    timeout.start(options.signInTimeoutSecs * 1000);
    auth.authorize();
    waitFor(loop, done);
    timeout.stop();

    // Let the loopback handler finish answering the browser before it goes.
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();

    if (timedOut) {
        print(err, tr("No answer within %n second(s): the sign-in to %1 was cancelled and nothing was "
                      "stored. Run moulin --sign-in %2 again (--timeout gives more time).",
                      nullptr, options.signInTimeoutSecs)
                       .arg(name, id));
        return 1;
    }
    if (!ok) {
        print(err, message);
        print(err,
              tr("The sign-in to %1 did not complete. Run moulin --sign-in %2 to try again.").arg(name, id));
        return 1;
    }

    // Signed in: make sure the access really is in the keychain, since a
    // headless computer has no other way to keep it.
    bool loaded = false;
    TokenStore::LoadResult stored;
    auth.tokenStore()->load([&](const TokenStore::LoadResult& result) {
        stored = result;
        loaded = true;
        loop.quit();
    });
    waitFor(loop, loaded);
    const bool kept = stored.outcome.ok() && stored.tokens && stored.tokens->hasAccessToken();
    if (stored.tokens)
        stored.tokens->wipe();
    if (!kept) {
        print(err, tr("%1 accepted the sign-in, but the access could not be kept in the system keychain: %2")
                       .arg(name, stored.outcome.message.isEmpty()
                                      ? CredentialStore::messageFor(CredentialStore::Status::NotFound)
                                      : stored.outcome.message));
        return 1;
    }
    print(out, tr("Signed in to %1: the access is kept in the system keychain.").arg(name));
    return 0;
}

int HeadlessCommands::exportFile(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    const QString databasePath = AppPaths::databasePath();
    if (!QFileInfo::exists(databasePath)) {
        print(err, options.demo
                       ? tr("There is no demonstration database in %1 yet: start Moulin once in demo "
                            "mode first.")
                             .arg(AppPaths::dataDir())
                       : tr("There is no local database in %1 yet: synchronise first (moulin "
                            "--sync-now).")
                             .arg(AppPaths::dataDir()));
        return 1;
    }
    const DatabaseOpenResult db = Database::openAndMigrate(databasePath);
    if (!db.ok()) {
        print(err, db.message);
        return 1;
    }

    if (options.exportKind != QLatin1String("fec") && options.exportKind != QLatin1String("z")) {
        // The other exports are the areas' own.
        const HeadlessExportArgs args{options.exportKind, options.exportFrom, options.exportTo,
                                      options.exportWeek, options.exportDir,  options.exportFormat};
        for (const auto& area : createAreas()) {
            const int code = area->headlessExport(args, out, err);
            if (code >= 0)
                return code;
        }
        print(err, tr("No area writes the export \"%1\".").arg(options.exportKind));
        return 2;
    }

    HeadlessExportRequest request;
    request.kind = options.exportKind == QLatin1String("z") ? HeadlessExportRequest::Kind::DailySummary
                                                            : HeadlessExportRequest::Kind::Fec;
    request.from = options.exportFrom;
    request.to = options.exportTo;
    request.siren = options.siren;
    request.fiscalYearEnd = options.fiscalYearEnd;
    request.directory = options.exportDir;
    const HeadlessExportResult result = HeadlessExport::run(Database::connection(), request);

    for (const QString& warning : result.warnings)
        print(err, tr("warning: %1").arg(warning));
    switch (result.status) {
    case HeadlessExportResult::Status::Written:
        print(out, result.path);
        return 0;
    case HeadlessExportResult::Status::BadArguments:
        for (const QString& problem : result.problems)
            print(err, QStringLiteral("moulin: ") + problem);
        return 2;
    case HeadlessExportResult::Status::Refused:
        break;
    }
    print(err, request.kind == HeadlessExportRequest::Kind::Fec ? tr("The FEC was not written:")
                                                                : tr("The daily summary was not written:"));
    for (const QString& problem : result.problems)
        print(err, QStringLiteral("  • ") + problem);
    return 1;
}

int runHeadlessSignIn(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    Headless::Session session(options);
    registerAreaConnectors();
    return HeadlessCommands::signIn(options, out, err);
}

int runHeadlessBackup(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    Headless::Session session(options);
    AppPaths::setDemoDatabase(options.demo);
    const int code = options.backup ? HeadlessCommands::backup(options, out, err)
                                    : HeadlessCommands::restore(options, out, err);
    Database::closeConnection();
    return code;
}

int runHeadlessExport(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    Headless::Session session(options);
    AppPaths::setDemoDatabase(options.demo);
    const int code = HeadlessCommands::exportFile(options, out, err);
    Database::closeConnection();
    return code;
}

} // namespace Moulin
