#include "commandline.h"

#include "common/core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Moulin {

CommandLineResult parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Moulin — restaurant back-office: sales, suppliers, "
                                                   "reservations, customers and rosters."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Run on the built-in sandbox with demonstration data."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep the database, logs and settings in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption importOption(
        QStringLiteral("import-config"),
        QCoreApplication::translate("CommandLine", "Import a connector configuration (JSON) at start-up."),
        QStringLiteral("file"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Interface language: fr or en (default: system language)."),
        QStringLiteral("fr|en"));
    const QCommandLineOption syncNowOption(
        QStringLiteral("sync-now"),
        QCoreApplication::translate("CommandLine",
                                    "Without opening a window, run every enabled feed once, print "
                                    "one line per feed and exit (non-zero if any failed)."));
    const QCommandLineOption connectorOption(
        QStringLiteral("connector"),
        QCoreApplication::translate("CommandLine", "With --sync-now: only this connector (e.g. lightspeed)."),
        QStringLiteral("name"));
    parser.addOptions({demoOption, dataDirOption, importOption, langOption, syncNowOption, connectorOption});

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        result.action = CommandLineResult::Action::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = CommandLineResult::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.text = QStringLiteral("Moulin %1\n").arg(appVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLineResult::Action::Error;
        result.text = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }

    result.options.demo = parser.isSet(demoOption);
    result.options.dataDir = parser.value(dataDirOption);
    result.options.importConfig = parser.value(importOption);
    result.options.language = parser.value(langOption).toLower();
    result.options.syncNow = parser.isSet(syncNowOption);
    result.options.connector = parser.value(connectorOption).toLower();

    if (parser.isSet(connectorOption) && !result.options.syncNow) {
        result.action = CommandLineResult::Action::Error;
        result.text = QCoreApplication::translate("CommandLine", "--connector is only used with --sync-now.");
        return result;
    }
    if (parser.isSet(langOption) && result.options.language != QLatin1String("fr") &&
        result.options.language != QLatin1String("en")) {
        result.action = CommandLineResult::Action::Error;
        result.text = QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use fr or en.")
                          .arg(parser.value(langOption));
        return result;
    }
    if (parser.isSet(dataDirOption)) {
        const QFileInfo info(result.options.dataDir);
        if (result.options.dataDir.isEmpty() || (info.exists() && !info.isDir())) {
            result.action = CommandLineResult::Action::Error;
            result.text = QCoreApplication::translate("CommandLine", "--data-dir: \"%1\" is not a directory.")
                              .arg(result.options.dataDir);
            return result;
        }
    }
    if (parser.isSet(importOption) && !QFileInfo(result.options.importConfig).isFile()) {
        result.action = CommandLineResult::Action::Error;
        result.text = QCoreApplication::translate("CommandLine", "--import-config: file \"%1\" not found.")
                          .arg(result.options.importConfig);
        return result;
    }
    return result;
}

} // namespace Moulin
