#pragma once

#include "sandbox/core/sandboxratelimit.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace Moulin {

class SandboxServer;

/// The sandbox's OpenTable sync API for "Le Vieux Moulin": OpenTable's fifth
/// of the demo restaurant's booked parties (DemoRestaurant, from the
/// sandbox's footfall model), about four weeks past and three weeks coming
/// (lunch and dinner, closed on Mondays and Sunday evenings), French guests
/// with their phones (+33), e-mails, notes and allergies, cancellations,
/// changes and no-shows as they stand at the clock, generated
/// deterministically from the server's seed and the clock, served at OpenTable's paths through
/// SandboxServer's routes (fault plans and hit statistics apply):
///
///   GET /sync/v2/reservations?rid&limit&offset&updated_after
///   GET /sync/v2/guests?rid&limit&offset&updated_after
///        {hasNextPage, nextPageUrl, offset, limit, items}: the records updated strictly after
///        updated_after (ISO 8601; absent: all), ordered by updated_at_utc; limit 1..maxPageSize()
///        (a larger one is served as maxPageSize(), as APIs cap their pages; default 100);
///        an unknown rid answers 404, a bad limit, offset or updated_after 400, all with
///        {error, message}.
///   POST /api/v2/oauth/token?grant_type=client_credentials   (SandboxOAuth: HTTP Basic only)
///
/// With setRequireAuthorization(true) the sync routes want a Bearer access
/// token valid for the server's SandboxOAuth (else 401 {error: "invalid_token", message}).
///
/// OpenTable publishes no error body or rate-limit headers for the sync API;
/// ours (our choice, read the same way by the connector): every answer
/// carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset
/// (seconds); a request over the limit (setRateLimit(), default 300 a
/// minute) answers 429 {error: "rate_limited", message} with Retry-After;
/// failNext() answers 500 {error: "internal_error", message} or 503
/// {error: "service_unavailable", message}.
///
/// Changes for tests and demos, in C++ below or over HTTP:
///   POST /_sandbox/opentable/reservations  {scheduled_time_utc, party_size, first_name, last_name, phone}
///        a new booking by a new guest → 201 {id, guest_id}
///   POST /_sandbox/opentable/reservations/{id}  {party_size?, state?, scheduled_time_utc?, notes?}
///        the booking changes (sequence_id + 1) → 200 the reservation
///   POST /_sandbox/opentable/reservations/{id}/out-of-order  {older:{…}, newer:{…}}
///        two changes served newest first (updateOutOfOrder())
class SandboxOpenTable : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDaysBack = 28;
    static constexpr int kDefaultDaysAhead = 21;
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kDefaultRateLimit = 300; ///< requests a minute

    struct Guest
    {
        QString id;
        QString firstName;
        QString lastName;
        QString phone; ///< E.164
        QString email;
        QString notes;
        QStringList allergies;
        qint64 updatedMs = 0;
    };

    struct Reservation
    {
        QString id;
        qint64 sequence = 1;
        QString guestId;
        QString state; ///< Pending, Confirmed, Seated, Done, Cancelled, NoShow
        qint64 scheduledMs = 0;
        int partySize = 2;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        QStringList visitTags;
        QString notes;
    };

    /// What a change sets (the rest stays).
    struct Change
    {
        std::optional<int> partySize;
        std::optional<QString> state;
        std::optional<QDateTime> scheduledAt;
        std::optional<QString> notes;

        /// {party_size, state, scheduled_time_utc, notes}; nullopt and
        /// `*error` when a member has the wrong type.
        static std::optional<Change> fromJson(const QJsonObject& object, QString* error);
    };

    /// Ways a served reservation can be broken, for the quarantine tests.
    enum class Defect
    {
        MissingId,    ///< no `id`
        BadPartySize, ///< party_size "quatre"
        BadTime,      ///< scheduled_time_utc "demain soir"
    };

    static SandboxOpenTable* install(SandboxServer* server);
    /// The emulation of `server` (installed now if the server was built
    /// before the module registered it).
    static SandboxOpenTable* of(SandboxServer* server);

    static QString restaurantId(); ///< the rid of Le Vieux Moulin
    static QTimeZone timeZone();

    /// Milliseconds since the epoch; empty: the wall clock. The bookings
    /// are generated around the clock's day, on first use.
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    /// The days generated before and after today (default 28 and 21); starts
    /// the data again.
    void setDays(int back, int ahead);
    void setMaxPageSize(int size);
    int maxPageSize() const { return m_maxPageSize; }
    void setRequireAuthorization(bool require) { m_requireAuth = require; }
    /// `requests` per `windowSeconds` on the sync routes (<= 0: no limit).
    void setRateLimit(int requests, int windowSeconds = 60) { m_rateLimit.setLimit(requests, windowSeconds); }
    /// The next `times` sync requests answer `status` (500, 502, 503, 504)
    /// with OpenTable's error body.
    void failNext(int status, int times = 1);
    void clearFailures() { m_failures.clear(); }

    /// A sync request as the sandbox served it (after the limit, the token
    /// and failNext(): a refused request is not listed).
    struct Served
    {
        QString path;
        QUrlQuery query;
        int items = 0;
    };
    QList<Served> served() const { return m_requests; }
    void clearServed() { m_requests.clear(); }

    /// Every booking as it stands now (the latest version of each), and
    /// every guest.
    QList<Reservation> reservations() const;
    QList<Guest> guests() const;
    std::optional<Reservation> reservation(const QString& id) const;
    std::optional<Guest> guest(const QString& id) const;

    /// The booking changes now: sequence_id + 1, updated_at_utc now.
    bool update(const QString& id, const Change& change);
    /// Two changes in a row (sequence n + 1 `older`, then n + 2 `newer`),
    /// served out of order: n + 2 now, then n + 1 as a late copy ordered
    /// after it (a later page, or the next run), as a lagging replica would.
    bool updateOutOfOrder(const QString& id, const Change& older, const Change& newer);
    /// A new booking (Confirmed, sequence 1) by a new guest, both updated now.
    /// Returns the reservation's id.
    QString addReservation(const QDateTime& startsAt, int partySize, const QString& firstName,
                           const QString& lastName, const QString& phone);
    /// Serves the booking broken in that way until clearDefects().
    bool setDefect(const QString& id, Defect defect);
    void clearDefects() { m_defects.clear(); }

    /// The sequence_ids served for a booking, in the order they were served.
    QList<qint64> servedSequences(const QString& id) const { return m_served.value(id); }

    QJsonObject reservationJson(const Reservation& r) const;
    static QJsonObject guestJson(const Guest& g);

