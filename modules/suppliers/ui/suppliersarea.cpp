#include "suppliers/ui/suppliersarea.h"

#include "common/core/database.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/core/eancomwriter.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderreader.h"
#include "suppliers/print/orderpdf.h"
#include "suppliers/ui/supplierstab.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

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
    struct Document
    {
        StoredOrder stored;
        Order order;
    };
    QList<Document> documents;
    QStringList problems;
    const QList<StoredOrder> all = SupplierStore::orders(db);
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // oldest first
        if (it->issueDate < args.from || it->issueDate > args.to)
            continue;
        Ubl::ReadError error;
        std::optional<Order> order = UblOrderReader::read(it->ubl, &error);
        if (!order) {
            problems << tr("order %1 of %2: its stored UBL cannot be read: %3")
                            .arg(it->id, it->supplierId, error.toString());
            continue;
        }
        order->supplierId = it->supplierId;
        documents.append({*it, *order});
    }
    if (!problems.isEmpty()) {
        print(err, tr("The orders were not exported:"));
        for (const QString& problem : std::as_const(problems))
            print(err, QStringLiteral("  • ") + problem);
        return 1;
    }
    if (documents.isEmpty()) {
        print(err, tr("No supplier order was issued between %1 and %2.")
                       .arg(args.from.toString(Qt::ISODate), args.to.toString(Qt::ISODate)));
        return 1;
    }
    const QDir root(QFileInfo(args.out).absoluteFilePath());
    auto safe = [](QString name) {
        for (QChar& c : name)
            if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
                c = u'_';
        return name;
    };
    auto write = [&](const QString& path, const QByteArray& bytes) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            print(err, tr("Could not create the folder %1.").arg(QFileInfo(path).absolutePath()));
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            print(err, tr("Could not write %1: %2").arg(path, file.errorString()));
            return false;
        }
        print(out, path);
        return true;
    };
    for (const Document& d : std::as_const(documents)) {
        const QDir dir(root.filePath(safe(d.stored.supplierId)));
        if (!write(dir.filePath(safe(d.stored.id) + QStringLiteral(".xml")), d.stored.ubl) ||
            !write(dir.filePath(OrderPdf::fileName(d.order)), OrderPdf::render(d.order)))
            return 1;
        if (eancom) {
            const QDateTime prepared = d.stored.createdAt.isValid() ? d.stored.createdAt.toLocalTime()
                                                                    : d.order.issueDate.startOfDay();
            if (!write(dir.filePath(safe(d.stored.id) + QStringLiteral(".edi")),
                       EancomOrderWriter::write(d.order, prepared)))
                return 1;
        }
    }
    return 0;
}

} // namespace Moulin
