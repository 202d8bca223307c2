#pragma once

#include <QPointer>
#include <QTabWidget>
#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace Moulin {

class DbWorker;
class EmptyStateWidget;
class SegmentsPage;
class GuestPrivacyBar;
class SpendChart;
class LoyaltyRulesPage;
class ProfileEditor;

/// The Clients tab: guest profiles searched as you type (name, phone,
/// e-mail), the profile page (visits, favourites, spend, rewards, consent,
/// allergies) with its « RGPD » row (export, erasure: GuestPrivacyBar) and
/// the manager's editor under it (notes, tags, VIP, birthday, the rewards'
/// states: ProfileEditor), the merge review list (merge, keep apart, undo a
/// merge), the segments (SegmentsPage) and the loyalty rules
/// (LoyaltyRulesPage).
/// The profiles are built off the GUI thread from the book and the till's
/// read interfaces (scheduleSync()); the tab reads the crm tables.
/// The editor's changes not saved are asked about (maybeLeaveProfile())
/// rather than saved on leaving: its fields are checked on save (a bad
/// birthday is refused), so a silent save could fail where nobody sees it.
class CustomersTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersTab(QWidget* parent = nullptr);
    ~CustomersTab() override;

    /// Brings the profiles up to date in the background (debounced), then reloads.
    void scheduleSync();
    /// The database was swapped (demo ↔ real): a new worker, a reload.
    void resetDatabase();
    /// Reads the profiles again (GUI thread, short reads).
    void reload();
    SegmentsPage* segmentsPage() const { return m_segmentsPage; }

    /// Before the profile being edited is left (another guest, another
    /// page or tab, the window closing) with changes not saved: asks
    /// Save / Don't Save / Cancel. True when the caller may go on (saved,
    /// dropped, or nothing to ask); false: cancelled, or saving was refused
    /// (the reason shown in the editor).
    bool maybeLeaveProfile();

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// A background sync ended (tests wait on it).
    void synced();
    /// « Envoyer vers Brevo » on a saved segment (SegmentsPage).
    void brevoExportRequested(qint64 segmentId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void runSync();
    void refreshList();
    void showProfile(qint64 id);
    void refreshReviews();
    void settleReview(bool merge);
    void undoMerge();
    /// Another guest was picked while the editor had changes: asked once the
    /// click is done; cancelled, the edited guest is selected again.
    void settleGuestChange();
    /// Selects the edited profile's row again (no signal).
    void selectEditedGuest();
    /// The window's tabs: leaving this one with changes asks first.
    void watchTabs();

    EmptyStateWidget* m_emptyState;
    QStackedWidget* m_stack;
    QTabWidget* m_pages;
    QLineEdit* m_search;
    QListWidget* m_list;
    QTextBrowser* m_profile;
    GuestPrivacyBar* m_privacy;
    SpendChart* m_spend;
    ProfileEditor* m_editor;
    LoyaltyRulesPage* m_loyalty;
    QTableWidget* m_reviews;
    QLabel* m_reviewsHint;
    QPushButton* m_merge;
    QPushButton* m_keepApart;
    QTableWidget* m_merges;
    QLabel* m_mergesHint;
    QPushButton* m_undo;
    SegmentsPage* m_segmentsPage;
    QTimer* m_syncTimer;
    std::unique_ptr<DbWorker> m_worker;
    bool m_syncing = false;
    bool m_syncAgain = false;
    qint64 m_shown = 0;
    bool m_asking = false;
    bool m_guestChangePending = false;
    int m_page = 0;
    QPointer<QTabWidget> m_windowTabs;
    bool m_current = false;
};

} // namespace Moulin
