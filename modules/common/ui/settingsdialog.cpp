#include "common/ui/settingsdialog.h"

#include "common/core/configimporter.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/ui/settingssection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Moulin {

namespace {

const QString kFeedPrefix = QStringLiteral("sync_settings.");

QString feedLabel(const QString& name)
{
    return ConnectorCatalog::feedLabel(name);
}

QLabel* makeErrorLabel(QWidget* parent, QWidget* field)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setBuddy(field); // showIssues() focuses the field through it
    label->hide();
    return label;
}

} // namespace

struct SettingsDialog::Draft
{
    ConnectorConfig config; ///< clientSecret unused: see newSecret
    QString displayName;
    QString apiUrlText; ///< as typed, so validation reports exactly that
    QByteArray newSecret;
    bool isNew = false;
    SecretState secretState = SecretState::Unknown;
    QString secretMessage;
};

SettingsDialog::SettingsDialog(CredentialStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_importer(new ConfigImporter(store, this))
{
    buildUi();

    connect(m_importer, &ConfigImporter::finished, this,
            [this](bool ok, const QString& connectorId, const QList<ConfigIssue>& issues) {
                if (!m_busy || m_toSave.isEmpty())
                    return;
                ConnectorConfig done = m_toSave.takeFirst();
                const bool savedSecret = !done.clientSecret.isEmpty();
                done.clientSecret.fill('\0');
                if (!ok) {
                    QStringList messages;
                    for (const ConfigIssue& issue : issues)
                        messages.append(issue.message);
                    selectConnector(done.connectorId);
                    applyFailed(messages.join(QLatin1Char('\n')));
                    return;
                }
                if (Draft* d = draft(connectorId)) {
                    d->isNew = false;
                    d->config = done;
                    d->config.clientSecret.clear();
                    if (savedSecret) {
                        d->newSecret.fill('\0');
                        d->newSecret.clear();
                        d->secretState = SecretState::Stored;
                        if (currentConnectorId() == connectorId)
                            m_clientSecret->clear();
                    }
                }
                m_appliedIds.append(connectorId);
                updateSecretStatus();
                applyNext();
            });

    const QList<ConnectorConfig> configs = ConnectorSettings::all();
    for (const ConnectorConfig& config : configs) {
        Draft d;
        d.config = config;
        d.apiUrlText = config.apiUrl.toString();
        const auto type = ConnectorCatalog::byId(config.connectorId);
        d.displayName = type ? type->displayName : config.typeName;
        m_drafts.append(d);
        auto* item = new QListWidgetItem(d.displayName, m_list);
        item->setData(Qt::UserRole, config.connectorId);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        onCurrentRowChanged(-1);
}

SettingsDialog::~SettingsDialog()
{
    for (Draft& d : m_drafts)
        d.newSecret.fill('\0');
}

void SettingsDialog::buildUi()
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    // Left: the connectors.
    auto* listLabel = new QLabel(tr("Co&nnections:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("connectorList"));
    m_list->setMinimumWidth(200);
    listLabel->setBuddy(m_list);
    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addMenu = new QMenu(m_addButton);
    m_addButton->setMenu(m_addMenu);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    connect(m_addMenu, &QMenu::aboutToShow, this, &SettingsDialog::populateAddMenu);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::onCurrentRowChanged);
    populateAddMenu();

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Right: the selected connector.
    m_form = new QWidget;
    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_typeLabel = new QLabel(m_form);
    QFont bold = m_typeLabel->font();
    bold.setBold(true);
    m_typeLabel->setFont(bold);
    form->addRow(m_typeLabel);

    // A field with its label (buddy set) and an inline error line under it.
    const auto addField = [this, form](const QString& labelText, QWidget* field, const QString& path,
                                       const QString& objectName, QWidget* extra = nullptr) {
        field->setObjectName(objectName);
        auto* label = new QLabel(labelText, m_form);
        label->setBuddy(field);
        auto* cell = new QWidget(m_form);
        auto* box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(field);
        if (extra)
            box->addWidget(extra);
        QLabel* error = makeErrorLabel(cell, field);
        error->setObjectName(QStringLiteral("error_") + path);
        box->addWidget(error);
        m_fieldErrors.insert(path, error);
        form->addRow(label, cell);
    };

    m_apiUrl = new QLineEdit(m_form);
    m_apiUrl->setPlaceholderText(QStringLiteral("https://"));
    addField(tr("API &URL:"), m_apiUrl, QStringLiteral("connection.api_url"), QStringLiteral("apiUrlEdit"));
    m_storeId = new QLineEdit(m_form);
    auto* storeRow = new QWidget(m_form);
    auto* storeRowLayout = new QHBoxLayout(storeRow);
    storeRowLayout->setContentsMargins(0, 0, 0, 0);
    m_findStores = new QPushButton(tr("&Find my locations…"), storeRow);
    m_findStores->setObjectName(QStringLiteral("findStoresButton"));
    m_findStores->setToolTip(tr("Ask the provider which locations these credentials can reach"));
    m_storeChoices = new QComboBox(storeRow);
    m_storeChoices->setObjectName(QStringLiteral("storeChoices"));
    m_storeChoices->setAccessibleName(tr("Locations found"));
    m_storeChoices->hide();
    storeRowLayout->addWidget(m_findStores);
    storeRowLayout->addWidget(m_storeChoices, 1);
    storeRow->hide();
    addField(tr("&Store ID:"), m_storeId, QStringLiteral("connection.store_id"),
             QStringLiteral("storeIdEdit"), storeRow);
    connect(m_findStores, &QPushButton::clicked, this, &SettingsDialog::findStores);
    connect(m_storeChoices, &QComboBox::activated, this, [this](int index) {
        const QString id = m_storeChoices->itemData(index).toString();
        if (!id.isEmpty())
            m_storeId->setText(id);
    });
    m_authMethod = new QComboBox(m_form);
    addField(tr("Au&thentication:"), m_authMethod, QStringLiteral("connection.auth_method"),
             QStringLiteral("authMethodCombo"));
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateAuthDependentFields);
    m_clientId = new QLineEdit(m_form);
    addField(tr("Client &ID:"), m_clientId, QStringLiteral("connection.client_id"),
             QStringLiteral("clientIdEdit"));
    m_clientSecret = new QLineEdit(m_form);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secretStatus = new QLabel(m_form);
    m_secretStatus->setObjectName(QStringLiteral("secretStatusLabel"));
    m_secretStatus->setWordWrap(true);
    m_secretStatus->setForegroundRole(QPalette::PlaceholderText);
    addField(tr("Client s&ecret:"), m_clientSecret, QStringLiteral("connection.client_secret"),
             QStringLiteral("clientSecretEdit"), m_secretStatus);

    m_feedsBox = new QGroupBox(tr("Synchronisation"), m_form);
    m_feedsBox->setObjectName(QStringLiteral("feedsBox"));
    m_feedsLayout = new QGridLayout(m_feedsBox);
    form->addRow(m_feedsBox);

    m_retryAttempts = new QSpinBox(m_form);
    m_retryAttempts->setRange(ConnectorConfig::kMinRetryAttempts, ConnectorConfig::kMaxRetryAttempts);
    addField(tr("Retr&y attempts:"), m_retryAttempts, QStringLiteral("error_handling.retry_attempts"),
             QStringLiteral("retryAttemptsSpin"));
    m_notificationEmail = new QLineEdit(m_form);
    m_notificationEmail->setPlaceholderText(tr("Optional"));
    addField(tr("Notification e-&mail:"), m_notificationEmail,
             QStringLiteral("error_handling.notification_email"), QStringLiteral("notificationEmailEdit"));

    m_emptyHint = new QLabel(tr("No connection is configured yet. Choose “Add…” to set one up."), this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);

    // The form scrolls rather than squeezing its rows when error lines appear.
    auto* scroll = new QScrollArea(this);
    m_formArea = scroll;
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addWidget(m_emptyHint, 1);

    auto* connections = new QWidget(this);
    connections->setObjectName(QStringLiteral("connectionsPage"));
    auto* body = new QHBoxLayout(connections);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(left, 1);
    body->addLayout(right, 2);

    // The connections, then the areas' sections (addSection); the tab bar
    // only shows once there is more than one page.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(connections, tr("Connections"));

    m_errorLabel = makeErrorLabel(this, nullptr);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* main = new QVBoxLayout(this);
    main->addWidget(m_tabs, 1);
    main->addWidget(m_errorLabel);
    main->addWidget(m_statusLabel);
    main->addWidget(m_buttons);
    resize(820, 600);
    updateTabOrder();
}

void SettingsDialog::rebuildFeeds(const QList<FeedSetting>& feeds)
{
    QStringList wanted;
    for (const FeedSetting& f : feeds)
        wanted.append(f.name);
    QStringList current;
    for (const QCheckBox* box : std::as_const(m_feedEnabled))
        current.append(box->property("feed").toString());
    if (wanted != current) {
        for (auto it = m_fieldErrors.begin(); it != m_fieldErrors.end();) {
            if (it.key().startsWith(kFeedPrefix)) {
                delete it.value();
                it = m_fieldErrors.erase(it);
            } else {
                ++it;
            }
        }
        qDeleteAll(m_feedEnabled);
        qDeleteAll(m_feedInterval);
        m_feedEnabled.clear();
        m_feedInterval.clear();
        int row = 0;
        for (const QString& name : std::as_const(wanted)) {
            auto* enabled = new QCheckBox(feedLabel(name), m_feedsBox);
            enabled->setObjectName(QStringLiteral("feed_%1_enabled").arg(name));
            enabled->setProperty("feed", name);
            auto* interval = new QSpinBox(m_feedsBox);
            interval->setObjectName(QStringLiteral("feed_%1_interval").arg(name));
            interval->setRange(ConnectorConfig::kMinIntervalMinutes, ConnectorConfig::kMaxIntervalMinutes);
            interval->setSuffix(tr(" min"));
            interval->setAccessibleName(tr("Interval for %1, in minutes").arg(feedLabel(name)));
            connect(enabled, &QCheckBox::toggled, interval, &QSpinBox::setEnabled);
            auto* every = new QLabel(tr("every"), m_feedsBox);
            every->setBuddy(interval);
            QLabel* error = makeErrorLabel(m_feedsBox, interval);
            error->setObjectName(QStringLiteral("error_sync_settings.") + name);
            m_fieldErrors.insert(kFeedPrefix + name, error);
            m_feedsLayout->addWidget(enabled, row, 0);
            m_feedsLayout->addWidget(every, row, 1, Qt::AlignRight);
            m_feedsLayout->addWidget(interval, row, 2);
            m_feedsLayout->addWidget(error, row + 1, 0, 1, 3);
            // The "every" label goes with its spin box.
            connect(interval, &QObject::destroyed, every, &QObject::deleteLater);
            m_feedEnabled.append(enabled);
            m_feedInterval.append(interval);
            row += 2;
        }
        m_feedsLayout->setColumnStretch(3, 1);
        updateTabOrder();
    }
    for (int i = 0; i < feeds.size(); ++i) {
        m_feedEnabled[i]->setChecked(feeds[i].enabled);
        m_feedInterval[i]->setValue(feeds[i].intervalMinutes);
        m_feedInterval[i]->setEnabled(feeds[i].enabled);
    }
}

void SettingsDialog::updateTabOrder()
{
    QList<QWidget*> chain{m_list,    m_addButton,  m_removeButton, m_apiUrl,
                          m_storeId, m_authMethod, m_clientId,     m_clientSecret};
    for (int i = 0; i < m_feedEnabled.size(); ++i) {
        chain.append(m_feedEnabled[i]);
        chain.append(m_feedInterval[i]);
    }
    chain.append(m_retryAttempts);
    chain.append(m_notificationEmail);
    const QList<QAbstractButton*> buttons = m_buttons ? m_buttons->buttons() : QList<QAbstractButton*>();
    for (QAbstractButton* b : buttons)
        chain.append(b);
    for (int i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain[i], chain[i + 1]);
}

void SettingsDialog::populateAddMenu()
{
    m_addMenu->clear();
    QList<ConnectorType> types = ConnectorCatalog::types();
    std::stable_sort(types.begin(), types.end(), [](const ConnectorType& a, const ConnectorType& b) {
        return a.kind != b.kind ? a.kind < b.kind : a.displayName < b.displayName;
    });
    for (const ConnectorType& type : std::as_const(types)) {
        QAction* action = m_addMenu->addAction(type.displayName);
        action->setData(type.id);
        action->setEnabled(draft(type.id) == nullptr);
        const QString id = type.id;
        connect(action, &QAction::triggered, this, [this, id] { addConnector(id); });
    }
    m_addButton->setEnabled(!types.isEmpty());
}

SettingsDialog::Draft* SettingsDialog::draft(const QString& connectorId)
{
    for (Draft& d : m_drafts) {
        if (d.config.connectorId == connectorId)
            return &d;
    }
    return nullptr;
}

void SettingsDialog::addSection(const QString& title, SettingsSection* section)
{
    if (!section || m_sections.contains(section))
        return;
    m_sections.append(section);
    m_tabs->addTab(section, title);
    section->setEnabled(!m_busy);
    // Room for the section if the screen has it (a section scrolls itself
    // when it gets less).
    QSize wanted = size().expandedTo(sizeHint());
    if (const QScreen* s = screen())
        wanted = wanted.boundedTo(s->availableGeometry().size() * 0.9);
    resize(wanted.expandedTo(size()));
}

void SettingsDialog::selectSection(const QString& title)
{
    for (SettingsSection* section : std::as_const(m_sections)) {
        const int index = m_tabs->indexOf(section);
        if (m_tabs->tabText(index) == title) {
            m_tabs->setCurrentIndex(index);
            return;
        }
    }
}

SettingsSection* SettingsDialog::currentSection() const
{
    return qobject_cast<SettingsSection*>(m_tabs->currentWidget());
}

QString SettingsDialog::currentConnectorId() const
{
    return m_current >= 0 && m_current < m_drafts.size() ? m_drafts[m_current].config.connectorId : QString();
}

void SettingsDialog::selectConnector(const QString& connectorId)
{
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts[i].config.connectorId == connectorId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void SettingsDialog::addConnector(const QString& typeId)
{
    if (draft(typeId)) {
        selectConnector(typeId);
        return;
    }
    const auto type = ConnectorCatalog::byId(typeId);
    if (!type)
        return;
    Draft d;
    d.isNew = true;
    d.secretState = SecretState::Missing;
    d.displayName = type->displayName;
    d.config.typeKey = type->typeKey;
    d.config.typeName = type->typeName;
    d.config.connectorId = type->id;
    d.config.apiUrl = type->defaultApiUrl;
    d.apiUrlText = type->defaultApiUrl.toString();
    d.config.authMethod = type->authMethods.value(0);
    for (const FeedSpec& spec : type->feeds)
        d.config.feeds.append({spec.name, true, spec.defaultIntervalMinutes});
    m_removed.removeAll(typeId);
    m_drafts.append(d);
    auto* item = new QListWidgetItem(d.displayName, m_list);
    item->setData(Qt::UserRole, typeId);
    m_list->setCurrentRow(m_list->count() - 1);
    m_storeId->setFocus();
}

void SettingsDialog::removeCurrent()
{
    const int row = m_current;
    if (row < 0 || row >= m_drafts.size())
        return;
    const Draft removed = m_drafts[row];
    if (!removed.isNew)
        m_removed.append(removed.config.connectorId);
    m_current = -1; // nothing to store back into
    m_drafts.removeAt(row);
    delete m_list->takeItem(row);
    if (m_list->count() == 0)
        onCurrentRowChanged(-1);
}

void SettingsDialog::onCurrentRowChanged(int row)
{
    if (m_current >= 0 && m_current < m_drafts.size())
        storeForm(m_drafts[m_current]);
    clearErrors();
    m_current = row >= 0 && row < m_drafts.size() ? row : -1;
    const bool has = m_current >= 0;
    m_formArea->setVisible(has);
    m_emptyHint->setVisible(!has);
    m_removeButton->setEnabled(has);
    if (!has)
        return;
    loadForm(m_drafts[m_current]);
    updateStoreLookup();
    Draft& d = m_drafts[m_current];
    if (!d.isNew && d.secretState == SecretState::Unknown)
        checkSecret(d.config.connectorId);
}

void SettingsDialog::loadForm(const Draft& d)
{
    const ConnectorConfig& c = d.config;
    m_typeLabel->setText(d.displayName);
    m_apiUrl->setText(d.apiUrlText);
    m_storeId->setText(c.storeId);

    const auto type = ConnectorCatalog::byId(c.connectorId);
    QStringList methods = type ? type->authMethods : QStringList();
    if (!c.authMethod.isEmpty() && !methods.contains(c.authMethod))
        methods.append(c.authMethod);
    {
        const QSignalBlocker blocker(m_authMethod);
        m_authMethod->clear();
        for (const QString& method : std::as_const(methods)) {
            QString label = method;
            if (method == QLatin1String("oauth2"))
                label = tr("OAuth 2.0");
            else if (method == QLatin1String("api_key"))
                label = tr("API key");
            else if (method == QLatin1String("hmac"))
                label = tr("HMAC signature");
            else if (method == QLatin1String("webhook_hmac"))
                label = tr("Signed webhook (HMAC)");
            else if (method == QLatin1String("none"))
                label = tr("None");
            m_authMethod->addItem(label, method);
        }
        m_authMethod->setCurrentIndex(std::max(0, m_authMethod->findData(c.authMethod)));
    }
    m_clientId->setText(c.clientId);
    m_clientSecret->setText(QString::fromUtf8(d.newSecret));
    rebuildFeeds(c.feeds);
    m_retryAttempts->setValue(c.retryAttempts);
    m_notificationEmail->setText(c.notificationEmail);
    updateAuthDependentFields();
}

void SettingsDialog::setStoreLookup(const QString& connectorTypeId, StoreLookup lookup)
{
    m_storeLookups.insert(connectorTypeId, std::move(lookup));
    updateStoreLookup();
}

void SettingsDialog::updateStoreLookup()
{
    const bool available = m_storeLookups.contains(currentConnectorId());
    m_findStores->parentWidget()->setVisible(available);
    m_storeChoices->clear();
    m_storeChoices->hide();
}

void SettingsDialog::findStores()
{
    const QString id = currentConnectorId();
    const StoreLookup lookup = m_storeLookups.value(id);
    Draft* d = draft(id);
    if (!lookup || !d)
        return;
    storeForm(*d);
    QLabel* error = m_fieldErrors.value(QStringLiteral("connection.store_id"));
    if (error) {
        error->clear();
        error->hide();
    }
    m_findStores->setEnabled(false);
    m_findStores->setText(tr("Searching…"));
    lookup(d->config, this, [this, id](const QList<StoreOption>& options, const QString& message) {
        m_findStores->setEnabled(true);
        m_findStores->setText(tr("&Find my locations…"));
        if (currentConnectorId() != id)
            return;
        QLabel* errorLabel = m_fieldErrors.value(QStringLiteral("connection.store_id"));
        if (!message.isEmpty() || options.isEmpty()) {
            if (errorLabel) {
                errorLabel->setText(message.isEmpty() ? tr("No location found for these credentials.")
                                                      : message);
                errorLabel->show();
            }
            return;
        }
        m_storeChoices->clear();
        for (const StoreOption& option : options)
            m_storeChoices->addItem(option.label, option.id);
        m_storeChoices->show();
        const int current = m_storeChoices->findData(m_storeId->text());
        if (current >= 0) {
            m_storeChoices->setCurrentIndex(current);
        } else {
            m_storeChoices->setCurrentIndex(0);
            m_storeId->setText(options.constFirst().id);
        }
        m_storeChoices->setFocus();
    });
}

void SettingsDialog::storeForm(Draft& d) const
{
    ConnectorConfig& c = d.config;
    d.apiUrlText = m_apiUrl->text().trimmed();
    c.apiUrl = QUrl(d.apiUrlText);
    c.storeId = m_storeId->text().trimmed();
    c.authMethod = m_authMethod->currentData().toString();
    c.clientId = m_clientId->text().trimmed();
    d.newSecret.fill('\0');
    d.newSecret = m_clientSecret->text().toUtf8();
    for (int i = 0; i < c.feeds.size() && i < m_feedEnabled.size(); ++i) {
        c.feeds[i].enabled = m_feedEnabled[i]->isChecked();
        c.feeds[i].intervalMinutes = m_feedInterval[i]->value();
    }
    c.retryAttempts = m_retryAttempts->value();
    c.notificationEmail = m_notificationEmail->text().trimmed();
}

void SettingsDialog::checkSecret(const QString& connectorId)
{
    if (Draft* d = draft(connectorId))
        d->secretState = SecretState::Checking;
    updateSecretStatus();
    // Only whether a secret exists matters here; its value is dropped at once.
    m_store->read(connectorId, CredentialStore::clientSecretKey(), this,
                  [this, connectorId](const CredentialStore::Outcome& outcome) {
                      Draft* d = draft(connectorId);
                      if (!d || d->secretState != SecretState::Checking)
                          return;
                      if (outcome.ok()) {
                          d->secretState = SecretState::Stored;
                      } else if (outcome.status == CredentialStore::Status::NotFound) {
                          d->secretState = SecretState::Missing;
                      } else {
                          d->secretState = SecretState::Error;
                          d->secretMessage = outcome.message;
                      }
                      updateSecretStatus();
                  });
}

void SettingsDialog::updateSecretStatus()
{
    if (m_current < 0 || m_current >= m_drafts.size()) {
        m_secretStatus->clear();
        return;
    }
    const Draft& d = m_drafts[m_current];
    const bool needed = ConnectorConfig::authNeedsSecret(m_authMethod->currentData().toString());
    QString text;
    QString placeholder = tr("Required");
    if (!needed) {
        text = tr("This authentication method uses no secret.");
        placeholder.clear();
    } else {
        switch (d.secretState) {
        case SecretState::Unknown:
        case SecretState::Checking:
            text = tr("Checking the system keyring…");
            placeholder.clear();
            break;
        case SecretState::Stored:
            text = tr("A secret is stored in the system keyring. Leave the field empty to keep it.");
            placeholder = tr("Unchanged");
            break;
        case SecretState::Missing:
            text = tr("No secret is stored yet: enter it above. It will be kept in the system keyring.");
            break;
        case SecretState::Error:
            text = d.secretMessage;
            break;
        }
    }
    m_secretStatus->setText(text);
    m_clientSecret->setPlaceholderText(placeholder);
}

void SettingsDialog::updateAuthDependentFields()
{
    const bool needed = ConnectorConfig::authNeedsSecret(m_authMethod->currentData().toString());
    m_clientId->setEnabled(needed);
    m_clientSecret->setEnabled(needed);
    updateSecretStatus();
}

void SettingsDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
        if (label->buddy())
            label->buddy()->setAccessibleDescription(QString());
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
}

void SettingsDialog::showIssues(const QList<ConfigIssue>& issues)
{
    QWidget* firstField = nullptr;
    QStringList general;
    for (const ConfigIssue& issue : issues) {
        // The exact field, else the closest enclosing one ("sync_settings.x"
        // for "sync_settings.x.interval_minutes").
        QLabel* label = nullptr;
        qsizetype best = -1;
        for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
            const QString& key = it.key();
            if ((issue.field == key || issue.field.startsWith(key + QLatin1Char('.'))) && key.size() > best) {
                label = it.value();
                best = key.size();
            }
        }
        if (!label) {
            general.append(issue.message);
            continue;
        }
        // Under its own field the message need not name the field again:
        // "connection.api_url: must start with…" reads "Must start with…".
        QString message = issue.message;
        if (!issue.field.isEmpty() && message.startsWith(issue.field)) {
            qsizetype i = issue.field.size();
            while (i < message.size() && (message[i].isSpace() || message[i] == QLatin1Char(':')))
                ++i;
            message = message.mid(i);
            if (!message.isEmpty())
                message[0] = message[0].toUpper();
        }
        label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
        label->show();
        if (QWidget* field = label->buddy()) {
            field->setAccessibleDescription(label->text());
            if (!firstField)
                firstField = field;
        }
    }
    if (!general.isEmpty()) {
        m_errorLabel->setText(general.join(QLatin1Char('\n')));
        m_errorLabel->show();
    }
    if (firstField)
        firstField->setFocus();
}

