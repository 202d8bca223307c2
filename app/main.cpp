#include "commandline.h"
#include "common/core/appinfo.h"
#include "headlesscommands.h"
#include "headlessserve.h"
#include "headlesssync.h"
#include "moulinapplication.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Parse before any QApplication exists, so --help and --version work
    // without a display.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Moulin::CommandLineResult cli = Moulin::parseCommandLine(arguments);
    switch (cli.action) {
    case Moulin::CommandLineResult::Action::ShowHelp:
    case Moulin::CommandLineResult::Action::ShowVersion:
        std::fputs(qUtf8Printable(cli.text), stdout);
        return 0;
    case Moulin::CommandLineResult::Action::Error:
        std::fprintf(stderr, "moulin: %s\n", qUtf8Printable(cli.text));
        return 2;
    case Moulin::CommandLineResult::Action::Run:
        break;
    }

    // The exports that draw (the supplier orders' PDFs) need fonts: a
    // QGuiApplication, on the offscreen platform unless one is chosen.
    if (cli.options.exportKind == QLatin1String("orders")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Moulin::initApplicationInfo();
        return Moulin::runHeadlessExport(cli.options);
    }
    // The modes without a window need no display: a QCoreApplication only.
    if (cli.options.isHeadless()) {
        QCoreApplication app(argc, argv);
        Moulin::initApplicationInfo();
        if (cli.options.syncNow)
            return Moulin::runHeadlessSync(cli.options);
        if (cli.options.serve)
            return Moulin::runHeadlessServe(cli.options);
        if (!cli.options.signIn.isEmpty())
            return Moulin::runHeadlessSignIn(cli.options);
        if (cli.options.backup || !cli.options.restoreFile.isEmpty())
            return Moulin::runHeadlessBackup(cli.options);
        return Moulin::runHeadlessExport(cli.options);
    }

    QApplication app(argc, argv);
    Moulin::initApplicationInfo();
    Moulin::MoulinApplication moulin(cli.options);
    if (!moulin.start())
        return 1;
    return QApplication::exec();
}
