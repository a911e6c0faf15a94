#include "probes/quorumprobe.h"

#include "probes/quorumresponses.h"
#include "profiles/connectionprofile.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>
#include <climits>
#include <memory>
#include <utility>

namespace Qafka {

namespace {

using namespace QuorumResponses;

constexpr qint16 SaslAuthenticationFailed = 58;
// A larger size prefix is not Kafka talking (e.g. a TLS record read as plaintext), not a big reply.
constexpr qint32 MaxFrameSize = 16 * 1024 * 1024;
// Kafka stores SCRAM credentials with 4096..16384 iterations; the margin is for other servers, the
// bound keeps a hostile one from pinning the worker thread in PBKDF2 far beyond the timeout.
constexpr int MaxScramIterations = 100000;

QString errorName(int code)
{
    static constexpr std::pair<int, const char *> names[] = {{-1, "UNKNOWN_SERVER_ERROR"},
                                                             {2, "CORRUPT_MESSAGE"},
                                                             {3, "UNKNOWN_TOPIC_OR_PARTITION"},
                                                             {5, "LEADER_NOT_AVAILABLE"},
                                                             {6, "NOT_LEADER_OR_FOLLOWER"},
                                                             {7, "REQUEST_TIMED_OUT"},
                                                             {8, "BROKER_NOT_AVAILABLE"},
                                                             {15, "COORDINATOR_NOT_AVAILABLE"},
                                                             {29, "TOPIC_AUTHORIZATION_FAILED"},
                                                             {31, "CLUSTER_AUTHORIZATION_FAILED"},
                                                             {33, "UNSUPPORTED_SASL_MECHANISM"},
                                                             {34, "ILLEGAL_SASL_STATE"},
                                                             {35, "UNSUPPORTED_VERSION"},
                                                             {41, "NOT_CONTROLLER"},
                                                             {42, "INVALID_REQUEST"},
                                                             {58, "SASL_AUTHENTICATION_FAILED"}};
    for (const auto &[number, name] : names) {
        if (number == code)
            return QLatin1String(name);
    }
    return QStringLiteral("error code %1").arg(code);
}

template <typename T> void putInt(QByteArray &out, T value)
{
    const T big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), qsizetype(sizeof big));
}

void putUvarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// "string" and "bytes": int16/int32 length before flexible versions, unsigned varint length+1 in
// flexible ("compact") versions.
void putString(QByteArray &out, const QByteArray &value, bool compact)
{
    if (compact)
        putUvarint(out, quint64(value.size()) + 1);
    else
        putInt(out, qint16(value.size()));
    out.append(value);
}

void putBytes(QByteArray &out, const QByteArray &value, bool compact)
{
    if (compact)
        putUvarint(out, quint64(value.size()) + 1);
    else
        putInt(out, qint32(value.size()));
    out.append(value);
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// The private key in PEM (PKCS#8, encrypted or not, or the traditional "RSA/EC/DSA PRIVATE KEY"
// forms) or DER. QSslKey must be told the algorithm, so each is tried in turn.
QSslKey privateKeyFrom(const QByteArray &data, const QByteArray &passphrase)
{
    const QSsl::EncodingFormat format = data.contains("-----BEGIN") ? QSsl::Pem : QSsl::Der;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(data, algorithm, format, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

// The two values a SCRAM client derives from the password (RFC 5802 section 3): the proof it
// sends, and the signature that proves the server knows the credentials too.
struct ScramProof
{
    QByteArray client;
    QByteArray serverSignature;
};

ScramProof scramProof(QCryptographicHash::Algorithm algorithm, const QByteArray &password,
                      const QByteArray &salt, int iterations, const QByteArray &authMessage)
{
    const int hashLength = algorithm == QCryptographicHash::Sha256 ? 32 : 64;
    const QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        algorithm, password, salt, iterations, quint64(hashLength));
    const auto hmac = [algorithm](const QByteArray &key, const QByteArray &message) {
        return QMessageAuthenticationCode::hash(message, key, algorithm);
    };
    const QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, algorithm);
    QByteArray proof = hmac(storedKey, authMessage);
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ clientKey.at(i));
    const QByteArray serverKey = hmac(saltedPassword, QByteArrayLiteral("Server Key"));
    return {proof, hmac(serverKey, authMessage)};
}

struct Session
{
    explicit Session(const QuorumProbeSettings &s)
        : settings(s)
        , deadline(std::max(1, s.timeoutMs))
    {}

