#include "http/connecterrors.h"

#include "http/resterrors.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Qafka {

namespace {

// Connect answers errors as {"error_code": HTTP status, "message": "..."}.
QString httpText(const RestResponse &response, const QByteArray &contentType,
                 const QByteArray &body)
{
    const QString message = QJsonDocument::fromJson(body).object().value(u"message").toString();
    if (!RestErrors::looksLikeJson(contentType, body))
        return QCoreApplication::translate(
                   "ConnectErrors",
                   "%1 answered HTTP %2 with %3, not JSON: this is not a Kafka Connect REST API.")
            .arg(response.url)
            .arg(response.httpStatus)
            .arg(RestErrors::contentTypeName(contentType));
    // Only a refusal that passes is worth trying again (409 is also "Connector x already exists").
    if (ConnectErrors::isPassingConflict(response))
        return QCoreApplication::translate(
                   "ConnectErrors",
                   "Connect is rebalancing or its configuration is changing (HTTP %1): %2 Try "
                   "again in a moment.")
            .arg(response.httpStatus)
            .arg(message);
    switch (response.httpStatus) {
    case 401:
        return QCoreApplication::translate(
            "ConnectErrors",
            "Connect refused the credentials (401 Unauthorized): check the user and "
            "password.");
    case 403:
        return QCoreApplication::translate(
                   "ConnectErrors",
                   "Connect accepted the credentials but does not allow this (403 Forbidden): %1")
            .arg(message);
    case 404:
        // JAX-RS's own "HTTP 404 Not Found" is a path Connect does not serve, not a connector.
        return message.isEmpty() || message.startsWith(u"HTTP 404")
                   ? QCoreApplication::translate(
                         "ConnectErrors",
                         "%1 answered 404 Not Found: this address is not a Kafka Connect REST API.")
                         .arg(response.url)
                   : QCoreApplication::translate("ConnectErrors",
                                                 "Connect has no such thing (404): %1")
                         .arg(message);
    default:
        break;
    }
    if (response.httpStatus >= 500)
        return QCoreApplication::translate("ConnectErrors", "Connect failed (HTTP %1): %2")
            .arg(response.httpStatus)
            .arg(message);
    return QCoreApplication::translate("ConnectErrors", "Connect refused the request (HTTP %1): %2")
        .arg(response.httpStatus)
        .arg(message);
}

} // namespace

void ConnectErrors::describe(RestResponse &response, QNetworkReply::NetworkError error,
                             const QString &errorString, const QList<QSslError> &sslErrors,
                             const QByteArray &contentType, const QByteArray &body)
{
    if (response.httpStatus == 0) {
        response.error = RestErrors::networkText(
            response.url, error, errorString, sslErrors, connectTimeoutMs,
            QCoreApplication::translate("ConnectErrors", "the Connect worker"));
        return;
    }
    if (response.httpStatus >= 200 && response.httpStatus < 300) {
        if (!RestErrors::readGoodAnswer(response, body))
            response.error = QCoreApplication::translate(
                                 "ConnectErrors",
                                 "%1 answered, but not with JSON (%2): this is not a Kafka Connect "
                                 "REST API.")
                                 .arg(response.url, RestErrors::contentTypeName(contentType));
        return;
    }
    response.errorCode = response.httpStatus;
    response.serviceMessage = QJsonDocument::fromJson(body).object().value(u"message").toString();
    response.error = httpText(response, contentType, body);
}

bool ConnectErrors::isPassingConflict(const RestResponse &response)
{
    const QString &message = response.serviceMessage;
    if (response.httpStatus == 409)
        return message.contains(u"rebalanc") || message.contains(u"conflicting operation") ||
               message.contains(u"stale configuration") || message.contains(u"leader");
    // A worker that knows a rebalance must come first answers this as a server error (500).
    return response.httpStatus >= 500 && message.contains(u"rebalance is expected");
}

} // namespace Qafka
