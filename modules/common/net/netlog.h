#pragma once

#include <QLoggingCategory>

namespace Moulin {

/// The network layer's logging category ("moulin.net"). Every line names the
/// connector it is about and carries only redacted URLs and headers.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace Moulin
