#include "pos/ui/accountingexportdialog.h"

#include "common/core/apppaths.h"
#include "pos/core/fecexport.h"
#include "pos/core/possettings.h"
#include "pos/core/salesrepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Moulin {

namespace {
const QString kDirKey = QStringLiteral("pos/export_directory");
} // namespace

AccountingExportDialog::AccountingExportDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_fiscalYearEnd(new QDateEdit(this))
    , m_siren(new QLineEdit(this))
    , m_directory(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_fecButton(new QPushButton(tr("Export the &FEC"), this))
    , m_zButton(new QPushButton(tr("Export the daily &summary (CSV)"), this))
    , m_settingsButton(new QPushButton(tr("Open Settings ▸ &Accounting"), this))
{
    setWindowTitle(tr("Accounting export"));
    const QDate today = QDate::currentDate();
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    for (QDateEdit* edit : {m_from, m_to, m_fiscalYearEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_from->setDate(firstOfThisMonth.addMonths(-1));
    m_to->setDate(firstOfThisMonth.addDays(-1));
    m_fiscalYearEnd->setDate(QDate(m_to->date().year(), 12, 31));

    const auto settings = AppPaths::settings();
    m_siren->setText(PosSettings::load().siren);
    m_siren->setPlaceholderText(tr("9 digits, e.g. 732829320"));
    m_siren->setMaxLength(11);
    QString dir = settings->value(kDirKey).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_directory->setText(dir);
    auto* browse = new QPushButton(tr("&Browse…"), this);

    auto* form = new QFormLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    form->addRow(toLabel, m_to);
    auto* fyLabel = new QLabel(tr("Fiscal &year end:"), this);
    fyLabel->setBuddy(m_fiscalYearEnd);
    form->addRow(fyLabel, m_fiscalYearEnd);
    auto* sirenLabel = new QLabel(tr("S&IREN:"), this);
    sirenLabel->setBuddy(m_siren);
    form->addRow(sirenLabel, m_siren);
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_directory, 1);
    dirRow->addWidget(browse);
    auto* dirLabel = new QLabel(tr("F&older:"), this);
    dirLabel->setBuddy(m_directory);
    form->addRow(dirLabel, dirRow);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_settingsButton->setObjectName(QStringLiteral("accountingSettingsButton"));
    m_settingsButton->setAutoDefault(false);
    m_settingsButton->hide();
    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_settingsButton);
    settingsRow->addStretch(1);

    auto* explanation = new QLabel(
        tr("The FEC lists every sales entry of the period (sales per VAT rate, collected VAT, payments) in "
           "the "
           "format the tax administration requires. It is checked (balance, numbering, format) before it is "
           "written; nothing is written if a line is wrong."),
        this);
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_zButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_fecButton, QDialogButtonBox::ActionRole);
    m_fecButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(settingsRow);
    layout->addWidget(buttons);

    // The fiscal year usually ends on 31 December of the exported period's year.
    connect(m_to, &QDateEdit::dateChanged, this,
            [this](const QDate& to) { m_fiscalYearEnd->setDate(QDate(to.year(), 12, 31)); });
    connect(browse, &QPushButton::clicked, this, &AccountingExportDialog::chooseDirectory);
    connect(m_fecButton, &QPushButton::clicked, this, [this] { exportFec(); });
    connect(m_zButton, &QPushButton::clicked, this, [this] { exportDailySummary(); });
    connect(m_settingsButton, &QPushButton::clicked, this,
            &AccountingExportDialog::accountingSettingsRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void AccountingExportDialog::setOutputDirectory(const QString& dir)
{
    m_directory->setText(dir);
}

void AccountingExportDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void AccountingExportDialog::setSiren(const QString& siren)
{
    m_siren->setText(siren);
}

QString AccountingExportDialog::statusText() const
{
    return m_status->text();
}

void AccountingExportDialog::chooseDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_directory->text());
    if (!dir.isEmpty())
        m_directory->setText(dir);
}

void AccountingExportDialog::showResult(bool ok, const QString& text)
{
    m_status->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #b02a1e;"));
    m_status->setText(text);
}

bool AccountingExportDialog::checkCommon()
{
    m_settingsButton->hide();
    if (m_from->date() > m_to->date()) {
        showResult(false, tr("The start date is after the end date."));
        return false;
    }
    const QDir dir(m_directory->text());
    if (m_directory->text().isEmpty() || !dir.exists()) {
        showResult(false, tr("The folder \"%1\" does not exist.").arg(m_directory->text()));
        return false;
    }
    AppPaths::settings()->setValue(kDirKey, m_directory->text());
    return true;
}

bool AccountingExportDialog::exportFec()
{
    if (!checkCommon())
        return false;
    const QString siren = m_siren->text().remove(QLatin1Char(' '));
    if (!FecExport::isValidSiren(siren)) {
        showResult(
            false,
            tr("\"%1\" is not a valid SIREN: 9 digits with a valid check digit.").arg(m_siren->text()));
        m_siren->setFocus();
        return false;
    }
    PosSettings posSettings = PosSettings::load();
    posSettings.siren = siren;
    posSettings.save();

    const FecDocument document =
        FecExport::build(m_db, SalesPeriod{m_from->date(), m_to->date()}, FecMapping::load(), siren,
                         m_fiscalYearEnd->date(), QDate::currentDate());
    QString path;
    QList<FecIssue> issues;
    if (!FecExport::write(document, m_directory->text(), &path, &issues)) {
        QStringList lines;
        for (const FecIssue& issue : std::as_const(issues).mid(0, 10))
            lines.append(issue.line > 0 ? tr("line %1: %2").arg(issue.line).arg(issue.message)
                                        : issue.message);
        showResult(false, tr("The FEC was not written:") + QStringLiteral("\n• ") +
                              lines.join(QStringLiteral("\n• ")));
        // Accounts are what Settings ▸ Accounting sets; a non-French rate is
        // corrected on the till, but the page shows it too.
        m_settingsButton->setVisible(!document.unmappedPaymentCodes.isEmpty() ||
                                     !document.unmappedRates.isEmpty());
        return false;
    }
    QString text = tr("FEC written: %1 (%n entry line(s)).", nullptr, static_cast<int>(document.lines.size()))
                       .arg(QDir::toNativeSeparators(path));
    if (!document.warnings.isEmpty())
        text += QStringLiteral("\n") + document.warnings.join(QStringLiteral("\n"));
    showResult(true, text);
    return true;
}

bool AccountingExportDialog::exportDailySummary()
{
    if (!checkCommon())
        return false;
    const QByteArray csv = ZReport::csv(m_db, SalesPeriod{m_from->date(), m_to->date()});
    const QString path = QDir(m_directory->text())
                             .filePath(QStringLiteral("Z-caisse-%1-%2.csv")
                                           .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                                m_to->date().toString(QStringLiteral("yyyyMMdd"))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showResult(false,
                   tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showResult(true, tr("Daily summary written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Moulin
