#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Qafka {

struct QuorumInfo
{
    int leaderId = -1; // the active controller; -1 while the quorum has no leader
    int leaderEpoch = -1;
    qint64 highWatermark = -1;
    QList<int> voterIds;
    QList<int> observerIds;
};

struct QuorumProbeSettings
{
    QString host;
    int port = 0;
    bool useTls = false;
    QString caFile; // PEM or DER; empty: the system's CA certificates
    // The client certificate for brokers that require one (ssl.client.auth=required, mutual
    // TLS), like librdkafka's ssl.certificate.location / ssl.key.location / ssl.key.password:
    // the certificate (PEM, possibly with its chain, or DER) and its private key (PEM or DER;
    // RSA, EC or DSA; encrypted with keyPassphrase or not). An empty keyFile means the key is in
    // certificateFile. Both empty: no client certificate.
    QString certificateFile;
    QString keyFile;
    QString keyPassphrase;
    bool verifyHostname = true;
    bool useSasl = false;
    QString saslMechanism; // "PLAIN", "SCRAM-SHA-256" or "SCRAM-SHA-512"
    QString username;
    QString password;
    int timeoutMs = 3000; // bounds the whole exchange, connect included
    // Raised (from any thread) when the answer is no longer wanted: the probe gives up within
    // 100 ms of it while it waits for the broker.
    const std::atomic_bool *stop = nullptr;
};

// Asks one broker for the KRaft quorum state with the DescribeQuorum API (KIP-642/KIP-853).
// In KRaft mode the "controller id" of Metadata and DescribeCluster responses is a random alive
// broker (KIP-590), and librdkafka has no DescribeQuorum, so this speaks the Kafka protocol
// itself on its own short-lived connection. Blocking; call on a worker thread.
class QuorumProbe
{
public:
    // On failure returns nullopt and, if error is given, a short English reason; unsupported is
    // set when the broker does not offer DescribeQuorum at all (a ZooKeeper-mode cluster).
    static std::optional<QuorumInfo> describe(const QuorumProbeSettings &settings, QString *error,
                                              bool *unsupported = nullptr);
};

} // namespace Qafka
