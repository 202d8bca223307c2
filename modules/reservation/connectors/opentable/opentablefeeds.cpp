#include "reservation/connectors/opentable/opentablefeeds.h"

#include "common/core/connectorconfig.h"
#include "common/sync/quarantine.h"
#include "reservation/connectors/syncpages.h"
#include "reservation/core/bookstore.h"

#include <QStringList>

namespace Moulin {

namespace {

using SyncPages::idText;
using SyncPages::shown;
using SyncPages::text;

const QString kReservationsPath = QStringLiteral("/sync/v2/reservations");
const QString kGuestsPath = QStringLiteral("/sync/v2/guests");

/// One OpenTable sync feed: the request for a cursor, the envelope and the
/// cursor's progress (syncpages.h). readItem() reads one record.
template <typename Record>
class SyncFeed : public TypedFeed<QList<Record>>
{
public:
    using Page = typename TypedFeed<QList<Record>>::TypedPage;

    SyncFeed(const OpenTableOptions& options, const QString& path)
        : m_o(options)
        , m_path(path)
    {
    }

    HttpRequest request(const QString& cursor) const override
    {
        HttpRequest r;
        r.url = SyncPages::url(m_o.apiUrl, m_path,
                               SyncPagesCursor::decode(cursor).query({{QStringLiteral("rid"), m_o.rid}},
                                                                     std::max(1, m_o.pageSize)));
        r.headers = {{"Accept", "application/json"}};
        return r;
    }

    std::optional<Page> read(const HttpResponse& response, const QString& cursor,
                             QString* error) const override
    {
        QString why;
        std::optional<Page> page = SyncPages::readPage<Record>(
            response.body, cursor, "id", "updated_at_utc",
            [this](const JsonRef& item, FeedProblem* problem) { return readItem(item, problem); }, &why);
        if (!page && error)
            *error = OpenTableFeeds::tr("OpenTable's answer to %1 could not be read: %2").arg(m_path, why);
        return page;
    }

protected:
    virtual std::optional<Record> readItem(const JsonRef& item, FeedProblem* problem) const = 0;

    OpenTableOptions m_o;
    QString m_path;
};

class ReservationsFeed final : public SyncFeed<BookingRecord>
{
public:
    explicit ReservationsFeed(const OpenTableOptions& options)
        : SyncFeed(options, kReservationsPath)
    {
    }

    bool write(QSqlDatabase& db, const Page& page, QString* error) override
    {
        return SyncPages::storeBookings(db, m_book, m_o.connectorId, page.records, error);
    }

private:
    std::optional<BookingRecord> readItem(const JsonRef& item, FeedProblem* problem) const override
    {
        return OpenTableFeeds::readReservation(item, m_o.connectorId, problem);
    }

    BookStore m_book;
};

class GuestsFeed final : public SyncFeed<OpenTableGuest>
{
public:
    explicit GuestsFeed(const OpenTableOptions& options)
        : SyncFeed(options, kGuestsPath)
    {
    }

    bool write(QSqlDatabase& db, const Page& page, QString* error) override
    {
        QList<QString> keys;
        for (const OpenTableGuest& g : page.records) {
            if (!m_book.upsertGuest(db, m_o.connectorId, g.guest, g.version, error))
                return false;
            keys.append(g.guest.externalId);
        }
        return SyncPages::settleQuarantine(db, m_o.connectorId, keys, error);
    }

private:
    std::optional<OpenTableGuest> readItem(const JsonRef& item, FeedProblem* problem) const override
    {
        return OpenTableFeeds::readGuest(item, problem);
    }

