// Fails (exit 1) if any file under the given directories contains a test
// secret: the proof that no secret reached SQLite, settings or logs.
#include "testsupport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray marker(Moulin::Test::kSecretMarker);
    int scanned = 0;
    int leaks = 0;
    const QStringList roots = app.arguments().mid(1);
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray content = file.readAll();
            // Also catch UTF-16 copies (QSettings never writes them, but logs might).
            QByteArray utf16;
            for (char c : marker) {
                utf16.append(c);
                utf16.append('\0');
            }
            if (content.contains(marker) || content.contains(utf16)) {
                std::fprintf(stderr, "LEAK: test secret found in %s\n", qUtf8Printable(path));
                ++leaks;
            }
        }
    }
    std::printf("secret_scan: %d files scanned, %d leaks\n", scanned, leaks);
    return leaks == 0 ? 0 : 1;
}
