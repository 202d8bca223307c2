#pragma once

#include "suppliers/ui/suppliersdata.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QGridLayout;
class QLabel;

namespace Moulin {

/// Fournisseurs ▸ Fournisseurs: a card per supplier with its profile, its
/// connection's state, delivery days, the next delivery and its order
/// cut-off with a live countdown, franco and delivery fee, its product
/// count and its price alerts.
class SupplierOverviewPage : public QWidget
{
    Q_OBJECT

public:
    /// How often the countdowns are refreshed.
    static constexpr int kTickMs = 15'000;

    explicit SupplierOverviewPage(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const SuppliersSnapshot> snapshot);
    /// The running supplier connections (their syncing flag).
    void setConnections(const QList<SupplierConnection>& connections);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// The text of a supplier's card (tests): its labels, one per line.
    QString cardText(const QString& supplierId) const;
    /// The countdown line of a supplier's card.
    QString cutoffText(const QString& supplierId) const;

public Q_SLOTS:
    /// Refreshes the countdowns (the timer does it every kTickMs).
    void tick();

Q_SIGNALS:
    /// The user clicked a supplier's price alerts.
    void alertsRequested(const QString& supplierId);
    /// The user clicked a supplier's product count.
    void catalogueRequested(const QString& supplierId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QString supplierId;
        QWidget* frame = nullptr;
        QLabel* name = nullptr;
        QLabel* profile = nullptr;
        QLabel* state = nullptr;
        QLabel* days = nullptr;
        QLabel* next = nullptr;
        QLabel* cutoff = nullptr;
        QLabel* terms = nullptr;
        QLabel* products = nullptr;
        QLabel* alerts = nullptr;
    };

    void rebuild();
    void fillCard(Card& card, const SupplierSummary& summary);
    void fillTimes(Card& card, const Supplier& supplier);
    QDateTime now() const;

    std::shared_ptr<const SuppliersSnapshot> m_snapshot;
    QList<SupplierConnection> m_connections;
    std::function<QDateTime()> m_now;
    QLabel* m_intro;
    QLabel* m_waiting;
    QWidget* m_cardsHost;
    QGridLayout* m_grid;
    QList<Card> m_cards;
    QTimer m_timer;
};

} // namespace Moulin
