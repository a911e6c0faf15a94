#include "http/restclient.h"

#include <QFile>
#include <QNetworkReply>
#include <QSslKey>

namespace Qafka {

namespace {

QByteArray authorizationFor(const RestEndpointSettings &settings,
                            const RestEndpointSecrets &secrets)
{
    switch (settings.authentication) {
    case RestEndpointSettings::Authentication::Basic:
        return "Basic " + (settings.username + u':' + secrets.password).toUtf8().toBase64();
    case RestEndpointSettings::Authentication::BearerToken:
        return "Bearer " + secrets.token.toUtf8();
    case RestEndpointSettings::Authentication::None:
        break;
    }
    return {};
}

// A key in PEM (RSA, EC or DSA; encrypted or not).
QSslKey readKey(const QByteArray &pem, const QString &passphrase)
{
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return {};
}

constexpr char sslErrorsProperty[] = "qafkaSslErrors";

} // namespace

RestClient::RestClient(const RestEndpointSettings &settings, const RestEndpointSecrets &secrets,
                       RestDialect dialect, QObject *parent)
    : QObject(parent)
    , m_dialect(std::move(dialect))
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrls(settings.urlList())
    , m_authorization(authorizationFor(settings, secrets))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_network->setAutoDeleteReplies(true);
    if (m_baseUrls.isEmpty())
        m_setupError = m_dialect.missingUrlError;
    for (const QString &url : std::as_const(m_baseUrls)) {
        const QUrl parsed(url);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") ||
            parsed.host().isEmpty()) {
            m_setupError = RestClient::tr("“%1” is not an http:// or https:// URL.").arg(url);
            break;
        }
        m_usesTls = m_usesTls || parsed.scheme() == u"https";
    }
    loadTls(settings, secrets);
}

void RestClient::loadTls(const RestEndpointSettings &settings, const RestEndpointSecrets &secrets)
{
    const auto readFile = [this](const QString &path, const QString &what) -> QByteArray {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_setupError = RestClient::tr("The %1 “%2” cannot be read: %3.")
                               .arg(what, path, file.errorString());
            return {};
        }
        return file.readAll();
    };
    if (!settings.caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromData(
            readFile(settings.caFile, RestClient::tr("CA file")), QSsl::Pem);
        if (certificates.isEmpty() && m_setupError.isEmpty())
            m_setupError =
                RestClient::tr("The CA file “%1” holds no PEM certificate.").arg(settings.caFile);
        m_tls.setCaCertificates(certificates);
    }
    if (!settings.certificateFile.isEmpty()) {
        const auto chain = QSslCertificate::fromData(
            readFile(settings.certificateFile, RestClient::tr("client certificate")), QSsl::Pem);
        if (!chain.isEmpty())
            m_tls.setLocalCertificateChain(chain);
        const QString keyPath =
            settings.keyFile.isEmpty() ? settings.certificateFile : settings.keyFile;
        const QSslKey key =
            readKey(readFile(keyPath, RestClient::tr("key file")), secrets.keyPassphrase);
        if (key.isNull() && m_setupError.isEmpty())
            m_setupError =
                RestClient::tr("The key file “%1” holds no key Qafka can read: check its "
                               "passphrase.")
                    .arg(keyPath);
        m_tls.setPrivateKey(key);
    }
    if (settings.skipTlsVerification)
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
}

void RestClient::get(const QString &path, Callback done)
{
    start({"GET", path, {}, std::move(done)});
}

void RestClient::send(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                      Callback done)
{
    start({verb, path, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
           std::move(done)});
}

void RestClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this); // no callback runs for a call given up on
        reply->abort();
    }
}

void RestClient::start(Call call)
{
    if (!m_setupError.isEmpty()) {
        RestResponse response;
        response.error = m_setupError;
        // Never synchronously: callers may still be setting up.
        QMetaObject::invokeMethod(
            this, [done = std::move(call.done), response] { done(response); },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(QUrl(m_baseUrls.at(call.urlIndex) + call.path));
    request.setRawHeader("Accept", m_dialect.accept);
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_dialect.contentType);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (m_usesTls)
        request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_dialect.timeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.verb, call.body);
    reply->setParent(this);
    // The handshake's own reasons (untrusted issuer, wrong host name) arrive before finished.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call)] { finish(reply, call); });
}

void RestClient::finish(QNetworkReply *reply, Call call)
{
    RestResponse response;
    response.url = reply->url().toString();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_dialect.describe(response, reply->error(), reply->errorString(),
                       reply->property(sslErrorsProperty).value<QList<QSslError>>(),
                       reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                       reply->readAll());
    if (response.httpStatus == 0 && call.urlIndex + 1 < m_baseUrls.size()) {
        ++call.urlIndex;
        start(std::move(call));
        return;
    }
    call.done(response);
}

} // namespace Qafka
