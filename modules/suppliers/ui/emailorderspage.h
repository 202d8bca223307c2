#pragma once

#include "common/ui/settingssection.h"
#include "suppliers/connectors/email/smtpclient.h"

#include <QHash>
#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Moulin {

class CredentialStore;

/// Paramètres ▸ Envoi des commandes par e-mail: the mail server the orders
/// to suppliers without an API leave by (host, port, STARTTLS or TLS, user,
/// sender and its name, an extra CA), the password kept in the system
/// keychain (never in the settings; left empty, the stored one is kept), and
/// *Tester*, which connects, starts TLS and logs in off the GUI thread and
/// says what the server answered. Below, how each supplier connection's
/// orders leave: over its interface or by e-mail to an order address
/// (suppliers/<connector>/ordering and order_email), checked on OK (an
/// e-mail route needs a valid address and the mail server above). Saved on OK.
class EmailOrdersPage : public SettingsSection
{
    Q_OBJECT

public:
    /// A supplier connection whose ordering route is edited here.
    struct Connection
    {
        QString connectorId;
        QString displayName;
    };

    explicit EmailOrdersPage(CredentialStore* credentials, const QList<Connection>& connections = {},
                             QWidget* parent = nullptr);
    ~EmailOrdersPage() override;

    bool validate(QString* error) override;
    void apply() override;

    /// What is entered.
    SmtpSettings settings() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* senderEdit() const { return m_sender; }
    QLineEdit* senderNameEdit() const { return m_senderName; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_result; }
    /// The route chooser (data "interface" / "email") and the order address
    /// of `connectorId` (null: not listed).
    QComboBox* routeBox(const QString& connectorId) const;
    QLineEdit* orderEmailEdit(const QString& connectorId) const;
    /// The problem shown under the routes (empty: none).
    QLabel* routeProblem() const { return m_routeProblem; }

Q_SIGNALS:
    /// The test finished (`ok`: logged in); the text is shown.
    void testFinished(bool ok, const QString& text);

private:
    void runTest();
    void startTest(const SmtpSettings& settings, const QByteArray& password);

    struct RouteRow
    {
        QString connectorId;
        QString displayName;
        QComboBox* route;
        QLineEdit* address;
    };

    CredentialStore* m_credentials;
    QList<RouteRow> m_routes;
    QLabel* m_routeProblem = nullptr;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_sender;
    QLineEdit* m_senderName;
    QLineEdit* m_caFile;
    QPushButton* m_test;
    QLabel* m_result;
};

} // namespace Moulin
