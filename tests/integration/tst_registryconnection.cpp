// How Qafka reaches a registry over TLS and with credentials, against a small HTTPS server of
// the test's own (QSslServer) with certificates openssl makes for it: a CA file, no CA (refused,
// in words), skipped verification, a client certificate with an encrypted key when the server
// requires one, basic and bearer authentication (401 and 403 said in words), and an address that
// answers HTML instead of a registry.
#include "session/schemaregistry.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qafka;

namespace {

// Answers every request on one connection by what its Authorization header says.
class FakeRegistry : public QSslServer
{
public:
    QByteArray expectedAuthorization; // empty: anyone
    bool forbid = false;              // credentials right, access refused
    bool html = false;                // a web page, not a registry

    void serve(QSslSocket *socket)
    {
        QByteArray *buffer = new QByteArray;
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            socket->write(answer(*buffer));
            socket->flush();
            buffer->clear();
        });
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
    }

private:
    QByteArray answer(const QByteArray &request) const
    {
        QByteArray authorization;
        for (const QByteArray &line : request.split('\n'))
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        const auto reply = [](QByteArray status, QByteArray type, QByteArray body) -> QByteArray {
            return "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                   "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        if (!expectedAuthorization.isEmpty() && authorization != expectedAuthorization)
            return reply("401 Unauthorized", "application/json",
                         R"({"error_code":401,"message":"Unauthorized"})");
        if (forbid)
            return reply("403 Forbidden", "application/json", R"({"error_code":403})");
        if (html)
            return reply("200 OK", "text/html", "<html><body>Welcome</body></html>");
        return reply("200 OK", "application/vnd.schemaregistry.v1+json", R"(["orders-value"])");
    }
};

bool openssl(const QStringList &args, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(u"openssl"_qs, args);
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

} // namespace

class TestRegistryConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeRegistry m_server;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The Test button's answer for these settings.
    std::pair<bool, QString> test(RegistrySettings settings, const ProfileSecrets &secrets = {})
    {
        if (settings.urls.isEmpty())
            settings.urls = u"https://127.0.0.1:"_qs + QString::number(m_server.serverPort());
        SchemaRegistry registry(settings, secrets);
        QSignalSpy tested(&registry, &SchemaRegistry::tested);
        registry.test();
        if (!tested.wait(20000))
            return {false, u"no answer"_qs};
        return {tested.first().at(1).toBool(), tested.first().at(2).toString()};
    }