    BookStore m_book;
};

} // namespace

OpenTableOptions OpenTableOptions::fromConfig(const ConnectorConfig& config)
{
    OpenTableOptions o;
    if (!config.connectorId.isEmpty())
        o.connectorId = config.connectorId;
    if (config.apiUrl.isValid() && !config.apiUrl.isEmpty())
        o.apiUrl = config.apiUrl;
    o.rid = config.storeId;
    return o;
}

std::shared_ptr<FeedAdapter> OpenTableFeeds::feed(const OpenTableOptions& options, const QString& feed)
{
    if (feed == QLatin1String(kReservationsFeed))
        return std::make_shared<ReservationsFeed>(options);
    if (feed == QLatin1String(kGuestsFeed))
        return std::make_shared<GuestsFeed>(options);
    return nullptr;
}

std::optional<BookingStatus> OpenTableFeeds::statusOf(const QString& state)
{
    QString key;
    for (const QChar c : state) {
        if (c.isLetter())
            key += c.toLower();
    }
    static const QHash<QString, BookingStatus> statuses{
        {QStringLiteral("pending"), BookingStatus::Requested},
        {QStringLiteral("requested"), BookingStatus::Requested},
        {QStringLiteral("confirmed"), BookingStatus::Confirmed},
        {QStringLiteral("booked"), BookingStatus::Confirmed},
        {QStringLiteral("reconfirmed"), BookingStatus::Confirmed},
        {QStringLiteral("arrived"), BookingStatus::Arrived},
        {QStringLiteral("partiallyarrived"), BookingStatus::Arrived},
        {QStringLiteral("seated"), BookingStatus::Seated},
        {QStringLiteral("partiallyseated"), BookingStatus::Seated},
        {QStringLiteral("done"), BookingStatus::Left},
        {QStringLiteral("finished"), BookingStatus::Left},
        {QStringLiteral("assumedfinished"), BookingStatus::Left},
        {QStringLiteral("cancelled"), BookingStatus::Cancelled},
        {QStringLiteral("canceled"), BookingStatus::Cancelled},
        {QStringLiteral("noshow"), BookingStatus::NoShow},
    };
    const auto it = statuses.constFind(key);
    if (it == statuses.cend())
        return std::nullopt;
    return *it;
}

std::optional<BookingRecord> OpenTableFeeds::readReservation(const JsonRef& item, const QString& connectorId,
                                                             FeedProblem* problem)
{
    const QString id = idText(item.value("id"));
    auto refuse = [&](const char* code, const QString& reason) {
        *problem = {id, QLatin1String(code), reason, item.raw().toByteArray()};
        return std::nullopt;
    };
    auto invalid = [&](const char* code, const char* field) {
        return refuse(code, tr("The reservation %1 has an invalid %2: %3.")
                                .arg(id, QLatin1String(field), shown(item.value(field))));
    };
    if (id.isEmpty())
        return refuse("missing_id", tr("A reservation has no id (%1).").arg(QStringLiteral("id")));
    const std::optional<qint64> sequence = SyncPages::integer(item.value("sequence_id"));
    if (!sequence || *sequence < 0)
        return invalid("bad_sequence", "sequence_id");
    const std::optional<qint64> party = SyncPages::integer(item.value("party_size"));
    if (!party || *party <= 0 || *party > 10'000)
        return invalid("bad_party_size", "party_size");
    const std::optional<QDateTime> starts = SyncPages::utcTime(item.value("scheduled_time_utc"));
    if (!starts)
        return invalid("bad_time", "scheduled_time_utc");
    const std::optional<QDateTime> updated = SyncPages::utcTime(item.value("updated_at_utc"));
    if (!updated)
        return invalid("bad_time", "updated_at_utc");
    const std::optional<BookingStatus> status = statusOf(item.value("state").toString());
    if (!status)
        return refuse("unknown_state", tr("The reservation %1 has an unknown %2: %3.")
                                           .arg(id, QStringLiteral("state"), shown(item.value("state"))));

    BookingRecord r;
    r.channel = connectorId;
    r.externalId = id;
    r.restaurantRef = idText(item.value("rid"));
    r.startsAt = *starts;
    r.partySize = int(*party);
    r.status = *status;
    // The guest's own notes and tags (an anniversary, a regular) are what the
    // host reads before the service.
    QStringList requests;
    for (const QString& part : {text(item.value("notes")), text(item.value("visit_tags"))}) {
        if (!part.isEmpty())
            requests << part;
    }
    r.specialRequests = requests.join(QStringLiteral(" · "));
    r.guest.externalId = idText(item.value("guest_id"));
    r.guest.byReference = true;
    r.version = *sequence;
    r.providerUpdatedAt = *updated;
    if (const std::optional<QDateTime> created = SyncPages::utcTime(item.value("created_date_utc")))
        r.bookedAt = *created;
    const QString reason = BookStore::validate(r);
    if (!reason.isEmpty())
        return refuse("invalid_booking", reason);
    return r;
}

std::optional<OpenTableGuest> OpenTableFeeds::readGuest(const JsonRef& item, FeedProblem* problem)
{
    OpenTableGuest g;
    g.guest.externalId = idText(item.value("id"));
    auto refuse = [&](const char* code, const QString& reason) {
        *problem = {g.guest.externalId, QLatin1String(code), reason, item.raw().toByteArray()};
        return std::nullopt;
    };
    if (g.guest.externalId.isEmpty())
        return refuse("missing_id", tr("A guest has no id (%1).").arg(QStringLiteral("id")));
    const std::optional<QDateTime> updated = SyncPages::utcTime(item.value("updated_at_utc"));
    if (!updated)
        return refuse("bad_time", tr("The guest %1 has an invalid %2: %3.")
                                      .arg(g.guest.externalId, QStringLiteral("updated_at_utc"),
                                           shown(item.value("updated_at_utc"))));
    g.guest.name = QStringLiteral("%1 %2")
                       .arg(text(item.value("first_name")), text(item.value("last_name")))
                       .simplified();
    g.guest.phone = text(item.value("phone"));
    g.guest.email = text(item.value("email"));
    g.guest.notes = text(item.value("notes"));
    g.guest.allergies = text(item.value("allergies"));
    g.version = updated->toMSecsSinceEpoch();
    return g;
}

} // namespace Moulin
