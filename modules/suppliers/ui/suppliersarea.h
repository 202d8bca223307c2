#pragma once

#include "common/runtime/area.h"

#include <QCoreApplication>

namespace Moulin {

/// The suppliers area as the application lists it: its connectors and its tab.
class SuppliersArea final : public Area
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SuppliersArea)

public:
    QString id() const override { return QStringLiteral("suppliers"); }
    void registerConnectors() override;
    QList<AreaTab> createTabs(AreaHost* host) override;
    /// Paramètres ▸ Envoi des commandes par e-mail (EmailOrdersPage).
    void extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime) override;
    /// `moulin --export orders --from D --to D --out DIR [--format eancom]`:
    /// every supplier order issued in the period, as
    /// DIR/<supplier>/<order>.xml (the UBL bytes stored and sent) and
    /// DIR/<supplier>/bon-de-commande-<order>.pdf (and <order>.edi, EANCOM
    /// ORDERS D.01B, with --format eancom); prints each file written. 1 when
    /// the period has no order or a stored order cannot be read (nothing
    /// written), 2 for bad arguments.
    int headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err) override;
};

} // namespace Moulin
