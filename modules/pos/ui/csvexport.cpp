#include "pos/ui/csvexport.h"

#include "pos/ui/salesmodels.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace Moulin {

namespace {

bool looksNumeric(const QString& text)
{
    bool ok = false;
    QString t = text;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    t.toDouble(&ok);
    return ok;
}

} // namespace

QChar CsvExport::separatorFor(const QLocale& locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString CsvExport::field(const QString& text, QChar separator)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if ((first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
             first == QLatin1Char('@')) &&
            !looksNumeric(value))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(separator) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvExport::toCsv(const QAbstractItemModel* model, const QLocale& locale)
{
    const QChar sep = separatorFor(locale);
    const QString eol = QStringLiteral("\r\n");
    QString out;
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    out.reserve((rows + 1) * columns * 12);
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out += sep;
        out += field(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), sep);
    }
    out += eol;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += sep;
            const QModelIndex index = model->index(r, c);
            QVariant value = index.data(SalesRole::ExportRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            out += field(value.toString(), sep);
        }
        out += eol;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool CsvExport::writeFile(const QString& path, const QAbstractItemModel* model, QString* error,
                          const QLocale& locale)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(toCsv(model, locale));
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString CsvExport::exportWithDialog(QWidget* parent, const QAbstractItemModel* model,
                                    const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export as CSV"),
                                                QDir(folder).filePath(suggestedName + QStringLiteral(".csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (!writeFile(path, model, &error)) {
        QMessageBox::warning(parent, tr("Export as CSV"), error);
        return QString();
    }
    return path;
}

} // namespace Moulin
