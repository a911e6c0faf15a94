#include "http/registryclient.h"

#include "http/registryerrors.h"

#include <QFile>
#include <QNetworkReply>
#include <QSslKey>

namespace Qafka {

namespace {

QByteArray authorizationFor(const RegistrySettings &settings, const ProfileSecrets &secrets)
{
    switch (settings.authentication) {
    case RegistrySettings::Authentication::Basic:
        return "Basic " + (settings.username + u':' + secrets.registryPassword).toUtf8().toBase64();
    case RegistrySettings::Authentication::BearerToken:
        return "Bearer " + secrets.registryToken.toUtf8();
    case RegistrySettings::Authentication::None:
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

RegistryClient::RegistryClient(const RegistrySettings &settings, const ProfileSecrets &secrets,
                               QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrls(settings.urlList())
    , m_authorization(authorizationFor(settings, secrets))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_network->setAutoDeleteReplies(true);
    if (m_baseUrls.isEmpty())
        m_setupError = RegistryClient::tr("No Schema Registry URL is set for this connection.");
    for (const QString &url : std::as_const(m_baseUrls)) {
        const QUrl parsed(url);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") ||
            parsed.host().isEmpty()) {
            m_setupError = RegistryClient::tr("“%1” is not an http:// or https:// URL.").arg(url);
            break;
        }
        m_usesTls = m_usesTls || parsed.scheme() == u"https";
    }
    loadTls(settings, secrets);
}

void RegistryClient::loadTls(const RegistrySettings &settings, const ProfileSecrets &secrets)
{
    const auto readFile = [this](const QString &path, const QString &what) -> QByteArray {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_setupError = RegistryClient::tr("The registry's %1 “%2” cannot be read: %3.")
                               .arg(what, path, file.errorString());
            return {};
        }
        return file.readAll();
    };
    if (!settings.caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromData(
            readFile(settings.caFile, RegistryClient::tr("CA file")), QSsl::Pem);
        if (certificates.isEmpty() && m_setupError.isEmpty())
            m_setupError =
                RegistryClient::tr("The registry's CA file “%1” holds no PEM certificate.")
                    .arg(settings.caFile);
        m_tls.setCaCertificates(certificates);
    }
    if (!settings.certificateFile.isEmpty()) {
        const auto chain = QSslCertificate::fromData(
            readFile(settings.certificateFile, RegistryClient::tr("client certificate")),
            QSsl::Pem);
        if (!chain.isEmpty())
            m_tls.setLocalCertificateChain(chain);
        const QString keyPath =
            settings.keyFile.isEmpty() ? settings.certificateFile : settings.keyFile;
        const QSslKey key = readKey(readFile(keyPath, RegistryClient::tr("key file")),
                                    secrets.registryKeyPassphrase);
        if (key.isNull() && m_setupError.isEmpty())
            m_setupError =
                RegistryClient::tr("The registry's key file “%1” holds no key Qafka can read: "
                                   "check its passphrase.")
                    .arg(keyPath);
        m_tls.setPrivateKey(key);
    }
    if (settings.skipTlsVerification)
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
}

void RegistryClient::get(const QString &path, Callback done)
{
    start({"GET", path, {}, std::move(done)});
}

void RegistryClient::send(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                          Callback done)
{
    start({verb, path, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
           std::move(done)});
}

void RegistryClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this); // no callback runs for a call given up on
        reply->abort();
    }
}

void RegistryClient::start(Call call)
{
    if (!m_setupError.isEmpty()) {
        RegistryResponse response;
        response.error = m_setupError;
        // Never synchronously: callers may still be setting up.
        QMetaObject::invokeMethod(
            this, [done = std::move(call.done), response] { done(response); },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(QUrl(m_baseUrls.at(call.urlIndex) + call.path));
    request.setRawHeader("Accept", "application/vnd.schemaregistry.v1+json, application/json");
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/vnd.schemaregistry.v1+json"));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (m_usesTls)
        request.setSslConfiguration(m_tls);
    request.setTransferTimeout(registryTimeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.verb, call.body);
    reply->setParent(this);
    // The handshake's own reasons (untrusted issuer, wrong host name) arrive before finished.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call)] { finish(reply, call); });
}

void RegistryClient::finish(QNetworkReply *reply, Call call)
{
    RegistryResponse response;
    response.url = reply->url().toString();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    RegistryErrors::describe(response, reply->error(), reply->errorString(),
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