private:
    explicit SandboxOpenTable(SandboxServer* server);
    void ensureGenerated() const;
    void generate() const;
    qint64 nextChangeMs();
    static void applyChange(Reservation& r, const Change& change);
    bool authorized(const QHttpServerRequest& request) const;
    /// A sync route's answer: the limit, the token, failNext(), then the page.
    QHttpServerResponse sync(const QHttpServerRequest& request, bool guests);
    QHttpServerResponse page(const QHttpServerRequest& request, bool guests);

    SandboxServer* m_server;
    quint32 m_seed;
    std::function<qint64()> m_clock;
    int m_daysBack = kDefaultDaysBack;
    int m_daysAhead = kDefaultDaysAhead;
    int m_maxPageSize = kDefaultPageSize;
    bool m_requireAuth = false;
    SandboxRateLimit m_rateLimit{kDefaultRateLimit, 60};
    QList<int> m_failures;
    QList<Served> m_requests;

    mutable bool m_generated = false;
    mutable QList<Reservation> m_reservations;
    mutable QHash<QString, qsizetype> m_reservationIndex;
    mutable QList<Guest> m_guests;
    mutable QHash<QString, qsizetype> m_guestIndex;
    mutable qint64 m_latestMs = 0; ///< the latest updated_at_utc of anything
    mutable QList<Reservation> m_lateCopies;
    mutable QHash<QString, QList<qint64>> m_served;
    mutable int m_added = 0;
    QHash<QString, Defect> m_defects;
};

} // namespace Moulin
