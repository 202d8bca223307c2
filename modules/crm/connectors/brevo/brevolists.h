#pragma once

#include "crm/connectors/brevo/brevofeed.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Moulin {

class ConnectorRuntime;
class HttpClient;

/// A segment of customers as a Brevo list (for a campaign there).
class BrevoLists
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::BrevoLists)

public:
    struct Result
    {
        bool ok = false;
        QString error; ///< translated, Brevo's message included
        qint64 listId = 0;
        bool created = false;   ///< the list did not exist
        QStringList added;      ///< e-mails added to the list
        QStringList removed;    ///< e-mails no longer in the segment, taken off the list
        QStringList notAtBrevo; ///< e-mails Brevo has no contact for (sent by the next sync first)
    };
    using Done = std::function<void(const Result& result)>;

    /// Finds the list named `name` (GET /contacts/lists, page by page) or
    /// creates it (POST /contacts/lists, in the folder "Moulin", created
    /// when missing), then makes `emails` its members: the others removed
    /// (POST /contacts/lists/{id}/contacts/remove), the missing ones added
    /// (…/add), by 150. Through `http` (the runtime's client: the API key,
    /// rate limit and retries of the connector `options.connectorId`); `done`
    /// runs once on `http`'s thread unless `context` is gone.
    static void replaceMembers(HttpClient* http, const BrevoOptions& options, const QString& name,
                               const QStringList& emails, QObject* context, Done done);
    /// The same through the runtime, for the connector `connectorId` as
    /// configured (its API key read from the keychain first): the one to
    /// call from the application. Fails (done with the reason) when that
    /// connector is not running or its key cannot be read.
    static void replaceMembers(ConnectorRuntime& runtime, const QString& connectorId, const QString& name,
                               const QStringList& emails, QObject* context, Done done);
};

} // namespace Moulin
