// How contacts compare: e-mails trimmed and lower-cased (Gmail dots kept),
// phone numbers to E.164 (French by default, +33 and 0 prefixes one number),
// names with accents and case folded; invalid entries flagged, with no key.

#include "crm/core/contactkeys.h"

#include <QTest>

using namespace Moulin;

class TestContactKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emails()
    {
        QCOMPARE(ContactKeys::email(QStringLiteral("  Marie.Dupont@Gmail.COM ")).key,
                 QStringLiteral("marie.dupont@gmail.com"));
        // Gmail's dots are kept: two addresses.
        QVERIFY(ContactKeys::email(QStringLiteral("mariedupont@gmail.com")).key !=
                ContactKeys::email(QStringLiteral("marie.dupont@gmail.com")).key);
        for (const char* bad :
             {"marie.dupont", "marie@", "@gmail.com", "marie dupont@gmail.com", "a@b", "a@b..fr"}) {
            const ContactKeys::Email e = ContactKeys::email(QString::fromLatin1(bad));
            QVERIFY2(e.invalid, bad);
            QVERIFY2(e.key.isEmpty(), bad);
        }
        QVERIFY(!ContactKeys::email(QStringLiteral("  ")).invalid);
    }

    void phones()
    {
        for (const char* same : {"06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "06.12.34.56.78",
                                 "+33 (0)6 12 34 56 78"}) {
            const ContactKeys::Phone p = ContactKeys::phone(QString::fromLatin1(same));
            QVERIFY2(!p.invalid, same);
            QCOMPARE(p.e164, QStringLiteral("+33612345678"));
        }
        const ContactKeys::Phone p = ContactKeys::phone(QStringLiteral("0612345678"));
        QCOMPARE(p.national, QStringLiteral("0612345678"));
        // Shown as the French write it; stored and matched as E.164.
        QCOMPARE(p.display, QStringLiteral("06 12 34 56 78"));
        QCOMPARE(p.international, QStringLiteral("+33 6 12 34 56 78"));
        QCOMPARE(ContactKeys::phone(QStringLiteral("+33612345678")).display,
                 QStringLiteral("06 12 34 56 78"));
        // A foreign number with its country code stays foreign, shown with it.
        const ContactKeys::Phone uk = ContactKeys::phone(QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(uk.e164, QStringLiteral("+442079460958"));
        QCOMPARE(uk.display, QStringLiteral("+44 20 7946 0958"));
        // Another restaurant's region: a French number is foreign there.
        QCOMPARE(ContactKeys::phone(QStringLiteral("+33612345678"), QStringLiteral("BE")).display,
                 QStringLiteral("+33 6 12 34 56 78"));
        // Kept as entered, flagged, no key.
        const ContactKeys::Phone bad = ContactKeys::phone(QStringLiteral("06 12 34"));
        QVERIFY(bad.invalid);
        QVERIFY(bad.e164.isEmpty());
        QCOMPARE(bad.display, QStringLiteral("06 12 34"));
        QVERIFY(ContactKeys::phone(QStringLiteral("pas de téléphone")).invalid);
    }

    void names()
    {
        QCOMPARE(ContactKeys::name(QStringLiteral("Élodie  DUPRÉ-Martin")),
                 QStringLiteral("elodie dupre martin"));
        QCOMPARE(ContactKeys::name(QStringLiteral("François Lefèvre")),
                 ContactKeys::name(QStringLiteral("FRANCOIS LEFEVRE")));
        QVERIFY(ContactKeys::similarNames(QStringLiteral("marie dupont"), QStringLiteral("dupont marie")));
        QVERIFY(ContactKeys::similarNames(QStringLiteral("marie dupont"), QStringLiteral("m dupont")));
        QVERIFY(ContactKeys::similarNames(QStringLiteral("marie dupont"), QStringLiteral("marie dupond")));
        // A family sharing an e-mail: not one person.
        QVERIFY(!ContactKeys::similarNames(QStringLiteral("marie dupont"), QStringLiteral("paul dupont")));
        QVERIFY(!ContactKeys::similarNames(QStringLiteral("marie dupont"), QStringLiteral("marie dupont")));
    }
};

QTEST_GUILESS_MAIN(TestContactKeys)
#include "tst_contactkeys.moc"
