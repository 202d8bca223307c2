// CredentialStore with no keyring at all (no session bus): every operation
// reports NoBackend with a message that says how to fix it, and the secret
// is written nowhere (no plaintext fallback).
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "keychainsupport.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using Status = CredentialStore::Status;
using Outcome = CredentialStore::Outcome;

class TestCredentialStoreNoBackend : public QObject
{
    Q_OBJECT

private:
    static void checkNoBackend(const Outcome& outcome)
    {
        QCOMPARE(outcome.status, Status::NoBackend);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.secret.isEmpty());
        QCOMPARE(outcome.message, CredentialStore::messageFor(Status::NoBackend));
        // Says what is missing and how to fix it.
        QVERIFY2(outcome.message.contains(QLatin1String("keyring")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("GNOME Keyring")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("KWallet")), qPrintable(outcome.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/bus"));
        initApplicationInfo();
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("credentialstore-nobackend")));
    }

    void saveReadRemoveReportNoBackend()
    {
        CredentialStore store;
        const QByteArray secret = Test::testSecret(QStringLiteral("nobackend"));
        const QString key = CredentialStore::clientSecretKey();

        checkNoBackend(Test::saveEntry(store, QStringLiteral("lightspeed"), key, secret));
        checkNoBackend(Test::readEntry(store, QStringLiteral("lightspeed"), key));
        checkNoBackend(Test::removeEntry(store, QStringLiteral("lightspeed"), key));

        // No plaintext fallback anywhere a QSettings or keychain fallback would write.
        const QStringList roots = Test::writableRoots();
        QVERIFY(roots.size() >= 4);
        const QStringList leaks = Test::filesContaining(roots, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        const QStringList anyMarker = Test::filesContaining(roots, QByteArray(Test::kSecretMarker));
        QVERIFY2(anyMarker.isEmpty(), qPrintable(anyMarker.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreNoBackend)
#include "tst_credentialstore_nobackend.moc"
