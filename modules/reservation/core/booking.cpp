#include "reservation/core/booking.h"

#include "common/core/connectorcatalog.h"

#include <QRegularExpression>

#include <algorithm>

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
    case BookingStatus::Paid:
        return QStringLiteral("paid");
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
    for (BookingStatus s : {BookingStatus::Requested, BookingStatus::Confirmed, BookingStatus::Arrived,
                            BookingStatus::Seated, BookingStatus::Paid, BookingStatus::Left,
                            BookingStatus::NoShow, BookingStatus::Cancelled, BookingStatus::Refused}) {
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
    case BookingStatus::Paid:
        return Tr::tr("Paid");
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
           status == BookingStatus::Paid || status == BookingStatus::Left;
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

QString proposedZoneWish(const QString& specialRequests)
{
    // Whole words of the requests, without accents or case ("Terrasse SVP",
    // "table en terrasse", "on the terrace", "salon privé").
    const QString key = bookingNameKey(specialRequests);
    static const QRegularExpression terrace(QStringLiteral("\\b(terrasse|terrace|dehors|outside|patio)\\b"));
    static const QRegularExpression salon(
        QStringLiteral("\\b(salon|private room|privatisation|privatise|salle privee)\\b"));
    static const QRegularExpression inside(QStringLiteral("\\b(interieur|inside|indoors|en salle)\\b"));
    // "pas en terrasse", "not outside": no proposal for that zone.
    const auto asked = [&key](const QRegularExpression& zone) {
        const QRegularExpressionMatch m = zone.match(key);
        if (!m.hasMatch())
            return false;
        static const QRegularExpression negation(
            QStringLiteral("\\b(pas|ne|no|not|sans|without|jamais|never)( \\w+){0,2} $"));
        return !key.left(m.capturedStart()).contains(negation);
    };
    if (asked(terrace))
        return QStringLiteral("terrasse");
    if (asked(salon))
        return QStringLiteral("salon");
    if (asked(inside))
        return QStringLiteral("salle");
    return {};
}

namespace {

const char* const kWeekdayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

std::optional<OpeningSchedule> OpeningSchedule::parse(const QString& text, QString* error)
{
    OpeningSchedule schedule;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression yearly(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    for (const QString& raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed().toLower();
        if (const QRegularExpressionMatch m = yearly.match(item); m.hasMatch()) {
            const int month = m.captured(1).toInt();
            const int day = m.captured(2).toInt();
            if (!QDate(2024, month, day).isValid()) { // a leap year: 02-29 is a day
                if (error)
                    *error =
                        QCoreApplication::translate("Moulin::OpeningSchedule", "%1: not a day of the year")
                            .arg(raw);
                return std::nullopt;
            }
            schedule.closeYearly(month, day);
            continue;
        }
        const QStringList parts = item.split(QLatin1Char('-'));
        int weekday = 0;
        for (int d = 0; d < 7; ++d) {
            if (parts.first() == QLatin1String(kWeekdayKeys[d]))
                weekday = d + 1;
        }
        int service = -1;
        if (parts.size() == 2 && parts.at(1) == QLatin1String("lunch"))
            service = 0;
        else if (parts.size() == 2 && parts.at(1) == QLatin1String("dinner"))
            service = 1;
        if (weekday == 0 || parts.size() > 2 || (parts.size() == 2 && service < 0)) {
            if (error)
                *error = QCoreApplication::translate(
                             "Moulin::OpeningSchedule",
                             "%1: not understood (mon…sun, optionally -lunch or -dinner, or MM-DD)")
                             .arg(raw);
            return std::nullopt;
        }
        schedule.closeWeekly(weekday, service);
    }
    return schedule;
}

QString OpeningSchedule::toText() const
{
    QStringList items;
    for (int d = 1; d <= 7; ++d) {
        const QString key = QLatin1String(kWeekdayKeys[d - 1]);
        if (m_weekly[d][0] && m_weekly[d][1])
            items << key;
        else if (m_weekly[d][0])
            items << key + QStringLiteral("-lunch");
        else if (m_weekly[d][1])
            items << key + QStringLiteral("-dinner");
    }
    for (int md : m_yearly)
        items << QStringLiteral("%1-%2")
                     .arg(md / 100, 2, 10, QLatin1Char('0'))
                     .arg(md % 100, 2, 10, QLatin1Char('0'));
    return items.join(QStringLiteral(", "));
}

void OpeningSchedule::closeWeekly(int weekday, int service)
{
    if (weekday < 1 || weekday > 7)
        return;
    for (int s = 0; s < 2; ++s) {
        if (service < 0 || service == s)
            m_weekly[weekday][s] = true;
    }
}

void OpeningSchedule::closeYearly(int month, int day)
{
    const int md = month * 100 + day;
    const auto at = std::lower_bound(m_yearly.begin(), m_yearly.end(), md);
    if (at == m_yearly.end() || *at != md)
        m_yearly.insert(at, md);
}

bool OpeningSchedule::isOpen(const QDate& day, int service) const
{
    if (!day.isValid() || service < 0 || service > 1)
        return true;
    if (m_weekly[day.dayOfWeek()][service])
        return false;
    return !std::binary_search(m_yearly.cbegin(), m_yearly.cend(), day.month() * 100 + day.day());
}

bool OpeningSchedule::isClosedWeekly(int weekday, int service) const
{
    if (weekday < 1 || weekday > 7 || service < 0 || service > 1)
        return false;
    return m_weekly[weekday][service];
}

bool OpeningSchedule::isEmpty() const
{
    for (int d = 1; d <= 7; ++d) {
        if (m_weekly[d][0] || m_weekly[d][1])
            return false;
    }
    return m_yearly.isEmpty();
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
