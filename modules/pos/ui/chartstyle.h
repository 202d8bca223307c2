#pragma once

// The look shared by every Ventes chart (colours, fonts, axes), and the card
// that frames a chart with its title and an empty-period message.

#include <QColor>
#include <QFrame>
#include <QList>

class QChart;
class QLabel;
class QValueAxis;
class QAbstractAxis;

namespace Moulin {

namespace ChartStyle {

QColor primary();     // this period
QColor primarySoft(); // area under this period
QColor lastYear();    // same period last year
QColor grid();
QColor text();
QColor mutedText();
/// Distinct colours for categories (payment methods...).
QList<QColor> categorical();

/// A clean chart: no background of its own, no animation, small margins,
/// localized numbers, legend at the top right.
void apply(QChart* chart);
void styleAxis(QAbstractAxis* axis, bool gridVisible);
/// Round axis maximum and tick count for values up to `max` (>= 0).
void niceRange(QValueAxis* axis, double max, int maxTicks = 6);

} // namespace ChartStyle

/// One entry of a card's legend.
struct LegendEntry
{
    QColor color;
    QString text;
    bool dashed = false;
};

/// A rounded card with a title, a content widget and a message over the
/// content when there is nothing to show.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget* content, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    /// Empty message shown over the content (an empty string hides it).
    void setEmptyMessage(const QString& message);
    bool isShowingEmptyMessage() const;
    QWidget* content() const { return m_content; }
    /// A legend on the title row, right-aligned (charts keep theirs hidden).
    void setLegend(const QList<LegendEntry>& entries);
    /// Extra widgets on the title row, right-aligned.
    void addHeaderWidget(QWidget* widget);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeOverlay();

    QWidget* m_content;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_empty;
    QLabel* m_legend;
    class QHBoxLayout* m_header;
};

} // namespace Moulin
