// « Envoyer vers Brevo » in the Clients tab's Segments page, as the
// application wires it (CustomersArea::attach with a running Brevo
// connection, its API key in the keychain): the saved segment's guests who
// agreed to e-mails become the Brevo list named after the segment, over real
// HTTP to the sandbox; a guest without consent never reaches it.

#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/runtime/connectorruntime.h"
#include "crm/connectors/brevo/sandboxbrevo.h"
#include "crm/connectors/crmconnectors.h"
#include "crm/core/crmstore.h"
#include "crm/core/segments.h"
#include "crm/ui/crmarea.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/segmentspage.h"
#include "crmtestsupport.h"
#include "keychainsupport.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Moulin;

namespace {
const QString kId = QStringLiteral("brevo");

ActivityGuest guest(const QString& id, const QString& name, const QString& email, std::optional<bool> consent)
{
    ActivityGuest g;
    g.channel = QStringLiteral("thefork");
    g.externalId = id;
    g.name = name;
    g.email = email;
    g.emailConsent = consent;
    g.updatedAt = QDateTime::currentDateTimeUtc();
    return g;
}
} // namespace

class TestSegmentsBrevo : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxBrevo* m_brevo = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    const QByteArray m_key = Test::testSecret(QStringLiteral("brevo-api-key"));

private Q_SLOTS:
    void initTestCase()
    {
        registerCrmConnectors();
        m_server = std::make_unique<SandboxServer>(11);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_brevo = SandboxBrevo::of(m_server.get());
        m_brevo->setRequireApiKey(true);
        m_brevo->addApiKey(m_key);
        m_credentials = std::make_unique<CredentialStore>();
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("segments-brevo")));
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }
    void cleanupTestCase()
    {
        Database::closeConnection();
        m_server.reset();
    }

    void aSavedSegmentBecomesABrevoListOfTheConsentingGuests()
    {
        // Bruno (yes to e-mails) and Anne (no) came five times each.
        Test::FakeBook book;
        book.guests = {guest(QStringLiteral("g1"), QStringLiteral("Bruno Lefort"),
                             QStringLiteral("bruno.lefort@exemple.fr"), true),
                       guest(QStringLiteral("g2"), QStringLiteral("Anne Sansnouvelles"),
                             QStringLiteral("anne.sans@exemple.fr"), false)};
        for (int i = 0; i < 5; ++i) {
            const QDate day = QDate::currentDate().addDays(-3 - 7 * i);
            book.bookings << Test::FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b%1").arg(i),
                                                     QStringLiteral("g1"), QStringLiteral("Bruno Lefort"), {},
                                                     {}, day)
                          << Test::FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("a%1").arg(i),
                                                     QStringLiteral("g2"),
                                                     QStringLiteral("Anne Sansnouvelles"), {}, {}, day);
        }
        QSqlDatabase db = Database::connection();
        const CrmStore::SyncResult synced = CrmStore().sync(db, &book, nullptr);
        QVERIFY2(synced.ok, qPrintable(synced.error));
        Segment regulars;
        regulars.name = QStringLiteral("Habitués de l'hiver");
        regulars.rules = {SegmentRule{SegmentRule::Kind::VisitsAtLeast, QStringLiteral("5"), 0}};
        QString error;
        QVERIFY2(CrmSegments(QDate::currentDate()).save(db, regulars, &error).has_value(), qPrintable(error));

        ConnectorConfig c;
        c.typeKey = QStringLiteral("crm_type");
        c.typeName = QStringLiteral("Brevo");
        c.connectorId = kId;
        c.apiUrl = m_server->baseUrl().resolved(QUrl(QStringLiteral("/brevo/v3/")));
        c.authMethod = QStringLiteral("api_key");
        c.feeds = {{QStringLiteral("contacts"), true, 60}};
        const CredentialStore::Outcome saved = Test::saveSecret(*m_credentials, kId, m_key);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(ConnectorSettings::save(c));
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        // The contacts' push first: Bruno is at Brevo, Anne is not (no consent).
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QCOMPARE(runtime.syncNow(kId), 1);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));

        CustomersArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        QCOMPARE(tabs.size(), 1);
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        auto* tab = qobject_cast<CustomersTab*>(tabs.first().widget);
        QVERIFY(tab);
        area.attach(&runtime, nullptr);
        SegmentsPage* page = tab->segmentsPage();
        page->reload();
        auto* list = page->findChild<QListWidget*>(QStringLiteral("segmentList"));
        QTRY_COMPARE(list->count(), 1);
        list->setCurrentRow(0);
        auto* button = page->findChild<QPushButton*>(QStringLiteral("brevoButton"));
        QTRY_VERIFY(button->isEnabled());
        QSignalSpy sent(page, &SegmentsPage::brevoSent);
        button->click();
        QVERIFY(QTest::qWaitFor([&] { return !sent.isEmpty(); }, 30000));
        QVERIFY2(sent.first().at(0).toBool(), qPrintable(sent.first().at(1).toString()));
        QVERIFY2(sent.first().at(1).toString().contains(QStringLiteral("Habitués de l'hiver")),
                 qPrintable(sent.first().at(1).toString()));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("segmentStatus"))->text(),
                 sent.first().at(1).toString());

        const QList<SandboxBrevo::List> lists = m_brevo->lists();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.first().name, QStringLiteral("Habitués de l'hiver"));
        QCOMPARE(m_brevo->listMembers(lists.first().id),
                 QStringList{QStringLiteral("bruno.lefort@exemple.fr")});
        area.detach();
    }
};

QTEST_MAIN(TestSegmentsBrevo)
#include "tst_segmentsbrevo.moc"