private slots:
    void initTestCase()
    {
        const QString dir = m_dir.path();
        QVERIFY(openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                         u"-keyout"_qs, u"ca.key"_qs, u"-out"_qs, u"ca.pem"_qs, u"-days"_qs,
                         u"2"_qs, u"-subj"_qs, u"/CN=Qafka Test Registry CA"_qs},
                        dir));
        for (const QString &name : {u"server"_qs, u"client"_qs}) {
            QVERIFY(openssl({u"req"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-keyout"_qs,
                             name + u".key", u"-out"_qs, name + u".csr", u"-subj"_qs,
                             u"/CN="_qs + name},
                            dir));
            QFile ext(path(name + u".ext"));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("subjectAltName=IP:127.0.0.1\n");
            ext.close();
            QVERIFY(
                openssl({u"x509"_qs, u"-req"_qs, u"-in"_qs, name + u".csr", u"-CA"_qs, u"ca.pem"_qs,
                         u"-CAkey"_qs, u"ca.key"_qs, u"-CAcreateserial"_qs, u"-out"_qs,
                         name + u".pem", u"-days"_qs, u"2"_qs, u"-extfile"_qs, name + u".ext"},
                        dir));
        }
        QVERIFY(openssl({u"pkcs8"_qs, u"-topk8"_qs, u"-in"_qs, u"client.key"_qs, u"-out"_qs,
                         u"client-encrypted.key"_qs, u"-passout"_qs, u"pass:secret-phrase"_qs},
                        dir));

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(path(u"server.pem"_qs)), key(path(u"server.key"_qs));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        tls.setLocalCertificate(QSslCertificate(&cert));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        tls.setCaCertificates(QSslCertificate::fromPath(path(u"ca.pem"_qs)));
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections())
                m_server.serve(static_cast<QSslSocket *>(m_server.nextPendingConnection()));
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void init()
    {
        m_server.expectedAuthorization.clear();
        m_server.forbid = false;
        m_server.html = false;
        QSslConfiguration tls = m_server.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_server.setSslConfiguration(tls);
    }

    void caFileIsTrusted()
    {
        RegistrySettings settings;
        settings.caFile = path(u"ca.pem"_qs);
        const auto [ok, summary] = test(settings);
        QVERIFY2(ok, qPrintable(summary));
        QVERIFY2(summary.contains(u"1 subject"), qPrintable(summary));
    }

    void withoutTheCaTlsIsRefusedInWords()
    {
        const auto [ok, summary] = test({});
        QVERIFY(!ok);
        QVERIFY2(summary.startsWith(u"TLS with 127.0.0.1:"), qPrintable(summary));
        QVERIFY2(summary.contains(u"CA file"), qPrintable(summary));
    }

    void skippedVerificationConnects()
    {
        RegistrySettings settings;
        settings.skipTlsVerification = true;
        const auto [ok, summary] = test(settings);
        QVERIFY2(ok, qPrintable(summary));
    }

    void clientCertificateWithEncryptedKey()
    {
        QSslConfiguration tls = m_server.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // a client certificate is required
        m_server.setSslConfiguration(tls);
        RegistrySettings settings;
        settings.caFile = path(u"ca.pem"_qs);
        QVERIFY(!test(settings).first);

        settings.certificateFile = path(u"client.pem"_qs);
        settings.keyFile = path(u"client-encrypted.key"_qs);
        ProfileSecrets secrets;
        secrets.registryKeyPassphrase = u"wrong"_qs;
        const auto [wrongOk, wrongSummary] = test(settings, secrets);
        QVERIFY(!wrongOk);
        QVERIFY2(wrongSummary.contains(u"passphrase"), qPrintable(wrongSummary));
        secrets.registryKeyPassphrase = u"secret-phrase"_qs;
        const auto [ok, summary] = test(settings, secrets);
        QVERIFY2(ok, qPrintable(summary));
    }

    void basicAndBearerAuthentication()
    {
        RegistrySettings settings;
        settings.caFile = path(u"ca.pem"_qs);
        settings.authentication = RegistrySettings::Authentication::Basic;
        settings.username = u"API-KEY"_qs;
        ProfileSecrets secrets;
        secrets.registryPassword = u"api-secret"_qs;
        m_server.expectedAuthorization = "Basic " + QByteArray("API-KEY:api-secret").toBase64();
        QVERIFY2(test(settings, secrets).first, qPrintable(test(settings, secrets).second));
        secrets.registryPassword = u"nope"_qs;
        const auto [ok, summary] = test(settings, secrets);
        QVERIFY(!ok);
        QVERIFY2(summary.contains(u"401"), qPrintable(summary));

        settings.authentication = RegistrySettings::Authentication::BearerToken;
        secrets.registryToken = u"tok-123"_qs;
        m_server.expectedAuthorization = "Bearer tok-123";
        QVERIFY(test(settings, secrets).first);
        m_server.forbid = true;
        const auto [forbidden, why] = test(settings, secrets);
        QVERIFY(!forbidden);
        QVERIFY2(why.contains(u"403"), qPrintable(why));
    }

    void aWebPageIsNotARegistry()
    {
        m_server.html = true;
        RegistrySettings settings;
        settings.caFile = path(u"ca.pem"_qs);
        const auto [ok, summary] = test(settings);
        QVERIFY(!ok);
        QVERIFY2(summary.contains(u"not a Schema Registry"), qPrintable(summary));
    }
};

QTEST_MAIN(TestRegistryConnection)
#include "tst_registryconnection.moc"
