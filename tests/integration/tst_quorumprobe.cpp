#include "ciskip.h"
#include "kafkatestcluster.h"
#include "probes/quorumprobe.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace Qafka;

namespace {

QuorumProbeSettings settingsFor(const QString &hostPort)
{
    QuorumProbeSettings settings;
    const qsizetype colon = hostPort.lastIndexOf(u':');
    settings.host = hostPort.left(colon);
    settings.port = hostPort.mid(colon + 1).toInt();
    settings.timeoutMs = 10000; // the JVM brokers answer slowly right after start on 2 cores
    return settings;
}

// "LeaderId:  3" and friends from `MetadataQuorumCommand describe --status`.
qint64 statusValue(const QString &status, const QString &key)
{
    const QRegularExpression line(u'^' + key + QStringLiteral(R"(:\s+(-?\d+)\s*$)"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(status);
    return match.hasMatch() ? match.captured(1).toLongLong() : -2;
}

QList<int> sorted(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// QuorumProbe against real KRaft clusters: the active controller it reports is the one Kafka's own
// MetadataQuorumCommand reports, over PLAINTEXT, TLS and SASL_SSL, and failures come back quickly
// and in words.
class TestQuorumProbe : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_triple{QStringLiteral("triple")};
    KafkaTestCluster m_secure{QStringLiteral("secure")};

    QuorumProbeSettings saslSettings(const QString &password) const
    {
        QuorumProbeSettings settings =
            settingsFor(m_secure.file(QStringLiteral("sasl-ssl-bootstrap")));
        settings.useTls = true;
        settings.caFile = m_secure.path(QStringLiteral("ca.pem"));
        settings.useSasl = true;
        settings.saslMechanism = QStringLiteral("SCRAM-SHA-512");
        settings.username = m_secure.file(QStringLiteral("sasl-user"));
        settings.password = password;
        return settings;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_triple.isAvailable(), "3-node fixture missing");
        QVERIFY2(m_secure.isAvailable(), "secure-node fixture missing");
    }

    void leaderMatchesMetadataQuorumCommand()
    {
        const QString status = m_triple.script(
            QStringLiteral("tool"), {QStringLiteral("org.apache.kafka.tools.MetadataQuorumCommand"),
                                     QStringLiteral("--bootstrap-server"), m_triple.bootstrap(),
                                     QStringLiteral("describe"), QStringLiteral("--status")});
        const qint64 leaderId = statusValue(status, QStringLiteral("LeaderId"));
        const qint64 leaderEpoch = statusValue(status, QStringLiteral("LeaderEpoch"));
        QVERIFY2(leaderId >= 1 && leaderId <= 3, qPrintable(status));

        // Every broker forwards DescribeQuorum to the active controller, so all three must agree.
        const QStringList addresses = m_triple.bootstrap().split(u',');
        QCOMPARE(addresses.size(), 3);
        for (const QString &address : addresses) {
            QString error;
            const std::optional<QuorumInfo> info =
                QuorumProbe::describe(settingsFor(address), &error);
            QVERIFY2(info, qPrintable(address + QStringLiteral(": ") + error));
            QVERIFY(error.isEmpty());
            QCOMPARE(info->leaderId, int(leaderId));
            QCOMPARE(info->leaderEpoch, int(leaderEpoch));
            QVERIFY(info->highWatermark > 0);
            QCOMPARE(sorted(info->voterIds), (QList<int>{1, 2, 3}));
            QVERIFY(info->observerIds.isEmpty()); // combined nodes are all voters
        }
    }

    void plaintextSingleNode()
    {
        QString error;
        const auto info = QuorumProbe::describe(settingsFor(m_secure.bootstrap()), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->leaderId, 1);
        QCOMPARE(info->voterIds, QList<int>{1});
    }

    void tlsWithCa()
    {
        QuorumProbeSettings settings = settingsFor(m_secure.file(QStringLiteral("ssl-bootstrap")));
        settings.useTls = true;
        settings.caFile = m_secure.path(QStringLiteral("ca.pem"));
        QString error;
        const auto info = QuorumProbe::describe(settings, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->leaderId, 1);
        QCOMPARE(info->voterIds, QList<int>{1});
    }

    void tlsWithoutCaFails()
    {
        // The test CA is not among the system's CAs.
        QuorumProbeSettings settings = settingsFor(m_secure.file(QStringLiteral("ssl-bootstrap")));
        settings.useTls = true;
        QString error;
        QVERIFY(!QuorumProbe::describe(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("TLS handshake")), qPrintable(error));
    }

    void tlsHostnameVerification()
    {
        // The broker certificate names localhost and 127.0.0.1 only; this machine's own name
        // usually resolves to a loopback address too, which makes a name mismatch.
        const QString hostName = QHostInfo::localHostName();
        const QHostInfo resolved = QHostInfo::fromName(hostName);
        if (hostName == QStringLiteral("localhost") || resolved.error() != QHostInfo::NoError ||
            !resolved.addresses().contains(QHostAddress(QHostAddress::LocalHost)))
            QAFKA_SKIP_OUTSIDE_CI("the local host name does not resolve to 127.0.0.1");
        QuorumProbeSettings settings = settingsFor(m_secure.file(QStringLiteral("ssl-bootstrap")));
        settings.host = hostName;
        settings.useTls = true;
        settings.caFile = m_secure.path(QStringLiteral("ca.pem"));
        QString error;
        QVERIFY(!QuorumProbe::describe(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("TLS handshake")), qPrintable(error));

        settings.verifyHostname = false;
        error.clear();
        const auto info = QuorumProbe::describe(settings, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->leaderId, 1);
    }

    void scramOverTls()
    {
        QString error;
        const auto info = QuorumProbe::describe(
            saslSettings(m_secure.file(QStringLiteral("sasl-password"))), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->leaderId, 1);
        QCOMPARE(info->voterIds, QList<int>{1});
    }

    void scramWrongPasswordFails()
    {
        QString error;
        QVERIFY(!QuorumProbe::describe(saslSettings(QStringLiteral("not-the-password")), &error));
        QVERIFY2(error.contains(QStringLiteral("authentication failed"), Qt::CaseInsensitive),
                 qPrintable(error));
    }

    void mechanismNotEnabledFails()
    {
        QuorumProbeSettings settings = saslSettings(m_secure.file(QStringLiteral("sasl-password")));
        settings.saslMechanism = QStringLiteral("PLAIN"); // the listener offers SCRAM-SHA-512 only
        QString error;
        QVERIFY(!QuorumProbe::describe(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("SCRAM-SHA-512")), qPrintable(error));
    }

    void plaintextToTlsListenerFails()
    {
        QuorumProbeSettings settings = settingsFor(m_secure.file(QStringLiteral("ssl-bootstrap")));
        settings.timeoutMs = 3000;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!QuorumProbe::describe(settings, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(timer.elapsed() < settings.timeoutMs + 1000, qPrintable(error));
    }

    void closedPortFailsWithinTimeout()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();

        QuorumProbeSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.timeoutMs = 2000;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!QuorumProbe::describe(settings, &error));
        QVERIFY2(timer.elapsed() < settings.timeoutMs + 500, qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
    }

    void silentListenerTimesOut()
    {
        // The kernel completes the TCP handshake for a listening socket, but nothing ever answers.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QuorumProbeSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = server.serverPort();
        settings.timeoutMs = 1000;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!QuorumProbe::describe(settings, &error));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 900 && elapsed < settings.timeoutMs + 500,
                 qPrintable(QString::number(elapsed)));
        QVERIFY2(error.contains(QStringLiteral("timed out")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQuorumProbe)
#include "tst_quorumprobe.moc"
