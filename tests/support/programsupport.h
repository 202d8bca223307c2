#pragma once

// The real binaries in their own processes, as a scheduled job or an SSH
// session runs them: Moulin's headless modes and the standalone sandbox.

#include "common/core/connectorconfig.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Moulin::Test {

/// This process's environment without a display (DISPLAY, WAYLAND_DISPLAY
/// and QT_QPA_PLATFORM removed): a headless mode must not need one at all,
/// and no real browser opens.
QProcessEnvironment headlessEnvironment();

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with `arguments` in headlessEnvironment() to its end and
/// returns its exit code and output; aborts the test (qFatal) when it has not
/// finished within `timeoutMs`.
ProgramRun runHeadless(const QString& program, const QStringList& arguments, int timeoutMs);

/// `moulin-sandbox --port 0 --seed N` in its own process, killed on
/// destruction or stop().
class StandaloneSandbox
{
public:
    StandaloneSandbox() = default;
    ~StandaloneSandbox() { stop(); }
    StandaloneSandbox(const StandaloneSandbox&) = delete;
    StandaloneSandbox& operator=(const StandaloneSandbox&) = delete;

    /// Starts `program` (the moulin-sandbox binary) and returns the first line
    /// it prints, the banner with its address; empty when it printed nothing
    /// within 10 s.
    QString start(const QString& program, int seed);
    /// The address the banner announced; invalid when it named none.
    QUrl baseUrl() const { return m_baseUrl; }
    void stop();

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

/// Lightspeed on the standalone sandbox at `baseUrl`: the restaurant's
/// location, no token (the standalone sandbox asks for none), sales and menu
/// items enabled, promotions disabled.
inline ConnectorConfig standaloneLightspeed(const QUrl& baseUrl)
{
    ConnectorConfig pos;
    pos.typeKey = QStringLiteral("pos_type");
    pos.typeName = QStringLiteral("LightSpeed");
    pos.connectorId = QStringLiteral("lightspeed");
    pos.apiUrl = baseUrl;
    pos.storeId = SandboxLightspeed::businessLocationId();
    pos.authMethod = QStringLiteral("none");
    pos.feeds = {{QStringLiteral("transactions"), true, 5},
                 {QStringLiteral("menu_items"), true, 60},
                 {QStringLiteral("promotions"), false, 120}};
    return pos;
}

} // namespace Moulin::Test
