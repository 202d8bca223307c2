// Brevo's contacts both ways as the application runs them: registered by the
// customers area, configured in the settings with its API key in the
// keychain (sent as `api-key`), run by ConnectorRuntime over real HTTP
// against the sandbox's Brevo emulation, into the CRM of a data folder whose
// guests come from a book (crmtestsupport.h). Every expectation is read from
// the sandbox's own data.

#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/net/httpclient.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "contractvalidator.h"
#include "crm/connectors/brevo/brevofeed.h"
#include "crm/connectors/brevo/brevolists.h"
#include "crm/connectors/brevo/sandboxbrevo.h"
#include "crm/connectors/crmconnectors.h"
#include "crm/core/crmstore.h"
#include "crmtestsupport.h"
#include "frenchpending.h"
#include "keychainsupport.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Moulin;

namespace {

const QString kId = QStringLiteral("brevo");
const QString kContacts = QStringLiteral("contacts");

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

ActivityGuest guest(const QString& id, const QString& name, const QString& email, const QString& phone,
                    std::optional<bool> consent = std::nullopt)
{
    ActivityGuest g;
    g.channel = QStringLiteral("thefork");
    g.externalId = id;
    g.name = name;
    g.email = email;
    g.phone = phone;
    g.emailConsent = consent;
    g.updatedAt = QDateTime::currentDateTimeUtc();
    return g;
}

} // namespace

class TestBrevoSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxBrevo* m_brevo = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    const QByteArray m_key = Test::testSecret(QStringLiteral("brevo-api-key"));
    Test::FakeBook m_book;
    Test::FakeTill m_till;
    SandboxBrevo::Contact m_guestContact; ///< a contact who is one of the restaurant's guests

    ConnectorConfig config() const
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("crm_type");
        c.typeName = QStringLiteral("Brevo");
        c.connectorId = kId;
        c.apiUrl = m_server->baseUrl().resolved(QUrl(QStringLiteral("/brevo/v3/")));
        c.authMethod = QStringLiteral("api_key");
        c.retryAttempts = 2;
        c.feeds = {{kContacts, true, 60}};
        return c;
    }

    /// The book's guests into the CRM (as the Clients tab's sync does).
    void syncBook()
    {
        QSqlDatabase db = Database::connection();
        const CrmStore::SyncResult r = CrmStore().sync(db, &m_book, &m_till);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    FeedRunSummary syncBrevo(ConnectorRuntime& runtime, int timeoutMs = 60000)
    {
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        if (runtime.syncNow(kId) != 1) {
            Test::fail(QStringLiteral("brevo has no feed to run"));
            return {};
        }
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs)) {
            Test::fail(QStringLiteral("the brevo feed did not finish"));
            return {};
        }
        return finished.first().at(0).value<FeedRunSummary>();
    }

    static qint64 profileOf(const QString& source, const QString& key)
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profileOf(db, source, key);
    }

    static std::optional<CrmProfile> profile(qint64 id)
    {
        QSqlDatabase db = Database::connection();
        return CrmStore().profile(db, id);
    }

    QList<SandboxBrevo::Served> served(const QString& method, const QString& path) const
    {
        QList<SandboxBrevo::Served> out;
        for (const SandboxBrevo::Served& s : m_brevo->served()) {
            if (s.method == method && s.path == path)
                out.append(s);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerCrmConnectors();
        QVERIFY(ConnectorModules::isImplemented(kId));
        m_server = std::make_unique<SandboxServer>(11);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_brevo = SandboxBrevo::of(m_server.get());
        m_brevo->setRequireApiKey(true);
        m_brevo->addApiKey(m_key);
        m_credentials = std::make_unique<CredentialStore>();
    }

    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("brevo-sync")));
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_brevo->setClock({});
        m_brevo->reset();
        // The restaurant's guests: one Brevo knows (same e-mail and name),
        // one only Moulin knows who said yes to the newsletter, one who said no.
        m_guestContact = m_brevo->contacts().first();
        const QString name = m_guestContact.attributes.value(QStringLiteral("FIRSTNAME")).toString() +
                             QLatin1Char(' ') +
                             m_guestContact.attributes.value(QStringLiteral("LASTNAME")).toString();
        m_book.guests = {
            guest(QStringLiteral("g1"), name, m_guestContact.email, QStringLiteral("06 11 11 11 11")),
            guest(QStringLiteral("g2"), QStringLiteral("Bruno Lefort"),
                  QStringLiteral("bruno.lefort@exemple.fr"), QStringLiteral("06 12 34 56 78"), true),
            guest(QStringLiteral("g3"), QStringLiteral("Anne Sansnouvelles"),
                  QStringLiteral("anne.sans@exemple.fr"), QStringLiteral("06 99 99 99 99"), false)};
        // Bruno came ten times (his reward), the last time three days ago,
        // and paid 84.50 € then.
        m_book.bookings.clear();
        for (int i = 0; i < 10; ++i)
            m_book.bookings.append(Test::FakeBook::booking(
                QStringLiteral("thefork"), QStringLiteral("b%1").arg(i), QStringLiteral("g2"),
                QStringLiteral("Bruno Lefort"), {}, {}, QDate::currentDate().addDays(-3 - 7 * i)));
        m_till.receipts = {Test::FakeTill::receipt(
            QStringLiteral("r1"),
            QDateTime(QDate::currentDate().addDays(-3), QTime(22, 0), QTimeZone("Europe/Paris")), 2, 8450)};
        syncBook();
        const CredentialStore::Outcome saved = Test::saveSecret(*m_credentials, kId, m_key);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(ConnectorSettings::save(config()));
    }

    void cleanup() { Database::closeConnection(); }

    void cleanupTestCase() { m_server.reset(); }

    void firstSyncPullsContactsIntoProfiles()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        // As pulled (the push that follows changes some of them at Brevo).
        const QList<SandboxBrevo::Contact> contacts = m_brevo->contacts();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));

        // Every contact is an identity of source "brevo".
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM crm_identity WHERE source = 'brevo'")).toInt(),
            int(contacts.size()));
        // The guest Brevo knows is one profile with his booking identity.
        const qint64 guestProfile = profileOf(QStringLiteral("thefork"), QStringLiteral("g1"));
        QVERIFY(guestProfile > 0);
        QCOMPARE(profileOf(kId, QString::number(m_guestContact.id)), guestProfile);
        // Consent from the blacklists, at Brevo's modifiedAt, source "brevo".
        int blacklisted = 0, smsRefused = 0;
        for (const SandboxBrevo::Contact& c : contacts) {
            const qint64 id = profileOf(kId, QString::number(c.id));
            QVERIFY2(id > 0, qPrintable(c.email));
            const std::optional<CrmProfile> p = profile(id);
            QVERIFY(p);
            QCOMPARE(p->emailConsent.given, std::optional<bool>(!c.emailBlacklisted));
            QCOMPARE(p->emailConsent.source, kId);
            QCOMPARE(p->emailConsent.at, utc(c.modifiedMs));
            QCOMPARE(p->smsConsent.given, std::optional<bool>(!c.smsBlacklisted));
            blacklisted += c.emailBlacklisted ? 1 : 0;
            smsRefused += c.smsBlacklisted ? 1 : 0;
            // A Brevo-only contact's number, in E.164.
            if (c.attributes.contains(QStringLiteral("SMS")) && id != guestProfile)
                QCOMPARE(p->summary.phone, c.attributes.value(QStringLiteral("SMS")).toString());
        }
        QVERIFY(blacklisted > 0);
        QVERIFY(smsRefused > 0);
        // Pages asked by offset, oldest first, 500 at a time, from the beginning.
        const QList<SandboxBrevo::Served> pages = served(QStringLiteral("GET"), kContacts);
        QVERIFY(!pages.isEmpty());
        QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
        QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("sort")), QStringLiteral("asc"));
        QVERIFY(!pages.first().query.hasQueryItem(QStringLiteral("modifiedSince")));

        // The next run asks only for what changed since the newest contact seen.
        qint64 newest = 0;
        for (const SandboxBrevo::Contact& c : contacts)
            newest = std::max(newest, c.modifiedMs);
        m_brevo->clearServed();
        QVERIFY(syncBrevo(runtime).ok);
        const QList<SandboxBrevo::Served> again = served(QStringLiteral("GET"), kContacts);
        QVERIFY(!again.isEmpty());
        // (the contacts the first run sent changed after the newest one pulled)
        QVERIFY(QDateTime::fromString(
                    QUrl::fromPercentEncoding(
                        again.first().query.queryItemValue(QStringLiteral("modifiedSince")).toUtf8()),
                    Qt::ISODateWithMs)
                    .isValid());
        // Bruno, sent by the first run, is pulled by the second.
        QCOMPARE(m_brevo->contacts().size(), contacts.size() + 1);
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM crm_identity WHERE source = 'brevo'")).toInt(),
            int(m_brevo->contacts().size()));
        QCOMPARE(
            profileOf(kId, QString::number(m_brevo->contact(QStringLiteral("bruno.lefort@exemple.fr"))->id)),
            profileOf(QStringLiteral("thefork"), QStringLiteral("g2")));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);
    }

    void pushCreatesAttributesAndContacts()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        // The custom attributes, created once each.
        for (const auto& [name, type] : BrevoFeed::customAttributes()) {
            QVERIFY2(m_brevo->attributeNames().contains(name), qPrintable(name));
            QCOMPARE(
                served(QStringLiteral("POST"), QStringLiteral("contacts/attributes/normal/") + name).size(),
                1);
        }
        // Bruno (consent given, only in Moulin) created with his values; Anne
        // (no consent) not sent.
        const std::optional<SandboxBrevo::Contact> bruno =
            m_brevo->contact(QStringLiteral("bruno.lefort@exemple.fr"));
        QVERIFY(bruno);
        QCOMPARE(bruno->attributes.value(QStringLiteral("FIRSTNAME")).toString(), QStringLiteral("Bruno"));
        QCOMPARE(bruno->attributes.value(QStringLiteral("LASTNAME")).toString(), QStringLiteral("Lefort"));
        QCOMPARE(bruno->attributes.value(QStringLiteral("SMS")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(bruno->attributes.value(QStringLiteral("VISITES")).toInt(), 10);
        QCOMPARE(bruno->attributes.value(QStringLiteral("CA_TOTAL")).toDouble(), 84.5);
        QCOMPARE(bruno->attributes.value(QStringLiteral("RECOMPENSES")).toInt(), 1);
        QCOMPARE(bruno->attributes.value(QStringLiteral("RECOMPENSE_EN_COURS")).toString(),
                 QStringLiteral("10 visites"));
        QCOMPARE(bruno->attributes.value(QStringLiteral("VIP")).toBool(), false);
        QCOMPARE(bruno->attributes.value(QStringLiteral("DERNIERE_VISITE")).toString(),
                 QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        QVERIFY(!bruno->emailBlacklisted);
        QVERIFY(!m_brevo->contact(QStringLiteral("anne.sans@exemple.fr")));
        // The guest already at Brevo updated through the batch: his phone and visits.
        const std::optional<SandboxBrevo::Contact> known = m_brevo->contact(m_guestContact.email);
        QCOMPARE(known->attributes.value(QStringLiteral("SMS")).toString(), QStringLiteral("+33611111111"));
        QVERIFY(known->attributes.contains(QStringLiteral("VISITES")));
        QCOMPARE(served(QStringLiteral("POST"), QStringLiteral("contacts/batch")).size(), 1);
        QCOMPARE(served(QStringLiteral("POST"), kContacts).size(), 1);
        // Every body sent holds to Brevo's contract.
        for (const SandboxBrevo::Served& s : m_brevo->served()) {
            QString schema;
            if (s.method == QLatin1String("POST") && s.path == kContacts)
                schema = QStringLiteral("contact.request");
            else if (s.path == QLatin1String("contacts/batch"))
                schema = QStringLiteral("contacts-batch.request");
            else if (s.path.startsWith(QLatin1String("contacts/attributes/")))
                schema = QStringLiteral("attribute.request");
            if (schema.isEmpty())
                continue;
            const QStringList violations = Test::contractViolations(
                Test::contractPath(QStringLiteral("brevo/%1.schema.json").arg(schema)), s.body);
            QVERIFY2(violations.isEmpty(),
                     qPrintable(s.path + QLatin1String(": ") + violations.join(QLatin1Char(';'))));
        }

        // Nothing changed: the next runs send nothing and create nothing.
        QVERIFY(syncBrevo(runtime).ok);
        m_brevo->clearServed();
        QVERIFY(syncBrevo(runtime).ok);
        QVERIFY(served(QStringLiteral("POST"), kContacts).isEmpty());
        QVERIFY(served(QStringLiteral("POST"), QStringLiteral("contacts/batch")).isEmpty());
        for (const SandboxBrevo::Served& s : m_brevo->served())
            QVERIFY2(!s.path.startsWith(QLatin1String("contacts/attributes/")), qPrintable(s.path));
    }

    void aNewerBrevoChangeWinsAndMoulinsIsKept()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(syncBrevo(runtime).ok);
        // Moulin: the guest's number changes in the book now.
        m_book.guests[0].phone = QStringLiteral("06 22 22 22 22");
        m_book.guests.append(m_book.guests[0]);
        syncBook();
        const qint64 id = profileOf(QStringLiteral("thefork"), QStringLiteral("g1"));
        QCOMPARE(profile(id)->summary.phone, QStringLiteral("+33622222222"));
        // Brevo: the guest changes it an hour later.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        m_brevo->setClock([later] { return later; });
        QVERIFY(m_brevo->updateContact(m_guestContact.email, [](SandboxBrevo::Contact& c) {
            c.attributes.insert(QStringLiteral("SMS"), QStringLiteral("+33633333333"));
        }));
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        const std::optional<CrmProfile> p = profile(id);
        QCOMPARE(p->summary.phone, QStringLiteral("+33633333333"));
        QCOMPARE(m_brevo->contact(m_guestContact.email)->attributes.value(QStringLiteral("SMS")).toString(),
                 QStringLiteral("+33633333333"));
        // The loser in the profile's history.
        const auto it = std::find_if(p->conflicts.cbegin(), p->conflicts.cend(), [](const CrmFieldChange& f) {
            return f.field == QLatin1String("phone");
        });
        QVERIFY(it != p->conflicts.cend());
        QCOMPARE(it->lostValue, QStringLiteral("+33622222222"));
        QCOMPARE(it->lostSource, QStringLiteral("moulin"));
        QCOMPARE(it->keptValue, QStringLiteral("+33633333333"));
        QCOMPARE(it->keptSource, kId);
        QCOMPARE(it->keptAt, utc(later));
    }

    void aNewerMoulinChangeWinsAndBrevosIsKept()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(syncBrevo(runtime).ok);
        // Brevo: the number changes half an hour ago…
        const qint64 earlier = QDateTime::currentMSecsSinceEpoch() - 1800 * 1000;
        m_brevo->setClock([earlier] { return earlier; });
        QVERIFY(m_brevo->updateContact(m_guestContact.email, [](SandboxBrevo::Contact& c) {
            c.attributes.insert(QStringLiteral("SMS"), QStringLiteral("+33644444444"));
        }));
        m_brevo->setClock({});
        // …and in Moulin now.
        m_book.guests[0].phone = QStringLiteral("06 55 55 55 55");
        m_book.guests.append(m_book.guests[0]);
        syncBook();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        const qint64 id = profileOf(QStringLiteral("thefork"), QStringLiteral("g1"));
        const std::optional<CrmProfile> p = profile(id);
        QCOMPARE(p->summary.phone, QStringLiteral("+33655555555"));
        // Brevo gets Moulin's number; its own is in the history.
        QCOMPARE(m_brevo->contact(m_guestContact.email)->attributes.value(QStringLiteral("SMS")).toString(),
                 QStringLiteral("+33655555555"));
        const auto it = std::find_if(p->conflicts.cbegin(), p->conflicts.cend(), [](const CrmFieldChange& f) {
            return f.field == QLatin1String("phone");
        });
        QVERIFY(it != p->conflicts.cend());
        QCOMPARE(it->lostValue, QStringLiteral("+33644444444"));
        QCOMPARE(it->lostSource, kId);
        QCOMPARE(it->lostAt, utc(earlier));
        QCOMPARE(it->keptValue, QStringLiteral("+33655555555"));
        QCOMPARE(it->keptSource, QStringLiteral("moulin"));
    }

    void anEmailChangedInMoulinMovesTheContact()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(syncBrevo(runtime).ok);
        m_book.guests[0].email = QStringLiteral("nouvelle.adresse@exemple.fr");
        m_book.guests.append(m_book.guests[0]);
        syncBook();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        QVERIFY(!m_brevo->contact(m_guestContact.email));
        const std::optional<SandboxBrevo::Contact> moved =
            m_brevo->contact(QStringLiteral("nouvelle.adresse@exemple.fr"));
        QVERIFY(moved);
        QCOMPARE(moved->id, m_guestContact.id);
        // Settled: the next runs send nothing more.
        QVERIFY(syncBrevo(runtime).ok);
        m_brevo->clearServed();
        QVERIFY(syncBrevo(runtime).ok);
        QVERIFY(served(QStringLiteral("POST"), QStringLiteral("contacts/batch")).isEmpty());
        QVERIFY(served(QStringLiteral("POST"), kContacts).isEmpty());
    }

    void aRateLimitIsWaitedForAsBrevoSays()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        m_brevo->rateLimitNext(1, 2);
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        const QList<SandboxBrevo::Served> all = m_brevo->served();
        QVERIFY(all.size() >= 2);
        QCOMPARE(all[0].status, 429);
        QCOMPARE(all[1].path, all[0].path);
        QCOMPARE(all[1].query.toString(), all[0].query.toString());
        // Sent again once x-sib-ratelimit-reset (2 s) had passed, not before.
        QVERIFY2(all[1].atMs - all[0].atMs >= 1950, qPrintable(QString::number(all[1].atMs - all[0].atMs)));
        QCOMPARE(all[1].status, 200);
    }

    void aRefusedAttributeIsNamed()
    {
        m_brevo->addCalculatedAttribute(QStringLiteral("CA_TOTAL"));
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(QLatin1String("CA_TOTAL")), qPrintable(run.error));
        QVERIFY2(run.error.contains(QLatin1String("400")), qPrintable(run.error));
        // Where Intégrations reads it: the run's history.
        QTRY_VERIFY_WITH_TIMEOUT(
            Test::scalar(QStringLiteral(
                             "SELECT error FROM sync_run WHERE connector = 'brevo' ORDER BY id DESC LIMIT 1"))
                .toString()
                .contains(QLatin1String("CA_TOTAL")),
            10000);
        // The contacts pulled are in; Brevo took nothing of what was refused.
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM crm_identity WHERE source = 'brevo'")).toInt(),
            int(m_brevo->contacts().size()));
        QVERIFY(!m_brevo->contact(QStringLiteral("bruno.lefort@exemple.fr")));
        QVERIFY(!m_brevo->contact(m_guestContact.email)->attributes.contains(QStringLiteral("SMS")));
    }

    void aDeletionRequestIsProcessed()
    {
        const SandboxBrevo::Contact doomed = m_brevo->contacts().at(3);
        {
            QSqlDatabase db = Database::connection();
            CrmStore store;
            QString error;
            QVERIFY2(store.requestRemoteErasure(db, kId, doomed.email, {}, &error), qPrintable(error));
            QVERIFY2(store.requestRemoteErasure(db, kId, QStringLiteral("deja.parti@exemple.fr"), {}, &error),
                     qPrintable(error));
        }
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        QVERIFY(!m_brevo->contact(doomed.email));
        QSqlDatabase db = Database::connection();
        QVERIFY(CrmStore().pendingRemoteErasures(db, kId).isEmpty()); // 404 counts as done
        const QList<SandboxBrevo::Served> deletes = [&] {
            QList<SandboxBrevo::Served> out;
            for (const SandboxBrevo::Served& s : m_brevo->served())
                if (s.method == QLatin1String("DELETE"))
                    out.append(s);
            return out;
        }();
        QCOMPARE(deletes.size(), 2);
        QList<int> statuses;
        for (const SandboxBrevo::Served& s : deletes) {
            QCOMPARE(s.query.queryItemValue(QStringLiteral("identifierType")), QStringLiteral("email_id"));
            statuses.append(s.status);
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{204, 404}));
    }

    void updatesGoInBatchesCreationsOneByOne()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const QList<SandboxBrevo::Contact> known = m_brevo->contacts();
        QVERIFY(syncBrevo(runtime).ok);
        // The manager marks every guest Brevo knows as VIP; two new guests
        // agree to the newsletter.
        QList<qint64> ids;
        {
            QSqlDatabase db = Database::connection();
            CrmStore store;
            QString error;
            for (const SandboxBrevo::Contact& c : known) {
                const qint64 id = profileOf(kId, QString::number(c.id));
                QVERIFY(id > 0);
                if (!ids.contains(id))
                    ids.append(id);
                QVERIFY2(store.setProfileDetails(db, id, {}, {}, true, {}, &error), qPrintable(error));
            }
        }
        m_book.guests.append(guest(QStringLiteral("g4"), QStringLiteral("Lise Neuve"),
                                   QStringLiteral("lise.neuve@exemple.fr"), {}, true));
        m_book.guests.append(guest(QStringLiteral("g5"), QStringLiteral("Marc Neuf"),
                                   QStringLiteral("marc.neuf@exemple.fr"), {}, true));
        syncBook();
        m_brevo->clearServed();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        // Every update in one POST /contacts/batch (up to 100 a request)…
        const QList<SandboxBrevo::Served> batches =
            served(QStringLiteral("POST"), QStringLiteral("contacts/batch"));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(batches.first().body)
                     .object()
                     .value(QStringLiteral("contacts"))
                     .toArray()
                     .size(),
                 ids.size());
        // …the new contacts one request each (Brevo creates in bulk only by
        // an asynchronous import, without the contacts' ids).
        QCOMPARE(served(QStringLiteral("POST"), kContacts).size(), 2);
        QVERIFY(m_brevo->contact(QStringLiteral("lise.neuve@exemple.fr")));
        QVERIFY(m_brevo->contact(QStringLiteral("marc.neuf@exemple.fr")));
        for (const SandboxBrevo::Contact& c : known)
            QVERIFY2(m_brevo->contact(c.email)->attributes.value(QStringLiteral("VIP")).toBool(),
                     qPrintable(c.email));
    }

    void aChangeAtBrevoDuringTheRunIsNotOverwritten()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(syncBrevo(runtime).ok);
        // Moulin: the guest's number changes now.
        m_book.guests[0].phone = QStringLiteral("06 22 22 22 22");
        m_book.guests.append(m_book.guests[0]);
        syncBook();
        const qint64 id = profileOf(QStringLiteral("thefork"), QStringLiteral("g1"));
        QCOMPARE(profile(id)->summary.phone, QStringLiteral("+33622222222"));
        // Brevo: the guest changes it (an hour later by Brevo's clock) while
        // the run is between its pull and its push.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        bool changed = false;
        m_brevo->setRequestHook([&](const QString& method, const QString& path) {
            if (changed || method != QLatin1String("GET") || path != QLatin1String("contacts/attributes"))
                return;
            changed = true;
            m_brevo->setClock([later] { return later; });
            m_brevo->updateContact(m_guestContact.email, [](SandboxBrevo::Contact& c) {
                c.attributes.insert(QStringLiteral("SMS"), QStringLiteral("+33633333333"));
            });
        });
        const FeedRunSummary run = syncBrevo(runtime);
        m_brevo->setRequestHook({});
        QVERIFY(changed);
        QVERIFY2(run.ok, qPrintable(run.error));
        // Brevo's change stands: the push did not go over it…
        QCOMPARE(m_brevo->contact(m_guestContact.email)->attributes.value(QStringLiteral("SMS")).toString(),
                 QStringLiteral("+33633333333"));
        // …and, newer, it is the profile's at once, Moulin's kept in the history.
        const std::optional<CrmProfile> p = profile(id);
        QCOMPARE(p->summary.phone, QStringLiteral("+33633333333"));
        const auto it = std::find_if(p->conflicts.cbegin(), p->conflicts.cend(), [](const CrmFieldChange& f) {
            return f.field == QLatin1String("phone") && f.lostValue == QLatin1String("+33622222222");
        });
        QVERIFY(it != p->conflicts.cend());
        QCOMPARE(it->lostSource, QStringLiteral("moulin"));
        QCOMPARE(it->keptValue, QStringLiteral("+33633333333"));
        QCOMPARE(it->keptSource, kId);
        QCOMPARE(it->keptAt, utc(later));
        // Settled: the next run leaves it as Brevo has it.
        QVERIFY(syncBrevo(runtime).ok);
        QCOMPARE(m_brevo->contact(m_guestContact.email)->attributes.value(QStringLiteral("SMS")).toString(),
                 QStringLiteral("+33633333333"));
        QCOMPARE(profile(id)->summary.phone, QStringLiteral("+33633333333"));
    }

    void aRefusedDeletionIsKeptForTheUserAndNotSentAgain()
    {
        const SandboxBrevo::Contact doomed = m_brevo->contacts().at(3);
        const SandboxBrevo::Contact kept = m_brevo->contacts().at(5);
        // Brevo refuses to delete the address the account is registered with.
        m_brevo->protectContact(kept.email);
        {
            QSqlDatabase db = Database::connection();
            CrmStore store;
            QString error;
            QVERIFY2(store.requestRemoteErasure(db, kId, doomed.email, {}, &error), qPrintable(error));
            QVERIFY2(store.requestRemoteErasure(db, kId, kept.email, {}, &error), qPrintable(error));
        }
        // And a refused attribute blocks the push.
        m_brevo->addCalculatedAttribute(QStringLiteral("CA_TOTAL"));
        // The product runs in French.
        Test::PendingFrench french;
        QVERIFY(french.load());
        QCoreApplication::installTranslator(&french);
        const auto untranslate = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(QLatin1String("CA_TOTAL")), qPrintable(run.error));
        // Each deletion settled on its own all the same: one done…
        QVERIFY(!m_brevo->contact(doomed.email));
        QVERIFY(m_brevo->contact(kept.email));
        QSqlDatabase db = Database::connection();
        QVERIFY(CrmStore().pendingRemoteErasures(db, kId).isEmpty());
        // …one refused, kept with Brevo's reason…
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM crm_remote_erasure")).toInt(), 1);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT email FROM crm_remote_erasure")).toString(), kept.email);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT attempts FROM crm_remote_erasure")).toInt(), 1);
        // …and shown with the connection's problems (Intégrations), naming
        // the contact, the status and Brevo's message.
        const QString reason = Test::scalar(QStringLiteral("SELECT reason FROM quarantine WHERE connector = "
                                                           "'brevo' AND reason_code = 'erasure_refused' AND "
                                                           "resolved_at IS NULL"))
                                   .toString();
        QVERIFY2(
            reason.startsWith(
                QStringLiteral("Brevo a refusé la suppression du contact %1 (HTTP 405) : ").arg(kept.email)),
            qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("not allowed to delete")), qPrintable(reason)); // Brevo's own
        QVERIFY2(reason.endsWith(QStringLiteral("supprimez le contact dans Brevo à la main.")),
                 qPrintable(reason));
        // Not asked again, however long the push stays blocked.
        m_brevo->clearServed();
        QVERIFY(!syncBrevo(runtime).ok);
        for (const SandboxBrevo::Served& s : m_brevo->served())
            QVERIFY2(s.method != QLatin1String("DELETE"), qPrintable(s.path));
        QVERIFY(m_brevo->contact(kept.email));
    }

    void aMergedProfileReachesEachOfItsContacts()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(syncBrevo(runtime).ok);
        // Two contacts only at Brevo, subscribed, with their own numbers.
        QList<SandboxBrevo::Contact> pair;
        for (const SandboxBrevo::Contact& c : m_brevo->contacts()) {
            if (pair.size() < 2 && c.attributes.contains(QStringLiteral("SMS")) && !c.emailBlacklisted &&
                !c.smsBlacklisted)
                pair.append(c);
        }
        QCOMPARE(pair.size(), 2);
        const qint64 a = profileOf(kId, QString::number(pair[0].id));
        const qint64 b = profileOf(kId, QString::number(pair[1].id));
        QVERIFY(a > 0 && b > 0 && a != b);
        // The manager merges them, then marks the guest VIP.
        {
            QSqlDatabase db = Database::connection();
            CrmStore store;
            QString error;
            QVERIFY2(store.merge(db, a, b, &error), qPrintable(error));
            QVERIFY2(store.setProfileDetails(db, a, {}, {}, true, {}, &error), qPrintable(error));
        }
        const std::optional<CrmProfile> merged = profile(a);
        QVERIFY(merged);
        m_brevo->clearServed();
        const FeedRunSummary run = syncBrevo(runtime);
        QVERIFY2(run.ok, qPrintable(run.error));
        // Both contacts hold the profile's values, each keeps its own e-mail
        // and number (they identify it at Brevo).
        for (const SandboxBrevo::Contact& before : pair) {
            const std::optional<SandboxBrevo::Contact> now = m_brevo->contact(before.email);
            QVERIFY2(now, qPrintable(before.email));
            QCOMPARE(now->id, before.id);
            QVERIFY2(now->attributes.value(QStringLiteral("VIP")).toBool(), qPrintable(before.email));
            QCOMPARE(now->attributes.value(QStringLiteral("FIRSTNAME")).toString(),
                     merged->summary.name.section(QLatin1Char(' '), 0, 0));
            QCOMPARE(now->attributes.value(QStringLiteral("SMS")),
                     before.attributes.value(QStringLiteral("SMS")));
        }
        for (const SandboxBrevo::Served& s :
             served(QStringLiteral("POST"), QStringLiteral("contacts/batch"))) {
            const QStringList violations = Test::contractViolations(
                Test::contractPath(QStringLiteral("brevo/contacts-batch.request.schema.json")), s.body);
            QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char(';'))));
        }
        // Settled: the runs after it (the first reads back what was sent)
        // send nothing, and the profile keeps its e-mail and number.
        QVERIFY(syncBrevo(runtime).ok);
        m_brevo->clearServed();
        QVERIFY(syncBrevo(runtime).ok);
        QVERIFY(served(QStringLiteral("POST"), QStringLiteral("contacts/batch")).isEmpty());
        QCOMPARE(profile(a)->summary.email, merged->summary.email);
        QCOMPARE(profile(a)->summary.phone, merged->summary.phone);
    }

    void aSegmentReplacesAListsMembers()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const QList<SandboxBrevo::Contact> contacts = m_brevo->contacts();
        const QString a = contacts[0].email, b = contacts[1].email, c = contacts[2].email;
        const auto replace = [&](const QStringList& emails) {
            std::optional<BrevoLists::Result> result;
            BrevoLists::replaceMembers(runtime, kId, QStringLiteral("Habitués"), emails, this,
                                       [&result](const BrevoLists::Result& r) { result = r; });
            if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
                Test::fail(QStringLiteral("the list was not replaced"));
            return result.value_or(BrevoLists::Result{});
        };
        BrevoLists::Result first = replace({a, b.toUpper(), QStringLiteral("inconnu@exemple.fr")});
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.created);
        QCOMPARE(first.notAtBrevo, QStringList{QStringLiteral("inconnu@exemple.fr")});
        QCOMPARE(m_brevo->lists().size(), 1);
        QCOMPARE(m_brevo->lists().first().name, QStringLiteral("Habitués"));
        QStringList expected{a, b};
        expected.sort();
        QCOMPARE(m_brevo->listMembers(first.listId), expected);

        BrevoLists::Result second = replace({b, c});
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.created);
        QCOMPARE(second.listId, first.listId);
        QCOMPARE(second.removed, QStringList{a});
        QCOMPARE(second.added, QStringList{c});
        expected = QStringList{b, c};
        expected.sort();
        QCOMPARE(m_brevo->listMembers(first.listId), expected);
        QCOMPARE(m_brevo->lists().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBrevoSync)
#include "tst_brevosync.moc"
