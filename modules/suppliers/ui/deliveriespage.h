#pragma once

#include "suppliers/core/deliveryschedule.h"
#include "suppliers/core/receiving.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QSystemTrayIcon;

namespace Moulin {

class DbWorker;

class ConnectorRuntime;
class DeliveryCalendar;
class ReceivingDialog;

/// Livraisons: the deliveries calendar (month or week; each day the
/// deliveries expected per supplier coloured by state), the selected day's
/// list, Réceptionner… (the keyboard receiving dialog), the credit-note
/// request of the selected delivery (PDF, CSV) and the late deliveries,
/// in a banner and raised as alerts (alertRaised(), the log, a desktop
/// notification when a system tray exists). Late deliveries are evaluated
/// when the page is created, at every reload() (call it after a deliveries
/// sync: watch() does it), and every alertInterval().
///
/// Keys: the calendar's (arrows, Page Up / Page Down, Home), Enter or
/// Ctrl+R receives the selected delivery, Ctrl+M / Ctrl+W month / week.
class DeliveriesPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultAlertIntervalMs = 15 * 60 * 1000;

    explicit DeliveriesPage(QWidget* parent = nullptr);
    /// With `today` giving the day (tests: a fixed one).
    explicit DeliveriesPage(std::function<QDate()> todayProvider, QWidget* parent = nullptr);
    ~DeliveriesPage() override;

    /// The page's title for SuppliersTab::addPage ("&Livraisons").
    static QString title();
    /// The title with the late deliveries' count ("&Livraisons (2)"), for
    /// a page host that retitles on lateCountChanged().
    QString titleWithCount() const;
    int lateCount() const { return int(m_late.size()); }

    /// Today (tests give a fixed day; default: the local date).
    void setTodayProvider(std::function<QDate()> todayProvider);
    QDate today() const;
    void setAlertInterval(int ms);
    int alertInterval() const;
    /// Reloads after every supplier deliveries or orders feed run of `runtime`.
    void watch(ConnectorRuntime* runtime);

    DeliveryCalendar* calendar() const { return m_calendar; }
    /// The selected day's deliveries, as listed.
    QList<ScheduledDelivery> dayDeliveries() const { return m_day; }
    /// The selected delivery in the list (nullopt when none).
    std::optional<ScheduledDelivery> selectedDelivery() const;
    void selectDelivery(int index);
    /// The late-deliveries banner's text (empty when hidden).
    QString alertText() const;
    /// The receipt/credit banner's text (empty when hidden).
    QString receiptText() const;
    /// The receiving dialog while open.
    ReceivingDialog* receivingDialog() const;

    /// Where to save a file (replaced in tests: no file dialog).
    std::function<QString(const QString& caption, const QString& suggested, const QString& filter)>
        askSavePath;

    /// Reads (and flags the late deliveries) off this thread on `worker`
    /// (the Fournisseurs tab's; null: on this thread).
    void setWorker(DbWorker* worker) { m_worker = worker; }

public Q_SLOTS:
    /// Reads the deliveries again and evaluates the late ones (on the
    /// worker when set).
    void reload();
    /// Réceptionner…: opens the receiving dialog on the selected delivery.
    void receiveSelected();
    /// Writes the selected delivery's credit-note request as PDF / CSV.
    bool exportCreditPdf();
    bool exportCreditCsv();

Q_SIGNALS:
    /// A delivery became late (translated, one per delivery).
    void alertRaised(const QString& message);
    /// The number of late deliveries changed.
    void lateCountChanged(int count);
    /// Something for the status bar (translated).
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void evaluateLate();
    /// The late deliveries on screen (banner, count) and the newly raised ones said.
    void showLate(const QList<ScheduledDelivery>& raised, QList<ScheduledDelivery> late);
    void loadRange();
    void loadDay();
    void updateHeader();
    void receivingFinished(int result);
    std::optional<CreditRequest> selectedCredit() const;
    void notifyDesktop(const QString& text);

    std::function<QDate()> m_today;
    DeliveryCalendar* m_calendar;
    QLabel* m_monthLabel;
    QToolButton* m_previous;
    QToolButton* m_next;
    QPushButton* m_todayButton;
    QPushButton* m_monthButton;
    QPushButton* m_weekButton;
    QLabel* m_legend;
    QWidget* m_alertBanner;
    QLabel* m_alertLabel;
    QWidget* m_receiptBanner;
    QLabel* m_receiptLabel;
    QLabel* m_dayLabel;
    QTreeWidget* m_list;
    QPushButton* m_receive;
    QPushButton* m_pdf;
    QPushButton* m_csv;
    QTimer m_alertTimer;
    QPointer<ReceivingDialog> m_dialog;
    QSystemTrayIcon* m_tray = nullptr;
    QList<ScheduledDelivery> m_day;
    QList<ScheduledDelivery> m_late;
    QMetaObject::Connection m_runtimeConnection;
    DbWorker* m_worker = nullptr;
    quint64 m_request = 0;
};

} // namespace Moulin
