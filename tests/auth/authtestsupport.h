// Helpers for the authentication tests: an in-process sandbox, a simulated
// browser for the sign-in, and synchronous waits on the asynchronous APIs
// (the keyring's are in tests/support/keychainsupport.h).
#pragma once

#include "common/auth/authenticator.h"
#include "common/auth/authorizedhttp.h"
#include "common/core/credentialstore.h"
#include "common/net/httpclient.h"
#include "keychainsupport.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>
#include <optional>

namespace Moulin::Test {

/// `path` on the sandbox.
inline QUrl sandboxUrl(const SandboxServer& sandbox, const QString& path)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(path);
    return url;
}

/// Plays the user's browser: GETs the authorization URL and follows the
/// sandbox's 302 to the loopback redirect handler. Counts the sign-ins.
class FakeBrowser : public QObject
{
public:
    explicit FakeBrowser(Authenticator* authenticator)
        : QObject(authenticator)
    {
        setObjectName(QStringLiteral("FakeBrowser"));
        connect(authenticator, &Authenticator::authorizeWithBrowser, this, [this](const QUrl& url) {
            lastUrl = url;
            ++opened;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply* reply = m_nam.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                lastPage = reply->readAll();
                lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
            });
        });
    }

    /// The browser of `authenticator` (FakeBrowser has no Q_OBJECT: found by name).
    static FakeBrowser* of(const Authenticator& authenticator)
    {
        return static_cast<FakeBrowser*>(
            authenticator.findChild<QObject*>(QStringLiteral("FakeBrowser"), Qt::FindDirectChildrenOnly));
    }

    QUrl lastUrl;
    QByteArray lastPage;
    int lastStatus = 0;
    int opened = 0;

private:
    QNetworkAccessManager m_nam;
};

inline Authenticator::Result ensureToken(Authenticator& authenticator)
{
    std::optional<Authenticator::Result> result;
    authenticator.ensureToken(nullptr, [&result](const Authenticator::Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {false, Authenticator::State::Unknown, QStringLiteral("test: ensureToken timed out")};
    return *result;
}

inline HttpResponse send(AuthorizedHttp& http, const HttpRequest& request)
{
    std::optional<HttpResponse> result;
    http.send(request, nullptr, [&result](const HttpResponse& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        HttpResponse none;
        none.errorString = QStringLiteral("test: no answer within 20 s");
        return none;
    }
    return *result;
}

/// Runs the browser sign-in to its end; true when it succeeded.
inline bool signIn(Authenticator& authenticator, QString* message = nullptr)
{
    std::optional<std::pair<bool, QString>> finished;
    const auto connection = QObject::connect(&authenticator, &Authenticator::authorizationFinished,
                                             [&finished](bool ok, const QString& m) {
                                                 finished = {ok, m};
                                             });
    authenticator.authorize();
    const bool done = QTest::qWaitFor([&finished] { return finished.has_value(); }, 20000);
    QObject::disconnect(connection);
    if (message)
        *message = done ? finished->second : QStringLiteral("test: sign-in timed out");
    return done && finished->first;
}

/// Sandbox token requests with `grantType`, successful or not.
inline int tokenRequests(const SandboxOAuth& oauth, const QString& grantType)
{
    int count = 0;
    for (const SandboxOAuth::TokenRequest& request : oauth.tokenRequests()) {
        if (request.grantType == grantType)
            ++count;
    }
    return count;
}

} // namespace Moulin::Test
