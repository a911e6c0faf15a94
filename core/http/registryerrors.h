#pragma once

#include "http/registryresponse.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace Qafka {

// Turns what went wrong with a registry request into a sentence a user acts on: nobody listening,
// an unknown host, TLS, credentials, an address that is not a registry (or lacks a path prefix
// such as Apicurio's /apis/ccompat/v7), and the registry's own error codes.
class RegistryErrors
{
public:
    // error: the reply's network error; sslErrors as the reply reported them; body: what came
    // back. Fills response.error (and errorCode) unless the answer is a good one.
    static void describe(RegistryResponse &response, QNetworkReply::NetworkError error,
                         const QString &errorString, const QList<QSslError> &sslErrors,
                         const QByteArray &contentType, const QByteArray &body);

    // The registry's words for an error_code, with what it means for the user.
    static QString registryCodeText(int code, const QString &message);
};

} // namespace Qafka
