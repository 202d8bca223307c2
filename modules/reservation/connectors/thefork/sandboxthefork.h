#pragma once

#include <QDateTime>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Moulin {

class SandboxServer;

/// The sandbox's TheFork Manager API for "Le Vieux Moulin", in the shapes of
/// TheFork's published OpenAPI document (tests/data/contracts/thefork/ holds
/// them as JSON Schemas and tst_theforkcontract checks every answer below):
///
///   GET  /manager/v1/reservations?restaurantUuid&startDate&endDate&filterBy&limit&page
///        {data: [uuid…], totalCount, page, limit}: the bookings whose updatedAt (filterBy=updatedDate,
///        the default) or mealDate falls on those days (UTC, both inclusive), by update time.
///   GET  /manager/v1/reservations/{id}     the reservation; 404 RESERVATION_NOT_FOUND
///   GET  /manager/v1/customers/{id}        the customer; 404 CUSTOMER_NOT_FOUND
///   PUT  /manager/v1/restaurants/{id}/availabilities/override   {date, startTime, endTime?, isOpen}
///   POST /oauth/token                      (SandboxOAuth: client credentials with the audience)
///
/// and TheFork's thin webhook, sent when told (setWebhookUrl()): a customer changed at TheFork
/// (updateCustomer()) is POSTed as {entityType: "customer", eventType: "customerUpdated", uuid,
/// restaurantUuid} to that URL (which carries the token in its query), as TheFork does.
///
/// Errors as the document gives them: {data: {code}, error, statusCode} (401 Unauthorized with code
/// "", 404 Not Found with its code, 400 Bad Request for a missing parameter, ours). Data: about
/// `daysBack` past and `daysAhead` coming days of bookings: TheFork's share of the demo restaurant's
/// booked parties (DemoRestaurant, from the sandbox's footfall model: closed on Mondays and Sunday
/// evenings), as they stand at the clock (seated, left, no-shows, cancellations, some changes), French
/// guests (+33 phones, allergies and diets in French, newsletter opt-ins), derived from the server's
/// seed and the clock.
class SandboxTheFork : public QObject
{
    Q_OBJECT

public:
    struct Customer
    {
        QString uuid;
        QString firstName;
        QString lastName;
        QString phone;
        QString email;
        QStringList allergies;
        QStringList dietary;
        bool newsletter = false;
        QDate lastUpdate;
    };
    struct Reservation
    {
        QString uuid;
        QString customerUuid;
        qint64 mealMs = 0;
        int partySize = 2;
        QString status = QStringLiteral("RECORDED");
        QString mealStatus; ///< empty: null
        QString note;
        int discount = 0; ///< an offer's percentage; 0: none
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };
    struct Override
    {
        QString date;
        QString startTime;
        QString endTime;
        bool isOpen = false;
    };

    static SandboxTheFork* install(SandboxServer* server);
    static SandboxTheFork* of(SandboxServer* server);
    static QString restaurantUuid();
    /// The audience a client credentials token must carry.
    static QString audience();

    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    /// Days generated around the clock's day (default 28 and 21, as the other
    /// booking sandboxes); starts the data again.
    void setDays(int back, int ahead);
    /// Bookings a service, times this (default 1; benchmarks); starts the data again.
    void setVolume(int factor);
    void setRequireAuthorization(bool require) { m_requireAuth = require; }
    /// The next `times` requests to the API answer `status` with TheFork's error body.
    void failNext(int status, int times = 1);
    void clearFailures() { m_failures.clear(); }
    /// The access tokens valid now expire after the next `requests` API
    /// requests are served (SandboxOAuth::expireAccessTokens): a token that
    /// runs out in the middle of a sync. From then on a request with one of
    /// them is answered 401 with TheFork's error body.
    void expireTokensAfter(int requests)
    {
        m_expireAfter = std::max(0, requests);
        m_revokeInstead = false;
    }
    /// The same, the tokens revoked instead (SandboxOAuth::revokeAccessTokens:
    /// TheFork withdrew the client's access, whatever their lifetime).
    void revokeTokensAfter(int requests)
    {
        m_expireAfter = std::max(0, requests);
        m_revokeInstead = true;
    }
    /// Requests refused for their token (401) since clearServed().
    int unauthorized() const { return m_unauthorized; }

