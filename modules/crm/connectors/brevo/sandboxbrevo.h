#pragma once

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace Moulin {

class SandboxServer;

/// The sandbox's Brevo contacts API v3 (under /brevo/v3/), in the shapes of
/// Brevo's published OpenAPI document (tests/data/contracts/brevo/ holds them
/// as JSON Schemas and tst_brevocontract checks every answer below):
///
///   GET    contacts?limit(≤1000)&offset&modifiedSince&sort   {contacts, count}, by creation (desc by
///   default) POST   contacts                      {email, attributes, emailBlacklisted, smsBlacklisted,
///                                         updateEnabled} → 201 {id}
///   GET|PUT|DELETE contacts/{identifier}?identifierType=email_id|contact_id   (404 document_not_found;
///   DELETE of
///                                         a protected contact: 405 method_not_allowed)
///   POST   contacts/batch                {contacts: [{email|id, attributes, …}]} → 204
///   GET    contacts/attributes           {attributes: [{name, category, type}]}
///   POST   contacts/attributes/normal/{NAME}   {type} → 201
///   GET|POST contacts/folders, GET|POST contacts/lists, GET contacts/lists/{id}/contacts,
///   POST   contacts/lists/{id}/contacts/add|remove   {emails} → 201 {contacts: {success, failure}}
///
/// Errors as the document gives them, {code, message}: 401 unauthorized ("Key not found") without a
/// known `api-key` when keys are required, 400 invalid_parameter naming an attribute the account does
/// not have, 404 document_not_found; 429 with x-sib-ratelimit-limit, -remaining and -reset (seconds),
/// no Retry-After, when told (rateLimitNext()). Data: French contacts derived from the server's seed —
/// some the demo restaurant's guests (prénom.nom@exemple.fr, as the booking platforms' guests),
/// some only at Brevo, some blacklisted — modified over the days before the clock.
class SandboxBrevo : public QObject
{
    Q_OBJECT

public:
    struct Contact
    {
        qint64 id = 0;
        QString email;
        bool emailBlacklisted = false;
        bool smsBlacklisted = false;
        qint64 createdMs = 0;
        qint64 modifiedMs = 0;
        QList<qint64> listIds;
        QJsonObject attributes;
    };
    struct List
    {
        qint64 id = 0;
        QString name;
        qint64 folderId = 0;
    };
    /// One API request as it reached the emulation (after the key check).
    struct Served
    {
        QString method;
        QString path; ///< under /brevo/v3/
        QUrlQuery query;
        QByteArray body;
        qint64 atMs = 0; ///< wall clock
        int status = 0;
    };

    static SandboxBrevo* install(SandboxServer* server);
    static SandboxBrevo* of(SandboxServer* server);
    /// The key demo mode and the sandbox accept.
    static QByteArray demoApiKey();
    /// The attributes every account has (FIRSTNAME, LASTNAME, SMS…).
    static QStringList standardAttributes();

    /// The time of Brevo's changes from now on (the seeded data stay as made: reset()).
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    /// The seeded contacts again (and no list, folder or custom attribute).
    void reset();

    /// Requests must carry a known `api-key` (the demo key or an added one).
    void setRequireApiKey(bool require) { m_requireKey = require; }
    void addApiKey(const QByteArray& key) { m_keys.insert(key); }
    /// The next `times` requests answer 429 with x-sib-ratelimit-reset = `resetSeconds`.
    void rateLimitNext(int times, int resetSeconds);
    /// An attribute of the account that is calculated, not a contact's own:
    /// listed by GET /contacts/attributes, refused (400 invalid_parameter
    /// naming it) in a contact's creation or update.
    void addCalculatedAttribute(const QString& name) { m_calculated.append(name.toUpper()); }
    /// The next `times` requests answer `status` with Brevo's error body.
    void failNext(int status, int times = 1);

    /// The contact's deletion is refused (405 method_not_allowed), as Brevo
    /// refuses to delete the address the account is registered with.
    void protectContact(const QString& email) { m_protected.insert(email.toLower()); }

    QList<Contact> contacts() const { return m_contacts; }
    std::optional<Contact> contact(const QString& email) const;
    /// Changes a contact at Brevo now (modifiedAt = the clock); false when unknown.
    bool updateContact(const QString& email, const std::function<void(Contact&)>& change);
    QStringList attributeNames() const;
    QList<List> lists() const { return m_lists; }
    /// The e-mails of a list's members, sorted.
    QStringList listMembers(qint64 listId) const;
    /// Called with each request's method and path (under /brevo/v3/) before
    /// it is answered (after the key check): a test changes Brevo's data
    /// between two of the connector's requests. Empty: none.
    void setRequestHook(std::function<void(const QString& method, const QString& path)> hook)
    {
        m_hook = std::move(hook);
    }
    QList<Served> served() const { return m_served; }
    void clearServed() { m_served.clear(); }

    QJsonObject contactJson(const Contact& c) const;

private:
    explicit SandboxBrevo(SandboxServer* server);
    void seed();
    QHttpServerResponse handle(const QHttpServerRequest& request, const QString& path);
    QHttpServerResponse route(const QHttpServerRequest& request, const QString& path);
    Contact* find(const QString& identifier, const QString& type);
    /// The first attribute of `attributes` the account does not have; empty: none.
    QString unknownAttribute(const QJsonObject& attributes) const;
    QJsonObject listJson(const List& l) const;

    SandboxServer* m_server;
    quint32 m_seed;
    std::function<qint64()> m_clock;
    bool m_requireKey = false;
    QSet<QByteArray> m_keys;
    QList<int> m_rateLimited; ///< reset seconds of the next 429s
    QList<int> m_failures;
    QList<Contact> m_contacts;
    QList<List> m_lists;
    QList<std::pair<qint64, QString>> m_folders;
    QList<std::pair<QString, QString>> m_customAttributes; ///< name, type
    QStringList m_calculated;
    QSet<QString> m_protected;
    qint64 m_nextId = 1;
    QList<Served> m_served;
    std::function<void(const QString&, const QString&)> m_hook;
};

} // namespace Moulin
