#include "crm/connectors/brevo/brevolists.h"

#include "common/auth/authenticator.h"
#include "common/net/httpclient.h"
#include "common/runtime/connectorruntime.h"
#include "crm/core/contactkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Moulin {

namespace {

constexpr int kListsPage = 50;
constexpr int kMembersPage = 500;
constexpr int kChunk = 150;
const QString kFolderName = QStringLiteral("Moulin");

struct State
{
    HttpClient* http = nullptr;
    BrevoOptions options;
    QString name;
    QSet<QString> wanted;
    QPointer<QObject> context;
    BrevoLists::Done done;
    BrevoLists::Result result;
    QSet<QString> current;
    QStringList toAdd, toRemove;
    bool finished = false;

    void finish(const QString& error = {})
    {
        if (finished)
            return;
        finished = true;
        result.ok = error.isEmpty();
        result.error = error;
        result.added.sort();
        result.removed.sort();
        result.notAtBrevo.sort();
        if (context)
            done(result);
    }
};
using StatePtr = std::shared_ptr<State>;

void send(const StatePtr& s, HttpRequest request, std::function<void(const HttpResponse&)> then)
{
    request.connector = s->options.connectorId;
    s->http->send(request, s->context.data(), [s, then = std::move(then)](const HttpResponse& r) {
        if (!r.ok) {
            s->finish(BrevoFeed::refusal(r, BrevoLists::tr("the list %1").arg(s->name)));
            return;
        }
        then(r);
    });
}

void changeMembers(const StatePtr& s, bool add);

void readMembers(const StatePtr& s, qint64 offset)
{
    HttpRequest r = HttpRequest::getJson(
        s->options.url(QStringLiteral("contacts/lists/%1/contacts").arg(s->result.listId),
                       {{QStringLiteral("limit"), QString::number(kMembersPage)},
                        {QStringLiteral("offset"), QString::number(offset)}}));
    send(s, r, [s, offset](const HttpResponse& answer) {
        const QJsonObject o = answer.json().object();
        const QJsonArray contacts = o.value(QStringLiteral("contacts")).toArray();
        for (const QJsonValue& v : contacts)
            s->current.insert(ContactKeys::email(v.toObject().value(QStringLiteral("email")).toString()).key);
        const qint64 read = offset + contacts.size();
        if (contacts.size() == kMembersPage && read < o.value(QStringLiteral("count")).toInteger()) {
            readMembers(s, read);
            return;
        }
        for (const QString& e : std::as_const(s->current)) {
            if (!s->wanted.contains(e))
                s->toRemove.append(e);
        }
        for (const QString& e : std::as_const(s->wanted)) {
            if (!s->current.contains(e))
                s->toAdd.append(e);
        }
        s->toRemove.sort();
        s->toAdd.sort();
        changeMembers(s, false);
    });
}

void changeMembers(const StatePtr& s, bool add)
{
    QStringList& pending = add ? s->toAdd : s->toRemove;
    if (pending.isEmpty()) {
        if (add)
            s->finish();
        else
            changeMembers(s, true);
        return;
    }
    const QStringList chunk = pending.mid(0, kChunk);
    pending = pending.mid(chunk.size());
    const QUrl url = s->options.url(QStringLiteral("contacts/lists/%1/contacts/%2")
                                        .arg(s->result.listId)
                                        .arg(add ? QStringLiteral("add") : QStringLiteral("remove")));
    send(s,
         HttpRequest::json(
             "POST", url,
             QJsonDocument(QJsonObject{{QStringLiteral("emails"), QJsonArray::fromStringList(chunk)}})),
         [s, add, chunk](const HttpResponse& answer) {
             const QJsonObject contacts = answer.json().object().value(QStringLiteral("contacts")).toObject();
             QSet<QString> failed;
             for (const QJsonValue& v : contacts.value(QStringLiteral("failure")).toArray())
                 failed.insert(ContactKeys::email(v.toString()).key);
             for (const QString& e : chunk) {
                 if (!failed.contains(e))
                     (add ? s->result.added : s->result.removed).append(e);
                 else if (add)
                     s->result.notAtBrevo.append(e);
             }
             changeMembers(s, add);
         });
}

void createList(const StatePtr& s, qint64 folderId)
{
    send(s,
         HttpRequest::json("POST", s->options.url(QStringLiteral("contacts/lists")),
                           QJsonDocument(QJsonObject{{QStringLiteral("name"), s->name},
                                                     {QStringLiteral("folderId"), folderId}})),
         [s](const HttpResponse& answer) {
             s->result.listId = answer.json().object().value(QStringLiteral("id")).toInteger();
             s->result.created = true;
             if (s->result.listId <= 0) {
                 s->finish(BrevoLists::tr("Brevo created the list %1 without saying its id.").arg(s->name));
                 return;
             }
             readMembers(s, 0);
         });
}

void findFolder(const StatePtr& s)
{
    send(s,
         HttpRequest::getJson(s->options.url(QStringLiteral("contacts/folders"),
                                             {{QStringLiteral("limit"), QString::number(kListsPage)},
                                              {QStringLiteral("offset"), QStringLiteral("0")}})),
         [s](const HttpResponse& answer) {
             for (const QJsonValue& v : answer.json().object().value(QStringLiteral("folders")).toArray()) {
                 const QJsonObject f = v.toObject();
                 if (f.value(QStringLiteral("name")).toString() == kFolderName) {
                     createList(s, f.value(QStringLiteral("id")).toInteger());
                     return;
                 }
             }
             send(s,
                  HttpRequest::json("POST", s->options.url(QStringLiteral("contacts/folders")),
                                    QJsonDocument(QJsonObject{{QStringLiteral("name"), kFolderName}})),
                  [s](const HttpResponse& created) {
                      createList(s, created.json().object().value(QStringLiteral("id")).toInteger());
                  });
         });
}

void findList(const StatePtr& s, qint64 offset)
{
    send(s,
         HttpRequest::getJson(s->options.url(QStringLiteral("contacts/lists"),
                                             {{QStringLiteral("limit"), QString::number(kListsPage)},
                                              {QStringLiteral("offset"), QString::number(offset)}})),
         [s, offset](const HttpResponse& answer) {
             const QJsonObject o = answer.json().object();
             const QJsonArray lists = o.value(QStringLiteral("lists")).toArray();
             for (const QJsonValue& v : lists) {
                 const QJsonObject l = v.toObject();
                 if (l.value(QStringLiteral("name")).toString() == s->name) {
                     s->result.listId = l.value(QStringLiteral("id")).toInteger();
                     readMembers(s, 0);
                     return;
                 }
             }
             const qint64 read = offset + lists.size();
             if (lists.size() == kListsPage && read < o.value(QStringLiteral("count")).toInteger())
                 findList(s, read);
             else
                 findFolder(s);
         });
}

} // namespace

