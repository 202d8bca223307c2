#pragma once

// CSV export of any Ventes table, shaped for a French spreadsheet:
// - separator ';' when the locale's decimal point is ',' (French), ',' else;
// - UTF-8 WITH a byte-order mark, so Excel on Windows reads the accents
//   (LibreOffice and Numbers ignore it); CRLF line ends (RFC 4180);
// - first line = column titles; rows in the order the view shows them;
// - a field is quoted when it holds the separator, a quote, a line break or
//   leading/trailing spaces; quotes inside are doubled;
// - cells come from SalesRole::ExportRole when the model has it (amounts as
//   "12345,67", no currency, no grouping), else from the display text;
// - a text cell that starts with = + - @ and is not a number gets a leading
//   apostrophe, so a spreadsheet never runs it as a formula.

#include <QCoreApplication>
#include <QLocale>

class QAbstractItemModel;
class QWidget;

namespace Moulin {

class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CsvExport)

public:
    static QChar separatorFor(const QLocale& locale);
    /// One field, quoted if needed.
    static QString field(const QString& text, QChar separator);
    /// The whole file, BOM included.
    static QByteArray toCsv(const QAbstractItemModel* model, const QLocale& locale = QLocale());
    /// Writes atomically; on failure returns false with a translated reason.
    static bool writeFile(const QString& path, const QAbstractItemModel* model, QString* error = nullptr,
                          const QLocale& locale = QLocale());
    /// Asks where to save ("<suggestedName>.csv" in Documents), writes, and
    /// reports a failure in a message box. Returns the path written, or empty.
    static QString exportWithDialog(QWidget* parent, const QAbstractItemModel* model,
                                    const QString& suggestedName);
};

} // namespace Moulin
