#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Qafka {

// One answer of a Schema Registry, or why there was none. ok means a 2xx reply whose body is
// JSON; otherwise error says what went wrong in words a user acts on.
// How long a registry request may take before it counts as unanswered.
inline constexpr int registryTimeoutMs = 15000;

struct RegistryResponse
{
    bool ok = false;
    int httpStatus = 0;   // 0: no HTTP answer at all
    int registryCode = 0; // the registry's error_code (40401, 40403, 409, 42201...), 0 if none
    QJsonDocument json;
    QString url; // the URL asked, for messages
    QString error;
};

} // namespace Qafka
