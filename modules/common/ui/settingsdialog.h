#pragma once

#include "common/core/connectorconfig.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QWidget;

namespace Moulin {

class ConfigImporter;
class CredentialStore;
class SettingsSection;

/// File ▸ Settings: the configured connectors on the left ("Add" offers the
/// catalogue's types, "Remove" drops one), the selected connector's form on
/// the right. Nothing is written until OK; OK validates every changed
/// connector with validateConnectorConfig (issues appear under their field,
/// the dialog stays open), then for each one saves the secret in the
/// keyring first and the settings only if that succeeded. Keyring errors
/// are shown in the dialog's error line, never in a modal box.
///
/// Areas add their own pages with addSection(): they appear as tabs beside
/// "Connections", are validated with the connections on OK and applied once
/// everything is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// A store / business location the provider knows, offered to the user
    /// instead of typing its id.
    struct StoreOption
    {
        QString id;
        QString label;
    };
    using StoreLookupDone = std::function<void(const QList<StoreOption>& options, const QString& error)>;
    /// Asks the provider for the stores reachable with `config` (URL and
    /// credentials as currently entered); calls `done` on the GUI thread.
    using StoreLookup =
        std::function<void(const ConnectorConfig& config, QObject* context, StoreLookupDone done)>;

    explicit SettingsDialog(CredentialStore* store, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Starts a new connector of a catalogue type (its defaults filled in)
    /// and selects it. Does nothing if that connector is already listed.
    void addConnector(const QString& typeId);
    void selectConnector(const QString& connectorId);
    QString currentConnectorId() const;

    /// Adds `section` as a tab titled `title` (translated) after the
    /// connections; the dialog takes ownership.
    void addSection(const QString& title, SettingsSection* section);
    /// Shows the section added with `title` (no-op if there is none).
    void selectSection(const QString& title);
    /// The section shown, or nullptr when the connections are.
    SettingsSection* currentSection() const;

    /// Validates and saves asynchronously; closes once everything is saved.
    void accept() override;

    /// Offers a "Find…" button next to the store id of `connectorTypeId`.
    void setStoreLookup(const QString& connectorTypeId, StoreLookup lookup);

Q_SIGNALS:
    /// Emitted after OK saved everything, with the connectors that were
    /// added, changed or removed.
    void applied(const QStringList& connectorIds);

private:
    struct Draft;
    enum class SecretState
    {
        Unknown,
        Checking,
        Stored,
        Missing,
        Error,
    };

    void buildUi();
    void rebuildFeeds(const QList<FeedSetting>& feeds);
    void updateTabOrder();
    void populateAddMenu();
    void onCurrentRowChanged(int row);
    void removeCurrent();
    void loadForm(const Draft& draft);
    void storeForm(Draft& draft) const;
    void updateSecretStatus();
    void checkSecret(const QString& connectorId);
    void updateAuthDependentFields();
    void clearErrors();
    void findStores();
    void updateStoreLookup();
    void showIssues(const QList<ConfigIssue>& issues);
    void setBusy(bool busy, const QString& status = {});
    void applyNext();
    void applyFailed(const QString& message);
    Draft* draft(const QString& connectorId);
    QJsonObject draftJson(const Draft& draft) const;

    CredentialStore* m_store;
    ConfigImporter* m_importer;
    QList<Draft> m_drafts;
    QStringList m_removed;
    int m_current = -1;

    // Pending work while OK is being applied.
    QList<ConnectorConfig> m_toSave;
    QStringList m_toRemove;
    QStringList m_appliedIds;
    bool m_busy = false;

    QTabWidget* m_tabs = nullptr;
    QList<SettingsSection*> m_sections;
    QListWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QMenu* m_addMenu = nullptr;
    QPushButton* m_removeButton = nullptr;
    QWidget* m_formArea = nullptr; ///< scroll area around m_form
    QWidget* m_form = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_typeLabel = nullptr;
    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_storeId = nullptr;
    QPushButton* m_findStores = nullptr;
    QComboBox* m_storeChoices = nullptr;
    QHash<QString, StoreLookup> m_storeLookups;
    QComboBox* m_authMethod = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QLabel* m_secretStatus = nullptr;
    QGroupBox* m_feedsBox = nullptr;
    QGridLayout* m_feedsLayout = nullptr;
    QList<QCheckBox*> m_feedEnabled;
    QList<QSpinBox*> m_feedInterval;
    QSpinBox* m_retryAttempts = nullptr;
    QLineEdit* m_notificationEmail = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    /// Inline error label per field path ("connection.api_url",
    /// "sync_settings.transactions", …).
    QHash<QString, QLabel*> m_fieldErrors;
};

} // namespace Moulin
