#pragma once

#include "common/core/guestinsights.h"
#include "reservation/core/bookstore.h"

#include <QFrame>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Moulin {

/// The side panel of the selected booking: the guest, how to reach them,
/// what they asked for, their allergies, and the booking's history as the
/// host reads it ("Modifiée par TheFork à 18:42 : 4 → 6 couverts").
class BookingDetailsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit BookingDetailsPanel(QWidget* parent = nullptr);

    /// nullopt: nothing selected. `history` already described, oldest first.
    void setBooking(const std::optional<Booking>& booking, const QStringList& history);
    std::optional<qint64> bookingId() const;

    QString guestText() const;
    QString allergiesText() const;
    /// What the customer profiles know of the guest ("12th visit · VIP…"),
    /// empty while unknown or when no profile matches.
    QString profileText() const;
    /// The booking's allergies with the profile's joined when it knows others.
    static QString mergedAllergies(const QString& booking, const GuestInsight* insight);
    /// What the profiles know, in one line (and the manager's note below).
    static QString insightText(const GuestInsight& insight);
    QStringList historyLines() const;
    /// "Zone wished: Terrace" (empty: no wish).
    QString zoneText() const;
    /// The zone the requests seem to ask for, offered to the host (empty: none or already wished).
    QString proposedZone() const;
    QComboBox* zoneBox() const { return m_zoneEdit; }
    QCheckBox* zoneRequiredBox() const { return m_zoneRequired; }
    /// Takes the proposal: the requests' zone becomes the booking's wish (not required).
    void acceptProposedZone();

Q_SIGNALS:
    /// The host set the booking's zone wish (empty: none).
    void zoneWishChanged(qint64 bookingId, const QString& zone, bool required);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    /// Asks the profiles about the booking's guest, off the GUI thread.
    void lookUpGuest();

    std::optional<GuestInsight> m_insight;
    quint64 m_lookup = 0; ///< the newest lookup; older answers are dropped
    std::optional<Booking> m_booking;
    QStringList m_history;
    QLabel* m_placeholder;
    QWidget* m_body;
    QLabel* m_guest;
    QLabel* m_when;
    QLabel* m_status;
    QLabel* m_contact;
    QLabel* m_profile;
    QLabel* m_allergies;
    QLabel* m_requests;
    QLabel* m_zone;
    QLabel* m_proposal;
    QPushButton* m_proposalApply;
    QComboBox* m_zoneEdit;
    QCheckBox* m_zoneRequired;
    bool m_rendering = false;
    QLabel* m_duplicate;
    QLabel* m_historyTitle;
    QListWidget* m_historyList;
};

} // namespace Moulin
