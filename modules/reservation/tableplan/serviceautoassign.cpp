#include "reservation/tableplan/serviceautoassign.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "reservation/tableplan/floorstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSettings>
#include <QThread>

namespace Moulin {

ServiceAutoAssign::ServiceAutoAssign(QObject* parent)
    : QObject(parent)
    , m_job(new TableAssignmentJob(this))
{
    connect(m_job, &TableAssignmentJob::finished, this, &ServiceAutoAssign::solved);
}

ServiceAutoAssign::~ServiceAutoAssign()
{
    m_job->cancel();
    m_job->waitForFinished();
}

bool ServiceAutoAssign::enabledInSettings()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    return settings->value(QLatin1String(kSettingsKey), false).toBool();
}

void ServiceAutoAssign::bookChanged(const QDate& day, int service)
{
    if (!m_enabled || !day.isValid())
        return;
    for (int s : service < 0 ? QList<int>{0, 1} : QList<int>{service}) {
        const Pending p{day, s};
        if (!m_queue.contains(p))
            m_queue << p;
    }
    if (!m_running)
        next();
}

bool ServiceAutoAssign::isBusy() const
{
    return m_running.has_value() || !m_queue.isEmpty();
}

void ServiceAutoAssign::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

QString ServiceAutoAssign::signature(const ServiceBoard& board) const
{
    // What the solve depends on: every booking keeping a table, its time,
    // party, zone wish and where it sits; the layout.
    QStringList parts{board.layout().id};
    for (const Booking& b : board.bookings()) {
        if (!ServiceSeating::occupies(b.status))
            continue;
        parts << QStringLiteral("%1@%2x%3:%4%5=%6")
                     .arg(b.id)
                     .arg(b.localTime)
                     .arg(b.partySize)
                     .arg(b.zoneWish, b.zoneRequired ? QStringLiteral("!") : QString(),
                          ServiceBoard::tablesKey(board.placementOf(b.id)));
    }
    return parts.join(QLatin1Char(';'));
}

bool ServiceAutoAssign::load(const Pending& p, ServiceBoard* board)
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return false;
    const std::optional<FloorLayout> layout = FloorStore::activeLayout(db, p.day);
    if (!layout || layout->tables.isEmpty())
        return false;
    CapacityRules rules;
    if (m_rules) {
        rules = *m_rules;
    } else {
        const std::unique_ptr<QSettings> settings = AppPaths::settings();
        rules = CapacityRules::load(*settings);
    }
    *board = ServiceBoard(BookStore(ServiceCalendar(), m_now), m_now);
    QString error;
    if (!board->load(db, *layout, rules, p.day, p.service, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

void ServiceAutoAssign::next()
{
    while (!m_queue.isEmpty()) {
        const Pending p = m_queue.takeFirst();
        ServiceBoard board;
        if (!load(p, &board) || board.unplaced().isEmpty())
            continue;
        const QString key = QStringLiteral("%1/%2").arg(p.day.toString(Qt::ISODate)).arg(p.service);
        const QString sig = signature(board);
        if (m_lastSignature.value(key) == sig)
            continue;
        m_lastSignature.insert(key, sig);
        m_problem = board.incrementalProblem();
        TableAssignmentOptions options;
        options.timeLimitSeconds = m_seconds;
        if (m_job->start(m_problem, options)) {
            m_running = p;
            return;
        }
    }
}

void ServiceAutoAssign::solved(const TableAssignmentResult& result)
{
    if (!m_running)
        return;
    const Pending p = *m_running;
    // The book as it is now: a change while solving wins over the result.
    ServiceBoard board;
    QStringList lines;
    int still = 0;
    if (load(p, &board)) {
        QSqlDatabase db = Database::connection();
        QString error;
        if (board.applyAutomatic(db, m_problem, result, &lines, &error) < 0)
            Q_EMIT failed(error);
        still = int(board.unplaced().size());
        m_lastSignature.insert(QStringLiteral("%1/%2").arg(p.day.toString(Qt::ISODate)).arg(p.service),
                               signature(board));
    }
    m_running.reset();
    Q_EMIT assigned(p.day, p.service, lines, still);
    next();
}

} // namespace Moulin
