#include "common/core/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <filesystem>

namespace Test = Moulin::Test;
using Moulin::Database;
using Moulin::DatabaseOpenResult;
using Status = Moulin::DatabaseOpenResult::Status;
using Test::execAll;
using Test::scalar;

namespace {

std::filesystem::file_time_type mtime(const QString& path)
{
    return std::filesystem::last_write_time(std::filesystem::path(path.toStdString()));
}

/// Puts the mtime far in the past, so that any write would visibly move it.
void ageFile(const QString& path)
{
    std::filesystem::last_write_time(std::filesystem::path(path.toStdString()),
                                     std::filesystem::file_time_type::clock::now() -
                                         std::chrono::hours(24 * 365));
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

/// A raw connection outside Database (to tamper with files like a user would).
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name = QStringLiteral("tst-raw");
};

/// Rows written at version `v` (into the tables that version creates) and
/// how to check them after the upgrade. A new migration adds its own entry.
struct Fixture
{
    int version;
    QStringList inserts;
    QString check; // a query returning one value, on the latest schema
    QVariant expected;
    /// The same rows written on a schema from version `movedAt` on, when that
    /// version moved the tables (0: never moved).
    QStringList insertsAtLatest = {};
    int movedAt = 0;
    const QStringList& insertsFor(int schemaVersion) const
    {
        return movedAt > 0 && schemaVersion >= movedAt ? insertsAtLatest : inserts;
    }
};

/// Every migration file, the common ones and each area's (:/migrations/<area>/), by number.
QStringList migrationFiles()
{
    const QDir root(QStringLiteral(":/migrations"));
    QStringList files = root.entryList(QDir::Files, QDir::Name);
    for (const QString& area : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files += QDir(root.filePath(area)).entryList(QDir::Files, QDir::Name);
    files.sort();
    return files;
}

QList<Fixture> fixtures()
{
    return {
        {1,
         {QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('first_start', '2024-05-01T12:00:00Z')"),
          QStringLiteral("INSERT INTO sync_cursor(connector, feed, cursor, updated_at) VALUES ('lightspeed', "
                         "'transactions', 'c-42', '2024-05-01T12:00:00Z')"),
          QStringLiteral(
              "INSERT INTO outbox(connector, kind, idempotency_key, payload, state, attempts, created_at, "
              "updated_at) VALUES ('lightspeed', 'order', 'idem-1', x'00ff', 'pending', 0, "
              "'2024-05-01T12:00:00Z', '2024-05-01T12:00:00Z')"),
          QStringLiteral(
              "INSERT INTO operation_log(at, connector, feed, method, path, status, latency_ms, attempt, "
              "error) VALUES ('2024-05-01T12:00:00Z', 'lightspeed', 'transactions', 'GET', '/tx', 200, "
              "35, 1, NULL)")},
         QStringLiteral(
             "SELECT (SELECT value FROM app_meta WHERE key = 'first_start') || '|' || "
             "(SELECT cursor FROM sync_cursor WHERE connector = 'lightspeed') || '|' || "
             "(SELECT hex(payload) || state FROM outbox WHERE idempotency_key = 'idem-1') || '|' || "
             "(SELECT method || path || status FROM operation_log)"),
         QStringLiteral("2024-05-01T12:00:00Z|c-42|00FFpending|GET/tx200")},
        {2,
         {QStringLiteral("INSERT INTO connector_state(connector, state, breaker_state) VALUES ('lightspeed', "
                         "'ok', 'closed')"),
          QStringLiteral(
              "INSERT INTO sync_run(connector, feed, started_at, records, ok) VALUES ('lightspeed', "
              "'menu_items', '2024-05-01T12:00:00Z', 12, 1)")},
         QStringLiteral("SELECT (SELECT state || breaker_state FROM connector_state) || '|' || "
                        "(SELECT feed || records FROM sync_run)"),
         QStringLiteral("okclosed|menu_items12")},
        {3,
         {QStringLiteral(
              "UPDATE outbox SET next_attempt_at = '2024-05-01T12:05:00Z', http_status = 503 WHERE "
              "idempotency_key = 'idem-1'"),
          QStringLiteral("UPDATE sync_run SET pages = 3 WHERE feed = 'menu_items'")},
         QStringLiteral(
             "SELECT (SELECT next_attempt_at || http_status FROM outbox WHERE idempotency_key = 'idem-1') "
             "|| '|' || (SELECT pages FROM sync_run WHERE feed = 'menu_items')"),
         QStringLiteral("2024-05-01T12:05:00Z503|3")},
        {4,
         {QStringLiteral(
              "INSERT INTO pos_receipt(receipt_id, closed_at, day, hour, weekday, service, covers, "
              "gross_cents, net_cents, tax_cents, content_hash) VALUES ('R1', "
              "'2024-05-01T11:00:00.000Z', '2024-05-01', 13, 3, 0, 2, 4200, 3818, 382, 7)"),
          QStringLiteral(
              "INSERT INTO pos_sale_line(receipt_id, line_id, sku, quantity_milli, gross_cents, "
              "net_cents, tax_cents, tax_code, vat_bp) VALUES ('R1', '1', 'BOEUF', 2000, 4200, 3818, "
              "382, 'TVA10', 1000)"),
          QStringLiteral("INSERT INTO pos_rollup_daily(day, service, gross_cents, receipts) VALUES "
                         "('2024-05-01', 0, 4200, 1)"),
          QStringLiteral("INSERT INTO pos_item(item_id, sku, remote_price_cents, local_state) VALUES ('I1', "
                         "'BOEUF', 2100, 'pending')"),
          QStringLiteral(
              "INSERT INTO pos_quarantine(at, receipt_id, reason_code, reason, payload_hash) VALUES "
              "('2024-05-01T12:00:00Z', 'R2', 'unknown_sku', 'line 1', 1)")},
         QStringLiteral(
             "SELECT (SELECT gross_cents || covers FROM pos_receipt) || '|' || (SELECT sku || "
             "quantity_milli FROM pos_sale_line) || '|' || (SELECT sum(gross_cents) FROM "
             "pos_rollup_daily) || '|' || (SELECT local_state FROM pos_item) || '|' || (SELECT "
             "reason_code || feed || record_key FROM quarantine WHERE reason_code = 'unknown_sku')"),
         QStringLiteral("42002|BOEUF2000|4200|pending|unknown_skutransactionsR2"),
         {QStringLiteral(
              "INSERT INTO pos_receipt(receipt_id, closed_at, day, hour, weekday, service, covers, "
              "gross_cents, net_cents, tax_cents, content_hash) VALUES ('R1', "
              "'2024-05-01T11:00:00.000Z', '2024-05-01', 13, 3, 0, 2, 4200, 3818, 382, 7)"),
          QStringLiteral(
              "INSERT INTO pos_sale_line(receipt_id, line_id, sku, quantity_milli, gross_cents, "
              "net_cents, tax_cents, tax_code, vat_bp) VALUES ('R1', '1', 'BOEUF', 2000, 4200, 3818, "
              "382, 'TVA10', 1000)"),
          QStringLiteral("INSERT INTO pos_rollup_daily(day, service, gross_cents, receipts) VALUES "
                         "('2024-05-01', 0, 4200, 1)"),
          QStringLiteral("INSERT INTO pos_item(item_id, sku, remote_price_cents, local_state) VALUES ('I1', "
                         "'BOEUF', 2100, 'pending')"),
          QStringLiteral(
              "INSERT INTO quarantine(at, feed, record_key, reason_code, reason, payload_hash) VALUES "
              "('2024-05-01T12:00:00Z', 'transactions', 'R2', 'unknown_sku', 'line 1', 1)")},
         8},
        {5,
         {QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA55', 550)"),
          QStringLiteral("UPDATE pos_tax_rate SET vat_bp = 550 WHERE tax_code = 'TVA55'"),
          QStringLiteral("UPDATE pos_tax_rate SET synced_at = '2024-05-01T12:00:00Z'")},
         QStringLiteral(
             "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
             "'pos\\_%\\_reference\\_%' ESCAPE '\\') || '|' || (SELECT count(*) FROM sqlite_master "
             "WHERE type = 'index' AND name = 'pos_payment_method')"),
         QStringLiteral("6|0")},
        {6,
         {QStringLiteral("INSERT INTO pos_payment_method(code, name, accounting_reference) VALUES ('CASH', "
                         "'Espèces', '53000000')"),
          QStringLiteral("UPDATE pos_tax_rate SET accounting_reference = '44571300', tax_included = 1"),
          QStringLiteral("UPDATE pos_quarantine SET resolution = 'released'")},
         QStringLiteral("SELECT (SELECT code || accounting_reference FROM pos_payment_method) || '|' || "
                        "(SELECT resolution FROM quarantine WHERE record_key = 'R2')"),
         QStringLiteral("CASH53000000|released"),
         {QStringLiteral("INSERT INTO pos_payment_method(code, name, accounting_reference) VALUES ('CASH', "
                         "'Espèces', '53000000')"),
          QStringLiteral("UPDATE pos_tax_rate SET accounting_reference = '44571300', tax_included = 1"),
          QStringLiteral("UPDATE quarantine SET resolution = 'released' WHERE record_key = 'R2'")},
         8},
        {7,
         {QStringLiteral("INSERT INTO quarantine(at, connector, feed, record_key, reason_code, reason, "
                         "payload, payload_hash) VALUES ('2024-05-02T12:00:00Z', 'thefork', 'reservations', "
                         "'B1', 'malformed_booking', 'no date', '{}', 2)")},
         QStringLiteral("SELECT connector || feed || record_key FROM quarantine WHERE reason_code = "
                        "'malformed_booking'"),
         QStringLiteral("theforkreservationsB1")},
        {8,
         {},
         QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'pos_quarantine') || '|' || "
                        "(SELECT count(*) FROM quarantine)"),
         QStringLiteral("0|2")},
        {31,
         {},
         QStringLiteral("SELECT count(*) FROM pragma_table_info('pos_receipt') WHERE name = 'table_number'"),
         QStringLiteral("1")},
    };
}

