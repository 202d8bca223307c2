#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Moulin {

/// Options given on the command line.
struct CommandLineOptions
{
    bool demo = false;
    QString dataDir;      ///< empty: platform default
    QString importConfig; ///< a JSON configuration to import at start-up
    QString language;     ///< "fr", "en" or empty (follow the system locale)
    bool syncNow = false; ///< headless: run every enabled feed once, print a summary, exit
    QString connector;    ///< with syncNow: only this connector id
    /// Headless `--serve`: every connector on its schedule and the webhook
    /// receiver, until SIGTERM or SIGINT.
    bool serve = false;

    /// Headless `--sign-in ID`: the browser sign-in of that OAuth connector.
    QString signIn;
    static constexpr int kDefaultSignInTimeoutSecs = 300;
    int signInTimeoutSecs = kDefaultSignInTimeoutSecs; ///< --timeout, with signIn
    bool noBrowser = false;                            ///< --no-browser: only print the address

    /// Headless `--export KIND`: "fec", "z" (the daily summary), "roster", "payroll" or "orders".
    QString exportKind;
    QDate exportFrom;     ///< --from, inclusive
    QDate exportTo;       ///< --to, inclusive
    QString siren;        ///< --siren (fec), spaces removed; empty: the saved one
    QDate fiscalYearEnd;  ///< --fiscal-year-end (fec); invalid: 31 December of exportTo's year
    QString exportDir;    ///< --out (a folder; with roster and payroll, the file)
    QString exportWeek;   ///< --week (roster, payroll), "2026-W50"
    QString exportFormat; ///< --format (orders): "ubl" or "eancom"; empty: ubl

    /// Headless `--backup [--out DIR]`: a backup of the local database (the
    /// daily one, pruned, into the backup folder; with --out, into DIR, kept).
    bool backup = false;
    /// Headless `--restore FILE`: the database replaced by that backup.
    QString restoreFile;

    /// Any of the modes that run without a window.
    bool isHeadless() const
    {
        return syncNow || serve || !signIn.isEmpty() || !exportKind.isEmpty() || backup ||
               !restoreFile.isEmpty();
    }
};

struct CommandLineResult
{
    enum class Action
    {
        Run,         ///< start the application with `options`
        ShowHelp,    ///< print `text` to stdout and exit 0
        ShowVersion, ///< print `text` to stdout and exit 0
        Error,       ///< print `text` to stderr and exit 2
    };
    Action action = Action::Run;
    CommandLineOptions options;
    QString text;
};

/// Parses the arguments (arguments.first() is the program name). Pure: it
/// prints nothing and never exits, so it is tested as is. Works before any
/// QCoreApplication exists; the help names the program "moulin".
CommandLineResult parseCommandLine(const QStringList& arguments);

} // namespace Moulin
