#pragma once

// Erasing a guest's personal data everywhere (GDPR article 17). The customers
// area knows who a guest is across the areas (its profiles gather the book's
// guests and bookings and the till's receipts); each area that holds personal
// data implements PersonalDataEraser over its own tables and adds it to the
// PersonalDataErasers registry (one per area, keyed by the area's name; the
// ReadInterfaces registry holds one implementation per type, this one
// several). The customers area builds the subject from its profile and calls
// every eraser inside its own transaction on the same connection, so the
// erasure happens everywhere or nowhere.
//
// An eraser anonymises or deletes what identifies the person (names, e-mail,
// phone, free texts they or the staff wrote about them) and keeps what the
// restaurant must or may keep without them: counts, covers, amounts (the
// accounts and the FEC stay whole), the table plan's history.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Moulin {

/// Whom to erase, as the customers area knows them. Every list may be empty.
struct PersonalDataSubject
{
    /// The names as the sources spelled them.
    QStringList names;
    /// The e-mails, as the sources sent them and normalised.
    QStringList emails;
    /// The phone numbers, as the sources sent them and in E.164.
    QStringList phones;
    /// The channels' guests: (channel, the channel's guest id).
    QList<std::pair<QString, QString>> guests;
    /// The bookings: (channel, the channel's booking id).
    QList<std::pair<QString, QString>> bookings;
    /// The till's receipts linked to the guest's visits.
    QStringList receiptIds;
    /// The guest's profiles (the one shown and those merged into it): the
    /// customers area's own features (segments, a marketing sync) register
    /// erasers that delete their rows of these profiles, before the profiles
    /// themselves go.
    QList<qint64> profileIds;
};

class PersonalDataEraser
{
public:
    virtual ~PersonalDataEraser();
    /// The area's name ("reservation", "pos").
    virtual QString area() const = 0;
    /// Anonymises or deletes what the area holds about `subject`, through
    /// `db` inside the caller's transaction (never BEGIN/COMMIT). `rows`:
    /// the rows changed or deleted. False and `error` to roll everything back.
    virtual bool erase(QSqlDatabase& db, const PersonalDataSubject& subject, int* rows, QString* error) = 0;
};

/// The areas' erasers. Thread safe.
class PersonalDataErasers
{
public:
    /// Adds (or replaces) the eraser of `eraser->area()`.
    static void add(std::shared_ptr<PersonalDataEraser> eraser);
    static void remove(const QString& area);
    /// Every eraser, by area name.
    static QList<std::shared_ptr<PersonalDataEraser>> all();
};

/// The neutral name an erased guest gets where a name is required.
QString erasedGuestName();

} // namespace Moulin
