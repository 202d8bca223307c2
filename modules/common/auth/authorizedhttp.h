#pragma once

#include "common/auth/authenticator.h"
#include "common/net/httpclient.h"

#include <QObject>

namespace Moulin {

/// HttpClient::send() with a connector's authentication around it: waits for
/// Authenticator::ensureToken(), sends (the connector's profile decorator
/// adds the credential at every attempt), and on a 401 asks the
/// authenticator for one renewal and sends once more. Never more than one
/// extra request per call, so a provider that keeps answering 401 cannot
/// make it loop.
///
/// When no credential can be had (needs sign-in, secret missing, refused)
/// the callback gets a response that was never sent: ok false, status 401,
/// error HttpError::Http, attempts 0, and the authenticator's message as
/// errorString.
class AuthorizedHttp : public QObject
{
    Q_OBJECT

public:
    /// With `installDecorator`, chains authenticator->decorator() after the
    /// decorator the connector's profile on `http` has now (call it after
    /// HttpClient::setProfile(), or put decorator() in the profile yourself
    /// and pass false).
    AuthorizedHttp(HttpClient* http, Authenticator* authenticator, bool installDecorator = true,
                   QObject* parent = nullptr);

    HttpClient* client() const { return m_http; }
    Authenticator* authenticator() const { return m_auth; }

    /// As HttpClient::send(); an empty request.connector becomes the
    /// authenticator's connector. `callback` runs later, never inside send(),
    /// and not at all once `context` (when given) is destroyed.
    void send(HttpRequest request, QObject* context, HttpClient::Callback callback);

    /// The response given when no credential is available.
    static HttpResponse unauthenticated(const Authenticator::Result& result);

private:
    void attempt(const HttpRequest& request, bool hasContext, const QPointer<QObject>& context,
                 const HttpClient::Callback& callback, bool retried);

    HttpClient* m_http;
    Authenticator* m_auth;
};

} // namespace Moulin
