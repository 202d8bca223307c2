// Every area's migrations in one sequence: with every area linked, the
// sequence covers every migration file in the tree, and a database created at
// any earlier version (a restaurant that skipped updates) upgrades to the same
// schema as a new one — the same tables with the same columns, the same
// indexes and triggers — whichever version it starts from.

#include "common/core/database.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Moulin;
namespace Test = Moulin::Test;

namespace {

/// The schema as SQLite describes it: per table its columns (name, type, not
/// null, default, key), and the names of the indexes and triggers with their
/// table. ALTER TABLE and CREATE TABLE write different texts for the same
/// table, so the columns are compared, not the CREATE statements.
QStringList schema(QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery objects(db);
    if (!objects.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE "
                                     "'sqlite_%' ORDER BY type, name")))
        return {QStringLiteral("error: ") + objects.lastQuery()};
    while (objects.next()) {
        const QString type = objects.value(0).toString(), name = objects.value(1).toString();
        if (type != QLatin1String("table")) {
            out << QStringLiteral("%1 %2 on %3").arg(type, name, objects.value(2).toString());
            continue;
        }
        QSqlQuery columns(db);
        columns.exec(
            QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1')")
                .arg(name));
        QStringList cols;
        while (columns.next())
            cols << QStringLiteral("%1 %2%3%4%5")
                        .arg(columns.value(0).toString(), columns.value(1).toString(),
                             columns.value(2).toInt() ? QStringLiteral(" not null") : QString(),
                             columns.value(3).isNull() ? QString()
                                                       : QStringLiteral(" = ") + columns.value(3).toString(),
                             columns.value(4).toInt() ? QStringLiteral(" key") : QString());
        cols.sort();
        out << QStringLiteral("table %1 (%2)").arg(name, cols.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace

class TestAreaMigrations : public QObject
{
    Q_OBJECT

    QStringList m_fresh;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = QDir(Test::freshDataDir(QStringLiteral("area-migrations-fresh")))
                                 .filePath(QStringLiteral("moulin.sqlite"));
        const DatabaseOpenResult fresh = Database::openAndMigrate(path);
        QVERIFY2(fresh.ok(), qPrintable(fresh.message));
        QSqlDatabase db = Database::connection();
        m_fresh = schema(db);
        Database::closeConnection();
        QVERIFY(m_fresh.size() > 20);
    }

    void everyMigrationInTheTreeIsInTheSequence()
    {
        // The highest number among modules/*/core/migrations/NNNN_*.sql.
        int highest = 0;
        const QRegularExpression number(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        QDirIterator it(QDir(Test::sourceDir()).filePath(QStringLiteral("modules")),
                        {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            it.next();
            if (!it.filePath().contains(QLatin1String("/migrations/")))
                continue;
            const QRegularExpressionMatch m = number.match(it.fileName());
            QVERIFY2(m.hasMatch(), qPrintable(it.filePath()));
            highest = std::max(highest, m.captured(1).toInt());
            ++files;
        }
        QVERIFY(files >= 10);
        QCOMPARE(Database::latestVersion(), highest);
    }

    void upgradeGivesTheFreshSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradeGivesTheFreshSchema()
    {
        QFETCH(int, from);
        const QString path = QDir(Test::freshDataDir(QStringLiteral("area-migrations")))
                                 .filePath(QStringLiteral("moulin.sqlite"));
        const DatabaseOpenResult created = Database::openAndMigrate(path, from);
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(created.currentVersion, from);
        Database::closeConnection();

        const DatabaseOpenResult upgraded = Database::openAndMigrate(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
        QCOMPARE(upgraded.previousVersion, from);
        QCOMPARE(upgraded.currentVersion, Database::latestVersion());
        QSqlDatabase db = Database::connection();
        const QStringList upgradedSchema = schema(db);
        Database::closeConnection();
        for (const QString& line : m_fresh)
            QVERIFY2(upgradedSchema.contains(line),
                     qPrintable(QStringLiteral("missing after the upgrade: ") + line));
        for (const QString& line : upgradedSchema)
            QVERIFY2(m_fresh.contains(line), qPrintable(QStringLiteral("only after the upgrade: ") + line));
    }
};

QTEST_GUILESS_MAIN(TestAreaMigrations)
#include "tst_areamigrations.moc"
