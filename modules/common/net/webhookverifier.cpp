#include "common/net/webhookverifier.h"

#include <QMessageAuthenticationCode>

namespace Moulin {

namespace {

bool isLowerHex64(QByteArrayView value)
{
    if (value.size() != 64)
        return false;
    for (char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

WebhookVerifier::WebhookVerifier(const QByteArray& secret, const Clock* clock, qint64 toleranceSecs)
    : m_secret(secret)
    , m_clock(clock ? clock : Clock::system())
    , m_tolerance(toleranceSecs)
{
}

QByteArray WebhookVerifier::computeSignature(const QByteArray& secret, qint64 timestamp,
                                             const QByteArray& rawBody)
{
    const QByteArray message = QByteArray::number(timestamp) + '.' + rawBody;
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray WebhookVerifier::signatureHeader(const QByteArray& secret, qint64 timestamp,
                                            const QByteArray& rawBody)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + computeSignature(secret, timestamp, rawBody);
}

bool WebhookVerifier::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

WebhookVerifier::Result WebhookVerifier::verify(const QByteArray& headerValue, const QByteArray& rawBody)
{
    const QByteArray header = headerValue.trimmed();
    if (header.isEmpty())
        return Result::MissingHeader;

    std::optional<qint64> timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& rawPart : header.split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return Result::MalformedHeader;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            const qint64 t = value.toLongLong(&ok);
            if (!ok || timestamp || value.isEmpty() || value.size() > 12 || t < 0 || value.startsWith('+'))
                return Result::MalformedHeader;
            timestamp = t;
        } else if (key == "v1") {
            const QByteArray hex = value.toLower();
            if (!isLowerHex64(hex))
                return Result::MalformedHeader;
            signatures.append(hex);
        }
        // Other schemes (v0, future versions) are ignored.
    }
    if (!timestamp || signatures.isEmpty())
        return Result::MalformedHeader;

    const QByteArray expected = computeSignature(m_secret, *timestamp, rawBody);
    QByteArray matched;
    for (const QByteArray& candidate : std::as_const(signatures)) {
        if (constantTimeEquals(candidate, expected))
            matched = candidate;
    }
    if (matched.isEmpty())
        return Result::BadSignature;

    const qint64 now = m_clock->nowSecs();
    if (*timestamp < now - m_tolerance)
        return Result::TimestampTooOld;
    if (*timestamp > now + m_tolerance)
        return Result::TimestampInFuture;

    pruneReplayCache(now);
    if (m_seen.contains(matched))
        return Result::Replayed;
    m_seen.insert(matched, *timestamp);
    m_byTime.emplace(*timestamp, matched);
    return Result::Valid;
}

void WebhookVerifier::pruneReplayCache(qint64 nowSecs)
{
    // Entries older than the tolerance are refused as too old anyway.
    const qint64 oldest = nowSecs - m_tolerance;
    while (!m_byTime.empty() && m_byTime.begin()->first < oldest) {
        m_seen.remove(m_byTime.begin()->second);
        m_byTime.erase(m_byTime.begin());
    }
}

QString WebhookVerifier::describe(Result result)
{
    switch (result) {
    case Result::Valid:
        return tr("Valid signature.");
    case Result::MissingHeader:
        return tr("The X-Moulin-Signature header is missing.");
    case Result::MalformedHeader:
        return tr("The X-Moulin-Signature header is malformed (expected t=<seconds>,v1=<hex>).");
    case Result::BadSignature:
        return tr("The signature does not match the body: wrong secret or altered content.");
    case Result::TimestampTooOld:
        return tr("The signature timestamp is more than 5 minutes old.");
    case Result::TimestampInFuture:
        return tr("The signature timestamp is more than 5 minutes in the future; check the sender's clock.");
    case Result::Replayed:
        return tr("This signed request was already received (replay).");
    }
    return {};
}

} // namespace Moulin