/// The numbers of the migrations this test links (the common ones and the
/// sales area's; other areas' numbers are gaps here: tst_areamigrations
/// checks the whole sequence).
QList<int> migrationNumbers()
{
    QList<int> numbers;
    for (const QString& file : migrationFiles())
        numbers.append(file.left(4).toInt());
    return numbers;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    void checkFreshSchema()
    {
        QSqlDatabase db = Database::connection();
        QVERIFY(db.isOpen());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1);  // NORMAL
        QCOMPARE(db.connectionName(), Database::connection().connectionName()); // one per thread

        for (const char* table :
             {"app_meta", "sync_cursor", "outbox", "operation_log", "connector_state", "sync_run"})
            QVERIFY2(db.tables().contains(QLatin1String(table)), table);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('operation_log') "
                                           "WHERE name = 'request_id'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                           "AND name = 'operation_log_connector_at'"))
                     .toInt(),
                 1);

        // Constraints of the outbox.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox(idempotency_key) VALUES ('k1')")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT state || attempts FROM outbox")).toString(),
                 QStringLiteral("pending0"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox(idempotency_key) VALUES ('k1')"))); // UNIQUE
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox(connector) VALUES ('x')")));        // NOT NULL
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox(idempotency_key, state) VALUES ('k2', 'lost')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO outbox(idempotency_key, state) VALUES ('k3', 'rejected')")));
    }

