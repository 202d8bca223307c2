#pragma once

#include "forecast/core/forecaster.h"
#include "reservation/core/bookstore.h"
#include "reservation/ui/reservationformat.h"

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QAction;
class QButtonGroup;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Moulin {

class BookingDelegate;
class BookingDetailsPanel;
class BookingTableModel;
class DuplicatesDialog;
class EmptyStateWidget;
class NewBookingForm;
class ReservationStatsPage;
class ForecastView;
class ServiceCard;
class WeekOverview;

/// The Réservations tab, for the host at the front desk: the day by service
/// (covers against capacity, the list of bookings with their status, source,
/// requests and allergies), the selected booking's details and history, new
/// bookings by phone or at the door, search, the probable duplicates to
/// settle, the week at a glance, statistics, and the services' availability.
///
/// Keyboard: Alt+PageUp / Alt+PageDown (or ← / → in the list) the previous
/// / next day, Alt+Home today; Ctrl+N a new booking (Enter saves, Esc
/// closes); Ctrl+F search (Esc back to the day); in the list A arrived,
/// S seated, P left, N no-show, Del cancel (confirmed with Enter).
///
/// Reads and writes go through BookStore on the GUI thread's connection;
/// every write is one Database::transaction. Wiring (ReservationArea):
/// setDatabase() when the database opens, reload() / scheduleReload() when
/// a reservation connector stored a page or a webhook delivered.
class ReservationsTab : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        DayPage,
        WeekPage,
        StatsPage,
        ForecastPage, ///< the footfall forecast of the coming days
        PageCount
    };
    Q_ENUM(Page)

    /// Both services at once (serviceFilter()).
    static constexpr int kBothServices = -1;
    /// Coalescing delay of scheduleReload().
    static constexpr int kLiveUpdateDelayMs = 300;
    /// How long a notification stays in the tab.
    static constexpr int kNotificationMs = 15'000;

    explicit ReservationsTab(QWidget* parent = nullptr);
    ~ReservationsTab() override;

    /// The GUI thread's connection (Database::connection()); invalid: the
    /// empty state. Bookings already in the book are not "new".
    void setDatabase(const QSqlDatabase& db);
    /// The book's calendar and clock (tests); `now` also fixes "today".
    void setBookStore(const BookStore& store, BookStore::Now now = {});
    /// The reservation connectors configured (ids): with none and an empty
    /// book, the tab shows its empty state.
    void setReservationConnectors(const QStringList& connectorIds);
    /// The platforms told when a service is closed or full (labels); none:
    /// the tab says the platforms are not told automatically.
    void setAvailabilityChannels(const QStringList& labels);
    /// The restaurant's opening schedule, instead of the settings' (demo
    /// mode: the demo restaurant's); nullopt: the settings'.
    void setOpeningSchedule(const std::optional<OpeningSchedule>& schedule);

    QDate today() const;
    QDateTime nowLocal() const;
    QDate date() const { return m_date; }
    void setDate(const QDate& date);
    /// 0 lunch, 1 dinner, kBothServices.
    int serviceFilter() const { return m_service; }
    void setServiceFilter(int service);
    Page currentPage() const;
    void setCurrentPage(Page page);
    bool isSearching() const { return m_searching; }
    bool isShowingEmptyState() const;
    qint64 selectedBookingId() const;
    /// Selects booking `id` when listed; false otherwise.
    bool selectBooking(qint64 id);
    /// Sets the status of booking `id` (one transaction); errors in the tab.
    bool changeStatus(qint64 id, BookingStatus status);
    /// The service « En salle » shows: the selected booking's, else the
    /// service filter's, else today's by the clock (lunch before 16:00), else dinner.
    int serviceForFloor() const;
    /// Asks for the shown day's service on the floor (serviceViewRequested).
    void openServiceView();

    QTableView* bookingView() const { return m_view; }
    BookingTableModel* bookingModel() const { return m_model; }
    NewBookingForm* bookingForm() const { return m_form; }
    BookingDetailsPanel* detailsPanel() const { return m_details; }
    ServiceCard* serviceCard(int service) const { return m_cards[service == 0 ? 0 : 1]; }
    WeekOverview* weekOverview() const { return m_week; }
    ReservationStatsPage* statsPage() const { return m_stats; }
    ForecastView* forecastView() const { return m_forecastView; }
    /// The last footfall forecast computed (empty until the first is in).
    const CoversForecast& forecast() const { return m_forecast; }
    /// Days the forecast covers from today.
    static constexpr int kForecastDays = 28;
    QLineEdit* searchEdit() const { return m_search; }
    /// The duplicates dialog while open (null otherwise).
    DuplicatesDialog* duplicatesDialog() const;
    QAction* statusAction(BookingStatus status) const;
    QString dateText() const;
    /// The texts of the banners; empty when hidden.
    QString duplicateBannerText() const;
    QString notificationText() const;
    QString errorText() const;
    QString infoText() const;
    QString confirmationText() const;
    QString summaryText() const;

