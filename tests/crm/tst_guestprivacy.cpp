// GDPR on a real database with the three areas: a guest's export (JSON fields
// checked by hand, the French PDF read back with pdftotext), their erasure
// everywhere (the book anonymised, the till's receipts without their name and
// with the same amounts, the FEC unchanged, the CRM's rows gone, Brevo's
// deletion queued, no table of the file holding their name, e-mail or phone),
// the tombstone stopping a re-sync from rebuilding the profile while a new
// booking starts a new one, and the consent and language the book tells
// reaching the profile with their date and source, the newest winning.

#include "common/core/database.h"
#include "common/core/personaldata.h"
#include "common/sync/quarantineeraser.h"
#include "crm/core/crmstore.h"
#include "crm/core/guestprivacy.h"
#include "crm/print/guestexportpdf.h"
#include "crmtestsupport.h"
#include "frenchpending.h"
#include "pos/connectors/lightspeed/lightspeedsales.h"
#include "pos/core/fecexport.h"
#include "pos/core/poserasure.h"
#include "pos/core/posreceipts.h"
#include "pos/core/salesstore.h"
#include "reservation/core/bookerasure.h"
#include "reservation/core/bookguests.h"
#include "reservation/core/bookstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTranslator>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

const QTimeZone kParis("Europe/Paris");

QJsonObject saleLine(const QString& sku, int quantity, const char* gross, const char* net, const char* tax,
                     const char* taxCode)
{
    static int n = 0;
    return QJsonObject{{QStringLiteral("id"), QString::number(++n)},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("name"), sku == QLatin1String("MENU")
                                                    ? QStringLiteral("Menu du marché")
                                                    : QStringLiteral("Chablis")},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("totalNetAmountWithTax"), QLatin1String(gross)},
                       {QStringLiteral("totalNetAmountWithoutTax"), QLatin1String(net)},
                       {QStringLiteral("taxAmount"), QLatin1String(tax)},
                       {QStringLiteral("taxCode"), QLatin1String(taxCode)}};
}

QJsonObject sale(const QString& id, const QDateTime& closedLocal, int covers, const QString& account,
                 const QJsonArray& lines, const char* paid)
{
    return QJsonObject{{QStringLiteral("receiptId"), id},
                       {QStringLiteral("timeClosed"), closedLocal.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("accountReference"), account},
                       {QStringLiteral("nbCovers"), covers},
                       {QStringLiteral("salesLines"), lines},
                       {QStringLiteral("payments"),
                        QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("CB")},
                                               {QStringLiteral("description"), QStringLiteral("Carte")},
                                               {QStringLiteral("netAmountWithTax"), QLatin1String(paid)}}}}};
}

/// An eraser that only notes whom it was asked to erase.
class RecordingEraser final : public PersonalDataEraser
{
public:
    explicit RecordingEraser(PersonalDataSubject* seen)
        : m_seen(seen)
    {
    }
    QString area() const override { return QStringLiteral("crm-test"); }
    bool erase(QSqlDatabase&, const PersonalDataSubject& subject, int* rows, QString*) override
    {
        *m_seen = subject;
        *rows = 0;
        return true;
    }

private:
    PersonalDataSubject* m_seen;
};

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return text;
}

/// Every table and column of the database holding one of `needles`
/// ("table.column"), text and blobs alike; `skip`: tables not searched.
QStringList holders(QSqlDatabase& db, const QStringList& needles, const QStringList& skip)
{
    QStringList out;
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : std::as_const(names)) {
        if (skip.contains(table))
            continue;
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QByteArray value = rows.value(i).toByteArray().toLower();
                for (const QString& needle : needles) {
                    if (value.contains(needle.toLower().toUtf8())) {
                        const QString where = table + QLatin1Char('.') + record.fieldName(i);
                        if (!out.contains(where))
                            out << where;
                    }
                }
            }
        }
    }
    return out;
}

} // namespace

class TestGuestPrivacy : public QObject
{
    Q_OBJECT

    QDateTime m_now;
    std::unique_ptr<BookStore> m_book;
    qint64 m_phoneBooking = 0;

    CrmStore crm()
    {
        return CrmStore([this] { return m_now; });
    }

