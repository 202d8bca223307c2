// PKCE helpers (RFC 7636): the S256 challenge, and fresh verifiers and
// states.
#include "common/auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Moulin;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeMatchesRfc7636AppendixB()
    {
        QCOMPARE(Pkce::challenge(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifiersAreWellFormedAndFresh()
    {
        const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray verifier = Pkce::newVerifier();
            QVERIFY2(unreserved.match(QString::fromLatin1(verifier)).hasMatch(), verifier.constData());
            QCOMPARE(Pkce::challenge(verifier).size(), 43);
            seen.insert(verifier);
        }
        QCOMPARE(seen.size(), 50);
    }

    void statesAreFresh()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray state = Pkce::newState();
            QVERIFY(state.size() >= 20);
            QVERIFY(!state.contains('=') && !state.contains('+') && !state.contains('/'));
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
