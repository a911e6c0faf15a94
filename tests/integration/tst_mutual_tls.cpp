// Mutual TLS against the "secure" fixture's MTLS listener (ssl.client.auth=required): every path
// of Qafka presents the profile's client certificate — the quorum probe (our own Kafka-protocol
// client), the cluster connection with its controller, topic creation and produce, the message
// browser and the consumer-group monitor — with an unencrypted key, with an encrypted one and
// its passphrase, and with a PKCS#12 bundle. kcat, given the same certificate, is the peer that
// commits a group's offsets. Without a certificate, or with a wrong key or passphrase, everything
// fails in words.

#include "connectionwaiter.h"
#include "messages/messagestore.h"
#include "probes/quorumprobe.h"
#include "session/groupmonitor.h"
#include "session/messageloader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qafka;

namespace {

constexpr int kTimeoutMs = 60000;

struct ClientKey
{
    QString certificateFile;
    QString keyFile;
    QString passphrase;
};

} // namespace

Q_DECLARE_METATYPE(ClientKey)

class TestMutualTls : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("secure")};
    QTemporaryDir m_scratch;

    ClientKey plainKey() const
    {
        return {m_cluster.clientCertificate(), m_cluster.clientKey(), {}};
    }
    ClientKey encryptedKey() const
    {
        return {m_cluster.clientCertificate(), m_cluster.encryptedClientKey(),
                m_cluster.clientKeyPassphrase()};
    }

    ConnectionProfile profile(const ClientKey &key) const
    {
        ConnectionProfile profile = plaintextProfile(m_cluster.mtlsBootstrap());
        profile.securityProtocol = SecurityProtocol::Ssl;
        profile.caFile = m_cluster.path(QStringLiteral("ca.pem"));
        profile.certificateFile = key.certificateFile;
        profile.keyFile = key.keyFile;
        return profile;
    }
    static ProfileSecrets secrets(const ClientKey &key) { return {{}, key.passphrase}; }

    QuorumProbeSettings probeSettings(const ClientKey &key) const
    {
        QuorumProbeSettings settings;
        const QString hostPort = m_cluster.mtlsBootstrap();
        const qsizetype colon = hostPort.lastIndexOf(u':');
        settings.host = hostPort.left(colon);
        settings.port = hostPort.mid(colon + 1).toInt();
        settings.useTls = true;
        settings.caFile = m_cluster.path(QStringLiteral("ca.pem"));
        settings.certificateFile = key.certificateFile;
        settings.keyFile = key.keyFile;
        settings.keyPassphrase = key.passphrase;
        settings.timeoutMs = 10000; // the JVM broker answers slowly while the tests load it
        return settings;
    }

    // kcat's own options for the MTLS listener with the unencrypted client key.
    QStringList kcatMtls() const
    {
        return {QStringLiteral("-b"),
                m_cluster.mtlsBootstrap(),
                QStringLiteral("-X"),
                QStringLiteral("security.protocol=SSL"),
                QStringLiteral("-X"),
                QStringLiteral("ssl.ca.location=") + m_cluster.path(QStringLiteral("ca.pem")),
                QStringLiteral("-X"),
                QStringLiteral("ssl.certificate.location=") + m_cluster.clientCertificate(),
                QStringLiteral("-X"),
                QStringLiteral("ssl.key.location=") + m_cluster.clientKey()};
    }

    QString scratchFile(const QString &name, const QByteArray &contents) const
    {
        QFile file(m_scratch.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return file.fileName();
    }

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The client key in the traditional OpenSSL form ("Proc-Type: 4,ENCRYPTED", AES-256-CBC),
    // which older tools write, beside the fixture's PKCS#8 "ENCRYPTED PRIVATE KEY".
    QString traditionalEncryptedKey() const
    {
        const QString out = m_scratch.filePath(QStringLiteral("client-traditional.key"));
        int exitCode = -1;
        QString errors;
        KafkaTestCluster::run(QStringLiteral("openssl"),
                              {QStringLiteral("rsa"), QStringLiteral("-in"), m_cluster.clientKey(),
                               QStringLiteral("-aes256"), QStringLiteral("-traditional"),
                               QStringLiteral("-passout"),
                               QStringLiteral("pass:") + m_cluster.clientKeyPassphrase(),
                               QStringLiteral("-out"), out},
                              kTimeoutMs, &exitCode, &errors);
        if (exitCode != 0)
            qWarning().noquote() << "openssl rsa failed:" << errors;
        return exitCode == 0 ? out : QString();
    }

    // The certificate and key as one PKCS#12 bundle (openssl's default: AES-256, PBKDF2),
    // opened with the key passphrase.
    QString pkcs12Bundle() const
    {
        const QString out = m_scratch.filePath(QStringLiteral("client.p12"));
        if (QFile::exists(out))
            return out;
        int exitCode = -1;
        QString errors;
        KafkaTestCluster::run(
            QStringLiteral("openssl"),
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
             m_cluster.clientCertificate(), QStringLiteral("-inkey"), m_cluster.clientKey(),
             QStringLiteral("-passout"), QStringLiteral("pass:") + m_cluster.clientKeyPassphrase(),
             QStringLiteral("-out"), out},
            kTimeoutMs, &exitCode, &errors);
        if (exitCode != 0)
            qWarning().noquote() << "openssl pkcs12 failed:" << errors;
        return exitCode == 0 ? out : QString();
    }

    void addKeyRows()
    {
        QTest::addColumn<ClientKey>("key");
        QTest::addRow("unencrypted key") << plainKey();
        QTest::addRow("encrypted key and passphrase") << encryptedKey();
        QTest::addRow("PKCS#12 bundle and passphrase")
            << ClientKey{pkcs12Bundle(), {}, m_cluster.clientKeyPassphrase()};
    }

