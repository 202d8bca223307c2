#include "reservation/ui/capacityrulespage.h"

#include "common/core/apppaths.h"
#include "reservation/core/booking.h"
#include "reservation/tableplan/serviceautoassign.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Moulin {

CapacityRulesPage::CapacityRulesPage(QWidget* parent)
    : SettingsSection(parent)
    , m_turnTimes(new QLineEdit(this))
    , m_reset(new QSpinBox(this))
    , m_pacing{new QSpinBox(this), new QSpinBox(this)}
    , m_zones(new QLineEdit(this))
    , m_autoAssign(new QCheckBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("capacityRulesSettings"));
    auto* intro =
        new QLabel(tr("The rules every seating in the Service tab is held to. A placement that breaks "
                      "one is refused with the reason; the host may still force it, and that is kept "
                      "in the booking's history."),
                   this);
    intro->setWordWrap(true);

    m_turnTimes->setObjectName(QStringLiteral("turnTimes"));
    m_turnTimes->setPlaceholderText(QStringLiteral("2:90, 4:105, 6:135"));
    m_turnTimes->setToolTip(
        tr("Party size and minutes at the table, from the smallest party: « 2:90, 6:135 » "
           "gives 1 h 30 to a party of 1 or 2, 2 h 15 from 6 on."));
    m_reset->setObjectName(QStringLiteral("resetMinutes"));
    m_reset->setRange(0, 60);
    m_reset->setSuffix(tr(" min"));
    for (int s = 0; s < 2; ++s) {
        m_pacing[s]->setObjectName(QStringLiteral("pacing-%1").arg(s));
        m_pacing[s]->setRange(0, 400);
        m_pacing[s]->setSpecialValueText(tr("no limit"));
        m_pacing[s]->setSuffix(tr(" covers"));
    }
    m_zones->setObjectName(QStringLiteral("closedZones"));
    m_zones->setPlaceholderText(tr("e.g. terrasse"));
    m_zones->setToolTip(tr("Zones whose tables are not offered, separated by commas."));

    auto* form = new QFormLayout;
    form->addRow(tr("Time at the table by party size:"), m_turnTimes);
    form->addRow(tr("Reset between two parties:"), m_reset);
    form->addRow(tr("Pacing at lunch (per quarter hour):"), m_pacing[0]);
    form->addRow(tr("Pacing at dinner (per quarter hour):"), m_pacing[1]);
    form->addRow(tr("Closed zones:"), m_zones);
    m_autoAssign->setObjectName(QStringLiteral("autoAssign"));
    m_autoAssign->setText(tr("Assign a table automatically when a booking arrives or changes"));
    m_autoAssign->setToolTip(
        tr("A booking that comes in (a platform, the booking site, the phone) or changes for a service is "
           "placed at once with the others of the service still without a table; the bookings already "
           "placed stay where they are unless moving one is the only way. Each placement is written in the "
           "Service tab's log."));
    form->addRow(QString(), m_autoAssign);

    m_error->setObjectName(QStringLiteral("capacityRulesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    const CapacityRules stored = CapacityRules::load(*settings);
    m_turnTimes->setText(CapacityRules::turnTimesText(stored.turnTimes));
    m_reset->setValue(stored.resetMinutes);
    for (int s = 0; s < 2; ++s)
        m_pacing[s]->setValue(stored.pacing[s]);
    m_zones->setText(stored.closedZones.join(QStringLiteral(", ")));
    m_autoAssign->setChecked(settings->value(QLatin1String(ServiceAutoAssign::kSettingsKey), false).toBool());
    connect(m_turnTimes, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

CapacityRulesPage::~CapacityRulesPage() = default;

std::optional<CapacityRules> CapacityRulesPage::rules(QString* error) const
{
    CapacityRules r;
    QString why;
    const std::optional<TurnTimeRule> turns = CapacityRules::parseTurnTimes(m_turnTimes->text(), &why);
    if (!turns) {
        if (error)
            *error = tr("Time at the table: %1").arg(why);
        return std::nullopt;
    }
    r.turnTimes = *turns;
    r.resetMinutes = m_reset->value();
    for (int s = 0; s < 2; ++s)
        r.pacing[s] = m_pacing[s]->value();
    for (const QString& zone : m_zones->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString z = zone.trimmed();
        if (!z.isEmpty() && !r.closedZones.contains(z))
            r.closedZones.append(z);
    }
    return r;
}

bool CapacityRulesPage::validate(QString* error)
{
    QString why;
    if (!rules(&why)) {
        m_error->setText(why);
        m_error->show();
        m_turnTimes->setFocus(Qt::OtherFocusReason);
        if (error)
            *error = why;
        return false;
    }
    m_error->hide();
    return true;
}

void CapacityRulesPage::apply()
{
    const std::optional<CapacityRules> r = rules();
    if (!r)
        return;
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    r->save(*settings);
    settings->setValue(QLatin1String(ServiceAutoAssign::kSettingsKey), m_autoAssign->isChecked());
    settings->sync();
    Q_EMIT saved();
}

QString CapacityRulesPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Moulin
