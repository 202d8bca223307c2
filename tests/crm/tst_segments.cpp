// Customer segments (crm/core/segments.h): RFM scores and classes on a
// hand-checked set, every rule kind, OR groups, the French sentence, saved
// segments, the members for a campaign (consent and contact), the CSV.
//
// The set: ten guests with visits (p1…p10) and one without (p11), today
// 2026-12-07. Quintile boundaries: n = 10, score = 1 + floor(5 × w / 10) with
// w the guests strictly worse, so w 0–1 → 1, 2–3 → 2, 4–5 → 3, 6–7 → 4,
// 8–9 → 5; three guests tied at one visit (p2, p8, p10) all have w = 0 →
// F 1, the two at two visits (p4, p5) w = 3 → F 2.
//
//        last visit  R  visits F  spend €  M  class
//   p1   2026-12-01  5  12     5  1200     5  Champions
//   p2   2026-11-20  5  1      1  50       2  New
//   p3   2026-11-01  4  8      4  600      4  Champions
//   p4   2026-10-01  4  2      2  30       2  Promising
//   p5   2026-09-01  3  2      2  80       3  Need attention
//   p6   2026-08-01  3  7      4  90       3  Loyal
//   p7   2026-06-01  2  10     5  900      5  At risk
//   p8   2026-03-01  2  1      1  20       1  Sleeping
//   p9   2025-12-01  1  3      3  400      4  At risk
//   p10  2025-06-01  1  1      1  10       1  Sleeping
//   p11  —           0  0      0  0        0  (no visit)

#include "common/core/database.h"
#include "crm/core/segments.h"
#include "frenchpending.h"
#include "testsupport.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;
using Kind = SegmentRule::Kind;

