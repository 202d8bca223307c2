#include "pos/ui/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Moulin {

namespace ChartStyle {

QColor primary()
{
    return QColor(0x3b, 0x5b, 0xdb);
}

QColor primarySoft()
{
    QColor c = primary();
    c.setAlpha(38);
    return c;
}

QColor lastYear()
{
    return QColor(0x9a, 0xa5, 0xb4);
}

QColor grid()
{
    return QColor(0xec, 0xef, 0xf3);
}

QColor text()
{
    return QColor(0x1f, 0x29, 0x37);
}

QColor mutedText()
{
    return QColor(0x6b, 0x72, 0x80);
}

QList<QColor> categorical()
{
    return {QColor(0x3b, 0x5b, 0xdb), QColor(0xf5, 0x9f, 0x00), QColor(0x12, 0xb8, 0x86),
            QColor(0xe6, 0x49, 0x80), QColor(0x70, 0x48, 0xe8), QColor(0x15, 0xaa, 0xbf),
            QColor(0xfd, 0x7e, 0x14), QColor(0x86, 0x8e, 0x96)};
}

void apply(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignTop);
    legend->setLabelColor(mutedText());
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
    QFont font = legend->font();
    font.setPointSizeF(8.5);
    legend->setFont(font);
}

void styleAxis(QAbstractAxis* axis, bool gridVisible)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setLabelsColor(mutedText());
    axis->setGridLineVisible(gridVisible);
    axis->setGridLineColor(grid());
    axis->setMinorGridLineVisible(false);
    axis->setLinePenColor(grid());
    axis->setLineVisible(!gridVisible);
    axis->setTitleVisible(false);
}

void niceRange(QValueAxis* axis, double max, int maxTicks)
{
    if (max <= 0) {
        axis->setRange(0, 100);
        axis->setTickCount(2);
        return;
    }
    const int intervals = std::max(1, maxTicks - 1);
    const double rough = max / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step * intervals >= max)
            break;
    }
    const int ticks = int(std::ceil(max / step)) + 1;
    axis->setRange(0, step * (ticks - 1));
    axis->setTickCount(ticks);
}

} // namespace ChartStyle

ChartCard::ChartCard(QWidget* content, QWidget* parent)
    : QFrame(parent)
    , m_content(content)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_header(new QHBoxLayout)
{
    setObjectName(QStringLiteral("chartCard"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("QFrame#chartCard { background: palette(base); border: 1px solid #dde1e6;"
                                 " border-radius: 8px; }"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    m_title->setFont(titleFont);
    m_subtitle->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_subtitle->hide();
    m_empty->setObjectName(QStringLiteral("chartEmptyMessage"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7280; background: transparent;"));
    m_empty->hide();

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addWidget(m_subtitle);
    m_header->addStretch();
    m_legend->setTextFormat(Qt::RichText);
    m_legend->hide();
    m_header->addWidget(m_legend);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addLayout(m_header);
    layout->addWidget(m_content, 1);
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
    m_content->setAccessibleName(title);
}

void ChartCard::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ChartCard::setEmptyMessage(const QString& message)
{
    m_empty->setText(message);
    m_empty->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        placeOverlay();
        m_empty->raise();
    }
}

bool ChartCard::isShowingEmptyMessage() const
{
    return !m_empty->isHidden();
}

void ChartCard::setLegend(const QList<LegendEntry>& entries)
{
    QStringList parts;
    for (const LegendEntry& e : entries) {
        const QString swatch = e.dashed ? QStringLiteral("╌╌") : QStringLiteral("━━");
        parts << QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>&nbsp;<span "
                                "style=\"color:#4b5563;\">%3</span>")
                     .arg(e.color.name(), swatch, e.text.toHtmlEscaped());
    }
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
    m_legend->setVisible(!entries.isEmpty());
}

void ChartCard::addHeaderWidget(QWidget* widget)
{
    m_header->addWidget(widget);
}

void ChartCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    placeOverlay();
}

void ChartCard::placeOverlay()
{
    m_empty->setGeometry(m_content->geometry());
}

} // namespace Moulin
