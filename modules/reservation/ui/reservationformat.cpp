#include "reservation/ui/reservationformat.h"

#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"

#include <QHash>
#include <QSettings>

namespace Moulin {

ServiceCapacity ServiceCapacity::load(QSettings& settings)
{
    ServiceCapacity c;
    const auto read = [&settings](const char* key, int fallback) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
        return ok && value > 0 ? value : fallback;
    };
    c.covers[0] = read(kLunchKey, kDefaultLunch);
    c.covers[1] = read(kDinnerKey, kDefaultDinner);
    const QString closed = settings.value(QLatin1String(OpeningSchedule::kSettingsKey)).toString();
    QString error;
    if (const std::optional<OpeningSchedule> schedule = OpeningSchedule::parse(closed, &error))
        c.schedule = *schedule;
    else
        qWarning("reservation: %s ignored: %s", OpeningSchedule::kSettingsKey, qUtf8Printable(error));
    return c;
}

ServiceCapacity ServiceCapacity::load()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    return load(*settings);
}

QTime ReservationFormat::serviceStart(int service)
{
    return service == 0 ? QTime(12, 0) : QTime(19, 30);
}

QTime ReservationFormat::serviceEnd(int service)
{
    return service == 0 ? QTime(ServiceCalendar::kDinnerStartsAtHour, 0) : QTime(23, 45);
}

QString ReservationFormat::dayTitle(const QDate& day, const QDate& today)
{
    const QLocale locale;
    return locale.toString(day, day.year() == today.year() ? QStringLiteral("dddd d MMMM")
                                                           : QStringLiteral("dddd d MMMM yyyy"));
}

QString ReservationFormat::shortDay(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

QString ReservationFormat::coversAgainstCapacity(int covers, int capacity)
{
    return tr("%1 / %2 covers").arg(covers).arg(capacity);
}

QString ReservationFormat::covers(int n)
{
    return tr("%n cover(s)", nullptr, n);
}

QString ReservationFormat::serviceStateLabel(const QString& state)
{
    if (state == QLatin1String("closed"))
        return tr("Closed");
    if (state == QLatin1String("full"))
        return tr("Full");
    return tr("Open");
}

QTime ReservationFormat::defaultTime(const QDate& day, int service, const QDateTime& nowLocal)
{
    const QTime start = serviceStart(service);
    if (!nowLocal.isValid() || nowLocal.date() != day)
        return start;
    const QTime now = nowLocal.time();
    const QTime serviceOpens = service == 0 ? QTime(11, 0) : QTime(ServiceCalendar::kDinnerStartsAtHour, 0);
    if (now < serviceOpens || now >= serviceEnd(service))
        return start;
    // The next quarter hour: 19:07 → 19:15, 19:15 → 19:30.
    const int minutes = now.hour() * 60 + now.minute();
    const int next = (minutes / 15 + 1) * 15;
    if (next >= 24 * 60)
        return start;
    const QTime t(next / 60, next % 60);
    return t < serviceEnd(service) ? t : start;
}

QTime ReservationFormat::parseTime(const QString& text)
{
    QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    int hours = -1;
    int minutes = 0;
    const qsizetype sep = [&t] {
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == QLatin1Char(':') || c == QLatin1Char('h') || c == QLatin1Char('.') ||
                c == QLatin1Char(' '))
                return i;
        }
        return qsizetype(-1);
    }();
    bool ok = true;
    if (sep >= 0) {
        hours = t.left(sep).trimmed().toInt(&ok);
        if (!ok)
            return {};
        const QString rest = t.mid(sep + 1).trimmed();
        if (!rest.isEmpty()) {
            if (rest.size() != 2)
                return {};
            minutes = rest.toInt(&ok);
            if (!ok)
                return {};
        }
    } else {
        for (const QChar c : t) {
            if (!c.isDigit())
                return {};
        }
        if (t.size() <= 2) {
            hours = t.toInt();
        } else if (t.size() <= 4) {
            hours = t.left(t.size() - 2).toInt();
            minutes = t.right(2).toInt();
        } else {
            return {};
        }
    }
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return {};
    return QTime(hours, minutes);
}

QString ReservationFormat::time(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

ChipColors ReservationFormat::statusColors(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
        return {QColor(0xff, 0xf0, 0xc2), QColor(0x7a, 0x4f, 0x00)};
    case BookingStatus::Confirmed:
        return {QColor(0xe3, 0xea, 0xff), QColor(0x2b, 0x44, 0xb0)};
    case BookingStatus::Arrived:
        return {QColor(0xd3, 0xf5, 0xe0), QColor(0x13, 0x6b, 0x34)};
    case BookingStatus::Seated:
        return {QColor(0x1a, 0x7f, 0x37), QColor(Qt::white)};
    case BookingStatus::Paid:
        return {QColor(0x0b, 0x72, 0x85), QColor(Qt::white)};
    case BookingStatus::Left:
        return {QColor(0xe9, 0xec, 0xef), QColor(0x49, 0x50, 0x57)};
    case BookingStatus::NoShow:
        return {QColor(0xff, 0xe0, 0xe0), QColor(0xb0, 0x20, 0x20)};
    case BookingStatus::Cancelled:
    case BookingStatus::Refused:
        return {QColor(0xf1, 0xf3, 0xf5), QColor(0x86, 0x8e, 0x96)};
    }
    return {QColor(0xe9, 0xec, 0xef), text()};
}

ChipColors ReservationFormat::channelColors(const QString& channel)
{
    if (channel == QLatin1String(BookingChannel::kPhone))
        return {QColor(0xf1, 0xf3, 0xf5), QColor(0x34, 0x3a, 0x40)};
    if (channel == QLatin1String(BookingChannel::kWalkIn))
        return {QColor(0xfd, 0xf1, 0xe4), QColor(0x8a, 0x44, 0x00)};
    // The platforms: one colour each, stable for a channel id.
    static const ChipColors palette[] = {
        {QColor(0xdf, 0xf5, 0xef), QColor(0x0b, 0x5e, 0x4a)},
        {QColor(0xff, 0xe4, 0xe8), QColor(0x9c, 0x1c, 0x3a)},
        {QColor(0xed, 0xe7, 0xff), QColor(0x4c, 0x2a, 0xa8)},
        {QColor(0xe0, 0xf2, 0xfb), QColor(0x0b, 0x5a, 0x7c)},
        {QColor(0xfc, 0xf1, 0xd7), QColor(0x6b, 0x4c, 0x00)},
        {QColor(0xe6, 0xf4, 0xd7), QColor(0x3b, 0x5e, 0x10)},
    };
    const size_t n = sizeof(palette) / sizeof(palette[0]);
    // In the catalogue's order, so that the platforms configured together
    // never share a colour.
    size_t index = 0;
    for (const ConnectorType& type : ConnectorCatalog::types()) {
        if (type.kind != QLatin1String("reservation"))
            continue;
        if (type.id == channel)
            return palette[index % n];
        ++index;
    }
    return palette[qHash(channel, 0x6d6f756c) % n];
}

QColor ReservationFormat::loadColor(int covers, int capacity, const QString& state)
{
    if (state == QLatin1String("closed"))
        return QColor(0xad, 0xb5, 0xbd);
    if (capacity <= 0 || covers > capacity)
        return allergy();
    if (state == QLatin1String("full") || covers * 100 >= capacity * 80)
        return QColor(0xe0, 0x8e, 0x00);
    return accent();
}

} // namespace Moulin