private Q_SLOTS:
    void cleanup()
    {
        Database::closeConnection();
        Database::setMigrationsDirectory({});
    }

    void multipliersReadAsPercentagesImportAgain()
    {
        // A database of an earlier version holding VAT rates of 1.1 % (the
        // till's multiplier 1.1 read as a percentage) imports its sales
        // history again; one with right rates keeps its cursor.
        for (const int bp : {110, 1000}) {
            const QString path = QDir(Test::freshDataDir(QStringLiteral("db-vat%1").arg(bp)))
                                     .filePath(QStringLiteral("moulin.sqlite"));
            QVERIFY(Database::openAndMigrate(path, 5).ok());
            {
                QSqlDatabase db = Database::connection();
                QVERIFY(execAll(
                    db, {QStringLiteral("INSERT INTO sync_cursor(connector, feed, cursor) VALUES "
                                        "('lightspeed', 'transactions', '{\"since\":\"x\"}'), "
                                        "('lightspeed', 'menu_items', '{}')"),
                         QStringLiteral("INSERT INTO pos_sale_line(receipt_id, line_id, quantity_milli, "
                                        "gross_cents, net_cents, tax_cents, tax_code, vat_bp) VALUES "
                                        "('R1', '1', 1000, 1100, 1000, 100, 'VAT10', %1)")
                             .arg(bp)}));
            }
            Database::closeConnection();
            QVERIFY(Database::openAndMigrate(path).ok());
            QSqlDatabase db = Database::connection();
            QCOMPARE(
                scalar(db, QStringLiteral(
                               "SELECT group_concat(feed) FROM (SELECT feed FROM sync_cursor ORDER BY feed)"))
                    .toString(),
                bp == 110 ? QStringLiteral("menu_items") : QStringLiteral("menu_items,transactions"));
            Database::closeConnection();
        }
    }

    void areaMigrationsJoinTheSequence()
    {
        // The sales area's schema lives in its own folder, in one numbering
        // with the common migrations.
        const QStringList pos = QDir(QStringLiteral(":/migrations/pos")).entryList(QDir::Files, QDir::Name);
        QVERIFY(pos.contains(QStringLiteral("0004_pos_sales.sql")));
        QVERIFY(!QDir(QStringLiteral(":/migrations"))
                     .entryList(QDir::Files)
                     .contains(QStringLiteral("0004_pos_sales.sql")));
    }

    void areaMigrationsAppliedAfterTheCommonOnes()
    {
        // A database brought to the common schema by a program without the
        // sales area (numbers 1-3 and 7), then opened by the application:
        // the area's migrations (4-6, 8) are applied, the common ones not again.
        const QString dir = Test::freshDataDir(QStringLiteral("db-area-later"));
        const QString common = dir + QStringLiteral("/common");
        QVERIFY(QDir().mkpath(common));
        const QDir root(QStringLiteral(":/migrations"));
        for (const QString& name : root.entryList(QDir::Files, QDir::Name))
            QVERIFY(QFile::copy(root.filePath(name), QDir(common).filePath(name)));
        const QString path = dir + QStringLiteral("/moulin.sqlite");
        Database::setMigrationsDirectory(common);
        const DatabaseOpenResult first = Database::openAndMigrate(path);
        Database::setMigrationsDirectory(QString());
        QVERIFY2(first.ok(), qPrintable(first.message));
        QVERIFY(!Database::connection().tables().contains(QStringLiteral("pos_receipt")));
        QVERIFY(Database::connection().tables().contains(QStringLiteral("quarantine")));
        Database::closeConnection();

        const DatabaseOpenResult full = Database::openAndMigrate(path);
        QVERIFY2(full.ok(), qPrintable(full.message));
        QSqlDatabase db = Database::connection();
        QVERIFY(db.tables().contains(QStringLiteral("pos_receipt")));
        QVERIFY(!db.tables().contains(QStringLiteral("pos_quarantine")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migration")).toInt(),
                 int(migrationFiles().size()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        Database::closeConnection();
    }

    void databaseFromBeforeTheRecordKeepsItsMigrations()
    {
        // A file written by an earlier Moulin: no schema_migration table,
        // user_version 6 (common 1-3, sales 4-6). Only 7 and 8 are applied.
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-legacy"))).filePath(QStringLiteral("moulin.sqlite"));
        QVERIFY(Database::openAndMigrate(path, 6).ok());
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DROP TABLE schema_migration")));
        QVERIFY(
            Database::exec(Database::connection(),
                           QStringLiteral("INSERT INTO pos_quarantine(at, receipt_id, reason_code, reason, "
                                          "payload_hash) VALUES ('2024-05-01T12:00:00Z', 'R9', "
                                          "'unknown_sku', 'line 1', 9)")));
        Database::closeConnection();
        const DatabaseOpenResult upgraded = Database::openAndMigrate(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
        QCOMPARE(upgraded.previousVersion, 6);
        QSqlDatabase db = Database::connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT record_key FROM quarantine")).toString(),
                 QStringLiteral("R9"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM schema_migration WHERE version <= 6")).toInt(),
            6);
        Database::closeConnection();
    }

    void duplicateNumberAcrossAreasIsRefused()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("db-dup-migrations"));
        QVERIFY(QDir(dir).mkpath(QStringLiteral("migrations/pos")));
        QVERIFY(Test::writeFile(dir + QStringLiteral("/migrations/0001_initial.sql"),
                                "CREATE TABLE a (x INTEGER);"));
        QVERIFY(Test::writeFile(dir + QStringLiteral("/migrations/0002_common.sql"),
                                "CREATE TABLE b (x INTEGER);"));
        QVERIFY(Test::writeFile(dir + QStringLiteral("/migrations/pos/0002_area.sql"),
                                "CREATE TABLE c (x INTEGER);"));
        Database::setMigrationsDirectory(dir + QStringLiteral("/migrations"));
        const DatabaseOpenResult result = Database::openAndMigrate(dir + QStringLiteral("/dup.sqlite"));
        Database::setMigrationsDirectory(QString());
        Database::closeConnection();
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QStringLiteral("0002_common.sql")) &&
                     result.message.contains(QStringLiteral("0002_area.sql")),
                 qPrintable(result.message));
    }

    void migrationsAreContiguous()
    {
        const QStringList files = migrationFiles();
        QVERIFY(files.size() >= 2);
        const QList<int> numbers = migrationNumbers();
        QCOMPARE(Database::latestVersion(), numbers.last());
        // The common migrations start the sequence; numbers only go up.
        QVERIFY(files.first().startsWith(QStringLiteral("0001_")));
        for (qsizetype i = 1; i < numbers.size(); ++i)
            QVERIFY2(numbers.at(i) > numbers.at(i - 1), qPrintable(files.at(i)));
        QVERIFY(files.contains(QStringLiteral("0001_initial.sql")));
        QVERIFY(files.contains(QStringLiteral("0002_connector_state.sql")));
        // Every fixture version exists, and every version has a fixture.
        QCOMPARE(fixtures().size(), files.size());
    }

    void freshDatabase()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("db-fresh"));
        const QString path = QDir(dir).filePath(QStringLiteral("sub/moulin.sqlite"));
        const DatabaseOpenResult r = Database::openAndMigrate(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.previousVersion, 0);
        QCOMPARE(r.currentVersion, Database::latestVersion());
        QVERIFY(r.message.isEmpty());
        QCOMPARE(Database::path(), path);

        checkFreshSchema();
        if (QTest::currentTestFailed())
            return;

        // Reopening at the same version changes nothing.
        Database::closeConnection();
        const DatabaseOpenResult again = Database::openAndMigrate(path);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.previousVersion, Database::latestVersion());
        QCOMPARE(again.currentVersion, Database::latestVersion());
        QCOMPARE(scalar(Database::connection(), QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
    }

    void connectionFollowsPath()
    {
        const QString a =
            QDir(Test::freshDataDir(QStringLiteral("db-path-a"))).filePath(QStringLiteral("a.sqlite"));
        const QString b =
            QDir(Test::freshDataDir(QStringLiteral("db-path-b"))).filePath(QStringLiteral("b.sqlite"));
        QVERIFY(Database::openAndMigrate(a).ok());
        QVERIFY(Database::exec(Database::connection(),
                               QStringLiteral("INSERT INTO app_meta VALUES ('db', 'a')")));
        QVERIFY(Database::openAndMigrate(b).ok());
        QCOMPARE(Database::connection().databaseName(), b);
        QCOMPARE(scalar(Database::connection(), QStringLiteral("SELECT count(*) FROM app_meta")).toInt(), 0);
    }

    // All or nothing: the work's error rolls everything back, a broken
    // statement inside reports SQLite's message, and a transaction already
    // open is refused rather than silently nested.
    void transactionIsAllOrNothing()
    {
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-transaction"))).filePath(QStringLiteral("t.sqlite"));
        QVERIFY(Database::openAndMigrate(path).ok());
        QSqlDatabase db = Database::connection();
        auto count = [&] { return scalar(db, QStringLiteral("SELECT count(*) FROM app_meta")).toInt(); };
        const int before = count();
        auto insert = [&](const QString& key) {
            return Database::exec(db, QStringLiteral("INSERT INTO app_meta VALUES ('%1', 'v')").arg(key));
        };

        QString error;
        QVERIFY(Database::transaction(
            db, [&](QString*) { return insert(QStringLiteral("t1")) && insert(QStringLiteral("t2")); },
            &error));
        QCOMPARE(count(), before + 2);

        QVERIFY(!Database::transaction(
            db,
            [&](QString* e) {
                insert(QStringLiteral("t3"));
                *e = QStringLiteral("the work said no");
                return false;
            },
            &error));
        QCOMPARE(error, QStringLiteral("the work said no"));
        QCOMPARE(count(), before + 2);

        error.clear();
        QVERIFY(!Database::transaction(
            db,
            [&](QString* e) {
                insert(QStringLiteral("t4"));
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("INSERT INTO app_meta VALUES ('t1', 'again')"))) {
                    *e = q.lastError().text();
                    return false;
                }
                return true;
            },
            &error));
        QVERIFY2(error.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(count(), before + 2);

        QVERIFY(Database::exec(db, QStringLiteral("BEGIN")));
        error.clear();
        QVERIFY(!Database::transaction(
            db, [&](QString*) { return insert(QStringLiteral("t5")); }, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(Database::exec(db, QStringLiteral("ROLLBACK")));
        QCOMPARE(count(), before + 2);
    }

    // The committing connection never checkpoints a small WAL itself (its
    // threshold is 10,000 pages): the background checkpointer copies it into
    // the database file within a moment, without any call from us.
    void walCheckpointedInTheBackground()
    {
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-wal"))).filePath(QStringLiteral("wal.sqlite"));
        QVERIFY(Database::openAndMigrate(path).ok());
        QSqlDatabase db = Database::connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 10'000);
        const qint64 before = QFileInfo(path).size();
        // About 2 MB of pages in the WAL, in 20 commits.
        const QString filler(1000, QLatin1Char('x'));
        for (int commit = 0; commit < 20; ++commit) {
            QVERIFY(db.transaction());
            for (int i = 0; i < 100; ++i) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO app_meta(key, value) VALUES (?, ?)"));
                q.addBindValue(QStringLiteral("k%1-%2").arg(commit).arg(i));
                q.addBindValue(filler);
                QVERIFY(q.exec());
            }
            QVERIFY(db.commit());
        }
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 2'000'000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 2'000'000, 5000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM app_meta WHERE value = '%1'").arg(filler))
                     .toInt(),
                 2000);
    }

    void upgradeFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v : migrationNumbers()) {
            if (v < Database::latestVersion())
                QTest::addRow("from v%d", v) << v;
        }
    }

    void upgradeFromEveryVersion()
    {
        QFETCH(int, from);
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-upgrade"))).filePath(QStringLiteral("moulin.sqlite"));
        const DatabaseOpenResult created = Database::openAndMigrate(path, from);
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(created.currentVersion, from);
        {
            QSqlDatabase db = Database::connection();
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), from);
            for (const Fixture& f : fixtures()) {
                if (f.version <= from)
                    QVERIFY(execAll(db, f.insertsFor(from)));
            }
            if (from < 2) // the v2 table does not exist yet
                QVERIFY(!db.tables().contains(QStringLiteral("connector_state")));
        }
        Database::closeConnection();

        const DatabaseOpenResult upgraded = Database::openAndMigrate(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
        QCOMPARE(upgraded.previousVersion, from);
        QCOMPARE(upgraded.currentVersion, Database::latestVersion());

        QSqlDatabase db = Database::connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        for (const Fixture& f : fixtures()) {
            if (f.version <= from)
                QCOMPARE(scalar(db, f.check), f.expected);
            else // tables of later versions exist and are empty
                QVERIFY(execAll(db, f.insertsFor(Database::latestVersion())));
        }
        // The v2 ALTER kept the existing operation_log row, with a NULL request_id.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM operation_log WHERE request_id IS NULL "
                                           "AND method = 'GET'"))
                     .toInt(),
                 1);
    }

    void newerDatabaseRefusedUntouched_data()
    {
        QTest::addColumn<int>("diskVersion");
        QTest::addColumn<int>("target");
        QTest::addRow("newer than the app") << Database::latestVersion() + 1 << Database::latestVersion();
        QTest::addRow("newer than the target") << Database::latestVersion() << 1;
    }

    void newerDatabaseRefusedUntouched()
    {
        QFETCH(int, diskVersion);
        QFETCH(int, target);
        const QString dir = Test::freshDataDir(QStringLiteral("db-newer"));
        const QString path = QDir(dir).filePath(QStringLiteral("moulin.sqlite"));
        QVERIFY(Database::openAndMigrate(path).ok());
        QVERIFY(
            Database::exec(Database::connection(), QStringLiteral("INSERT INTO app_meta VALUES ('k', 'v')")));
        Database::closeConnection();
        {
            RawConnection raw(path);
            QVERIFY(Database::exec(raw.db(), QStringLiteral("PRAGMA user_version = %1").arg(diskVersion)));
        }
        // The last connection closed: WAL checkpointed, -wal/-shm gone.
        QCOMPARE(dirEntries(dir), QStringList{QStringLiteral("moulin.sqlite")});
        ageFile(path);
        const QByteArray before = Test::readFile(path);
        const auto mtimeBefore = mtime(path);
        const QString previousPath = Database::path();
        QVERIFY(previousPath == path);

        const DatabaseOpenResult r = Database::openAndMigrate(path, target);
        QCOMPARE(r.status, Status::TooNew);
        QVERIFY(!r.ok());
        QCOMPARE(r.previousVersion, diskVersion);
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("newer version of Moulin")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QString::number(diskVersion)), qPrintable(r.message));

        QCOMPARE(Test::readFile(path), before);
        QVERIFY(mtime(path) == mtimeBefore);
        QCOMPARE(dirEntries(dir), QStringList{QStringLiteral("moulin.sqlite")}); // not even a -wal/-shm
    }

    void corruptFileReportedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("random bytes") << QStringLiteral("random");
        QTest::addRow("text file") << QStringLiteral("text");
        QTest::addRow("truncated, garbage header") << QStringLiteral("garbage-header");
        QTest::addRow("truncated, valid header") << QStringLiteral("truncated");
        QTest::addRow("tiny file") << QStringLiteral("tiny");
        QTest::addRow("damaged schema page") << QStringLiteral("damaged-page");
    }

    void corruptFileReportedUntouched()
    {
        QFETCH(QString, kind);
        const QString dir = Test::freshDataDir(QStringLiteral("db-corrupt"));
        const QString path = QDir(dir).filePath(QStringLiteral("moulin.sqlite"));

        QByteArray bytes;
        if (kind == QLatin1String("random")) {
            bytes.resize(8192);
            for (char& c : bytes)
                c = char(QRandomGenerator::global()->bounded(256));
        } else if (kind == QLatin1String("text")) {
            bytes = QByteArrayLiteral("these are my notes, not a database\n").repeated(100);
        } else if (kind == QLatin1String("tiny")) {
            bytes = QByteArrayLiteral("SQLite format 3");
        } else {
            // A real database with several pages.
            const QString real = QDir(dir).filePath(QStringLiteral("real.sqlite"));
            QVERIFY(Database::openAndMigrate(real).ok());
            QSqlDatabase db = Database::connection();
            for (int i = 0; i < 200; ++i)
                QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO app_meta VALUES ('k%1', '%2')")
                                               .arg(i)
                                               .arg(QString(200, QLatin1Char('x')))));
            db = QSqlDatabase();
            Database::closeConnection();
            bytes = Test::readFile(real);
            QVERIFY(QFile::remove(real));
            QVERIFY(bytes.size() >= 8 * 4096);
            if (kind == QLatin1String("garbage-header")) {
                bytes.truncate(bytes.size() / 2);
                for (int i = 0; i < 100; ++i)
                    bytes[i] = char(0xA5 ^ i);
            } else if (kind == QLatin1String("truncated")) {
                bytes.truncate(4096 * 2);
            } else { // damaged-page: scribble over sqlite_master's page content
                for (int i = 100; i < 4096; ++i)
                    bytes[i] = char(0xFF);
            }
        }
        QVERIFY(Test::writeFile(path, bytes));
        ageFile(path);
        const auto mtimeBefore = mtime(path);
        const QStringList entriesBefore = dirEntries(dir);

        const DatabaseOpenResult r = Database::openAndMigrate(path);
        QCOMPARE(r.status, Status::Corrupt);
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("damaged")), qPrintable(r.message));
        QCOMPARE(Test::readFile(path), bytes);
        QVERIFY(mtime(path) == mtimeBefore);
        QCOMPARE(dirEntries(dir), entriesBefore);
    }

    void failingMigrationRollsBack()
    {
        // The real migrations plus a broken third one.
        const QString migrations = Test::freshDataDir(QStringLiteral("db-migrations"));
        const QDir root(QStringLiteral(":/migrations"));
        for (const QString& name : root.entryList(QDir::Files, QDir::Name))
            QVERIFY(QFile::copy(root.filePath(name), QDir(migrations).filePath(name)));
        for (const QString& area : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QVERIFY(QDir(migrations).mkpath(area));
            for (const QString& name : QDir(root.filePath(area)).entryList(QDir::Files, QDir::Name))
                QVERIFY(QFile::copy(root.filePath(area + QLatin1Char('/') + name),
                                    QDir(migrations).filePath(area + QLatin1Char('/') + name)));
        }
        const int broken = Database::latestVersion() + 1;
        const QString brokenName = QStringLiteral("%1_broken.sql").arg(broken, 4, 10, QLatin1Char('0'));
        QVERIFY(Test::writeFile(QDir(migrations).filePath(brokenName),
                                "CREATE TABLE half_done (x INTEGER);\n"
                                "INSERT INTO app_meta VALUES ('half', 'done');\n"
                                "ALTER TABLE operation_log ADD COLUMN extra TEXT;\n"
                                "INSERT INTO no_such_table VALUES (1);\n"));
        Database::setMigrationsDirectory(migrations);
        QCOMPARE(Database::latestVersion(), broken);

        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-rollback"))).filePath(QStringLiteral("moulin.sqlite"));
        QVERIFY(Database::openAndMigrate(path, broken - 1).ok());
        QVERIFY(
            Database::exec(Database::connection(), QStringLiteral("INSERT INTO app_meta VALUES ('k', 'v')")));
        Database::closeConnection();

        const DatabaseOpenResult r = Database::openAndMigrate(path);
        QCOMPARE(r.status, Status::MigrationFailed);
        QCOMPARE(r.previousVersion, broken - 1);
        QVERIFY2(r.message.contains(brokenName), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("no_such_table")), qPrintable(r.message));

        RawConnection raw(path);
        QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), broken - 1);
        QVERIFY(!raw.db().tables().contains(QStringLiteral("half_done")));
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT group_concat(key) FROM app_meta")).toString(),
                 QStringLiteral("k"));
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT count(*) FROM pragma_table_info('operation_log') "
                                                 "WHERE name = 'extra'"))
                     .toInt(),
                 0);
    }

    void failingMigrationOnNewFileLeavesNothing()
    {
        const QString migrations = Test::freshDataDir(QStringLiteral("db-migrations-new"));
        QVERIFY(Test::writeFile(QDir(migrations).filePath(QStringLiteral("0001_bad.sql")),
                                "CREATE TABLE t (x;\n"));
        Database::setMigrationsDirectory(migrations);
        const QString dir = Test::freshDataDir(QStringLiteral("db-new-fail"));
        const DatabaseOpenResult r = Database::openAndMigrate(QDir(dir).filePath(QStringLiteral("m.sqlite")));
        QCOMPARE(r.status, Status::MigrationFailed);
        QVERIFY2(r.message.contains(QStringLiteral("0001_bad.sql")), qPrintable(r.message));
        QCOMPARE(dirEntries(dir), QStringList());
    }

    void numberLeftOutIsAppliedWhenItsFileComes()
    {
        // Numbers may skip (an area not linked leaves its numbers out); a
        // migration is applied because it is not recorded, never skipped
        // because a higher number already was.
        const QString migrations = Test::freshDataDir(QStringLiteral("db-migrations-gap"));
        QVERIFY(Test::writeFile(QDir(migrations).filePath(QStringLiteral("0001_a.sql")),
                                "CREATE TABLE a (x);\n"));
        QVERIFY(Test::writeFile(QDir(migrations).filePath(QStringLiteral("0003_c.sql")),
                                "CREATE TABLE c (x);\n"));
        Database::setMigrationsDirectory(migrations);
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-gap"))).filePath(QStringLiteral("m.sqlite"));
        DatabaseOpenResult r = Database::openAndMigrate(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.currentVersion, 3);
        Database::closeConnection();
        QVERIFY(Test::writeFile(QDir(migrations).filePath(QStringLiteral("0002_b.sql")),
                                "CREATE TABLE b (x);\n"));
        r = Database::openAndMigrate(path);
        Database::setMigrationsDirectory(QString());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(Database::connection().tables().contains(QStringLiteral("b")));
        QCOMPARE(
            scalar(Database::connection(), QStringLiteral("SELECT group_concat(version) FROM (SELECT "
                                                          "version FROM schema_migration ORDER BY version)"))
                .toString(),
            QStringLiteral("1,2,3"));
        Database::closeConnection();
    }

    void inconsistentMigrationsRefused_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("expected");
        QTest::addRow("duplicate") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0001_b.sql")}
                                   << QStringLiteral("same number");
        QTest::addRow("transaction control")
            << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0002_commit.sql")}
            << QStringLiteral("transaction control");
    }

    void inconsistentMigrationsRefused()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        const QString migrations = Test::freshDataDir(QStringLiteral("db-migrations-bad"));
        for (const QString& name : files) {
            const QByteArray sql = name.contains(QLatin1String("commit"))
                                       ? QByteArray("CREATE TABLE y (x);\nCOMMIT;\n")
                                       : QByteArray("CREATE TABLE IF NOT EXISTS x (y);\n");
            QVERIFY(Test::writeFile(QDir(migrations).filePath(name), sql));
        }
        Database::setMigrationsDirectory(migrations);
        const QString dir = Test::freshDataDir(QStringLiteral("db-bad-set"));
        const DatabaseOpenResult r =
            Database::openAndMigrate(QDir(dir).filePath(QStringLiteral("m.sqlite")), 2);
        QCOMPARE(r.status, Status::MigrationFailed);
        QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    }

    void notWritable()
    {
        // The folder cannot be created: a file stands where it should be.
        const QString dir = Test::freshDataDir(QStringLiteral("db-notwritable"));
        const QString blocker = QDir(dir).filePath(QStringLiteral("data"));
        QVERIFY(Test::writeFile(blocker, "not a folder"));
        const QString path = QDir(blocker).filePath(QStringLiteral("moulin.sqlite"));
        const DatabaseOpenResult r = Database::openAndMigrate(path);
        QCOMPARE(r.status, Status::NotWritable);
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("--data-dir")), qPrintable(r.message));
        QCOMPARE(Test::readFile(blocker), QByteArray("not a folder"));

        // The path is a folder.
        const DatabaseOpenResult folder = Database::openAndMigrate(dir);
        QCOMPARE(folder.status, Status::NotWritable);
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("two statements")
            << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);\n")
            << QStringList{QStringLiteral("CREATE TABLE a(x)"), QStringLiteral("CREATE TABLE b(y)")};
        QTest::addRow("no final semicolon")
            << QStringLiteral("  SELECT 1  ") << QStringList{QStringLiteral("SELECT 1")};
        QTest::addRow("only comments and blanks")
            << QStringLiteral("-- nothing; here\n/* nor; here */\n ;; \n") << QStringList();
        QTest::addRow("comments") << QStringLiteral(
                                         "-- header; with a semicolon\nCREATE TABLE a(x); /* block; "
                                         "comment */ INSERT INTO a VALUES(1); -- trailing; comment")
                                  << QStringList{QStringLiteral("CREATE TABLE a(x)"),
                                                 QStringLiteral("INSERT INTO a VALUES(1)")};
        QTest::addRow("comment inside a statement") << QStringLiteral("SELECT 1, -- one;\n 2 /* two; */ + 3;")
                                                    << QStringList{QStringLiteral("SELECT 1,  \n 2   + 3")};
        QTest::addRow("strings")
            << QStringLiteral("INSERT INTO a VALUES('x;y', 'it''s -- not /* a comment');")
            << QStringList{QStringLiteral("INSERT INTO a VALUES('x;y', 'it''s -- not /* a comment')")};
        QTest::addRow("quoted names")
            << QStringLiteral("CREATE TABLE \"we;ird\"(`a;b` INT, [c;d] TEXT, \"e\"\"f;\" INT); SELECT 2;")
            << QStringList{QStringLiteral("CREATE TABLE \"we;ird\"(`a;b` INT, [c;d] TEXT, \"e\"\"f;\" INT)"),
                           QStringLiteral("SELECT 2")};
        QTest::addRow("trigger")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                              "  UPDATE b SET y = 1;\n"
                              "  INSERT INTO c VALUES (CASE WHEN new.x > 0 THEN 'pos;' ELSE 'neg' END);\n"
                              "END;\n"
                              "CREATE TABLE z(q);")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE b SET y = 1;\n"
                                          "  INSERT INTO c VALUES (CASE WHEN new.x > 0 THEN "
                                          "'pos;' ELSE 'neg' END);\n"
                                          "END"),
                           QStringLiteral("CREATE TABLE z(q)")};
        QTest::addRow("temp trigger with WHEN CASE")
            << QStringLiteral("create temp trigger if not exists t2 before delete on a "
                              "when case old.x when 1 then 1 end = 1 begin select raise(abort, 'no;'); end ; "
                              "select 3")
            << QStringList{QStringLiteral("create temp trigger if not exists t2 before delete on a "
                                          "when case old.x when 1 then 1 end = 1 begin select raise(abort, "
                                          "'no;'); end"),
                           QStringLiteral("select 3")};
        QTest::addRow("columns named like keywords")
            << QStringLiteral(
                   "CREATE TRIGGER t3 AFTER UPDATE ON a BEGIN UPDATE a SET end_at = 1, case_id = 2; "
                   "END; SELECT 4;")
            << QStringList{
                   QStringLiteral("CREATE TRIGGER t3 AFTER UPDATE ON a BEGIN UPDATE a SET end_at = 1, "
                                  "case_id = 2; END"),
                   QStringLiteral("SELECT 4")};
        QTest::addRow("begin outside a trigger")
            << QStringLiteral("BEGIN; CREATE TABLE x(y); COMMIT;")
            << QStringList{QStringLiteral("BEGIN"), QStringLiteral("CREATE TABLE x(y)"),
                           QStringLiteral("COMMIT")};
        QTest::addRow("unterminated string")
            << QStringLiteral("SELECT 'abc; def") << QStringList{QStringLiteral("SELECT 'abc; def")};
    }

    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(Database::splitStatements(script), expected);
    }

    void splitTriggerRunsInSqlite()
    {
        // The split trigger really is one statement SQLite accepts.
        const QString path =
            QDir(Test::freshDataDir(QStringLiteral("db-trigger"))).filePath(QStringLiteral("moulin.sqlite"));
        QVERIFY(Database::openAndMigrate(path).ok());
        const QStringList statements = Database::splitStatements(QStringLiteral(
            "CREATE TABLE audit (what TEXT); -- log\n"
            "CREATE TRIGGER app_meta_audit AFTER INSERT ON app_meta BEGIN\n"
            "  INSERT INTO audit VALUES (CASE WHEN new.key = 'a' THEN 'a;' ELSE 'other' END);\n"
            "  INSERT INTO audit VALUES ('second');\n"
            "END;\n"
            "INSERT INTO app_meta VALUES ('a', '1');"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(execAll(Database::connection(), statements));
        QCOMPARE(scalar(Database::connection(), QStringLiteral("SELECT group_concat(what, ',') FROM audit")),
                 QVariant(QStringLiteral("a;,second")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
