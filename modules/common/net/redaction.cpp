#include "common/net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Moulin::Redact {

namespace {

// Exact names (compared lower-case, with '-' folded to '_').
const QSet<QString>& exactNames()
{
    static const QSet<QString> names{
        QStringLiteral("authorization"),
        QStringLiteral("proxy_authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("set_cookie"),
        QStringLiteral("code"),
        QStringLiteral("code_verifier"),
        QStringLiteral("client_assertion"),
        QStringLiteral("assertion"),
        QStringLiteral("key"),
        QStringLiteral("sig"),
    };
    return names;
}

// Any name containing one of these is sensitive.
const QStringList& fragments()
{
    static const QStringList list{
        QStringLiteral("token"),      QStringLiteral("secret"),      QStringLiteral("password"),
        QStringLiteral("passwd"),     QStringLiteral("signature"),   QStringLiteral("api_key"),
        QStringLiteral("apikey"),     QStringLiteral("private_key"), QStringLiteral("session"),
        QStringLiteral("credential"),
    };
    return list;
}

QMutex& extraMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString>& extraNames()
{
    static QSet<QString> names;
    return names;
}

QString normalise(QStringView key)
{
    QString k = key.toString().trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    return k;
}

QJsonValue redactJson(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSensitiveKey(it.key()) && !it.value().isObject() && !it.value().isArray())
                it.value() = QString::fromLatin1(kMask);
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactJson(array.at(i));
        return array;
    }
    return value;
}

QString redactQuery(const QString& encodedQuery)
{
    QUrlQuery query(encodedQuery);
    bool changed = false;
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto& [key, value] : items) {
        if (isSensitiveKey(QUrl::fromPercentEncoding(key.toUtf8()))) {
            value = QString::fromLatin1(kMask);
            changed = true;
        }
    }
    if (!changed)
        return encodedQuery;
    QStringList parts;
    parts.reserve(items.size());
    for (const auto& [key, value] : items)
        parts.append(key + QLatin1Char('=') + value);
    return parts.join(QLatin1Char('&'));
}

} // namespace

bool isSensitiveKey(QStringView key)
{
    const QString k = normalise(key);
    if (k.isEmpty())
        return false;
    if (exactNames().contains(k))
        return true;
    for (const QString& fragment : fragments()) {
        if (k.contains(fragment))
            return true;
    }
    QMutexLocker lock(&extraMutex());
    return extraNames().contains(k);
}

void addSensitiveKey(const QString& key)
{
    const QString k = normalise(key);
    if (k.isEmpty())
        return;
    QMutexLocker lock(&extraMutex());
    extraNames().insert(k);
}

QString pathAndQuery(const QUrl& url)
{
    QString result = url.path(QUrl::FullyEncoded);
    if (result.isEmpty())
        result = QStringLiteral("/");
    if (url.hasQuery())
        result += QLatin1Char('?') + redactQuery(url.query(QUrl::FullyEncoded));
    return result;
}

QString url(const QUrl& url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    copy.setQuery(QString());
    copy.setFragment(QString());
    QString result = copy.toString(QUrl::FullyEncoded);
    if (url.hasQuery())
        result += QLatin1Char('?') + redactQuery(url.query(QUrl::FullyEncoded));
    return result;
}

QByteArray headerValue(QByteArrayView name, const QByteArray& value)
{
    return isSensitiveKey(QString::fromLatin1(name)) ? QByteArray(kMask) : value;
}

HttpHeaders headers(const HttpHeaders& list)
{
    HttpHeaders result;
    result.reserve(list.size());
    for (const auto& [name, value] : list)
        result.append({name, headerValue(name, value)});
    return result;
}

QByteArray body(const QByteArray& body, QByteArrayView contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (!document.isNull()) {
            const QJsonValue redacted = redactJson(document.isObject() ? QJsonValue(document.object())
                                                                       : QJsonValue(document.array()));
            return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
        }
    }
    const bool form = contentType.contains(QByteArrayView("x-www-form-urlencoded"));
    static const QRegularExpression formShape(QStringLiteral("^[^\\s=&]+=[^\\s&]*(&[^\\s=&]+=[^\\s&]*)*$"));
    if (form || formShape.match(QString::fromUtf8(trimmed)).hasMatch())
        return redactQuery(QString::fromUtf8(trimmed)).toUtf8();
    return text(QString::fromUtf8(body)).toUtf8();
}

QString text(const QString& input)
{
    QString out = input;
    // Credentials in an Authorization-like value.
    static const QRegularExpression scheme(
        QStringLiteral("\\b(Bearer|Basic|Token|Digest)\\s+[A-Za-z0-9._~+/=\\-]+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(scheme, QStringLiteral("\\1 ") + QLatin1String(kMask));
    // user:password@ in URLs.
    static const QRegularExpression userInfo(QStringLiteral("(\\w+://)[^/@\\s]+@"));
    out.replace(userInfo, QStringLiteral("\\1") + QLatin1String(kMask) + QLatin1Char('@'));
    // "key": "value" (JSON fragments) and key=value / key: value pairs.
    static const QRegularExpression pairs(
        QStringLiteral("(\"?)([A-Za-z0-9_.\\-]+)\\1(\\s*[:=]\\s*)(\"[^\"]*\"|[^\\s&,;\"}]+)"));
    // Scanned by hand: a pair whose key is not sensitive gives back its
    // value, which may hold one that is (a URL's query, say).
    QString result;
    qsizetype last = 0;
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch match = pairs.match(out, from);
        if (!match.hasMatch())
            break;
        if (!isSensitiveKey(match.captured(2))) {
            from = match.capturedEnd(2);
            continue;
        }
        result += QStringView(out).mid(last, match.capturedStart(4) - last);
        const bool quoted = match.captured(4).startsWith(QLatin1Char('"'));
        const QString mask = QString::fromLatin1(kMask);
        result += quoted ? QStringLiteral("\"%1\"").arg(mask) : mask;
        last = match.capturedEnd(4);
        from = last;
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace Moulin::Redact
