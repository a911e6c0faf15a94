#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

// Access to the real Kafka clusters that the CTest fixtures start with scripts/kafka-cluster.sh,
// and to the peer tools (kcat, Kafka's Java CLI) used as oracles.
class KafkaTestCluster
{
public:
    explicit KafkaTestCluster(const QString &name); // "single", "triple" or "secure"

    bool isAvailable() const; // the fixture wrote its bootstrap file
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

    static QString uniqueName(const QString &prefix);
    // Waits until the wall clock is past msSinceEpoch and returns the time then: messages made
    // before the call and after it get different timestamps (what timestamp seeks tell apart).
    static qint64 clockPast(qint64 msSinceEpoch);

    // kcat -P: one message per line (-l FILE), extra arguments choose the partition (-p), key
    // delimiter (-K) and headers (-H). False with *error (kcat's stderr) on failure.
    bool kcatProduce(const QString &topic, const QByteArrayList &lines,
                     const QStringList &extra = {}, QString *error = nullptr) const;

private:
    QString m_name;
    QString m_dir;
};
