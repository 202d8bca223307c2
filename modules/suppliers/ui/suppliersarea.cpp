#include "suppliers/ui/suppliersarea.h"

#include "common/core/database.h"
#include "common/runtime/connectorruntime.h"
#include "common/ui/settingsdialog.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/print/orderexport.h"
#include "suppliers/ui/emailorderspage.h"
#include "suppliers/ui/supplierstab.h"

#include <QGuiApplication>

namespace Moulin {

void SuppliersArea::registerConnectors()
{
    registerSupplierConnectors();
}

QList<AreaTab> SuppliersArea::createTabs(AreaHost* host)
{
    auto* tab = new SuppliersTab;
    tab->setObjectName(QStringLiteral("suppliersTab"));
    QObject::connect(tab, &SuppliersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    return {{tab, [] { return tr("Su&ppliers"); }, [] { return tr("Catalogues, orders and deliveries"); }}};
}

void SuppliersArea::extendSettings(SettingsDialog* dialog, ConnectorRuntime* runtime)
{
    dialog->addSection(tr("E-mail orders"), new EmailOrdersPage(runtime ? runtime->credentials() : nullptr));
}

int SuppliersArea::headlessExport(const HeadlessExportArgs& args, std::FILE* out, std::FILE* err)
{
    if (args.kind != QLatin1String("orders"))
        return -1;
    auto print = [](std::FILE* stream, const QString& line) {
        std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stream);
        std::fflush(stream);
    };
    const bool eancom = args.format == QLatin1String("eancom");
    if (!args.from.isValid() || !args.to.isValid() || args.from > args.to) {
        print(err, tr("--export orders needs a period: --from and --to (YYYY-MM-DD), --from first."));
        return 2;
    }
    if (!args.format.isEmpty() && !eancom && args.format != QLatin1String("ubl")) {
        print(err, tr("--format: \"%1\" is neither ubl nor eancom.").arg(args.format));
        return 2;
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        print(err, tr("The orders' PDFs need the graphical libraries (a QGuiApplication)."));
        return 1;
    }
    QSqlDatabase db = Database::connection();
    SupplierOrderExport::Request request;
    request.from = args.from;
    request.to = args.to;
    request.directory = args.out;
    request.eancom = eancom;
    const SupplierOrderExport::Result result = SupplierOrderExport::run(db, request);
    for (const QString& file : result.files)
        print(out, file);
    switch (result.status) {
    case SupplierOrderExport::Result::Status::Written:
        return 0;
    case SupplierOrderExport::Result::Status::NothingToExport:
        for (const QString& problem : result.problems)
            print(err, problem);
        return 1;
    case SupplierOrderExport::Result::Status::Refused:
        break;
    }
    print(err, tr("The orders were not exported:"));
    for (const QString& problem : result.problems)
        print(err, QStringLiteral("  • ") + problem);
    return 1;
}

} // namespace Moulin
