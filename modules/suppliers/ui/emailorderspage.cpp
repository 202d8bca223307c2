#include "suppliers/ui/emailorderspage.h"

#include "common/core/credentialstore.h"
#include "suppliers/connectors/email/emailordering.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Moulin {

EmailOrdersPage::EmailOrdersPage(CredentialStore* credentials, const QList<Connection>& connections,
                                 QWidget* parent)
    : SettingsSection(parent)
    , m_credentials(credentials)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_senderName(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_result(new QLabel(this))
{
    const SmtpSettings s = SmtpSettings::load();
    auto* intro =
        new QLabel(tr("Orders to a supplier without an online ordering interface (set to \"By e-mail\" "
                      "below) leave by e-mail from this account, with the order as a PDF and as UBL XML."),
                   this);
    intro->setWordWrap(true);
    m_host->setText(s.host);
    m_host->setPlaceholderText(QStringLiteral("smtp.example.fr"));
    m_port->setRange(1, 65535);
    m_port->setValue(s.port);
    m_security->addItem(tr("STARTTLS (port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS (port 465)"), QStringLiteral("tls"));
    m_security->setCurrentIndex(s.security == SmtpSettings::Security::ImplicitTls ? 1 : 0);
    m_user->setText(s.user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; empty: unchanged"));
    m_sender->setText(s.sender);
    m_sender->setPlaceholderText(QStringLiteral("commandes@restaurant.fr"));
    m_senderName->setText(s.senderName);
    m_caFile->setText(s.caFile);
    m_caFile->setPlaceholderText(tr("optional: a CA certificate file for a server with its own"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Mail server (SMTP):"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Sender address:"), m_sender);
    form->addRow(tr("Sender name:"), m_senderName);
    form->addRow(tr("CA certificate:"), m_caFile);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    if (!connections.isEmpty()) {
        auto* routes = new QGroupBox(tr("How each supplier receives the orders"), this);
        routes->setObjectName(QStringLiteral("orderingRoutes"));
        auto* routesForm = new QFormLayout(routes);
        for (const Connection& c : connections) {
            const OrderingRoute current = OrderingRoute::forConnector(c.connectorId);
            auto* route = new QComboBox(routes);
            route->setObjectName(QStringLiteral("orderingRoute_") + c.connectorId);
            route->addItem(tr("Through its ordering interface"), QStringLiteral("interface"));
            route->addItem(tr("By e-mail"), QStringLiteral("email"));
            route->setCurrentIndex(current.email ? 1 : 0);
            auto* address = new QLineEdit(routes);
            address->setObjectName(QStringLiteral("orderEmail_") + c.connectorId);
            address->setText(current.orderEmail);
            address->setPlaceholderText(QStringLiteral("commandes@fournisseur.fr"));
            address->setToolTip(tr("The supplier's address for orders: each order leaves to it with its PDF "
                                   "and its UBL XML"));
            address->setEnabled(current.email);
            auto* row = new QHBoxLayout;
            row->addWidget(route);
            row->addWidget(address, 1);
            routesForm->addRow(c.displayName + u':', row);
            connect(route, &QComboBox::currentIndexChanged, address, [route, address] {
                address->setEnabled(route->currentData().toString() == QLatin1String("email"));
            });
            m_routes.append({c.connectorId, c.displayName, route, address});
        }
        m_routeProblem = new QLabel(routes);
        m_routeProblem->setObjectName(QStringLiteral("orderingRouteProblem"));
        m_routeProblem->setWordWrap(true);
        m_routeProblem->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_routeProblem->hide();
        routesForm->addRow(m_routeProblem);
        layout->addWidget(routes);
    }
    layout->addStretch(1);

    connect(m_security, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index == 1 && m_port->value() == 587)
            m_port->setValue(465);
        else if (index == 0 && m_port->value() == 465)
            m_port->setValue(587);
    });
    connect(m_test, &QPushButton::clicked, this, &EmailOrdersPage::runTest);
}

EmailOrdersPage::~EmailOrdersPage() = default;

