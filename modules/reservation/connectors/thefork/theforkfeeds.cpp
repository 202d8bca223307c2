#include "reservation/connectors/thefork/theforkfeeds.h"

#include "common/core/connectorconfig.h"
#include "reservation/connectors/syncpages.h"
#include "reservation/core/bookstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace Moulin {

namespace {

const QString kCustomers = QStringLiteral("customers");
const QString kReservations = QStringLiteral("reservations");
const QString kReservationsPath = QStringLiteral("/reservations");

struct Cursor
{
    QDate since;
    QDate until;
    int page = 1;

    static Cursor decode(const QString& text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        Cursor c;
        c.since = QDate::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
        c.until = QDate::fromString(o.value(QStringLiteral("until")).toString(), Qt::ISODate);
        c.page = std::max(1, o.value(QStringLiteral("page")).toInt(1));
        return c;
    }
    QString encode() const
    {
        QJsonObject o{{QStringLiteral("since"), since.toString(Qt::ISODate)}};
        if (until.isValid()) {
            o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
            o.insert(QStringLiteral("page"), page);
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

QString str(const QJsonValue& v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

QString joined(const QJsonValue& v)
{
    QStringList parts;
    for (const QJsonValue item : v.toArray()) {
        if (!str(item).isEmpty())
            parts << str(item);
    }
    return parts.join(QStringLiteral(", "));
}

/// ISO 8601 with Z or an offset, with or without milliseconds.
std::optional<QDateTime> instant(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QString uuidOf(const HttpRequest& request)
{
    return request.url.path().section(QLatin1Char('/'), -1);
}

bool isCustomerRound(const QList<HttpRequest>& requests)
{
    return !requests.isEmpty() && requests.first().url.path().section(QLatin1Char('/'), -2, -2) == kCustomers;
}

class ReservationsFeed final : public TypedFeed<QList<BookingRecord>>
{
public:
    explicit ReservationsFeed(TheForkOptions options)
        : m_o(std::move(options))
    {
    }

    QString resolve(const QString& stored) const override
    {
        Cursor c = Cursor::decode(stored);
        if (c.until.isValid())
            return stored; // a run stopped half-way: on from its page
        m_guests.clear();  // a new run reads every guest again, once
        const QDate today = m_o.currentDate();
        if (!c.since.isValid())
            c.since = today.addDays(-m_o.backfillDays);
        // One day beyond today: TheFork's days and ours may not be the same.
        c.until = today.addDays(1);
        c.page = 1;
        return c.encode();
    }

    HttpRequest request(const QString& cursor) const override
    {
        const Cursor c = Cursor::decode(cursor);
        return HttpRequest::getJson(
            SyncPages::url(m_o.apiUrl, kReservationsPath,
                           {{QStringLiteral("restaurantUuid"), m_o.restaurantUuid},
                            {QStringLiteral("startDate"), c.since.toString(Qt::ISODate)},
                            {QStringLiteral("endDate"), c.until.toString(Qt::ISODate)},
                            {QStringLiteral("filterBy"), QStringLiteral("updatedDate")},
                            {QStringLiteral("limit"), QString::number(m_o.pageSize)},
                            {QStringLiteral("page"), QString::number(c.page)}}));
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        const QJsonObject o = doc.object();
        if (parseError.error != QJsonParseError::NoError || !o.value(QStringLiteral("data")).isArray() ||
            !o.value(QStringLiteral("totalCount")).isDouble()) {
            if (error)
                *error = TheForkFeeds::tr("TheFork's list of reservations could not be read (%1).")
                             .arg(parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : TheForkFeeds::tr("no data or totalCount"));
            return std::nullopt;
        }
        const Cursor c = Cursor::decode(cursor);
        TypedPage page;
        QSet<QString> seen;
        const QJsonArray ids = o.value(QStringLiteral("data")).toArray();
        for (const QJsonValue id : ids) {
            const QString uuid = str(id);
            if (uuid.isEmpty() || seen.contains(uuid)) // a booking updated during the walk may come twice
                continue;
            seen.insert(uuid);
            page.followUps.append(TheForkFeeds::detailRequest(m_o.apiUrl, kReservations, uuid));
        }
        const qint64 total = qint64(o.value(QStringLiteral("totalCount")).toDouble());
        const qint64 read = qint64(c.page) * m_o.pageSize;
        page.complete = ids.isEmpty() || read >= total;
        page.remaining = std::max<qint64>(0, total - read);
        Cursor next = c;
        if (page.complete) {
            // The next run reads again from the day this one started.
            // Two days before `until` (today + 1): the provider may count days
            // in UTC, and a change made just after midnight in Paris is still
            // on the day before there.
            next.since = c.until.addDays(-2);
            next.until = QDate();
        } else {
            next.page = c.page + 1;
        }
        page.nextCursor = next.encode();
        return page;
    }

    bool followUp(TypedPage& page, const QList<HttpResponse>& responses, const QString&,
                  QString* error) const override
    {
        if (isCustomerRound(page.followUps))
            return readCustomers(page, responses, error);
        QStringList customers;
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const HttpResponse& response = responses.at(i);
            const QString uuid = uuidOf(page.followUps.at(i));
            if (response.status == 404) {
                page.problems.append({uuid, QStringLiteral("gone"),
                                      TheForkFeeds::tr("The reservation %1 no longer exists at TheFork (%2).")
                                          .arg(uuid, TheForkFeeds::errorDetail(response.body)),
                                      response.body});
                continue;
            }
            if (!response.ok) {
                *error = TheForkFeeds::tr("The reservation %1 could not be read: %2")
                             .arg(uuid, response.errorString);
                return false;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
            FeedProblem problem;
            std::optional<BookingRecord> record;
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                problem = {uuid, QStringLiteral("malformed"),
                           TheForkFeeds::tr("The reservation %1 is not a JSON object.").arg(uuid),
                           response.body};
            else
                record = TheForkFeeds::readReservation(doc.object(), m_o.connectorId, &problem);
            if (!record) {
                if (problem.recordKey.isEmpty())
                    problem.recordKey = uuid;
                page.problems.append(problem);
                continue;
            }
            const QString& customer = record->guest.externalId;
            if (const auto known = m_guests.constFind(customer); known != m_guests.cend())
                record->guest = *known; // read earlier in this run
            else if (!customer.isEmpty() && !customers.contains(customer))
                customers.append(customer);
            page.records.append(std::move(*record));
        }
        // The guests these bookings name, in a second round.
        page.followUps.clear();
        for (const QString& customer : std::as_const(customers))
            page.followUps.append(TheForkFeeds::detailRequest(m_o.apiUrl, kCustomers, customer));
        page.moreFollowUps = !page.followUps.isEmpty();
        return true;
    }

    int followUpsInFlight() const override { return m_o.followUpsInFlight; }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        return SyncPages::storeBookings(db, m_book, m_o.connectorId, page.records, error);
    }

private:
    bool readCustomers(TypedPage& page, const QList<HttpResponse>& responses, QString* error) const
    {
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const HttpResponse& response = responses.at(i);
            const QString uuid = uuidOf(page.followUps.at(i));
            if (response.status == 404)
                continue; // the booking keeps its guest by reference
            if (!response.ok) {
                *error =
                    TheForkFeeds::tr("The guest %1 could not be read: %2").arg(uuid, response.errorString);
                return false;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(response.body);
            if (!doc.isObject()) {
                page.problems.append({uuid, QStringLiteral("malformed"),
                                      TheForkFeeds::tr("The guest %1 is not a JSON object.").arg(uuid),
                                      response.body});
                continue;
            }
            BookingGuest guest;
            guest.externalId = uuid;
            TheForkFeeds::readCustomer(doc.object(), &guest);
            for (BookingRecord& record : page.records) {
                if (record.guest.externalId == uuid)
                    record.guest = guest;
            }
            m_guests.insert(uuid, guest);
        }
        page.followUps.clear();
        return true;
    }

    TheForkOptions m_o;
    BookStore m_book;
    /// The guests read in this run (from resolve() on), by uuid: a regular
    /// named by several pages is fetched once a run. Stored with every
    /// booking that names it, as read; the next run reads it again.
    mutable QHash<QString, BookingGuest> m_guests;
};

} // namespace

TheForkOptions TheForkOptions::fromConfig(const ConnectorConfig& config)
{
    TheForkOptions o;
    if (!config.connectorId.isEmpty())
        o.connectorId = config.connectorId;
    if (config.apiUrl.isValid() && !config.apiUrl.isEmpty())
        o.apiUrl = config.apiUrl;
    o.restaurantUuid = config.storeId;
    return o;
}

QDate TheForkOptions::currentDate() const
{
    if (today)
        return today();
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date();
}

std::shared_ptr<FeedAdapter> TheForkFeeds::feed(const TheForkOptions& options, const QString& feed)
{
    if (feed == QLatin1String(kReservationsFeed))
        return std::make_shared<ReservationsFeed>(options);
    return nullptr;
}

HttpRequest TheForkFeeds::detailRequest(const QUrl& apiUrl, const QString& collection, const QString& uuid)
{
    return HttpRequest::getJson(
        SyncPages::url(apiUrl, QLatin1Char('/') + collection + QLatin1Char('/') + uuid, {}));
}

std::optional<BookingStatus> TheForkFeeds::statusOf(const QString& status, const QString& mealStatus)
{
    if (status == QLatin1String("CANCELED"))
        return BookingStatus::Cancelled;
    if (status == QLatin1String("NO_SHOW"))
        return BookingStatus::NoShow;
    if (status == QLatin1String("REQUESTED"))
        return BookingStatus::Requested;
    if (status == QLatin1String("REFUSED"))
        return BookingStatus::Refused;
    if (status != QLatin1String("RECORDED"))
        return std::nullopt;
    // "Meal statuses do not follow any specific flow": each is read alone.
    if (mealStatus == QLatin1String("ARRIVED") || mealStatus == QLatin1String("PARTIALLY_ARRIVED"))
        return BookingStatus::Arrived;
    if (mealStatus == QLatin1String("SEATED") || mealStatus == QLatin1String("BILL"))
        return BookingStatus::Seated;
    if (mealStatus == QLatin1String("LEFT"))
        return BookingStatus::Left;
    return BookingStatus::Confirmed;
}

std::optional<BookingRecord> TheForkFeeds::readReservation(const QJsonObject& o, const QString& connectorId,
                                                           FeedProblem* problem)
{
    const QString id = str(o.value(QStringLiteral("reservationUuid")));
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    auto refuse = [&](const char* code, const QString& reason) {
        *problem = {id, QLatin1String(code), reason, bytes};
        return std::nullopt;
    };
    auto shown = [&](const char* field) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            return tr("absent");
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    auto invalid = [&](const char* code, const char* field) {
        return refuse(
            code,
            tr("The reservation %1 has an invalid %2: %3.").arg(id, QLatin1String(field), shown(field)));
    };
    if (id.isEmpty())
        return refuse("missing_id",
                      tr("A reservation has no id (%1).").arg(QStringLiteral("reservationUuid")));
    const QJsonValue party = o.value(QStringLiteral("partySize"));
    if (!party.isDouble() || party.toDouble() != double(qint64(party.toDouble())) || party.toDouble() <= 0)
        return invalid("bad_party_size", "partySize");
    const std::optional<QDateTime> meal = instant(o.value(QStringLiteral("mealDate")));
    if (!meal)
        return invalid("bad_time", "mealDate");
    const std::optional<BookingStatus> status =
        statusOf(str(o.value(QStringLiteral("status"))), str(o.value(QStringLiteral("mealStatus"))));
    if (!status)
        return invalid("unknown_status", "status");
    std::optional<QDateTime> updated = instant(o.value(QStringLiteral("updatedAt")));
    const std::optional<QDateTime> created = instant(o.value(QStringLiteral("createdAt")));
    if (!updated)
        updated = created;

    BookingRecord r;
    r.channel = connectorId;
    r.externalId = id;
    r.restaurantRef = str(o.value(QStringLiteral("restaurantUuid")));
    r.startsAt = *meal;
    r.partySize = int(party.toDouble());
    r.status = *status;
    QStringList requests;
    if (const QString note = str(o.value(QStringLiteral("customerNote"))); !note.isEmpty())
        requests << note;
    const QJsonObject offer = o.value(QStringLiteral("offerDetails")).toObject();
    if (offer.value(QStringLiteral("discountPercentage")).isDouble())
        requests
            << tr("TheFork offer −%1 %").arg(offer.value(QStringLiteral("discountPercentage")).toDouble());
    else if (offer.value(QStringLiteral("offerType")).toString() == QLatin1String("presetMenu"))
        requests << tr("TheFork set menu");
    r.specialRequests = requests.join(QStringLiteral(" · "));
    r.guest.externalId = str(o.value(QStringLiteral("customerUuid")));
    r.guest.byReference = true;
    if (updated) {
        r.version = updated->toMSecsSinceEpoch();
        r.providerUpdatedAt = *updated;
    }
    if (created)
        r.bookedAt = *created;
    const QString reason = BookStore::validate(r);
    if (!reason.isEmpty())
        return refuse("invalid_booking", reason);
    return r;
}

void TheForkFeeds::readCustomer(const QJsonObject& o, BookingGuest* g)
{
    g->byReference = false;
    g->name = QStringLiteral("%1 %2")
                  .arg(str(o.value(QStringLiteral("firstName"))), str(o.value(QStringLiteral("lastName"))))
                  .simplified();
    g->phone = str(o.value(QStringLiteral("phone")));
    if (g->phone.isEmpty())
        g->phone = str(o.value(QStringLiteral("secondaryPhone")));
    g->email = str(o.value(QStringLiteral("email")));
    g->allergies = joined(o.value(QStringLiteral("allergiesAndIntolerances")));
    g->dietary = joined(o.value(QStringLiteral("dietaryRestrictions")));
    g->notes = str(o.value(QStringLiteral("notes")));
    const QJsonValue optIn =
        o.value(QStringLiteral("optins")).toObject().value(QStringLiteral("restaurantNewsletter"));
    if (optIn.isBool())
        g->newsletterOptIn = optIn.toBool();
}

QString TheForkFeeds::errorDetail(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString error = str(o.value(QStringLiteral("error")));
    const QString code = str(o.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")));
    if (error.isEmpty())
        return code;
    return code.isEmpty() ? error : QStringLiteral("%1 (%2)").arg(error, code);
}

} // namespace Moulin
