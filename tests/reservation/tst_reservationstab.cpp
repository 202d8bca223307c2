// The Réservations tab on a fresh database, offscreen and in French (the
// catalogue read from translations/moulin_fr.ts): the day by service with
// its counts, the keyboard flows (new booking, status, search), the
// duplicates to settle, availability, the week and the statistics, and the
// live reload with its notification. Screenshots go to the test's data
// directory and to /tmp/reservationstab*.png for a look.

#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "common/net/webhookverifier.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/core/bookfootfall.h"
#include "reservation/ui/bookingdetails.h"
#include "reservation/ui/bookingform.h"
#include "reservation/ui/bookingmodel.h"
#include "reservation/ui/duplicatesdialog.h"
#include "reservation/ui/forecastview.h"
#include "reservation/ui/reservationarea.h"
#include "reservation/ui/reservationstab.h"
#include "reservation/ui/reservationstats.h"
#include "reservation/ui/servicecard.h"
#include "reservation/ui/servicetab.h"
#include "reservation/ui/weekoverview.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

const QTimeZone kParis("Europe/Paris");
const QDate kToday(2026, 12, 12); // a Saturday

/// The till as the sales area would lend it: four weeks before kToday, 30
/// covers every lunch (12:30) and 40 every dinner (20:00).
class FourWeeksOfTill final : public CoversHistorySource
{
public:
    QList<CoversAtSlot> covers(const QDate& from, const QDate& to) const override
    {
        QList<CoversAtSlot> rows;
        for (QDate day = std::max(from, firstDay()); day <= to && day < kToday; day = day.addDays(1)) {
            rows.append({day, 0, 12 * 60 + 30, 30});
            rows.append({day, 1, 20 * 60, 40});
        }
        return rows;
    }
    QDate firstDay() const override { return kToday.addDays(-28); }
};

/// The French catalogue (translations/moulin_fr.ts) as a translator, read
/// from its source so the test needs no compiled .qm; plural forms as
/// French has them (0 and 1 singular).
class FrenchCatalogue : public QTranslator
{
public:
    bool loadTs(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList forms;
        bool inTranslation = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    forms.clear();
                    inTranslation = true;
                } else if (xml.name() == QLatin1String("numerusform") && inTranslation) {
                    forms << xml.readElementText();
                }
            } else if (xml.isCharacters() && inTranslation && forms.isEmpty() && !xml.isWhitespace()) {
                forms << xml.text().toString();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                inTranslation = false;
                if (!forms.isEmpty() && !forms.first().isEmpty())
                    m_texts[context].insert(source, forms);
            }
        }
        return !m_texts.isEmpty();
    }
    /// translations/pending/*.json ({"Context": {"source": "French" or
    /// ["singular", "plural"]}}): the French of strings not merged into the
    /// .ts yet (translations/fill_ts.py merges them).
    bool loadPending(const QString& dirPath)
    {
        const QDir dir(dirPath);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return false;
            const QJsonObject contexts = doc.object();
            for (auto c = contexts.begin(); c != contexts.end(); ++c) {
                const QJsonObject messages = c.value().toObject();
                for (auto m = messages.begin(); m != messages.end(); ++m) {
                    QStringList forms;
                    if (m.value().isArray()) {
                        for (const QJsonValue& form : m.value().toArray())
                            forms << form.toString();
                    } else {
                        forms << m.value().toString();
                    }
                    m_texts[c.key()].insert(m.key(), forms);
                }
            }
        }
        return true;
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        const QStringList forms = m_texts.value(QString::fromUtf8(context)).value(QString::fromUtf8(source));
        if (forms.isEmpty())
            return QString();
        return n > 1 && forms.size() > 1 ? forms.at(1) : forms.first();
    }

private:
    QHash<QString, QHash<QString, QStringList>> m_texts;
};

QDateTime at(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, kParis);
}

BookingRecord record(const QString& channel, const QString& id, const QString& name, int party,
                     const QTime& time, const QDate& day = kToday)
{
    BookingRecord r;
    r.channel = channel;
    r.externalId = id;
    r.startsAt = at(day, time);
    r.partySize = party;
    r.version = 1;
    r.guest.externalId = QStringLiteral("g-") + id;
    r.guest.name = name;
    r.bookedAt = r.startsAt.addDays(-3);
    return r;
}

/// QTest::keyClicks() takes ASCII only: the other characters as key
/// events carrying their text, the way a keyboard layout sends them.
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

QString tmpShot(const QString& name)
{
    return QDir(QDir::tempPath()).filePath(name);
}

} // namespace

class TestReservationsTab : public QObject
{
    Q_OBJECT

    QDateTime m_now = at(kToday, QTime(18, 20));
    FrenchCatalogue m_french;
    QString m_dir;
    std::unique_ptr<ReservationsTab> m_tab;
    qint64 m_elodie = 0;
    qint64 m_martin = 0;
    qint64 m_roux = 0;

    BookStore store() const
    {
        return BookStore(ServiceCalendar(kParis), [this] { return m_now.toUTC(); });
    }
    BookStore::Now clock() const
    {
        return [this] { return m_now.toUTC(); };
    }

    qint64 apply(const BookingRecord& r)
    {
        QSqlDatabase db = Database::connection();
        QString error;
        BookStore book = store();
        std::optional<BookStore::Applied> applied;
        const bool ok = Database::transaction(
            db,
            [&](QString* e) {
                applied = book.apply(db, r, e);
                return applied.has_value();
            },
            &error);
        if (!ok)
            fail(QStringLiteral("apply %1: %2").arg(r.externalId, error));
        return applied ? applied->bookingId : 0;
    }

