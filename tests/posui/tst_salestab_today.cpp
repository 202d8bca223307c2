// The Ventes tab on a day not over yet: a real database (migrated, the
// fixture restaurant stored through SalesStore) with last year's sales and
// this year's up to today 13:45, the tab's clock stopped at 13:45. Today's
// takings so far compare with last year's up to the same time of day (exact
// cents, KPI cards and services), the dinner that has not started shows no
// comparison until 16:00, the cards say "jusqu’à 13 h 45" (French from
// translations/moulin_fr.ts), and periods in the past are unchanged.
// Set MOULIN_SCREENSHOT_DIR to keep PNGs of the tab.
#include "common/core/database.h"
#include "pos/core/money.h"
#include "pos/core/salesrepository.h"
#include "pos/ui/breakdowncharts.h"
#include "pos/ui/dailychart.h"
#include "pos/ui/kpicards.h"
#include "pos/ui/salesformat.h"
#include "pos/ui/salespages.h"
#include "pos/ui/salestab.h"
#include "pos/ui/salestablepanel.h"
#include "salesfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Moulin;
using Moulin::Test::FixtureReceipt;

namespace {

const QDate kToday(2025, 11, 26);       // a Wednesday
const QDate kLastYearDay(2024, 11, 27); // its match, 364 days back (a Wednesday)
const QTime kNowTime(13, 45);           // lunch in progress, dinner not started
const QTimeZone kParis("Europe/Paris");

QDateTime at(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, kParis);
}

/// The French catalogue (translations/moulin_fr.ts) as a translator, read
/// from its source so the test needs no compiled .qm.
class FrenchCatalogue : public QTranslator
{
public:
    bool loadTs(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation"))
                m_texts[context].insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return m_texts.value(QString::fromUtf8(context)).value(QString::fromUtf8(source));
    }

private:
    QHash<QString, QHash<QString, QString>> m_texts;
};

/// Independent of the code under test: what a period (cut at `until` on its
/// last day, closed up to that time included) holds.
struct Sum
{
    qint64 gross = 0;
    qint64 net = 0;
    int receipts = 0;
    int covers = 0;
    qint64 averageTicket() const { return receipts > 0 ? Money::divRound(gross, receipts) : 0; }
};

enum class Service
{
    Both,
    Lunch,
    Dinner
};

Sum sumOf(const QList<FixtureReceipt>& receipts, const SalesPeriod& p, Service service = Service::Both)
{
    Sum s;
    for (const FixtureReceipt& r : receipts) {
        const QDate d = r.closedAt.date();
        if (d < p.from || d > p.to)
            continue;
        if (p.until.isValid() && d == p.to && r.closedAt.time() > p.until)
            continue;
        const bool lunch = r.closedAt.time().hour() < 16;
        if ((service == Service::Lunch && !lunch) || (service == Service::Dinner && lunch))
            continue;
        s.gross += r.grossCents();
        s.net += r.netCents();
        s.receipts += 1;
        s.covers += r.covers;
    }
    return s;
}

FixtureReceipt copyAt(const FixtureReceipt& model, const QString& id, const QDate& day, const QTime& time)
{
    FixtureReceipt r = model;
    r.id = id;
    r.closedAt = QDateTime(day, time);
    return r;
}

void keepScreenshot(QWidget* widget, const QString& dataDir, const QString& name)
{
    QTest::qWait(30); // let pending layouts settle, as the event loop would
    const QImage shot = widget->grab().toImage();
    shot.save(QDir(dataDir).filePath(name + QStringLiteral(".png")));
    const QString extra = qEnvironmentVariable("MOULIN_SCREENSHOT_DIR");
    if (!extra.isEmpty()) {
        QDir().mkpath(extra);
        shot.save(QDir(extra).filePath(name + QStringLiteral(".png")));
    }
}

QString compareText(const SalesTab& tab)
{
    const auto* label = tab.findChild<QLabel*>(QStringLiteral("compareLabel"));
    return label ? label->text() : QString();
}

} // namespace

class TestSalesTabToday : public QObject
{
    Q_OBJECT

    QString m_dir;
    QList<FixtureReceipt> m_lastYear;
    QList<FixtureReceipt> m_thisYear; // up to today 13:45
    FrenchCatalogue m_french;

