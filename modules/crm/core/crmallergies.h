#pragma once

// A guest's allergies and dietary needs, item by item (migration 0033).
// Two kinds of statements: what the book says (each booking's or channel
// guest record's allergies, split into items — "gluten, lactose ; végétarien"
// is three —, each dated when that booking first said it, and sourced to its
// channel) and what the manager recorded on the profile (an item added, or
// one removed because it was wrongly recorded; every statement kept with its
// date). A profile's allergies are, item by item (accents and case folded),
// the newest statement: a removal stands against every booking that said the
// item before it, and a booking changed or synced again keeps its first date,
// so only a booking newer than the removal brings the item back.
// crm_profile.allergies holds the result (", "-joined), which the host reads
// through GuestInsightSource and the segments filter on. Widget-free; every
// call takes the caller's connection (any thread).

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Moulin {

/// One item of a profile's allergies, as its deciding statement says it.
struct CrmAllergy
{
    QString text;       ///< as said ("arachides")
    QString key;        ///< folded
    QString source;     ///< "manager", or the channel ("thefork", "phone"…)
    QDateTime statedAt; ///< UTC
};

/// A statement of the manager's (the history).
struct CrmAllergyNote
{
    QString text;
    bool removed = false;
    QDateTime statedAt;
};

class CrmAllergies
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CrmAllergies)

public:
    using Now = std::function<QDateTime()>;
    static inline const QString kManager = QStringLiteral("manager");

    explicit CrmAllergies(Now now = {});

    /// The items of a free text, trimmed, without repeats (by key), in order.
    static QStringList split(const QString& text);
    /// An item's key: accents and case folded, inner spaces collapsed.
    static QString key(const QString& item);

    /// What `origin` ("booking:thefork:42") says now, in the caller's
    /// transaction: its items not stated yet are dated `statedAt` (now when
    /// invalid), those stated already keep their date, those it no longer
    /// says go. An empty text states nothing.
    bool recordStated(QSqlDatabase& db, const QString& origin, qint64 identityId, const QString& source,
                      const QString& text, const QDateTime& statedAt, QString* error) const;

    /// The profile's items (its identities', its own and those of the
    /// profiles merged into it), oldest statement first.
    QList<CrmAllergy> current(QSqlDatabase& db, qint64 profileId, QString* error = nullptr) const;
    /// current() as crm_profile.allergies holds it ("gluten, arachides").
    static QString joined(const QList<CrmAllergy>& items);
    /// The manager's statements on the profile (and those merged into it), newest first.
    QList<CrmAllergyNote> notes(QSqlDatabase& db, qint64 profileId) const;

    /// The manager adds the items of `text` to the profile (each its own
    /// statement) and crm_profile.allergies follows; its own transaction.
    /// Refused (the reason in `error`) when `text` names no item or is too long.
    bool add(QSqlDatabase& db, qint64 profileId, const QString& text, QString* error) const;
    /// The manager removes the item of `key` (recorded wrongly); its own transaction.
    bool remove(QSqlDatabase& db, qint64 profileId, const QString& key, QString* error) const;

    /// Writes current() into crm_profile.allergies (caller's transaction).
    bool refresh(QSqlDatabase& db, qint64 profileId, QString* error) const;

private:
    bool note(QSqlDatabase& db, qint64 profileId, const QString& item, bool removed, QString* error) const;
    QString nowText() const;

    Now m_now;
};

} // namespace Moulin
