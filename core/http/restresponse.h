#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Qafka {

// One answer of a JSON REST service (a Schema Registry, Kafka Connect), or why there was none.
// ok means a 2xx reply whose body is JSON (or empty); otherwise error says what went wrong in
// words a user acts on.
struct RestResponse
{
    bool ok = false;
    int httpStatus = 0; // 0: no HTTP answer at all
    int errorCode = 0;  // the service's error_code (40401, 42201, 409...), 0 if none
    QJsonDocument json;
    QString url; // the URL asked, for messages
    QString error;
    QString serviceMessage; // the service's own "message", as it sent it
};

} // namespace Qafka
