#include "http/registryerrors.h"

#include "http/resterrors.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Qafka {

namespace {

QString httpText(RegistryResponse &response, const QByteArray &contentType, const QByteArray &body)
{
    // Registry error codes are the HTTP status with two digits more (40401, 42201); some
    // servers (Apicurio's REST layer) put the bare status there for paths they do not serve.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    int code = object.value(u"error_code").toInt();
    const QString message = object.value(u"message").toString();
    // Apicurio answers a rejected schema with the right HTTP status but error_code 0.
    if (code < 10000 && code != 409 && !message.isEmpty() &&
        (response.httpStatus == 409 || response.httpStatus == 422))
        code = response.httpStatus == 409 ? 409 : 42201;
    if (code >= 10000 || code == 409) {
        response.errorCode = code;
        return RegistryErrors::registryCodeText(code, message);
    }
    const QString saying =
        message.isEmpty()
            ? QString()
            : u' ' + QCoreApplication::translate("RegistryErrors", "The registry says: %1")
                         .arg(message);
    switch (response.httpStatus) {
    case 401:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The registry refused the credentials (401 Unauthorized): check the user "
                   "or API key and its secret, or the token.") +
               saying;
    case 403:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The registry accepted the credentials but does not allow this "
                   "(403 Forbidden).") +
               saying;
    case 404:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "%1 answered 404 Not Found: this address is not a Schema Registry API root. "
                   "Some registries serve it under a path, such as Apicurio's "
                   "/apis/ccompat/v7.")
            .arg(response.url);
    default:
        break;
    }
    if (!message.isEmpty() && response.httpStatus >= 500)
        return QCoreApplication::translate("RegistryErrors", "The registry failed (HTTP %1): %2")
            .arg(response.httpStatus)
            .arg(message);
    if (!RestErrors::looksLikeJson(contentType, body))
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "%1 answered HTTP %2 with %3, not JSON: this is not a Schema Registry.")
            .arg(response.url)
            .arg(response.httpStatus)
            .arg(RestErrors::contentTypeName(contentType));
    return QCoreApplication::translate("RegistryErrors", "%1 answered HTTP %2.")
        .arg(response.url)
        .arg(response.httpStatus);
}

} // namespace

void RegistryErrors::describe(RegistryResponse &response, QNetworkReply::NetworkError error,
                              const QString &errorString, const QList<QSslError> &sslErrors,
                              const QByteArray &contentType, const QByteArray &body)
{
    if (response.httpStatus == 0) {
        response.error =
            RestErrors::networkText(response.url, error, errorString, sslErrors, registryTimeoutMs,
                                    QCoreApplication::translate("RegistryErrors", "the registry"));
        return;
    }
    if (response.httpStatus >= 200 && response.httpStatus < 300) {
        // Every registry answer has a body: an empty one is some other server's.
        if (body.trimmed().isEmpty() || !RestErrors::readGoodAnswer(response, body))
            response.error =
                QCoreApplication::translate("RegistryErrors",
                                            "%1 answered, but not with JSON (%2): this is not a "
                                            "Schema Registry API root.")
                    .arg(response.url, RestErrors::contentTypeName(contentType));
        return;
    }
    response.error = httpText(response, contentType, body);
}

QString RegistryErrors::registryCodeText(int code, const QString &message)
{
    switch (code) {
    case 40401:
        return QCoreApplication::translate("RegistryErrors",
                                           "The registry has no such subject (40401: %1).")
            .arg(message);
    case 40402:
        return QCoreApplication::translate("RegistryErrors",
                                           "The registry has no such version (40402: %1).")
            .arg(message);
    case 40403:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The registry has no schema with this id (40403: %1): it was deleted, or "
                   "the message was written against another registry.")
            .arg(message);
    case 409:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The schema is incompatible with the subject's earlier versions (409: %1).")
            .arg(message);
    case 40404:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The subject is soft-deleted (40404: %1); show deleted subjects to see it.")
            .arg(message);
    case 40405:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The subject must be soft-deleted before it can be deleted permanently "
                   "(40405: %1).")
            .arg(message);
    case 40406:
        return QCoreApplication::translate("RegistryErrors",
                                           "The version is soft-deleted (40406: %1).")
            .arg(message);
    case 40407:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The version must be soft-deleted before it can be deleted permanently "
                   "(40407: %1).")
            .arg(message);
    case 40408:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The subject has no compatibility level of its own (40408: %1).")
            .arg(message);
    case 42201:
        return QCoreApplication::translate("RegistryErrors",
                                           "The registry says the schema is invalid (42201: %1).")
            .arg(message);
    case 42202:
        return QCoreApplication::translate("RegistryErrors",
                                           "The registry says the version is invalid (42202: %1).")
            .arg(message);
    case 42203:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The registry does not accept this compatibility level (42203: %1).")
            .arg(message);
    case 42205:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "The registry does not permit this now (42205: %1): it may be in read-only or "
                   "import mode.")
            .arg(message);
    case 42206:
        return QCoreApplication::translate(
                   "RegistryErrors",
                   "Other schemas still reference this one, so it cannot be deleted (42206: %1).")
            .arg(message);
    default:
        return QCoreApplication::translate("RegistryErrors", "The registry answered error %1: %2.")
            .arg(code)
            .arg(message);
    }
}

} // namespace Qafka
