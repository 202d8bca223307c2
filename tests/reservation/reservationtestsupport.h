#pragma once

// The booking connectors as the application runs them: registered by the
// reservations area (registerReservationConnectors()), configured in the
// settings, their secret in the keychain, built and run by ConnectorRuntime
// against the in-process sandbox over real HTTP.

#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "common/runtime/connectorruntime.h"
#include "reservation/core/bookstore.h"
#include "testsupport.h"

#include <QHash>
#include <QSignalSpy>
#include <QSqlQuery>

namespace Moulin::Test {

/// A fresh data folder (settings and database) for one test function.
inline bool freshReservationData(const QString& name)
{
    AppPaths::setDataDir(freshDataDir(name));
    const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
    if (!opened.ok())
        fail(QStringLiteral("database: %1").arg(opened.message));
    return opened.ok();
}

/// Runs every enabled feed of `connector` once through the runtime; the
/// summaries by feed (empty when they did not all come within `timeoutMs`,
/// which fails the test).
inline QHash<QString, FeedRunSummary> syncNow(ConnectorRuntime& runtime, const QString& connector,
                                              int timeoutMs = 30000,
                                              std::source_location where = std::source_location::current())
{
    QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
    const int feeds = runtime.syncNow(connector);
    if (feeds <= 0) {
        fail(QStringLiteral("%1 has no feed to run").arg(connector), where);
        return {};
    }
    QHash<QString, FeedRunSummary> summaries;
    const bool all = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& args : std::as_const(finished)) {
                const auto s = args.at(0).value<FeedRunSummary>();
                if (s.connector == connector)
                    summaries.insert(s.feed, s);
            }
            return summaries.size() >= feeds;
        },
        timeoutMs);
    if (!all) {
        fail(QStringLiteral("%1: %2 of %3 feeds finished within %4 ms")
                 .arg(connector)
                 .arg(summaries.size())
                 .arg(feeds)
                 .arg(timeoutMs),
             where);
        return {};
    }
    return summaries;
}

/// Every booking of `channel` in the book, by external id.
inline QHash<QString, Booking> bookingsOf(const QString& channel)
{
    QHash<QString, Booking> out;
    QSqlDatabase db = Database::connection();
    BookStore book;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM reservation_booking WHERE channel = ?"));
    q.addBindValue(channel);
    if (!q.exec()) {
        fail(QStringLiteral("reading the book failed"));
        return out;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        if (const std::optional<Booking> b = book.booking(db, id))
            out.insert(b->externalId, *b);
    }
    return out;
}

/// A booking's history, oldest first.
inline QList<BookingHistoryEntry> historyOf(qint64 bookingId)
{
    QSqlDatabase db = Database::connection();
    return BookStore().history(db, bookingId);
}

/// What the book holds of `channel`, as text, to show nothing changed.
inline QStringList snapshotOf(const QString& channel)
{
    QStringList rows;
    const QHash<QString, Booking> all = bookingsOf(channel);
    for (const Booking& b : all) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                    .arg(b.externalId, b.startsAt.toString(Qt::ISODate))
                    .arg(b.partySize)
                    .arg(bookingStatusKey(b.status))
                    .arg(b.version)
                    .arg(b.guestName, b.allergies);
    }
    rows.sort();
    return rows;
}

/// The stored cursor of a feed ('' when none).
inline QString cursorOf(const QString& connector, const QString& feed)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = ? AND feed = ?"));
    q.addBindValue(connector);
    q.addBindValue(feed);
    if (!q.exec())
        fail(QStringLiteral("reading the cursor failed"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace Moulin::Test
