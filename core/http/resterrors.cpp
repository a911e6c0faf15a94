#include "http/resterrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace Qafka {

namespace {

QString hostOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.port() < 0 ? parsed.host()
                             : parsed.host() + u':' + QString::number(parsed.port());
}

} // namespace

QString RestErrors::networkText(const QString &url, QNetworkReply::NetworkError error,
                                const QString &errorString, const QList<QSslError> &sslErrors,
                                int timeoutMs, const QString &service)
{
    const QString host = hostOf(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
                   "RestErrors", "Nothing accepts connections at %1 (connection refused): check "
                                 "the URL and that %2 runs.")
            .arg(host, service);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate(
                   "RestErrors", "The host of %1 is not known (name lookup failed): check the URL.")
            .arg(url);
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate(
                   "RestErrors",
                   "%1 did not answer within %2 s: %3 is down, overloaded or behind a firewall.")
            .arg(host)
            .arg(timeoutMs / 1000)
            .arg(service);
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &sslError : sslErrors)
            reasons.append(sslError.errorString());
        return QCoreApplication::translate(
                   "RestErrors",
                   "TLS with %1 failed: %2. Check the CA file (or that the URL should start "
                   "with http:// instead of https://).")
            .arg(host, reasons.isEmpty() ? errorString : reasons.join(u"; "));
    }
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
        return QCoreApplication::translate(
                   "RestErrors", "%1 closed the connection without an HTTP answer: it may expect "
                                 "TLS (https://) or speak another protocol.")
            .arg(host);
    default:
        return QCoreApplication::translate("RestErrors", "The request to %1 failed: %2.")
            .arg(url, errorString);
    }
}

bool RestErrors::readGoodAnswer(RestResponse &response, const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) { // 204 No Content, or a 202 without a body
        response.ok = true;
        return true;
    }
    QJsonParseError parseError;
    response.json = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        response.ok = true;
        return true;
    }
    // A registry's delete answers a bare number (the version deleted), which QJsonDocument does
    // not take alone: it comes back as a one-element array.
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + trimmed + ']');
    if (wrapped.isArray() && wrapped.array().size() == 1) {
        response.json = wrapped;
        response.ok = true;
        return true;
    }
    response.json = {};
    return false;
}

bool RestErrors::looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    return contentType.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('[');
}

QString RestErrors::contentTypeName(const QByteArray &contentType)
{
    return contentType.isEmpty() ? QCoreApplication::translate("RestErrors", "no content type")
                                 : QString::fromLatin1(contentType);
}

} // namespace Qafka
