#include "pos/ui/periodpicker.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Moulin {

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_group(new QButtonGroup(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_customBox(new QWidget(this))
{
    setObjectName(QStringLiteral("periodPicker"));
    m_previous->setObjectName(QStringLiteral("previousPeriod"));
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_previous->setText(QStringLiteral("‹"));
    m_next->setText(QStringLiteral("›"));
    for (QToolButton* arrow : {m_previous, m_next}) {
        arrow->setFocusPolicy(Qt::StrongFocus);
        arrow->setStyleSheet(QStringLiteral(
            "QToolButton { padding: 1px 9px 3px 9px; border: 1px solid palette(mid); border-radius: 5px;"
            " background: palette(button); font-size: 15px; }"
            "QToolButton:disabled { color: palette(mid); }"
            "QToolButton:focus { border-color: #3b5bdb; }"));
    }
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));

    auto* segments = new QWidget(this);
    segments->setObjectName(QStringLiteral("periodSegments"));
    auto* segmentLayout = new QHBoxLayout(segments);
    segmentLayout->setContentsMargins(0, 0, 0, 0);
    segmentLayout->setSpacing(0);
    const char* const names[] = {"presetToday", "presetWeek", "presetMonth", "presetCustom"};
    for (int i = 0; i < 4; ++i) {
        auto* button = new QToolButton(segments);
        button->setObjectName(QLatin1String(names[i]));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_group->addButton(button, i);
        segmentLayout->addWidget(button);
    }
    m_group->setExclusive(true);
    segments->setStyleSheet(QStringLiteral(
        "QToolButton { padding: 4px 12px; border: 1px solid palette(mid); background: palette(button);"
        " margin-left: -1px; }"
        "QToolButton:checked { background: #3b5bdb; color: white; border-color: #3b5bdb; }"
        "QToolButton:focus { border-color: #3b5bdb; }"
        "QToolButton#presetToday { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }"
        "QToolButton#presetCustom { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }"));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_from->setObjectName(QStringLiteral("customFrom"));
    m_to->setObjectName(QStringLiteral("customTo"));
    auto* customLayout = new QHBoxLayout(m_customBox);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_from);
    auto* dash = new QLabel(QStringLiteral("–"), m_customBox);
    customLayout->addWidget(dash);
    customLayout->addWidget(m_to);
    m_customBox->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_customBox);
    layout->addWidget(m_previous);
    layout->addWidget(segments);
    layout->addWidget(m_next);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { setPreset(static_cast<Preset>(id)); });
    connect(m_previous, &QToolButton::clicked, this, [this] { shift(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { shift(+1); });
    const auto customEdited = [this] {
        if (!m_updating)
            setCustomPeriod({m_from->date(), m_to->date()});
    };
    connect(m_from, &QDateEdit::dateChanged, this, customEdited);
    connect(m_to, &QDateEdit::dateChanged, this, customEdited);

    m_period = rangeFor(m_preset, today());
    syncWidgets();
    retranslateUi();
}

SalesPeriod PeriodPicker::rangeFor(Preset preset, const QDate& anchor)
{
    switch (preset) {
    case Preset::Today:
    case Preset::Custom:
        return {anchor, anchor};
    case Preset::Week: {
        const QDate monday = anchor.addDays(1 - anchor.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case Preset::Month: {
        const QDate first(anchor.year(), anchor.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    }
    return {anchor, anchor};
}

SalesPeriod PeriodPicker::shifted(Preset preset, const SalesPeriod& current, int direction)
{
    const int dir = direction < 0 ? -1 : 1;
    switch (preset) {
    case Preset::Today:
        return rangeFor(preset, current.from.addDays(dir));
    case Preset::Week:
        return rangeFor(preset, current.from.addDays(7 * dir));
    case Preset::Month:
        return rangeFor(preset, current.from.addMonths(dir));
    case Preset::Custom: {
        const qint64 length = current.from.daysTo(current.to) + 1;
        return {current.from.addDays(length * dir), current.to.addDays(length * dir)};
    }
    }
    return current;
}

void PeriodPicker::setToday(const QDate& date)
{
    m_today = date;
    m_now = QDateTime();
    followToday();
    syncWidgets();
}

void PeriodPicker::setNow(const QDateTime& now)
{
    m_now = now;
    m_today = QDate();
    followToday();
    syncWidgets();
}

void PeriodPicker::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    followToday();
    syncWidgets();
}

QDateTime PeriodPicker::now() const
{
    if (m_today.isValid())
        return QDateTime();
    return (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toTimeZone(m_zone);
}

void PeriodPicker::followToday()
{
    const QDate now = today();
    if (m_followsToday && m_preset != Preset::Custom && (now < m_period.from || now > m_period.to))
        apply(m_preset, rangeFor(m_preset, now));
}

QDate PeriodPicker::today() const
{
    return m_today.isValid() ? m_today : now().date();
}

void PeriodPicker::setPreset(Preset preset)
{
    apply(preset, preset == Preset::Custom ? m_period : rangeFor(preset, today()));
}

void PeriodPicker::setCustomPeriod(const SalesPeriod& period)
{
    if (!period.from.isValid() || !period.to.isValid())
        return;
    SalesPeriod ordered = period;
    if (ordered.to < ordered.from)
        std::swap(ordered.from, ordered.to);
    apply(Preset::Custom, ordered);
}

void PeriodPicker::shift(int direction)
{
    const SalesPeriod next = shifted(m_preset, m_period, direction);
    if (direction > 0 && next.from > today())
        return;
    apply(m_preset, next);
}

void PeriodPicker::apply(Preset preset, const SalesPeriod& period)
{
    const bool changed = preset != m_preset || period.from != m_period.from || period.to != m_period.to;
    m_preset = preset;
    m_period = period;
    const QDate now = today();
    m_followsToday = preset != Preset::Custom && now >= period.from && now <= period.to;
    syncWidgets();
    if (changed)
        Q_EMIT periodChanged(m_period);
}

void PeriodPicker::syncWidgets()
{
    m_updating = true;
    if (QAbstractButton* button = m_group->button(int(m_preset)))
        button->setChecked(true);
    m_customBox->setVisible(m_preset == Preset::Custom);
    m_from->setDate(m_period.from);
    m_to->setDate(m_period.to);
    m_next->setEnabled(shifted(m_preset, m_period, +1).from <= today());
    m_updating = false;
}

void PeriodPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PeriodPicker::retranslateUi()
{
    m_group->button(int(Preset::Today))->setText(tr("Today"));
    m_group->button(int(Preset::Week))->setText(tr("Week"));
    m_group->button(int(Preset::Month))->setText(tr("Month"));
    m_group->button(int(Preset::Custom))->setText(tr("Custom"));
    m_group->button(int(Preset::Today))->setToolTip(tr("Today's sales"));
    m_group->button(int(Preset::Week))->setToolTip(tr("This week, Monday to Sunday"));
    m_group->button(int(Preset::Month))->setToolTip(tr("This month"));
    m_group->button(int(Preset::Custom))->setToolTip(tr("Choose the first and last day"));
    m_previous->setToolTip(tr("Previous period (Alt+Page Up)"));
    m_next->setToolTip(tr("Next period (Alt+Page Down)"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setAccessibleName(tr("Next period"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
}

} // namespace Moulin
