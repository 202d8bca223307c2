#pragma once

// Settings of the sales area, in AppPaths::settings() under "pos/":
//   pos/time_zone       the restaurant's time zone (days, hours, services)
//   pos/backfill_days   history fetched by the first sales sync
//   pos/siren           the company's SIREN (FEC file name)
//   pos/fec_mapping     JSON override of the FEC account mapping (fecexport.h)

#include <QByteArray>
#include <QString>

namespace Moulin {

struct PosSettings
{
    static constexpr int kDefaultBackfillDays = 730;
    static constexpr int kMaxBackfillDays = 3660;

    QString timeZone = QStringLiteral("Europe/Paris");
    int backfillDays = kDefaultBackfillDays;
    QString siren;
    QByteArray fecMappingJson; ///< empty: the built-in mapping

    static PosSettings load();
    bool save() const;
};

} // namespace Moulin