public Q_SLOTS:
    /// Reads the book again (the day or the search, the duplicates, the
    /// visible week or statistics), keeping the selection and the scroll;
    /// bookings that entered the book meanwhile are announced.
    void reload();
    /// Live updates: reload() shortly (bursts coalesce).
    void scheduleReload();
    void showToday();
    void showPreviousDay();
    void showNextDay();
    /// Ctrl+N: the new booking form on the day shown.
    void newBooking();
    /// Ctrl+F.
    void startSearch();
    /// Esc in the search: back to the day.
    void endSearch();
    /// The probable duplicates, to settle.
    void openDuplicates();
    /// Del: asks to confirm the cancellation of the selected booking.
    void requestCancelSelected();

Q_SIGNALS:
    /// « En salle »: the Service tab should show `day`'s `service` (0 lunch, 1 dinner).
    void serviceViewRequested(const QDate& day, int service);
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// The host closed, filled or reopened a service (`state`: open, closed,
    /// full). The hook for the platforms that accept availability pushes.
    void availabilityChanged(const QDate& day, int service, const QString& state);
    /// Bookings entered the book behind the tab's back (a platform, the
    /// site): the text shown ("New booking: Dupont, 4 covers, 20:30 — Site").
    void bookingsArrived(const QString& message);
    /// A reload() finished.
    void reloaded();
    /// The host entered or changed a booking of `day`'s `service` here (the
    /// phone, the door, a zone wish): the automatic assignment's cue.
    void bookingSaved(const QDate& day, int service);
    /// A footfall forecast came in (forecast()).
    void forecastUpdated();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDayPage();
    QWidget* buildHeader();
    void createActions();
    void sizeColumns();
    void updateEmptyState();
    void loadList();
    void loadCards();
    void loadDuplicates();
    void loadWeek();
    void loadStats();
    /// Computes the footfall forecast again on a pool thread (the areas'
    /// sources read through that thread's connection); forecastUpdated() then.
    void refreshForecast();
    void loadDetails();
    void detectNewBookings();
    void updateHeader();
    void updateActions();
    void updateSummary();
    /// The summary of a day or service without bookings: how to take one,
    /// or, for a closed service, that it is closed and how to reopen it.
    QString emptyDayHint() const;
    void saveNewBooking();
    void confirmCancel();
    void closeConfirmation();
    void settleDuplicate(qint64 flagId, qint64 cancelBookingId);
    void applyAvailability(int service, const QString& state);
    void openSelectedDay();
    void showError(const QString& text);
    void showInfo(const QString& text);
    void showNotification(const QString& text);
    QString availabilityNote() const;
    QString bookingLine(const Booking& booking) const;
    void retranslateUi();

    QSqlDatabase m_db;
    BookStore m_store;
    BookStore::Now m_now;
    ServiceCapacity m_capacity;
    std::optional<OpeningSchedule> m_fixedSchedule;
    QStringList m_connectors;
    QStringList m_availabilityChannels;
    QDate m_date;
    int m_service = kBothServices;
    bool m_searching = false;
    bool m_forceMain = false; ///< Ctrl+N from the empty state
    qint64 m_lastSeenId = -1; ///< -1: not read yet
    QSet<qint64> m_ownIds;    ///< entered here: not announced
    QSet<qint64> m_newIds;    ///< announced, not looked at yet
    qint64 m_pendingCancel = 0;
    bool m_weekDirty = true;
    bool m_statsDirty = true;
    /// The footfall forecast of the coming weeks (moulin_forecast, through
    /// the areas' read interfaces), computed on a pool thread at every
    /// reload(); the cards and the Prévision page show it.
    CoversForecast m_forecast;
    bool m_forecastSources = false;
    bool m_forecastRunning = false;
    bool m_forecastAgain = false;
    int m_duplicateCount = 0;

    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QWidget* m_main;
    QLabel* m_title;
    QLabel* m_dateLabel;
    QToolButton* m_previous;
    QToolButton* m_todayButton;
    QToolButton* m_next;
    QDateEdit* m_dateEdit;
    QButtonGroup* m_serviceGroup;
    QLineEdit* m_search;
    QPushButton* m_newButton;
    QPushButton* m_floorButton;
    QWidget* m_duplicateBanner;
    QLabel* m_duplicateLabel;
    QPushButton* m_duplicateButton;
    QWidget* m_notification;
    QLabel* m_notificationLabel;
    QWidget* m_errorBar;
    QLabel* m_errorLabel;
    QLabel* m_info;
    QTabWidget* m_pages;
    ServiceCard* m_cards[2];
    QWidget* m_cardRow;
    NewBookingForm* m_form;
    QWidget* m_confirmBar;
    QLabel* m_confirmLabel;
    QPushButton* m_confirmButton;
    QPushButton* m_keepButton;
    QLabel* m_summary;
    QTableView* m_view;
    BookingTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    BookingDelegate* m_delegate;
    BookingDetailsPanel* m_details;
    QLabel* m_hint;
    WeekOverview* m_week;
    ReservationStatsPage* m_stats;
    ForecastView* m_forecastView;
    QPointer<DuplicatesDialog> m_duplicatesDialog;
    QAction* m_statusActions[5] = {}; // arrived, seated, left, no-show, cancel
    QAction* m_confirmedAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_todayAction = nullptr;
    QAction* m_listPrevious = nullptr;
    QAction* m_listNext = nullptr;
    QTimer m_reloadTimer;
    QTimer m_notificationTimer;
    QTimer m_infoTimer;
};

} // namespace Moulin
