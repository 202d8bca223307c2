#pragma once

#include "common/sync/feedadapter.h"
#include "crm/core/crmstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace Moulin {

struct ConnectorConfig;

struct BrevoOptions
{
    QUrl apiUrl; ///< ends with "/v3/"
    QString connectorId = QStringLiteral("brevo");
    int pageSize = 500;  ///< contacts per page (Brevo: at most 1000)
    int batchSize = 100; ///< contacts per POST /contacts/batch

    static BrevoOptions fromConfig(const ConnectorConfig& config);
    /// `path` (no leading slash) under the API, with `query`.
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
};

/// Brevo's contacts, both ways, as one feed ("contacts") on the runtime's
/// seam. A run, each phase stored on its own:
///
/// 1. pull — GET /contacts?limit&offset&modifiedSince&sort=asc, page by page
///    from where the last run ended (the newest modifiedAt seen): each
///    contact becomes an identity of source "brevo" in the CRM
///    (CrmStore::applyRemoteContact(): matched with the guests by e-mail and
///    name, consent from emailBlacklisted/smsBlacklisted at Brevo's
///    modifiedAt; a conflict goes to the newer change, the loser kept in the
///    profile's history);
/// 2. push — GET /contacts/attributes (the custom attributes Brevo lacks,
///    created by the send phase), and the deletions owed to Brevo
///    (crm_remote_erasure: DELETE /contacts/{email}?identifierType=email_id),
///    each settled on its own: done (404 too), or refused by a 4xx, kept
///    with Brevo's reason (in the quarantine, which Intégrations shows) and
///    not sent again;
/// 3. send — GET /contacts?modifiedSince=<the newest seen>: what Brevo
///    changed since the pull is not sent over; it is weighed against the
///    profiles as a pulled contact is (the newer change wins). Then, in
///    follow-ups, the missing attributes (POST
///    /contacts/attributes/normal/{NAME}) and the profiles whose values
///    differ from what Brevo holds (with the e-mail consent given, or
///    already at Brevo): updates by POST /contacts/batch, to every Brevo
///    contact of a merged profile (its other contacts keep their own e-mail
///    and SMS, which identify them, and get a consent only when withdrawn);
///    new contacts one by one by POST /contacts (Brevo's only bulk creation,
///    POST /contacts/import, is asynchronous, imports into a list, answers
///    no contact id and ignores a refused attribute).
///
/// 429 waits x-sib-ratelimit-reset seconds (RetryPolicy, on the worker's
/// timers); a 4xx of the send phase fails the run with Brevo's message,
/// naming the attribute it refused. The cursor is a JSON object {phase,
/// offset, since, newest, create}; a run always starts with a pull.
class BrevoFeed final : public FeedAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::BrevoFeed)

public:
    static constexpr const char* kContactsFeed = "contacts";
    static constexpr const char* kProvider = "brevo";

    explicit BrevoFeed(BrevoOptions options);

    QString resolve(const QString& cursor) const override;
    HttpRequest request(const QString& cursor) const override;
    std::optional<Page> parse(const HttpResponse& response, const QString& cursor,
                              QString* error) const override;
    bool follow(Page& page, const QList<HttpResponse>& responses, const QString& cursor,
                QString* error) const override;
    int followUpsInFlight() const override { return 4; }
    bool store(QSqlDatabase& db, const Page& page, QString* error) override;

    /// The custom attributes Moulin fills, with their Brevo types.
    static QList<std::pair<QString, QString>> customAttributes();
    /// The attributes and flags of a profile as sent to Brevo.
    static QJsonObject attributesOf(const CrmOutgoingContact& contact);
    /// What Brevo holds of a contact (its JSON) in the form the profiles'
    /// outgoing values are compared in.
    static QString fingerprintOf(const QJsonObject& contact);
    static QString fingerprintOf(const CrmOutgoingContact& contact);
    /// A contact of GET /contacts as the CRM reads it.
    static CrmRemoteContact remoteContact(const QJsonObject& contact);
    /// Brevo's error body {code, message} as "message (code)"; empty when not one.
    static QString errorDetail(const QByteArray& body);
    /// The refusal of a 4xx answer for the user: names the attribute Brevo
    /// refused when its message names one.
    static QString refusal(const HttpResponse& response, const QString& what);

private:
    BrevoOptions m_options;
};

} // namespace Moulin
