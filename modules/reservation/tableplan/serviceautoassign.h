#pragma once

// The optional automatic assignment (Settings ▸ Service rules, off by
// default): when a booking arrives or changes for a service (a platform's
// webhook or sync, the phone, the door), that service's bookings without a
// table are assigned, the ones already placed kept where they are unless
// moving one is the only way to seat more (ServiceBoard::incrementalProblem).
// The solve runs off the GUI thread (TableAssignmentJob); the book is read
// and written on the calling thread, before and after. Each change comes out
// in words ("T12 assigned automatically to Dupont (4 p)"). Widget-free.

#include "reservation/tableplan/serviceboard.h"
#include "reservation/tableplan/servicerules.h"
#include "reservation/tableplan/tableassignment.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Moulin {

class ServiceAutoAssign : public QObject
{
    Q_OBJECT

public:
    /// Settings key (bool, default false).
    static constexpr char kSettingsKey[] = "reservation/auto_assign";

    explicit ServiceAutoAssign(QObject* parent = nullptr);
    ~ServiceAutoAssign() override;

    /// Whether the settings turn it on.
    static bool enabledInSettings();
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    /// The rules used instead of the settings' (tests).
    void setRules(const CapacityRules& rules) { m_rules = rules; }
    /// The clock (tests); empty: the system's.
    void setClock(BookStore::Now now) { m_now = std::move(now); }
    void setTimeLimit(double seconds) { m_seconds = seconds; }

    /// The book changed for `day`'s `service` (−1: both): when enabled and
    /// the service has bookings without a table, they are assigned (one
    /// service at a time; a service already waiting is not queued twice).
    /// A service unchanged since its last run is not solved again.
    void bookChanged(const QDate& day, int service);
    bool isBusy() const;
    /// Blocks until every queued service is done (tests).
    void waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    /// A service was assigned: what changed, one line each (empty: nothing
    /// could be placed), and the bookings still without a table.
    void assigned(const QDate& day, int service, const QStringList& lines, int stillUnplaced);
    void failed(const QString& error);

private:
    struct Pending
    {
        QDate day;
        int service = 1;
        bool operator==(const Pending&) const = default;
    };
    void next();
    void solved(const TableAssignmentResult& result);
    /// The board of `p` read now (false: nothing to do or an error).
    bool load(const Pending& p, ServiceBoard* board);
    QString signature(const ServiceBoard& board) const;

    bool m_enabled = false;
    std::optional<CapacityRules> m_rules;
    BookStore::Now m_now;
    double m_seconds = 2.0;
    QList<Pending> m_queue;
    std::optional<Pending> m_running;
    TableAssignmentProblem m_problem;
    QHash<QString, QString> m_lastSignature; ///< "day/service" → what it was solved on
    TableAssignmentJob* m_job;
};

} // namespace Moulin
