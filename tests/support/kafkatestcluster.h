#pragma once

#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Access to the real Kafka clusters that the CTest fixtures start with scripts/kafka-cluster.sh,
// and to the peer tools (kcat, Kafka's Java CLI) used as oracles.
class KafkaTestCluster
{
public:
    // "single", "triple" or "secure". In a row of the version matrix (QAFKA_MATRIX_CLUSTER names
    // that row's fixture) every name is that row's cluster: the same test runs on an older Kafka.
    explicit KafkaTestCluster(const QString &name);

    bool isAvailable() const; // the fixture wrote its bootstrap file
    // The Kafka version the cluster runs ("2.5.1"; the pinned 4.x when started without --version)
    // and whether it is at least major.minor; ZooKeeper mode or KRaft.
    QString version() const;
    bool isAtLeast(int major, int minor) const;
    bool usesZooKeeper() const { return file(QStringLiteral("mode")) == u"zookeeper"; }
    // KIP-848 consumer groups: from 4.0, or switched on as a preview (3.7 to 3.9).
    bool hasConsumerProtocolGroups() const;
    int nodeCount() const;
    // Oracles read from the cluster itself: its id (a broker's meta.properties; in ZooKeeper mode
    // ZooKeeper makes it) and the active controller (KRaft: kafka-metadata-quorum's leader;
    // ZooKeeper mode: the /controller znode, read with the zookeeper shell of the same jars).
    QString clusterId() const;
    int controllerId() const;
    QString dir() const { return m_dir; }
    QString bootstrap() const { return file(QStringLiteral("bootstrap")); }
    // The "secure" fixture's MTLS listener, which requires a client certificate signed by ca.pem,
    // and that certificate: its PEM file, its unencrypted key, the same key encrypted (PKCS#8)
    // and that key's passphrase.
    QString mtlsBootstrap() const { return file(QStringLiteral("mtls-bootstrap")); }
    QString clientCertificate() const { return path(QStringLiteral("client.pem")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    QString encryptedClientKey() const { return path(QStringLiteral("client-encrypted.key")); }
    QString clientKeyPassphrase() const { return file(QStringLiteral("client-key-passphrase")); }
    QString file(const QString &name) const; // contents of DIR/name, trimmed
    QString path(const QString &name) const { return m_dir + u'/' + name; }

    // Runs scripts/kafka-cluster.sh SUBCOMMAND DIR ARGS; returns stdout, fails the test on error.
    QString script(const QString &subcommand, const QStringList &args = {},
                   int timeoutMs = 120000) const;
    // kafka-topics.sh --create on this cluster (the CLI of the same Kafka version).
    void createTopic(const QString &topic, int partitions) const;
    static QString run(const QString &program, const QStringList &args, int timeoutMs = 60000,
                       int *exitCode = nullptr, QString *stdErr = nullptr);

    // kcat -L -J parsed: broker ids and the controller id.
    struct KcatMetadata
    {
        QList<int> brokerIds;
        QStringList brokerAddresses; // "host:port", in id order
        int controllerId = -1;
    };
    KcatMetadata kcatMetadata() const;
    // The total lag of a group as kafka-consumer-groups.sh --describe prints it ("-" counts 0).
    qint64 cliLag(const QString &group) const;

    static QString uniqueName(const QString &prefix);
    // Waits until the wall clock is past msSinceEpoch and returns the time then: messages made
    // before the call and after it get different timestamps (what timestamp seeks tell apart).
    static qint64 clockPast(qint64 msSinceEpoch);

    // kcat -P: one message per line (-l FILE), extra arguments choose the partition (-p), key
    // delimiter (-K) and headers (-H). False with *error (kcat's stderr) on failure.
    bool kcatProduce(const QString &topic, const QByteArrayList &lines,
                     const QStringList &extra = {}, QString *error = nullptr) const;
    // kcat -C -J from the beginning until COUNT messages were read (callers pass what the topic
    // holds), one JSON object each (key, payload, headers, partition, offset), in partition and
    // offset order.
    QList<QJsonObject> kcatReadJson(const QString &topic, int count) const;

private:
    QString m_name;
    QString m_dir;
};
