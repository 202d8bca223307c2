#include "common/core/connectorconfig.h"

#include "common/core/connectorcatalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

const QString kConnection = QStringLiteral("connection");
const QString kSyncSettings = QStringLiteral("sync_settings");
const QString kErrorHandling = QStringLiteral("error_handling");
const QString kApiUrl = QStringLiteral("api_url");
const QString kStoreId = QStringLiteral("store_id");
const QString kAuthMethod = QStringLiteral("auth_method");
const QString kClientId = QStringLiteral("client_id");
const QString kClientSecret = QStringLiteral("client_secret");
const QString kEnabled = QStringLiteral("enabled");
const QString kInterval = QStringLiteral("interval_minutes");
const QString kRetryAttempts = QStringLiteral("retry_attempts");
const QString kNotificationEmail = QStringLiteral("notification_email");
const QString kAuthNone = QStringLiteral("none");

QString join(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// Walks the JSON object and collects every issue.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ConnectorConfig)

public:
    explicit ConfigValidator(SecretRequirement secret)
        : m_secret(secret)
    {
    }

    ConfigParseResult run(const QJsonObject& root);

private:
    void add(const QString& field, const QString& message) { m_issues.append({field, 0, 0, message}); }
    void unknownKey(const QString& field) { add(field, tr("%1: unknown key.").arg(field)); }
    void missing(const QString& field) { add(field, tr("%1: required field is missing.").arg(field)); }
    void wrongType(const QString& field, const QString& expected)
    {
        add(field, tr("%1: must be %2.").arg(field, expected));
    }
    static QString quoted(const QString& value) { return tr("“%1”").arg(value); }
    static QString aString() { return tr("a string (between quotes)"); }
    static QString anObject() { return tr("an object { … }"); }
    static QString aBoolean() { return tr("true or false"); }
    static QString aWholeNumber() { return tr("a whole number"); }

    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);
    /// A string member: reports missing (when required), wrong type and empty.
    std::optional<QString> stringMember(const QJsonObject& object, const QString& path, const QString& key,
                                        bool required);
    std::optional<int> intMember(const QJsonObject& object, const QString& path, const QString& key, int min,
                                 int max, const QString& rangeMessage);

    void validateConnection(const QJsonObject& connection, const std::optional<ConnectorType>& type);
    void validateApiUrl(const QString& field, const QString& text);
    void validateSyncSettings(const QJsonObject& sync, const std::optional<ConnectorType>& type);
    void validateErrorHandling(const QJsonObject& errors);

    SecretRequirement m_secret;
    QList<ConfigIssue> m_issues;
    ConnectorConfig m_config;
};

void ConfigValidator::checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            unknownKey(join(path, it.key()));
    }
}

std::optional<QString> ConfigValidator::stringMember(const QJsonObject& object, const QString& path,
                                                     const QString& key, bool required)
{
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            missing(field);
        return std::nullopt;
    }
    if (!value.isString()) {
        wrongType(field, aString());
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && required) {
        add(field, tr("%1: must not be empty.").arg(field));
        return std::nullopt;
    }
    return text;
}

std::optional<int> ConfigValidator::intMember(const QJsonObject& object, const QString& path,
                                              const QString& key, int min, int max,
                                              const QString& rangeMessage)
{
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
        wrongType(field, aWholeNumber());
        return std::nullopt;
    }
    const int n = int(number);
    if (n < min || n > max) {
        add(field, rangeMessage.arg(field, QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return n;
}

ConfigParseResult ConfigValidator::run(const QJsonObject& root)
{
    const QStringList typeKeys = ConnectorCatalog::typeKeys();

    // Top level: exactly one "<kind>_type", then the three sections.
    QString typeKey;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == kConnection || key == kSyncSettings || key == kErrorHandling)
            continue;
        if (typeKeys.contains(key)) {
            if (typeKey.isEmpty())
                typeKey = key;
            else
                add(key,
                    tr("%1: a file configures a single connector, but %2 is also given.").arg(key, typeKey));
            continue;
        }
        unknownKey(key);
    }

    std::optional<ConnectorType> type;
    if (typeKey.isEmpty()) {
        missing(typeKeys.isEmpty() ? QStringLiteral("pos_type") : typeKeys.join(QLatin1String(" | ")));
    } else if (const auto name = stringMember(root, QString(), typeKey, true)) {
        type = ConnectorCatalog::find(typeKey, *name);
        if (!type) {
            QStringList known;
            for (const ConnectorType& t : ConnectorCatalog::types()) {
                if (t.typeKey == typeKey)
                    known.append(t.typeName);
            }
            add(typeKey, tr("%1: unknown connector type %2. Known types: %3.")
                             .arg(typeKey, quoted(*name), known.join(QLatin1String(", "))));
        }
    }
    if (type) {
        m_config.typeKey = type->typeKey;
        m_config.typeName = type->typeName;
        m_config.connectorId = type->id;
        for (const FeedSpec& spec : type->feeds)
            m_config.feeds.append({spec.name, true, spec.defaultIntervalMinutes});
    }

    const QJsonValue connection = root.value(kConnection);
    if (connection.isUndefined())
        missing(kConnection);
    else if (!connection.isObject())
        wrongType(kConnection, anObject());
    else
        validateConnection(connection.toObject(), type);

    const QJsonValue sync = root.value(kSyncSettings);
    if (!sync.isUndefined()) {
        if (sync.isObject())
            validateSyncSettings(sync.toObject(), type);
        else
            wrongType(kSyncSettings, anObject());
    }

    const QJsonValue errors = root.value(kErrorHandling);
    if (!errors.isUndefined()) {
        if (errors.isObject())
            validateErrorHandling(errors.toObject());
        else
            wrongType(kErrorHandling, anObject());
    }

    ConfigParseResult result;
    result.issues = m_issues;
    if (m_issues.isEmpty())
        result.config = m_config;
    return result;
}

