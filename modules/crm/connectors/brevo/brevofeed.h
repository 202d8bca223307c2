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
/// seam. A run:
///
/// 1. pull — GET /contacts?limit&offset&modifiedSince&sort=asc, page by page
///    from where the last run ended (the newest modifiedAt seen): each
///    contact becomes an identity of source "brevo" in the CRM
///    (CrmStore::applyRemoteContact(): matched with the guests by e-mail and
///    name, consent from emailBlacklisted/smsBlacklisted at Brevo's
///    modifiedAt; a conflict goes to the newer change, the loser kept in the
///    profile's history);
/// 2. push — GET /contacts/attributes, then in follow-ups: the custom
///    attributes Brevo lacks created once (POST
///    /contacts/attributes/normal/{NAME}), the deletions owed to Brevo
///    (crm_remote_erasure: DELETE /contacts/{email}?identifierType=email_id;
///    404 counts as done), then the profiles whose values differ from what
///    Brevo holds (with the e-mail consent given, or already at Brevo):
///    updates by POST /contacts/batch, new contacts by POST /contacts.
///
/// 429 waits x-sib-ratelimit-reset seconds (RetryPolicy, on the worker's
/// timers); a 4xx fails the run with Brevo's message, naming the attribute
/// it refused. The cursor is a JSON object {phase, offset, since}.
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
