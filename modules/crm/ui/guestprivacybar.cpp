#include "crm/ui/guestprivacybar.h"

#include "common/core/database.h"
#include "common/core/guestactivitysources.h"
#include "common/core/readinterfaces.h"
#include "common/core/restaurantidentity.h"
#include "crm/core/guestprivacy.h"
#include "crm/print/guestexportpdf.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Moulin {

namespace {

std::optional<QJsonObject> exportOf(qint64 id, QString* error)
{
    QSqlDatabase db = Database::connection();
    const auto book = ReadInterfaces::get<GuestBookSource>();
    const auto till = ReadInterfaces::get<ReceiptSource>();
    return GuestPrivacy().exportGuest(db, id, book.get(), till.get(), error);
}

} // namespace

GuestPrivacyBar::GuestPrivacyBar(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_json(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_erase(new QPushButton(this))
{
    m_json->setObjectName(QStringLiteral("gdprExportJson"));
    m_pdf->setObjectName(QStringLiteral("gdprExportPdf"));
    m_erase->setObjectName(QStringLiteral("gdprErase"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_json);
    layout->addWidget(m_pdf);
    layout->addStretch();
    layout->addWidget(m_erase);
    connect(m_json, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_erase, &QPushButton::clicked, this, &GuestPrivacyBar::askErase);
    retranslateUi();
    setProfile(0, QString());
}

void GuestPrivacyBar::setProfile(qint64 id, const QString& name)
{
    m_id = id;
    m_name = name;
    for (QPushButton* b : {m_json, m_pdf, m_erase})
        b->setEnabled(id > 0);
}

bool GuestPrivacyBar::exportJson(const QString& path, QString* error) const
{
    const std::optional<QJsonObject> doc = exportOf(m_id, error);
    if (!doc)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(*doc).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool GuestPrivacyBar::exportPdf(const QString& path, QString* error) const
{
    const std::optional<QJsonObject> doc = exportOf(m_id, error);
    if (!doc)
        return false;
    return GuestExportPdf::write(path, *doc, RestaurantIdentity::current().displayName(), error);
}

bool GuestPrivacyBar::erase(QString* error)
{
    QSqlDatabase db = Database::connection();
    if (!GuestPrivacy().erase(db, m_id, error))
        return false;
    setProfile(0, QString());
    Q_EMIT erased();
    return true;
}

QString GuestPrivacyBar::confirmationText(const QString& name)
{
    return tr("<p><b>Erase %1 everywhere in Moulin?</b></p>"
              "<p><b>Erased:</b> the guest's profile with their names, e-mail, phone number, language, "
              "consents, allergies, notes, tags and rewards; in the reservation book, the names, contact "
              "details, requests and notes of their bookings; their name on the till's receipts. Moulin also "
              "asks Brevo to delete the contact.</p>"
              "<p><b>Kept, without the name:</b> the bookings' dates, party sizes, statuses and tables (the "
              "statistics and the table plan), and the receipts' amounts (the accounts and the FEC are "
              "unchanged).</p>"
              "<p>If this guest books again, the new booking appears in the book as usual and starts a new "
              "profile, without the erased history; their old bookings synced again from a platform do not "
              "bring the profile back. Ask the booking platforms to erase the guest too.</p>"
              "<p>This cannot be undone.</p>")
        .arg(name.toHtmlEscaped());
}

void GuestPrivacyBar::askExport(bool pdf)
{
    if (m_id <= 0)
        return;
    QString base = m_name;
    base.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("personal-data") + QLatin1Char('-') + base +
                                            (pdf ? QStringLiteral(".pdf") : QStringLiteral(".json")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the guest's data (PDF)") : tr("Export the guest's data (JSON)"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportJson(path, &error)))
        QMessageBox::warning(this, tr("Export the guest's data"), error);
}

void GuestPrivacyBar::askErase()
{
    if (m_id <= 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Erase the guest"), confirmationText(m_name),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::RichText);
    QPushButton* confirm = box.addButton(tr("Erase everywhere"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    QString error;
    if (!erase(&error))
        QMessageBox::warning(this, tr("Erase the guest"), tr("The guest was not erased: %1").arg(error));
}

void GuestPrivacyBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GuestPrivacyBar::retranslateUi()
{
    m_title->setText(tr("GDPR:"));
    m_json->setText(tr("Export (JSON)…"));
    m_pdf->setText(tr("Export (PDF)…"));
    m_erase->setText(tr("Erase this guest…"));
    m_erase->setToolTip(tr("Erase the guest everywhere in Moulin and ask Brevo to delete the contact"));
}

} // namespace Moulin
