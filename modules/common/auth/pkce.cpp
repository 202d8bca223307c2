#include "common/auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Moulin::Pkce {

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int words)
{
    QByteArray bytes(words * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), words);
    return bytes;
}

} // namespace

QByteArray newVerifier()
{
    return base64Url(randomBytes(8));
}

QByteArray challenge(const QByteArray& verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray newState()
{
    return base64Url(randomBytes(4));
}

} // namespace Moulin::Pkce
