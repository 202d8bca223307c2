#include "reservation/ui/closedservicespage.h"

#include "common/core/apppaths.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace Moulin {

namespace {

/// "25 décembre" (a leap year: 29 February is a day).
QString dayLabel(int monthDay)
{
    return QLocale().toString(QDate(2024, monthDay / 100, monthDay % 100), QStringLiteral("d MMMM"));
}

} // namespace

ClosedServicesPage::ClosedServicesPage(QWidget* parent)
    : SettingsSection(parent)
    , m_days(new QListWidget(this))
    , m_dayEdit(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("closedServicesSettings"));
    auto* intro = new QLabel(tr("The services the restaurant does not serve. They show « Closed » in the "
                                "Reservations tab, take no booking or walk-in and are not forecast; the "
                                "host can still reopen one for a single day there."),
                             this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->addWidget(new QLabel(tr("<b>Closed every week</b>"), this), 0, 0);
    for (int s = 0; s < 2; ++s) {
        auto* header = new QLabel(ServiceCalendar::serviceLabel(s), this);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, 1 + s);
    }
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        QString name = locale.standaloneDayName(d, QLocale::LongFormat);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        grid->addWidget(new QLabel(name, this), d, 0);
        for (int s = 0; s < 2; ++s) {
            auto* box = new QCheckBox(this);
            box->setObjectName(QStringLiteral("closed-%1-%2").arg(d).arg(s));
            box->setToolTip(tr("%1: closed at %2").arg(name, ServiceCalendar::serviceLabel(s).toLower()));
            box->setAccessibleName(box->toolTip());
            m_closed[d][s] = box;
            grid->addWidget(box, d, 1 + s, Qt::AlignCenter);
        }
    }
    grid->setColumnStretch(3, 1);

    m_days->setObjectName(QStringLiteral("closedDays"));
    m_days->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_days->setMaximumHeight(140);
    m_dayEdit->setObjectName(QStringLiteral("closedDayEdit"));
    m_dayEdit->setPlaceholderText(tr("day/month, e.g. 25/12"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_dayEdit, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);

    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_error->setObjectName(QStringLiteral("closedServicesError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("<b>Closed every year on</b>"), this));
    layout->addWidget(m_days);
    layout->addLayout(addRow);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &ClosedServicesPage::addDay);
    connect(m_dayEdit, &QLineEdit::returnPressed, this, &ClosedServicesPage::addDay);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem*> selected = m_days->selectedItems();
        for (QListWidgetItem* item : selected)
            delete item;
        m_remove->setEnabled(false);
    });
    connect(m_days, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_days->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);

    // What is stored; a value not understood is shown as empty and replaced on OK.
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    const QString stored = settings->value(QLatin1String(OpeningSchedule::kSettingsKey)).toString();
    QString problem;
    const std::optional<OpeningSchedule> current = OpeningSchedule::parse(stored, &problem);
    QStringList notes;
    if (current) {
        for (int d = 1; d <= 7; ++d) {
            for (int s = 0; s < 2; ++s)
                m_closed[d][s]->setChecked(current->isClosedWeekly(d, s));
        }
        for (const int md : current->yearlyClosures())
            insertDay(md);
    } else {
        notes << tr("The stored value « %1 » is not understood (%2): every service is open until you save "
                    "this page.")
                     .arg(stored, problem);
    }
    if (AppPaths::isDemoDatabase())
        notes << tr("Demo mode shows the demo restaurant's closures; these are your restaurant's.");
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
}

ClosedServicesPage::~ClosedServicesPage() = default;

QCheckBox* ClosedServicesPage::closedBox(int weekday, int service) const
{
    return weekday >= 1 && weekday <= 7 && service >= 0 && service <= 1 ? m_closed[weekday][service]
                                                                        : nullptr;
}

QString ClosedServicesPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<int> ClosedServicesPage::parseDay(const QString& text)
{
    static const QRegularExpression dayMonth(QStringLiteral("^(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})$"));
    static const QRegularExpression monthDay(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    const QString t = text.trimmed();
    int day = 0;
    int month = 0;
    if (const QRegularExpressionMatch m = dayMonth.match(t); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
    } else if (const QRegularExpressionMatch m2 = monthDay.match(t); m2.hasMatch()) {
        month = m2.captured(1).toInt();
        day = m2.captured(2).toInt();
    } else {
        return std::nullopt;
    }
    if (!QDate(2024, month, day).isValid()) // a leap year: 29/02 is a day
        return std::nullopt;
    return month * 100 + day;
}

void ClosedServicesPage::insertDay(int monthDay)
{
    int row = 0;
    for (; row < m_days->count(); ++row) {
        const int at = m_days->item(row)->data(Qt::UserRole).toInt();
        if (at == monthDay)
            return;
        if (at > monthDay)
            break;
    }
    auto* item = new QListWidgetItem(dayLabel(monthDay));
    item->setData(Qt::UserRole, monthDay);
    m_days->insertItem(row, item);
}

void ClosedServicesPage::addDay()
{
    const QString text = m_dayEdit->text().trimmed();
    if (text.isEmpty())
        return;
    const std::optional<int> md = parseDay(text);
    if (!md) {
        showError(tr("« %1 » is not a day of the year: type the day and the month, e.g. 25/12.").arg(text),
                  m_dayEdit);
        return;
    }
    insertDay(*md);
    m_dayEdit->clear();
    showError(QString(), nullptr);
}

void ClosedServicesPage::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

std::optional<OpeningSchedule> ClosedServicesPage::schedule(QString* error) const
{
    OpeningSchedule schedule;
    bool allClosed = true;
    for (int d = 1; d <= 7; ++d) {
        for (int s = 0; s < 2; ++s) {
            if (m_closed[d][s]->isChecked())
                schedule.closeWeekly(d, s);
            else
                allClosed = false;
        }
    }
    if (allClosed) {
        if (error)
            *error = tr("Every service of the week is closed: leave at least one open.");
        return std::nullopt;
    }
    for (int row = 0; row < m_days->count(); ++row) {
        const int md = m_days->item(row)->data(Qt::UserRole).toInt();
        schedule.closeYearly(md / 100, md % 100);
    }
    // A day typed and not added: saved with the others when it is one.
    const QString typed = m_dayEdit->text().trimmed();
    if (!typed.isEmpty()) {
        const std::optional<int> md = parseDay(typed);
        if (!md) {
            if (error)
                *error =
                    tr("« %1 » is not a day of the year: type the day and the month, e.g. 25/12.").arg(typed);
            return std::nullopt;
        }
        schedule.closeYearly(*md / 100, *md % 100);
    }
    return schedule;
}

bool ClosedServicesPage::validate(QString* error)
{
    QString message;
    if (schedule(&message)) {
        showError(QString(), nullptr);
        return true;
    }
    const bool dayProblem = !m_dayEdit->text().trimmed().isEmpty() && !parseDay(m_dayEdit->text());
    showError(message, dayProblem ? static_cast<QWidget*>(m_dayEdit) : m_closed[1][0]);
    if (error)
        *error = message;
    return false;
}

void ClosedServicesPage::apply()
{
    const std::optional<OpeningSchedule> entered = schedule();
    if (!entered)
        return;
    {
        const std::unique_ptr<QSettings> settings = AppPaths::settings();
        settings->setValue(QLatin1String(OpeningSchedule::kSettingsKey), entered->toText());
        settings->sync();
    }
    Q_EMIT saved();
}

} // namespace Moulin