    /// Élodie: TheFork (honoured, a request, a note, the newsletter), then
    /// the phone a week later (merged by phone and name); Jean Martin the
    /// same evening; their receipts at the till.
    void seed()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        BookingRecord r;
        r.channel = QStringLiteral("thefork");
        r.externalId = QStringLiteral("b1");
        r.startsAt = QDateTime(QDate(2026, 11, 20), QTime(20, 0), kParis);
        r.partySize = 2;
        r.status = BookingStatus::Left;
        r.version = 1;
        r.specialRequests = QStringLiteral("Anniversaire, gâteau surprise");
        r.guest.externalId = QStringLiteral("g1");
        r.guest.name = QStringLiteral("Élodie Dupré");
        r.guest.phone = QStringLiteral("06 12 34 56 78");
        r.guest.email = QStringLiteral("elodie.dupre@example.fr");
        r.guest.allergies = QStringLiteral("gluten");
        r.guest.notes = QStringLiteral("Aime la table près de la fenêtre");
        r.guest.newsletterOptIn = true;
        QVERIFY2(m_book->apply(db, r, &error), qPrintable(error));

        BookingRecord jean;
        jean.channel = QStringLiteral("thefork");
        jean.externalId = QStringLiteral("b2");
        jean.startsAt = QDateTime(QDate(2026, 11, 20), QTime(20, 0), kParis);
        jean.partySize = 4;
        jean.status = BookingStatus::Left;
        jean.version = 1;
        jean.guest.externalId = QStringLiteral("g2");
        jean.guest.name = QStringLiteral("Jean Martin");
        jean.guest.phone = QStringLiteral("07 00 00 00 01");
        QVERIFY2(m_book->apply(db, jean, &error), qPrintable(error));

        BookingRecord phone;
        phone.channel = QString::fromLatin1(BookingChannel::kPhone);
        phone.startsAt = QDateTime(QDate(2026, 11, 27), QTime(12, 30), kParis);
        phone.partySize = 2;
        phone.guest.name = QStringLiteral("Elodie Dupre");
        phone.guest.phone = QStringLiteral("+33 6 12 34 56 78");
        const std::optional<qint64> id = m_book->addManual(db, phone, &error);
        QVERIFY2(id, qPrintable(error));
        m_phoneBooking = *id;
        QVERIFY(m_book->setStatus(db, *id, BookingStatus::Left, &error));

