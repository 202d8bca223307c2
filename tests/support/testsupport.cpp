#include "testsupport.h"

#include <QDir>
#include <QUuid>

namespace Moulin::Test {

QByteArray testSecret(const QString& suffix)
{
    return QByteArray(kSecretMarker) + '-' + suffix.toUtf8();
}

QString freshDataDir(const QString& name)
{
    QString root = qEnvironmentVariable("MOULIN_TEST_ROOT");
    if (root.isEmpty())
        root = QDir::temp().filePath(QStringLiteral("moulin-test-root"));
    const QString dir = QDir(root).filePath(name + QLatin1Char('-') +
                                            QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    QDir().mkpath(dir);
    return dir;
}

QString sourceDir()
{
    return qEnvironmentVariable("MOULIN_SOURCE_DIR");
}

} // namespace Moulin::Test
