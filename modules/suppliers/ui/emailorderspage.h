#pragma once

#include "common/ui/settingssection.h"
#include "suppliers/connectors/email/smtpclient.h"

class QComboBox;
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
/// says what the server answered. Saved on OK.
class EmailOrdersPage : public SettingsSection
{
    Q_OBJECT

public:
    explicit EmailOrdersPage(CredentialStore* credentials, QWidget* parent = nullptr);
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

Q_SIGNALS:
    /// The test finished (`ok`: logged in); the text is shown.
    void testFinished(bool ok, const QString& text);

private:
    void runTest();
    void startTest(const SmtpSettings& settings, const QByteArray& password);

    CredentialStore* m_credentials;
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
