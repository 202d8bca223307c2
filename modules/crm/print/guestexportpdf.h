#pragma once

// One guest's GDPR export (GuestPrivacy::exportGuest()) as a readable PDF, in
// the application's language (French): A4 portrait, the guest's name, then
// sections — profile, consents with their date and source, identities,
// visits with their tables and spend, bookings with their requests,
// receipts with their lines, loyalty, merges — flowing over as many pages as
// needed, each page numbered. Needs a QGuiApplication (fonts).

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Moulin {

class GuestExportPdf
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::GuestExportPdf)

public:
    /// Writes the PDF of `document` to `path`; false and `*error` when it cannot.
    static bool write(const QString& path, const QJsonObject& document, const QString& restaurantName,
                      QString* error);
};

} // namespace Moulin
