#pragma once

// The reservation area's own model: what every channel (TheFork, OpenTable,
// Resy, the booking site, the phone, the door) says about a booking, in one
// shape. Connectors fill BookingRecord from their provider's JSON; the book
// (bookstore.h) keeps one row per channel and external id.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Moulin {

enum class BookingStatus
{
    Requested, ///< asked for, not confirmed yet
    Confirmed,
    Arrived,
    Seated,
    Paid, ///< the bill is settled; the party may still be at the table
    Left,
    NoShow,
    Cancelled,
    Refused,
};

/// Stable text of a status, as stored ("confirmed", "no_show"…).
QString bookingStatusKey(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromKey(const QString& key);
/// For the host ("Confirmée", "Installée"…).
QString bookingStatusLabel(BookingStatus status);
/// Statuses only the host sets in the room (arrived, seated, paid, left): a
/// channel's "confirmed" never takes a booking back from them.
bool isRoomStatus(BookingStatus status);
/// Cancelled, refused and no-show bookings take no cover.
bool takesCovers(BookingStatus status);

/// The channels that are not connectors.
namespace BookingChannel {
inline constexpr char kPhone[] = "phone";
inline constexpr char kWalkIn[] = "walkin";
} // namespace BookingChannel

/// "TheFork", "Téléphone", "Site" — short, for badges and the history.
QString bookingChannelLabel(const QString& channel);

struct BookingGuest
{
    QString externalId; ///< the channel's guest id (may be empty)
    QString name;
    QString phone;
    QString email;
    QString allergies;
    QString dietary;
    QString notes;
    std::optional<bool> newsletterOptIn;
    /// The guest's language as the channel tells it ("fr", "en"; empty: not told).
    QString language;
    /// Marketing text messages, as the channel tells it (nullopt: not told).
    std::optional<bool> smsOptIn;
    /// The channel sends only the guest's id with a booking, and the guest
    /// apart (a feed of its own): the book links the booking to that guest
    /// and takes the name, phone, e-mail and allergies from the stored guest,
    /// whether it is already there or arrives later (BookStore::upsertGuest()).
    /// The other fields are ignored.
    bool byReference = false;
};

/// What a channel says about one booking, at one point of its history.
struct BookingRecord
{
    QString channel;    ///< connector id ("thefork") or a BookingChannel
    QString externalId; ///< the channel's id of the booking
    QString restaurantRef;
    QDateTime startsAt; ///< any time spec; stored in UTC
    int partySize = 0;
    BookingStatus status = BookingStatus::Confirmed;
    QString specialRequests;
    BookingGuest guest;
    /// The channel's order: a sequence id or the update time in ms. The book
    /// applies a record only when it is newer than what it holds.
    qint64 version = 0;
    QDateTime providerUpdatedAt;
    QDateTime bookedAt; ///< when the guest booked (lead time), if known
    /// The floor plan's zone the guests want (table plan). Only the host's
    /// own entries (BookStore::addManual) carry one: a channel's record
    /// never sets it (its special requests may propose one, see
    /// proposedZoneWish()).
    QString zoneWish;
    bool zoneRequired = false;
};

/// A booking of the book, as the tab reads it.
struct Booking
{
    qint64 id = 0;
    QString channel;
    QString externalId;
    QDateTime startsAt; ///< UTC
    QDate day;          ///< local
    int service = 0;    ///< 0 midi, 1 soir
    QString localTime;  ///< "20:30"
    int partySize = 0;
    BookingStatus status = BookingStatus::Confirmed;
    QString guestName;
    QString guestPhone;
    QString guestEmail;
    QString specialRequests;
    QString allergies;
    qint64 version = 0;
    QDateTime bookedAt;
    QDateTime updatedAt;
    bool possibleDuplicate = false; ///< an open duplicate flag names it
    /// The zone the guests want ("terrasse"; empty: none), and whether the
    /// host made it a must (else a preference). Set by the host only.
    QString zoneWish;
    bool zoneRequired = false;
};

/// The zone a booking's special requests seem to ask for ("terrasse",
/// "salon", "salle"; empty: none): a proposal for the host, never applied
/// without them.
QString proposedZoneWish(const QString& specialRequests);

/// The restaurant's services: before 16:00 local is lunch.
class ServiceCalendar
{
public:
    static constexpr int kDinnerStartsAtHour = 16;

    explicit ServiceCalendar(const QTimeZone& zone = QTimeZone("Europe/Paris"));
    QTimeZone zone() const { return m_zone; }

    QDateTime local(const QDateTime& instant) const { return instant.toTimeZone(m_zone); }
    int serviceOf(const QDateTime& instant) const;
    /// The UTC instant of `time` on local `day`.
    QDateTime instant(const QDate& day, const QTime& time) const;
    /// "Midi" / "Soir".
    static QString serviceLabel(int service);

private:
    QTimeZone m_zone;
};

/// The services the restaurant regularly does not serve: a weekly pattern
/// (closed on Mondays, on Sunday evenings…) and days of the year (25
/// December). In the settings as `reservation/closed_services`, a list of
/// `mon`…`sun` (the whole day), `sun-dinner` / `sat-lunch` (one service),
/// `12-25` (a day of the year, MM-DD), separated by commas or spaces. A day's
/// own availability (BookStore::setAvailability: the host reopens a Monday)
/// wins over it. Empty: open every service.
class OpeningSchedule
{
public:
    static constexpr char kSettingsKey[] = "reservation/closed_services";

    /// The schedule `text` describes; nullopt and `error` (naming the item)
    /// when an item is not understood.
    static std::optional<OpeningSchedule> parse(const QString& text, QString* error = nullptr);
    /// The canonical text (`mon, sun-dinner, 12-25`).
    QString toText() const;

    /// Closes `service` (0 lunch, 1 dinner, -1 both) on every `weekday` (1 Monday … 7 Sunday).
    void closeWeekly(int weekday, int service = -1);
    /// Closes the whole day `month`/`day` every year.
    void closeYearly(int month, int day);

    bool isOpen(const QDate& day, int service) const;
    bool isEmpty() const;
    /// Whether `service` (0 lunch, 1 dinner) is closed every `weekday` (1 Monday … 7 Sunday).
    bool isClosedWeekly(int weekday, int service) const;
    /// The days of the year closed, as month * 100 + day, in order.
    QList<int> yearlyClosures() const { return m_yearly; }
    bool operator==(const OpeningSchedule& other) const = default;

private:
    bool m_weekly[8][2] = {}; ///< [weekday 1..7][service]: closed
    QList<int> m_yearly;      ///< month * 100 + day, sorted
};

/// Normalised keys for the duplicate search.
QString bookingNameKey(const QString& name);
QString bookingPhoneKey(const QString& phone);

} // namespace Moulin
