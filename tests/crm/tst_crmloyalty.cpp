// Loyalty exactly once: the tenth visit grants one reward (the seed's
// visit_count % 10 === 0 → triggerLoyaltyReward(customerId, 'milestone_visit')),
// never a second one for that milestone when the visit is synced again,
// edited (no-show then honoured again), or the profile merged and unmerged;
// spend thresholds and birthdays once each; the ledger's states.

#include "common/core/database.h"
#include "crm/core/crmstore.h"
#include "crmtestsupport.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {
const QDate kDay(2026, 1, 6);

QList<ActivityBooking> visits(const QString& channel, const QString& guest, const QString& name,
                              const QString& phone, int count, int from = 0)
{
    QList<ActivityBooking> out;
    for (int i = from; i < from + count; ++i)
        out << FakeBook::booking(channel, QStringLiteral("%1-%2").arg(guest).arg(i), guest, name, phone,
                                 QString(), kDay.addDays(7 * i));
    return out;
}

int rewardsOf(const CrmProfile& p, const QString& milestone)
{
    int n = 0;
    for (const CrmReward& r : p.rewards)
        n += r.milestone == milestone ? 1 : 0;
    return n;
}
} // namespace

class TestCrmLoyalty : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    CrmStore store()
    {
        return CrmStore([this] { return m_now; });
    }
    static QSqlDatabase db() { return Database::connection(); }
    CrmStore::SyncResult sync(CrmStore& s, FakeBook& book, FakeTill* till = nullptr)
    {
        QSqlDatabase d = db();
        const CrmStore::SyncResult r = s.sync(d, &book, till, 4);
        if (!r.ok)
            Test::fail(r.error);
        return r;
    }
    static qint64 rewardRows()
    {
        return Test::scalar(Database::connection(), QStringLiteral("SELECT count(*) FROM crm_reward"))
            .toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("crmloyalty"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void theTenthVisitOnceAcrossAResyncAndAnEdit()
    {
        FakeBook book;
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 9);
        CrmStore s = store();
        QCOMPARE(sync(s, book).rewardsGranted, 0);
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 1, 9);
        QCOMPARE(sync(s, book).rewardsGranted, 1);
        QSqlDatabase d = db();
        const qint64 id = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1"));
        auto p = s.profile(d, id);
        QCOMPARE(p->summary.visits, 10);
        QCOMPARE(p->rewards.size(), 1);
        QCOMPARE(p->rewards[0].milestone, QStringLiteral("visits:10"));
        QCOMPARE(p->rewards[0].kind, QStringLiteral("visits"));
        QCOMPARE(p->rewards[0].state, QStringLiteral("granted"));

        // Every visit synced again: nothing new.
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 10);
        QCOMPARE(sync(s, book).rewardsGranted, 0);
        // The tenth visit edited to a no-show (9 visits), then back (10): still one.
        ActivityBooking tenth = book.bookings[9];
        tenth.status = ActivityBooking::Status::NoShow;
        book.bookings << tenth;
        sync(s, book);
        QCOMPARE(s.profile(d, id)->summary.visits, 9);
        tenth.status = ActivityBooking::Status::Honoured;
        book.bookings << tenth;
        QCOMPARE(sync(s, book).rewardsGranted, 0);
        QCOMPARE(s.profile(d, id)->summary.visits, 10);
        QCOMPARE(rewardRows(), qint64(1));

        // Used: the ledger says so; a later sync does not grant it again.
        QString error;
        QVERIFY2(s.setRewardState(d, p->rewards[0].id, QStringLiteral("used"), &error), qPrintable(error));
        QVERIFY(!s.setRewardState(d, p->rewards[0].id, QStringLiteral("stolen"), &error));
        book.bookings << tenth;
        sync(s, book);
        p = s.profile(d, id);
        QCOMPARE(p->rewards.size(), 1);
        QCOMPARE(p->rewards[0].state, QStringLiteral("used"));
    }

    void theTenthVisitOnceAcrossAMergeAndItsUndoing()
    {
        FakeBook book;
        // Six visits on TheFork, four by phone under another spelling: a probable match.
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 6)
                      << visits(QStringLiteral("resy"), QStringLiteral("r1"), QStringLiteral("Anne Rousse"),
                                QStringLiteral("0610000001"), 4, 6);
        CrmStore s = store();
        QCOMPARE(sync(s, book).rewardsGranted, 0);
        QSqlDatabase d = db();
        const QList<CrmReviewItem> reviews = s.openReviews(d);
        QCOMPARE(reviews.size(), 1);
        QString error;
        const auto merge = s.mergeReview(d, reviews[0].id, &error);
        QVERIFY2(merge, qPrintable(error));
        const qint64 anne = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1"));
        auto p = s.profile(d, anne);
        QCOMPARE(p->summary.visits, 10);
        QCOMPARE(rewardsOf(*p, QStringLiteral("visits:10")), 1);

        // Undone: the reward stays where it was granted, none is granted again…
        QVERIFY2(s.undoMerge(d, *merge, &error), qPrintable(error));
        QCOMPARE(rewardRows(), qint64(1));
        QCOMPARE(s.profile(d, anne)->summary.visits, 6);
        // …not even when Anne reaches her own tenth visit.
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 4, 20);
        QCOMPARE(sync(s, book).rewardsGranted, 0);
        QCOMPARE(s.profile(d, anne)->summary.visits, 10);
        QCOMPARE(rewardRows(), qint64(1));
        // Merged again by the manager (20 visits): visits:20 once, visits:10 not again.
        const qint64 other = s.profileOf(d, QStringLiteral("resy"), QStringLiteral("r1"));
        QVERIFY2(s.merge(d, anne, other, &error), qPrintable(error));
        p = s.profile(d, anne);
        QCOMPARE(p->summary.visits, 14);
        QCOMPARE(rewardsOf(*p, QStringLiteral("visits:10")), 1);
        book.bookings << visits(QStringLiteral("resy"), QStringLiteral("r1"), QStringLiteral("Anne Rousse"),
                                QStringLiteral("0610000001"), 6, 30);
        QCOMPARE(sync(s, book).rewardsGranted, 1);
        p = s.profile(d, anne);
        QCOMPARE(p->summary.visits, 20);
        QCOMPARE(rewardsOf(*p, QStringLiteral("visits:10")), 1);
        QCOMPARE(rewardsOf(*p, QStringLiteral("visits:20")), 1);
    }

    void twoProfilesRewardedBeforeAMergeGetNoNewOneForThatMilestone()
    {
        FakeBook book;
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 10)
                      << visits(QStringLiteral("resy"), QStringLiteral("r1"), QStringLiteral("Anne Rousse"),
                                QStringLiteral("0610000001"), 10, 10);
        CrmStore s = store();
        QCOMPARE(sync(s, book).rewardsGranted, 2);
        QSqlDatabase d = db();
        QString error;
        QVERIFY2(s.mergeReview(d, s.openReviews(d)[0].id, &error), qPrintable(error));
        const auto p = s.profile(d, s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1")));
        QCOMPARE(p->summary.visits, 20);
        // The two rewards granted before stay (both were real); only visits:20 is new.
        QCOMPARE(rewardsOf(*p, QStringLiteral("visits:20")), 1);
        QCOMPARE(rewardRows(), qint64(3));
    }

    void spendThresholdAndBirthdayOnce()
    {
        QSqlDatabase d = db();
        CrmStore s = store();
        QString error;
        QVERIFY(!s.saveRule(d, {0, QStringLiteral("spend"), 0, true}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(s.saveRule(d, {0, QStringLiteral("spend"), 50000, true}, &error));
        QVERIFY(s.saveRule(d, {0, QStringLiteral("birthday"), 0, true}, &error));
        FakeBook book;
        FakeTill till;
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 3);
        for (int i = 0; i < 3; ++i)
            till.receipts << FakeTill::receipt(
                QStringLiteral("r%1").arg(i),
                QDateTime(kDay.addDays(7 * i), QTime(22, 0), QTimeZone("Europe/Paris")), 2, 20000);
        QCOMPARE(sync(s, book, &till).rewardsGranted, 1); // 600 € ≥ 500 €
        const qint64 anne = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1"));
        QCOMPARE(s.profile(d, anne)->summary.spendCents, qint64(60000));
        till.receipts << FakeTill::receipt(
            QStringLiteral("r0"), QDateTime(kDay, QTime(22, 0), QTimeZone("Europe/Paris")), 2, 25000);
        QCOMPARE(sync(s, book, &till).rewardsGranted, 0);

        // A birthday on 5 December, today 1 December: once this year.
        QVERIFY(!s.setProfileDetails(d, anne, QString(), QString(), false, QStringLiteral("13-45"), &error));
        QVERIFY2(s.setProfileDetails(d, anne, QStringLiteral("Table près de la fenêtre"),
                                     QStringLiteral("habituée"), true, QStringLiteral("12-05"), &error),
                 qPrintable(error));
        book.bookings << book.bookings[0];
        QCOMPARE(sync(s, book, &till).rewardsGranted, 1);
        book.bookings << book.bookings[0];
        QCOMPARE(sync(s, book, &till).rewardsGranted, 0);
        const auto p = s.profile(d, anne);
        QCOMPARE(rewardsOf(*p, QStringLiteral("birthday:2026")), 1);
        QCOMPARE(rewardsOf(*p, QStringLiteral("spend:50000")), 1);
        QVERIFY(p->summary.vip);
        QCOMPARE(p->birthday, QStringLiteral("12-05"));
    }

    void aRuleSavedIsGrantedAtOnceExactlyOnce()
    {
        // Anne 12 visits, Marc 6 (merged from two profiles: his phone
        // bookings and his TheFork ones, same phone and name), Paul 2; every
        // 10 visits: Anne's tenth.
        FakeBook book;
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                QStringLiteral("0610000001"), 12);
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g2"), QStringLiteral("Marc Petit"),
                                QStringLiteral("0610000002"), 3);
        book.bookings << visits(QStringLiteral("opentable"), QStringLiteral("o2"),
                                QStringLiteral("Marc Petit"), QStringLiteral("0610000002"), 3, 3);
        book.bookings << visits(QStringLiteral("thefork"), QStringLiteral("g3"), QStringLiteral("Paul Morel"),
                                QStringLiteral("0610000003"), 2);
        CrmStore s = store();
        QCOMPARE(sync(s, book).rewardsGranted, 1);
        QSqlDatabase d = db();
        const qint64 anne = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g1"));
        const qint64 marc = s.profileOf(d, QStringLiteral("thefork"), QStringLiteral("g2"));
        QCOMPARE(s.profileOf(d, QStringLiteral("opentable"), QStringLiteral("o2")), marc);
        QCOMPARE(s.profile(d, marc)->summary.visits, 6);

        // Every 5 visits now, and a new rule of 150 € spent: granted at once,
        // before anyone's next visit — Anne's fifth (her tenth is had
        // already under this rule), Marc's fifth; nobody has spent anything.
        QString error;
        CrmLoyaltyRule rule = s.rules(d).at(0);
        rule.threshold = 5;
        QVERIFY2(s.saveRule(d, rule, &error), qPrintable(error));
        QCOMPARE(s.grantRewardsToAll(d, &error), std::optional<int>(2));
        QCOMPARE(rewardsOf(*s.profile(d, anne), QStringLiteral("visits:5")), 1);
        QCOMPARE(rewardsOf(*s.profile(d, anne), QStringLiteral("visits:10")), 1);
        QCOMPARE(rewardsOf(*s.profile(d, marc), QStringLiteral("visits:5")), 1);
        QCOMPARE(rewardRows(), qint64(3));

        // The rule saved again, the visits synced again, all at once again: nothing new.
        QVERIFY2(s.saveRule(d, rule, &error), qPrintable(error));
        QCOMPARE(s.grantRewardsToAll(d, &error), std::optional<int>(0));
        for (int i = 0; i < 4; ++i)
            book.bookings << book.bookings[i];
        QCOMPARE(sync(s, book).rewardsGranted, 0);
        QCOMPARE(s.grantRewardsToAll(d, &error), std::optional<int>(0));
        QCOMPARE(rewardRows(), qint64(3));

        // Marc's profiles apart again, then merged again: his fifth visit's
        // reward stays one (with the profile that earned it).
        const QList<CrmMergeEntry> merges = s.merges(d);
        QVERIFY(!merges.isEmpty());
        QVERIFY2(s.undoMerge(d, merges.first().id, &error), qPrintable(error));
        QCOMPARE(s.grantRewardsToAll(d, &error), std::optional<int>(0));
        QVERIFY2(
            s.merge(d, marc,
                    merges.first().absorbedId == marc ? merges.first().keptId : merges.first().absorbedId,
                    &error),
            qPrintable(error));
        QCOMPARE(s.grantRewardsToAll(d, &error), std::optional<int>(0));
        QCOMPARE(rewardRows(), qint64(3));

        // Deactivated: granting at once grants nothing of it.
        rule.active = false;
        rule.threshold = 1;
        QVERIFY2(s.saveRule(d, rule, &error), qPrintable(error));
        QCOMPARE(s.grantRewardsToAll(d, &error), std::optional<int>(0));
        QCOMPARE(rewardRows(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestCrmLoyalty)
#include "tst_crmloyalty.moc"