void ConfigValidator::validateConnection(const QJsonObject& connection,
                                         const std::optional<ConnectorType>& type)
{
    checkKeys(connection, kConnection, {kApiUrl, kStoreId, kAuthMethod, kClientId, kClientSecret});

    if (const auto url = stringMember(connection, kConnection, kApiUrl, true))
        validateApiUrl(join(kConnection, kApiUrl), *url);
    if (const auto store = stringMember(connection, kConnection, kStoreId, true))
        m_config.storeId = *store;

    bool authNone = false;
    if (const auto auth = stringMember(connection, kConnection, kAuthMethod, true)) {
        if (type && !type->authMethods.contains(*auth)) {
            add(join(kConnection, kAuthMethod),
                tr("%1: %2 is not supported by %3. Use one of: %4.")
                    .arg(join(kConnection, kAuthMethod), quoted(*auth), type->displayName,
                         type->authMethods.join(QLatin1String(", "))));
        } else {
            m_config.authMethod = *auth;
            authNone = *auth == kAuthNone;
        }
    }

    if (const auto clientId = stringMember(connection, kConnection, kClientId, !authNone))
        m_config.clientId = *clientId;

    // client_secret: required for every method but "none" (files always carry
    // it; the settings dialog may omit it to keep the stored one), refused
    // with "none" so that no secret is silently dropped.
    const QString secretField = join(kConnection, kClientSecret);
    const QJsonValue secret = connection.value(kClientSecret);
    if (secret.isUndefined()) {
        if (!authNone && m_secret == SecretRequirement::Required)
            missing(secretField);
    } else if (!secret.isString()) {
        wrongType(secretField, aString());
    } else if (authNone) {
        if (!secret.toString().isEmpty())
            add(secretField, tr("%1: not used when auth_method is “none”; remove it.").arg(secretField));
    } else if (secret.toString().isEmpty()) {
        if (m_secret == SecretRequirement::Required)
            add(secretField, tr("%1: must not be empty.").arg(secretField));
    } else {
        m_config.clientSecret = secret.toString().toUtf8();
    }
}

void ConfigValidator::validateApiUrl(const QString& field, const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        add(field, tr("%1: %2 is not a valid address; expected something like https://api.example.com/v1/.")
                       .arg(field, quoted(text)));
        return;
    }
    const QString scheme = url.scheme().toLower();
    const bool allowed =
        scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
    if (!allowed) {
        add(field, tr("%1: must start with https:// (plain http:// is only accepted for the local sandbox on "
                      "127.0.0.1, ::1 or localhost).")
                       .arg(field));
        return;
    }
    if (!url.userInfo().isEmpty()) {
        add(field, tr("%1: must not contain a user name or password; put credentials in client_id and "
                      "client_secret.")
                       .arg(field));
        return;
    }
    m_config.apiUrl = url;
}

