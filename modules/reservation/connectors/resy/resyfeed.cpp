#include "reservation/connectors/resy/resyfeed.h"

#include "common/core/connectorconfig.h"
#include "reservation/connectors/syncpages.h"
#include "reservation/core/bookstore.h"

#include <QHash>
#include <QStringList>

namespace Moulin {

namespace {

using SyncPages::text;

const QString kPath = QStringLiteral("/partner/v1/reservations");

class ReservationsFeed final : public TypedFeed<QList<BookingRecord>>
{
public:
    explicit ReservationsFeed(const ResyOptions& options)
        : m_o(options)
    {
    }

    HttpRequest request(const QString& cursor) const override
    {
        HttpRequest r;
        r.url = SyncPages::url(m_o.apiUrl, kPath,
                               SyncPagesCursor::decode(cursor).query(
                                   {{QStringLiteral("venue_id"), m_o.venueId}}, std::max(1, m_o.pageSize)));
        r.headers = {{"Accept", "application/json"}};
        return r;
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        QString why;
        std::optional<TypedPage> page = SyncPages::readPage<BookingRecord>(
            response.body, cursor, "reservation_id", "updated_at_utc",
            [this](const JsonRef& item, FeedProblem* problem) {
                return ResyFeed::readReservation(item, m_o.connectorId, problem);
            },
            &why);
        if (!page && error)
            *error = ResyFeed::tr("Resy's answer to %1 could not be read: %2").arg(kPath, why);
        return page;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        return SyncPages::storeBookings(db, m_book, m_o.connectorId, page.records, error);
    }

private:
    ResyOptions m_o;
    BookStore m_book;
};

} // namespace

ResyOptions ResyOptions::fromConfig(const ConnectorConfig& config)
{
    ResyOptions o;
    if (!config.connectorId.isEmpty())
        o.connectorId = config.connectorId;
    if (config.apiUrl.isValid() && !config.apiUrl.isEmpty())
        o.apiUrl = config.apiUrl;
    o.venueId = config.storeId;
    return o;
}

std::shared_ptr<FeedAdapter> ResyFeed::feed(const ResyOptions& options, const QString& feed)
{
    if (feed == QLatin1String(kReservationsFeed))
        return std::make_shared<ReservationsFeed>(options);
    return nullptr;
}

std::optional<BookingRecord> ResyFeed::readReservation(const JsonRef& item, const QString& connectorId,
                                                       FeedProblem* problem)
{
    const QString id = SyncPages::idText(item.value("reservation_id"));
    auto refuse = [&](const char* code, const QString& reason) {
        *problem = {id, QLatin1String(code), reason, item.raw().toByteArray()};
        return std::nullopt;
    };
    auto invalid = [&](const char* code, const char* field) {
        return refuse(code, tr("The Resy reservation %1 has an invalid %2: %3.")
                                .arg(id, QLatin1String(field), SyncPages::shown(item.value(field))));
    };
    if (id.isEmpty())
        return refuse("missing_id",
                      tr("A Resy reservation has no id (%1).").arg(QStringLiteral("reservation_id")));
    const std::optional<qint64> version = SyncPages::integer(item.value("version"));
    if (!version || *version < 0)
        return invalid("bad_version", "version");
    const std::optional<qint64> seats = SyncPages::integer(item.value("num_seats"));
    if (!seats || *seats <= 0 || *seats > 10'000)
        return invalid("bad_party_size", "num_seats");
    const std::optional<QDateTime> starts = SyncPages::utcTime(item.value("starts_at_utc"));
    if (!starts)
        return invalid("bad_time", "starts_at_utc");
    const std::optional<QDateTime> updated = SyncPages::utcTime(item.value("updated_at_utc"));
    if (!updated)
        return invalid("bad_time", "updated_at_utc");
    static const QHash<QString, BookingStatus> statuses{
        {QStringLiteral("booked"), BookingStatus::Confirmed},
        {QStringLiteral("confirmed"), BookingStatus::Confirmed},
        {QStringLiteral("pending"), BookingStatus::Requested},
        {QStringLiteral("arrived"), BookingStatus::Arrived},
        {QStringLiteral("seated"), BookingStatus::Seated},
        {QStringLiteral("finished"), BookingStatus::Left},
        {QStringLiteral("cancelled"), BookingStatus::Cancelled},
        {QStringLiteral("canceled"), BookingStatus::Cancelled},
        {QStringLiteral("no_show"), BookingStatus::NoShow},
    };
    const auto status = statuses.constFind(item.value("status").toString().trimmed().toLower());
    if (status == statuses.cend())
        return refuse("unknown_state",
                      tr("The Resy reservation %1 has an unknown %2: %3.")
                          .arg(id, QStringLiteral("status"), SyncPages::shown(item.value("status"))));

    BookingRecord r;
    r.channel = connectorId;
    r.externalId = id;
    r.restaurantRef = SyncPages::idText(item.value("venue_id"));
    r.startsAt = *starts;
    r.partySize = int(*seats);
    r.status = *status;
    r.specialRequests = text(item.value("special_request"));
    const JsonRef guest = item.value("guest");
    r.guest.externalId = SyncPages::idText(guest.value("id"));
    r.guest.name = QStringLiteral("%1 %2")
                       .arg(text(guest.value("first_name")), text(guest.value("last_name")))
                       .simplified();
    r.guest.phone = text(guest.value("phone"));
    r.guest.email = text(guest.value("email"));
    r.guest.allergies = text(guest.value("allergies"));
    r.version = *version;
    r.providerUpdatedAt = *updated;
    if (const std::optional<QDateTime> booked = SyncPages::utcTime(item.value("booked_at_utc")))
        r.bookedAt = *booked;
    const QString reason = BookStore::validate(r);
    if (!reason.isEmpty())
        return refuse("invalid_booking", reason);
    return r;
}

} // namespace Moulin
