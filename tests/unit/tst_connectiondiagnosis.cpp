#include "types/connectiondiagnosis.h"

#include <QTest>

#include <librdkafka/rdkafka.h>

using namespace Qafka;
using namespace Qt::Literals::StringLiterals;

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

    // Every kind of event classify() tells apart, called directly with the error name only.
    void classifyEachKind_data()
    {
        QTest::addColumn<QString>("codeName");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::addRow("authentication by code")
            << "SASL_AUTHENTICATION_FAILED"
            << "b:1/bootstrap: denied"
            << "Authentication failed at b:1: b:1/bootstrap: denied";
        QTest::addRow("not kafka: unsupported ApiVersion")
            << "_BAD_MSG"
            << "b:1/bootstrap: Unsupported ApiVersion"
            << "b:1 answered, but not in the Kafka protocol";
        QTest::addRow("plaintext to TLS: connecting to a SSL")
            << "_TRANSPORT"
            << "b:1/bootstrap: connecting to a SSL listener?"
            << "b:1 closed the connection at the first Kafka request";
        QTest::addRow("TLS: unable to get local issuer")
            << "_SSL"
            << "ssl://b:1/bootstrap: unable to get local issuer certificate"
            << "The TLS certificate of b:1 is not trusted";
        QTest::addRow("TLS: alert unknown ca") << "_SSL"
                                               << "ssl://b:1/bootstrap: sslv3 alert unknown ca"
                                               << "b:1 requires a client certificate it trusts";
        QTest::addRow("TLS: host name mismatch")
            << "_SSL"
            << "ssl://b:1/bootstrap: Broker certificate does not match hostname"
            << "The TLS certificate of b:1 does not match its address";
        QTest::addRow("TLS: other") << "_SSL"
                                    << "ssl://b:1/bootstrap: SSL syscall error"
                                    << "The TLS handshake with b:1 failed";
        QTest::addRow("resolve by code") << "_RESOLVE"
                                         << "b:1/bootstrap: no such host"
                                         << "The host name of b:1 cannot be resolved.";
        QTest::addRow("timeout") << "_TIMED_OUT"
                                 << "b:1/bootstrap: Connection setup timed out"
                                 << "b:1 did not answer in time.";
        QTest::addRow("all brokers down") << "_ALL_BROKERS_DOWN"
                                          << "1/1 brokers are down"
                                          << "Cannot connect to boot:9: 1/1 brokers are down";
        // Kerberos cases the real KDC of tst_kerberos cannot provoke: MIT's words for a skewed
        // clock, and librdkafka's for a machine without the GSSAPI plugin.
        QTest::addRow("Kerberos: clock skew")
            << "_AUTHENTICATION"
            << "sasl_plaintext://b:1/bootstrap: SASL handshake failed (start (-1)): SASL(-1): "
               "generic failure: GSSAPI Error: Unspecified GSS failure.  Minor code may provide "
               "more information (Clock skew too great)"
            << "This machine's clock differs too much from the KDC's to log in to b:1";
        QTest::addRow("Kerberos: no GSSAPI plugin")
            << "_AUTHENTICATION"
            << "sasl_plaintext://b:1/bootstrap: No provider for SASL mechanism GSSAPI: recompile "
               "librdkafka with libsasl2 or openssl support. Cyrus/libsasl2 is missing a GSSAPI "
               "module: make sure the libsasl2-modules-gssapi-mit or cyrus-sasl-gssapi packages "
               "are installed"
            << "This machine cannot log in to b:1 with Kerberos";
        // OAuth: Keycloak's answer to a wrong client secret (as librdkafka passes it on; the
        // test OIDC server takes any secret, so tst_oauth cannot provoke it), and the broker's
        // verdict on a token.
        QTest::addRow("OAuth: wrong client secret")
            << "_AUTHENTICATION"
            << "Failed to acquire SASL OAUTHBEARER token: {\"error\":\"unauthorized_client\","
               "\"error_description\":\"Invalid client or Invalid client credentials\"} (401)"
            << "The identity provider refused this connection's OAuth client id or secret, so "
               "there is no token to log in to boot:9";
        QTest::addRow("OAuth: the token request's log line, with the HTTP status")
            << "FAIL"
            << "Failed to retrieve OIDC token from \"https://idp/x\": method not allowed (405)"
            << "The token endpoint did not answer like an OAuth token endpoint, so there is no "
               "token to log in to boot:9";
        // The broker's list of mechanisms names OAUTHBEARER: still a mechanism mismatch.
        QTest::addRow("SASL mechanism the listener does not offer")
            << "_AUTHENTICATION"
            << "sasl_ssl://b:1/bootstrap: SASL SCRAM-SHA-512 mechanism handshake failed: Broker: "
               "Unsupported SASL mechanism: broker's supported mechanisms: PLAIN,OAUTHBEARER"
            << "b:1 does not offer the SASL mechanism this connection uses";
        QTest::addRow("OAuth: token endpoint behind a private CA")
            << "FAIL"
            << "Failed to retrieve OIDC token from \"https://idp/t\": SSL certificate problem: "
               "unable to get local issuer certificate (-1)"
            << "The TLS certificate of the identity provider's token endpoint is not trusted";
        QTest::addRow("OAuth: older curl's refused connection")
            << "_AUTHENTICATION"
            << "Failed to acquire SASL OAUTHBEARER token: Failed to connect to idp port 443: "
               "Connection refused"
            << "The identity provider's token endpoint cannot be reached";
        QTest::addRow("OAuth: a web page instead of the token endpoint")
            << "FAIL"
            << "Failed to retrieve OIDC token from \"https://idp/\": Response is not JSON "
               "encoded: text/html (200)"
            << "The token endpoint did not answer like an OAuth token endpoint";
        QTest::addRow("OAuth: invalid scope")
            << "_AUTHENTICATION"
            << "Failed to acquire SASL OAUTHBEARER token: {\"error\":\"invalid_scope\"} (400)"
            << "The identity provider refused the OAuth scope";
        QTest::addRow("OAuth: no sub claim")
            << "_AUTHENTICATION"
            << "Failed to acquire SASL OAUTHBEARER token: Expected JSON JWT response with "
               "\"sub\" field"
            << "The identity provider's token carries no subject (sub)";
        QTest::addRow("OAuth: broker refuses the token")
            << "_AUTHENTICATION"
            << "sasl_plaintext://b:1/bootstrap: SASL authentication error: "
               "{\"status\":\"invalid_token\"} (after 2ms in state AUTH_REQ)"
            << "b:1 refused the token the identity provider issued";
        QTest::addRow("other") << "_TRANSPORT"
                               << "b:1/bootstrap: Disconnected"
                               << "Cannot connect to b:1: b:1/bootstrap: Disconnected";
    }
    void classifyEachKind()
    {
        QFETCH(QString, codeName);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        const KafkaError error =
            ConnectionDiagnosis::classify({0, codeName, reason}, QStringLiteral("boot:9"));
        QCOMPARE(error.code, codeName);
        QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
    }

    // diagnose() ranks the events: the most telling one wins, the later one among equals.
    void diagnosePicksTheMostTellingEvent_data()
    {
        QTest::addColumn<QStringList>("events"); // code name and reason, alternating
        QTest::addColumn<QString>("expected");
        const QString timeout = QStringLiteral("b:1/bootstrap: Connection setup timed out");
        const QString refused = QStringLiteral("b:1/bootstrap: Connection refused");
        const QString tls = QStringLiteral("ssl://b:1/bootstrap: SSL syscall error");
        QTest::addRow("refused over timeout")
            << QStringList{u"_TIMED_OUT"_s, timeout,         u"_TRANSPORT"_s,
                           refused,         u"_TIMED_OUT"_s, timeout}
            << "Nothing accepts connections at b:1";
        QTest::addRow("TLS over refused") << QStringList{u"_SSL"_s, tls, u"_TRANSPORT"_s, refused}
                                          << "The TLS handshake with b:1 failed";
        QTest::addRow("timeout over all down")
            << QStringList{u"_TIMED_OUT"_s, timeout, u"_ALL_BROKERS_DOWN"_s,
                           u"1/1 brokers are down"_s}
            << "b:1 did not answer in time.";
        QTest::addRow("learned and bootstrap brokers both unreachable")
            << QStringList{u"_RESOLVE"_s, u"kafka:29092/1: Failed to resolve 'kafka:29092'"_s,
                           u"_RESOLVE"_s, u"boot:9/bootstrap: Failed to resolve 'boot:9'"_s}
            << "The host name of boot:9 cannot be resolved.";
        QTest::addRow("a token request's log line over the error event after it")
            << QStringList{u"FAIL"_s,
                           u"Failed to retrieve OIDC token from \"https://idp/t\": "
                           "{\"error\":\"invalid_client\"} (401)"_s,
                           u"_AUTHENTICATION"_s,
                           u"Failed to acquire SASL OAUTHBEARER token: "
                           "{\"error\":\"invalid_client\"}"_s}
            << "The identity provider refused this connection's OAuth client id or secret";
    }
    void diagnosePicksTheMostTellingEvent()
    {
        QFETCH(QStringList, events);
        QFETCH(QString, expected);
        ConnectionDiagnosis diagnosis;
        for (qsizetype i = 0; i + 1 < events.size(); i += 2)
            diagnosis.record(0, events.at(i), events.at(i + 1));
        const KafkaError error = diagnosis.diagnose(QStringLiteral("boot:9"), 1000);
        QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
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

    // Only timeouts: the worker then asks the port itself whether it is open but silent.
    void onlySilenceMeansNothingWasSaid()
    {
        ConnectionDiagnosis diagnosis;
        QVERIFY(diagnosis.onlySilence());
        diagnosis.record(0, u"_TIMED_OUT"_s, u"b:1/bootstrap: Connection setup timed out"_s);
        diagnosis.record(0, u"_ALL_BROKERS_DOWN"_s, u"1/1 brokers are down"_s);
        QVERIFY(diagnosis.onlySilence());
        diagnosis.record(0, u"_TRANSPORT"_s, u"b:1/bootstrap: Connection refused"_s);
        QVERIFY(!diagnosis.onlySilence());

        const KafkaError error =
            ConnectionDiagnosis::silentListenerError({u"b:1"_s, u"c:2"_s}, 8000);
        QCOMPARE(error.message, u"b:1, c:2 accepted the connection but gave no Kafka answer "
                                u"within 8.0 s."_s);
        QVERIFY(error.hint.contains(u"not a firewall"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "tst_connectiondiagnosis.moc"
