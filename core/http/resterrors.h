#pragma once

#include "http/restresponse.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace Qafka {

// What every JSON REST service's errors share: no HTTP answer at all, and reading a good answer.
class RestErrors
{
public:
    // A request that got no HTTP answer, in words: nobody listening, an unknown host, a timeout,
    // TLS, another protocol. service names what should have answered ("the Schema Registry").
    static QString networkText(const QString &url, QNetworkReply::NetworkError error,
                               const QString &errorString, const QList<QSslError> &sslErrors,
                               int timeoutMs, const QString &service);
    // A 2xx answer: fills response.json and sets ok when body is JSON (or empty); false when not.
    static bool readGoodAnswer(RestResponse &response, const QByteArray &body);
    static bool looksLikeJson(const QByteArray &contentType, const QByteArray &body);
    static QString contentTypeName(const QByteArray &contentType);
};

} // namespace Qafka
