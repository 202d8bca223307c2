// What the profiles tell the host about a booking's guest: found by the
// booking a profile knows, or — for a booking not synced yet — by a certain
// match only (phone or e-mail with the same folded name), never by a shared
// contact alone; the host's booking panel shows it beside the booking's own
// allergies, read off the GUI thread. The allergies the manager records on
// the profile (or removes, recorded wrongly) reach the host the same way: the
// booking panel and the Service tab's ⚠ marks, the list's and the table's
// tooltips; a removal stays off when the bookings are synced again.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "crm/core/crminsights.h"
#include "crm/core/crmstore.h"
#include "crmtestsupport.h"
#include "reservation/core/bookstore.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/ui/bookingdetails.h"
#include "reservation/ui/servicetab.h"
#include "reservation/ui/serviceviews.h"
#include "testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {
const QDate kDay(2026, 3, 3);
}

class TestCrmInsights : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());

    /// Anne came three times by TheFork (booking ids a-0..a-2); the third
    /// visit's booking carries her allergy. Paul and Claire share an e-mail.
    void syncGuests()
    {
        FakeBook book;
        for (int i = 0; i < 3; ++i) {
            ActivityBooking b = FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("a-%1").arg(i),
                                                  QStringLiteral("g-anne"), QStringLiteral("Anne Roux"),
                                                  QStringLiteral("06 10 00 00 01"),
                                                  QStringLiteral("anne@exemple.fr"), kDay.addDays(7 * i));
            if (i == 2)
                b.allergies = QStringLiteral("arachides");
            book.bookings << b;
        }
        book.bookings << FakeBook::booking(QStringLiteral("phone"), QStringLiteral("p-1"), QString(),
                                           QStringLiteral("Paul Morel"), QString(),
                                           QStringLiteral("famille.morel@exemple.fr"), kDay);
        CrmStore store([this] { return m_now; });
        QSqlDatabase db = Database::connection();
        const CrmStore::SyncResult r = store.sync(db, &book, nullptr);
        QVERIFY2(r.ok, qPrintable(r.error));
        const qint64 anne = store.profileOf(db, QStringLiteral("thefork"), QStringLiteral("g-anne"));
        QVERIFY(anne > 0);
        QString error;
        QVERIFY2(store.setProfileDetails(db, anne, QStringLiteral("Préfère la banquette"),
                                         QStringLiteral("habituée"), true, QString(), &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("crminsights"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
        syncGuests();
    }
    void cleanup()
    {
        ReadInterfaces::withdraw<GuestInsightSource>();
        Database::closeConnection();
    }

    void aKnownBookingFindsItsProfile()
    {
        const CrmGuestInsights insights;
        GuestLookup who;
        who.channel = QStringLiteral("thefork");
        who.externalId = QStringLiteral("a-1");
        const std::optional<GuestInsight> g = insights.insight(who);
        QVERIFY(g.has_value());
        QCOMPARE(g->visits, 3);
        QCOMPARE(g->lastVisit, kDay.addDays(14));
        QVERIFY(g->vip);
        QCOMPARE(g->allergies, QStringLiteral("arachides"));
        QCOMPARE(g->notes, QStringLiteral("Préfère la banquette"));
    }

    void aNewBookingIsFoundByACertainMatchOnly()
    {
        const CrmGuestInsights insights;
        GuestLookup who;
        who.channel = QStringLiteral("website");
        who.externalId = QStringLiteral("new-1");
        who.name = QStringLiteral("ANNE ROUX");
        who.phone = QStringLiteral("+33 6 10 00 00 01");
        QVERIFY(insights.insight(who).has_value());
        who.phone.clear();
        who.email = QStringLiteral("Anne@Exemple.fr ");
        QVERIFY(insights.insight(who).has_value());
        // The same e-mail with another name: a family's address, not Anne.
        who.name = QStringLiteral("Louis Roux");
        QVERIFY(!insights.insight(who).has_value());
        // Claire books with the Morels' e-mail: not Paul.
        who.name = QStringLiteral("Claire Morel");
        who.email = QStringLiteral("famille.morel@exemple.fr");
        QVERIFY(!insights.insight(who).has_value());
        who.name = QStringLiteral("Paul Morel");
        QVERIFY(insights.insight(who).has_value());
    }

    void theHostsPanelShowsTheProfile()
    {
        ReadInterfaces::provide<GuestInsightSource>(std::make_shared<CrmGuestInsights>());
        BookingDetailsPanel panel;
        Booking b;
        b.id = 42;
        b.channel = QStringLiteral("website");
        b.externalId = QStringLiteral("w-9");
        b.day = kDay.addDays(60);
        b.localTime = QStringLiteral("20:00");
        b.partySize = 2;
        b.guestName = QStringLiteral("Anne Roux");
        b.guestPhone = QStringLiteral("0610000001");
        b.allergies = QStringLiteral("lactose");
        panel.setBooking(b, {});
        QTRY_VERIFY(!panel.profileText().isEmpty());
        QVERIFY2(panel.profileText().contains(QStringLiteral("VIP")), qPrintable(panel.profileText()));
        QVERIFY2(panel.profileText().contains(QStringLiteral("3 earlier visit")),
                 qPrintable(panel.profileText()));
        QVERIFY(panel.profileText().contains(QStringLiteral("Préfère la banquette")));
        QVERIFY2(panel.allergiesText().contains(QStringLiteral("lactose")) &&
                     panel.allergiesText().contains(QStringLiteral("arachides")),
                 qPrintable(panel.allergiesText()));

        // A guest no profile knows: no line, the booking's allergies alone.
        Booking other = b;
        other.id = 43;
        other.guestName = QStringLiteral("Inconnu Total");
        other.guestPhone = QStringLiteral("0699999999");
        panel.setBooking(other, {});
        QTest::qWait(200);
        QVERIFY(panel.profileText().isEmpty());
        QCOMPARE(panel.allergiesText(), QStringLiteral("⚠ Allergies: lactose"));
    }

    void theManagersAllergiesReachTheHost()
    {
        QSqlDatabase db = Database::connection();
        CrmStore store([this] { return m_now; });
        const qint64 anne = store.profileOf(db, QStringLiteral("thefork"), QStringLiteral("g-anne"));
        // Crustaceans told at the door; the peanuts were someone else's.
        m_now = m_now.addSecs(3600);
        CrmAllergies allergies([this] { return m_now; });
        QString error;
        QVERIFY2(allergies.add(db, anne, QStringLiteral("crustacés"), &error), qPrintable(error));
        QVERIFY2(allergies.remove(db, anne, CrmAllergies::key(QStringLiteral("arachides")), &error),
                 qPrintable(error));
        const CrmGuestInsights insights;
        GuestLookup who;
        who.channel = QStringLiteral("thefork");
        who.externalId = QStringLiteral("a-2");
        QCOMPARE(insights.insight(who)->allergies, QStringLiteral("crustacés"));
        // Her bookings synced again (the one saying peanuts too): still off.
        m_now = m_now.addSecs(3600);
        syncGuests();
        QCOMPARE(insights.insight(who)->allergies, QStringLiteral("crustacés"));

        // Tonight by phone, the booking saying nothing: the host sees ⚠.
        const QDate day(2026, 12, 12);
        const QDateTime now(day, QTime(18, 40), QTimeZone::utc());
        QVERIFY2(FloorStore::save(db, FloorStore::demoPlan(day), &error), qPrintable(error));
        BookingRecord r;
        r.channel = QLatin1String(BookingChannel::kPhone);
        r.startsAt = QDateTime(day, QTime(20, 30), QTimeZone("Europe/Paris"));
        r.partySize = 2;
        r.guest.name = QStringLiteral("Anne Roux");
        r.guest.phone = QStringLiteral("06 10 00 00 01");
        BookStore book(ServiceCalendar(QTimeZone("Europe/Paris")), [now] { return now; });
        const std::optional<qint64> id = book.addManual(db, r, &error);
        QVERIFY2(id, qPrintable(error));
        ReadInterfaces::provide<GuestInsightSource>(std::make_shared<CrmGuestInsights>());

        // Réservations' booking panel.
        BookingDetailsPanel panel;
        Booking b;
        b.id = *id;
        b.channel = QStringLiteral("phone");
        b.day = day;
        b.localTime = QStringLiteral("20:30");
        b.partySize = 2;
        b.guestName = r.guest.name;
        b.guestPhone = r.guest.phone;
        panel.setBooking(b, {});
        QTRY_VERIFY(!panel.profileText().isEmpty());
        QVERIFY2(panel.allergiesText().contains(QStringLiteral("crustacés")) &&
                     !panel.allergiesText().contains(QStringLiteral("arachides")),
                 qPrintable(panel.allergiesText()));

        // The Service tab: the list to seat, then the table.
        ServiceTab tab;
        CapacityRules rules;
        rules.turnTimes.minutesByParty = {{1, 90}, {2, 90}, {6, 135}};
        tab.setClock([now] { return now; });
        tab.setRules(rules);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showService(day, 1);
        tab.setMinute(19 * 60 + 40);
        QCOMPARE(tab.unplacedList()->count(), 1);
        QTRY_VERIFY2(tab.unplacedList()->item(0)->text().startsWith(QStringLiteral("⚠ ★ Anne Roux")),
                     qPrintable(tab.unplacedList()->item(0)->text()));
        QVERIFY2(tab.unplacedList()->item(0)->toolTip().contains(QStringLiteral("crustacés")) &&
                     !tab.unplacedList()->item(0)->toolTip().contains(QStringLiteral("arachides")),
                 qPrintable(tab.unplacedList()->item(0)->toolTip()));
        QVERIFY(tab.dropBooking(*id, QStringLiteral("t11")));
        QTRY_VERIFY2(tab.floorView()->toolTipOf(QStringLiteral("t11")).contains(QStringLiteral("crustacés")),
                     qPrintable(tab.floorView()->toolTipOf(QStringLiteral("t11"))));
    }
};

QTEST_MAIN(TestCrmInsights)
#include "tst_crminsights.moc"
