// `moulin --sync-now` as a scheduled job runs it: a real subprocess, its
// output and its exit code.
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "programsupport.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace Moulin;

class TestSyncNow : public QObject
{
    Q_OBJECT

    using Run = Test::ProgramRun;

    static Run moulin(const QStringList& args)
    {
        return Test::runHeadless(QStringLiteral(MOULIN_BINARY), args, 60000);
    }

private Q_SLOTS:
    void nothingConfigured()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("syncnow-empty"));
        const Run r = moulin({QStringLiteral("--sync-now"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nothing to synchronise")), qPrintable(r.out + r.err));
    }

    void unknownConnector()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("syncnow-unknown"));
        const Run r =
            moulin({QStringLiteral("--sync-now"), QStringLiteral("--connector"), QStringLiteral("nope"),
                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"nope\"")), qPrintable(r.err));
    }

    void lightspeedAgainstStandaloneSandbox()
    {
        // The sandbox in its own process, as a developer or a scheduled job would see it.
        Test::StandaloneSandbox sandbox;
        const QString banner = sandbox.start(QStringLiteral(MOULIN_SANDBOX_BINARY), 4);
        QVERIFY(!banner.isEmpty());
        QVERIFY2(sandbox.baseUrl().isValid(), qPrintable(banner));
        QVERIFY(sandbox.baseUrl().port() > 0);

        const QString dir = Test::freshDataDir(QStringLiteral("syncnow-lightspeed"));
        AppPaths::setDataDir(dir);
        QVERIFY(ConnectorSettings::save(Test::standaloneLightspeed(sandbox.baseUrl())));
        AppPaths::settings()->setValue(QStringLiteral("pos/backfill_days"), 3);

        const Run r =
            moulin({QStringLiteral("--sync-now"), QStringLiteral("--connector"), QStringLiteral("lightspeed"),
                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir});
        sandbox.stop();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("lightspeed/transactions: OK")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("lightspeed/menu_items: OK")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("promotions"))); // disabled feed
        // Three days of a 150-receipt-a-day restaurant landed.
        const QRegularExpression records(QStringLiteral("transactions: OK — ([0-9 ,.\\x{202F}]+) record"));
        const auto match = records.match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        QString digits = match.captured(1);
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QVERIFY2(digits.toInt() > 100, qPrintable(r.out));
    }

    void failingFeedExitsNonZero()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("syncnow-down"));
        AppPaths::setDataDir(dir);
        ConnectorConfig pos;
        pos.typeKey = QStringLiteral("pos_type");
        pos.typeName = QStringLiteral("LightSpeed");
        pos.connectorId = QStringLiteral("lightspeed");
        pos.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/")); // nothing listens on the discard port
        pos.storeId = QStringLiteral("1");
        pos.authMethod = QStringLiteral("none");
        pos.retryAttempts = 0;
        pos.feeds = {{QStringLiteral("promotions"), true, 120}};
        QVERIFY(ConnectorSettings::save(pos));
        const Run r = moulin({QStringLiteral("--sync-now"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("lightspeed/promotions: FAILED")), qPrintable(r.out));
    }

    void unsupportedConnectorIsSkipped()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("syncnow-skip"));
        AppPaths::setDataDir(dir);
        // A type this version does not know (a settings file from a newer
        // one): configured, never synced.
        ConnectorConfig unknown;
        unknown.typeKey = QStringLiteral("crm_type");
        unknown.typeName = QStringLiteral("Mailchimp");
        unknown.connectorId = QStringLiteral("mailchimp");
        unknown.apiUrl = QUrl(QStringLiteral("https://us1.api.mailchimp.com/3.0/"));
        unknown.storeId = QStringLiteral("42");
        unknown.authMethod = QStringLiteral("none");
        QVERIFY(ConnectorSettings::save(unknown));

        const Run r = moulin({QStringLiteral("--sync-now"), QStringLiteral("--lang"), QStringLiteral("fr"),
                              QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("mailchimp")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ignoré")), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncNow)
#include "tst_syncnow.moc"
