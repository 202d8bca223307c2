#include "reservation/connectors/thefork/theforkfeeds.h"

#include "common/core/connectorconfig.h"
#include "common/core/jsontape.h"
#include "reservation/connectors/syncpages.h"
#include "reservation/core/bookstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace Moulin {

namespace {

const QString kCustomers = QStringLiteral("customers");
const QString kReservations = QStringLiteral("reservations");
const QString kReservationsPath = QStringLiteral("/reservations");

/// The customers TheFork's webhook announced (customerCreated,
/// customerUpdated), per connector, until a page that read them is stored.
/// Each announcement counts: one that arrives while a run reads the customer
/// stays for the next run (the run may have read the customer before the
/// change). Filled on the webhook receiver's thread, read on the feed's
/// worker thread. In memory only: a change announced just before Moulin
/// stops reaches the book with the guest's next booking change.
class CustomerQueue
{
public:
    static CustomerQueue& instance()
    {
        static CustomerQueue queue;
        return queue;
    }
    void add(const QString& connectorId, const QString& uuid)
    {
        const QMutexLocker lock(&m_mutex);
        ++m_pending[connectorId][uuid];
    }
    /// uuid → announcements so far.
    QHash<QString, int> pending(const QString& connectorId) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_pending.value(connectorId);
    }
    /// Forgets `uuid` when it was not announced again since `seen`.
    void done(const QString& connectorId, const QString& uuid, int seen)
    {
        const QMutexLocker lock(&m_mutex);
        auto it = m_pending.find(connectorId);
        if (it == m_pending.end() || it->value(uuid) != seen)
            return;
        it->remove(uuid);
        if (it->isEmpty())
            m_pending.erase(it);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QHash<QString, int>> m_pending;
};

struct Cursor
{
    QDate since;
    QDate until;
    int page = 1;
    /// The announced customers this page reads too (set by resolve(), never
    /// stored: the next page's cursor goes without them): uuid →
    /// announcements (CustomerQueue).
    QHash<QString, int> customers;

