#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
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

void fail(const QString& message, std::source_location where)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    else
        qCritical("%s:%u: FAIL (off the test thread): %s", where.file_name(), unsigned(where.line()),
                  qPrintable(message));
}

// --- Databases -------------------------------------------------------------

FreshDatabase openFreshDatabase(const QString& name, const QString& fileName)
{
    FreshDatabase db;
    db.dir = freshDataDir(name);
    db.path = QDir(db.dir).filePath(fileName);
    db.opened = Database::openAndMigrate(db.path);
    return db;
}

namespace {

/// `sql` prepared (when it has binds) and run on `q`; false on failure (q.lastError() says why).
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    if (binds.isEmpty())
        return q.exec(sql);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& value : binds)
        q.addBindValue(value);
    return q.exec();
}

QString described(const QString& sql, const QVariantList& binds)
{
    if (binds.isEmpty())
        return sql;
    QStringList values;
    for (const QVariant& value : binds)
        values.append(value.toString());
    return sql + QStringLiteral(" [") + values.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds,
                std::source_location where)
{
    QSqlQuery q(db);
    if (!run(q, sql, binds)) {
        fail(QStringLiteral("scalar failed: %1: %2").arg(described(sql, binds), q.lastError().text()), where);
        return {};
    }
    if (!q.next()) {
        fail(QStringLiteral("scalar: no row: %1").arg(described(sql, binds)), where);
        return {};
    }
    return q.value(0);
}

QVariant scalar(const QString& sql, const QVariantList& binds, std::source_location where)
{
    return scalar(Database::connection(), sql, binds, where);
}

bool exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds, std::source_location where)
{
    QSqlQuery q(db);
    if (run(q, sql, binds))
        return true;
    fail(QStringLiteral("exec failed: %1: %2").arg(described(sql, binds), q.lastError().text()), where);
    return false;
}

bool exec(const QString& sql, const QVariantList& binds, std::source_location where)
{
    return exec(Database::connection(), sql, binds, where);
}

bool execAll(const QSqlDatabase& db, const QStringList& statements, std::source_location where)
{
    for (const QString& sql : statements) {
        if (!exec(db, sql, {}, where))
            return false;
    }
    return true;
}

// --- Files -----------------------------------------------------------------

QByteArray readFile(const QString& path, std::source_location where)
{
    if (!QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), where);
        return {};
    }
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes, std::source_location where)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), where);
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        fail(QStringLiteral("cannot write all of %1: %2").arg(path, file.errorString()), where);
        return false;
    }
    return true;
}

QString seedConfigPath()
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/pos_config_seed.json"));
}

QByteArray seedConfig()
{
    QFile file(seedConfigPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed configuration %s (MOULIN_SOURCE_DIR=%s)", qPrintable(seedConfigPath()),
               qPrintable(sourceDir()));
    return file.readAll();
}

QJsonObject seedConfigObject()
{
    return QJsonDocument::fromJson(seedConfig()).object();
}

} // namespace Moulin::Test
