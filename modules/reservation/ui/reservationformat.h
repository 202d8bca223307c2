#pragma once

// Formatting and colours shared by the Réservations widgets. Dates and
// numbers go through the default QLocale (set by the language manager), so
// French gives "samedi 12 décembre" and "42 / 60 couverts".

#include "reservation/core/booking.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

class QSettings;

namespace Moulin {

/// A chip's colours (status, source badge, service state).
struct ChipColors
{
    QColor background;
    QColor text;
};

/// The services' capacities (covers) from the settings, key and default in
/// one place: `reservation/capacity_lunch` (40), `reservation/capacity_dinner`
/// (60). A day's own capacity (BookStore::setAvailability) wins over them.
/// With them the opening schedule, `reservation/closed_services`
/// (OpeningSchedule; not understood: every service open, and a warning).
struct ServiceCapacity
{
    static constexpr int kDefaultLunch = 40;
    static constexpr int kDefaultDinner = 60;
    static constexpr char kLunchKey[] = "reservation/capacity_lunch";
    static constexpr char kDinnerKey[] = "reservation/capacity_dinner";

    int covers[2] = {kDefaultLunch, kDefaultDinner};
    OpeningSchedule schedule;

    static ServiceCapacity load(QSettings& settings);
    /// From AppPaths::settings().
    static ServiceCapacity load();
};

class ReservationFormat
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ReservationFormat)

public:
    /// Service kept together with the day: the time a new booking of the
    /// service starts at by default (12:00, 19:30), and when it is over.
    static QTime serviceStart(int service);
    static QTime serviceEnd(int service);

    /// "samedi 12 décembre" (the year added when it is not `today`'s).
    static QString dayTitle(const QDate& day, const QDate& today);
    /// "sam. 12 déc."
    static QString shortDay(const QDate& day);
    /// "42 / 60 covers"
    static QString coversAgainstCapacity(int covers, int capacity);
    /// "4 covers"
    static QString covers(int n);
    /// "Open", "Full", "Closed" (state as BookStore stores it).
    static QString serviceStateLabel(const QString& state);

    /// The default time of a new booking of `service` on `day`: the next
    /// quarter hour when the service is under way (`now` local), its start
    /// otherwise.
    static QTime defaultTime(const QDate& day, int service, const QDateTime& nowLocal);
    /// What the host typed as a time: "20:30", "20h30", "20h", "2030", "830",
    /// "20". Invalid when not understood.
    static QTime parseTime(const QString& text);
    /// "20:30"
    static QString time(const QTime& time);

    static ChipColors statusColors(BookingStatus status);
    /// A channel's badge: the host's own channels (phone, door) in neutral
    /// tones, the platforms in distinct colours.
    static ChipColors channelColors(const QString& channel);
    /// Cancelled, refused and no-show rows are drawn muted.
    static bool isMuted(BookingStatus status) { return !takesCovers(status); }

    static QColor accent() { return QColor(0x3b, 0x5b, 0xdb); }
    static QColor text() { return QColor(0x1f, 0x29, 0x37); }
    static QColor mutedText() { return QColor(0x6b, 0x72, 0x80); }
    static QColor allergy() { return QColor(0xc9, 0x2a, 0x2a); }
    static QColor border() { return QColor(0xdd, 0xe1, 0xe6); }
    /// A load bar's colour: calm under 80 %, amber to 100 %, red beyond.
    static QColor loadColor(int covers, int capacity, const QString& state);
};

} // namespace Moulin
