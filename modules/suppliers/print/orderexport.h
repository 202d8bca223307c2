#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Moulin {

/// The supplier orders of a period as files, for the accountant or an
/// archive (`moulin --export orders`, and the tab's export): for every order
/// issued from `from` to `to` (inclusive), DIR/<supplier>/<order>.xml (the
/// UBL bytes stored and sent, unchanged), DIR/<supplier>/bon-de-commande-
/// <order>.pdf (OrderPdf) and, with EANCOM, DIR/<supplier>/<order>.edi
/// (EANCOM ORDERS D.01B). Every stored order is read first: one that cannot
/// be read stops the export before anything is written. Needs a
/// QGuiApplication (the PDFs' fonts).
class SupplierOrderExport
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SupplierOrderExport)

public:
    struct Request
    {
        QDate from;
        QDate to;
        QString directory;
        bool eancom = false;
        /// Only this supplier's order `orderId` (both empty: the period's).
        QString supplierId;
        QString orderId;
    };
    struct Result
    {
        enum class Status
        {
            Written,
            NothingToExport,
            Refused, ///< unreadable orders, or a file that could not be written
        };
        Status status = Status::Refused;
        QStringList files;    ///< written, absolute paths
        QStringList problems; ///< translated
    };

    static Result run(QSqlDatabase& db, const Request& request);
};

} // namespace Moulin