void BrevoLists::replaceMembers(HttpClient* http, const BrevoOptions& options, const QString& name,
                                const QStringList& emails, QObject* context, Done done)
{
    auto s = std::make_shared<State>();
    s->http = http;
    s->options = options;
    s->name = name.trimmed();
    s->context = context;
    s->done = std::move(done);
    for (const QString& e : emails) {
        const ContactKeys::Email key = ContactKeys::email(e);
        if (!key.key.isEmpty())
            s->wanted.insert(key.key);
    }
    if (!http || s->name.isEmpty()) {
        s->finish(tr("A Brevo list needs a name."));
        return;
    }
    findList(s, 0);
}

void BrevoLists::replaceMembers(ConnectorRuntime& runtime, const QString& connectorId, const QString& name,
                                const QStringList& emails, QObject* context, Done done)
{
    const std::optional<ConnectorConfig> config = runtime.config(connectorId);
    if (!config) {
        Result failed;
        failed.error = tr("The Brevo connection %1 is not running.").arg(connectorId);
        done(failed);
        return;
    }
    const BrevoOptions options = BrevoOptions::fromConfig(*config);
    QPointer<HttpClient> http(runtime.http());
    Authenticator* auth = runtime.authenticator(connectorId);
    if (!auth) {
        replaceMembers(http, options, name, emails, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    auth->ensureToken(context, [http, options, name, emails, guard, done](const Authenticator::Result& r) {
        if (!r.ok || !http) {
            Result failed;
            failed.error = tr("Brevo's API key could not be read: %1").arg(r.errorString);
            done(failed);
            return;
        }
        replaceMembers(http, options, name, emails, guard.data(), done);
    });
}

} // namespace Moulin
