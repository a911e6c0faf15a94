#include "types/connectiondiagnosis.h"

#include <QTest>

#include <librdkafka/rdkafka.h>

using namespace Qafka;

// The messages below are what librdkafka 2.14 reported in the integration tests against real
// brokers (tst_connection_errors); the classification must keep recognising them.
class TestConnectionDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("conclusive");
        QTest::addRow("unknown host")
            << int(RD_KAFKA_RESP_ERR__RESOLVE)
            << "nohost.invalid:9092/bootstrap: Failed to resolve 'nohost.invalid:9092': Name or "
               "service not known "
               "(after 1ms in state CONNECT)"
            << "The host name of nohost.invalid:9092 cannot be resolved." << false;
        QTest::addRow("refused")
            << int(RD_KAFKA_RESP_ERR__TRANSPORT)
            << "127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection refused "
               "(after 0ms in state CONNECT)"
            << "Nothing accepts connections at 127.0.0.1:1 (connection refused)." << false;
        QTest::addRow("http") << int(RD_KAFKA_RESP_ERR__BAD_MSG)
                              << "127.0.0.1:8080/bootstrap: Receive failed: Invalid response size "
                                 "1213486160 (0..200000000): increase "
                                 "receive.message.max.bytes"
                              << "127.0.0.1:8080 answered, but not in the Kafka protocol" << true;
        QTest::addRow("tls to plaintext")
            << int(RD_KAFKA_RESP_ERR__TRANSPORT)
            << "ssl://127.0.0.1:9092/bootstrap: SSL handshake failed: Disconnected: SSL connection "
               "closed by peer: "
               "connecting to a PLAINTEXT broker listener? (after 2ms in state SSL_HANDSHAKE)"
            << "The TLS handshake with 127.0.0.1:9092 failed" << true;
        QTest::addRow("plaintext to tls")
            << int(RD_KAFKA_RESP_ERR_NO_ERROR)
            << "127.0.0.1:9093/bootstrap: Disconnected: connection closed by peer: receive 0 after "
               "POLLIN (after 1ms "
               "in state APIVERSION_QUERY)"
            << "127.0.0.1:9093 closed the connection at the first Kafka request" << true;
        QTest::addRow("auth") << int(RD_KAFKA_RESP_ERR__AUTHENTICATION)
                              << "sasl_ssl://127.0.0.1:9094/bootstrap: SASL authentication error: "
                                 "Authentication failed during "
                                 "authentication due to invalid credentials with SASL mechanism "
                                 "SCRAM-SHA-512 (after 315ms in state AUTH_REQ)"
                              << "Authentication failed at 127.0.0.1:9094" << true;
        QTest::addRow("untrusted")
            << int(RD_KAFKA_RESP_ERR__SSL)
            << "ssl://127.0.0.1:9093/bootstrap: SSL handshake failed: error:0A000086:SSL "
               "routines::certificate verify "
               "failed: broker certificate could not be verified"
            << "The TLS certificate of 127.0.0.1:9093 is not trusted" << true;
        // librdkafka's words when a listener with ssl.client.auth=required gets no certificate
        // (TLS 1.3 and TLS 1.2).
        QTest::addRow("client certificate required")
            << int(RD_KAFKA_RESP_ERR__SSL)
            << "ssl://127.0.0.1:9095/bootstrap: SSL transport error: error:0A00045C:SSL "
               "routines::tlsv13 alert certificate required: SSL alert number 116 (after 3ms in "
               "state APIVERSION_QUERY)"
            << "127.0.0.1:9095 requires a client certificate it trusts" << true;
        QTest::addRow("client certificate rejected")
            << int(RD_KAFKA_RESP_ERR__SSL)
            << "ssl://127.0.0.1:9095/bootstrap: SSL handshake failed: error:0A000412:SSL "
               "routines::sslv3 alert bad certificate: SSL alert number 42"
            << "127.0.0.1:9095 requires a client certificate it trusts" << true;
    }
    void classify()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        QFETCH(bool, conclusive);
        ConnectionDiagnosis diagnosis;
        diagnosis.record(code, QString::fromUtf8(rd_kafka_err2name(rd_kafka_resp_err_t(code))),
                         reason);
        QCOMPARE(diagnosis.isConclusive(), conclusive);
        diagnosis.record(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, QStringLiteral("_ALL_BROKERS_DOWN"),
                         QStringLiteral("1/1 brokers are down"));
        QVERIFY(diagnosis.isConclusive()); // a specific cause plus "all down" is enough
        const KafkaError error = diagnosis.diagnose(QStringLiteral("bootstrap:1"), 1000);
        QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
    }

    void advertisedListenerFromLearnedBrokers()
    {
        ConnectionDiagnosis diagnosis;
        diagnosis.record(
            RD_KAFKA_RESP_ERR__RESOLVE, QStringLiteral("_RESOLVE"),
            QStringLiteral(
                "kafka:29092/1: Failed to resolve 'kafka:29092': Name or service not known"));
        diagnosis.record(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, QStringLiteral("_ALL_BROKERS_DOWN"),
                         QStringLiteral("1/1 brokers are down"));
        const KafkaError error = diagnosis.diagnose(QStringLiteral("localhost:9092"), 1000);
        QCOMPARE(error.code, QStringLiteral("ADVERTISED_LISTENER_UNREACHABLE"));
        QVERIFY(error.message.contains(QStringLiteral("localhost:9092")));
        QVERIFY(error.message.contains(QStringLiteral("broker 1 at kafka:29092 (host not found)")));
        QVERIFY(error.hint.contains(QStringLiteral("KAFKA_ADVERTISED_LISTENERS")));
    }

    void silenceIsATimeout()
    {
        const KafkaError error =
            ConnectionDiagnosis().diagnose(QStringLiteral("10.0.0.1:9092"), 8000);
        QCOMPARE(error.code, QStringLiteral("_TIMED_OUT"));
        QVERIFY(error.message.contains(QStringLiteral("8.0 s")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "tst_connectiondiagnosis.moc"