    static Cursor decode(const QString& text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        Cursor c;
        c.since = QDate::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
        c.until = QDate::fromString(o.value(QStringLiteral("until")).toString(), Qt::ISODate);
        c.page = std::max(1, o.value(QStringLiteral("page")).toInt(1));
        const QJsonObject customers = o.value(QStringLiteral("customers")).toObject();
        for (auto it = customers.constBegin(); it != customers.constEnd(); ++it)
            c.customers.insert(it.key(), it.value().toInt());
        return c;
    }
    QString encode() const
    {
        QJsonObject o{{QStringLiteral("since"), since.toString(Qt::ISODate)}};
        if (until.isValid()) {
            o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
            o.insert(QStringLiteral("page"), page);
        }
        if (!customers.isEmpty()) {
            QJsonObject announced;
            for (auto it = customers.cbegin(); it != customers.cend(); ++it)
                announced.insert(it.key(), it.value());
            o.insert(QStringLiteral("customers"), announced);
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

/// A page of the reservations feed: its bookings, and the customers the
/// webhook announced that it read (their bookings, in the book or not in
/// this page, take them).
struct ReservationsPage
{
    QList<BookingRecord> bookings;
    struct Announced
    {
        BookingGuest guest;
        int seen = 0; ///< CustomerQueue's count when the run started
    };
    QList<Announced> customers;
    /// Announced customers TheFork no longer knows (404): forgotten once the
    /// page is stored.
    QHash<QString, int> gone;

    qsizetype size() const { return bookings.size() + customers.size(); }
};

QString str(const QJsonValue& v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

// The details are read with JsonTape (common/core/jsontape.h): no tree,
// no UTF-16 copy of the fields not read. The same rules as QJsonDocument's.
QString str(const JsonRef& v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

QString joined(const JsonRef& v)
{
    QStringList parts;
    for (const JsonRef item : v.elements()) {
        if (QString part = str(item); !part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

/// ISO 8601 with Z or an offset, with or without milliseconds.
std::optional<QDateTime> instant(const JsonRef& v)
{
    if (!v.isString())
        return std::nullopt;
    const QString text = v.toString();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

/// A detail answer as a JSON object; nullopt when it is none. JsonTape
/// follows RFC 8259 where QJsonDocument is lenient (a raw tab in a string,
/// an unknown escape): such an answer, which the HTTP client let through,
/// is read as QJsonDocument reads it.
std::optional<JsonTape> detailObject(const QByteArray& body)
{
    std::optional<JsonTape> tape = JsonTape::parse(body);
    if (!tape) {
        const QJsonDocument lenient = QJsonDocument::fromJson(body);
        if (lenient.isObject())
            tape = JsonTape::parse(lenient.toJson(QJsonDocument::Compact));
    }
    if (tape && !tape->root().isObject())
        return std::nullopt;
    return tape;
}

/// The fields of a reservation and of a customer the feed reads.
const JsonKeys& reservationKeys()
{
    static const JsonKeys keys{"reservationUuid", "partySize",    "mealDate",    "status",
                               "mealStatus",      "updatedAt",    "createdAt",   "restaurantUuid",
                               "customerNote",    "offerDetails", "customerUuid"};
    return keys;
}
enum ReservationField
{
    RId,
    RParty,
    RMeal,
    RStatus,
    RMealStatus,
    RUpdated,
    RCreated,
    RRestaurant,
    RNote,
    ROffer,
    RCustomer,
    RFieldCount
};
const JsonKeys& customerKeys()
{
    static const JsonKeys keys{
        "firstName",           "lastName", "phone",  "secondaryPhone", "email", "allergiesAndIntolerances",
        "dietaryRestrictions", "notes",    "optins", "locale"};
    return keys;
}
enum CustomerField
{
    CFirst,
    CLast,
    CPhone,
    CSecondaryPhone,
    CEmail,
    CAllergies,
    CDietary,
    CNotes,
    COptins,
    CLocale,
    CFieldCount
};

QString uuidOf(const HttpRequest& request)
{
    return request.url.path().section(QLatin1Char('/'), -1);
}

bool isCustomer(const HttpRequest& request)
{
    return request.url.path().section(QLatin1Char('/'), -2, -2) == kCustomers;
}

class ReservationsFeed final : public TypedFeed<ReservationsPage>
{
public:
    explicit ReservationsFeed(TheForkOptions options)
        : m_o(std::move(options))
    {
    }

    QString resolve(const QString& stored) const override
    {
        Cursor c = Cursor::decode(stored);
        // The customers the webhook announced, read with this run's first page.
        c.customers = CustomerQueue::instance().pending(m_o.connectorId);
        if (c.until.isValid())
            return c.encode(); // a run stopped half-way: on from its page
        m_guests.clear();      // a new run reads every guest again, once
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
        // The customers the webhook announced, read with the bookings.
        for (auto it = c.customers.cbegin(); it != c.customers.cend(); ++it)
            page.followUps.append(TheForkFeeds::detailRequest(m_o.apiUrl, kCustomers, it.key()));
        const qint64 total = qint64(o.value(QStringLiteral("totalCount")).toDouble());
        const qint64 read = qint64(c.page) * m_o.pageSize;
        page.complete = ids.isEmpty() || read >= total;
        page.remaining = std::max<qint64>(0, total - read);
        Cursor next = c;
        next.customers.clear();
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

    bool followUp(TypedPage& page, const QList<HttpResponse>& responses, const QString& cursor,
                  QString* error) const override
    {
        // The first round: the page's bookings, and the customers the webhook
        // announced; then the guests the bookings name that were not read.
        const QHash<QString, int> announced = Cursor::decode(cursor).customers;
        QStringList customers;
        for (qsizetype i = 0; i < responses.size(); ++i) {
            if (isCustomer(page.followUps.at(i)))
                continue;
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
            const std::optional<JsonTape> doc = detailObject(response.body);
            FeedProblem problem;
            std::optional<BookingRecord> record;
            if (!doc)
                problem = {uuid, QStringLiteral("malformed"),
                           TheForkFeeds::tr("The reservation %1 is not a JSON object.").arg(uuid),
                           response.body};
            else
                record = TheForkFeeds::readReservation(doc->root(), m_o.connectorId, &problem);
            if (!record) {
                if (problem.recordKey.isEmpty())
                    problem.recordKey = uuid;
                page.problems.append(problem);
                continue;
            }
            const QString& customer = record->guest.externalId;
            if (const auto known = m_guests.constFind(customer); known != m_guests.cend())
                record->guest = *known; // read earlier in this run
            else if (!customer.isEmpty() && !customers.contains(customer) && !announced.contains(customer))
                customers.append(customer);
            page.records.bookings.append(std::move(*record));
        }
        if (!readCustomers(page, responses, announced, error))
            return false;
        // The guests these bookings name, in a second round.
        page.followUps.clear();
        for (const QString& customer : std::as_const(customers))
            page.followUps.append(TheForkFeeds::detailRequest(m_o.apiUrl, kCustomers, customer));
        page.moreFollowUps = !page.followUps.isEmpty();
        return true;
    }

    int followUpsInFlight() const override { return m_o.followUpsInFlight; }
    /// write() reads only the options and the book (no state of its own)
    /// and the announced customers' queue (locked): it runs on the store
    /// thread while the next page's bookings and guests come in.
    bool storesOnOwnThread() const override { return true; }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        if (!SyncPages::storeBookings(db, m_book, m_o.connectorId, page.records.bookings, error))
            return false;
        // An announced customer as TheFork has it now: it replaces what the
        // book holds and reaches every booking of that guest (reading it
        // again changes nothing).
        for (const ReservationsPage::Announced& announced : page.records.customers) {
            if (!m_book.replaceGuest(db, m_o.connectorId, announced.guest, error))
                return false;
        }
        for (const ReservationsPage::Announced& announced : page.records.customers)
            CustomerQueue::instance().done(m_o.connectorId, announced.guest.externalId, announced.seen);
        for (auto it = page.records.gone.cbegin(); it != page.records.gone.cend(); ++it)
            CustomerQueue::instance().done(m_o.connectorId, it.key(), it.value());
        return true;
    }

private:
    /// The customer answers among `responses` into the page's bookings that
    /// name them, the run's guests and, for the announced ones, the page's
    /// customers.
    bool readCustomers(TypedPage& page, const QList<HttpResponse>& responses,
                       const QHash<QString, int>& announced, QString* error) const
    {
        QMultiHash<QString, qsizetype> byCustomer; // the page's bookings by guest, made on first use
        for (qsizetype i = 0; i < responses.size(); ++i) {
            if (!isCustomer(page.followUps.at(i)))
                continue;
            const HttpResponse& response = responses.at(i);
            const QString uuid = uuidOf(page.followUps.at(i));
            const auto seen = announced.constFind(uuid);
            if (response.status == 404) {
                // The booking keeps its guest by reference; an announced
                // customer TheFork no longer knows is forgotten.
                if (seen != announced.cend())
                    page.records.gone.insert(uuid, *seen);
                continue;
            }
            if (!response.ok) {
                *error =
                    TheForkFeeds::tr("The guest %1 could not be read: %2").arg(uuid, response.errorString);
                return false;
            }
            const std::optional<JsonTape> doc = detailObject(response.body);
            if (!doc) {
                page.problems.append({uuid, QStringLiteral("malformed"),
                                      TheForkFeeds::tr("The guest %1 is not a JSON object.").arg(uuid),
                                      response.body});
                continue;
            }
            BookingGuest guest;
            guest.externalId = uuid;
            TheForkFeeds::readCustomer(doc->root(), &guest);
            if (byCustomer.isEmpty()) {
                for (qsizetype b = 0; b < page.records.bookings.size(); ++b)
                    byCustomer.insert(page.records.bookings.at(b).guest.externalId, b);
            }
            const auto [from, to] = byCustomer.equal_range(uuid);
            for (auto it = from; it != to; ++it)
                page.records.bookings[*it].guest = guest;
            m_guests.insert(uuid, guest);
            if (seen != announced.cend())
                page.records.customers.append({guest, *seen});
        }
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

void TheForkFeeds::announceCustomer(const QString& connectorId, const QString& uuid)
{
    if (!uuid.isEmpty())
        CustomerQueue::instance().add(connectorId, uuid);
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

std::optional<BookingRecord> TheForkFeeds::readReservation(const QJsonObject& object,
                                                           const QString& connectorId, FeedProblem* problem)
{
    const std::optional<JsonTape> tape =
        JsonTape::parse(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return readReservation(tape->root(), connectorId, problem);
}

std::optional<BookingRecord> TheForkFeeds::readReservation(const JsonRef& object, const QString& connectorId,
                                                           FeedProblem* problem)
{
    JsonRef f[RFieldCount];
    object.pick(reservationKeys(), f);
    const QString id = str(f[RId]);
    auto refuse = [&](const char* code, const QString& reason) {
        const QByteArrayView bytes = object.raw();
        *problem = {id, QLatin1String(code), reason, QByteArray(bytes.data(), bytes.size())};
        return std::nullopt;
    };
    auto invalid = [&](const char* code, const char* field, const JsonRef& value) {
        const QByteArrayView raw = value.raw();
        const QString shown = value.isUndefined() ? tr("absent") : QString::fromUtf8(raw.data(), raw.size());
        return refuse(code,
                      tr("The reservation %1 has an invalid %2: %3.").arg(id, QLatin1String(field), shown));
    };
    if (id.isEmpty())
        return refuse("missing_id",
                      tr("A reservation has no id (%1).").arg(QStringLiteral("reservationUuid")));
    const JsonRef party = f[RParty];
    const double partySize = party.toDouble();
    if (!party.isNumber() || partySize != double(qint64(partySize)) || partySize <= 0)
        return invalid("bad_party_size", "partySize", party);
    const std::optional<QDateTime> meal = instant(f[RMeal]);
    if (!meal)
        return invalid("bad_time", "mealDate", f[RMeal]);
    const std::optional<BookingStatus> status = statusOf(str(f[RStatus]), str(f[RMealStatus]));
    if (!status)
        return invalid("unknown_status", "status", f[RStatus]);
    std::optional<QDateTime> updated = instant(f[RUpdated]);
    const std::optional<QDateTime> created = instant(f[RCreated]);
    if (!updated)
        updated = created;

    BookingRecord r;
    r.channel = connectorId;
    r.externalId = id;
    r.restaurantRef = str(f[RRestaurant]);
    r.startsAt = *meal;
    r.partySize = int(partySize);
    r.status = *status;
    QStringList requests;
    if (const QString note = str(f[RNote]); !note.isEmpty())
        requests << note;
    const JsonRef offer = f[ROffer];
    if (const JsonRef discount = offer.value("discountPercentage"); discount.isNumber())
        requests << tr("TheFork offer −%1 %").arg(discount.toDouble());
    else if (offer.value("offerType").equals(QLatin1StringView("presetMenu")))
        requests << tr("TheFork set menu");
    r.specialRequests = requests.join(QStringLiteral(" · "));
    r.guest.externalId = str(f[RCustomer]);
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

void TheForkFeeds::readCustomer(const QJsonObject& object, BookingGuest* guest)
{
    const std::optional<JsonTape> tape =
        JsonTape::parse(QJsonDocument(object).toJson(QJsonDocument::Compact));
    readCustomer(tape->root(), guest);
}

void TheForkFeeds::readCustomer(const JsonRef& o, BookingGuest* g)
{
    JsonRef f[CFieldCount];
    o.pick(customerKeys(), f);
    g->byReference = false;
    g->name = QStringLiteral("%1 %2").arg(str(f[CFirst]), str(f[CLast])).simplified();
    g->phone = str(f[CPhone]);
    if (g->phone.isEmpty())
        g->phone = str(f[CSecondaryPhone]);
    g->email = str(f[CEmail]);
    g->allergies = joined(f[CAllergies]);
    g->dietary = joined(f[CDietary]);
    g->notes = str(f[CNotes]);
    const JsonRef optIn = f[COptins].value("restaurantNewsletter");
    if (optIn.isBool())
        g->newsletterOptIn = optIn.toBool();
    // "fr_FR" → "fr".
    g->language = str(f[CLocale]).section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
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
