#pragma once

#include "sandbox/core/sandboxratelimit.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace Moulin {

class SandboxServer;

/// The sandbox's Resy poller endpoint (our shape, resymodule.h) for "Le Vieux
/// Moulin": Resy's tenth of the demo restaurant's booked parties
/// (DemoRestaurant, from the sandbox's footfall model: about four weeks back
/// and three ahead, closed on Mondays and Sunday evenings), the guest inside
/// each booking (phone +33, allergies in French), cancellations, no-shows,
/// seated and finished tables as they stand at the clock, generated
/// deterministically from the server's seed and the clock. Served through
/// SandboxServer's routes (fault plans and hit statistics apply):
///
///   GET /partner/v1/reservations?venue_id&updated_after&limit&offset
///        wants `Authorization: ResyAPI api_key="<key>"` with a known key (demoApiKey(), or one
///        given to addApiKey()), else 401 {status, message}; an unknown venue_id 404, a bad
///        limit, offset or updated_after 400, with the same body. limit is capped at
///        maxPageSize() (default 50). Every answer carries X-RateLimit-Limit,
///        X-RateLimit-Remaining and X-RateLimit-Reset (seconds); over the limit (setRateLimit(),
///        default 120 a minute): 429 {status, message} with Retry-After. failNext(): 500 or 503
///        {status, message}.
///   POST /_sandbox/resy/reservations  {starts_at_utc, num_seats, first_name, last_name, phone}
///        a new booking, updated now → 201 {reservation_id}
///   POST /_sandbox/resy/reservations/{id}/cancel   the booking is cancelled now → 200 the booking
class SandboxResy : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kDefaultRateLimit = 120; ///< requests a minute

    struct Reservation
    {
        QString id;
        qint64 version = 1;
        QString status; ///< booked, seated, finished, cancelled, no_show
        qint64 startsMs = 0;
        int seats = 2;
        qint64 bookedMs = 0;
        qint64 updatedMs = 0;
        QString specialRequest;
        QString guestId;
        QString firstName;
        QString lastName;
        QString phone;
        QString email;
        QStringList allergies;
    };

    static SandboxResy* install(SandboxServer* server);
    static SandboxResy* of(SandboxServer* server);

    static QString venueId();
    /// The key the sandbox always accepts (demo mode sends it).
    static QByteArray demoApiKey();
    /// Accepts `key` too.
    void addApiKey(const QByteArray& key) { m_keys.insert(key); }
    /// Requests refused for their key.
    int refusedRequests() const { return m_refused; }

    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    void setDays(int back, int ahead);
    void setMaxPageSize(int size);
    /// `requests` per `windowSeconds` (<= 0: no limit).
    void setRateLimit(int requests, int windowSeconds = 60) { m_rateLimit.setLimit(requests, windowSeconds); }
    /// The next `times` requests with a valid key answer `status` with Resy's error body.
    void failNext(int status, int times = 1);
    void clearFailures() { m_failures.clear(); }

    /// A request as the sandbox served it (refused ones are not listed).
    struct Served
    {
        QUrlQuery query;
        int items = 0;
    };
    QList<Served> served() const { return m_requests; }
    void clearServed() { m_requests.clear(); }

    QList<Reservation> reservations() const;
    std::optional<Reservation> reservation(const QString& id) const;
    /// A new booking (booked, version 1), updated now; returns its id.
    QString addReservation(const QDateTime& startsAt, int seats, const QString& firstName,
                           const QString& lastName, const QString& phone);
    /// The booking is cancelled now (version + 1).
    bool cancel(const QString& id);
    /// The party changes now (version + 1).
    bool changeSeats(const QString& id, int seats);

    static QJsonObject reservationJson(const Reservation& r);

private:
    explicit SandboxResy(SandboxServer* server);
    void ensureGenerated() const;
    qint64 nextChangeMs();
    /// The endpoint's answer: the limit, the key, failNext(), then the page.
    QHttpServerResponse poll(const QHttpServerRequest& request);
    QHttpServerResponse page(const QHttpServerRequest& request);

    quint32 m_seed;
    std::function<qint64()> m_clock;
    int m_daysBack = 28;
    int m_daysAhead = 21;
    int m_maxPageSize = kDefaultPageSize;
    QSet<QByteArray> m_keys;
    int m_refused = 0;
    SandboxRateLimit m_rateLimit{kDefaultRateLimit, 60};
    QList<int> m_failures;
    QList<Served> m_requests;

    mutable bool m_generated = false;
    mutable QList<Reservation> m_reservations;
    mutable QHash<QString, qsizetype> m_index;
    mutable qint64 m_latestMs = 0;
    mutable int m_added = 0;
};

} // namespace Moulin
