#pragma once

#include "kafka/clusterconnection.h"
#include "kafkatestcluster.h"

#include <QElapsedTimer>
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
