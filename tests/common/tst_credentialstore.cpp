// CredentialStore against a real Secret Service: the gnome-keyring that
// tests/support/with-keyring.sh starts, unlocked, inside its own D-Bus session.
#include "common/core/credentialstore.h"
#include "keychainsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Moulin;
using Status = CredentialStore::Status;
using Outcome = CredentialStore::Outcome;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore* m_store = nullptr;

    Outcome save(const QString& id, const QByteArray& secret)
    {
        return Test::saveSecret(*m_store, id, secret);
    }
    Outcome read(const QString& id) { return Test::readSecret(*m_store, id); }
    Outcome remove(const QString& id) { return Test::removeSecret(*m_store, id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        m_store = new CredentialStore(this);
    }

    void saveThenRead()
    {
        const QByteArray secret = Test::testSecret(QStringLiteral("save-read"));
        const Outcome saved = save(QStringLiteral("tst_a"), secret);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(saved.message.isEmpty());
        const Outcome got = read(QStringLiteral("tst_a"));
        QVERIFY2(got.ok(), qPrintable(got.message));
        QCOMPARE(got.secret, secret);
    }

    void overwrite()
    {
        QVERIFY(save(QStringLiteral("tst_a"), Test::testSecret(QStringLiteral("first"))).ok());
        const QByteArray second = Test::testSecret(QStringLiteral("second"));
        QVERIFY(save(QStringLiteral("tst_a"), second).ok());
        QCOMPARE(read(QStringLiteral("tst_a")).secret, second);
    }

    void binarySecretRoundTrips()
    {
        const QByteArray secret =
            Test::testSecret(QStringLiteral("binary")) + QByteArray("\x00\xff\x01\n\xc3", 5);
        QVERIFY(save(QStringLiteral("tst_bin"), secret).ok());
        QCOMPARE(read(QStringLiteral("tst_bin")).secret, secret);
        QVERIFY(remove(QStringLiteral("tst_bin")).ok());
    }

    void removeThenNotFound()
    {
        QVERIFY(save(QStringLiteral("tst_a"), Test::testSecret(QStringLiteral("to-remove"))).ok());
        const Outcome removed = remove(QStringLiteral("tst_a"));
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        const Outcome got = read(QStringLiteral("tst_a"));
        QCOMPARE(got.status, Status::NotFound);
        QVERIFY(got.secret.isEmpty());
        QCOMPARE(got.message, CredentialStore::messageFor(Status::NotFound));
        QVERIFY(!got.message.isEmpty());
    }

    void neverStoredIsNotFound() { QCOMPARE(read(QStringLiteral("tst_never")).status, Status::NotFound); }

    void removingNothingIsOk() { QCOMPARE(remove(QStringLiteral("tst_never")).status, Status::Ok); }

    void entriesArePerConnectorAndKey()
    {
        const QByteArray a = Test::testSecret(QStringLiteral("conn-a"));
        const QByteArray b = Test::testSecret(QStringLiteral("conn-b"));
        QVERIFY(save(QStringLiteral("tst_a"), a).ok());
        QVERIFY(save(QStringLiteral("tst_b"), b).ok());
        QCOMPARE(read(QStringLiteral("tst_a")).secret, a);
        QCOMPARE(read(QStringLiteral("tst_b")).secret, b);
        const Outcome otherKey =
            Test::readEntry(*m_store, QStringLiteral("tst_a"), QStringLiteral("refresh_token"));
        QCOMPARE(otherKey.status, Status::NotFound);
        QVERIFY(remove(QStringLiteral("tst_a")).ok());
        QCOMPARE(read(QStringLiteral("tst_b")).secret, b);
        QVERIFY(remove(QStringLiteral("tst_b")).ok());
    }

    void callbackDroppedWhenContextIsGone()
    {
        QVERIFY(save(QStringLiteral("tst_ctx"), Test::testSecret(QStringLiteral("ctx"))).ok());
        bool called = false;
        auto* context = new QObject;
        m_store->read(QStringLiteral("tst_ctx"), CredentialStore::clientSecretKey(), context,
                      [&called](const Outcome&) { called = true; });
        delete context;
        // Jobs run in order: once a later one is done, the first one is too.
        QVERIFY(remove(QStringLiteral("tst_ctx")).ok());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void messagesSayWhatToDo()
    {
        QVERIFY(CredentialStore::messageFor(Status::Ok).isEmpty());
        for (Status s : {Status::NotFound, Status::NoBackend, Status::AccessDenied, Status::Failed})
            QVERIFY(!CredentialStore::messageFor(s).isEmpty());
        QVERIFY(CredentialStore::messageFor(Status::NoBackend).contains(QLatin1String("GNOME Keyring")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