private slots:
    void initTestCase()
    {
        registerClusterTypes();
        registerBrowseTypes();
        registerGroupTypes();
        qRegisterMetaType<ClientKey>();
        QVERIFY2(m_cluster.isAvailable(), "secure-node fixture missing");
        QVERIFY(m_scratch.isValid());
        QVERIFY2(!m_cluster.mtlsBootstrap().isEmpty(), "the fixture has no MTLS listener");
        for (const QString &file :
             {m_cluster.clientCertificate(), m_cluster.clientKey(), m_cluster.encryptedClientKey()})
            QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY(!m_cluster.clientKeyPassphrase().isEmpty());
        QVERIFY(contentsOf(m_cluster.encryptedClientKey()).contains("ENCRYPTED PRIVATE KEY"));
    }

    void quorumProbeFindsTheLeader_data()
    {
        addKeyRows();
        const QString traditional = traditionalEncryptedKey();
        QVERIFY(!traditional.isEmpty());
        QTest::addRow("traditional encrypted key") << ClientKey{
            m_cluster.clientCertificate(), traditional, m_cluster.clientKeyPassphrase()};
        // One PEM file with the certificate and its key, and no key file.
        const QString combined = scratchFile(QStringLiteral("client-combined.pem"),
                                             contentsOf(m_cluster.clientCertificate()) +
                                                 contentsOf(m_cluster.clientKey()));
        QVERIFY(!combined.isEmpty());
        QTest::addRow("certificate and key in one file") << ClientKey{combined, {}, {}};
    }

    void quorumProbeFindsTheLeader()
    {
        QFETCH(ClientKey, key);
        QString error;
        const std::optional<QuorumInfo> info = QuorumProbe::describe(probeSettings(key), &error);
        QVERIFY2(info, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(info->leaderId, 1);
        QCOMPARE(info->voterIds, QList<int>{1});
        QVERIFY(info->highWatermark > 0);
    }

    void quorumProbeExplainsBadClientKeys_data()
    {
        QTest::addColumn<ClientKey>("key");
        QTest::addColumn<QString>("expected"); // a regular expression the error message matches
        const QString cert = m_cluster.clientCertificate();
        const QString missing = m_scratch.filePath(QStringLiteral("no-such-file.pem"));
        const QString passphrase = m_cluster.clientKeyPassphrase();
        QTest::addRow("no client certificate")
            << ClientKey{}
            << QStringLiteral("client certificate|certificate required|bad certificate");
        QTest::addRow("missing certificate file")
            << ClientKey{missing, m_cluster.clientKey(), {}}
            << QStringLiteral("cannot read the client certificate file ") +
                   QRegularExpression::escape(missing);
        QTest::addRow("missing key file") << ClientKey{cert, missing, {}}
                                          << QStringLiteral("cannot read the client key file ") +
                                                 QRegularExpression::escape(missing);
        QTest::addRow("certificate file without a certificate")
            << ClientKey{m_cluster.clientKey(), m_cluster.clientKey(), {}}
            << QStringLiteral("no certificate in the client certificate file");
        QTest::addRow("key file without a key")
            << ClientKey{cert, m_cluster.path(QStringLiteral("ca.pem")), {}}
            << QStringLiteral("no usable private key in the client key file");
        QTest::addRow("no key at all")
            << ClientKey{cert, {}, {}} << QStringLiteral("holds no private key");
        QTest::addRow("key without certificate")
            << ClientKey{{}, m_cluster.clientKey(), {}}
            << QStringLiteral("has no client certificate to go with it");
        QTest::addRow("encrypted key without passphrase")
            << ClientKey{cert, m_cluster.encryptedClientKey(), {}}
            << QStringLiteral("is encrypted, but no passphrase is given");
        QTest::addRow("wrong passphrase")
            << ClientKey{cert, m_cluster.encryptedClientKey(), passphrase + u'x'}
            << QStringLiteral("wrong passphrase");
        QTest::addRow("PKCS#12 bundle with a wrong passphrase")
            << ClientKey{pkcs12Bundle(), {}, passphrase + u'x'}
            << QStringLiteral("cannot open the PKCS#12 file .*wrong passphrase");
        QTest::addRow("key of another certificate")
            << ClientKey{cert, m_cluster.path(QStringLiteral("tls/broker.key")), {}}
            << QStringLiteral("broker\\.key does not belong to the client certificate");
    }

    void quorumProbeExplainsBadClientKeys()
    {
        QFETCH(ClientKey, key);
        QFETCH(QString, expected);
        QString error;
        bool unsupported = true;
        QVERIFY(!QuorumProbe::describe(probeSettings(key), &error, &unsupported));
        qInfo().noquote() << error;
        QVERIFY(!unsupported);
        QVERIFY2(error.contains(QRegularExpression(expected)), qPrintable(error));
    }

    void everyPathPresentsTheCertificate_data() { addKeyRows(); }

    void everyPathPresentsTheCertificate()
    {
        QFETCH(ClientKey, key);
        const ConnectionProfile mtls = profile(key);
        const ProfileSecrets mtlsSecrets = secrets(key);

        // The connection, and the controller from the quorum probe (not "unknown").
        ClusterConnection connection(mtls, mtlsSecrets);
        QVERIFY(openAndSettle(connection) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
        QCOMPARE(connection.snapshot().brokers.size(), 1);
        QCOMPARE(connection.snapshot().brokers.first().address(), m_cluster.mtlsBootstrap());
        QVERIFY2(connection.snapshot().controllerId == 1,
                 qPrintable(connection.snapshot().controllerNote));
        QVERIFY(connection.snapshot().brokers.first().isController);

        // Admin: create a topic.
        const QString topic =
            createTopicAndWait(connection, QStringLiteral("qafka-mtls"), 1, -1, {}, kTimeoutMs);
        QVERIFY(!topic.isEmpty());

        // Produce: five messages, all acknowledged; the reports name partition 0, offsets 0..4.
        ProduceRequest request;
        request.topic = topic;
        request.count = 5;
        request.generator = [](qint64 sequence) {
            OutgoingMessage message;
            message.key = QByteArray("key-") + QByteArray::number(sequence);
            message.value = QByteArray("mutual ") + QByteArray::number(sequence);
            return message;
        };
        QSignalSpy progress(&connection, &ClusterConnection::produceProgress);
        QSignalSpy produced(&connection, &ClusterConnection::produceFinished);
        connection.produce(request);
        QVERIFY(produced.wait(kTimeoutMs));
        const auto result = produced.first().at(1).value<ProduceProgress>();
        const auto produceError = produced.first().at(2).value<KafkaError>();
        QVERIFY2(produceError.isNull(), qPrintable(produceError.message));
        QCOMPARE(result.delivered, 5);
        QCOMPARE(result.failed, 0);
        QList<qint64> offsets;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            for (const DeliveryReport &report : signal.at(2).value<QList<DeliveryReport>>()) {
                QVERIFY2(report.succeeded(), qPrintable(report.errorMessage));
                QCOMPARE(report.partition, 0);
                offsets.append(report.offset);
            }
        }
        QVERIFY(!offsets.isEmpty());
        for (const qint64 offset : std::as_const(offsets))
            QVERIFY(offset >= 0 && offset < 5);

        // Browse: the same five messages back.
        MessageLoader loader(mtls, mtlsSecrets);
        MessageStore store;
        connect(&loader, &MessageLoader::batchReady, this,
                [&](quint64, const MessageBatch &batch, const BrowseProgress &) {
                    store.append(batch);
                });
        QSignalSpy loaded(&loader, &MessageLoader::finished);
        BrowseRequest browse;
        browse.topic = topic;
        loader.start(browse);
        QVERIFY(loaded.wait(kTimeoutMs));
        const auto browseError = loaded.first().at(3).value<KafkaError>();
        QVERIFY2(browseError.isNull(), qPrintable(browseError.message));
        QCOMPARE(loaded.first().at(1).value<BrowseEnd>(), BrowseEnd::Completed);
        QStringList values;
        for (qint64 i = store.firstIndex(); i < store.endIndex(); ++i) {
            QCOMPARE(store.record(i).offset, i - store.firstIndex());
            values.append(QString::fromUtf8(store.bytes(i).value.value_or("<null>")));
        }
        QCOMPARE(values, (QStringList{QStringLiteral("mutual 0"), QStringLiteral("mutual 1"),
                                      QStringLiteral("mutual 2"), QStringLiteral("mutual 3"),
                                      QStringLiteral("mutual 4")}));

        // Consumer groups: kcat, over MTLS too, reads 3 of the 5 and commits; the monitor sees
        // the group with committed offset 3 and lag 2.
        const QString group = KafkaTestCluster::uniqueName(QStringLiteral("qafka-mtls-group"));
        int exitCode = -1;
        QString kcatErrors;
        KafkaTestCluster::run(QStringLiteral("kcat"),
                              kcatMtls() + QStringList{QStringLiteral("-G"), group,
                                                       QStringLiteral("-X"),
                                                       QStringLiteral("auto.offset.reset=earliest"),
                                                       QStringLiteral("-c"), QStringLiteral("3"),
                                                       QStringLiteral("-q"), topic},
                              kTimeoutMs, &exitCode, &kcatErrors);
        QVERIFY2(exitCode == 0, qPrintable(kcatErrors));

        GroupMonitor monitor(mtls, mtlsSecrets);
        monitor.setRefreshInterval(300);
        monitor.setViewing(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.group(group) && monitor.group(group)->totalLag == 2,
                                 kTimeoutMs);
        QVERIFY2(monitor.lastError().isNull(), qPrintable(monitor.lastError().message));
        const ConsumerGroupLag *lag = monitor.group(group);
        QCOMPARE(lag->partitions.size(), 1);
        QCOMPARE(lag->partitions.first().topic, topic);
        QCOMPARE(lag->partitions.first().committed, qint64(3));
        QCOMPARE(lag->partitions.first().logEnd, qint64(5));
        QCOMPARE(lag->partitions.first().lag, qint64(2));
        QVERIFY2(lag->problem.isEmpty(), qPrintable(lag->problem));
        monitor.setViewing(false);
        monitor.close();
        connection.close();
    }

    // The listener requires a certificate: a profile without one fails, in words, and nothing
    // crashes.
    void withoutClientCertificateFails()
    {
        const ConnectionProfile noCertificate = profile({});
        QVERIFY(noCertificate.certificateFile.isEmpty() && noCertificate.keyFile.isEmpty());
        ClusterConnection connection(noCertificate, {});
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QCOMPARE(connection.state(), ConnectionState::Failed);
        const KafkaError error = connection.lastError();
        qInfo().noquote() << "without a client certificate:" << error.code << error.message
                          << error.hint;
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(m_cluster.mtlsBootstrap()), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("certificate")), qPrintable(error.message));
    }

    // librdkafka refuses a wrong passphrase before connecting; the connection says so.
    void wrongPassphraseFails_data()
    {
        QTest::addColumn<ClientKey>("key");
        QTest::addRow("encrypted key") << encryptedKey();
        QTest::addRow("PKCS#12 bundle")
            << ClientKey{pkcs12Bundle(), {}, m_cluster.clientKeyPassphrase()};
    }

    void wrongPassphraseFails()
    {
        QFETCH(ClientKey, key);
        key.passphrase += u'x';
        ClusterConnection connection(profile(key), secrets(key));
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QCOMPARE(connection.state(), ConnectionState::Failed);
        const KafkaError error = connection.lastError();
        qInfo().noquote() << "wrong passphrase:" << error.code << error.message << error.hint;
        QVERIFY(!error.message.isEmpty());
        // librdkafka says "PEM lib"; the user is told what to check.
        QVERIFY2(error.hint.contains(QStringLiteral("passphrase")), qPrintable(error.hint));
    }
};

QTEST_GUILESS_MAIN(TestMutualTls)
#include "tst_mutual_tls.moc"
