#pragma once

// The accounting exports without a window (`moulin --export fec|z`): the same
// files as File ▸ Accounting export (FEC)…, from the local database.

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Moulin {

struct HeadlessExportRequest
{
    enum class Kind
    {
        Fec,          ///< the FEC (FecExport), validated before it is written
        DailySummary, ///< the "Z de caisse" CSV (ZReport)
    };
    Kind kind = Kind::Fec;
    QDate from;
    QDate to; ///< inclusive
    /// FEC: the SIREN (spaces allowed); empty: PosSettings::siren.
    QString siren;
    /// FEC: the fiscal year's last day; invalid: 31 December of `to`'s year.
    QDate fiscalYearEnd;
    /// The folder to write to; created when missing.
    QString directory;
    /// FEC: ValidDate of the entries (the export's date); invalid: today.
    QDate validationDate;
};

struct HeadlessExportResult
{
    enum class Status
    {
        Written,      ///< `path` was written
        BadArguments, ///< the request cannot be run (dates, SIREN…): `problems` says why
        Refused,      ///< nothing was written: `problems` lists why (validation, I/O)
    };
    Status status = Status::Refused;
    QString path;         ///< the file written (absolute, native separators)
    QStringList problems; ///< translated, one per issue ("line 3: …" when it has a line)
    QStringList warnings; ///< translated (FecDocument::warnings); also when refused
};

class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::HeadlessExport)

public:
    /// Builds and writes the export of `request` from `db`. Never asks
    /// anything and never writes a file that did not pass the checks.
    static HeadlessExportResult run(QSqlDatabase db, const HeadlessExportRequest& request);

    /// "Z-caisse-<AAAAMMJJ>-<AAAAMMJJ>.csv", as the dialog names it.
    static QString dailySummaryFileName(const QDate& from, const QDate& to);
};

} // namespace Moulin
