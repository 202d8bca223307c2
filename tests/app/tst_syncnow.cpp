// `moulin --sync-now` as a scheduled job runs it: a real subprocess, its
// output and its exit code.
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Moulin;

class TestSyncNow : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run moulin(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless must not need a display at all
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOULIN_BINARY), args);
        if (!p.waitForFinished(60000))
            qFatal("moulin --sync-now did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
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

    void unsupportedConnectorIsSkipped()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("syncnow-skip"));
        AppPaths::setDataDir(dir);
        ConnectorConfig metro;
        metro.typeKey = QStringLiteral("supplier_type");
        metro.typeName = QStringLiteral("Metro");
        metro.connectorId = QStringLiteral("metro");
        metro.apiUrl = QUrl(QStringLiteral("https://api.metro.fr/"));
        metro.storeId = QStringLiteral("42");
        metro.authMethod = QStringLiteral("none");
        QVERIFY(ConnectorSettings::save(metro));

        const Run r = moulin({QStringLiteral("--sync-now"), QStringLiteral("--lang"), QStringLiteral("fr"),
                              QStringLiteral("--data-dir"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("metro")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ignoré")), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncNow)
#include "tst_syncnow.moc"
