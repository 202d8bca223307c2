#include "commandline.h"

#include "common/core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <initializer_list>

namespace Moulin {

namespace {

/// A date written YYYY-MM-DD (nothing else), or an invalid QDate.
QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

/// The help's first lines. QCommandLineParser names the program after
/// QCoreApplication::arguments(), which do not exist yet when main() parses
/// ("<executable_name>"), and would be the full path anyway.
QString usageText()
{
    const QString usage = QCoreApplication::translate("CommandLine", "Usage:");
    const QString indent(usage.size(), QLatin1Char(' '));
    const QStringList lines = {
        QStringLiteral("moulin [options]"),
        QStringLiteral("moulin --sync-now [--connector NAME] [--data-dir DIR]"),
        QStringLiteral("moulin --serve [--demo] [--data-dir DIR]"),
        QStringLiteral("moulin --sign-in ID [--timeout SECONDS] [--no-browser] [--import-config FILE] "
                       "[--data-dir DIR]"),
        QStringLiteral("moulin --export fec --from YYYY-MM-DD --to YYYY-MM-DD [--siren N] "
                       "[--fiscal-year-end YYYY-MM-DD] --out DIR [--data-dir DIR] [--demo]"),
        QStringLiteral("moulin --export z --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--data-dir DIR] "
                       "[--demo]"),
        QStringLiteral("moulin --export roster --week YYYY-Www --out FILE.csv [--data-dir DIR] [--demo]"),
        QStringLiteral("moulin --export payroll --week YYYY-Www --out FILE.csv [--data-dir DIR] [--demo]"),
        QStringLiteral(
            "moulin --export orders --from YYYY-MM-DD --to YYYY-MM-DD [--format ubl|eancom] --out DIR "
            "[--data-dir DIR] [--demo]"),
        QStringLiteral("moulin --backup [--out DIR] [--data-dir DIR] [--demo]"),
        QStringLiteral("moulin --restore FILE [--data-dir DIR] [--demo]"),
    };
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += (i == 0 ? usage : indent) + QLatin1Char(' ') + lines.at(i) + QLatin1Char('\n');
    return text;
}

/// The name of the first of `options` that is given (`given` false: that is
/// missing), e.g. "timeout"; empty when there is none.
QString firstOption(const QCommandLineParser& parser,
                    std::initializer_list<const QCommandLineOption*> options, bool given = true)
{
    for (const QCommandLineOption* option : options) {
        if (parser.isSet(*option) == given)
            return option->names().constFirst();
    }
    return {};
}

CommandLineResult error(const QString& text)
{
    CommandLineResult result;
    result.action = CommandLineResult::Action::Error;
    result.text = text;
    return result;
}

} // namespace

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
        QCoreApplication::translate(
            "CommandLine", "With --sync-now: only this connector (its id, as --sync-now prints it)."),
        QStringLiteral("name"));
    const QCommandLineOption serveOption(
        QStringLiteral("serve"),
        QCoreApplication::translate("CommandLine",
                                    "Without opening a window, keep running: every enabled feed on its "
                                    "schedule and, when turned on, the webhook receiver; one line per "
                                    "feed run and per webhook. Stops cleanly on SIGTERM or Ctrl+C."));
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        QCoreApplication::translate(
            "CommandLine", "Without opening a window, sign in to the OAuth connector <id> "
                           "(its id, as --sync-now prints it): prints the address to open in a web browser, "
                           "waits for the answer, keeps the access in the system keychain and "
                           "exits (non-zero if it failed)."),
        QStringLiteral("id"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("CommandLine",
                                    "With --sign-in: give up after <seconds> without an answer (default: "
                                    "300)."),
        QStringLiteral("seconds"));
    const QCommandLineOption noBrowserOption(
        QStringLiteral("no-browser"),
        QCoreApplication::translate("CommandLine",
                                    "With --sign-in: do not try to open a web browser, only print the "
                                    "address."));
    const QCommandLineOption backupOption(
        QStringLiteral("backup"),
        QCoreApplication::translate("CommandLine",
                                    "Without opening a window, back up the local database: the daily "
                                    "backup into the backup folder (the oldest ones beyond the number kept "
                                    "are removed), or with --out into that folder (kept). Prints the file "
                                    "written."));
    const QCommandLineOption restoreOption(
        QStringLiteral("restore"),
        QCoreApplication::translate("CommandLine",
                                    "Without opening a window, replace the local database by the backup "
                                    "<file>; the database replaced is kept in the backup folder. Refused "
                                    "while Moulin is open elsewhere."),
        QStringLiteral("file"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QCoreApplication::translate("CommandLine",
                                    "Without opening a window, write an export of the local database "
                                    "and exit: fec (the FEC for the accountant, validated before it is "
                                    "written), z (the daily summary, CSV), roster (a week's shifts for "
                                    "payroll, CSV), payroll (a week's hours per person: night, Sunday "
                                    "and holiday hours, split shifts, labour cost, CSV) or orders (the "
                                    "supplier orders of the period, each as UBL XML and PDF)."),
        QStringLiteral("kind"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("CommandLine", "With --export: first day of the period (YYYY-MM-DD)."),
        QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("CommandLine",
                                    "With --export: last day of the period, included (YYYY-MM-DD)."),
        QStringLiteral("date"));
    const QCommandLineOption sirenOption(
        QStringLiteral("siren"),
        QCoreApplication::translate("CommandLine",
                                    "With --export fec: the company's SIREN (default: the one saved by the "
                                    "accounting export)."),
        QStringLiteral("n"));
    const QCommandLineOption fiscalYearEndOption(
        QStringLiteral("fiscal-year-end"),
        QCoreApplication::translate("CommandLine",
                                    "With --export fec: last day of the fiscal year (default: 31 December "
                                    "of the --to year)."),
        QStringLiteral("date"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("CommandLine",
                                    "With --export: the folder to write the file to (with --export roster: "
                                    "the file)."),
        QStringLiteral("dir"));
    const QCommandLineOption weekOption(
        QStringLiteral("week"),
        QCoreApplication::translate("CommandLine",
                                    "With --export roster: the ISO week (YYYY-Www, e.g. 2026-W50)."),
        QStringLiteral("week"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine",
                                    "With --export orders: ubl (UBL XML and PDF, the default) or eancom "
                                    "(also the EANCOM ORDERS message, EDIFACT D.01B)."),
        QStringLiteral("format"));
    parser.addOptions({demoOption,      dataDirOption, importOption, langOption,    syncNowOption,
                       connectorOption, serveOption,   signInOption, timeoutOption, noBrowserOption,
                       exportOption,    fromOption,    toOption,     sirenOption,   fiscalYearEndOption,
                       outOption,       weekOption,    formatOption, backupOption,  restoreOption});

    if (!parser.parse(arguments))
        return error(parser.errorText());
    CommandLineResult result;
    if (parser.isSet(helpOption)) {
        result.action = CommandLineResult::Action::ShowHelp;
        const QString help = parser.helpText();
        result.text = usageText() + help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.text = QStringLiteral("Moulin %1\n").arg(appVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                         .arg(parser.positionalArguments().constFirst()));

    result.options.demo = parser.isSet(demoOption);
    result.options.dataDir = parser.value(dataDirOption);
    result.options.importConfig = parser.value(importOption);
    result.options.language = parser.value(langOption).toLower();
    result.options.syncNow = parser.isSet(syncNowOption);
    result.options.connector = parser.value(connectorOption).toLower();
    result.options.serve = parser.isSet(serveOption);

    const int modes = int(parser.isSet(syncNowOption)) + int(parser.isSet(serveOption)) +
                      int(parser.isSet(signInOption)) + int(parser.isSet(exportOption)) +
                      int(parser.isSet(backupOption)) + int(parser.isSet(restoreOption));
    if (modes > 1)
        return error(QCoreApplication::translate(
            "CommandLine", "--sync-now, --serve, --sign-in, --export, --backup and "
                           "--restore cannot be combined: run them one after the other."));
    // The options of one mode, given without it.
    if (parser.isSet(connectorOption) && !result.options.syncNow)
        return error(QCoreApplication::translate("CommandLine", "--connector is only used with --sync-now."));
    if (const QString stray = firstOption(parser, {&timeoutOption, &noBrowserOption});
        !stray.isEmpty() && !parser.isSet(signInOption))
        return error(
            QCoreApplication::translate("CommandLine", "--%1 is only used with --sign-in.").arg(stray));
    if (parser.isSet(backupOption)) {
        result.options.backup = true;
        result.options.exportDir = parser.value(outOption);
        const QFileInfo out(result.options.exportDir);
        if (parser.isSet(outOption) && (result.options.exportDir.isEmpty() || (out.exists() && !out.isDir())))
            return error(QCoreApplication::translate("CommandLine", "--out: \"%1\" is not a folder.")
                             .arg(result.options.exportDir));
    }
    if (parser.isSet(restoreOption)) {
        result.options.restoreFile = parser.value(restoreOption);
        if (!QFileInfo(result.options.restoreFile).isFile())
            return error(QCoreApplication::translate("CommandLine", "--restore: file \"%1\" not found.")
                             .arg(result.options.restoreFile));
    }
    if (const QString stray =
            firstOption(parser, {&fromOption, &toOption, &sirenOption, &fiscalYearEndOption, &weekOption});
        !stray.isEmpty() && !parser.isSet(exportOption))
        return error(
            QCoreApplication::translate("CommandLine", "--%1 is only used with --export.").arg(stray));
    if (parser.isSet(outOption) && !parser.isSet(exportOption) && !parser.isSet(backupOption))
        return error(
            QCoreApplication::translate("CommandLine", "--out is only used with --export and --backup."));
    if (parser.isSet(langOption) && result.options.language != QLatin1String("fr") &&
        result.options.language != QLatin1String("en"))
        return error(QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use fr or en.")
                         .arg(parser.value(langOption)));
    if (parser.isSet(dataDirOption)) {
        const QFileInfo info(result.options.dataDir);
        if (result.options.dataDir.isEmpty() || (info.exists() && !info.isDir()))
            return error(QCoreApplication::translate("CommandLine", "--data-dir: \"%1\" is not a directory.")
                             .arg(result.options.dataDir));
    }
    if (parser.isSet(importOption) && !QFileInfo(result.options.importConfig).isFile())
        return error(QCoreApplication::translate("CommandLine", "--import-config: file \"%1\" not found.")
                         .arg(result.options.importConfig));

    if (result.options.serve && parser.isSet(importOption))
        return error(QCoreApplication::translate(
            "CommandLine",
            "--import-config cannot be combined with --serve: import the configuration first, then serve."));

    if (parser.isSet(signInOption)) {
        result.options.signIn = parser.value(signInOption).trimmed().toLower();
        if (result.options.signIn.isEmpty())
            return error(QCoreApplication::translate(
                "CommandLine", "--sign-in needs the id of a connector, as --sync-now prints it."));
        result.options.noBrowser = parser.isSet(noBrowserOption);
        if (parser.isSet(timeoutOption)) {
            bool ok = false;
            const int seconds = parser.value(timeoutOption).toInt(&ok);
            constexpr int kMaxTimeoutSecs = 24 * 3600;
            if (!ok || seconds <= 0 || seconds > kMaxTimeoutSecs)
                return error(
                    QCoreApplication::translate(
                        "CommandLine", "--timeout: \"%1\" is not a number of seconds between 1 and %2.")
                        .arg(parser.value(timeoutOption))
                        .arg(kMaxTimeoutSecs));
            result.options.signInTimeoutSecs = seconds;
        }
    }

    if (parser.isSet(exportOption)) {
        QString kind = parser.value(exportOption).trimmed().toLower();
        if (kind == QLatin1String("rosters"))
            kind = QStringLiteral("roster");
        if (parser.isSet(formatOption)) {
            if (kind != QLatin1String("orders"))
                return error(QCoreApplication::translate("CommandLine",
                                                         "--format is only used with --export orders."));
            result.options.exportFormat = parser.value(formatOption).trimmed().toLower();
            if (result.options.exportFormat != QLatin1String("ubl") &&
                result.options.exportFormat != QLatin1String("eancom"))
                return error(
                    QCoreApplication::translate("CommandLine", "--format: \"%1\" is neither ubl nor eancom.")
                        .arg(parser.value(formatOption)));
        }
        const bool weekly = kind == QLatin1String("roster") || kind == QLatin1String("payroll");
        if (kind != QLatin1String("fec") && kind != QLatin1String("z") && kind != QLatin1String("orders") &&
            !weekly)
            return error(QCoreApplication::translate("CommandLine",
                                                     "Unknown export \"%1\": use fec (the FEC), z (the daily "
                                                     "summary), roster (a week's shifts), payroll (a week's "
                                                     "hours per person) or orders (the supplier orders).")
                             .arg(parser.value(exportOption)));
        if (weekly) {
            result.options.exportKind = kind;
            if (parser.isSet(importOption))
                return error(QCoreApplication::translate(
                    "CommandLine", "--import-config cannot be combined with --export."));
            if (const QString missing = firstOption(parser, {&weekOption, &outOption}, false);
                !missing.isEmpty())
                return error(
                    QCoreApplication::translate("CommandLine", "--export %1 needs --%2.").arg(kind, missing));
            if (const QString stray =
                    firstOption(parser, {&fromOption, &toOption, &sirenOption, &fiscalYearEndOption});
                !stray.isEmpty())
                return error(QCoreApplication::translate("CommandLine", "--%1 is not used with --export %2.")
                                 .arg(stray, kind));
            static const QRegularExpression weekShape(QStringLiteral("^\\d{4}-W\\d{2}$"));
            result.options.exportWeek = parser.value(weekOption).trimmed();
            if (!weekShape.match(result.options.exportWeek).hasMatch())
                return error(QCoreApplication::translate("CommandLine",
                                                         "--week: \"%1\" is not an ISO week written YYYY-Www "
                                                         "(e.g. 2026-W50).")
                                 .arg(parser.value(weekOption)));
            result.options.exportDir = parser.value(outOption);
            if (result.options.exportDir.isEmpty() || QFileInfo(result.options.exportDir).isDir())
                return error(
                    QCoreApplication::translate("CommandLine", "--out: \"%1\" is a folder, not a file.")
                        .arg(result.options.exportDir));
            return result;
        }
        if (parser.isSet(weekOption))
            return error(QCoreApplication::translate(
                "CommandLine", "--week is only used with --export roster and --export payroll."));
        result.options.exportKind = kind;
        if (parser.isSet(importOption))
            return error(QCoreApplication::translate("CommandLine",
                                                     "--import-config cannot be combined with --export."));
        if (const QString missing = firstOption(parser, {&fromOption, &toOption, &outOption}, false);
            !missing.isEmpty())
            return error(
                QCoreApplication::translate("CommandLine", "--export %1 needs --%2.").arg(kind, missing));
        if (const QString stray = firstOption(parser, {&sirenOption, &fiscalYearEndOption});
            !stray.isEmpty() && kind != QLatin1String("fec"))
            return error(QCoreApplication::translate("CommandLine", "--%1 is only used with --export fec.")
                             .arg(stray));
        struct DateOption
        {
            const QCommandLineOption* option;
            QDate* date;
        };
        for (const DateOption& d : {DateOption{&fromOption, &result.options.exportFrom},
                                    DateOption{&toOption, &result.options.exportTo},
                                    DateOption{&fiscalYearEndOption, &result.options.fiscalYearEnd}}) {
            if (!parser.isSet(*d.option))
                continue;
            *d.date = parseIsoDate(parser.value(*d.option));
            if (!d.date->isValid())
                return error(QCoreApplication::translate("CommandLine",
                                                         "--%1: \"%2\" is not a date written YYYY-MM-DD.")
                                 .arg(d.option->names().constFirst(), parser.value(*d.option)));
        }
        if (result.options.exportFrom > result.options.exportTo)
            return error(QCoreApplication::translate("CommandLine", "--from (%1) is after --to (%2).")
                             .arg(parser.value(fromOption), parser.value(toOption)));
        if (result.options.fiscalYearEnd.isValid() && result.options.fiscalYearEnd < result.options.exportTo)
            return error(QCoreApplication::translate(
                             "CommandLine",
                             "--fiscal-year-end (%1) is before --to (%2): the period must lie within the "
                             "fiscal year.")
                             .arg(parser.value(fiscalYearEndOption), parser.value(toOption)));
        if (parser.isSet(sirenOption)) {
            result.options.siren = parser.value(sirenOption).remove(QLatin1Char(' '));
            if (result.options.siren.isEmpty())
                return error(QCoreApplication::translate("CommandLine",
                                                         "--siren needs the company's SIREN (9 digits)."));
        }
        result.options.exportDir = parser.value(outOption);
        const QFileInfo out(result.options.exportDir);
        if (result.options.exportDir.isEmpty() || (out.exists() && !out.isDir()))
            return error(QCoreApplication::translate("CommandLine", "--out: \"%1\" is not a folder.")
                             .arg(result.options.exportDir));
    }
    return result;
}

} // namespace Moulin