    const QuorumProbeSettings &settings;
    QDeadlineTimer deadline;
    // Why Qt refused the client certificate or key (set from the socket's signal, so declared
    // before the socket, which may still signal while it is destroyed).
    QString clientCertificateError;
    std::unique_ptr<QTcpSocket> socket;
    qint32 correlationId = 0;
    QString error;

    QString address() const { return settings.host + u':' + QString::number(settings.port); }
    int remainingMs() const
    {
        return int(std::clamp<qint64>(deadline.remainingTime(), 1, INT_MAX));
    }
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool timedOut() const
    {
        return deadline.hasExpired() || socket->error() == QAbstractSocket::SocketTimeoutError;
    }
    bool stopRequested() const { return settings.stop && settings.stop->load(); }
    // Waits (waitForReadyRead and its kind) in slices of at most 100 ms, so a stop request is
    // noticed; true once wait succeeded. A slice's timeout leaves the socket open.
    template <typename Wait> bool waitSliced(Wait wait)
    {
        while (!deadline.hasExpired() && !stopRequested()) {
            if (wait(int(std::min<qint64>(remainingMs(), 100))))
                return true;
            if (socket->error() != QAbstractSocket::SocketTimeoutError)
                return false;
        }
        return false;
    }
    bool failWaiting(const QString &what)
    {
        if (stopRequested())
            return fail(QStringLiteral("stopped while waiting for the %1 response from %2")
                            .arg(what, address()));
        if (timedOut())
            return fail(QStringLiteral("timed out after %1 ms waiting for the %2 response from %3")
                            .arg(QString::number(settings.timeoutMs), what, address()));
        if (socket->error() == QAbstractSocket::RemoteHostClosedError) {
            // A listener with ssl.client.auth=required completes the TLS 1.3 handshake with a
            // client that sent no certificate and then drops it at its first request.
            if (settings.useTls && settings.certificateFile.isEmpty())
                return fail(QStringLiteral("%1 closed the connection during %2 (wrong listener or "
                                           "protocol, or a broker that requires a client "
                                           "certificate?)")
                                .arg(address(), what));
            return fail(
                QStringLiteral("%1 closed the connection during %2 (wrong listener or protocol?)")
                    .arg(address(), what));
        }
        return fail(QStringLiteral("%1 failed: %2").arg(what, socket->errorString()));
    }

    bool open()
    {
        QSslSocket *ssl = nullptr;
        if (settings.useTls) {
            ssl = connectEncrypted();
            if (!ssl)
                return false;
        } else {
            socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(settings.host, quint16(settings.port));
        }
        if (!socket->waitForConnected(remainingMs())) {
            if (timedOut())
                return fail(QStringLiteral("timed out after %1 ms connecting to %2")
                                .arg(QString::number(settings.timeoutMs), address()));
            return fail(
                QStringLiteral("cannot connect to %1: %2").arg(address(), socket->errorString()));
        }
        if (!clientCertificateError.isEmpty())
            return unusableClientCertificate();
        if (ssl && !waitSliced([&](int ms) { return ssl->waitForEncrypted(ms); }))
            return handshakeFailed(ssl);
        return true;
    }

