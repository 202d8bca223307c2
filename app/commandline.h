#pragma once

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
/// prints nothing and never exits, so it is tested as is.
CommandLineResult parseCommandLine(const QStringList& arguments);

} // namespace Moulin
