#include "reservation/ui/webhooksettingspage.h"

#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "reservation/connectors/thefork/theforkwebhook.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Moulin {

namespace {

QWidget* withBrowse(QLineEdit* edit, const QString& title, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(WebhookSettingsPage::tr("Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, title] {
        const QString file = QFileDialog::getOpenFileName(
            edit, title, edit->text(),
            WebhookSettingsPage::tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    return row;
}

} // namespace

WebhookSettingsPage::WebhookSettingsPage(ConnectorRuntime* runtime, QWidget* parent)
    : SettingsSection(parent)
    , m_runtime(runtime)
    , m_enabled(new QCheckBox(tr("Receive bookings as they are made (webhooks)"), this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_addresses(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("webhookSettings"));
    QString ignored;
    const std::unique_ptr<QSettings> stored = AppPaths::settings();
    const WebhookReceiverSettings current =
        WebhookReceiverSettings::fromSettings(*stored, &ignored).value_or(WebhookReceiverSettings());
    m_enabled->setChecked(current.enabled);
    m_address->setText(current.address.toString());
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port == 0 ? 8787 : current.port);
    m_certificate->setText(current.certificatePath);
    m_key->setText(current.keyPath);
    m_certificate->setPlaceholderText(tr("none: plain HTTP (behind a proxy that adds TLS)"));

    auto* intro =
        new QLabel(tr("The booking site and TheFork send each booking to this computer the moment it "
                      "is made. Off, Moulin still reads them at each synchronisation."),
                   this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Listen on address:"), m_address);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("TLS certificate:"), withBrowse(m_certificate, tr("TLS certificate"), this));
    form->addRow(tr("TLS private key:"), withBrowse(m_key, tr("TLS private key"), this));
    m_addresses->setWordWrap(true);
    m_addresses->setTextFormat(Qt::PlainText);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setObjectName(QStringLiteral("webhookAddresses"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Addresses to give</b>"), this));
    layout->addWidget(m_addresses);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_address, m_certificate})
        connect(edit, &QLineEdit::textChanged, this, &WebhookSettingsPage::updateAddresses);
    connect(m_port, &QSpinBox::valueChanged, this, &WebhookSettingsPage::updateAddresses);
    connect(m_enabled, &QCheckBox::toggled, this, &WebhookSettingsPage::updateAddresses);

    // TheFork's URL carries its token (kept in the keychain).
    if (m_runtime && m_runtime->credentials() && m_runtime->webhooks()) {
        for (const QString& path : m_runtime->webhooks()->routePaths()) {
            const QString id = path.section(QLatin1Char('/'), -1);
            if (id != QLatin1String("thefork"))
                continue;
            m_runtime->credentials()->read(id, TheForkWebhook::tokenKey(), this,
                                           [this, id](const CredentialStore::Outcome& outcome) {
                                               if (outcome.ok()) {
                                                   m_tokens.insert(id, outcome.secret);
                                                   updateAddresses();
                                               }
                                           });
        }
    }
    updateAddresses();
}

WebhookSettingsPage::~WebhookSettingsPage() = default;

QString WebhookSettingsPage::addressesText() const
{
    return m_addresses->text();
}

void WebhookSettingsPage::updateAddresses()
{
    const QString scheme =
        m_certificate->text().trimmed().isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    QString host = m_address->text().trimmed();
    if (host.isEmpty() || host == QLatin1String("0.0.0.0"))
        host = tr("<this computer's address>");
    const QString base = QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_port->value());
    QStringList paths =
        m_runtime && m_runtime->webhooks() ? m_runtime->webhooks()->routePaths() : QStringList();
    if (paths.isEmpty())
        paths = {QStringLiteral("/webhooks/website")};
    QStringList lines;
    for (const QString& path : std::as_const(paths)) {
        const QString id = path.section(QLatin1Char('/'), -1);
        if (id == QLatin1String("thefork")) {
            const QByteArray token = m_tokens.value(id);
            lines << tr("TheFork: %1")
                         .arg(
                             base + path + QStringLiteral("?token=") +
                             (token.isEmpty() ? tr("<made at the next start>") : QString::fromLatin1(token)));
        } else if (id == QLatin1String("website")) {
            lines << tr("Booking site: %1 (signed with the secret of its connection)").arg(base + path);
        } else {
            lines << QStringLiteral("%1: %2").arg(id, base + path);
        }
    }
    if (!m_enabled->isChecked())
        lines << tr("Off: nothing listens until the box above is ticked.");
    m_addresses->setText(lines.join(QLatin1Char('\n')));
}

QString WebhookSettingsPage::problem(QWidget** field) const
{
    const QString address = m_address->text().trimmed();
    QHostAddress parsed;
    if (!address.isEmpty() && address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 &&
        !parsed.setAddress(address)) {
        *field = m_address;
        return tr("The address must be an IP address such as 127.0.0.1 or 0.0.0.0, not \"%1\".").arg(address);
    }
    const QString certificate = m_certificate->text().trimmed();
    const QString key = m_key->text().trimmed();
    if (certificate.isEmpty() != key.isEmpty()) {
        *field = certificate.isEmpty() ? m_certificate : m_key;
        return tr("HTTPS needs both the certificate and its private key.");
    }
    for (QLineEdit* edit : {m_certificate, m_key}) {
        const QString path = edit->text().trimmed();
        if (!path.isEmpty() && !QFileInfo(path).isReadable()) {
            *field = edit;
            return tr("The file %1 cannot be read.").arg(path);
        }
    }
    return QString();
}

bool WebhookSettingsPage::validate(QString* error)
{
    QWidget* field = nullptr;
    const QString message = problem(&field);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return true;
    if (field)
        field->setFocus();
    if (error)
        *error = message;
    return false;
}

void WebhookSettingsPage::apply()
{
    WebhookReceiverSettings settings;
    settings.enabled = m_enabled->isChecked();
    const QString address = m_address->text().trimmed();
    settings.address =
        address.isEmpty() || address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            ? QHostAddress(QHostAddress::LocalHost)
            : QHostAddress(address);
    settings.port = quint16(m_port->value());
    settings.certificatePath = m_certificate->text().trimmed();
    settings.keyPath = m_key->text().trimmed();
    const std::unique_ptr<QSettings> stored = AppPaths::settings();
    settings.save(*stored);
}

} // namespace Moulin