    QList<Reservation> reservations() const;
    std::optional<Reservation> reservation(const QString& uuid) const;
    std::optional<Customer> customer(const QString& uuid) const;
    /// A change now (updatedAt = now): party size and/or status.
    bool update(const QString& uuid, std::optional<int> partySize, std::optional<QString> status);
    /// A customer's phone changes at TheFork (their bookings stay as they are).
    bool setCustomerPhone(const QString& uuid, const QString& phone);
    /// A customer changes at TheFork (their bookings stay as they are), and
    /// TheFork says so with its webhook when a URL is set. False for an
    /// unknown customer.
    bool updateCustomer(const QString& uuid, const std::function<void(Customer&)>& change);

    /// Where TheFork's webhook goes (with its ?token=); empty: sends none.
    void setWebhookUrl(const QUrl& url) { m_webhookUrl = url; }
    QUrl webhookUrl() const { return m_webhookUrl; }
    /// POSTs the thin body {entityType, eventType, uuid, restaurantUuid} to
    /// the webhook URL; the answer's status comes with webhookAnswered()
    /// (0: no answer). False when no URL is set.
    bool sendWebhook(const QString& entityType, const QString& eventType, const QString& uuid);
    /// The statuses of the webhook deliveries answered so far, in order.
    QList<int> webhookStatuses() const { return m_webhookStatuses; }
    /// A new booking by a new customer, created now; returns its uuid.
    QString addReservation(const QDateTime& mealDate, int partySize, const QString& firstName,
                           const QString& lastName, const QString& phone, const QStringList& allergies = {});
    /// Another booking, created now, by a customer TheFork knows (a
    /// regular); its uuid, or empty for an unknown customer.
    QString addReservationFor(const QString& customerUuid, const QDateTime& mealDate, int partySize);
    /// Answers 404 for this reservation from now on (deleted at TheFork).
    void forget(const QString& uuid);
    QList<Override> overrides() const { return m_overrides; }
    /// Paths of the API requests served (after the token and failNext()), in order.
    QStringList served() const { return m_served; }
    void clearServed()
    {
        m_served.clear();
        m_unauthorized = 0;
    }

    QJsonObject reservationJson(const Reservation& r) const;
    static QJsonObject customerJson(const Customer& c);

Q_SIGNALS:
    /// A webhook delivery was answered (`status` 0: no HTTP answer).
    void webhookAnswered(const QString& eventType, const QString& uuid, int status);

private:
    explicit SandboxTheFork(SandboxServer* server);
    void ensureGenerated() const;
    bool authorized(const QHttpServerRequest& request) const;
    /// nullopt: go on; else the answer (a token refused, a forced failure).
    std::optional<QHttpServerResponse> gate(const QHttpServerRequest& request);
    QHttpServerResponse list(const QHttpServerRequest& request);

    SandboxServer* m_server;
    quint32 m_seed;
    std::function<qint64()> m_clock;
    int m_daysBack = 28;
    int m_daysAhead = 21;
    int m_volume = 1;
    bool m_requireAuth = false;
    QList<int> m_failures;
    QStringList m_served;
    int m_expireAfter = -1;       ///< -1: no expiry planned
    bool m_revokeInstead = false; ///< the planned end is a revocation
    int m_unauthorized = 0;
    QList<Override> m_overrides;
    mutable bool m_generated = false;
    mutable QList<Reservation> m_reservations;
    mutable QHash<QString, qsizetype> m_index; ///< uuid → m_reservations
    mutable QHash<QString, Customer> m_customers;
    QSet<QString> m_forgotten;
    /// The last list's matching bookings, by update time, while nothing changes.
    struct ListCache
    {
        QString key;
        QStringList uuids;
    };
    mutable ListCache m_listCache;
    int m_added = 0;
    QUrl m_webhookUrl;
    QList<int> m_webhookStatuses;
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace Moulin
