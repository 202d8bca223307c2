#pragma once

// Waiting on one HTTP answer, for the tests that link moulin_net (header-only,
// so that moulin_test_support itself does not need it).

#include "common/net/httpclient.h"
#include "testsupport.h"

namespace Moulin::Test {

/// Sends `request` through `client` and waits for the answer; none within `timeoutMs` fails the test and
/// gives a response whose errorString is "timeout".
inline HttpResponse sendAndWait(HttpClient& client, const HttpRequest& request, int timeoutMs = 10000,
                                std::source_location where = std::source_location::current())
{
    HttpResponse result;
    bool done = false;
    client.send(request, nullptr, [&](const HttpResponse& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs)) {
        fail(QStringLiteral("no answer to %1 %2 within %3 ms")
                 .arg(QString::fromLatin1(request.method), request.url.toString())
                 .arg(timeoutMs),
             where);
        result.errorString = QStringLiteral("timeout");
    }
    return result;
}

} // namespace Moulin::Test