        QVERIFY(exec(QStringLiteral(
            "INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA10', 1000), ('TVA20', 2000)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_payment_method(code, name, accounting_reference) VALUES "
                                    "('CB', 'Carte bancaire', '51150000')")));
        SalesStore sales;
        LightspeedSalesReader reader;
        SalesStore::Stats stats;
        const QList<QJsonObject> receipts{
            sale(QStringLiteral("R1"), QDateTime(QDate(2026, 11, 20), QTime(22, 10), kParis), 2,
                 QStringLiteral("Mme Dupré"),
                 {saleLine(QStringLiteral("MENU"), 2, "60.00", "54.55", "5.45", "TVA10"),
                  saleLine(QStringLiteral("CHABLIS"), 1, "30.00", "25.00", "5.00", "TVA20")},
                 "90.00"),
            sale(QStringLiteral("R2"), QDateTime(QDate(2026, 11, 20), QTime(22, 30), kParis), 4,
                 QStringLiteral("T7"),
                 {saleLine(QStringLiteral("MENU"), 4, "120.00", "109.09", "10.91", "TVA10")}, "120.00"),
            sale(QStringLiteral("R3"), QDateTime(QDate(2026, 11, 27), QTime(14, 0), kParis), 2,
                 QStringLiteral("T3"),
                 {saleLine(QStringLiteral("MENU"), 2, "40.00", "36.36", "3.64", "TVA10")}, "40.00")};
        db.transaction();
        QVERIFY2(reader.storeSales(sales, db, receipts, &stats, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(stats.quarantined, 0);

        // A reward every two visits.
        CrmLoyaltyRule rule;
        rule.kind = QStringLiteral("visits");
        rule.threshold = 2;
        QVERIFY(crm().saveRule(db, rule, &error));
        const CrmStore::SyncResult synced = sync();
        QVERIFY2(synced.ok, qPrintable(synced.error));
    }

    CrmStore::SyncResult sync()
    {
        QSqlDatabase db = Database::connection();
        const BookGuests book;
        const PosReceipts till;
        return crm().sync(db, &book, &till);
    }

    qint64 elodie()
    {
        QSqlDatabase db = Database::connection();
        return crm().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
    }

    QByteArray fec()
    {
        const FecDocument doc = FecExport::build(
            Database::connection(), {QDate(2026, 11, 1), QDate(2026, 11, 30)}, FecMapping::defaults(),
            QStringLiteral("552100554"), QDate(2026, 12, 31), QDate(2026, 12, 7));
        if (!doc.errors.isEmpty())
            qWarning() << doc.errors;
        return FecExport::encode(doc);
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("guestprivacy"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        m_book = std::make_unique<BookStore>(ServiceCalendar(kParis), [this] { return m_now; });
        PersonalDataErasers::remove(QStringLiteral("reservation"));
        PersonalDataErasers::remove(QStringLiteral("pos"));
        PersonalDataErasers::remove(QStringLiteral("quarantine"));
        PersonalDataErasers::remove(QStringLiteral("crm-test"));
    }
    void cleanup()
    {
        m_book.reset();
        Database::closeConnection();
    }

    void exportHoldsEverythingAboutTheGuest()
    {
        seed();
        QSqlDatabase db = Database::connection();
        const qint64 id = elodie();
        QVERIFY(id > 0);
        QString error;
        QVERIFY(crm().setProfileDetails(db, id, QStringLiteral("Préfère le vin blanc"),
                                        QStringLiteral("habituée"), true, QStringLiteral("05-14"), &error));
        const BookGuests book;
        const PosReceipts till;
        const std::optional<QJsonObject> doc =
            GuestPrivacy([this] { return m_now; }).exportGuest(db, id, &book, &till, &error);
        QVERIFY2(doc, qPrintable(error));
        const QJsonObject profile = doc->value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("email")).toString(),
                 QStringLiteral("elodie.dupre@example.fr"));
        QCOMPARE(profile.value(QStringLiteral("phone")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(profile.value(QStringLiteral("visits")).toInt(), 2);
        QCOMPARE(profile.value(QStringLiteral("spendCents")).toInteger(), 13000); // 90 € + 40 €
        QCOMPARE(profile.value(QStringLiteral("notes")).toString(), QStringLiteral("Préfère le vin blanc"));
        QCOMPARE(profile.value(QStringLiteral("tags")).toString(), QStringLiteral("habituée"));
        QCOMPARE(profile.value(QStringLiteral("birthday")).toString(), QStringLiteral("05-14"));
        QCOMPARE(profile.value(QStringLiteral("allergies")).toString(), QStringLiteral("gluten"));

        // Two identities (TheFork's guest, the phone booking), one merge.
        const QJsonArray identities = doc->value(QStringLiteral("identities")).toArray();
        QCOMPARE(identities.size(), 2);
        QStringList sources;
        for (const QJsonValue& v : identities)
            sources << v.toObject().value(QStringLiteral("source")).toString();
        sources.sort();
        QCOMPARE(sources, (QStringList{QStringLiteral("phone"), QStringLiteral("thefork")}));
        const QJsonArray merges = doc->value(QStringLiteral("merges")).toArray();
        QCOMPARE(merges.size(), 1);
        QVERIFY(merges[0].toObject().value(QStringLiteral("automatic")).toBool());

        // The newsletter consent, with its date and source.
        const QJsonObject email =
            doc->value(QStringLiteral("consents")).toObject().value(QStringLiteral("email")).toObject();
        QCOMPARE(email.value(QStringLiteral("given")).toBool(), true);
        QCOMPARE(email.value(QStringLiteral("source")).toString(), QStringLiteral("thefork"));
        QCOMPARE(email.value(QStringLiteral("at")).toString(), QStringLiteral("2026-12-01T09:00:00.000Z"));

        // Visits with tables and spend, oldest first.
        const QJsonArray visits = doc->value(QStringLiteral("visits")).toArray();
        QCOMPARE(visits.size(), 2);
        QCOMPARE(visits[0].toObject().value(QStringLiteral("bookingId")).toString(), QStringLiteral("b1"));
        QCOMPARE(visits[0].toObject().value(QStringLiteral("spendCents")).toInteger(), 9000);
        QCOMPARE(visits[0].toObject().value(QStringLiteral("receipts")).toArray(),
                 QJsonArray{QStringLiteral("R1")});
        QCOMPARE(visits[1].toObject().value(QStringLiteral("spendCents")).toInteger(), 4000);

        // The book's requests and guest notes, as the book lends them.
        const QJsonArray bookings = doc->value(QStringLiteral("bookings")).toArray();
        QCOMPARE(bookings.size(), 2);
        QCOMPARE(bookings[0].toObject().value(QStringLiteral("specialRequests")).toString(),
                 QStringLiteral("Anniversaire, gâteau surprise"));
        const QJsonArray guests = doc->value(QStringLiteral("bookGuests")).toArray();
        QCOMPARE(guests.size(), 1);
        QCOMPARE(guests[0].toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Aime la table près de la fenêtre"));

        // The receipts with every line, as the till lends them.
        const QJsonArray receipts = doc->value(QStringLiteral("receipts")).toArray();
        QCOMPARE(receipts.size(), 2);
        const QJsonObject r1 = receipts[0].toObject();
        QCOMPARE(r1.value(QStringLiteral("receiptId")).toString(), QStringLiteral("R1"));
        QCOMPARE(r1.value(QStringLiteral("totalCents")).toInteger(), 9000);
        const QJsonArray lines = r1.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Chablis"));
        QCOMPARE(lines[1].toObject().value(QStringLiteral("grossCents")).toInteger(), 3000);

        // The reward of the second visit.
        const QJsonArray rewards = doc->value(QStringLiteral("rewards")).toArray();
        QCOMPARE(rewards.size(), 1);
        QCOMPARE(rewards[0].toObject().value(QStringLiteral("milestone")).toString(),
                 QStringLiteral("visits:2"));

        // The same as a French PDF.
        PendingFrench french;
        QVERIFY(french.load());
        QCoreApplication::installTranslator(&french);
        const QString path =
            QDir(freshDataDir(QStringLiteral("guestprivacy-pdf"))).filePath(QStringLiteral("export.pdf"));
        QVERIFY2(GuestExportPdf::write(path, *doc, QStringLiteral("Le Vieux Moulin"), &error),
                 qPrintable(error));
        QCoreApplication::removeTranslator(&french);
        const QString text = pdfText(path);
        for (const QString& expected :
             {QStringLiteral("Données personnelles de Elodie Dupre"), QStringLiteral("Le Vieux Moulin"),
              QStringLiteral("E-mail : elodie.dupre@example.fr"),
              QStringLiteral("Téléphone : 06 12 34 56 78"), QStringLiteral("Dépense totale : 130,00 €"),
              QStringLiteral("E-mails marketing : oui (le 01/12/2026 10:00, source thefork)"),
              QStringLiteral("Demandes : Anniversaire, gâteau surprise"),
              QStringLiteral("Notes : Aime la table près de la fenêtre"),
              QStringLiteral("Ticket R1 du 20/11/2026 22:10 : 90,00 €"),
              QStringLiteral("1 × Chablis — 30,00 €"), QStringLiteral("Récompense visits:2"),
              QStringLiteral("gluten — indiqué par thefork le"),
              QStringLiteral("20/11/2026 20:00, 2 pers., thefork"), QStringLiteral("Page 1")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    }

    void longExportFlowsOverPages()
    {
        QJsonArray visits;
        for (int i = 0; i < 150; ++i)
            visits.append(QJsonObject{{QStringLiteral("channel"), QStringLiteral("phone")},
                                      {QStringLiteral("startsAt"),
                                       QDateTime(QDate(2026, 1, 1).addDays(i), QTime(19, 0), QTimeZone::utc())
                                           .toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("partySize"), 2},
                                      {QStringLiteral("table"), QString::number(i)},
                                      {QStringLiteral("status"), QStringLiteral("honoured")}});
        const QJsonObject doc{{QStringLiteral("profile"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Anne Habituée")}}},
                              {QStringLiteral("exportedAt"), QStringLiteral("2026-12-01T09:00:00.000Z")},
                              {QStringLiteral("visits"), visits}};
        const QString path =
            QDir(freshDataDir(QStringLiteral("guestprivacy-long"))).filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(GuestExportPdf::write(path, doc, QString(), &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.count(QChar(u'\f')) >= 3, qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Page 3")));
        QVERIFY(text.contains(QStringLiteral("table 149")));
        QVERIFY(text.contains(QStringLiteral("table 0,")));
    }

    void erasureEverywhereKeepsTheFiguresAndTheAccounts()
    {
        seed();
        QSqlDatabase db = Database::connection();
        const qint64 id = elodie();
        QVERIFY(id > 0);
        const QByteArray fecBefore = fec();
        QVERIFY(fecBefore.contains("51150000"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sum(gross_cents), sum(covers) FROM pos_rollup_daily")) &&
                q.next());
        const qint64 salesBefore = q.value(0).toLongLong();
        const int coversBefore = q.value(1).toInt();
        q.finish();

        // A booking of hers TheFork sent that the book could not store, and
        // someone else's.
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO quarantine (at, connector, feed, record_key, reason_code, reason, payload, "
            "payload_hash) "
            "VALUES ('2026-11-30T10:00:00.000Z', 'thefork', 'reservations', 'b7', 'bad_party', 'party size "
            "0', "
            "'{\"customer\": {\"firstName\": \"Élodie\", \"phone\": \"+33612345678\"}}', 1), "
            "('2026-11-30T10:00:00.000Z', 'thefork', 'reservations', 'b8', 'bad_party', 'party size 0', "
            "'{\"customer\": {\"firstName\": \"Paul\", \"phone\": \"+33699999999\"}}', 2)")));

        // The areas' erasers, as the areas register them.
        PersonalDataErasers::add(std::make_shared<BookErasure>([this] { return m_now; }));
        PersonalDataErasers::add(std::make_shared<PosErasure>());
        PersonalDataErasers::add(std::make_shared<QuarantineEraser>());
        // A feature of the customers area with rows of its own (segments…).
        PersonalDataSubject seen;
        auto own = std::make_shared<RecordingEraser>(&seen);
        PersonalDataErasers::add(own);
        m_now = m_now.addDays(1);
        QString error;
        const std::optional<GuestPrivacy::Erasure> erased =
            GuestPrivacy([this] { return m_now; }).erase(db, id, &error);
        QVERIFY2(erased, qPrintable(error));
        QCOMPARE(erased->identities, 2);
        QCOMPARE(erased->visits, 2);
        QCOMPARE(erased->remote, QStringList{QStringLiteral("brevo")});
        QCOMPARE(seen.profileIds.size(), 2); // hers and the one merged into it
        QCOMPARE(seen.profileIds.first(), id);
        QCOMPARE(seen.bookings.size(), 2);
        QCOMPARE(seen.receiptIds.size(), 2);

        // The CRM: no profile, Jean untouched.
        QCOMPARE(crm().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1")), 0);
        QVERIFY(!crm().profile(db, id));
        QVERIFY(crm().search(db, QStringLiteral("Dupré")).isEmpty());
        QCOMPARE(crm().profileCount(db), 1);
        QCOMPARE(crm().search(db, QStringLiteral("Jean")).size(), 1);

        // Brevo's deletion queued, with what Brevo needs to find the contact.
        const QList<CrmRemoteErasure> owed = crm().pendingRemoteErasures(db, QStringLiteral("brevo"));
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed[0].email, QStringLiteral("elodie.dupre@example.fr"));
        QCOMPARE(owed[0].phone, QStringLiteral("+33612345678"));

        // The book, through its interface: anonymised, counts kept.
        const BookGuests book;
        const QList<ActivityBooking> bookings =
            book.bookings({{QStringLiteral("thefork"), QStringLiteral("b1")},
                           {QStringLiteral("thefork"), QStringLiteral("b2")}});
        QCOMPARE(bookings.size(), 2);
        QCOMPARE(bookings[0].guestName, erasedGuestName());
        QVERIFY(bookings[0].guestEmail.isEmpty() && bookings[0].guestPhone.isEmpty());
        QVERIFY(bookings[0].specialRequests.isEmpty() && bookings[0].allergies.isEmpty());
        QCOMPARE(bookings[0].partySize, 2);
        QCOMPARE(bookings[0].status, ActivityBooking::Status::Honoured);
        QCOMPARE(bookings[1].guestName, QStringLiteral("Jean Martin"));
        const QList<ActivityGuest> guests = book.guests({{QStringLiteral("thefork"), QStringLiteral("g1")}});
        QCOMPARE(guests.size(), 1);
        QCOMPARE(guests[0].name, erasedGuestName());
        QVERIFY(guests[0].notes.isEmpty() && !guests[0].emailConsent);
        const std::optional<Booking> phoneBooking = m_book->booking(db, m_phoneBooking);
        QVERIFY(phoneBooking);
        QCOMPARE(phoneBooking->guestName, erasedGuestName());
        QCOMPARE(phoneBooking->partySize, 2);

        // The till, through its interface: the same receipts and amounts.
        const PosReceipts till;
        const QList<ActivityReceipt> receipts = till.receipts({QStringLiteral("R1"), QStringLiteral("R2")});
        QCOMPARE(receipts.size(), 2);
        QCOMPARE(receipts[0].totalCents, 9000);
        QCOMPARE(receipts[0].lines.size(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT account_reference FROM pos_receipt ORDER BY receipt_id")));
        QStringList references;
        while (q.next())
            references << q.value(0).toString();
        QCOMPARE(references, (QStringList{QString(), QStringLiteral("T7"), QStringLiteral("T3")}));
        QVERIFY(q.exec(QStringLiteral("SELECT sum(gross_cents), sum(covers) FROM pos_rollup_daily")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), salesBefore);
        QCOMPARE(q.value(1).toInt(), coversBefore);
        q.finish();
        QCOMPARE(fec(), fecBefore);
        QVERIFY(FecExport::validate(fec()).isEmpty());

        // No table of any area holds the name, e-mail or phone (but the
        // deletion Brevo still owes).
        const QStringList needles{
            QStringLiteral("Dupré"),  QStringLiteral("Dupre"),     QStringLiteral("elodie"),
            QStringLiteral("Élodie"), QStringLiteral("612345678"), QStringLiteral("12 34 56 78"),
            QStringLiteral("gâteau"), QStringLiteral("fenêtre"),   QStringLiteral("vin blanc")};
        QCOMPARE(holders(db, needles, {QStringLiteral("crm_remote_erasure")}), QStringList());
        QVERIFY(holders(db, {QStringLiteral("Jean Martin")}, {})
                    .contains(QStringLiteral("reservation_booking.guest_name")));

        // The quarantined record kept, without its bytes; Paul's untouched.
        QVERIFY(
            q.exec(QStringLiteral("SELECT record_key, payload IS NULL FROM quarantine ORDER BY record_key")));
        QVERIFY(q.next() && q.value(0).toString() == QStringLiteral("b7") && q.value(1).toInt() == 1);
        QVERIFY(q.next() && q.value(0).toString() == QStringLiteral("b8") && q.value(1).toInt() == 0);

        // The register: when and how much, never who.
        QVERIFY(q.exec(QStringLiteral("SELECT identities, visits, areas, remote FROM crm_erasure_log")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 2);
        QVERIFY2(
            q.value(2).toString().startsWith(QStringLiteral("crm-test:0,pos:1,quarantine:1,reservation:")),
            qPrintable(q.value(2).toString()));
        QCOMPARE(q.value(3).toString(), QStringLiteral("brevo"));
    }

    void tombstoneStopsAResyncButNotANewBooking()
    {
        seed();
        QSqlDatabase db = Database::connection();
        PersonalDataErasers::add(std::make_shared<BookErasure>([this] { return m_now; }));
        PersonalDataErasers::add(std::make_shared<PosErasure>());
        m_now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
        QString error;
        QVERIFY2(GuestPrivacy([this] { return m_now; }).erase(db, elodie(), &error), qPrintable(error));

        // The anonymised rows come through the sources again: nothing rebuilt.
        m_now = m_now.addSecs(3600);
        CrmStore::SyncResult synced = sync();
        QVERIFY2(synced.ok, qPrintable(synced.error));
        QCOMPARE(crm().profileCount(db), 1);

        // TheFork re-sends the old booking and its guest, names and all (a
        // re-sync): the book keeps the booking anonymised, the guest's record
        // comes back at the channel's word, the profile does not.
        BookingRecord r;
        r.channel = QStringLiteral("thefork");
        r.externalId = QStringLiteral("b1");
        r.startsAt = QDateTime(QDate(2026, 11, 20), QTime(20, 0), kParis);
        r.partySize = 3;
        r.status = BookingStatus::Left;
        r.version = 5;
        r.specialRequests = QStringLiteral("Anniversaire, gâteau surprise");
        r.guest.externalId = QStringLiteral("g1");
        r.guest.name = QStringLiteral("Élodie Dupré");
        r.guest.phone = QStringLiteral("06 12 34 56 78");
        r.guest.email = QStringLiteral("elodie.dupre@example.fr");
        r.guest.newsletterOptIn = true;
        QVERIFY2(m_book->apply(db, r, &error), qPrintable(error));
        const std::optional<Booking> again =
            m_book->find(db, QStringLiteral("thefork"), QStringLiteral("b1"));
        QVERIFY(again);
        QCOMPARE(again->guestName, erasedGuestName());
        QVERIFY(again->specialRequests.isEmpty());
        QCOMPARE(again->partySize, 3);
        BookingGuest g = r.guest;
        QVERIFY(m_book->upsertGuest(db, QStringLiteral("thefork"), g, 6, &error));
        synced = sync();
        QVERIFY2(synced.ok, qPrintable(synced.error));
        QCOMPARE(crm().profileCount(db), 1);
        QCOMPARE(crm().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1")), 0);
        QVERIFY(crm().search(db, QStringLiteral("Dupré")).isEmpty());

        // She books again, for a service after the erasure: a new profile,
        // without the erased history.
        BookingRecord next = r;
        next.externalId = QStringLiteral("b9");
        next.startsAt = QDateTime(QDate(2026, 12, 18), QTime(20, 0), kParis);
        next.status = BookingStatus::Confirmed;
        next.partySize = 2;
        next.version = 7;
        QVERIFY2(m_book->apply(db, next, &error), qPrintable(error));
        synced = sync();
        QVERIFY2(synced.ok, qPrintable(synced.error));
        QCOMPARE(crm().profileCount(db), 2);
        const qint64 fresh = crm().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
        QVERIFY(fresh > 0);
        const std::optional<CrmProfile> p = crm().profile(db, fresh);
        QVERIFY(p);
        QCOMPARE(p->summary.name, QStringLiteral("Élodie Dupré"));
        QCOMPARE(p->visits.size(), 1);
        QCOMPARE(p->summary.visits, 0);
        QVERIFY(p->rewards.isEmpty());
    }

    void languageAndTextConsentStoredByTheBook()
    {
        // The booking site's guest with a language and a refusal of texts;
        // TheFork's guest in French.
        QSqlDatabase db = Database::connection();
        QString error;
        BookingRecord r;
        r.channel = QStringLiteral("website");
        r.externalId = QStringLiteral("WEB-1");
        r.startsAt = QDateTime(QDate(2026, 12, 12), QTime(20, 0), kParis);
        r.partySize = 2;
        r.version = 1;
        r.guest.externalId = QStringLiteral("w1");
        r.guest.name = QStringLiteral("Jane Doe");
        r.guest.email = QStringLiteral("jane@example.com");
        r.guest.language = QStringLiteral("en");
        r.guest.smsOptIn = false;
        r.guest.newsletterOptIn = true;
        QVERIFY2(m_book->apply(db, r, &error), qPrintable(error));
        const BookGuests book;
        const QList<ActivityGuest> guests = book.guests({{QStringLiteral("website"), QStringLiteral("w1")}});
        QCOMPARE(guests.size(), 1);
        QCOMPARE(guests[0].language, QStringLiteral("en"));
        QCOMPARE(guests[0].smsConsent, std::optional<bool>(false));
        QVERIFY(sync().ok);
        const qint64 id = crm().profileOf(db, QStringLiteral("website"), QStringLiteral("w1"));
        const std::optional<CrmProfile> p = crm().profile(db, id);
        QVERIFY(p);
        QCOMPARE(p->language, QStringLiteral("en"));
        QCOMPARE(p->smsConsent.given, std::optional<bool>(false));
        QCOMPARE(p->smsConsent.source, QStringLiteral("website"));
        QCOMPARE(p->smsConsent.at, m_now);
        QCOMPARE(p->emailConsent.given, std::optional<bool>(true));
    }

    void consentAndLanguageFromTheBookNewestWins()
    {
        QSqlDatabase db = Database::connection();
        Test::FakeBook book;
        ActivityGuest fork;
        fork.channel = QStringLiteral("thefork");
        fork.externalId = QStringLiteral("g1");
        fork.name = QStringLiteral("Anna Schmidt");
        fork.email = QStringLiteral("anna@example.de");
        fork.language = QStringLiteral("de");
        fork.emailConsent = true;
        fork.smsConsent = true;
        fork.updatedAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), QTimeZone::utc());
        book.guests << fork;
        QString error;
        QVERIFY(crm().sync(db, &book, nullptr).ok);
        qint64 id = crm().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1"));
        std::optional<CrmProfile> p = crm().profile(db, id);
        QVERIFY(p);
        QCOMPARE(p->language, QStringLiteral("de"));
        QCOMPARE(p->emailConsent.given, std::optional<bool>(true));
        QCOMPARE(p->emailConsent.source, QStringLiteral("thefork"));
        QCOMPARE(p->emailConsent.at, fork.updatedAt);
        QCOMPARE(p->smsConsent.given, std::optional<bool>(true));
        QCOMPARE(p->smsConsent.at, fork.updatedAt);
        QCOMPARE(p->smsConsent.source, QStringLiteral("thefork"));

        // The website says no to text messages later, in English: the newest
        // statement wins, the e-mail consent stays TheFork's.
        ActivityGuest site;
        site.channel = QStringLiteral("website");
        site.externalId = QStringLiteral("w7");
        site.name = QStringLiteral("Anna Schmidt");
        site.email = QStringLiteral("anna@example.de");
        site.language = QStringLiteral("en");
        site.smsConsent = false;
        site.updatedAt = QDateTime(QDate(2026, 11, 5), QTime(18, 0), QTimeZone::utc());
        book.guests << site;
        QVERIFY(crm().sync(db, &book, nullptr).ok);
        id = crm().profileOf(db, QStringLiteral("website"), QStringLiteral("w7"));
        QCOMPARE(crm().profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1")), id);
        p = crm().profile(db, id);
        QCOMPARE(p->language, QStringLiteral("en"));
        QCOMPARE(p->smsConsent.given, std::optional<bool>(false));
        QCOMPARE(p->smsConsent.source, QStringLiteral("website"));
        QCOMPARE(p->smsConsent.at, site.updatedAt);
        QCOMPARE(p->emailConsent.given, std::optional<bool>(true));
        QCOMPARE(p->emailConsent.source, QStringLiteral("thefork"));

        // TheFork sends the guest again, unchanged answers: its statements
        // keep their dates, so the website's refusal still wins.
        fork.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
        book.guests << fork;
        QVERIFY(crm().sync(db, &book, nullptr).ok);
        p = crm().profile(db, id);
        QCOMPARE(p->smsConsent.given, std::optional<bool>(false));
        // TheFork's opt-in to texts withdrawn there later: a newer statement.
        fork.smsConsent = false;
        fork.emailConsent = false;
        fork.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc());
        book.guests << fork;
        QVERIFY(crm().sync(db, &book, nullptr).ok);
        p = crm().profile(db, id);
        QCOMPARE(p->emailConsent.given, std::optional<bool>(false));
        QCOMPARE(p->emailConsent.at, fork.updatedAt);
        QCOMPARE(p->smsConsent.source, QStringLiteral("thefork"));

        // The export says both statements with their dates.
        const std::optional<QJsonObject> doc = GuestPrivacy().exportGuest(db, id, nullptr, nullptr, &error);
        QVERIFY2(doc, qPrintable(error));
        const QJsonArray statements =
            doc->value(QStringLiteral("consents")).toObject().value(QStringLiteral("statements")).toArray();
        QCOMPARE(statements.size(), 3); // TheFork e-mail and SMS, the website's SMS
    }
};

QTEST_MAIN(TestGuestPrivacy)
#include "tst_guestprivacy.moc"
