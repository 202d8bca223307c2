// Allergies item by item (migration 0033): what the bookings say, each item
// dated when its booking first said it and sourced to its channel; what the
// manager adds or removes on the profile. A removal stands against the
// bookings that said it before — the same booking changed and synced again,
// or an older one synced late — until a newer booking states it again;
// every statement keeps its date and source; merges carry the manager's
// statements and their undoing gives them back; the guest's export lists
// every statement; an erasure takes them away.
// crm_profile.allergies (what the host reads) follows.

#include "common/core/database.h"
#include "crm/core/crmallergies.h"
#include "crm/core/crmstore.h"
#include "crm/core/guestprivacy.h"
#include "crmtestsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {
const QDate kDay(2026, 11, 3);
const QDateTime kBooked(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::utc());
} // namespace

class TestCrmAllergies : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    CrmStore store()
    {
        return CrmStore([this] { return m_now; });
    }
    CrmAllergies allergies()
    {
        return CrmAllergies([this] { return m_now; });
    }
    void sync(FakeBook& book)
    {
        QSqlDatabase db = Database::connection();
        const CrmStore::SyncResult r = store().sync(db, &book, nullptr);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    static ActivityBooking anne(const QString& id, const QString& allergiesText, const QDateTime& updated)
    {
        ActivityBooking b =
            FakeBook::booking(QStringLiteral("thefork"), id, QStringLiteral("g-anne"),
                              QStringLiteral("Anne Roux"), QStringLiteral("06 10 00 00 01"), QString(), kDay);
        b.allergies = allergiesText;
        b.updatedAt = updated;
        return b;
    }
    static qint64 profileOf(const QString& source, const QString& key)
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profileOf(db, source, key);
    }
    static QString shown(qint64 id)
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profile(db, id)->summary.allergies;
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("crmallergies"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void itemsAndKeys()
    {
        QCOMPARE(
            CrmAllergies::split(QStringLiteral(" Gluten, lactose ; végétarien ;;\ngluten ")),
            (QStringList{QStringLiteral("Gluten"), QStringLiteral("lactose"), QStringLiteral("végétarien")}));
        QCOMPARE(CrmAllergies::key(QStringLiteral("Crustacés")),
                 CrmAllergies::key(QStringLiteral(" crustaces")));
        QVERIFY(CrmAllergies::split(QStringLiteral(" ; , ")).isEmpty());
    }

    void aRemovalStandsUntilANewerBookingStatesItAgain()
    {
        FakeBook book;
        book.bookings << anne(QStringLiteral("b1"), QStringLiteral("gluten, lactose"), kBooked);
        sync(book);
        const qint64 id = profileOf(QStringLiteral("thefork"), QStringLiteral("g-anne"));
        QVERIFY(id > 0);
        QCOMPARE(shown(id), QStringLiteral("gluten, lactose"));
        QSqlDatabase db = Database::connection();
        std::optional<CrmProfile> p = store().profile(db, id);
        QCOMPARE(p->allergyItems.size(), 2);
        QCOMPARE(p->allergyItems[0].source, QStringLiteral("thefork"));
        QCOMPARE(p->allergyItems[0].statedAt, kBooked);

        // The manager adds one; an empty or too long one is refused.
        QString error;
        QVERIFY2(allergies().add(db, id, QStringLiteral("Arachides"), &error), qPrintable(error));
        QCOMPARE(shown(id), QStringLiteral("gluten, lactose, Arachides"));
        p = store().profile(db, id);
        QCOMPARE(p->allergyItems.last().source, CrmAllergies::kManager);
        QCOMPARE(p->allergyItems.last().statedAt, m_now);
        QVERIFY(!allergies().add(db, id, QStringLiteral(" ;, "), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!allergies().add(db, id, QString(201, QLatin1Char('x')), &error));
        QCOMPARE(shown(id), QStringLiteral("gluten, lactose, Arachides"));

        // Gluten was recorded wrongly.
        m_now = m_now.addSecs(3600);
        const QDateTime removedAt = m_now;
        QVERIFY2(allergies().remove(db, id, CrmAllergies::key(QStringLiteral("GLUTEN")), &error),
                 qPrintable(error));
        QCOMPARE(shown(id), QStringLiteral("lactose, Arachides"));
        QVERIFY(!allergies().remove(db, id, CrmAllergies::key(QStringLiteral("gluten")), &error));

        // The same booking changed afterwards (the party came, at table 12)
        // and synced again: it said gluten before the removal.
        m_now = m_now.addSecs(3600);
        ActivityBooking again = anne(QStringLiteral("b1"), QStringLiteral("gluten, lactose"), m_now);
        again.table = QStringLiteral("12");
        book.bookings << again;
        sync(book);
        QCOMPARE(shown(id), QStringLiteral("lactose, Arachides"));
        // Everything read again from the start (as after migration 0033): the same.
        QVERIFY(Test::exec(db, QStringLiteral("DELETE FROM crm_cursor")));
        sync(book);
        QCOMPARE(shown(id), QStringLiteral("lactose, Arachides"));
        // A booking made before the removal, synced only now: still off.
        book.bookings << anne(QStringLiteral("b2"), QStringLiteral("Gluten"), removedAt.addSecs(-600));
        sync(book);
        QCOMPARE(shown(id), QStringLiteral("lactose, Arachides"));

        // A newer booking says it again: back, with its date and channel.
        const QDateTime newer = m_now.addSecs(600);
        book.bookings << anne(QStringLiteral("b3"), QStringLiteral("Gluten ; sans porc"), newer);
        m_now = m_now.addSecs(1200);
        sync(book);
        QCOMPARE(shown(id), QStringLiteral("lactose, Arachides, Gluten, sans porc"));
        p = store().profile(db, id);
        QCOMPARE(p->allergyItems[2].text, QStringLiteral("Gluten"));
        QCOMPARE(p->allergyItems[2].source, QStringLiteral("thefork"));
        QCOMPARE(p->allergyItems[2].statedAt, newer);

        // A booking that no longer says an item stops stating it; lactose was
        // b1's alone.
        book.bookings << anne(QStringLiteral("b1"), QString(), m_now);
        sync(book);
        QCOMPARE(shown(id), QStringLiteral("Arachides, Gluten, sans porc"));

        // Every statement of the manager is kept, newest first.
        const QList<CrmAllergyNote> notes = allergies().notes(db, id);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].text, QStringLiteral("gluten"));
        QVERIFY(notes[0].removed);
        QCOMPARE(notes[0].statedAt, removedAt);
        QCOMPARE(notes[1].text, QStringLiteral("Arachides"));
        QVERIFY(!notes[1].removed);
    }

    void mergesCarryTheManagersStatementsAndErasureTakesThem()
    {
        FakeBook book;
        book.bookings << anne(QStringLiteral("b1"), QStringLiteral("gluten"), kBooked);
        // Another profile (another name and phone) whose booking says sésame.
        ActivityBooking other = FakeBook::booking(
            QStringLiteral("phone"), QStringLiteral("p1"), QString(), QStringLiteral("Mme A. Roux-Bel"),
            QStringLiteral("06 20 00 00 02"), QString(), kDay.addDays(7));
        other.allergies = QStringLiteral("sésame");
        other.updatedAt = kBooked;
        book.bookings << other;
        sync(book);
        const qint64 a = profileOf(QStringLiteral("thefork"), QStringLiteral("g-anne"));
        const qint64 b = profileOf(QStringLiteral("phone"), QStringLiteral("booking:p1"));
        QVERIFY(a > 0 && b > 0 && a != b);
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(allergies().remove(db, b, CrmAllergies::key(QStringLiteral("sésame")), &error),
                 qPrintable(error));
        m_now = m_now.addSecs(60);
        QVERIFY2(allergies().add(db, b, QStringLiteral("kiwi"), &error), qPrintable(error));
        QCOMPARE(shown(b), QStringLiteral("kiwi"));

        const std::optional<qint64> merge = store().merge(db, a, b, &error);
        QVERIFY2(merge, qPrintable(error));
        QCOMPARE(shown(a), QStringLiteral("gluten, kiwi"));
        QVERIFY2(store().undoMerge(db, *merge, &error), qPrintable(error));
        QCOMPARE(shown(a), QStringLiteral("gluten"));
        QCOMPARE(shown(b), QStringLiteral("kiwi"));

        // Every statement in the guest's export (GDPR), with its source and date.
        const std::optional<QJsonObject> exported =
            GuestPrivacy([this] { return m_now; }).exportGuest(db, b, nullptr, nullptr, &error);
        QVERIFY2(exported, qPrintable(error));
        QStringList statements;
        for (const QJsonValue& v : exported->value(QStringLiteral("allergyStatements")).toArray()) {
            const QJsonObject o = v.toObject();
            statements << o.value(QStringLiteral("allergy")).toString() + u'/' +
                              o.value(QStringLiteral("source")).toString() + u'/' +
                              o.value(QStringLiteral("statement")).toString();
            QVERIFY(!o.value(QStringLiteral("statedAt")).toString().isEmpty());
        }
        QCOMPARE(statements,
                 (QStringList{QStringLiteral("sésame/phone/stated"), QStringLiteral("sésame/manager/remove"),
                              QStringLiteral("kiwi/manager/add")}));

        const std::optional<GuestPrivacy::Erasure> erased =
            GuestPrivacy([this] {
                return m_now;
            }).erase(db, b, &error, {}, QList<std::shared_ptr<PersonalDataEraser>>());
        QVERIFY2(erased, qPrintable(error));
        QCOMPARE(Test::scalar(db, QStringLiteral("SELECT count(*) FROM crm_allergy_note")).toInt(), 0);
        QCOMPARE(
            Test::scalar(db, QStringLiteral("SELECT count(*) FROM crm_allergy_stated WHERE source = 'phone'"))
                .toInt(),
            0);
        QCOMPARE(shown(a), QStringLiteral("gluten"));
    }
};

QTEST_MAIN(TestCrmAllergies)
#include "tst_crmallergies.moc"
