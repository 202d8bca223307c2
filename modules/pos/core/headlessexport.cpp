#include "pos/core/headlessexport.h"

#include "pos/core/fecexport.h"
#include "pos/core/possettings.h"
#include "pos/core/salesrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Moulin {

namespace {

HeadlessExportResult badArguments(const QString& problem)
{
    HeadlessExportResult result;
    result.status = HeadlessExportResult::Status::BadArguments;
    result.problems.append(problem);
    return result;
}

} // namespace

QString HeadlessExport::dailySummaryFileName(const QDate& from, const QDate& to)
{
    return QStringLiteral("Z-caisse-%1-%2.csv")
        .arg(from.toString(QStringLiteral("yyyyMMdd")), to.toString(QStringLiteral("yyyyMMdd")));
}

HeadlessExportResult HeadlessExport::run(QSqlDatabase db, const HeadlessExportRequest& request)
{
    using Kind = HeadlessExportRequest::Kind;
    if (!request.from.isValid() || !request.to.isValid())
        return badArguments(tr("The period needs a start and an end date."));
    if (request.from > request.to)
        return badArguments(tr("The start date is after the end date."));
    if (request.directory.isEmpty())
        return badArguments(tr("No folder to write to."));

    QString siren;
    QDate fiscalYearEnd;
    if (request.kind == Kind::Fec) {
        siren = request.siren.isEmpty() ? PosSettings::load().siren : request.siren;
        siren.remove(QLatin1Char(' '));
        if (siren.isEmpty())
            return badArguments(tr("No SIREN: give it with --siren (9 digits), or save it once in the window "
                                   "(File ▸ Accounting export (FEC))."));
        if (!FecExport::isValidSiren(siren))
            return badArguments(
                tr("\"%1\" is not a valid SIREN: 9 digits with a valid check digit.").arg(siren));
        fiscalYearEnd =
            request.fiscalYearEnd.isValid() ? request.fiscalYearEnd : QDate(request.to.year(), 12, 31);
        if (fiscalYearEnd < request.to)
            return badArguments(
                tr("The fiscal year ends (%1) before the end of the period (%2).")
                    .arg(fiscalYearEnd.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    }

    HeadlessExportResult result;
    const QDir dir(request.directory);
    if (!dir.exists() && !QDir().mkpath(request.directory)) {
        result.problems.append(tr("The folder \"%1\" does not exist and could not be created.")
                                   .arg(QDir::toNativeSeparators(request.directory)));
        return result;
    }

    const SalesPeriod period{request.from, request.to};
    QString path;
    if (request.kind == Kind::Fec) {
        const QDate validated =
            request.validationDate.isValid() ? request.validationDate : QDate::currentDate();
        const FecDocument document =
            FecExport::build(db, period, FecMapping::load(), siren, fiscalYearEnd, validated);
        result.warnings = document.warnings;
        QList<FecIssue> issues;
        if (!FecExport::write(document, request.directory, &path, &issues)) {
            for (const FecIssue& issue : std::as_const(issues))
                result.problems.append(issue.line > 0 ? tr("line %1: %2").arg(issue.line).arg(issue.message)
                                                      : issue.message);
            if (result.problems.isEmpty())
                result.problems.append(tr("The FEC was not written."));
            return result;
        }
    } else {
        const QByteArray csv = ZReport::csv(db, period);
        if (csv.isEmpty()) {
            result.problems.append(tr("The daily summary could not be built from the local database."));
            return result;
        }
        path = dir.filePath(dailySummaryFileName(request.from, request.to));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            result.problems.append(
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return result;
        }
    }
    result.status = HeadlessExportResult::Status::Written;
    result.path = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return result;
}

} // namespace Moulin