QJsonObject SettingsDialog::draftJson(const Draft& d) const
{
    QJsonObject json = d.config.toJson(false);
    QJsonObject connection = json.value(QStringLiteral("connection")).toObject();
    connection.insert(QStringLiteral("api_url"), d.apiUrlText);
    if (!d.newSecret.isEmpty())
        connection.insert(QStringLiteral("client_secret"), QString::fromUtf8(d.newSecret));
    json.insert(QStringLiteral("connection"), connection);
    return json;
}

void SettingsDialog::accept()
{
    if (m_busy)
        return;
    clearErrors();
    if (m_current >= 0 && m_current < m_drafts.size())
        storeForm(m_drafts[m_current]);

    QList<ConnectorConfig> toSave;
    for (int i = 0; i < m_drafts.size(); ++i) {
        const Draft& d = m_drafts[i];
        const bool secretRequired = ConnectorConfig::authNeedsSecret(d.config.authMethod) &&
                                    (d.isNew || d.secretState == SecretState::Missing);
        const ConfigParseResult result = validateConnectorConfig(
            draftJson(d), secretRequired ? SecretRequirement::Required : SecretRequirement::Optional);
        if (!result.ok()) {
            m_tabs->setCurrentIndex(0);
            m_list->setCurrentRow(i);
            showIssues(result.issues);
            return;
        }
        const ConnectorConfig& config = *result.config;
        const auto stored = ConnectorSettings::load(config.connectorId);
        if (d.isNew || !config.clientSecret.isEmpty() || !stored ||
            stored->toJson(false) != config.toJson(false))
            toSave.append(config);
    }

    // The areas' sections: every one valid before any is applied. A section
    // that refuses is shown, then asked again so it can focus its field.
    for (SettingsSection* section : std::as_const(m_sections)) {
        QString error;
        if (section->validate(&error))
            continue;
        m_tabs->setCurrentWidget(section);
        section->validate(&error);
        if (!error.isEmpty()) {
            m_errorLabel->setText(error);
            m_errorLabel->show();
        }
        return;
    }
    // Sections save synchronously, before the connections (whose secrets go
    // through the keyring): a keyring failure keeps the dialog open without
    // losing them, and OK again saves them again, unchanged.
    for (SettingsSection* section : std::as_const(m_sections))
        section->apply();

    m_toSave = toSave;
    m_toRemove = m_removed;
    m_appliedIds.clear();
    if (m_toSave.isEmpty() && m_toRemove.isEmpty()) {
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving…"));
    applyNext();
}

void SettingsDialog::applyNext()
{
    if (!m_toRemove.isEmpty()) {
        const QString id = m_toRemove.first();
        m_store->remove(
            id, CredentialStore::clientSecretKey(), this,
            [this, id](const CredentialStore::Outcome& outcome) {
                if (!m_busy)
                    return;
                if (!outcome.ok()) {
                    applyFailed(outcome.message);
                    return;
                }
                if (!ConnectorSettings::remove(id)) {
                    applyFailed(tr("The settings file could not be written; %1 was not removed.").arg(id));
                    return;
                }
                m_toRemove.removeAll(id);
                m_removed.removeAll(id);
                m_appliedIds.append(id);
                applyNext();
            });
        return;
    }
    if (!m_toSave.isEmpty()) {
        m_importer->applyConfig(m_toSave.first()); // continues in the finished() handler
        return;
    }
    setBusy(false);
    Q_EMIT applied(m_appliedIds);
    QDialog::accept();
}

void SettingsDialog::applyFailed(const QString& message)
{
    for (ConnectorConfig& c : m_toSave)
        c.clientSecret.fill('\0');
    m_toSave.clear();
    m_toRemove.clear();
    setBusy(false);
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void SettingsDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_addButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && m_current >= 0);
    m_form->setEnabled(!busy);
    for (SettingsSection* section : std::as_const(m_sections))
        section->setEnabled(!busy);
    m_statusLabel->setText(status);
}

} // namespace Moulin