    std::unique_ptr<SalesTab> makeTab(const QTime& time = kNowTime)
    {
        auto tab = std::make_unique<SalesTab>();
        tab->periodPicker()->setNow(at(kToday, time));
        tab->resize(1280, 820);
        tab->show();
        if (!QTest::qWaitForWindowExposed(tab.get()))
            return nullptr;
        tab->setDatabase(Database::connection());
        return tab;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(
            m_french.loadTs(QDir(Test::sourceDir()).filePath(QStringLiteral("translations/moulin_fr.ts"))));
        QCoreApplication::installTranslator(&m_french);

        const Test::FreshDatabase fresh =
            Test::openFreshDatabase(QStringLiteral("salestab-today"), QStringLiteral("moulin.db"));
        m_dir = fresh.dir;
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(Test::storeMenu(db, &error), qPrintable(error));

        m_lastYear = Test::generateReceipts(QDate(2024, 10, 1), QDate(2024, 12, 31), 2024, 1.0);
        // Last year's match of today: a receipt closed at 13:45:00 (counts),
        // one 30 s later (does not), and dinners before and after 17:30.
        const FixtureReceipt model = m_lastYear.first();
        m_lastYear.append(copyAt(model, QStringLiteral("LY-134500"), kLastYearDay, QTime(13, 45, 0)));
        m_lastYear.append(copyAt(model, QStringLiteral("LY-134530"), kLastYearDay, QTime(13, 45, 30)));
        m_lastYear.append(copyAt(m_lastYear.at(7), QStringLiteral("LY-1645"), kLastYearDay, QTime(16, 45)));
        m_lastYear.append(copyAt(m_lastYear.at(9), QStringLiteral("LY-1810"), kLastYearDay, QTime(18, 10)));
        // This year up to now: today's receipts closed after 13:45 are not in yet.
        for (const FixtureReceipt& r : Test::generateReceipts(QDate(2025, 10, 1), kToday, 2025, 1.08)) {
            if (r.closedAt.date() < kToday || r.closedAt.time() <= kNowTime)
                m_thisYear.append(r);
        }
        QVERIFY(sumOf(m_thisYear, {kToday, kToday}).receipts > 0); // lunch has started
        QVERIFY2(Test::storeReceipts(db, m_lastYear + m_thisYear, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_french);
        Database::closeConnection();
    }

    void repositoryCutsTheLastDay()
    {
        const SalesRepository repo(Database::connection(), kParis);
        const SalesPeriod whole{QDate(2024, 11, 2), kLastYearDay};
        const SalesPeriod cut{whole.from, whole.to, kNowTime};

        const Sum expected = sumOf(m_lastYear, cut);
        const SalesKpis k = repo.kpis(cut);
        QCOMPARE(k.grossCents, expected.gross);
        QCOMPARE(k.netCents, expected.net);
        QCOMPARE(k.receipts, expected.receipts);
        QCOMPARE(k.covers, expected.covers);
        QCOMPARE(k.averageTicketCents, expected.averageTicket());
        // Without a cut: the whole days, as before.
        const SalesKpis all = repo.kpis(whole);
        QCOMPARE(all.grossCents, sumOf(m_lastYear, whole).gross);
        QVERIFY(k.grossCents < all.grossCents);

        const ServiceKpis services = repo.kpisByService(cut);
        QCOMPARE(services.lunch.grossCents, sumOf(m_lastYear, cut, Service::Lunch).gross);
        QCOMPARE(services.lunch.covers, sumOf(m_lastYear, cut, Service::Lunch).covers);
        QCOMPARE(services.dinner.grossCents, sumOf(m_lastYear, cut, Service::Dinner).gross);
        QCOMPARE(services.dinner.receipts, sumOf(m_lastYear, cut, Service::Dinner).receipts);

        // The day alone, at 13:45 and at 17:30 (the dinner has started).
        for (const QTime& until : {kNowTime, QTime(17, 30)}) {
            const SalesPeriod day{kLastYearDay, kLastYearDay, until};
            QCOMPARE(repo.kpis(day).grossCents, sumOf(m_lastYear, day).gross);
            QCOMPARE(repo.kpisByService(day).dinner.grossCents,
                     sumOf(m_lastYear, day, Service::Dinner).gross);
        }
        QCOMPARE(repo.kpisByService({kLastYearDay, kLastYearDay, kNowTime}).dinner.receipts, 0);
        QCOMPARE(repo.kpisByService({kLastYearDay, kLastYearDay, QTime(17, 30)}).dinner.receipts, 1);

        // Closed at 13:45:00 counts, 30 s later does not.
        QStringList ids;
        for (const ReceiptRow& r : repo.receipts({kLastYearDay, kLastYearDay, kNowTime}))
            ids << r.receiptId;
        QVERIFY(ids.contains(QStringLiteral("LY-134500")));
        QVERIFY(!ids.contains(QStringLiteral("LY-134530")));
        QVERIFY(!ids.contains(QStringLiteral("LY-1645")));
        QCOMPARE(int(ids.size()), sumOf(m_lastYear, {kLastYearDay, kLastYearDay, kNowTime}).receipts);

        // Every read agrees with the in-memory source on the same receipts.
        Test::FakeSalesSource fake;
        fake.receiptList = m_lastYear;
        for (const SalesPeriod& p : {cut, SalesPeriod{kLastYearDay, kLastYearDay, kNowTime},
                                     SalesPeriod{QDate(2024, 10, 1), kLastYearDay, QTime(17, 30)}}) {
            const QString where = p.from.toString(Qt::ISODate) + QStringLiteral(" cut ") +
                                  p.until.toString(QStringLiteral("HH:mm"));
            const QList<DailyPoint> days = repo.daily(p);
            const QList<DailyPoint> fakeDays = fake.daily(p);
            QCOMPARE(days.size(), fakeDays.size());
            for (int i = 0; i < days.size(); ++i) {
                QCOMPARE(days.at(i).date, fakeDays.at(i).date);
                QCOMPARE(days.at(i).grossCents, fakeDays.at(i).grossCents);
                QCOMPARE(days.at(i).netCents, fakeDays.at(i).netCents);
                QCOMPARE(days.at(i).covers, fakeDays.at(i).covers);
            }
            QMap<int, qint64> cells, fakeCells;
            for (const HourWeekdayCell& c : repo.hourWeekday(p))
                cells[c.weekday * 100 + c.hour] = c.grossCents;
            for (const HourWeekdayCell& c : fake.hourWeekday(p))
                fakeCells[c.weekday * 100 + c.hour] = c.grossCents;
            QVERIFY2(cells == fakeCells, qPrintable(where));
            QMap<QString, QPair<qint64, qint64>> groups, fakeGroups;
            for (const GroupTotal& g : repo.byAccountingGroup(p))
                groups[g.groupId] = {g.grossCents, g.netCents};
            for (const GroupTotal& g : fake.byAccountingGroup(p))
                fakeGroups[g.groupId] = {g.grossCents, g.netCents};
            QVERIFY2(groups == fakeGroups, qPrintable(where));
            QMap<QString, QPair<qint64, double>> items, fakeItems;
            for (const ItemTotal& i : repo.topItems(p, 1000, false))
                items[i.sku] = {i.grossCents, i.quantity};
            for (const ItemTotal& i : fake.topItems(p, 1000, false))
                fakeItems[i.sku] = {i.grossCents, i.quantity};
            QVERIFY2(items == fakeItems, qPrintable(where));
            QCOMPARE(repo.topItems(p, 3, true).constFirst().grossCents,
                     fake.topItems(p, 3, true).constFirst().grossCents);
            QMap<QString, QPair<qint64, int>> payments, fakePayments;
            for (const PaymentTotal& t : repo.payments(p))
                payments[t.method] = {t.cents, t.count};
            for (const PaymentTotal& t : fake.payments(p))
                fakePayments[t.method] = {t.cents, t.count};
            QVERIFY2(payments == fakePayments, qPrintable(where));
        }
    }

    void monthComparesUpToTheSameTime()
    {
        auto tab = makeTab();
        QVERIFY(tab);
        QVERIFY(!tab->isShowingEmptyState());
        QCOMPARE(tab->periodPicker()->preset(), PeriodPicker::Preset::Month);
        const SalesView view = tab->currentView();
        QCOMPARE(view.elapsed.to, kToday);
        QVERIFY(!view.elapsed.until.isValid()); // today: whatever the till sent so far
        QCOMPARE(view.lastYear.from, QDate(2024, 11, 2));
        QCOMPARE(view.lastYear.to, kLastYearDay);
        QCOMPARE(view.lastYear.until, kNowTime);

        const Sum now = sumOf(m_thisYear, view.elapsed);
        const Sum before = sumOf(m_lastYear, view.lastYear);
        const Sum wholeDays = sumOf(m_lastYear, {view.lastYear.from, view.lastYear.to});
        QVERIFY(before.gross < wholeDays.gross);

        KpiCards* cards = tab->kpiCards();
        KpiCard* gross = cards->card(KpiCards::Gross);
        QCOMPARE(gross->valueText(), SalesFormat::moneyRounded(now.gross));
        QCOMPARE(gross->deltaText(), SalesFormat::delta(now.gross, before.gross).text);
        QCOMPARE(gross->beforeText(),
                 QStringLiteral("N-1 jusqu’à 13 h 45 : ") + SalesFormat::moneyRounded(before.gross));
        QCOMPARE(cards->card(KpiCards::Net)->deltaText(), SalesFormat::delta(now.net, before.net).text);
        QCOMPARE(cards->card(KpiCards::Net)->beforeText(),
                 QStringLiteral("N-1 jusqu’à 13 h 45 : ") + SalesFormat::moneyRounded(before.net));
        QCOMPARE(cards->card(KpiCards::Covers)->deltaText(),
                 SalesFormat::delta(now.covers, before.covers).text);
        QCOMPARE(cards->card(KpiCards::AverageTicket)->deltaText(),
                 SalesFormat::delta(now.averageTicket(), before.averageTicket()).text);

        // Over the month the dinners compare (last year's last dinner is not
        // in, today's neither).
        const Sum dinnerNow = sumOf(m_thisYear, view.elapsed, Service::Dinner);
        const Sum dinnerBefore = sumOf(m_lastYear, view.lastYear, Service::Dinner);
        QCOMPARE(gross->serviceValueText(1), SalesFormat::moneyRounded(dinnerNow.gross));
        QCOMPARE(gross->serviceDeltaText(1), SalesFormat::delta(dinnerNow.gross, dinnerBefore.gross).text);
        QCOMPARE(gross->serviceDeltaText(0),
                 SalesFormat::delta(sumOf(m_thisYear, view.elapsed, Service::Lunch).gross,
                                    sumOf(m_lastYear, view.lastYear, Service::Lunch).gross)
                     .text);

        QCOMPARE(compareText(*tab),
                 QStringLiteral("Jusqu’au %1 à 13 h 45, comparé à la période %2 jusqu’à la même heure")
                     .arg(SalesFormat::shortDate(kToday), SalesFormat::period(view.lastYear)));

        // The daily chart: today's point compares with last year's day up to
        // 13:45; last year's curve keeps its whole days.
        DailyChart* daily = tab->overviewPage()->dailyChart();
        QCOMPARE(daily->pointCount(), 30);
        QCOMPARE(daily->partialIndex(), 25); // the 26th
        const qint64 lastYearDayCut = sumOf(m_lastYear, {kLastYearDay, kLastYearDay, kNowTime}).gross;
        QCOMPARE(daily->partialLastYearCents(), lastYearDayCut);
        const QString tip = daily->pointToolTip(25);
        QVERIFY2(tip.contains(QStringLiteral("CA TTC jusqu’à 13 h 45 : ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("N-1 jusqu’à 13 h 45 : ") +
                              SalesFormat::money(lastYearDayCut).toHtmlEscaped()),
                 qPrintable(tip));
        QVERIFY(
            tip.contains(SalesFormat::delta(sumOf(m_thisYear, {kToday, kToday}).gross, lastYearDayCut).text));
        QVERIFY(!daily->pointToolTip(24).contains(QStringLiteral("jusqu’à")));
        keepScreenshot(tab.get(), m_dir, QStringLiteral("ventes-month-1345"));

        // The accounting groups compare with the same cut.
        tab->setCurrentPage(SalesTab::Groups);
        auto* groups = static_cast<GroupsPage*>(tab->page(SalesTab::Groups));
        qint64 groupsBefore = 0;
        for (const BreakdownBar& bar : groups->chart()->bars())
            groupsBefore += bar.lastYearCents;
        QCOMPARE(groupsBefore, before.gross);
        QCOMPARE(groups->table()->sourceModel()->headerData(4, Qt::Horizontal).toString(),
                 QStringLiteral("N-1 jusqu’à 13 h 45"));
        tab->setCurrentPage(SalesTab::Overview);

        // This week (Monday to today) likewise.
        tab->periodPicker()->setPreset(PeriodPicker::Preset::Week);
        const SalesView week = tab->currentView();
        QCOMPARE(week.lastYear.until, kNowTime);
        QCOMPARE(gross->deltaText(), SalesFormat::delta(sumOf(m_thisYear, week.elapsed).gross,
                                                        sumOf(m_lastYear, week.lastYear).gross)
                                         .text);
    }

    void todayBeforeDinner()
    {
        auto tab = makeTab();
        QVERIFY(tab);
        tab->periodPicker()->setPreset(PeriodPicker::Preset::Today);
        const SalesView view = tab->currentView();
        QVERIFY(view.isTodayOnly());
        const SalesPeriod lastYearDay{kLastYearDay, kLastYearDay, kNowTime};
        const Sum now = sumOf(m_thisYear, {kToday, kToday});
        const Sum before = sumOf(m_lastYear, lastYearDay);
        QVERIFY(now.gross > 0 && before.gross > 0);
        // Not the whole of last year's day (lunch and dinner): ▼ 59 % was the bug.
        QVERIFY(before.gross * 2 < sumOf(m_lastYear, {kLastYearDay, kLastYearDay}).gross);

        KpiCard* gross = tab->kpiCards()->card(KpiCards::Gross);
        QCOMPARE(gross->deltaText(), SalesFormat::delta(now.gross, before.gross).text);
        QCOMPARE(gross->beforeText(),
                 QStringLiteral("N-1 jusqu’à 13 h 45 : ") + SalesFormat::moneyRounded(before.gross));
        QCOMPARE(tab->kpiCards()->card(KpiCards::Covers)->deltaText(),
                 SalesFormat::delta(now.covers, before.covers).text);
        // Lunch in progress: against last year's lunch up to 13:45.
        QCOMPARE(gross->serviceDeltaText(0),
                 SalesFormat::delta(sumOf(m_thisYear, {kToday, kToday}, Service::Lunch).gross,
                                    sumOf(m_lastYear, lastYearDay, Service::Lunch).gross)
                     .text);
        // Dinner not started: no comparison at all, on every card.
        for (int c = 0; c < KpiCards::CardCount; ++c) {
            KpiCard* card = tab->kpiCards()->card(static_cast<KpiCards::Card>(c));
            QCOMPARE(card->serviceDeltaText(1), QStringLiteral("pas encore commencé"));
            QCOMPARE(card->serviceValueText(1), QStringLiteral("—"));
        }
        QCOMPARE(compareText(*tab),
                 QStringLiteral("Jusqu’à 13 h 45 aujourd’hui, comparé à la période %1 jusqu’à la même heure")
                     .arg(SalesFormat::period(view.lastYear)));

        // Hour by hour: this day's curve stops at 13:00–14:00, which compares
        // with last year's 13:00–13:45.
        DailyChart* daily = tab->overviewPage()->dailyChart();
        QVERIFY(daily->isHourly());
        QVERIFY(daily->partialIndex() >= 0);
        const QString tip = daily->pointToolTip(daily->partialIndex());
        QVERIFY2(tip.contains(SalesFormat::hourRange(13)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("jusqu’à 13 h 45")), qPrintable(tip));
        qint64 lastYear13 = 0;
        for (const FixtureReceipt& r : std::as_const(m_lastYear)) {
            if (r.closedAt.date() == kLastYearDay && r.closedAt.time().hour() == 13 &&
                r.closedAt.time() <= kNowTime)
                lastYear13 += r.grossCents();
        }
        QCOMPARE(daily->partialLastYearCents(), lastYear13);
        const QString evening = daily->pointToolTip(daily->pointCount() - 1); // last year's dinner only
        QVERIFY2(!evening.contains(QStringLiteral("Turnover")) && !evening.contains(QStringLiteral("CA TTC")),
                 qPrintable(evening));
        QCOMPARE(daily->totalCents(), now.gross);
        keepScreenshot(tab.get(), m_dir, QStringLiteral("ventes-today-1345"));
    }

    void pastPeriodsAreUnchanged()
    {
        auto tab = makeTab();
        QVERIFY(tab);
        tab->periodPicker()->shift(-1); // October 2025
        SalesView view = tab->currentView();
        QCOMPARE(view.period.from, QDate(2025, 10, 1));
        QVERIFY(!view.lastYear.until.isValid());
        QCOMPARE(view.lastYear.to, QDate(2025, 10, 31).addDays(-364));
        KpiCard* gross = tab->kpiCards()->card(KpiCards::Gross);
        const Sum now = sumOf(m_thisYear, view.elapsed);
        const Sum before = sumOf(m_lastYear, view.lastYear);
        QCOMPARE(gross->deltaText(), SalesFormat::delta(now.gross, before.gross).text);
        QCOMPARE(gross->beforeText(),
                 KpiCards::tr("Last year: %1").arg(SalesFormat::moneyRounded(before.gross)));
        QCOMPARE(gross->serviceDeltaText(1),
                 SalesFormat::delta(sumOf(m_thisYear, view.elapsed, Service::Dinner).gross,
                                    sumOf(m_lastYear, view.lastYear, Service::Dinner).gross)
                     .text);
        QCOMPARE(compareText(*tab), SalesTab::tr("Compared with %1").arg(SalesFormat::period(view.lastYear)));
        QCOMPARE(tab->overviewPage()->dailyChart()->partialIndex(), -1);

        // Yesterday alone: a whole day, dinner included.
        tab->periodPicker()->setPreset(PeriodPicker::Preset::Today);
        tab->periodPicker()->shift(-1);
        view = tab->currentView();
        QCOMPARE(view.period.from, kToday.addDays(-1));
        QVERIFY(!view.lastYear.until.isValid());
        QVERIFY(!view.isTodayOnly());
        QCOMPARE(gross->serviceDeltaText(1),
                 SalesFormat::delta(sumOf(m_thisYear, view.elapsed, Service::Dinner).gross,
                                    sumOf(m_lastYear, view.lastYear, Service::Dinner).gross)
                     .text);
        QVERIFY(!gross->beforeText().contains(QStringLiteral("jusqu")));

        // A clock that only knows the date (setToday) compares whole days.
        tab->periodPicker()->setToday(kToday);
        tab->periodPicker()->setPreset(PeriodPicker::Preset::Month);
        QVERIFY(!tab->currentView().lastYear.until.isValid());
        QCOMPARE(gross->deltaText(),
                 SalesFormat::delta(sumOf(m_thisYear, {QDate(2025, 11, 1), kToday}).gross,
                                    sumOf(m_lastYear, {QDate(2024, 11, 2), kLastYearDay}).gross)
                     .text);
    }

    void dinnerComparedOnceStarted()
    {
        auto tab = makeTab();
        QVERIFY(tab);
        tab->periodPicker()->setPreset(PeriodPicker::Preset::Today);
        KpiCard* gross = tab->kpiCards()->card(KpiCards::Gross);
        QCOMPARE(gross->serviceDeltaText(1), QStringLiteral("pas encore commencé"));

        // 16:40: the first dinner of today lands; 17:30: the clock moves on.
        const FixtureReceipt first =
            copyAt(m_thisYear.last(), QStringLiteral("TY-1640"), kToday, QTime(16, 40));
        QString error;
        QVERIFY2(Test::storeReceipts(Database::connection(), {first}, &error), qPrintable(error));
        m_thisYear.append(first);
        tab->periodPicker()->setNow(at(kToday, QTime(17, 30)));
        tab->checkClock(); // what the tab's timer does
        QCOMPARE(tab->currentView().lastYear.until, QTime(17, 30));

        // Last year's dinner up to 17:30: the 16:45 receipt, not the 18:10 one.
        const SalesPeriod lastYearDay{kLastYearDay, kLastYearDay, QTime(17, 30)};
        const Sum dinnerBefore = sumOf(m_lastYear, lastYearDay, Service::Dinner);
        QCOMPARE(dinnerBefore.receipts, 1);
        QCOMPARE(gross->serviceValueText(1), SalesFormat::moneyRounded(first.grossCents()));
        QCOMPARE(gross->serviceDeltaText(1), SalesFormat::delta(first.grossCents(), dinnerBefore.gross).text);
        QCOMPARE(tab->kpiCards()->card(KpiCards::Covers)->serviceDeltaText(1),
                 SalesFormat::delta(first.covers, dinnerBefore.covers).text);
        const Sum before = sumOf(m_lastYear, lastYearDay);
        QCOMPARE(gross->beforeText(),
                 QStringLiteral("N-1 jusqu’à 17 h 30 : ") + SalesFormat::moneyRounded(before.gross));
        QCOMPARE(gross->deltaText(),
                 SalesFormat::delta(sumOf(m_thisYear, {kToday, kToday}).gross, before.gross).text);

        // Nothing moved: the clock check reads nothing again.
        QSignalSpy refreshed(tab.get(), &SalesTab::refreshed);
        tab->checkClock();
        QCOMPARE(refreshed.count(), 0);
        keepScreenshot(tab.get(), m_dir, QStringLiteral("ventes-today-1730"));
    }
};

QTEST_MAIN(TestSalesTabToday)
#include "tst_salestab_today.moc"
