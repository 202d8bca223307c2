// The booking platforms' incremental offset pages (syncpages.h), without the
// network: how the cursor moves on, overlaps, ends a run, starts it again when
// the set moved under it, and what it stores.

#include "reservation/connectors/syncpages.h"

#include <QTest>

using namespace Moulin;

namespace {

QStringList keys(int from, int count)
{
    QStringList k;
    for (int i = from; i < from + count; ++i)
        k << QStringLiteral("R%1@t%1").arg(i);
    return k;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2024, 6, 10), QTime(18, 0).addSecs(minute * 60), Qt::UTC);
}

} // namespace

class TestSyncPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesOverlapAndTheRunEndsWhereItRead()
    {
        SyncPagesCursor c;
        bool complete = true;
        // First page: 20 records, more to come.
        c = c.next(keys(0, 20), true, at(20), &complete);
        QVERIFY(!complete);
        QCOMPARE(c.offset, 20 - SyncPagesCursor::kOverlap);
        QCOMPARE(c.last, QStringLiteral("R19@t19"));
        QCOMPARE(c.seen, at(20));
        QVERIFY(!c.after.isValid());
        // The next page reads the last five again, then goes on.
        c = c.next(keys(15, 20), true, at(35), &complete);
        QVERIFY(!complete);
        QCOMPARE(c.offset, 30);
        QCOMPARE(c.last, QStringLiteral("R34@t34"));
        // The last page: the next run starts after the latest update read.
        c = c.next(keys(30, 8), false, at(38), &complete);
        QVERIFY(complete);
        QCOMPARE(c.after, at(38));
        QCOMPARE(c.offset, 0);
        QVERIFY(c.last.isEmpty());
        QCOMPARE(c.encode(), QStringLiteral("{\"after\":\"2024-06-10T18:38:00.000Z\"}"));

        // An empty run keeps its updated_after.
        const SyncPagesCursor quiet = c.next({}, false, QDateTime(), &complete);
        QVERIFY(complete);
        QCOMPARE(quiet.after, at(38));
    }

    void theQueryCarriesTheRunsPosition()
    {
        SyncPagesCursor c;
        c.after = at(5);
        c.offset = 45;
        const auto q = c.query({{QStringLiteral("rid"), QStringLiteral("412869")}}, 100);
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("rid"), QStringLiteral("412869")},
            {QStringLiteral("updated_after"), QStringLiteral("2024-06-10T18:05:00.000Z")},
            {QStringLiteral("limit"), QStringLiteral("100")},
            {QStringLiteral("offset"), QStringLiteral("45")}};
        QCOMPARE(q, expected);
        // The first run asks for everything.
        QCOMPARE(SyncPagesCursor().query({}, 50).size(), 2);
        const QUrl url = SyncPages::url(QUrl(QStringLiteral("https://platform.opentable.com/")),
                                        QStringLiteral("/sync/v2/reservations"), q);
        QCOMPARE(
            url.toString(QUrl::FullyEncoded),
            QStringLiteral("https://platform.opentable.com/sync/v2/reservations?rid=412869&updated_after="
                           "2024-06-10T18%3A05%3A00.000Z&limit=100&offset=45"));
    }

    void aSetThatMovedPastTheOverlapIsReadAgain()
    {
        SyncPagesCursor c;
        bool complete = false;
        c = c.next(keys(0, 20), true, at(20), &complete);
        // Seven records before the position changed meanwhile and went to the
        // end: the page no longer holds the last record read.
        c = c.next(keys(22, 20), true, at(45), &complete);
        QVERIFY(!complete);
        QCOMPARE(c.offset, 0);
        QVERIFY(c.last.isEmpty());
        QCOMPARE(c.restarts, 1);
        QCOMPARE(c.seen, at(45)); // what was read is kept
        // A move within the overlap is no reason to start again.
        SyncPagesCursor d;
        d = d.next(keys(0, 20), true, at(20), &complete);
        d = d.next(keys(18, 20), true, at(38), &complete);
        QCOMPARE(d.restarts, 0);
        QCOMPARE(d.offset, 15 + 20 - SyncPagesCursor::kOverlap);
        // Nor is the run's end: it must not end on a page that skipped.
        SyncPagesCursor e;
        e = e.next(keys(0, 20), true, at(20), &complete);
        e = e.next(keys(30, 3), false, at(33), &complete);
        QVERIFY(!complete);
        QCOMPARE(e.offset, 0);
        // At most kMaxRestarts times a run: then it goes on.
        SyncPagesCursor f;
        f.restarts = SyncPagesCursor::kMaxRestarts;
        f.last = QStringLiteral("R19@t19");
        f.offset = 15;
        f = f.next(keys(40, 20), true, at(60), &complete);
        QVERIFY(!complete);
        QCOMPARE(f.offset, 15 + 20 - SyncPagesCursor::kOverlap);
    }

    void shortPagesStillMoveOn()
    {
        SyncPagesCursor c;
        bool complete = false;
        c = c.next(keys(0, 1), true, at(1), &complete);
        QCOMPARE(c.offset, 1);
        QVERIFY(c.last.isEmpty()); // nothing to check on the next page
        c = c.next(keys(1, 1), true, at(2), &complete);
        QCOMPARE(c.offset, 2);
        QCOMPARE(c.restarts, 0);
        // An empty page that claims a next one ends the run.
        c = c.next({}, true, QDateTime(), &complete);
        QVERIFY(complete);
        QCOMPARE(c.after, at(2));
    }

    void aStoredCursorReadsBack()
    {
        SyncPagesCursor c;
        c.after = at(1);
        c.offset = 95;
        c.seen = at(90);
        c.last = QStringLiteral("312000017@2024-06-10T19:30:00.000Z");
        c.restarts = 2;
        const SyncPagesCursor back = SyncPagesCursor::decode(c.encode());
        QCOMPARE(back.after, c.after);
        QCOMPARE(back.offset, c.offset);
        QCOMPARE(back.seen, c.seen);
        QCOMPARE(back.last, c.last);
        QCOMPARE(back.restarts, c.restarts);
        // Anything else is a first run.
        QCOMPARE(SyncPagesCursor::decode(QString()).offset, 0);
        QVERIFY(!SyncPagesCursor::decode(QStringLiteral("nonsense")).after.isValid());
    }

    void pagesAreReadRecordByRecord()
    {
        const QByteArray body =
            R"({"hasNextPage": true, "nextPageUrl": null, "offset": 0, "limit": 3, "items": [
            {"id": "A", "n": 1, "updated_at_utc": "2024-06-10T18:01:00Z"},
            {"id": "B", "n": "two", "updated_at_utc": "2024-06-10T18:03:00.250Z"},
            {"id": 7, "n": 3, "updated_at_utc": "2024-06-10T18:02:00Z"}]})";
        QString why;
        const auto page = SyncPages::readPage<int>(
            body, QString(), "id", "updated_at_utc",
            [](const JsonRef& item, FeedProblem* problem) -> std::optional<int> {
                if (const std::optional<qint64> n = SyncPages::integer(item.value("n")))
                    return int(*n);
                *problem = {SyncPages::idText(item.value("id")), QStringLiteral("bad_n"), QStringLiteral("n"),
                            item.raw().toByteArray()};
                return std::nullopt;
            },
            &why);
        QVERIFY2(page, qPrintable(why));
        QCOMPARE(page->records, QList<int>({1, 3}));
        QCOMPARE(page->problems.size(), 1);
        QCOMPARE(page->problems.first().recordKey, QStringLiteral("B"));
        QVERIFY(page->problems.first().payload.contains("\"two\""));
        QVERIFY(!page->complete);
        const SyncPagesCursor next = SyncPagesCursor::decode(page->nextCursor);
        QCOMPARE(next.seen, QDateTime(QDate(2024, 6, 10), QTime(18, 3, 0, 250), Qt::UTC));
        QCOMPARE(next.last, QStringLiteral("7@\"2024-06-10T18:02:00Z\""));
        QCOMPARE(next.offset, 1);

        QVERIFY(!SyncPages::readPage<int>(
            "{\"items\": 3}", QString(), "id", "updated_at_utc",
            [](const JsonRef&, FeedProblem*) { return std::optional<int>(); }, &why));
        QVERIFY(why.contains(QStringLiteral("items")));
        QVERIFY(!SyncPages::readPage<int>(
            "{\"items\": [", QString(), "id", "updated_at_utc",
            [](const JsonRef&, FeedProblem*) { return std::optional<int>(); }, &why));
    }

    void errorBodiesAreRead()
    {
        QCOMPARE(SyncPages::errorDetail(R"({"error": "rate_limited", "message": "too many requests"})"),
                 QStringLiteral("too many requests"));
        QCOMPARE(SyncPages::errorDetail(R"({"status": 401, "message": "Invalid or missing API key"})"),
                 QStringLiteral("Invalid or missing API key"));
        QCOMPARE(SyncPages::errorDetail(R"({"error": "invalid_client", "error_description": "bad secret"})"),
                 QStringLiteral("invalid_client (bad secret)"));
        QCOMPARE(SyncPages::errorDetail("<html>Bad gateway</html>"), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncPages)
#include "tst_syncpages.moc"
