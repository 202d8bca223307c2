#include "reservation/core/booking.h"

#include "common/core/connectorcatalog.h"

#include <QRegularExpression>

namespace Moulin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Booking)
};

} // namespace

QString bookingStatusKey(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
        return QStringLiteral("requested");
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::Arrived:
        return QStringLiteral("arrived");
    case BookingStatus::Seated:
        return QStringLiteral("seated");
    case BookingStatus::Left:
        return QStringLiteral("left");
    case BookingStatus::NoShow:
        return QStringLiteral("no_show");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("confirmed");
}

std::optional<BookingStatus> bookingStatusFromKey(const QString& key)
{
    for (BookingStatus s :
         {BookingStatus::Requested, BookingStatus::Confirmed, BookingStatus::Arrived, BookingStatus::Seated,
          BookingStatus::Left, BookingStatus::NoShow, BookingStatus::Cancelled, BookingStatus::Refused}) {
        if (bookingStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString bookingStatusLabel(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
        return Tr::tr("Requested");
    case BookingStatus::Confirmed:
        return Tr::tr("Confirmed");
    case BookingStatus::Arrived:
        return Tr::tr("Arrived");
    case BookingStatus::Seated:
        return Tr::tr("Seated");
    case BookingStatus::Left:
        return Tr::tr("Left");
    case BookingStatus::NoShow:
        return Tr::tr("No-show");
    case BookingStatus::Cancelled:
        return Tr::tr("Cancelled");
    case BookingStatus::Refused:
        return Tr::tr("Refused");
    }
    return QString();
}

bool isRoomStatus(BookingStatus status)
{
    return status == BookingStatus::Arrived || status == BookingStatus::Seated ||
           status == BookingStatus::Left;
}

bool takesCovers(BookingStatus status)
{
    return status != BookingStatus::Cancelled && status != BookingStatus::Refused &&
           status != BookingStatus::NoShow;
}

QString bookingChannelLabel(const QString& channel)
{
    if (channel == QLatin1String(BookingChannel::kPhone))
        return Tr::tr("Phone");
    if (channel == QLatin1String(BookingChannel::kWalkIn))
        return Tr::tr("Walk-in");
    if (channel == QLatin1String("host"))
        return Tr::tr("the host");
    if (const std::optional<ConnectorType> type = ConnectorCatalog::byId(channel))
        return type->typeName == QLatin1String("Website") ? Tr::tr("Website") : type->typeName;
    return channel;
}

ServiceCalendar::ServiceCalendar(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

int ServiceCalendar::serviceOf(const QDateTime& instant) const
{
    return local(instant).time().hour() < kDinnerStartsAtHour ? 0 : 1;
}

QDateTime ServiceCalendar::instant(const QDate& day, const QTime& time) const
{
    return QDateTime(day, time, m_zone).toUTC();
}

QString ServiceCalendar::serviceLabel(int service)
{
    return service == 0 ? Tr::tr("Lunch") : Tr::tr("Dinner");
}

QString bookingNameKey(const QString& name)
{
    // "Élodie  Dupré" and "elodie dupre" are the same guest for the search.
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            key += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

QString bookingPhoneKey(const QString& phone)
{
    // +33 6 12 34 56 78, 06.12.34.56.78 and 0033612345678 are one number:
    // compare the last nine digits (a French number without its 0 or +33).
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() < 9)
        return QString();
    return digits.right(9);
}

} // namespace Moulin