SmtpSettings EmailOrdersPage::settings() const
{
    SmtpSettings s = SmtpSettings::load();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = m_security->currentData().toString() == QLatin1String("tls")
                     ? SmtpSettings::Security::ImplicitTls
                     : SmtpSettings::Security::StartTls;
    s.user = m_user->text().trimmed();
    s.sender = m_sender->text().trimmed();
    s.senderName = m_senderName->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

QComboBox* EmailOrdersPage::routeBox(const QString& connectorId) const
{
    for (const RouteRow& r : m_routes)
        if (r.connectorId == connectorId)
            return r.route;
    return nullptr;
}

QLineEdit* EmailOrdersPage::orderEmailEdit(const QString& connectorId) const
{
    for (const RouteRow& r : m_routes)
        if (r.connectorId == connectorId)
            return r.address;
    return nullptr;
}

bool EmailOrdersPage::validate(QString* error)
{
    const SmtpSettings s = settings();
    bool anyEmail = false;
    if (m_routeProblem)
        m_routeProblem->hide();
    for (const RouteRow& r : std::as_const(m_routes)) {
        if (r.route->currentData().toString() != QLatin1String("email"))
            continue;
        anyEmail = true;
        const QString address = r.address->text().trimmed();
        if (!OrderingRoute::isEmailAddress(address)) {
            *error = address.isEmpty()
                         ? tr("%1 receives the orders by e-mail: enter its order address.").arg(r.displayName)
                         : tr("The order address of %1, \"%2\", is not an e-mail address.")
                               .arg(r.displayName, address);
            m_routeProblem->setText(*error);
            m_routeProblem->show();
            r.address->setFocus();
            return false;
        }
    }
    if (anyEmail && !s.isConfigured()) {
        *error = tr("Orders leave by e-mail: fill in the mail server and the sender address first.");
        m_routeProblem->setText(*error);
        m_routeProblem->show();
        (s.host.isEmpty() ? m_host : m_sender)->setFocus();
        return false;
    }
    if (s.host.isEmpty() && s.sender.isEmpty() && m_password->text().isEmpty())
        return true; // not used
    const QStringList problems = s.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(u' ');
        (s.host.isEmpty() ? m_host : m_sender)->setFocus();
        return false;
    }
    if (!m_password->text().isEmpty() && !m_credentials) {
        *error = CredentialStore::messageFor(CredentialStore::Status::NoBackend);
        m_password->setFocus();
        return false;
    }
    return true;
}

void EmailOrdersPage::apply()
{
    for (const RouteRow& r : std::as_const(m_routes)) {
        const bool email = r.route->currentData().toString() == QLatin1String("email");
        const OrderingRoute before = OrderingRoute::forConnector(r.connectorId);
        const QString address = r.address->text().trimmed();
        if (before.email != email || before.orderEmail != address)
            OrderingRoute::save(r.connectorId, {email, address});
    }
    settings().save();
    const QByteArray password = m_password->text().toUtf8();
    if (password.isEmpty() || !m_credentials)
        return;
    // The keychain only: no copy anywhere else.
    m_credentials->save(QLatin1String(SmtpSettings::kKeychainId), QLatin1String(SmtpSettings::kPasswordKey),
                        password, m_credentials, [password](const CredentialStore::Outcome& outcome) {
                            if (outcome.ok())
                                EmailOrdering::setPassword(password);
                        });
}

void EmailOrdersPage::runTest()
{
    const SmtpSettings s = settings();
    const QStringList problems = s.problems();
    if (!problems.isEmpty()) {
        m_result->setText(problems.join(u' '));
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(s.host));
    if (!m_password->text().isEmpty() || s.user.isEmpty() || !m_credentials) {
        startTest(s, m_password->text().toUtf8());
        return;
    }
    QPointer<EmailOrdersPage> self(this);
    m_credentials->read(QLatin1String(SmtpSettings::kKeychainId), QLatin1String(SmtpSettings::kPasswordKey),
                        this, [self, s](const CredentialStore::Outcome& outcome) {
                            if (!self)
                                return;
                            if (!outcome.ok() && outcome.status != CredentialStore::Status::NotFound) {
                                self->m_test->setEnabled(true);
                                self->m_result->setText(outcome.message);
                                Q_EMIT self->testFinished(false, outcome.message);
                                return;
                            }
                            self->startTest(s, outcome.secret);
                        });
}

void EmailOrdersPage::startTest(const SmtpSettings& settings, const QByteArray& password)
{
    auto* watcher = new QFutureWatcher<SmtpResult>(this);
    connect(watcher, &QFutureWatcher<SmtpResult>::finished, this, [this, watcher, settings] {
        const SmtpResult result = watcher->result();
        watcher->deleteLater();
        m_test->setEnabled(true);
        const QString text =
            result.accepted
                ? tr("Connected to %1 with TLS and logged in: orders can be sent.").arg(settings.host)
                : result.error;
        m_result->setText(text);
        Q_EMIT testFinished(result.accepted, text);
    });
    watcher->setFuture(
        QtConcurrent::run([settings, password] { return SmtpClient::test(settings, password); }));
}

} // namespace Moulin
