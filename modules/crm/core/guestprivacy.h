#pragma once

// GDPR for one guest: everything Moulin holds about them as one JSON document
// (the right of access and to portability), and their erasure everywhere (the
// right to erasure).
//
// Export: the profile (with the profiles merged into it), its identities
// with their sources, the consents with the statement each source made and
// when, the visits with their tables and spend, the bookings with their
// requests and the channels' guest records as the book lends them
// (GuestBookSource::bookings()/guests()), the receipts with every line as the
// till lends them (ReceiptSource::receipts()), the loyalty rewards, the merges
// and the manager's notes and tags. guestexportpdf.h prints it.
//
// Erasure, in one transaction on the caller's connection (every area's
// tables live in the same database): every area's PersonalDataEraser
// (personaldata.h) anonymises its rows (the book keeps its bookings without
// the guest, the till its receipts and amounts); the customers area deletes
// the profile, its identities, consents, notes, rewards, merges, review
// items and its visits (the restaurant's figures are the book's and the
// till's, kept anonymously there: a visit in the CRM only says who came,
// so it goes), and unlinks the receipts; it queues the deletion of the contact
// at Brevo (crm_remote_erasure, deleted once Brevo confirms), keeps a
// tombstone per contact key (a salted SHA-256, crm_tombstone) and writes the
// register (crm_erasure_log: when and how many rows, never who) and the log.
//
// Tombstones: a source row of the erased guest synced again (a platform's
// re-sync of old bookings, the anonymised rows themselves) never rebuilds a
// profile: a guest record whose keys are tombstoned is ignored unless its
// identity exists again, a booking is ignored when it was one of theirs or
// when its keys are tombstoned and it is for a service before the erasure.
// A booking for a later service (the guest books again) starts a new profile
// from scratch, with none of the erased history.

#include "common/core/guestactivitysources.h"
#include "common/core/personaldata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

class GuestPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::GuestPrivacy)

public:
    using Now = std::function<QDateTime()>;
    explicit GuestPrivacy(Now now = {});

    /// The JSON export of profile `profileId` (a profile merged away exports
    /// the one it was merged into); the sources may be null (then the CRM's
    /// own copies only). nullopt and `error` when there is no such profile.
    std::optional<QJsonObject> exportGuest(QSqlDatabase& db, qint64 profileId, const GuestBookSource* book,
                                           const ReceiptSource* till, QString* error) const;

    struct Erasure
    {
        int identities = 0;
        int visits = 0;
        QStringList areas;  ///< "reservation:12"…
        QStringList remote; ///< providers asked to delete the contact
    };
    /// Erases the guest of `profileId` everywhere (see above) with
    /// `erasers` (default: PersonalDataErasers::all()). `remoteProviders`:
    /// where the contact is to be deleted too.
    std::optional<Erasure>
    erase(QSqlDatabase& db, qint64 profileId, QString* error,
          const QStringList& remoteProviders = {QStringLiteral("brevo")},
          std::optional<QList<std::shared_ptr<PersonalDataEraser>>> erasers = {}) const;

    // Tombstones (crmstore.cpp asks them while syncing) ------------------------
    /// The tombstone keys of a contact: "id:<source>|<key>", "visit:<channel>|<id>",
    /// "email:<normalised>", "phone:<E.164>".
    static QString tombstoneHash(QSqlDatabase& db, const QString& key);
    /// Whether any guest was ever erased (a quick test before the hashes).
    static bool anyTombstone(QSqlDatabase& db);
    /// When the newest erasure tombstoned one of `keys` (invalid: none).
    static QDateTime tombstonedAt(QSqlDatabase& db, const QStringList& keys);

private:
    QString nowText() const;
    Now m_now;
};

} // namespace Moulin