namespace {

const QDate kToday(2026, 12, 7);

struct Guest
{
    qint64 id;
    QString name;
    QString email;
    QString phone;
    int visits;
    QString last;
    qint64 spend;
    QString allergies;
    QString tags;
    bool vip;
    QString language;
    QString birthday;
    QVariant emailConsent;
    QVariant smsConsent;
    QStringList sources;
};

bool addGuest(const Guest& g)
{
    const QString now = QStringLiteral("2026-12-07T10:00:00.000Z");
    if (!exec(QStringLiteral(
                  "INSERT INTO crm_profile (id, name, email, phone, visits, last_visit, "
                  "spend_cents, allergies, "
                  "tags, vip, language, birthday, email_consent, sms_consent, created_at, "
                  "updated_at) VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, "
                  "COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?, ?, ?)"),
              {g.id, g.name, g.email, g.phone, g.visits, g.last.isEmpty() ? QVariant() : QVariant(g.last),
               g.spend, g.allergies, g.tags, g.vip ? 1 : 0, g.language,
               g.birthday.isEmpty() ? QVariant() : g.birthday, g.emailConsent, g.smsConsent, now, now}))
        return false;
    for (const QString& source : g.sources) {
        if (!exec(
                QStringLiteral("INSERT INTO crm_identity (source, source_key, profile_id, name, updated_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {source, QStringLiteral("k%1").arg(g.id), g.id, g.name, now}))
            return false;
    }
    return true;
}

QList<qint64> ids(const SegmentResult& r)
{
    QList<qint64> out;
    for (const SegmentMember& m : r.members)
        out << m.id;
    std::sort(out.begin(), out.end());
    return out;
}

SegmentRule rule(Kind kind, const QString& value = QString(), int group = 0)
{
    QString error;
    const std::optional<SegmentRule> r = CrmSegments::validated({kind, value, group}, &error);
    if (!r)
        qFatal("rule refused: %s", qPrintable(error));
    return *r;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_french.load());
        QCoreApplication::installTranslator(&m_french);
    }

    void init()
    {
        static int n = 0;
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("segments-%1").arg(++n));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
        m_dir = fresh.dir;
        const QVariant yes(1), no(0), unknown;
        const QList<Guest> guests{
            {1,
             QStringLiteral("=Dupont"),
             QStringLiteral("dupont@exemple.fr"),
             QStringLiteral("+33612345678"),
             12,
             QStringLiteral("2026-12-01"),
             120000,
             QStringLiteral("Gluten ; lactose"),
             QString(),
             true,
             QStringLiteral("fr"),
             QString(),
             yes,
             yes,
             {QStringLiteral("thefork"), QStringLiteral("website")}},
            {2,
             QStringLiteral("Anna Smith"),
             QString(),
             QString(),
             1,
             QStringLiteral("2026-11-20"),
             5000,
             QString(),
             QStringLiteral("anniversaire, Habitué"),
             false,
             QStringLiteral("en"),
             QString(),
             yes,
             unknown,
             {QStringLiteral("opentable")}},
            {3,
             QStringLiteral("Brown; Jr"),
             QStringLiteral("brown@example.com"),
             QStringLiteral("+447911123456"),
             8,
             QStringLiteral("2026-11-01"),
             60000,
             QStringLiteral("sans gluten"),
             QString(),
             false,
             QString(),
             QStringLiteral("12-25"),
             no,
             yes,
             {QStringLiteral("phone")}},
            {4,
             QStringLiteral("Tom Jones"),
             QStringLiteral("tom@example.com"),
             QString(),
             2,
             QStringLiteral("2026-10-01"),
             3000,
             QString(),
             QString(),
             false,
             QStringLiteral("en-GB"),
             QStringLiteral("01-12"),
             unknown,
             unknown,
             {}},
            {5,
             QStringLiteral("Luc Petit"),
             QStringLiteral("luc@exemple.fr"),
             QString(),
             2,
             QStringLiteral("2026-09-01"),
             8000,
             QStringLiteral("arachides"),
             QString(),
             false,
             QStringLiteral("fr"),
             QString(),
             unknown,
             yes,
             {}},
            {6,
             QStringLiteral("Inès Roux"),
             QString(),
             QString(),
             7,
             QStringLiteral("2026-08-01"),
             9000,
             QStringLiteral("Fruits à coque"),
             QString(),
             false,
             QString(),
             QString(),
             unknown,
             unknown,
             {}},
            {7,
             QStringLiteral("Marc Blanc"),
             QString(),
             QString(),
             10,
             QStringLiteral("2026-06-01"),
             90000,
             QString(),
             QString(),
             true,
             QString(),
             QString(),
             unknown,
             unknown,
             {}},
            {8,
             QStringLiteral("Paul Morel"),
             QString(),
             QString(),
             1,
             QStringLiteral("2026-03-01"),
             2000,
             QString(),
             QString(),
             false,
             QString(),
             QString(),
             unknown,
             unknown,
             {}},
            {9,
             QStringLiteral("Zoé Faure"),
             QString(),
             QString(),
             3,
             QStringLiteral("2025-12-01"),
             40000,
             QString(),
             QString(),
             false,
             QString(),
             QString(),
             unknown,
             unknown,
             {}},
            {10,
             QStringLiteral("Léa Brun"),
             QString(),
             QString(),
             1,
             QStringLiteral("2025-06-01"),
             1000,
             QString(),
             QString(),
             false,
             QString(),
             QString(),
             unknown,
             unknown,
             {}},
            {11,
             QStringLiteral("Jean Neuf"),
             QStringLiteral("jean@exemple.fr"),
             QString(),
             0,
             QString(),
             0,
             QString(),
             QString(),
             false,
             QString(),
             QString(),
             yes,
             unknown,
             {QStringLiteral("thefork")}},
        };
        for (const Guest& g : guests)
            QVERIFY(addGuest(g));
    }
    void cleanup() { Database::closeConnection(); }

    void rfmScoresAndClasses()
    {
        QSqlDatabase db = Database::connection();
        const QHash<qint64, RfmScore> s = CrmSegments(kToday).scores(db);
        QCOMPARE(s.size(), qsizetype(11));
        const int expected[11][3] = {{5, 5, 5}, {5, 1, 2}, {4, 4, 4}, {4, 2, 2}, {3, 2, 3}, {3, 4, 3},
                                     {2, 5, 5}, {2, 1, 1}, {1, 3, 4}, {1, 1, 1}, {0, 0, 0}};
        const RfmClass classes[11] = {RfmClass::Champions, RfmClass::New,           RfmClass::Champions,
                                      RfmClass::Promising, RfmClass::NeedAttention, RfmClass::Loyal,
                                      RfmClass::AtRisk,    RfmClass::Sleeping,      RfmClass::AtRisk,
                                      RfmClass::Sleeping,  RfmClass::None};
        for (int i = 0; i < 11; ++i) {
            const RfmScore& got = s.value(i + 1);
            const QString what = QStringLiteral("p%1: %2 %3 %4 %5")
                                     .arg(i + 1)
                                     .arg(got.recency)
                                     .arg(got.frequency)
                                     .arg(got.monetary)
                                     .arg(int(got.rfmClass));
            QVERIFY2(got.recency == expected[i][0] && got.frequency == expected[i][1] &&
                         got.monetary == expected[i][2],
                     qPrintable(what));
            QVERIFY2(got.rfmClass == classes[i], qPrintable(what));
            // The SQL and the C++ classification agree.
            QCOMPARE(CrmSegments::classify(got.recency, got.frequency, got.monetary), classes[i]);
        }
        const std::array<qint64, 8> sizes = CrmSegments(kToday).classSizes(db);
        QCOMPARE(sizes[size_t(RfmClass::None)], qint64(1));
        QCOMPARE(sizes[size_t(RfmClass::Champions)], qint64(2));
        QCOMPARE(sizes[size_t(RfmClass::AtRisk)], qint64(2));
        QCOMPARE(sizes[size_t(RfmClass::Sleeping)], qint64(2));
        QCOMPARE(sizes[size_t(RfmClass::Loyal)], qint64(1));
        // Everyone at 100 visits: all tied, all F 1 (the boundaries read again
        // after a change, not kept from before).
        QVERIFY(exec(QStringLiteral("UPDATE crm_profile SET visits = 100 WHERE visits > 0")));
        const QHash<qint64, RfmScore> tied = CrmSegments(kToday).scores(db);
        for (qint64 id = 1; id <= 10; ++id)
            QCOMPARE(tied.value(id).frequency, 1);
        // A merged-away profile is not scored.
        QVERIFY(exec(QStringLiteral("UPDATE crm_profile SET merged_into = 1 WHERE id = 11")));
        QCOMPARE(CrmSegments(kToday).scores(db).size(), qsizetype(10));
    }

    void eachRuleKind_data()
    {
        QTest::addColumn<QList<SegmentRule>>("rules");
        QTest::addColumn<QList<qint64>>("expected");
        using L = QList<qint64>;
        QTest::newRow("visits ≥ 8") << QList<SegmentRule>{rule(Kind::VisitsAtLeast, QStringLiteral("8"))}
                                    << L{1, 3, 7};
        QTest::newRow("visits ≤ 1") << QList<SegmentRule>{rule(Kind::VisitsAtMost, QStringLiteral("1"))}
                                    << L{2, 8, 10, 11};
        QTest::newRow("not back for 60 days")
            << QList<SegmentRule>{rule(Kind::NotBackSinceDays, QStringLiteral("60"))}
            << L{4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("came in the last 30 days")
            << QList<SegmentRule>{rule(Kind::CameBackWithinDays, QStringLiteral("30"))} << L{1, 2};
        QTest::newRow("spend ≥ 500 €")
            << QList<SegmentRule>{rule(Kind::SpendAtLeast, QStringLiteral("500"))} << L{1, 3, 7};
        QTest::newRow("allergy gluten")
            << QList<SegmentRule>{rule(Kind::AllergyContains, QStringLiteral("GLUTEN"))} << L{1, 3};
        QTest::newRow("allergy accents folded")
            << QList<SegmentRule>{rule(Kind::AllergyContains, QStringLiteral("fruits a coque"))} << L{6};
        QTest::newRow("via thefork") << QList<SegmentRule>{rule(Kind::BookedVia, QStringLiteral("TheFork"))}
                                     << L{1, 11};
        QTest::newRow("via the website")
            << QList<SegmentRule>{rule(Kind::BookedVia, QStringLiteral("website"))} << L{1};
        QTest::newRow("via the till") << QList<SegmentRule>{rule(Kind::BookedVia, QStringLiteral("till"))}
                                      << L{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("tag, a whole one")
            << QList<SegmentRule>{rule(Kind::Tag, QStringLiteral("habitue"))} << L{2};
        QTest::newRow("tag, not a prefix")
            << QList<SegmentRule>{rule(Kind::Tag, QStringLiteral("anniv"))} << L{};
        QTest::newRow("vip") << QList<SegmentRule>{rule(Kind::Vip)} << L{1, 7};
        QTest::newRow("language en") << QList<SegmentRule>{rule(Kind::Language, QStringLiteral("EN"))}
                                     << L{2, 4};
        QTest::newRow("class at risk")
            << QList<SegmentRule>{rule(Kind::RfmClassIs, QStringLiteral("at_risk"))} << L{7, 9};
        QTest::newRow("class by its French name")
            << QList<SegmentRule>{rule(Kind::RfmClassIs, QStringLiteral("endormis"))} << L{8, 10};
        QTest::newRow("birthday this month") << QList<SegmentRule>{rule(Kind::BirthdayThisMonth)} << L{3};
        QTest::newRow("e-mail consent") << QList<SegmentRule>{rule(Kind::EmailConsent)} << L{1, 2, 11};
        QTest::newRow("SMS consent") << QList<SegmentRule>{rule(Kind::SmsConsent)} << L{1, 3, 5};
        QTest::newRow("AND") << QList<SegmentRule>{rule(Kind::VisitsAtLeast, QStringLiteral("3")),
                                                   rule(Kind::NotBackSinceDays, QStringLiteral("60"))}
                             << L{6, 7, 9};
        QTest::newRow("OR groups, a text rule in one")
            << QList<SegmentRule>{rule(Kind::Vip, {}, 0),
                                  rule(Kind::AllergyContains, QStringLiteral("gluten"), 1),
                                  rule(Kind::VisitsAtLeast, QStringLiteral("9"), 1)}
            << L{1, 7};
        QTest::newRow("OR groups") << QList<SegmentRule>{rule(Kind::Vip, {}, 0),
                                                         rule(Kind::AllergyContains, QStringLiteral("gluten"),
                                                              1)}
                                   << L{1, 3, 7};
        QTest::newRow("no rule: everyone") << QList<SegmentRule>{} << L{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    }
    void eachRuleKind()
    {
        QFETCH(QList<SegmentRule>, rules);
        QFETCH(QList<qint64>, expected);
        QSqlDatabase db = Database::connection();
        const SegmentResult r = CrmSegments(kToday).evaluate(db, rules, std::nullopt, -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(ids(r), expected);
        QCOMPARE(r.matched, qint64(expected.size()));
        // The count alone (no member asked) says the same.
        QCOMPARE(CrmSegments(kToday).evaluate(db, rules).matched, qint64(expected.size()));
    }

    void badValuesRefused()
    {
        QString error;
        QVERIFY(!CrmSegments::validated({Kind::VisitsAtLeast, QStringLiteral("trois")}, &error));
        QCOMPARE(error, QStringLiteral("Tapez un nombre de visites (0 ou plus)."));
        QVERIFY(!CrmSegments::validated({Kind::SpendAtLeast, QStringLiteral("12,345")}, &error));
        QVERIFY(!CrmSegments::validated({Kind::BookedVia, QStringLiteral("minitel")}, &error));
        QVERIFY(error.startsWith(QStringLiteral("Choisissez un canal")));
        QVERIFY(!CrmSegments::validated({Kind::Language, QStringLiteral("fra")}, &error));
        QVERIFY(!CrmSegments::validated({Kind::AllergyContains, QStringLiteral("  ")}, &error));
        QCOMPARE(CrmSegments::validated({Kind::SpendAtLeast, QStringLiteral("150,5 €")}, &error)->value,
                 QStringLiteral("15050"));
        QCOMPARE(CrmSegments::validated({Kind::BookedVia, QStringLiteral("téléphone")}, &error)->value,
                 QStringLiteral("phone"));
    }

    void frenchSentence()
    {
        QCOMPARE(
            CrmSegments::describe(QList<SegmentRule>{rule(Kind::VisitsAtLeast, QStringLiteral("3")),
                                                     rule(Kind::NotBackSinceDays, QStringLiteral("60"))}),
            QStringLiteral("venus ≥ 3 fois, pas revenus depuis 60 jours"));
        QCOMPARE(
            CrmSegments::describe(QList<SegmentRule>{rule(Kind::AllergyContains, QStringLiteral("gluten"))}),
            QStringLiteral("allergie : gluten"));
        QCOMPARE(CrmSegments::describe(QList<SegmentRule>{rule(Kind::BookedVia, QStringLiteral("thefork"))}),
                 QStringLiteral("a réservé via TheFork"));
        QCOMPARE(
            CrmSegments::describe(QList<SegmentRule>{rule(Kind::SpendAtLeast, QStringLiteral("150,50")),
                                                     rule(Kind::RfmClassIs, QStringLiteral("champions")),
                                                     rule(Kind::EmailConsent, {}, 1)}),
            QStringLiteral("dépensé ≥ 150,50\u00a0€, classe RFM : Champions ; ou acceptent les e-mails"));
        QCOMPARE(CrmSegments::describe(QList<SegmentRule>{}), QStringLiteral("tous les clients"));
        QCOMPARE(CrmSegments::describe(rule(Kind::NotBackSinceDays, QStringLiteral("1"))),
                 QStringLiteral("pas revenus depuis 1 jour"));
    }

    void savedSegments()
    {
        QSqlDatabase db = Database::connection();
        CrmSegments segments(kToday);
        QString error;
        const QList<SegmentRule> rules{rule(Kind::VisitsAtLeast, QStringLiteral("3")),
                                       rule(Kind::AllergyContains, QStringLiteral("gluten"), 1)};
        const std::optional<qint64> id =
            segments.save(db, {0, QStringLiteral("  Habitués  "), rules}, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(!segments.save(db, {0, QStringLiteral("habitués"), rules}, &error));
        QCOMPARE(error, QStringLiteral("Un segment nommé « habitués » existe déjà."));
        QVERIFY(!segments.save(db, {0, QStringLiteral(" "), rules}, &error));
        QVERIFY(!segments.save(
            db, {0, QStringLiteral("Mauvais"), {{Kind::VisitsAtLeast, QStringLiteral("x")}}}, &error));
        const std::optional<Segment> back = segments.segment(db, *id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Habitués"));
        QCOMPARE(back->rules, rules);
        QVERIFY2(segments.rename(db, *id, QStringLiteral("Fidèles au gluten"), &error), qPrintable(error));
        QVERIFY(segments.save(db, {0, QStringLiteral("VIP"), {rule(Kind::Vip)}}, &error));
        QVERIFY(!segments.rename(db, *id, QStringLiteral("vip"), &error));
        QCOMPARE(segments.segments(db).size(), qsizetype(2));
        QCOMPARE(segments.segments(db).first().name, QStringLiteral("Fidèles au gluten"));
        QVERIFY(segments.remove(db, *id, &error));
        QCOMPARE(segments.segments(db).size(), qsizetype(1));
        QVERIFY(!segments.members(db, *id, ConsentChannel::Email).ok);
    }

    void membersOnlyWithConsent()
    {
        QSqlDatabase db = Database::connection();
        CrmSegments segments(kToday);
        QString error;
        const std::optional<qint64> id = segments.save(
            db, {0, QStringLiteral("Venus"), {rule(Kind::VisitsAtLeast, QStringLiteral("1"))}}, &error);
        QVERIFY(id);
        // E-mail: p1 (yes, an address); p2 said yes but has no address; p3 said no.
        SegmentResult r = segments.members(db, *id, ConsentChannel::Email);
        QVERIFY(r.ok);
        QCOMPARE(r.matched, qint64(10));
        QCOMPARE(ids(r), (QList<qint64>{1}));
        QCOMPARE(r.excludedContact, qint64(1));
        QCOMPARE(r.excludedConsent, qint64(8));
        QCOMPARE(r.emailReachable, qint64(1));
        // SMS: p1 and p3; p5 said yes without a phone.
        r = segments.members(db, *id, ConsentChannel::Sms);
        QCOMPARE(ids(r), (QList<qint64>{1, 3}));
        QCOMPARE(r.excludedContact, qint64(1));
        QCOMPARE(r.excludedConsent, qint64(7));
        QCOMPARE(r.smsReachable, qint64(2));
        // Consent withdrawn: never a member again.
        QVERIFY(exec(QStringLiteral("UPDATE crm_profile SET email_consent = 0 WHERE id = 1")));
        r = segments.members(db, *id, ConsentChannel::Email);
        QVERIFY(r.members.isEmpty());
        QCOMPARE(r.excludedConsent, qint64(9));
    }

    void csvForExcel()
    {
        QSqlDatabase db = Database::connection();
        CrmSegments segments(kToday);
        const QString path = m_dir + QStringLiteral("/sms.csv");
        SegmentResult result;
        QString error;
        QVERIFY2(segments.exportCsv(db, {rule(Kind::VisitsAtLeast, QStringLiteral("1"))}, ConsentChannel::Sms,
                                    path, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.members.size(), qsizetype(2));
        QCOMPARE(result.excludedConsent + result.excludedContact, qint64(8));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), qsizetype(4)); // header, two guests, the final empty one
        QCOMPARE(lines[0], QStringLiteral(
                               "Nom;Téléphone;Langue;Visites;Dernière visite;Dépense totale (€);Classe RFM"));
        // Most visits first; a name Excel would take for a formula stays text;
        // a French number in its national form, another with 00.
        QCOMPARE(lines[1], QStringLiteral("'=Dupont;06 12 34 56 78;fr;12;01/12/2026;1200,00;Champions"));
        QCOMPARE(lines[2], QStringLiteral("\"Brown; Jr\";0044 7911 123456;;8;01/11/2026;600,00;Champions"));
        QVERIFY(lines[3].isEmpty());
        // The e-mail export has the address column, never a phone.
        const QByteArray email =
            CrmSegments::csv(segments.evaluate(db, {rule(Kind::Vip)}, ConsentChannel::Email, -1).members,
                             ConsentChannel::Email);
        QVERIFY(email.contains("Nom;E-mail;"));
        QVERIFY(email.contains("dupont@exemple.fr"));
        QVERIFY(!email.contains("06 12"));
        QVERIFY(!email.contains("Marc Blanc")); // VIP without consent
        // A folder that cannot be written: a clear error, nothing else.
        QVERIFY(!segments.exportCsv(db, {}, ConsentChannel::Email, QStringLiteral("/proc/nope/x.csv"),
                                    &result, &error));
        QVERIFY(error.startsWith(QStringLiteral("Impossible d’écrire")));
    }

private:
    PendingFrench m_french;
    QString m_dir;
};

QTEST_MAIN(TestSegments)
#include "tst_segments.moc"
