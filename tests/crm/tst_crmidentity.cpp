// Identity resolution on hand-made tricky cases: one channel guest id, +33 vs
// 0 prefixes with accents, a family sharing an e-mail, the same name for two
// people, the same phone with another name (review), a merge undone and
// never redone, invalid contacts never matched; receipts linked to visits by
// table and time; the profile's figures and the search.

#include "common/core/database.h"
#include "crm/core/contactkeys.h"
#include "crm/core/crmstore.h"
#include "crmtestsupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {
const QTimeZone kParis("Europe/Paris");
const QDate kDay(2026, 11, 3);
} // namespace

class TestCrmIdentity : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    CrmStore store()
    {
        return CrmStore([this] { return m_now; });
    }
    static QSqlDatabase db() { return Database::connection(); }
    void sync(CrmStore& s, FakeBook& book, FakeTill* till = nullptr)
    {
        QSqlDatabase d = db();
        const CrmStore::SyncResult r = s.sync(d, &book, till, 3);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("crmidentity"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void certainMatchesMergeAutomatically()
    {
        FakeBook book;
        // One TheFork guest, two bookings: one identity.
        book.bookings << FakeBook::booking("thefork", "b1", "g1", "Élodie Dupré", "+33 6 12 34 56 78", "",
                                           kDay)
                      << FakeBook::booking("thefork", "b2", "g1", "Élodie Dupré", "+33 6 12 34 56 78", "",
                                           kDay.addDays(7))
                      // The phone, "0" prefix, no accents, capitals: the same guest.
                      << FakeBook::booking("phone", "p1", "", "ELODIE DUPRE", "06 12 34 56 78",
                                           "elodie@example.fr", kDay.addDays(14))
                      // OpenTable, another phone, the same e-mail and name.
                      << FakeBook::booking("opentable", "o1", "og1", "Elodie Dupré", "07 00 00 00 01",
                                           "elodie@example.fr", kDay.addDays(21))
                      << FakeBook::booking("resy", "r1", "rg1", "élodie dupré", "", " Elodie@Example.FR ",
                                           kDay.addDays(28));
        CrmStore s = store();
        sync(s, book);
        QSqlDatabase d = db();
        QCOMPARE(s.profileCount(d), qint64(1));
        const qint64 id = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1"));
        QCOMPARE(s.profileOf(d, QStringLiteral("resy"), QStringLiteral("rg1")), id);
        const auto profile = s.profile(d, id);
        QVERIFY(profile);
        QCOMPARE(profile->summary.visits, 5);
        QCOMPARE(profile->identities.size(), 4);
        QCOMPARE(profile->summary.lastVisit, kDay.addDays(28));
        const QList<CrmMergeEntry> merges = s.merges(d);
        QCOMPARE(merges.size(), 3);
        for (const CrmMergeEntry& m : merges) {
            QVERIFY(m.automatic);
            // Both sides named (a profile merged as it was made has no name
            // of its own: its identities' is said).
            QVERIFY(!m.keptName.isEmpty());
            QVERIFY2(ContactKeys::name(m.absorbedName) == QStringLiteral("elodie dupre"),
                     qPrintable(m.absorbedName));
        }
        QVERIFY(s.openReviews(d).isEmpty());
    }

    void aSharedEmailAloneNeverMerges()
    {
        FakeBook book;
        // A family: one e-mail, different first names.
        book.bookings << FakeBook::booking("thefork", "b1", "g1", "Marie Dupont", "",
                                           "famille.dupont@example.fr", kDay)
                      << FakeBook::booking("thefork", "b2", "g2", "Paul Dupont", "",
                                           "famille.dupont@example.fr", kDay)
                      // The same name, two people: different phones, no e-mail.
                      << FakeBook::booking("phone", "p1", "", "Jean Martin", "06 11 11 11 11", "", kDay)
                      << FakeBook::booking("phone", "p2", "", "Jean Martin", "06 22 22 22 22", "", kDay);
        CrmStore s = store();
        sync(s, book);
        QSqlDatabase d = db();
        QCOMPARE(s.profileCount(d), qint64(4));
        QVERIFY(s.merges(d).isEmpty());
        QVERIFY(s.openReviews(d).isEmpty());
    }

    void invalidContactsAreKeptFlaggedAndNeverMatched()
    {
        FakeBook book;
        book.bookings << FakeBook::booking("phone", "p1", "", "Luc Morel", "06 12 34", "luc@", kDay)
                      << FakeBook::booking("phone", "p2", "", "Luc Morel", "06 12 34", "luc@",
                                           kDay.addDays(1));
        CrmStore s = store();
        sync(s, book);
        QSqlDatabase d = db();
        QCOMPARE(s.profileCount(d), qint64(2));
        const auto profile =
            s.profile(d, s.profileOf(d, QStringLiteral("phone"), QStringLiteral("booking:p1")));
        QVERIFY(profile);
        QCOMPARE(profile->identities.size(), 1);
        QCOMPARE(profile->identities[0].phone, QStringLiteral("06 12 34"));
        QCOMPARE(profile->identities[0].email, QStringLiteral("luc@"));
        QVERIFY(profile->identities[0].phoneInvalid);
        QVERIFY(profile->identities[0].emailInvalid);
        QVERIFY(profile->summary.phone.isEmpty());
    }

    void probableMatchesGoToReviewAndAMergeCanBeUndone()
    {
        FakeBook book;
        book.bookings
            << FakeBook::booking("thefork", "b1", "g1", "Sophie Bernard", "06 55 55 55 55", "", kDay)
            // The same phone, another name (her partner booked?).
            << FakeBook::booking("phone", "p1", "", "Marc Bernard", "+33655555555", "", kDay.addDays(2))
            // A similar name and the same e-mail.
            << FakeBook::booking("resy", "r1", "rg1", "Claire Petit", "", "claire.petit@example.fr", kDay)
            << FakeBook::booking("opentable", "o1", "og1", "C. Petit", "", "claire.petit@example.fr", kDay);
        CrmStore s = store();
        sync(s, book);
        QSqlDatabase d = db();
        QCOMPARE(s.profileCount(d), qint64(4));
        QList<CrmReviewItem> reviews = s.openReviews(d);
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews[0].reason, QStringLiteral("same_phone_other_name"));
        QCOMPARE(reviews[1].reason, QStringLiteral("same_email_similar_name"));

        // Claire: one guest.
        QString error;
        const auto merged = s.mergeReview(d, reviews[1].id, &error);
        QVERIFY2(merged, qPrintable(error));
        // Sophie and Marc: two guests.
        QVERIFY2(s.keepApart(d, reviews[0].id, &error), qPrintable(error));
        QVERIFY(!s.keepApart(d, reviews[0].id, &error));
        QVERIFY(s.openReviews(d).isEmpty());
        QCOMPARE(s.profileCount(d), qint64(3));
        const qint64 claire = s.profileOf(d, QStringLiteral("resy"), QStringLiteral("rg1"));
        QCOMPARE(s.profileOf(d, QStringLiteral("opentable"), QStringLiteral("og1")), claire);
        QCOMPARE(s.profile(d, claire)->summary.visits, 2);

        // Undone: two profiles again, each with its own visit, never merged again by a sync.
        QVERIFY2(s.undoMerge(d, *merged, &error), qPrintable(error));
        QVERIFY(!s.undoMerge(d, *merged, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(s.profileCount(d), qint64(4));
        const qint64 other = s.profileOf(d, QStringLiteral("opentable"), QStringLiteral("og1"));
        QVERIFY(other != claire);
        QCOMPARE(s.profile(d, claire)->summary.visits, 1);
        QCOMPARE(s.profile(d, other)->summary.visits, 1);
        book.bookings << FakeBook::booking("opentable", "o2", "og1", "Claire Petit", "",
                                           "claire.petit@example.fr", kDay.addDays(9));
        sync(s, book);
        QCOMPARE(s.profileCount(d), qint64(4));
        QVERIFY(s.openReviews(d).isEmpty());
        QCOMPARE(s.profile(d, other)->summary.visits, 2);
        QVERIFY(s.merges(d)[0].undone);
    }

    void receiptsAreLinkedByTableAndTime()
    {
        FakeBook book;
        ActivityBooking a =
            FakeBook::booking("thefork", "b1", "g1", "Anne Roux", "06 10 00 00 01", "", kDay, 4);
        a.table = QStringLiteral("12");
        ActivityBooking b =
            FakeBook::booking("thefork", "b2", "g2", "Hugo Blanc", "06 10 00 00 02", "", kDay, 2);
        ActivityBooking c =
            FakeBook::booking("thefork", "b3", "g3", "Inès Garnier", "06 10 00 00 03", "", kDay, 2);
        ActivityBooking noShow =
            FakeBook::booking("thefork", "b4", "g1", "Anne Roux", "06 10 00 00 01", "", kDay.addDays(1), 4);
        noShow.status = ActivityBooking::Status::NoShow;
        ActivityBooking late =
            FakeBook::booking("thefork", "b5", "g1", "Anne Roux", "06 10 00 00 01", "", kDay.addDays(2), 4);
        late.status = ActivityBooking::Status::Cancelled;
        late.cancelledAt = late.startsAt.addSecs(-3 * 3600);
        ActivityBooking early =
            FakeBook::booking("thefork", "b6", "g1", "Anne Roux", "06 10 00 00 01", "", kDay.addDays(3), 4);
        early.status = ActivityBooking::Status::Cancelled;
        early.cancelledAt = early.startsAt.addDays(-3);
        book.bookings << a << b << c << noShow << late << early;
        FakeTill till;
        const QList<ActivityReceipt::Item> items{
            {QStringLiteral("P1"), QStringLiteral("Magret"), 2000, 5600},
            {QStringLiteral("V1"), QStringLiteral("Cahors"), 1000, 3200}};
        // Table 12, split in two: both Anne's.
        till.receipts << FakeTill::receipt(QStringLiteral("r1"), QDateTime(kDay, QTime(22, 0), kParis), 2,
                                           10000, QStringLiteral("T12"), items)
                      << FakeTill::receipt(QStringLiteral("r2"), QDateTime(kDay, QTime(22, 1), kParis), 2,
                                           8000, QStringLiteral("12"),
                                           {{QStringLiteral("P1"), QStringLiteral("Magret"), 1000, 2800}})
                      // Two parties of two and no table: ambiguous, left unlinked.
                      << FakeTill::receipt(QStringLiteral("r3"), QDateTime(kDay, QTime(21, 30), kParis), 2,
                                           6000)
                      // Before the booking: nobody's.
                      << FakeTill::receipt(QStringLiteral("r4"), QDateTime(kDay, QTime(19, 0), kParis), 4,
                                           9000);
        CrmStore s = store();
        sync(s, book, &till);
        QSqlDatabase d = db();
        const auto anne = s.profile(d, s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1")));
        QVERIFY(anne);
        QCOMPARE(anne->summary.visits, 1);
        QCOMPARE(anne->summary.spendCents, qint64(18000));
        QCOMPARE(anne->averageSpendCents, qint64(18000));
        QCOMPARE(anne->noShows, 1);
        QCOMPARE(anne->lateCancellations, 1);
        QCOMPARE(anne->visits.size(), 4);
        QCOMPARE(anne->favourites.size(), 2);
        QCOMPARE(anne->favourites[0].name, QStringLiteral("Magret"));
        QCOMPARE(anne->favourites[0].quantityMilli, qint64(3000));
        const auto hugo = s.profile(d, s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g2")));
        QCOMPARE(hugo->summary.spendCents, qint64(0));

        // Inès's booking turns out cancelled: the receipt is Hugo's.
        c.status = ActivityBooking::Status::Cancelled;
        book.bookings << c;
        sync(s, book, &till);
        QCOMPARE(s.profile(d, hugo->summary.id)->summary.spendCents, qint64(6000));
        QCOMPARE(s.profile(d, anne->summary.id)->summary.spendCents, qint64(18000));
    }

    // As in the demo: a book without a floor plan (no visit has a table), a
    // till that names its own tables, walk-ins paying beside the booked
    // parties. A split bill is one party's; a bill of a size only one booked
    // party has is theirs; walk-ins of a booked party's size make every
    // such bill ambiguous: none is piled onto that guest.
    void demoLikeServiceLinksTheBillsItCan()
    {
        FakeBook book;
        book.bookings << FakeBook::booking("thefork", "b1", "g1", "Claire Morel", "06 10 00 00 01", "", kDay,
                                           6)
                      << FakeBook::booking("thefork", "b2", "g2", "Paul Girard", "06 10 00 00 02", "", kDay,
                                           3)
                      << FakeBook::booking("thefork", "b3", "g3", "Léa Fabre", "06 10 00 00 03", "", kDay, 4)
                      << FakeBook::booking("resy", "b4", "g4", "Hugo Blanc", "06 10 00 00 04", "", kDay, 2)
                      << FakeBook::booking("resy", "b5", "g5", "Inès Garnier", "06 10 00 00 05", "", kDay, 2);
        FakeTill till;
        const auto at = [](int h, int m, int sec = 0) { return QDateTime(kDay, QTime(h, m, sec), kParis); };
        // Claire's six split in three at the till's table 14, within a minute and a half.
        till.receipts << FakeTill::receipt(QStringLiteral("c1"), at(22, 10, 5), 2, 7000, QStringLiteral("14"))
                      << FakeTill::receipt(QStringLiteral("c2"), at(22, 10, 45), 2, 6500,
                                           QStringLiteral("14"))
                      << FakeTill::receipt(QStringLiteral("c3"), at(22, 11, 30), 2, 8000,
                                           QStringLiteral("14"))
                      // Paul's three at table 5.
                      << FakeTill::receipt(QStringLiteral("p1"), at(22, 0), 3, 11500, QStringLiteral("5"))
                      // Two tables of four: Léa's and walk-ins', nobody knows which.
                      << FakeTill::receipt(QStringLiteral("w1"), at(21, 40), 4, 15000, QStringLiteral("2"))
                      << FakeTill::receipt(QStringLiteral("w2"), at(22, 20), 4, 16000, QStringLiteral("9"))
                      // A table of two: Hugo's or Inès's.
                      << FakeTill::receipt(QStringLiteral("h1"), at(21, 50), 2, 5000, QStringLiteral("3"))
                      // Table 14 again, an hour later: another party (of two), not Claire's bill.
                      << FakeTill::receipt(QStringLiteral("l1"), at(23, 30), 2, 4000, QStringLiteral("14"));
        CrmStore s = store();
        sync(s, book, &till);
        QSqlDatabase d = db();
        const auto spend = [&](const char* guest) {
            return s.profile(d, s.profileOf(d, QStringLiteral("thefork"), QString::fromLatin1(guest)))
                ->summary.spendCents;
        };
        QCOMPARE(spend("g1"), qint64(21500));
        QCOMPARE(spend("g2"), qint64(11500));
        QCOMPARE(spend("g3"), qint64(0));
        const auto lea = s.profile(d, s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g3")));
        QCOMPARE(lea->visits.size(), 1);
        QCOMPARE(lea->visits[0].receipts, 0);
        const auto claire = s.profile(d, s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1")));
        QCOMPARE(claire->visits[0].receipts, 3);
        for (const char* guest : {"g4", "g5"})
            QCOMPARE(s.profile(d, s.profileOf(d, QStringLiteral("resy"), QString::fromLatin1(guest)))
                         ->summary.spendCents,
                     qint64(0));

        // A walk-in's table of four is gone from the till (voided): the
        // other is Léa's.
        ActivityReceipt voided = till.receipts[5];
        voided.counted = false;
        till.receipts << voided;
        sync(s, book, &till);
        QCOMPARE(spend("g3"), qint64(15000));
        QCOMPARE(spend("g1"), qint64(21500));
    }

    void laterPartiesWithoutATableLeaveTheBillsAtTheirTables()
    {
        // Anne at table 7 (2) paid R1 there; Marc (4, no table) paid R2 by covers.
        FakeBook book;
        ActivityBooking anne =
            FakeBook::booking("thefork", "b1", "g1", "Anne Roux", "06 10 00 00 01", "", kDay, 2);
        anne.table = QStringLiteral("7");
        book.bookings << anne
                      << FakeBook::booking("thefork", "b2", "g2", "Marc Petit", "06 10 00 00 02", "", kDay,
                                           4);
        FakeTill till;
        till.receipts << FakeTill::receipt(QStringLiteral("r1"), QDateTime(kDay, QTime(22, 0), kParis), 2,
                                           6000, QStringLiteral("7"))
                      << FakeTill::receipt(QStringLiteral("r2"), QDateTime(kDay, QTime(22, 5), kParis), 4,
                                           9000);
        CrmStore s = store();
        sync(s, book, &till);
        QSqlDatabase d = db();
        const qint64 anneId = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1"));
        const qint64 marcId = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g2"));
        QCOMPARE(s.profile(d, anneId)->summary.spendCents, qint64(6000));
        QCOMPARE(s.profile(d, marcId)->summary.spendCents, qint64(9000));

        // Two more parties the same evening, without a table: one of two (as
        // many as Anne's covers) and one of four (as many as Marc's).
        book.bookings << FakeBook::booking("opentable", "o1", "og1", "Luc Blanc", "06 10 00 00 03", "", kDay,
                                           2)
                      << FakeBook::booking("opentable", "o2", "og2", "Zoé Henry", "06 10 00 00 04", "", kDay,
                                           4);
        sync(s, book, &till);
        // R1 is still Anne's (the only party at table 7); R2 is now anybody's
        // of the two parties of four: left unlinked.
        QCOMPARE(s.profile(d, anneId)->summary.spendCents, qint64(6000));
        QCOMPARE(s.profile(d, marcId)->summary.spendCents, qint64(0));
        const qint64 luc = s.profileOf(d, QStringLiteral("opentable"), QStringLiteral("og1"));
        QCOMPARE(s.profile(d, luc)->summary.spendCents, qint64(0));

        // Zoé's booking turns out cancelled: R2 is Marc's again.
        ActivityBooking zoe =
            FakeBook::booking("opentable", "o2", "og2", "Zoé Henry", "06 10 00 00 04", "", kDay, 4);
        zoe.status = ActivityBooking::Status::Cancelled;
        book.bookings << zoe;
        sync(s, book, &till);
        QCOMPARE(s.profile(d, marcId)->summary.spendCents, qint64(9000));
        QCOMPARE(s.profile(d, anneId)->summary.spendCents, qint64(6000));

        // A booking still to come at table 7 changes nothing; a second party
        // seated at table 7 that evening makes R1 anybody's of the two.
        ActivityBooking standing =
            FakeBook::booking("phone", "p1", "", "Hugo Roy", "06 10 00 00 05", "", kDay, 2);
        standing.table = QStringLiteral("7");
        standing.status = ActivityBooking::Status::Standing;
        book.bookings << standing;
        sync(s, book, &till);
        QCOMPARE(s.profile(d, anneId)->summary.spendCents, qint64(6000));
        standing.status = ActivityBooking::Status::Honoured;
        book.bookings << standing;
        sync(s, book, &till);
        QCOMPARE(s.profile(d, anneId)->summary.spendCents, qint64(0));
        QCOMPARE(s.profile(d, marcId)->summary.spendCents, qint64(9000));
    }

    void searchAsYouType()
    {
        FakeBook book;
        book.bookings << FakeBook::booking("thefork", "b1", "g1", "Élodie Dupré", "+33 6 12 34 56 78",
                                           "elodie@example.fr", kDay)
                      << FakeBook::booking("thefork", "b2", "g2", "Jean Martin", "07 00 00 00 01", "", kDay);
        CrmStore s = store();
        sync(s, book);
        QSqlDatabase d = db();
        for (const char* text : {"dupre", "DUPRÉ", "élo", "06 12 34", "0612", "+33 6 12", "elodie@ex"}) {
            const QList<CrmProfileSummary> found = s.search(d, QString::fromUtf8(text));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found[0].name, QStringLiteral("Élodie Dupré"));
        }
        QCOMPARE(s.search(d, QString()).size(), 2);
        QVERIFY(s.search(d, QStringLiteral("zz%")).isEmpty());
    }

    void remoteErasuresAreQueuedOnceAndSettled()
    {
        CrmStore s = store();
        QSqlDatabase d = db();
        QString error;
        QVERIFY(!s.requestRemoteErasure(d, QStringLiteral("brevo"), QString(), QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(s.requestRemoteErasure(d, QStringLiteral("brevo"), QStringLiteral("anne@exemple.fr"),
                                        QStringLiteral("+33610000001"), &error),
                 qPrintable(error));
        QVERIFY(s.requestRemoteErasure(d, QStringLiteral("brevo"), QStringLiteral("anne@exemple.fr"),
                                       QStringLiteral("+33610000001"), &error));
        QVERIFY(s.requestRemoteErasure(d, QStringLiteral("brevo"), QStringLiteral("paul@exemple.fr"),
                                       QString(), &error));
        QList<CrmRemoteErasure> pending = s.pendingRemoteErasures(d, QStringLiteral("brevo"));
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].email, QStringLiteral("anne@exemple.fr"));
        QVERIFY(s.pendingRemoteErasures(d, QStringLiteral("other")).isEmpty());
        // One refused by the provider: kept with its reason, no longer pending
        // (not sent again); the other done: gone.
        QVERIFY(s.settleRemoteErasure(d, pending[0].id, false, QStringLiteral("HTTP 405"), &error));
        QVERIFY(s.settleRemoteErasure(d, pending[1].id, true, QString(), &error));
        QVERIFY(s.pendingRemoteErasures(d, QStringLiteral("brevo")).isEmpty());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT email, attempts, last_error FROM crm_remote_erasure")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("anne@exemple.fr"));
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("HTTP 405"));
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestCrmIdentity)
#include "tst_crmidentity.moc"
