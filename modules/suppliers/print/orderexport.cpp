#include "suppliers/print/orderexport.h"

#include "suppliers/core/eancomwriter.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderreader.h"
#include "suppliers/print/orderpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Moulin {

namespace {

QString safeName(QString name)
{
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    return name;
}

} // namespace

SupplierOrderExport::Result SupplierOrderExport::run(QSqlDatabase& db, const Request& request)
{
    Result result;
    struct Document
    {
        StoredOrder stored;
        Order order;
    };
    QList<Document> documents;
    const bool one = !request.orderId.isEmpty();
    const QList<StoredOrder> all = SupplierStore::orders(db);
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // oldest first
        if (one ? (it->id != request.orderId || it->supplierId != request.supplierId)
                : (it->issueDate < request.from || it->issueDate > request.to))
            continue;
        Ubl::ReadError error;
        std::optional<Order> order = UblOrderReader::read(it->ubl, &error);
        if (!order) {
            result.problems << tr("order %1 of %2: its stored UBL cannot be read: %3")
                                   .arg(it->id, it->supplierId, error.toString());
            continue;
        }
        order->supplierId = it->supplierId;
        documents.append({*it, *order});
    }
    if (!result.problems.isEmpty())
        return result;
    if (documents.isEmpty()) {
        result.status = Result::Status::NothingToExport;
        result.problems << (one ? tr("There is no order %1 of %2.").arg(request.orderId, request.supplierId)
                                : tr("No supplier order was issued between %1 and %2.")
                                      .arg(request.from.toString(Qt::ISODate),
                                           request.to.toString(Qt::ISODate)));
        return result;
    }
    const QDir root(QFileInfo(request.directory).absoluteFilePath());
    auto write = [&](const QString& path, const QByteArray& bytes) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            result.problems << tr("Could not create the folder %1.").arg(QFileInfo(path).absolutePath());
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            result.problems << tr("Could not write %1: %2").arg(path, file.errorString());
            return false;
        }
        result.files << path;
        return true;
    };
    for (const Document& d : std::as_const(documents)) {
        const QDir dir(root.filePath(safeName(d.stored.supplierId)));
        if (!write(dir.filePath(safeName(d.stored.id) + QStringLiteral(".xml")), d.stored.ubl) ||
            !write(dir.filePath(OrderPdf::fileName(d.order)), OrderPdf::render(d.order)))
            return result;
        if (request.eancom) {
            const QDateTime prepared = d.stored.createdAt.isValid() ? d.stored.createdAt.toLocalTime()
                                                                    : d.order.issueDate.startOfDay();
            if (!write(dir.filePath(safeName(d.stored.id) + QStringLiteral(".edi")),
                       EancomOrderWriter::write(d.order, prepared)))
                return result;
        }
    }
    result.status = Result::Status::Written;
    return result;
}

} // namespace Moulin
