#pragma once

#include "kafkatestcluster.h"
#include "session/clusterconnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// Opens a ClusterConnection and waits, spinning the event loop, until it settles as Connected or
// Failed. Returns the milliseconds it took, or -1 on a hang (which is itself a failure).
inline qint64 openAndSettle(Qafka::ClusterConnection &connection, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    connection.open();
    const bool settled = QTest::qWaitFor(
        [&] {
            return connection.state() == Qafka::ConnectionState::Connected ||
                   connection.state() == Qafka::ConnectionState::Failed;
        },
        timeoutMs);
    return settled ? timer.elapsed() : -1;
}

// count messages "<prefix><n>" (n from 0) for ClusterConnection::produce.
inline Qafka::ProduceRequest numberedRequest(const QString &topic, qint64 count,
                                             const QByteArray &prefix)
{
    Qafka::ProduceRequest request;
    request.topic = topic;
    request.count = count;
    request.generator = [prefix](qint64 sequence) {
        Qafka::OutgoingMessage message;
        message.value = prefix + QByteArray::number(sequence);
        return message;
    };
    return request;
}

inline Qafka::ConnectionProfile plaintextProfile(const QString &bootstrap)
{
    return Qafka::ConnectionProfile::forBootstrap(bootstrap);
}

// The SASL_SSL (SCRAM-SHA-512) listener of the "secure" fixture, trusting its CA.
inline Qafka::ConnectionProfile saslSslProfile(const KafkaTestCluster &secure)
{
    Qafka::ConnectionProfile profile =
        plaintextProfile(secure.file(QStringLiteral("sasl-ssl-bootstrap")));
    profile.securityProtocol = Qafka::SecurityProtocol::SaslSsl;
    profile.saslMechanism = Qafka::SaslMechanism::ScramSha512;
    profile.saslUsername = secure.file(QStringLiteral("sasl-user"));
    profile.caFile = secure.path(QStringLiteral("ca.pem"));
    return profile;
}

// Creates a topic named prefix + a unique suffix through the connection (the app's own admin
// path) and waits until the connection's metadata lists it, so a send or browse that checks
// the snapshot finds it. Returns the name, or an empty string after a warning saying why.
inline QString createTopicAndWait(Qafka::ClusterConnection &connection, const QString &prefix,
                                  int partitions, int replicationFactor = -1,
                                  const QList<QPair<QString, QString>> &configs = {},
                                  int timeoutMs = 30000)
{
    const QString name = KafkaTestCluster::uniqueName(prefix);
    QSignalSpy finished(&connection, &Qafka::ClusterConnection::operationFinished);
    connection.createTopic({name, partitions, replicationFactor, configs});
    if (!finished.wait(timeoutMs)) {
        qWarning() << "creating" << name << "timed out";
        return {};
    }
    if (const auto error = finished.first().at(2).value<Qafka::KafkaError>(); !error.isNull()) {
        qWarning() << "creating" << name << "failed:" << error.message;
        return {};
    }
    const auto listed = [&] {
        for (const Qafka::TopicInfo &topic : connection.snapshot().topics)
            if (topic.name == name)
                return true;
        return false;
    };
    connection.refreshNow();
    if (!QTest::qWaitFor(listed, timeoutMs)) {
        qWarning() << name << "never appeared in the metadata";
        return {};
    }
    return name;
}