    /// Saturday 12 December: two lunch bookings (5 covers), three dinner
    /// bookings (12 covers), one with allergies.
    void seed()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord martin;
        martin.channel = QLatin1String(BookingChannel::kPhone);
        martin.startsAt = at(kToday, QTime(12, 30));
        martin.partySize = 3;
        martin.guest.name = QStringLiteral("Jean Martin");
        martin.guest.phone = QStringLiteral("06 98 76 54 32");
        std::optional<qint64> id;
        QVERIFY(Database::transaction(
            db,
            [&](QString* e) {
                id = book.addManual(db, martin, e);
                return id.has_value();
            },
            &error));
        m_martin = *id;
        apply(record(QStringLiteral("thefork"), QStringLiteral("TF-1"), QStringLiteral("Claire Petit"), 2,
                     QTime(13, 0)));
        BookingRecord elodie = record(QStringLiteral("thefork"), QStringLiteral("TF-2"),
                                      QStringLiteral("Élodie Dupré"), 4, QTime(20, 0));
        elodie.guest.phone = QStringLiteral("+33 6 12 34 56 78");
        elodie.guest.email = QStringLiteral("elodie.dupre@example.fr");
        elodie.guest.allergies = QStringLiteral("arachides");
        elodie.specialRequests = QStringLiteral("Anniversaire, table au calme");
        m_elodie = apply(elodie);
        // TheFork changes the party at 18:42 (the history says so).
        m_now = at(kToday, QTime(18, 42));
        elodie.version = 2;
        elodie.partySize = 4;
        elodie.specialRequests = QStringLiteral("Anniversaire, table au calme, gâteau à 21 h");
        apply(elodie);
        m_now = at(kToday, QTime(18, 20));
        BookingRecord roux = record(QStringLiteral("opentable"), QStringLiteral("OT-7"),
                                    QStringLiteral("Paul Roux"), 6, QTime(20, 30));
        roux.status = BookingStatus::Requested;
        m_roux = apply(roux);
        apply(record(QStringLiteral("website"), QStringLiteral("W-3"), QStringLiteral("Sophie Bernard"), 2,
                     QTime(21, 0)));
    }

    bool makeTab()
    {
        m_tab = std::make_unique<ReservationsTab>();
        m_tab->resize(1366, 820);
        m_tab->setBookStore(store(), clock());
        m_tab->setDatabase(Database::connection());
        m_tab->show();
        m_tab->activateWindow();
        return QTest::qWaitForWindowActive(m_tab.get());
    }

    QStringList names() const
    {
        QStringList out;
        QAbstractItemModel* model = m_tab->bookingView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, BookingTableModel::Guest).data().toString();
        return out;
    }

    void focusRowOf(qint64 id)
    {
        QVERIFY(m_tab->selectBooking(id));
        m_tab->bookingView()->setFocus();
        QTRY_VERIFY(m_tab->bookingView()->hasFocus());
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerReservationConnectors();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_french.loadTs(QDir(sourceDir()).filePath(QStringLiteral("translations/moulin_fr.ts"))));
        QVERIFY(m_french.loadPending(QDir(sourceDir()).filePath(QStringLiteral("translations/pending"))));
        QCoreApplication::installTranslator(&m_french);
    }

    void init()
    {
        static int n = 0;
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("restab-%1").arg(++n));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
        m_dir = fresh.dir;
        AppPaths::setDataDir(m_dir); // settings.ini (capacities) there
        m_now = at(kToday, QTime(18, 20));
    }

    void cleanup()
    {
        m_tab.reset();
        Database::closeConnection();
    }

    void emptyBookShowsTheWayToSettings()
    {
        QVERIFY(makeTab());
        QVERIFY(m_tab->isShowingEmptyState());
        QSignalSpy settings(m_tab.get(), &ReservationsTab::settingsRequested);
        QPushButton* connect = nullptr;
        for (QPushButton* b : m_tab->findChildren<QPushButton*>()) {
            if (b->isVisible() && b->text().contains(QStringLiteral("Connecter")))
                connect = b;
        }
        QVERIFY2(connect, "the empty state's button, in French");
        connect->click();
        QCOMPARE(settings.count(), 1);
        // A configured platform: the day, even empty.
        m_tab->setReservationConnectors({QStringLiteral("thefork")});
        QVERIFY(!m_tab->isShowingEmptyState());
        m_tab->setReservationConnectors({});
        QVERIFY(m_tab->isShowingEmptyState());
        // Ctrl+N still takes a booking by phone.
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!m_tab->isShowingEmptyState());
        QVERIFY(m_tab->bookingForm()->isVisible());
        QVERIFY(ReservationArea::isReservationConnector(QStringLiteral("thefork")));
        QVERIFY(!ReservationArea::isReservationConnector(QStringLiteral("nothing")));
    }

    void dayViewListsBookingsWithCounts()
    {
        seed();
        QVERIFY(makeTab());
        QVERIFY(!m_tab->isShowingEmptyState());
        QAbstractItemModelTester tester(m_tab->bookingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_tab->date(), kToday);
        QVERIFY2(m_tab->dateText().contains(QStringLiteral("samedi 12 décembre")),
                 qPrintable(m_tab->dateText()));
        QCOMPARE(names(), QStringList({QStringLiteral("Jean Martin"), QStringLiteral("Claire Petit"),
                                       QStringLiteral("Élodie Dupré"), QStringLiteral("Paul Roux"),
                                       QStringLiteral("Sophie Bernard")}));
        QCOMPARE(m_tab->serviceCard(0)->coversText(), QStringLiteral("5 / 40 couverts"));
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("12 / 60 couverts"));
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("5 réservations")),
                 qPrintable(m_tab->summaryText()));
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("17 couverts")),
                 qPrintable(m_tab->summaryText()));

        // What each row says, in French.
        QAbstractItemModel* model = m_tab->bookingView()->model();
        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(0, BookingTableModel::Time).toString(), QStringLiteral("12:30"));
        QCOMPARE(cell(0, BookingTableModel::Source).toString(), QStringLiteral("Téléphone"));
        QCOMPARE(cell(2, BookingTableModel::Source).toString(), QStringLiteral("TheFork"));
        QCOMPARE(cell(4, BookingTableModel::Source).toString(), QStringLiteral("Site"));
        QCOMPARE(cell(2, BookingTableModel::Status).toString(), QStringLiteral("Confirmée"));
        QCOMPARE(cell(3, BookingTableModel::Status).toString(), QStringLiteral("Demandée"));
        QCOMPARE(cell(2, BookingTableModel::Covers).toInt(), 4);
        QCOMPARE(cell(2, BookingTableModel::Notes, BookingTableModel::AllergiesRole).toString(),
                 QStringLiteral("arachides"));
        QVERIFY(cell(2, BookingTableModel::Notes).toString().contains(QStringLiteral("Anniversaire")));

        // Sorted by time, also the other way.
        m_tab->bookingView()->sortByColumn(BookingTableModel::Time, Qt::DescendingOrder);
        QCOMPARE(names().first(), QStringLiteral("Sophie Bernard"));
        m_tab->bookingView()->sortByColumn(BookingTableModel::Time, Qt::AscendingOrder);

        // One service at a time.
        m_tab->setServiceFilter(1);
        QCOMPARE(m_tab->bookingModel()->rowCount(), 3);
        QVERIFY(!m_tab->serviceCard(0)->isVisible());
        m_tab->setServiceFilter(ReservationsTab::kBothServices);
        QCOMPARE(m_tab->bookingModel()->rowCount(), 5);

        // The capacity from the settings.
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QLatin1String(ServiceCapacity::kDinnerKey), 50);
        }
        m_tab->reload();
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("12 / 50 couverts"));

        // ← / → in the list, Alt+Home back to today.
        m_tab->bookingView()->setFocus();
        QTRY_VERIFY(m_tab->bookingView()->hasFocus());
        QTest::keyClick(m_tab->bookingView(), Qt::Key_Right);
        QCOMPARE(m_tab->date(), kToday.addDays(1));
        QCOMPARE(m_tab->bookingModel()->rowCount(), 0);
        QVERIFY2(m_tab->dateText().contains(QStringLiteral("dimanche 13 décembre")),
                 qPrintable(m_tab->dateText()));
        QTest::keyClick(m_tab.get(), Qt::Key_PageUp, Qt::AltModifier);
        QTest::keyClick(m_tab.get(), Qt::Key_PageUp, Qt::AltModifier);
        QCOMPARE(m_tab->date(), kToday.addDays(-1));
        QTest::keyClick(m_tab.get(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(m_tab->date(), kToday);
        QCOMPARE(m_tab->bookingModel()->rowCount(), 5);
    }

    void keyboardNewPhoneBooking()
    {
        seed();
        QVERIFY(makeTab());
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        NewBookingForm* form = m_tab->bookingForm();
        QVERIFY(form->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), form->nameEdit());
        // 18:20 on the day shown: dinner, from the next quarter hour.
        QCOMPARE(form->timeEdit()->text(), QStringLiteral("18:30"));

        type(QApplication::focusWidget(), QStringLiteral("Lefèvre"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("06 11 22 33 44"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->partyEdit());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4")); // replaces the selected 2
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2045"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Chaise haute"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QVERIFY2(!form->isVisible(), qPrintable(form->errorText()));
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        const QList<Booking> dinner = book.day(db, kToday, 1);
        const auto it = std::find_if(dinner.cbegin(), dinner.cend(), [](const Booking& b) {
            return b.guestName == QStringLiteral("Lefèvre");
        });
        QVERIFY(it != dinner.cend());
        QCOMPARE(it->channel, QLatin1String(BookingChannel::kPhone));
        QCOMPARE(it->partySize, 4);
        QCOMPARE(it->localTime, QStringLiteral("20:45"));
        QCOMPARE(it->status, BookingStatus::Confirmed);
        QCOMPARE(it->guestPhone, QStringLiteral("06 11 22 33 44"));
        QCOMPARE(it->specialRequests, QStringLiteral("Chaise haute"));
        // Listed, selected, and not announced as arriving from elsewhere.
        QCOMPARE(m_tab->selectedBookingId(), it->id);
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("16 / 60 couverts"));
        QVERIFY(m_tab->notificationText().isEmpty());
        QVERIFY2(m_tab->infoText().contains(QStringLiteral("Lefèvre")), qPrintable(m_tab->infoText()));
        QVERIFY(m_tab->bookingView()->hasFocus());

        // What is wrong is named in the form, and nothing is stored.
        const qint64 before = book.count(db);
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Moreau"));
        form->partyEdit()->setText(QStringLiteral("0"));
        QTest::keyClick(form->nameEdit(), Qt::Key_Return);
        QVERIFY(form->isVisible());
        QVERIFY2(form->errorText().contains(QStringLiteral("Couverts")), qPrintable(form->errorText()));
        QCOMPARE(QApplication::focusWidget(), form->partyEdit());
        form->partyEdit()->setText(QStringLiteral("deux"));
        QTest::keyClick(form->partyEdit(), Qt::Key_Return);
        QVERIFY2(form->errorText().contains(QStringLiteral("positif")), qPrintable(form->errorText()));
        form->partyEdit()->setText(QStringLiteral("2"));
        form->timeEdit()->clear();
        QTest::keyClick(form->partyEdit(), Qt::Key_Return);
        QVERIFY2(form->errorText().contains(QStringLiteral("Heure")), qPrintable(form->errorText()));
        QCOMPARE(QApplication::focusWidget(), form->timeEdit());
        QCOMPARE(book.count(db), before);
        QTest::keyClick(form->timeEdit(), Qt::Key_Escape);
        QVERIFY(!form->isVisible());

        // At the door: no name needed, arrived now.
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        form->walkInBox()->setChecked(true);
        QCOMPARE(form->timeEdit()->text(), QStringLiteral("18:20"));
        form->partyEdit()->setText(QStringLiteral("3"));
        QTest::keyClick(form->partyEdit(), Qt::Key_Return);
        QVERIFY2(!form->isVisible(), qPrintable(form->errorText()));
        const std::optional<Booking> walkIn = book.booking(db, m_tab->selectedBookingId());
        QVERIFY(walkIn);
        QCOMPARE(walkIn->channel, QLatin1String(BookingChannel::kWalkIn));
        QCOMPARE(walkIn->status, BookingStatus::Arrived);
        QCOMPARE(walkIn->localTime, QStringLiteral("18:20"));
        QCOMPARE(m_tab->bookingView()
                     ->model()
                     ->index(m_tab->bookingView()->currentIndex().row(), BookingTableModel::Source)
                     .data()
                     .toString(),
                 QStringLiteral("Sur place"));
    }

    void zoneWishFromTheFormAndProposedByRequests()
    {
        seed();
        BookingRecord terrace = record(QStringLiteral("thefork"), QStringLiteral("TF-9"),
                                       QStringLiteral("Inès Roy"), 2, QTime(21, 0));
        terrace.specialRequests = QStringLiteral("Une table en terrasse si possible");
        const qint64 roy = apply(terrace);
        QVERIFY(makeTab());
        QSignalSpy saved(m_tab.get(), &ReservationsTab::bookingSaved);
        QSqlDatabase db = Database::connection();
        BookStore book = store();

        // The phone: the zone chosen in the form, required.
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        NewBookingForm* form = m_tab->bookingForm();
        QTRY_COMPARE(QApplication::focusWidget(), form->nameEdit());
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Garnier"));
        form->partyEdit()->setText(QStringLiteral("4"));
        form->timeEdit()->setText(QStringLiteral("20:30"));
        QVERIFY(!form->zoneRequiredBox()->isEnabled()); // no zone: nothing to require
        form->zoneBox()->setCurrentIndex(form->zoneBox()->findData(QStringLiteral("terrasse")));
        QVERIFY(form->zoneRequiredBox()->isEnabled());
        form->zoneRequiredBox()->setChecked(true);
        QTest::keyClick(form->nameEdit(), Qt::Key_Return);
        QVERIFY2(!form->isVisible(), qPrintable(form->errorText()));
        const std::optional<Booking> garnier = book.booking(db, m_tab->selectedBookingId());
        QVERIFY(garnier);
        QCOMPARE(garnier->zoneWish, QStringLiteral("terrasse"));
        QVERIFY(garnier->zoneRequired);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toDate(), kToday);
        QCOMPARE(saved.first().at(1).toInt(), 1);
        BookingDetailsPanel* details = m_tab->detailsPanel();
        QVERIFY(!details->zoneText().isEmpty());
        QCOMPARE(details->zoneBox()->currentData().toString(), QStringLiteral("terrasse"));
        QVERIFY(details->zoneRequiredBox()->isChecked());
        // The next form starts without a wish.
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(form->zoneBox()->currentIndex(), 0);
        QTest::keyClick(form->nameEdit(), Qt::Key_Escape);

        // TheFork's requests mention the terrace: proposed in the panel, not set.
        QVERIFY(m_tab->selectBooking(roy));
        QCOMPARE(book.booking(db, roy)->zoneWish, QString());
        QVERIFY(details->zoneText().isEmpty());
        QCOMPARE(details->proposedZone(), QStringLiteral("terrasse"));
        auto* apply = details->findChild<QPushButton*>(QStringLiteral("detailsZoneApply"));
        QVERIFY(apply && apply->isVisible());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(book.booking(db, roy)->zoneWish, QStringLiteral("terrasse"));
        QVERIFY(!book.booking(db, roy)->zoneRequired);
        QVERIFY(!apply->isVisible());
        QCOMPARE(details->proposedZone(), QString());
        QCOMPARE(book.history(db, roy).last().actor, QStringLiteral("host"));
        // The host makes it required, then takes it off, in the panel.
        details->zoneRequiredBox()->setChecked(true);
        QVERIFY(book.booking(db, roy)->zoneRequired);
        details->zoneBox()->setCurrentIndex(0);
        QCOMPARE(book.booking(db, roy)->zoneWish, QString());
        QVERIFY(!book.booking(db, roy)->zoneRequired);
    }

    void statusShortcutsChangeStatusAndHistory()
    {
        seed();
        QVERIFY(makeTab());
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        focusRowOf(m_elodie);
        // The details: guest, phone, email, requests, allergies, history.
        BookingDetailsPanel* details = m_tab->detailsPanel();
        QCOMPARE(details->guestText(), QStringLiteral("Élodie Dupré"));
        QVERIFY2(details->allergiesText().contains(QStringLiteral("arachides")),
                 qPrintable(details->allergiesText()));
        QStringList history = details->historyLines();
        QCOMPARE(history.size(), 2);
        QVERIFY2(history.first().contains(QStringLiteral("Modifiée par TheFork")) &&
                     history.first().contains(QStringLiteral("18:42")),
                 qPrintable(history.first()));
        QVERIFY2(history.last().startsWith(QStringLiteral("Créée par TheFork")), qPrintable(history.last()));

        QTest::keyClick(m_tab->bookingView(), Qt::Key_A);
        QCOMPARE(book.booking(db, m_elodie)->status, BookingStatus::Arrived);
        QCOMPARE(m_tab->selectedBookingId(), m_elodie); // kept across the reload
        history = details->historyLines();
        QCOMPARE(history.size(), 3);
        QVERIFY2(history.first().contains(QStringLiteral("Confirmée → Arrivée")),
                 qPrintable(history.first()));
        QVERIFY2(history.first().contains(QStringLiteral("par l’hôte")) ||
                     history.first().contains(QStringLiteral("par l'hôte")),
                 qPrintable(history.first()));
        QTest::keyClick(m_tab->bookingView(), Qt::Key_S);
        QCOMPARE(book.booking(db, m_elodie)->status, BookingStatus::Seated);
        QTest::keyClick(m_tab->bookingView(), Qt::Key_P);
        QCOMPARE(book.booking(db, m_elodie)->status, BookingStatus::Left);

        // A no-show takes no cover.
        focusRowOf(m_roux);
        QTest::keyClick(m_tab->bookingView(), Qt::Key_N);
        QCOMPARE(book.booking(db, m_roux)->status, BookingStatus::NoShow);
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("6 / 60 couverts"));

        // Del asks first; Esc keeps the booking, Enter cancels it.
        focusRowOf(m_martin);
        QTest::keyClick(m_tab->bookingView(), Qt::Key_Delete);
        QVERIFY2(m_tab->confirmationText().contains(QStringLiteral("Jean Martin")),
                 qPrintable(m_tab->confirmationText()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(m_tab->confirmationText().isEmpty());
        QCOMPARE(book.booking(db, m_martin)->status, BookingStatus::Confirmed);
        QTRY_VERIFY(m_tab->bookingView()->hasFocus());
        QTest::keyClick(m_tab->bookingView(), Qt::Key_Delete);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(book.booking(db, m_martin)->status, BookingStatus::Cancelled);
        QVERIFY(m_tab->errorText().isEmpty());
        QCOMPARE(book.history(db, m_martin).last().kind, QStringLiteral("cancelled"));
        QCOMPARE(m_tab->serviceCard(0)->coversText(), QStringLiteral("2 / 40 couverts"));

        // The context menu holds the same actions, named in French.
        QCOMPARE(m_tab->statusAction(BookingStatus::Arrived)->text(), QStringLiteral("Arrivée"));
    }

    void searchFindsByPhoneAndName()
    {
        seed();
        apply(record(QStringLiteral("opentable"), QStringLiteral("OT-9"), QStringLiteral("Claire Petit"), 5,
                     QTime(19, 45), kToday.addDays(8)));
        QVERIFY(makeTab());
        QTest::keyClick(m_tab.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), m_tab->searchEdit());
        QTest::keyClicks(m_tab->searchEdit(), QStringLiteral("06 98 76"));
        QVERIFY(m_tab->isSearching());
        QCOMPARE(names(), QStringList({QStringLiteral("Jean Martin")}));
        QVERIFY(!m_tab->bookingView()->isColumnHidden(BookingTableModel::Date));
        // Esc: back to the day.
        QTest::keyClick(m_tab->searchEdit(), Qt::Key_Escape);
        QVERIFY(!m_tab->isSearching());
        QCOMPARE(m_tab->bookingModel()->rowCount(), 5);
        QVERIFY(m_tab->bookingView()->isColumnHidden(BookingTableModel::Date));

        // By name, from today on; Enter on a result opens its day.
        QTest::keyClick(m_tab.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(m_tab->searchEdit(), QStringLiteral("petit"));
        QCOMPARE(m_tab->bookingModel()->rowCount(), 2);
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("2 réservations")),
                 qPrintable(m_tab->summaryText()));
        QTest::keyClick(m_tab->searchEdit(), Qt::Key_Down);
        QTRY_VERIFY(m_tab->bookingView()->hasFocus());
        QTest::keyClick(m_tab->bookingView(), Qt::Key_Down);
        QTest::keyClick(m_tab->bookingView(), Qt::Key_Return);
        QVERIFY(!m_tab->isSearching());
        QCOMPARE(m_tab->date(), kToday.addDays(8));
        QCOMPARE(names(), QStringList({QStringLiteral("Claire Petit")}));
        QVERIFY(m_tab->selectedBookingId() != 0);
    }

    void duplicateBannerAndSettlement()
    {
        seed();
        QVERIFY(makeTab());
        QVERIFY(m_tab->duplicateBannerText().isEmpty());
        // The site brings Élodie again, same phone, half an hour later.
        BookingRecord again = record(QStringLiteral("website"), QStringLiteral("W-8"),
                                     QStringLiteral("E. Dupre"), 4, QTime(20, 30));
        again.guest.phone = QStringLiteral("06.12.34.56.78");
        const qint64 site = apply(again);
        BookingRecord martinAgain = record(QStringLiteral("thefork"), QStringLiteral("TF-5"),
                                           QStringLiteral("Jean Martin"), 3, QTime(12, 45));
        const qint64 fork = apply(martinAgain);
        m_tab->reload();
        QVERIFY2(m_tab->duplicateBannerText().contains(QStringLiteral("2 doublons probables à vérifier")),
                 qPrintable(m_tab->duplicateBannerText()));
        const int row = m_tab->bookingModel()->rowOf(m_elodie);
        QVERIFY(m_tab->bookingModel()
                    ->index(row, BookingTableModel::Guest)
                    .data(BookingTableModel::DuplicateRole)
                    .toBool());

        QTest::keyClick(m_tab.get(), Qt::Key_D, Qt::ControlModifier);
        DuplicatesDialog* dialog = m_tab->duplicatesDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->pairCount(), 2);
        // Élodie's pair first (flagged first): the site's one is the same
        // booking — cancel it.
        QPushButton* cancelSite = dialog->cancelButton(0, false);
        QVERIFY(cancelSite);
        QVERIFY2(cancelSite->text().contains(QStringLiteral("annuler celle de Site")),
                 qPrintable(cancelSite->text()));
        QVERIFY2(dialog->cancelButton(0, true)->text().startsWith(QStringLiteral("Même réservation")),
                 qPrintable(dialog->cancelButton(0, true)->text()));
        cancelSite->click();
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QCOMPARE(book.booking(db, site)->status, BookingStatus::Cancelled);
        QCOMPARE(book.booking(db, m_elodie)->status, BookingStatus::Confirmed);
        // Élodie's history names the other booking as the host knows it.
        QVERIFY(m_tab->selectBooking(m_elodie));
        const QString settled = m_tab->detailsPanel()->historyLines().value(0);
        QVERIFY2(settled.startsWith(QStringLiteral("Réglée par l’hôte")) &&
                     settled.contains(QStringLiteral("même réservation que E. Dupre (Site, 20:30)")),
                 qPrintable(settled));
        QVERIFY2(m_tab->detailsPanel()->historyLines().value(1).contains(
                     QStringLiteral("doublon probable : E. Dupre (Site, 20:30)")),
                 qPrintable(m_tab->detailsPanel()->historyLines().value(1)));
        QCOMPARE(dialog->pairCount(), 1);
        QVERIFY2(m_tab->duplicateBannerText().contains(QStringLiteral("1 doublon probable à vérifier")),
                 qPrintable(m_tab->duplicateBannerText()));
        // Martin twice: two different bookings after all.
        QPushButton* distinct = dialog->distinctButton(0);
        QVERIFY(distinct);
        QCOMPARE(distinct->text(), QStringLiteral("Deux réservations distinctes"));
        distinct->click();
        QCOMPARE(book.booking(db, fork)->status, BookingStatus::Confirmed);
        QCOMPARE(book.booking(db, m_martin)->status, BookingStatus::Confirmed);
        QVERIFY(book.openDuplicates(db).isEmpty());
        QVERIFY(m_tab->duplicateBannerText().isEmpty());
        QTRY_VERIFY(!m_tab->duplicatesDialog() || !m_tab->duplicatesDialog()->isVisible());
    }

    void availabilityClosesAndReopens()
    {
        seed();
        QVERIFY(makeTab());
        QSignalSpy changed(m_tab.get(), &ReservationsTab::availabilityChanged);
        ServiceCard* dinner = m_tab->serviceCard(1);
        QCOMPARE(dinner->stateText(), QStringLiteral("Ouvert"));
        dinner->closeButton()->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toDate(), kToday);
        QCOMPARE(changed.first().at(1).toInt(), 1);
        QCOMPARE(changed.first().at(2).toString(), QStringLiteral("closed"));
        QCOMPARE(dinner->stateText(), QStringLiteral("Fermé"));
        QVERIFY(dinner->reopenButton()->isVisible());
        QVERIFY(!dinner->closeButton()->isVisible());
        const QLabel* note = dinner->findChild<QLabel*>(QStringLiteral("availabilityNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(
                     QStringLiteral("Les plateformes ne sont pas encore informées automatiquement")),
                 qPrintable(note->text()));
        QSqlDatabase db = Database::connection();
        const int capacity[2] = {40, 60};
        QCOMPARE(store().loads(db, kToday, 1, capacity).at(1).state, QStringLiteral("closed"));
        dinner->reopenButton()->click();
        QCOMPARE(dinner->stateText(), QStringLiteral("Ouvert"));
        m_tab->serviceCard(0)->fullButton()->click();
        QCOMPARE(m_tab->serviceCard(0)->stateText(), QStringLiteral("Complet"));
        QCOMPARE(changed.count(), 3);
    }

    // The restaurant's opening schedule (reservation/closed_services): a
    // service it does not serve is « Fermé », not "0 / 60", in the day and
    // the week, and takes neither a booking nor a walk-in until the host
    // reopens it for that day.
    void closedServicesShowClosedAndTakeNoWalkIn()
    {
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QLatin1String(OpeningSchedule::kSettingsKey),
                               QStringLiteral("mon, sun-dinner"));
        }
        const auto restore =
            qScopeGuard([] { AppPaths::settings()->remove(QLatin1String(OpeningSchedule::kSettingsKey)); });
        seed();
        QVERIFY(makeTab());
        const QDate sunday = kToday.addDays(1);
        const QDate monday = kToday.addDays(2);
        m_tab->setDate(sunday);
        QCOMPARE(m_tab->serviceCard(0)->stateText(), QStringLiteral("Ouvert"));
        QCOMPARE(m_tab->serviceCard(1)->stateText(), QStringLiteral("Fermé"));
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("Fermé"));
        m_tab->setDate(monday);
        for (int s = 0; s < 2; ++s) {
            ServiceCard* card = m_tab->serviceCard(s);
            QCOMPARE(card->stateText(), QStringLiteral("Fermé"));
            QCOMPARE(card->coversText(), QStringLiteral("Fermé"));
            QVERIFY(card->reopenButton()->isVisible());
            const QLabel* note = card->findChild<QLabel*>(QStringLiteral("availabilityNote"));
            QVERIFY(note && note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral("horaires")), qPrintable(note->text()));
        }
        // No booking on a closed day: the hint says it is closed and how to
        // open it, not Ctrl+N (which would be refused).
        QVERIFY2(!m_tab->summaryText().contains(QStringLiteral("Ctrl+N")), qPrintable(m_tab->summaryText()));
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("Fermé ce jour")),
                 qPrintable(m_tab->summaryText()));
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("« Rouvrir »")),
                 qPrintable(m_tab->summaryText()));
        m_tab->setServiceFilter(1);
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("Le service Soir est fermé ce jour")),
                 qPrintable(m_tab->summaryText()));
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("« Rouvrir »")),
                 qPrintable(m_tab->summaryText()));
        QVERIFY(!m_tab->summaryText().contains(QStringLiteral("Ctrl+N")));
        // Sunday: lunch open, dinner closed; both shown, then the open one.
        m_tab->setDate(sunday);
        m_tab->setServiceFilter(ReservationsTab::kBothServices);
        QCOMPARE(m_tab->bookingView()->model()->rowCount(), 0);
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("Le service Soir est fermé")),
                 qPrintable(m_tab->summaryText()));
        QVERIFY2(m_tab->summaryText().contains(
                     QStringLiteral("Ctrl+N prend une réservation par téléphone pour le service Midi")),
                 qPrintable(m_tab->summaryText()));
        m_tab->setServiceFilter(0);
        QCOMPARE(
            m_tab->summaryText(),
            QStringLiteral("Aucune réservation pour ce service. Ctrl+N pour en prendre une par téléphone."));
        m_tab->setServiceFilter(ReservationsTab::kBothServices);
        m_tab->setDate(monday);
        // The week: Monday closed, Saturday open.
        m_tab->setCurrentPage(ReservationsTab::WeekPage);
        QTRY_VERIFY(m_tab->weekOverview()->cell(0, 1));
        QCOMPARE(m_tab->weekOverview()->cell(0, 1)->load().day, monday);
        QCOMPARE(m_tab->weekOverview()->cell(0, 1)->load().state, QStringLiteral("closed"));
        m_tab->setCurrentPage(ReservationsTab::DayPage);
        m_tab->grab().save(tmpShot(QStringLiteral("reservationstab-closed.png")));

        // A walk-in on Monday evening: refused, said in the form, nothing stored.
        QSqlDatabase db = Database::connection();
        const qint64 before = store().count(db);
        NewBookingForm* form = m_tab->bookingForm();
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(form->isVisible());
        form->walkInBox()->setChecked(true);
        form->partyEdit()->setText(QStringLiteral("2"));
        form->timeEdit()->setText(QStringLiteral("20:00"));
        QTest::keyClick(form->partyEdit(), Qt::Key_Return);
        QVERIFY(form->isVisible());
        QVERIFY2(form->errorText().contains(QStringLiteral("fermé")), qPrintable(form->errorText()));
        QCOMPARE(store().count(db), before);
        QTest::keyClick(form->partyEdit(), Qt::Key_Escape);

        // The host opens Monday evening for once: then it takes the walk-in.
        QSignalSpy changed(m_tab.get(), &ReservationsTab::availabilityChanged);
        m_tab->serviceCard(1)->reopenButton()->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).toString(), QStringLiteral("open"));
        QCOMPARE(m_tab->serviceCard(1)->stateText(), QStringLiteral("Ouvert"));
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("0 / 60 couverts"));
        QCOMPARE(m_tab->serviceCard(0)->stateText(), QStringLiteral("Fermé"));
        // Reopened: the evening takes bookings again (Ctrl+N), lunch stays closed.
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("Le service Midi est fermé")),
                 qPrintable(m_tab->summaryText()));
        QVERIFY2(m_tab->summaryText().contains(QStringLiteral("Ctrl+N")), qPrintable(m_tab->summaryText()));
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        form->walkInBox()->setChecked(true);
        form->partyEdit()->setText(QStringLiteral("2"));
        form->timeEdit()->setText(QStringLiteral("20:00"));
        QTest::keyClick(form->partyEdit(), Qt::Key_Return);
        QVERIFY2(!form->isVisible(), qPrintable(form->errorText()));
        QCOMPARE(store().count(db), before + 1);
        QCOMPARE(m_tab->serviceCard(1)->coversText(), QStringLiteral("2 / 60 couverts"));

        // Demo mode's schedule (the demo restaurant's) wins over the settings.
        OpeningSchedule demo;
        demo.closeWeekly(Qt::Tuesday);
        m_tab->setOpeningSchedule(demo);
        QCOMPARE(m_tab->serviceCard(0)->stateText(), QStringLiteral("Ouvert"));
        m_tab->setDate(monday.addDays(1));
        QCOMPARE(m_tab->serviceCard(0)->stateText(), QStringLiteral("Fermé"));
    }

    void liveReloadAnnouncesNewBookingsAndKeepsSelection()
    {
        seed();
        // Enough bookings to scroll.
        for (int i = 0; i < 18; ++i)
            apply(record(QStringLiteral("thefork"), QStringLiteral("X-%1").arg(i),
                         QStringLiteral("Client %1").arg(i), 2, QTime(19, 0).addSecs(60 * 5 * i)));
        QVERIFY(makeTab());
        m_tab->resize(1366, 620);
        QSignalSpy arrived(m_tab.get(), &ReservationsTab::bookingsArrived);
        focusRowOf(m_roux);
        QScrollBar* scroll = m_tab->bookingView()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        const int scrolled = scroll->value();

        // The site sends a booking behind the tab's back.
        BookingRecord dupont = record(QStringLiteral("website"), QStringLiteral("W-42"),
                                      QStringLiteral("Dupont"), 4, QTime(20, 30));
        const qint64 id = apply(dupont);
        m_tab->reload();
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().toString(),
                 QStringLiteral("Nouvelle réservation : Dupont, 4 couverts, 20:30 — Site"));
        QVERIFY2(m_tab->notificationText().contains(QStringLiteral("Nouvelle réservation : Dupont")),
                 qPrintable(m_tab->notificationText()));
        QVERIFY(m_tab->bookingModel()->rowOf(id) >= 0);
        QCOMPARE(m_tab->selectedBookingId(), m_roux);
        QCOMPARE(scroll->value(), scrolled);
        const int row = m_tab->bookingModel()->rowOf(id);
        QVERIFY(m_tab->bookingModel()->index(row, 0).data(BookingTableModel::NewRole).toBool());
        // Reloading again announces nothing more.
        m_tab->reload();
        QCOMPARE(arrived.count(), 1);

        // Another day, several at once, coalesced into one reload.
        QSignalSpy reloaded(m_tab.get(), &ReservationsTab::reloaded);
        apply(record(QStringLiteral("opentable"), QStringLiteral("OT-50"), QStringLiteral("Garnier"), 2,
                     QTime(12, 15), kToday.addDays(2)));
        apply(record(QStringLiteral("thefork"), QStringLiteral("TF-51"), QStringLiteral("Lambert"), 3,
                     QTime(21, 15)));
        m_tab->scheduleReload();
        m_tab->scheduleReload();
        m_tab->scheduleReload();
        QTRY_COMPARE(reloaded.count(), 1);
        QTest::qWait(ReservationsTab::kLiveUpdateDelayMs + 50);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(arrived.count(), 2);
        const QString two = arrived.last().first().toString();
        QVERIFY2(two.startsWith(QStringLiteral("2 nouvelles réservations")), qPrintable(two));
        QVERIFY2(two.contains(QStringLiteral("lun. 14 déc. 12:15")), qPrintable(two));
    }

    void onTheFloorOpensTheServiceTabOnThatService()
    {
        seed();
        struct Host : AreaHost
        {
            QWidget* shown = nullptr;
            QWidget* window() const override { return nullptr; }
            void showStatusMessage(const QString&, int) override {}
            void openConnectorSetup(const QString&) override {}
            void openSettingsSection(const QString&) override {}
            void showTab(QWidget* tab) override { shown = tab; }
        } host;
        ReservationArea area;
        const QList<AreaTab> tabs = area.createTabs(&host);
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        std::unique_ptr<QWidget> floorOwner(tabs.at(1).widget);
        std::unique_ptr<QWidget> serviceOwner(tabs.at(2).widget);
        auto* tab = qobject_cast<ReservationsTab*>(tabs.first().widget);
        auto* service = qobject_cast<ServiceTab*>(tabs.at(2).widget);
        QVERIFY(tab && service);
        tab->setBookStore(store(), clock());
        area.databaseChanged();
        auto* button = tab->findChild<QPushButton*>(QStringLiteral("floorViewButton"));
        QVERIFY(button);

        // The lunch filter on the day after: that lunch on the floor, the Service tab in front.
        tab->setDate(kToday.addDays(1));
        tab->setServiceFilter(0);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(host.shown, service);
        QCOMPARE(service->day(), kToday.addDays(1));
        QCOMPARE(service->service(), 0);

        // Both services shown, today at 18:20: the evening.
        host.shown = nullptr;
        tab->setDate(kToday);
        tab->setServiceFilter(ReservationsTab::kBothServices);
        QCOMPARE(tab->serviceForFloor(), 1);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(host.shown, service);
        QCOMPARE(service->day(), kToday);
        QCOMPARE(service->service(), 1);

        // A lunch booking selected: its service wins.
        QVERIFY(tab->selectBooking(m_martin));
        QCOMPARE(tab->serviceForFloor(), 0);
    }

    void areaReloadsLiveOnReservationPagesAndWebhooks()
    {
        seed();
        ReservationArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        QCOMPARE(tabs.size(), 3); // the book, the floor plan, the service
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        std::unique_ptr<QWidget> floorOwner(tabs.at(1).widget);
        std::unique_ptr<QWidget> serviceOwner(tabs.at(2).widget);
        QCOMPARE(tabs.at(1).widget->objectName(), QStringLiteral("floorPlanTab"));
        QCOMPARE(tabs.at(2).widget->objectName(), QStringLiteral("serviceTab"));
        auto* tab = qobject_cast<ReservationsTab*>(tabs.first().widget);
        QVERIFY(tab);
        QCOMPARE(tab->objectName(), QStringLiteral("reservationsTab"));
        tab->setBookStore(store(), clock());
        area.databaseChanged();
        QCOMPARE(tab->bookingModel()->rowCount(), 5);
        QCOMPARE(tabs.first().title(), QStringLiteral("&Réservations"));

        // Attached to the runtime: a page stored by a reservation connector
        // reloads the tab, whichever provider it is; another area's does not.
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        area.attach(&runtime, nullptr);
        QSignalSpy reloaded(tab, &ReservationsTab::reloaded);
        QSignalSpy arrived(tab, &ReservationsTab::bookingsArrived);
        apply(record(QStringLiteral("thefork"), QStringLiteral("TF-60"), QStringLiteral("Moreau"), 5,
                     QTime(19, 45)));
        Q_EMIT runtime.pageStored(QStringLiteral("lightspeed"), QStringLiteral("sales"));
        QTest::qWait(ReservationsTab::kLiveUpdateDelayMs + 100);
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(tab->bookingModel()->rowCount(), 5);
        Q_EMIT runtime.pageStored(QStringLiteral("thefork"), QStringLiteral("reservations"));
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(tab->bookingModel()->rowCount(), 6);
        QCOMPARE(arrived.count(), 1);
        QVERIFY2(arrived.first().first().toString().contains(QStringLiteral("Moreau, 5 couverts, 19:45")),
                 qPrintable(arrived.first().first().toString()));

        // A webhook the site delivered (answered 2xx) reloads it too; a
        // delivery its handler refused does not.
        apply(record(QStringLiteral("website"), QStringLiteral("W-61"), QStringLiteral("Garnier"), 2,
                     QTime(12, 15)));
        Q_EMIT runtime.webhooks()->deliveryReceived(QStringLiteral("website"),
                                                    QStringLiteral("/webhooks/website"), 400);
        QTest::qWait(ReservationsTab::kLiveUpdateDelayMs + 100);
        QCOMPARE(reloaded.count(), 1);
        Q_EMIT runtime.webhooks()->deliveryReceived(QStringLiteral("website"),
                                                    QStringLiteral("/webhooks/website"), 200);
        QTRY_COMPARE(reloaded.count(), 2);
        QCOMPARE(tab->bookingModel()->rowCount(), 7);

        // Detached (the runtime goes): nothing reaches the tab any more.
        area.detach();
        Q_EMIT runtime.pageStored(QStringLiteral("thefork"), QStringLiteral("reservations"));
        QTest::qWait(ReservationsTab::kLiveUpdateDelayMs + 100);
        QCOMPARE(reloaded.count(), 2);
    }

    // End to end: the booking site posts a signed booking to the runtime's
    // receiver (the website connector, as configured), and it is in the day
    // view, announced, within a second.
    void signedWebhookBookingAppearsInTheDayView()
    {
        seed();
        ReservationArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        auto* tab = qobject_cast<ReservationsTab*>(tabs.first().widget);
        QVERIFY(tab);
        tab->setBookStore(store(), clock());
        area.databaseChanged();
        tab->resize(1366, 760);
        tab->show();
        const int before = tab->bookingModel()->rowCount();

        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QStringLiteral("webhooks/enabled"), true);
            settings->setValue(QStringLiteral("webhooks/port"), 0);
        }
        const QByteArray secret = QByteArrayLiteral("site-secret-for-the-gui-test");
        ConnectorConfig site;
        site.typeKey = QStringLiteral("reservation_type");
        site.typeName = QStringLiteral("Website");
        site.connectorId = QStringLiteral("website");
        site.storeId = QStringLiteral("levieuxmoulin");
        site.authMethod = QStringLiteral("webhook_hmac");
        site.clientSecret = secret; // held in memory, as demo connectors are
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.setAdditionalConnectors({site});
        runtime.reload();
        QVERIFY2(runtime.webhooks()->isListening(), qPrintable(runtime.webhookError()));
        area.attach(&runtime, nullptr);
        QSignalSpy arrived(tab, &ReservationsTab::bookingsArrived);

        const QJsonObject booking{{QStringLiteral("event_id"), QStringLiteral("evt_gui_1")},
                                  {QStringLiteral("event_type"), QStringLiteral("reservation.created")},
                                  {QStringLiteral("restaurant_id"), QStringLiteral("levieuxmoulin")},
                                  {QStringLiteral("reservation_id"), QStringLiteral("WEB-GUI-1")},
                                  {QStringLiteral("customer"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Sophie Marchand")},
                                               {QStringLiteral("phone"), QStringLiteral("+33 6 44 55 66 77")},
                                               {QStringLiteral("allergies"), QStringLiteral("sésame")}}},
                                  {QStringLiteral("date"), at(kToday, QTime(20, 45)).toString(Qt::ISODate)},
                                  {QStringLiteral("party_size"), 6},
                                  {QStringLiteral("special_requests"), QStringLiteral("Anniversaire")}};
        const QByteArray body = QJsonDocument(booking).toJson(QJsonDocument::Compact);
        QUrl url(QStringLiteral("http://127.0.0.1/webhooks/website"));
        url.setPort(runtime.webhooks()->serverPort());
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Moulin-Signature", WebhookVerifier::signatureHeader(
                                                       secret, QDateTime::currentSecsSinceEpoch(), body));
        QNetworkAccessManager nam;
        QElapsedTimer sent;
        sent.start();
        QNetworkReply* reply = nam.post(request, body);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QTRY_VERIFY_WITH_TIMEOUT(tab->bookingModel()->rowCount() == before + 1, 1000);
        QVERIFY2(sent.elapsed() <= 1000, qPrintable(QString::number(sent.elapsed())));
        QCOMPARE(arrived.count(), 1);
        const QString announced = arrived.first().first().toString();
        QVERIFY2(announced.contains(QStringLiteral("Sophie Marchand, 6 couverts, 20:45")),
                 qPrintable(announced));
        QVERIFY2(tab->notificationText().contains(QStringLiteral("Sophie Marchand")),
                 qPrintable(tab->notificationText()));
        bool found = false;
        for (int row = 0; row < tab->bookingModel()->rowCount(); ++row) {
            const QString name = tab->bookingModel()->index(row, BookingTableModel::Guest).data().toString();
            if (name.contains(QStringLiteral("Sophie Marchand"))) {
                found = true;
                QCOMPARE(tab->bookingModel()->index(row, BookingTableModel::Source).data().toString(),
                         QStringLiteral("Site"));
            }
        }
        QVERIFY(found);
        // What the host sees, kept for a look.
        const QString shot = QDir(m_dir).filePath(QStringLiteral("reservationstab-webhook.png"));
        QVERIFY(tab->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        area.detach();
    }

    void zeroNoShowRateIsWritten()
    {
        seed();
        // By the website, one lunch last week that came: 0 % no-show there.
        BookingRecord site = record(QStringLiteral("website"), QStringLiteral("P-3"),
                                    QStringLiteral("Durand"), 2, QTime(12, 30), kToday.addDays(-6));
        site.bookedAt = site.startsAt.addDays(-3);
        site.status = BookingStatus::Left;
        apply(site);
        QVERIFY(makeTab());
        m_tab->setCurrentPage(ReservationsTab::StatsPage);
        ReservationStatsPage* stats = m_tab->statsPage();
        // No bar is drawn for 0: the rate goes with the channel's name.
        QCOMPARE(stats->noShowRate(QStringLiteral("website")), 0.0);
        QVERIFY2(stats->noShowLabel(QStringLiteral("website")).endsWith(QLatin1String("0 %")),
                 qPrintable(stats->noShowLabel(QStringLiteral("website"))));
    }

    void weekAndStatistics()
    {
        seed();
        // Last Saturday: one booking that came, one no-show.
        BookingRecord came = record(QStringLiteral("thefork"), QStringLiteral("P-1"), QStringLiteral("Henry"),
                                    8, QTime(20, 0), kToday.addDays(-7));
        came.bookedAt = came.startsAt.addDays(-10);
        came.status = BookingStatus::Left;
        apply(came);
        BookingRecord noShow = record(QStringLiteral("thefork"), QStringLiteral("P-2"),
                                      QStringLiteral("Faure"), 2, QTime(20, 30), kToday.addDays(-7));
        noShow.status = BookingStatus::NoShow;
        noShow.bookedAt = noShow.startsAt.addDays(-2);
        apply(noShow);
        // The areas' footfall sources, as the sales and reservation areas
        // register them (moulin_forecast reads them on a pool thread).
        ReadInterfaces::provide<CoversHistorySource>(std::make_shared<FourWeeksOfTill>());
        ReadInterfaces::provide<BookingsSource>(std::make_shared<BookFootfall>());
        const auto withdraw = qScopeGuard([] {
            ReadInterfaces::withdraw<CoversHistorySource>();
            ReadInterfaces::withdraw<BookingsSource>();
        });
        QVERIFY(makeTab());

        // The footfall forecast on today's cards. Dinner: the Saturdays' 40
        // covers, of which 12 booked today × 80 % that come (last Saturday: 8
        // came, 2 no-show) and the rest walk-ins (everything is on the books
        // by 18:20). Lunch: the 30 usual walk-ins (no lunch booking in the
        // book's history) and today's 5 booked × 80 %.
        QTRY_VERIFY(m_tab->forecast().services.size() == 2 * ReservationsTab::kForecastDays);
        QVERIFY2(m_tab->serviceCard(1)->forecastText().contains(QStringLiteral("environ 40 couverts")) &&
                     m_tab->serviceCard(1)->forecastText().contains(QStringLiteral("10 des réservés")),
                 qPrintable(m_tab->serviceCard(1)->forecastText()));
        QVERIFY2(m_tab->serviceCard(0)->forecastText().contains(QStringLiteral("environ 34 couverts")),
                 qPrintable(m_tab->serviceCard(0)->forecastText()));
        QVERIFY2(m_tab->serviceCard(0)->forecastText().contains(QStringLiteral("4 semaines")),
                 qPrintable(m_tab->serviceCard(0)->forecastText()));
        QVERIFY(m_tab->grab().save(QDir(m_dir).filePath(QStringLiteral("reservationstab-forecast-day.png"))));
        // None for a day gone by: its covers are known.
        m_tab->showPreviousDay();
        QVERIFY(m_tab->serviceCard(1)->forecastText().isEmpty());
        m_tab->showToday();

        // Prévision: fourteen days, both services in the table, the day's
        // parts stacked in the chart.
        m_tab->setCurrentPage(ReservationsTab::ForecastPage);
        ForecastView* forecast = m_tab->forecastView();
        QVERIFY(forecast->isVisible());
        QCOMPARE(forecast->table()->rowCount(), 2 * ForecastView::kDays);
        const QList<double> today = forecast->dayBars(0);
        QCOMPARE(today.size(), 3);
        QVERIFY(qAbs(today.at(0) - 13.6) < 0.01); // (5 + 12) × 80 %
        QVERIFY(qAbs(today.at(0) + today.at(1) + today.at(2) - 74.0) < 0.01);
        QVERIFY2(forecast->basisText().contains(QStringLiteral("4 semaines")),
                 qPrintable(forecast->basisText()));
        QCOMPARE(forecast->table()->item(1, 3)->text(), QStringLiteral("40"));
        const QString shot = QDir(m_dir).filePath(QStringLiteral("reservationstab-forecast.png"));
        QVERIFY(m_tab->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        m_tab->setCurrentPage(ReservationsTab::WeekPage);
        WeekOverview* week = m_tab->weekOverview();
        QVERIFY2(week->titleText().contains(QStringLiteral("7 décembre")), qPrintable(week->titleText()));
        LoadCell* saturdayDinner = week->cell(5, 1);
        QCOMPARE(saturdayDinner->load().day, kToday);
        QCOMPARE(saturdayDinner->load().covers, 12);
        QCOMPARE(saturdayDinner->load().capacity, 60);
        QCOMPARE(week->cell(5, 0)->load().covers, 5);
        // ‹: the week before.
        week->findChild<QToolButton*>(QStringLiteral("previousWeek"))->click();
        QCOMPARE(week->cell(5, 1)->load().day, kToday.addDays(-7));
        QCOMPARE(week->cell(5, 1)->load().covers, 8);
        saturdayDinner = week->cell(5, 1);
        QTest::mouseClick(saturdayDinner, Qt::LeftButton);
        QCOMPARE(m_tab->currentPage(), ReservationsTab::DayPage);
        QCOMPARE(m_tab->date(), kToday.addDays(-7));
        QCOMPARE(m_tab->bookingModel()->rowCount(), 2);
        m_tab->showToday();

        m_tab->setCurrentPage(ReservationsTab::StatsPage);
        ReservationStatsPage* stats = m_tab->statsPage();
        QCOMPARE(stats->averageCovers(1, 6), 8.0); // Saturday dinners: one, 8 covers (the no-show takes none)
        QCOMPARE(stats->noShowRate(QStringLiteral("thefork")), 50.0);
        QVERIFY(!stats->noShowLabel(QStringLiteral("thefork")).contains(QLatin1String("0 %")));
        QVERIFY(!stats->coversCard()->isShowingEmptyMessage());
        QVERIFY(!stats->leadCard()->isShowingEmptyMessage());
        QTest::qWait(50);
        QVERIFY(m_tab->grab().save(QDir(m_dir).filePath(QStringLiteral("reservationstab-stats.png"))));
        m_tab->grab().save(tmpShot(QStringLiteral("reservationstab-stats.png")));
        m_tab->setCurrentPage(ReservationsTab::WeekPage);
        QTest::qWait(50);
        m_tab->grab().save(tmpShot(QStringLiteral("reservationstab-week.png")));
    }

    void screenshot()
    {
        seed();
        BookingRecord again = record(QStringLiteral("website"), QStringLiteral("W-8"),
                                     QStringLiteral("E. Dupre"), 4, QTime(20, 30));
        again.guest.phone = QStringLiteral("06.12.34.56.78");
        QVERIFY(makeTab());
        apply(again);
        m_tab->reload(); // announced, and flagged as a probable duplicate
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY(store().setStatus(db, m_martin, BookingStatus::Seated, &error));
        m_tab->reload();
        focusRowOf(m_elodie);
        QTest::qWait(50);
        const QImage shot = m_tab->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(m_dir).filePath(QStringLiteral("reservationstab.png"))));
        QVERIFY(shot.save(QStringLiteral("/tmp/reservationstab.png")));
        // And with the form open.
        QTest::keyClick(m_tab.get(), Qt::Key_N, Qt::ControlModifier);
        type(m_tab->bookingForm()->nameEdit(), QStringLiteral("Lefèvre"));
        m_tab->bookingForm()->partyEdit()->setText(QStringLiteral("0"));
        QTest::keyClick(m_tab->bookingForm()->nameEdit(), Qt::Key_Return);
        QTest::qWait(50);
        m_tab->grab().save(tmpShot(QStringLiteral("reservationstab-form.png")));
    }
};

QTEST_MAIN(TestReservationsTab)
#include "tst_reservationstab.moc"