    // Starts connecting with TLS and returns the socket (also in `socket`), or nullptr after
    // fail() when the TLS configuration cannot be made.
    QSslSocket *connectEncrypted()
    {
        if (!QSslSocket::supportsSsl()) {
            fail(QStringLiteral("TLS is not available (no Qt TLS backend)"));
            return nullptr;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!settings.caFile.isEmpty() && !loadCaCertificates(&config))
            return nullptr;
        if ((!settings.certificateFile.isEmpty() || !settings.keyFile.isEmpty()) &&
            !loadClientCertificate(&config))
            return nullptr;
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        auto sslSocket = std::make_unique<QSslSocket>();
        QSslSocket *ssl = sslSocket.get();
        ssl->setSslConfiguration(config);
        // Qt checks that the key belongs to the certificate only once the TCP connection
        // stands; it then reports SslInvalidUserDataError (soon overwritten by a vaguer
        // SslInternalError) and waits for a handshake it never started. Keep the first.
        QObject::connect(ssl, &QSslSocket::errorOccurred, ssl,
                         [this, ssl](QAbstractSocket::SocketError socketError) {
                             if (socketError == QAbstractSocket::SslInvalidUserDataError &&
                                 clientCertificateError.isEmpty())
                                 clientCertificateError = ssl->errorString();
                         });
        if (!settings.verifyHostname) {
            // Still verify the chain; only a name mismatch is forgiven (like librdkafka's
            // ssl.endpoint.identification.algorithm=none).
            QObject::connect(
                ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &errors) {
                    if (std::all_of(errors.begin(), errors.end(), [](const QSslError &e) {
                            return e.error() == QSslError::HostNameMismatch;
                        }))
                        ssl->ignoreSslErrors();
                });
        }
        ssl->connectToHostEncrypted(settings.host, quint16(settings.port));
        socket = std::move(sslSocket);
        return ssl;
    }

    // Puts the certificates of the CA file (PEM or DER) into config.
    bool loadCaCertificates(QSslConfiguration *config)
    {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the CA file %1").arg(settings.caFile));
        const QByteArray data = file.readAll();
        QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromData(data, QSsl::Der);
        if (cas.isEmpty())
            return fail(QStringLiteral("no certificate in the CA file %1").arg(settings.caFile));
        config->setCaCertificates(cas);
        return true;
    }

    bool unusableClientCertificate()
    {
        const QString keyPath =
            settings.keyFile.isEmpty() ? settings.certificateFile : settings.keyFile;
        // OpenSSL's X509_R_KEY_VALUES_MISMATCH, the common mistake.
        if (clientCertificateError.contains(QLatin1String("key values mismatch")))
            return fail(QStringLiteral("the client key %1 does not belong to the client "
                                       "certificate %2 (%3)")
                            .arg(keyPath, settings.certificateFile, clientCertificateError));
        return fail(QStringLiteral("the client certificate %1 and key %2 cannot be used: %3")
                        .arg(settings.certificateFile, keyPath, clientCertificateError));
    }

    // Why the TLS handshake on ssl did not complete.
    bool handshakeFailed(QSslSocket *ssl)
    {
        if (!clientCertificateError.isEmpty())
            return unusableClientCertificate();
        if (timedOut())
            return fail(QStringLiteral("timed out after %1 ms in the TLS handshake with %2")
                            .arg(QString::number(settings.timeoutMs), address()));
        QStringList reasons;
        for (const QSslError &e : ssl->sslHandshakeErrors())
            reasons.append(e.errorString());
        if (reasons.isEmpty())
            reasons.append(ssl->errorString());
        return fail(QStringLiteral("TLS handshake with %1 failed: %2")
                        .arg(address(), reasons.join(QStringLiteral("; "))));
    }

    // Puts the client certificate and its key into config, or fails saying which file is wrong.
    bool loadClientCertificate(QSslConfiguration *config)
    {
        if (settings.certificateFile.isEmpty())
            return fail(QStringLiteral("the client key %1 has no client certificate to go with it")
                            .arg(settings.keyFile));
        if (isPkcs12File(settings.certificateFile))
            return loadPkcs12(config);
        QByteArray certificateData;
        QString reason;
        if (!readFile(settings.certificateFile, &certificateData, &reason))
            return fail(QStringLiteral("cannot read the client certificate file %1: %2")
                            .arg(settings.certificateFile, reason));
        QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
        if (chain.isEmpty())
            chain = QSslCertificate::fromData(certificateData, QSsl::Der);
        if (chain.isEmpty())
            return fail(QStringLiteral("no certificate in the client certificate file %1")
                            .arg(settings.certificateFile));

        const QString keyPath =
            settings.keyFile.isEmpty() ? settings.certificateFile : settings.keyFile;
        QByteArray keyData = certificateData;
        if (!settings.keyFile.isEmpty() && !readFile(keyPath, &keyData, &reason))
            return fail(
                QStringLiteral("cannot read the client key file %1: %2").arg(keyPath, reason));
        if (settings.keyFile.isEmpty() && !keyData.contains("PRIVATE KEY-----"))
            return fail(QStringLiteral("the client certificate file %1 holds no private key, and "
                                       "no key file is given")
                            .arg(keyPath));
        // PKCS#8 "ENCRYPTED PRIVATE KEY" or a traditional PEM key with "Proc-Type: 4,ENCRYPTED".
        const bool encrypted = keyData.contains("ENCRYPTED");
        if (encrypted && settings.keyPassphrase.isEmpty())
            return fail(QStringLiteral("the client key %1 is encrypted, but no passphrase is given")
                            .arg(keyPath));
        const QSslKey key = privateKeyFrom(keyData, settings.keyPassphrase.toUtf8());
        if (key.isNull()) {
            if (encrypted)
                return fail(QStringLiteral("cannot decrypt the client key %1: wrong passphrase?")
                                .arg(keyPath));
            return fail(QStringLiteral("no usable private key in the client key file %1 (PEM or "
                                       "DER, RSA, EC or DSA expected)")
                            .arg(keyPath));
        }
        config->setLocalCertificateChain(chain);
        config->setPrivateKey(key);
        return true;
    }

    // A PKCS#12 bundle: the certificate, its key and the chain, opened with the passphrase.
    bool loadPkcs12(QSslConfiguration *config)
    {
        QFile file(settings.certificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the client certificate file %1: %2")
                            .arg(settings.certificateFile, file.errorString()));
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain,
                                           settings.keyPassphrase.toUtf8()))
            return fail(QStringLiteral("cannot open the PKCS#12 file %1: wrong passphrase, or not "
                                       "a PKCS#12 file?")
                            .arg(settings.certificateFile));
        chain.prepend(certificate);
        config->setLocalCertificateChain(chain);
        config->setPrivateKey(key);
        return true;
    }

    bool readExactly(qint64 size, const QString &what)
    {
        while (socket->bytesAvailable() < size) {
            if (!waitSliced([&](int ms) { return socket->waitForReadyRead(ms); }))
                return failWaiting(what);
        }
        return true;
    }

    // Sends one request and returns its response body, positioned after the response header.
    // Flexible requests use request header v2 and response header v1, except that ApiVersions
    // always answers with header v0 so that any client can parse it (KIP-511).
    std::optional<KafkaReader> call(qint16 apiKey, qint16 version, bool flexible,
                                    const QByteArray &body, const QString &what)
    {
        QByteArray request;
        putInt(request, qint16(apiKey));
        putInt(request, version);
        putInt(request, ++correlationId);
        putString(request, QByteArrayLiteral("qafka"), false); // client id: never compact
        if (flexible)
            putUvarint(request, 0);
        request.append(body);
        QByteArray frame;
        putInt(frame, qint32(request.size()));
        frame.append(request);
        socket->write(frame);
        while (socket->bytesToWrite() > 0) {
            if (!waitSliced([&](int ms) { return socket->waitForBytesWritten(ms); })) {
                failWaiting(what);
                return std::nullopt;
            }
        }

        if (!readExactly(4, what))
            return std::nullopt;
        const qint32 size = qFromBigEndian<qint32>(socket->read(4).constData());
        if (size < 4 || size > MaxFrameSize) {
            fail(QStringLiteral("%1 did not answer %2 like a Kafka broker (wrong listener or "
                                "protocol?)")
                     .arg(address(), what));
            return std::nullopt;
        }
        if (!readExactly(size, what))
            return std::nullopt;
        KafkaReader reader{socket->read(size)};
        if (reader.int32() != correlationId) {
            fail(QStringLiteral("%1 answered %2 with a wrong correlation id").arg(address(), what));
            return std::nullopt;
        }
        if (flexible && apiKey != ApiVersionsKey)
            reader.skipTaggedFields();
        return reader;
    }

    bool malformed(const QString &what)
    {
        return fail(QStringLiteral("malformed %1 response from %2").arg(what, address()));
    }

    bool brokerError(const QString &what, int code, const QByteArray &message)
    {
        QString text = QStringLiteral("%1 failed: %2").arg(what, errorName(code));
        if (!message.isEmpty())
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(message));
        return fail(text);
    }

    // ApiVersions v3 (flexible, Kafka >= 2.4) tells which DescribeQuorum and SaslAuthenticate
    // versions this broker speaks; brokers accept it before SASL authentication. A maximum
    // stays -1 when the broker lacks the API.
    bool askApiVersions(qint16 *describeQuorumMax, qint16 *saslAuthenticateMax)
    {
        QByteArray body;
        putString(body, QByteArrayLiteral("qafka"), true);
        putString(body, QByteArrayLiteral("1"), true);
        putUvarint(body, 0);
        std::optional<KafkaReader> reply =
            call(ApiVersionsKey, 3, true, body, QStringLiteral("ApiVersions"));
        if (!reply)
            return false;
        const std::optional<ApiVersions> versions = readApiVersions(*reply);
        if (!versions)
            return malformed(QStringLiteral("ApiVersions"));
        if (versions->errorCode)
            return brokerError(QStringLiteral("ApiVersions"), versions->errorCode, {});
        *describeQuorumMax = versions->describeQuorumMax;
        *saslAuthenticateMax = versions->saslAuthenticateMax;
        return true;
    }

    // mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.
    bool authenticate(const QString &mechanism, qint16 saslAuthenticateMax)
    {
        if (!saslHandshake(mechanism))
            return false;
        if (saslAuthenticateMax < 0)
            return fail(QStringLiteral("%1 does not support SaslAuthenticate").arg(address()));
        const qint16 version = std::min<qint16>(saslAuthenticateMax, 2);
        if (mechanism.startsWith(QLatin1String("SCRAM-")))
            return authenticateScram(mechanism, version);
        QByteArray token;
        token.append('\0').append(settings.username.toUtf8());
        token.append('\0').append(settings.password.toUtf8());
        return saslAuthenticate(version, token).has_value();
    }

    bool saslHandshake(const QString &mechanism)
    {
        // SaslHandshake v1 (v0 would mean raw SASL tokens without SaslAuthenticate framing).
        QByteArray body;
        putString(body, mechanism.toUtf8(), false);
        std::optional<KafkaReader> reply =
            call(SaslHandshakeKey, 1, false, body, QStringLiteral("SaslHandshake"));
        if (!reply)
            return false;
        const std::optional<SaslHandshake> handshake = readSaslHandshake(*reply);
        if (!handshake)
            return malformed(QStringLiteral("SaslHandshake"));
        if (handshake->errorCode == 33)
            return fail(QStringLiteral("SASL mechanism %1 is not enabled on %2 (it offers %3)")
                            .arg(mechanism, address(),
                                 handshake->enabledMechanisms.join(QStringLiteral(", "))));
        if (handshake->errorCode)
            return brokerError(QStringLiteral("SaslHandshake"), handshake->errorCode, {});
        return true;
    }

    // One SaslAuthenticate round: sends token, returns the server's token.
    std::optional<QByteArray> saslAuthenticate(qint16 version, const QByteArray &token)
    {
        const bool flexible = version >= 2;
        QByteArray request;
        putBytes(request, token, flexible);
        if (flexible)
            putUvarint(request, 0);
        std::optional<KafkaReader> response = call(SaslAuthenticateKey, version, flexible, request,
                                                   QStringLiteral("SaslAuthenticate"));
        if (!response)
            return std::nullopt;
        const std::optional<SaslAuthenticate> answer = readSaslAuthenticate(*response, flexible);
        if (!answer) {
            malformed(QStringLiteral("SaslAuthenticate"));
            return std::nullopt;
        }
        const QString message = QString::fromUtf8(answer->errorMessage);
        if (answer->errorCode == SaslAuthenticationFailed) {
            fail(QStringLiteral("SASL authentication failed: %1").arg(message));
            return std::nullopt;
        }
        if (answer->errorCode) {
            brokerError(QStringLiteral("SaslAuthenticate"), answer->errorCode,
                        answer->errorMessage);
            return std::nullopt;
        }
        return answer->serverToken;
    }

    // RFC 5802 / RFC 7677 client, without SASLprep (Kafka does not apply it either).
    bool authenticateScram(const QString &mechanism, qint16 version)
    {
        const auto algorithm = mechanism == QLatin1String("SCRAM-SHA-256")
                                   ? QCryptographicHash::Sha256
                                   : QCryptographicHash::Sha512;
        QByteArray nonceBytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->generate(nonceBytes.begin(), nonceBytes.end());
        const QByteArray clientNonce = nonceBytes.toBase64();
        QByteArray user = settings.username.toUtf8();
        user.replace('=', "=3D").replace(',', "=2C");
        const QByteArray clientFirstBare = "n=" + user + ",r=" + clientNonce;

        const std::optional<QByteArray> serverFirst =
            saslAuthenticate(version, "n,," + clientFirstBare);
        if (!serverFirst)
            return false;
        const QHash<char, QByteArray> first = scramAttributes(*serverFirst);
        if (first.contains('e'))
            return fail(QStringLiteral("SASL authentication failed: %1")
                            .arg(QString::fromUtf8(first.value('e'))));
        const QByteArray nonce = first.value('r');
        const QByteArray salt = QByteArray::fromBase64(first.value('s'));
        const int iterations = first.value('i').toInt();
        if (!nonce.startsWith(clientNonce) || nonce.size() <= clientNonce.size() ||
            salt.isEmpty() || iterations < 1 || iterations > MaxScramIterations)
            return fail(QStringLiteral("SASL authentication failed: unexpected SCRAM "
                                       "server-first message"));

        const QByteArray clientFinalWithoutProof = "c=biws,r=" + nonce; // biws = "n,,"
        const QByteArray authMessage =
            clientFirstBare + ',' + *serverFirst + ',' + clientFinalWithoutProof;
        const ScramProof proof =
            scramProof(algorithm, settings.password.toUtf8(), salt, iterations, authMessage);
        const std::optional<QByteArray> serverFinal =
            saslAuthenticate(version, clientFinalWithoutProof + ",p=" + proof.client.toBase64());
        if (!serverFinal)
            return false;
        const QHash<char, QByteArray> last = scramAttributes(*serverFinal);
        if (last.contains('e'))
            return fail(QStringLiteral("SASL authentication failed: %1")
                            .arg(QString::fromUtf8(last.value('e'))));
        // The server proves it knows the credentials too; otherwise anyone could pose as it.
        if (QByteArray::fromBase64(last.value('v')) != proof.serverSignature)
            return fail(QStringLiteral("SASL authentication failed: the server's SCRAM "
                                       "signature is wrong"));
        return true;
    }

    // DescribeQuorum for the metadata log, __cluster_metadata-0. Brokers forward it to the active
    // controller. Every version is flexible; v1 adds follower timestamps, v2 (Kafka 3.9, KIP-853)
    // error messages, replica directory ids and the controllers' endpoints.
    std::optional<QuorumInfo> describeQuorum(qint16 version)
    {
        QByteArray body;
        putUvarint(body, 1 + 1); // one topic
        putString(body, QByteArrayLiteral("__cluster_metadata"), true);
        putUvarint(body, 1 + 1); // one partition
        putInt(body, qint32(0));
        putUvarint(body, 0); // partition tagged fields
        putUvarint(body, 0); // topic tagged fields
        putUvarint(body, 0); // request tagged fields
        const QString what = QStringLiteral("DescribeQuorum");
        std::optional<KafkaReader> reply = call(DescribeQuorumKey, version, true, body, what);
        if (!reply)
            return std::nullopt;
        const std::optional<DescribeQuorum> answer = readDescribeQuorum(*reply, version);
        if (!answer) {
            malformed(what);
            return std::nullopt;
        }
        if (answer->errorCode) {
            brokerError(what, answer->errorCode, answer->errorMessage);
            return std::nullopt;
        }
        if (!answer->quorum)
            fail(QStringLiteral("DescribeQuorum response from %1 has no partition").arg(address()));
        return answer->quorum;
    }
};

} // namespace

