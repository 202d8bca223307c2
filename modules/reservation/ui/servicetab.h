#pragma once

#include "common/core/guestinsights.h"

// Réservations ▸ Service: the chosen day and service on the floor. The
// bookings on their tables (ServiceFloorView) and on a timeline per table
// (ServiceTimeline); the bookings that sit nowhere yet in a list to drag
// from; a drop checked by the capacity rules — a refusal says why, with an
// « Override » that is logged; statuses by click or key (A arrived, S seated,
// P paid, L left, N no-show) through the book; a walk-in in two actions
// (click a free table, type the party and Enter); the door's waitlist with
// the wait quoted from the turn times; « Place the whole service » (the
// whole-service assignment, off the GUI thread) with its status and, for each
// booking left out, why; the day's plan and list printed to PDF.

#include "reservation/tableplan/serviceboard.h"
#include "reservation/tableplan/tableassignment.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Moulin {

class ServiceFloorView;
class ServiceTimeline;

class ServiceTab : public QWidget
{
    Q_OBJECT

public:
    using Now = std::function<QDateTime()>;

    explicit ServiceTab(QWidget* parent = nullptr);
    ~ServiceTab() override;

    /// The clock (tests); empty: the system's.
    void setClock(Now now);
    /// The rules used instead of the settings' (tests).
    void setRules(const CapacityRules& rules);
    /// The restaurant's opening schedule instead of the settings' (demo mode),
    /// to say when the service shown is closed; nullopt: the settings'.
    void setOpeningSchedule(const std::optional<OpeningSchedule>& schedule);
    /// Whether the service shown is closed that day (the opening schedule or
    /// the host; a service the host reopened is open).
    bool isServiceClosed() const { return m_closed; }
    /// Shows `day`'s `service` (reads the book, the plan active that day, the placements).
    void showService(const QDate& day, int service);
    /// The view's time: the booking each table shows, a walk-in's arrival.
    void setMinute(int minute);
    int minute() const;
    void reload();

    const ServiceBoard& board() const { return m_board; }
    QDate day() const { return m_day; }
    int service() const { return m_service; }
    ServiceFloorView* floorView() const { return m_floor; }
    ServiceTimeline* timeline() const { return m_timeline; }
    QListWidget* unplacedList() const { return m_unplaced; }
    QLineEdit* walkInParty() const { return m_walkInParty; }
    TableAssignmentJob* assignmentJob() const { return m_job; }
    const TableAssignmentResult& lastResult() const { return m_lastResult; }

    qint64 selectedBooking() const { return m_selectedBooking; }
    void selectBooking(qint64 id);
    /// A booking dropped on a table: seated there (or on the join the
    /// table belongs to) when the rules allow it, else the refusal shown.
    bool dropBooking(qint64 bookingId, const QString& tableId);
    /// A block of the timeline dropped on `tableId`'s row at `minute`: the
    /// booking moved in time and table when the rules allow it (the pacing
    /// of its new quarter hour included), else the refusal shown with its
    /// « Override ».
    bool moveBooking(qint64 bookingId, const QString& tableId, int minute);
    /// A booking's zone wish set by the host (the proposal of its requests accepted).
    bool setZoneWish(qint64 bookingId, const QString& zone, bool required);
    /// The automatic assignment's lines for `day`'s `service`: in the log
    /// when this is the service shown (which is read again).
    void autoAssigned(const QDate& day, int service, const QStringList& lines, int stillUnplaced);
    /// The log of the automatic assignments and the pacing (newest last).
    QListWidget* logList() const { return m_log; }
    /// The refusal shown (empty: none).
    QString refusalText() const;
    /// The « Override » button: what was refused, done anyway and logged.
    bool overrideRefusal();
    /// The selected booking's status (through the book).
    bool setSelectedStatus(BookingStatus status);
    /// Runs the whole-service assignment on the unseated bookings.
    bool placeWholeService();
    /// The day's plan (page 1) and list (page 2) in a PDF.
    bool exportPdf(const QString& path, QString* error);

Q_SIGNALS:
    void statusMessage(const QString& text);
    /// The assignment's result stored and shown.
    void wholeServicePlaced();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Pending
    {
        enum class Kind
        {
            None,
            Place,
            WalkIn,
            Move,
        };
        Kind kind = Kind::None;
        qint64 bookingId = 0;
        TableSet tables;
        int party = 0;
        int minute = 0;
    };

    void retranslateUi();
    void refresh();
    void refreshLists();
    void refreshBookingPanel();
    /// Asks the customer profiles about the service's guests (off the GUI thread).
    void lookUpGuests();
    void tableClicked(const QString& tableId);
    void seatWalkIn();
    void addWaiting();
    /// Seats the selected waiting party at the table quoted free now (false:
    /// none selected, none free yet, or refused: the reason is shown).
    bool seatWaiting();
    /// Takes the selected waiting party off the list (they left).
    bool removeWaiting();
    void showRefusal(const QString& what, const SeatingCheck& check, const Pending& pending);
    void clearRefusal();
    void solved(const TableAssignmentResult& result);
    void addLog(const QString& line, bool warning = false);
    /// The quarter hours past the pacing now, in the log's warnings.
    void refreshPacing();
    void printPlan();
    QString actor() const;
    QString bookingLabel(const Booking& b) const;
    QDateTime now() const;

    ServiceBoard m_board;
    CapacityRules m_rules;
    bool m_rulesSet = false;
    std::optional<OpeningSchedule> m_fixedSchedule;
    bool m_closed = false;
    Now m_now;
    QString m_loadedPath;
    QDate m_day;
    int m_service = 1;
    qint64 m_selectedBooking = 0;
    QString m_walkInTable;
    Pending m_pending;
    TableAssignmentJob* m_job;
    TableAssignmentResult m_lastResult;
    bool m_loading = false;

    // The list drag.
    qint64 m_listDrag = 0;
    QPoint m_listPress;
    bool m_listDragging = false;

    QLabel* m_dayCaption;
    QDateEdit* m_dayEdit;
    QComboBox* m_serviceBox;
    QLabel* m_timeCaption;
    QTimeEdit* m_time;
    QPushButton* m_nowButton;
    QPushButton* m_placeAll;
    QPushButton* m_print;
    QLabel* m_summary;
    QLabel* m_solverStatus;

    QFrame* m_refusalBar;
    QLabel* m_refusal;
    QPushButton* m_override;
    QPushButton* m_dismiss;

    ServiceFloorView* m_floor;
    ServiceTimeline* m_timeline;

    QLabel* m_unplacedCaption;
    QListWidget* m_unplaced;
    QLabel* m_reasonsCaption;
    QListWidget* m_reasons;
    QLabel* m_logCaption;
    QListWidget* m_log;
    QPushButton* m_zoneAccept;
    QLabel* m_waitCaption;
    QListWidget* m_waitlist;
    QLineEdit* m_waitName;
    QSpinBox* m_waitParty;
    QPushButton* m_waitAdd;
    QPushButton* m_waitSeat;
    QPushButton* m_waitRemove;
    QLabel* m_waitQuote;

    QLabel* m_bookingTitle;
    QLabel* m_bookingDetail;
    /// What the customer profiles know of the service's guests (booking id →
    /// insight), read off the GUI thread after each reload.
    QHash<qint64, GuestInsight> m_insights;
    quint64 m_insightLookup = 0;
    QList<QPushButton*> m_statusButtons;
    QPushButton* m_unassign;
    QLabel* m_walkInCaption;
    QLineEdit* m_walkInParty;
    QPushButton* m_walkInSeat;
};

} // namespace Moulin
