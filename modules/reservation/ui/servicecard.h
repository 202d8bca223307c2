#pragma once

#include "forecast/core/forecaster.h"
#include "reservation/core/bookstore.h"

#include <QFrame>

class QLabel;
class QToolButton;

#include <optional>

namespace Moulin {

/// A horizontal bar of covers against capacity.
class LoadBar : public QWidget
{
    Q_OBJECT

public:
    explicit LoadBar(QWidget* parent = nullptr);
    void setLoad(int covers, int capacity, const QString& state);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_covers = 0;
    int m_capacity = 0;
    QString m_state;
};

/// The header of one service of the day: its name, the covers booked against
/// its capacity with a bar, the number of bookings, its state (open, full,
/// closed) and the buttons that change it.
class ServiceCard : public QFrame
{
    Q_OBJECT

public:
    explicit ServiceCard(int service, QWidget* parent = nullptr);

    int service() const { return m_service; }
    void setLoad(const ServiceLoad& load);
    const ServiceLoad& load() const { return m_load; }
    /// What the card says under a closed or full state: which platforms are
    /// told, or that none is yet.
    void setAvailabilityNote(const QString& note);
    /// The footfall forecast ("prévision d'affluence") of the service
    /// (moulin_forecast): its expected covers, their parts and `basis` (how
    /// it was made) in the tooltip. nullopt hides it.
    void setForecast(const std::optional<ServiceForecast>& forecast, const QString& basis = QString());

    QString coversText() const;
    QString stateText() const;
    /// The forecast and its explanation (tooltip); empty when hidden.
    QString forecastText() const;
    QToolButton* fullButton() const { return m_full; }
    QToolButton* closeButton() const { return m_close; }
    QToolButton* reopenButton() const { return m_reopen; }

Q_SIGNALS:
    /// The host asked for the service to be `state` (open, closed, full).
    void availabilityRequested(int service, const QString& state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslateUi();

    int m_service;
    ServiceLoad m_load;
    QString m_note;
    std::optional<ServiceForecast> m_forecast;
    QString m_forecastBasis;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_covers;
    QLabel* m_bookings;
    LoadBar* m_bar;
    QLabel* m_noteLabel;
    QLabel* m_forecastLabel;
    QToolButton* m_full;
    QToolButton* m_close;
    QToolButton* m_reopen;
};

} // namespace Moulin
