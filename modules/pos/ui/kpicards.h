#pragma once

#include "pos/core/salesrepository.h"

#include <QFrame>
#include <QTime>

class QLabel;

namespace Moulin {

/// One figure of the period: big value, change against last year, then the
/// same for lunch and dinner.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// `now`/`before` feed the delta; the texts are already formatted.
    void setFigures(const QString& value, qint64 now, qint64 before, const QString& beforeText);
    /// `noComparison` non-empty: shown instead of the change (e.g. a service
    /// that has not started yet today), in grey, with `hint` as tooltip.
    void setService(int row, const QString& name, const QString& value, qint64 now, qint64 before,
                    const QString& noComparison = {}, const QString& hint = {});
    /// While the history is imported, the changes against last year are not
    /// shown (they would compare figures that are not all in yet).
    void setImporting(bool importing);

    QString valueText() const;
    QString deltaText() const;
    /// "Last year: …" / "Last year until 13:45: …"
    QString beforeText() const;
    QString serviceValueText(int row) const;
    QString serviceDeltaText(int row) const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_delta;
    QLabel* m_before;
    QLabel* m_serviceName[2];
    QLabel* m_serviceValue[2];
    QLabel* m_serviceDelta[2];
    bool m_importing = false;
};

/// The row of cards at the top of the Ventes tab: turnover excl. VAT, incl.
/// VAT, covers, average ticket.
class KpiCards : public QWidget
{
    Q_OBJECT

public:
    enum Card
    {
        Net,
        Gross,
        Covers,
        AverageTicket,
        CardCount
    };

    explicit KpiCards(QWidget* parent = nullptr);

    void setKpis(const SalesKpis& now, const SalesKpis& before, const ServiceKpis& services,
                 const ServiceKpis& servicesBefore);
    /// See KpiCard::setImporting(); takes effect at the next setKpis().
    void setImporting(bool importing);
    /// The period includes today: last year's figures stop at `until` (local
    /// time of day) on its last day, and the cards say so. Invalid: whole
    /// days. `todayOnly`: the period is today alone, so a service that has
    /// not started yet (dinner before 16:00) shows no change against last
    /// year. Takes effect at the next setKpis().
    void setComparedUntil(const QTime& until, bool todayOnly);
    KpiCard* card(Card which) const { return m_cards[which]; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();

    KpiCard* m_cards[CardCount];
    SalesKpis m_now;
    SalesKpis m_before;
    ServiceKpis m_services;
    ServiceKpis m_servicesBefore;
    bool m_importing = false;
    QTime m_until;
    bool m_todayOnly = false;
};

} // namespace Moulin
