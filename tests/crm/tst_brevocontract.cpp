// The sandbox's Brevo answers held to Brevo's published contract
// (tests/data/contracts/brevo, transcribed from the contacts API's OpenAPI
// document), over real HTTP on loopback: the contact pages and a contact,
// the attributes, folders, lists and their members, the creations, and the
// error bodies (401 without a key, 400 naming an unknown attribute, 404,
// 429 with the x-sib-ratelimit headers). The schemas are Brevo's, not ours.

#include "contractvalidator.h"
#include "crm/connectors/brevo/brevofeed.h"
#include "crm/connectors/brevo/sandboxbrevo.h"
#include "crm/connectors/crmconnectors.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace Moulin;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

QString schema(const QString& name)
{
    return Test::contractPath(QStringLiteral("brevo/%1.schema.json").arg(name));
}

} // namespace

class TestBrevoContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxBrevo* m_brevo = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_key = SandboxBrevo::demoApiKey();

    Answer send(const QByteArray& verb, const QString& path, const QUrlQuery& query = {},
                const QJsonObject& body = {}, bool withKey = true)
    {
        QUrl url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/brevo/v3/") + path));
        url.setQuery(query);
        QNetworkRequest request(url);
        if (withKey)
            request.setRawHeader("api-key", m_key);
        QByteArray bytes;
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/json");
            bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
            checkRequest(path, verb, bytes);
        }
        QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, bytes);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            Test::fail(QStringLiteral("no answer to %1").arg(path));
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->rawHeaderPairs()};
        reply->deleteLater();
        return a;
    }

    /// The bodies this test sends are the ones the contract describes.
    static void checkRequest(const QString& path, const QByteArray& verb, const QByteArray& body)
    {
        QString name;
        if (path == QLatin1String("contacts") && verb == "POST")
            name = QStringLiteral("contact.request");
        else if (path == QLatin1String("contacts/batch"))
            name = QStringLiteral("contacts-batch.request");
        else if (path.startsWith(QLatin1String("contacts/attributes/")))
            name = QStringLiteral("attribute.request");
        else if (path == QLatin1String("contacts/lists") && verb == "POST")
            name = QStringLiteral("list.request");
        else if (path.endsWith(QLatin1String("/add")) || path.endsWith(QLatin1String("/remove")))
            name = QStringLiteral("list-contacts.request");
        if (!name.isEmpty())
            conforms(name, body, QStringLiteral("request to ") + path);
    }

    static void conforms(const QString& name, const QByteArray& json, const QString& what)
    {
        const QStringList violations = Test::contractViolations(schema(name), json);
        QVERIFY2(
            violations.isEmpty(),
            qPrintable(
                QStringLiteral("%1 breaks %2: %3").arg(what, name, violations.join(QStringLiteral("; ")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerCrmConnectors();
        QVERIFY(SandboxServer::emulations().contains(QStringLiteral("brevo")));
        m_server = std::make_unique<SandboxServer>(5);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_brevo = SandboxBrevo::of(m_server.get());
        m_brevo->setRequireApiKey(true);
    }

    void init() { m_brevo->reset(); }

    void cleanupTestCase() { m_server.reset(); }

    // The schemas load, and a drifted answer fails: the check has teeth.
    void schemasLoadAndHaveTeeth()
    {
        const QDir dir(Test::contractPath(QStringLiteral("brevo")));
        const QStringList schemas = dir.entryList({QStringLiteral("*.schema.json")}, QDir::Files);
        QVERIFY(schemas.size() >= 14);
        for (const QString& file : schemas) {
            QString error;
            QVERIFY2(Test::contractLoads(dir.filePath(file), &error),
                     qPrintable(file + QLatin1String(": ") + error));
        }
        const QJsonObject contact = m_brevo->contactJson(m_brevo->contacts().first());
        QVERIFY(
            Test::contractViolations(schema(QStringLiteral("contacts")),
                                     QJsonValue(QJsonObject{{QStringLiteral("contacts"), QJsonArray{contact}},
                                                            {QStringLiteral("count"), 1}}))
                .isEmpty());
        QJsonObject drifted = contact;
        drifted.insert(QStringLiteral("emailBlacklisted"), QStringLiteral("false"));
        QVERIFY(!Test::contractViolations(
                     schema(QStringLiteral("contacts")),
                     QJsonValue(QJsonObject{{QStringLiteral("contacts"), QJsonArray{drifted}},
                                            {QStringLiteral("count"), 1}}))
                     .isEmpty());
        drifted = contact;
        drifted.remove(QStringLiteral("modifiedAt"));
        QVERIFY(!Test::contractViolations(
                     schema(QStringLiteral("contacts")),
                     QJsonValue(QJsonObject{{QStringLiteral("contacts"), QJsonArray{drifted}},
                                            {QStringLiteral("count"), 1}}))
                     .isEmpty());
        // The connector's own bodies: a lower-case attribute is refused.
        QVERIFY(
            !Test::contractViolations(
                 schema(QStringLiteral("contact.request")),
                 QJsonValue(QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.fr")},
                                        {QStringLiteral("attributes"),
                                         QJsonObject{{QStringLiteral("firstname"), QStringLiteral("A")}}}}))
                 .isEmpty());
    }

    // Every page of contacts, with and without modifiedSince, and each contact.
    void contactPagesAndContactsConform()
    {
        int pages = 0, read = 0;
        for (int offset = 0;; offset += 10) {
            const Answer page = send("GET", QStringLiteral("contacts"),
                                     QUrlQuery{{QStringLiteral("limit"), QStringLiteral("10")},
                                               {QStringLiteral("offset"), QString::number(offset)},
                                               {QStringLiteral("sort"), QStringLiteral("asc")}});
            QCOMPARE(page.status, 200);
            conforms(QStringLiteral("contacts"), page.body, QStringLiteral("page at %1").arg(offset));
            QVERIFY(!page.header("x-sib-ratelimit-limit").isEmpty());
            const QJsonObject o = QJsonDocument::fromJson(page.body).object();
            const QJsonArray contacts = o.value(QStringLiteral("contacts")).toArray();
            ++pages;
            for (const QJsonValue& v : contacts) {
                const CrmRemoteContact c = BrevoFeed::remoteContact(v.toObject());
                QVERIFY(!c.remoteId.isEmpty());
                QVERIFY(c.modifiedAt.isValid());
                const Answer one =
                    send("GET", QStringLiteral("contacts/") + c.remoteId,
                         QUrlQuery{{QStringLiteral("identifierType"), QStringLiteral("contact_id")}});
                QCOMPARE(one.status, 200);
                conforms(QStringLiteral("contact"), one.body, c.email);
                ++read;
            }
            if (contacts.size() < 10)
                break;
        }
        QVERIFY(pages >= 3);
        QCOMPARE(read, int(m_brevo->contacts().size()));

        // modifiedSince: only the contacts changed after it.
        const QDateTime since =
            QDateTime::fromMSecsSinceEpoch(m_brevo->nowMs() - 10LL * 24 * 3600 * 1000, Qt::UTC);
        const Answer recent =
            send("GET", QStringLiteral("contacts"),
                 QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1000")},
                           {QStringLiteral("modifiedSince"), since.toString(Qt::ISODateWithMs)}});
        QCOMPARE(recent.status, 200);
        conforms(QStringLiteral("contacts"), recent.body, QStringLiteral("modifiedSince"));
        const QJsonArray changed =
            QJsonDocument::fromJson(recent.body).object().value(QStringLiteral("contacts")).toArray();
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.size() < m_brevo->contacts().size());
        for (const QJsonValue& v : changed)
            QVERIFY(BrevoFeed::remoteContact(v.toObject()).modifiedAt > since);

        const Answer tooMany = send("GET", QStringLiteral("contacts"),
                                    QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1001")}});
        QCOMPARE(tooMany.status, 400);
        conforms(QStringLiteral("error"), tooMany.body, QStringLiteral("limit over 1000"));
    }

    void attributesAndContactWritesConform()
    {
        const Answer attributes = send("GET", QStringLiteral("contacts/attributes"));
        QCOMPARE(attributes.status, 200);
        conforms(QStringLiteral("attributes"), attributes.body, QStringLiteral("attributes"));
        const Answer created = send("POST", QStringLiteral("contacts/attributes/normal/VISITES"), {},
                                    {{QStringLiteral("type"), QStringLiteral("float")}});
        QCOMPARE(created.status, 201);
        QVERIFY(m_brevo->attributeNames().contains(QStringLiteral("VISITES")));

        const Answer contact = send("POST", QStringLiteral("contacts"), {},
                                    {{QStringLiteral("email"), QStringLiteral("nouvelle.cliente@exemple.fr")},
                                     {QStringLiteral("attributes"),
                                      QJsonObject{{QStringLiteral("FIRSTNAME"), QStringLiteral("Anaïs")},
                                                  {QStringLiteral("VISITES"), 3}}},
                                     {QStringLiteral("emailBlacklisted"), false},
                                     {QStringLiteral("updateEnabled"), true}});
        QCOMPARE(contact.status, 201);
        conforms(QStringLiteral("contact-created"), contact.body, QStringLiteral("created contact"));

        // An attribute the account does not have: 400 naming it.
        const Answer unknown =
            send("POST", QStringLiteral("contacts"), {},
                 {{QStringLiteral("email"), QStringLiteral("autre@exemple.fr")},
                  {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("CA_TOTAL"), 12.5}}}});
        QCOMPARE(unknown.status, 400);
        conforms(QStringLiteral("contact-error"), unknown.body, QStringLiteral("unknown attribute"));
        QCOMPARE(QJsonDocument::fromJson(unknown.body).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_parameter"));
        QVERIFY(BrevoFeed::errorDetail(unknown.body).contains(QLatin1String("CA_TOTAL")));

        const qint64 id =
            QJsonDocument::fromJson(contact.body).object().value(QStringLiteral("id")).toInteger();
        const Answer batch = send("POST", QStringLiteral("contacts/batch"), {},
                                  {{QStringLiteral("contacts"),
                                    QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                           {QStringLiteral("attributes"),
                                                            QJsonObject{{QStringLiteral("VISITES"), 4}}}}}}});
        QCOMPARE(batch.status, 204);
        QCOMPARE(m_brevo->contact(QStringLiteral("nouvelle.cliente@exemple.fr"))
                     ->attributes.value(QStringLiteral("VISITES"))
                     .toInt(),
                 4);

        const Answer gone = send("DELETE", QStringLiteral("contacts/nouvelle.cliente%40exemple.fr"),
                                 QUrlQuery{{QStringLiteral("identifierType"), QStringLiteral("email_id")}});
        QCOMPARE(gone.status, 204);
        const Answer again = send("DELETE", QStringLiteral("contacts/nouvelle.cliente%40exemple.fr"),
                                  QUrlQuery{{QStringLiteral("identifierType"), QStringLiteral("email_id")}});
        QCOMPARE(again.status, 404);
        conforms(QStringLiteral("error"), again.body, QStringLiteral("deleted contact"));

        // The address the account is registered with: 405, as the document says.
        const QString own = m_brevo->contacts().first().email;
        m_brevo->protectContact(own);
        const Answer refused =
            send("DELETE", QStringLiteral("contacts/") + QString::fromUtf8(QUrl::toPercentEncoding(own)),
                 QUrlQuery{{QStringLiteral("identifierType"), QStringLiteral("email_id")}});
        QCOMPARE(refused.status, 405);
        conforms(QStringLiteral("error"), refused.body, QStringLiteral("refused deletion"));
        QVERIFY(m_brevo->contact(own));
    }

    void foldersAndListsConform()
    {
        const Answer folders = send("GET", QStringLiteral("contacts/folders"));
        QCOMPARE(folders.status, 200);
        conforms(QStringLiteral("folders"), folders.body, QStringLiteral("no folder"));
        const Answer folder = send("POST", QStringLiteral("contacts/folders"), {},
                                   {{QStringLiteral("name"), QStringLiteral("Moulin")}});
        QCOMPARE(folder.status, 201);
        conforms(QStringLiteral("created"), folder.body, QStringLiteral("folder"));
        const Answer list =
            send("POST", QStringLiteral("contacts/lists"), {},
                 {{QStringLiteral("name"), QStringLiteral("Habitués")},
                  {QStringLiteral("folderId"),
                   QJsonDocument::fromJson(folder.body).object().value(QStringLiteral("id"))}});
        QCOMPARE(list.status, 201);
        conforms(QStringLiteral("created"), list.body, QStringLiteral("list"));
        const qint64 id = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("id")).toInteger();
        const QString first = m_brevo->contacts().at(0).email, second = m_brevo->contacts().at(1).email;
        const Answer added = send(
            "POST", QStringLiteral("contacts/lists/%1/contacts/add").arg(id), {},
            {{QStringLiteral("emails"), QJsonArray{first, second, QStringLiteral("inconnu@exemple.fr")}}});
        QCOMPARE(added.status, 201);
        conforms(QStringLiteral("post-contact-info"), added.body, QStringLiteral("added"));
        const Answer members = send("GET", QStringLiteral("contacts/lists/%1/contacts").arg(id));
        QCOMPARE(members.status, 200);
        conforms(QStringLiteral("contacts"), members.body, QStringLiteral("members"));
        const Answer removed = send("POST", QStringLiteral("contacts/lists/%1/contacts/remove").arg(id), {},
                                    {{QStringLiteral("emails"), QJsonArray{first}}});
        QCOMPARE(removed.status, 201);
        conforms(QStringLiteral("post-contact-info"), removed.body, QStringLiteral("removed"));
        QCOMPARE(m_brevo->listMembers(id), QStringList{second});
        const Answer lists = send("GET", QStringLiteral("contacts/lists"));
        QCOMPARE(lists.status, 200);
        conforms(QStringLiteral("lists"), lists.body, QStringLiteral("lists"));
        const Answer noList = send("GET", QStringLiteral("contacts/lists/999/contacts"));
        QCOMPARE(noList.status, 404);
        conforms(QStringLiteral("error"), noList.body, QStringLiteral("unknown list"));
    }

    void refusalsConform()
    {
        const Answer noKey = send("GET", QStringLiteral("contacts"), {}, {}, false);
        QCOMPARE(noKey.status, 401);
        conforms(QStringLiteral("error"), noKey.body, QStringLiteral("no key"));
        QCOMPARE(QJsonDocument::fromJson(noKey.body).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));

        m_brevo->rateLimitNext(1, 7);
        const Answer limited = send("GET", QStringLiteral("contacts"));
        QCOMPARE(limited.status, 429);
        conforms(QStringLiteral("error"), limited.body, QStringLiteral("rate limited"));
        QCOMPARE(limited.header("x-sib-ratelimit-reset"), QByteArray("7"));
        QCOMPARE(limited.header("x-sib-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(!limited.header("x-sib-ratelimit-limit").isEmpty());
        QVERIFY(limited.header("Retry-After").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrevoContract)
#include "tst_brevocontract.moc"