std::optional<QuorumInfo> QuorumProbe::describe(const QuorumProbeSettings &settings, QString *error,
                                                bool *unsupported)
{
    if (unsupported)
        *unsupported = false;
    Session session(settings);
    const auto failed = [&](const QString &message = {}) -> std::optional<QuorumInfo> {
        if (!message.isEmpty())
            session.fail(message);
        if (error)
            *error = session.error;
        return std::nullopt;
    };

    const QString mechanism = settings.saslMechanism.toUpper();
    if (settings.useSasl && mechanism != QLatin1String("PLAIN") &&
        mechanism != QLatin1String("SCRAM-SHA-256") && mechanism != QLatin1String("SCRAM-SHA-512"))
        return failed(QStringLiteral("unsupported SASL mechanism %1").arg(settings.saslMechanism));
    if (!session.open())
        return failed();

    qint16 describeQuorumMax = -1;
    qint16 saslAuthenticateMax = -1;
    if (!session.askApiVersions(&describeQuorumMax, &saslAuthenticateMax))
        return failed();
    if (describeQuorumMax < 0 && unsupported)
        *unsupported = true;
    if (describeQuorumMax < 0)
        return failed(QStringLiteral("%1 does not support DescribeQuorum (not a KRaft broker, or "
                                     "Kafka older than 3.3)")
                          .arg(session.address()));
    if (settings.useSasl && !session.authenticate(mechanism, saslAuthenticateMax))
        return failed();

    std::optional<QuorumInfo> info = session.describeQuorum(std::min<qint16>(describeQuorumMax, 2));
    if (!info)
        return failed();
    return info;
}

} // namespace Qafka
