#include "common/auth/authorizedhttp.h"

#include "common/net/requestsigner.h"

#include <QPointer>

namespace Moulin {

AuthorizedHttp::AuthorizedHttp(HttpClient* http, Authenticator* authenticator, bool installDecorator,
                               QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_auth(authenticator)
{
    if (installDecorator && authenticator->profile().method != AuthProfile::Method::None) {
        ConnectorProfile profile = http->profile(authenticator->profile().connectorId);
        profile.decorate = profile.decorate
                               ? RequestAuth::chain({profile.decorate, authenticator->decorator()})
                               : authenticator->decorator();
        http->setProfile(profile);
    }
}

HttpResponse AuthorizedHttp::unauthenticated(const Authenticator::Result& result)
{
    HttpResponse response;
    response.ok = false;
    response.status = 401;
    response.error = HttpError::Http;
    response.errorString = result.errorString;
    response.attempts = 0;
    return response;
}

void AuthorizedHttp::send(HttpRequest request, QObject* context, HttpClient::Callback callback)
{
    if (request.connector.isEmpty())
        request.connector = m_auth->profile().connectorId;
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    m_auth->ensureToken(this,
                        [this, request, hasContext, guard, callback](const Authenticator::Result& result) {
                            if (hasContext && !guard)
                                return;
                            if (!result.ok) {
                                callback(unauthenticated(result));
                                return;
                            }
                            attempt(request, hasContext, guard, callback, false);
                        });
}

void AuthorizedHttp::attempt(const HttpRequest& request, bool hasContext, const QPointer<QObject>& context,
                             const HttpClient::Callback& callback, bool retried)
{
    const quint64 generation = m_auth->credentialGeneration();
    QObject* owner = hasContext ? context.data() : this;
    m_http->send(
        request, owner,
        [this, request, hasContext, context, callback, retried, generation](const HttpResponse& response) {
            if (hasContext && !context)
                return;
            if (response.status != 401 || retried || m_auth->profile().method == AuthProfile::Method::None) {
                callback(response);
                return;
            }
            m_auth->handleUnauthorized(
                generation, this,
                [this, request, hasContext, context, callback, response](const Authenticator::Result& r) {
                    if (hasContext && !context)
                        return;
                    if (!r.ok) {
                        HttpResponse refused = response;
                        refused.errorString = r.errorString;
                        callback(refused);
                        return;
                    }
                    attempt(request, hasContext, context, callback, true);
                });
        });
}

} // namespace Moulin
