#pragma once

#include "common/ui/settingssection.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Moulin {

class ConnectorRuntime;

/// Paramètres ▸ Réservations en direct: the runtime's webhook receiver
/// (webhooks/enabled, address, port, TLS certificate and key), and the
/// addresses to give the booking site and TheFork, built from what is
/// entered (TheFork's with its URL token, read from the keychain). Saved on
/// OK; the runtime listens with them at its next reload.
class WebhookSettingsPage : public SettingsSection
{
    Q_OBJECT

public:
    /// `runtime` (may be null): for the connectors that declare a webhook
    /// and the keychain holding TheFork's token.
    explicit WebhookSettingsPage(ConnectorRuntime* runtime, QWidget* parent = nullptr);
    ~WebhookSettingsPage() override;

    bool validate(QString* error) override;
    void apply() override;

    /// The addresses shown, one a line ("Site de réservation : http://…").
    QString addressesText() const;

    QCheckBox* enabledBox() const { return m_enabled; }
    QLineEdit* addressEdit() const { return m_address; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QLineEdit* keyEdit() const { return m_key; }

private:
    void updateAddresses();
    QString problem(QWidget** field) const;

    ConnectorRuntime* m_runtime;
    QCheckBox* m_enabled;
    QLineEdit* m_address;
    QSpinBox* m_port;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QLabel* m_addresses;
    QLabel* m_error;
    QHash<QString, QByteArray> m_tokens; ///< connector id → URL token
};

} // namespace Moulin