void ConfigValidator::validateSyncSettings(const QJsonObject& sync, const std::optional<ConnectorType>& type)
{
    for (auto it = sync.constBegin(); it != sync.constEnd(); ++it) {
        const QString path = join(kSyncSettings, it.key());
        if (type && !type->feed(it.key())) {
            QStringList known;
            for (const FeedSpec& spec : type->feeds)
                known.append(spec.name);
            add(path, tr("%1: %2 has no feed named %3. Known feeds: %4.")
                          .arg(path, type->displayName, quoted(it.key()), known.join(QLatin1String(", "))));
            continue;
        }
        if (!it.value().isObject()) {
            wrongType(path, anObject());
            continue;
        }
        const QJsonObject feed = it.value().toObject();
        checkKeys(feed, path, {kEnabled, kInterval});

        FeedSetting* setting = nullptr;
        for (FeedSetting& f : m_config.feeds) {
            if (f.name == it.key())
                setting = &f;
        }

        const QJsonValue enabled = feed.value(kEnabled);
        if (!enabled.isUndefined()) {
            if (!enabled.isBool())
                wrongType(join(path, kEnabled), aBoolean());
            else if (setting)
                setting->enabled = enabled.toBool();
        }
        const auto interval =
            intMember(feed, path, kInterval, ConnectorConfig::kMinIntervalMinutes,
                      ConnectorConfig::kMaxIntervalMinutes, tr("%1: must be between %2 and %3 minutes."));
        if (interval && setting)
            setting->intervalMinutes = *interval;
    }
}

void ConfigValidator::validateErrorHandling(const QJsonObject& errors)
{
    checkKeys(errors, kErrorHandling, {kRetryAttempts, kNotificationEmail});
    if (const auto retries =
            intMember(errors, kErrorHandling, kRetryAttempts, ConnectorConfig::kMinRetryAttempts,
                      ConnectorConfig::kMaxRetryAttempts, tr("%1: must be between %2 and %3.")))
        m_config.retryAttempts = *retries;

    if (const auto email = stringMember(errors, kErrorHandling, kNotificationEmail, false)) {
        // The WHATWG "valid e-mail address" syntax, with a dot required in the domain.
        static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
        if (!email->isEmpty() && !pattern.match(*email).hasMatch()) {
            const QString field = join(kErrorHandling, kNotificationEmail);
            add(field, tr("%1: %2 is not a valid e-mail address.").arg(field, quoted(*email)));
        } else {
            m_config.notificationEmail = *email;
        }
    }
}

/// Same context as ConfigValidator, for the syntax-level messages.
class ConfigSyntax
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ConnectorConfig)

public:
    static ConfigIssue issue(const QByteArray& json, const QJsonParseError& error)
    {
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, json.size());
        const QByteArray before = json.left(offset);
        const int line = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        ConfigIssue result;
        result.line = line;
        result.column = column;
        result.message = tr("Line %1, column %2: %3. The file is not valid JSON.")
                             .arg(QString::number(line), QString::number(column), error.errorString());
        return result;
    }

    static ConfigIssue notAnObject()
    {
        return {QString(), 0, 0, tr("The file must contain one JSON object { … } describing a connector.")};
    }
};

} // namespace

QJsonObject ConnectorConfig::toJson(bool includeSecret) const
{
    QJsonObject connection{
        {kApiUrl, apiUrl.toString()},
        {kStoreId, storeId},
        {kAuthMethod, authMethod},
        {kClientId, clientId},
    };
    if (includeSecret && !clientSecret.isEmpty())
        connection.insert(kClientSecret, QString::fromUtf8(clientSecret));
    QJsonObject sync;
    for (const FeedSetting& feed : feeds)
        sync.insert(feed.name, QJsonObject{{kEnabled, feed.enabled}, {kInterval, feed.intervalMinutes}});
    QJsonObject errors{{kRetryAttempts, retryAttempts}};
    if (!notificationEmail.isEmpty())
        errors.insert(kNotificationEmail, notificationEmail);
    return QJsonObject{
        {typeKey, typeName},
        {kConnection, connection},
        {kSyncSettings, sync},
        {kErrorHandling, errors},
    };
}

const FeedSetting* ConnectorConfig::feed(const QString& name) const
{
    for (const FeedSetting& f : feeds) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool ConnectorConfig::authNeedsSecret(const QString& authMethod)
{
    return authMethod != kAuthNone;
}

ConfigParseResult parseConnectorConfig(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt, {ConfigSyntax::issue(json, error)}};
    if (!document.isObject())
        return {std::nullopt, {ConfigSyntax::notAnObject()}};
    return validateConnectorConfig(document.object(), SecretRequirement::Required);
}

ConfigParseResult validateConnectorConfig(const QJsonObject& object, SecretRequirement secret)
{
    return ConfigValidator(secret).run(object);
}

} // namespace Moulin
