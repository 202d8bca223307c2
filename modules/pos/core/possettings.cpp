#include "pos/core/possettings.h"

#include "common/core/apppaths.h"

#include <QSettings>
#include <QTimeZone>

#include <algorithm>

namespace Moulin {

PosSettings PosSettings::load()
{
    PosSettings s;
    const auto settings = AppPaths::settings();
    const QString zone = settings->value(QStringLiteral("pos/time_zone"), s.timeZone).toString();
    if (QTimeZone(zone.toUtf8()).isValid())
        s.timeZone = zone;
    s.backfillDays = std::clamp(settings->value(QStringLiteral("pos/backfill_days"), s.backfillDays).toInt(),
                                1, kMaxBackfillDays);
    s.siren = settings->value(QStringLiteral("pos/siren")).toString();
    s.fecMappingJson = settings->value(QStringLiteral("pos/fec_mapping")).toByteArray();
    return s;
}

bool PosSettings::save() const
{
    const auto settings = AppPaths::settings();
    settings->setValue(QStringLiteral("pos/time_zone"), timeZone);
    settings->setValue(QStringLiteral("pos/backfill_days"), backfillDays);
    settings->setValue(QStringLiteral("pos/siren"), siren);
    if (fecMappingJson.isEmpty())
        settings->remove(QStringLiteral("pos/fec_mapping"));
    else
        settings->setValue(QStringLiteral("pos/fec_mapping"), fecMappingJson);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

} // namespace Moulin
