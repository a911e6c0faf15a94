#include "types/bootstrapaddress.h"

#include <QTest>

using Qafka::BootstrapAddress;

class TestBootstrapAddress : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::addRow("one") << "localhost:9092"
                             << "localhost:9092";
        QTest::addRow("several, spaces") << " a:1 , b.example.com:2,127.0.0.1:3 "
                                         << "a:1,b.example.com:2,127.0.0.1:3";
        QTest::addRow("ipv6") << "[::1]:9092"
                              << "[::1]:9092";
        QTest::addRow("scheme") << "PLAINTEXT://broker:9092"
                                << "broker:9092";
        QTest::addRow("docker underscore") << "kafka_1:29092"
                                           << "kafka_1:29092";
        QTest::addRow("kafka scheme") << "kafka://broker:9092"
                                      << "broker:9092";
        QTest::addRow("lower-case listener") << "sasl_ssl://broker:9093"
                                             << "broker:9093";
        QTest::addRow("ipv6 with zone") << "[fe80::1%eth0]:9092"
                                        << "[fe80::1%eth0]:9092";
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto address = BootstrapAddress::parse(input);
        QVERIFY2(address.isValid(), qPrintable(address.error()));
        QCOMPARE(address.toString(), normalised);
    }

    void protocolHint()
    {
        using Qafka::SecurityProtocol;
        QCOMPARE(BootstrapAddress::parse(u"SASL_SSL://a:9093"_qs).securityProtocolHint(),
                 SecurityProtocol::SaslSsl);
        QCOMPARE(BootstrapAddress::parse(u"SSL://a:1,SSL://b:2"_qs).securityProtocolHint(),
                 SecurityProtocol::Ssl);
        QCOMPARE(BootstrapAddress::parse(u"PLAINTEXT://a:1"_qs).securityProtocolHint(),
                 SecurityProtocol::Plaintext);
        QCOMPARE(BootstrapAddress::parse(u"a:1"_qs).securityProtocolHint(), std::nullopt);
        QCOMPARE(BootstrapAddress::parse(u"kafka://a:1"_qs).securityProtocolHint(), std::nullopt);
        // Prefixes that disagree give no hint.
        QCOMPARE(BootstrapAddress::parse(u"SSL://a:1,SASL_SSL://b:2"_qs).securityProtocolHint(),
                 std::nullopt);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("empty") << "  "
                               << "empty";
        QTest::addRow("no port") << "localhost"
                                 << "has no port";
        QTest::addRow("port zero") << "localhost:0"
                                   << "not a valid port";
        QTest::addRow("port too big") << "localhost:70000"
                                      << "not a valid port";
        QTest::addRow("port text") << "localhost:abc"
                                   << "not a valid port";
        QTest::addRow("trailing comma") << "a:1,"
                                        << "empty entry";
        QTest::addRow("bad host") << "bad host:9092"
                                  << "not a valid host name";
        QTest::addRow("bare ipv6") << "::1:9092"
                                   << "ambiguous";
        QTest::addRow("bad ipv6") << "[zz]:9092"
                                  << "not a valid IPv6";
        QTest::addRow("web address") << "http://127.0.0.1:8080"
                                     << "is a web address, but bootstrap servers are host:port";
        QTest::addRow("https with path") << "https://host:9092/x"
                                         << "remove “https://”";
        QTest::addRow("unknown scheme") << "tcp://host:9092"
                                        << "“tcp://” is not a Kafka listener protocol";
        QTest::addRow("url path") << "kafka://host:9092/x"
                                  << "not a valid port";
        QTest::addRow("ipv6 without port") << "[::1]"
                                           << "write IPv6 hosts as [address]:port";
        QTest::addRow("ipv6 unclosed") << "[::1:9092"
                                       << "write IPv6 hosts as [address]:port";
        QTest::addRow("ipv6 no colon after bracket") << "[::1]9092"
                                                     << "write IPv6 hosts as [address]:port";
        QTest::addRow("empty host") << ":9092"
                                    << "“” is not a valid host name";
        QTest::addRow("second entry bad") << "a:1, b"
                                          << "“b” has no port";
        QTest::addRow("empty ipv6 port") << "[::1]:"
                                         << "is not a valid port in “[::1]:”";
        // Found by fuzz_bootstrapaddress: the zone was kept and written back as a scheme.
        QTest::addRow("ipv6 zone not an interface") << "[::0]:2,SSL://[::%Set$SLh://]:9"
                                                    << "“Set$SLh://” is not a valid IPv6 zone";
        QTest::addRow("ipv6 empty zone") << "[::1%]:9092"
                                         << "not a valid IPv6";
        // Found by fuzz_bootstrapaddress: QHostAddress and QString::toInt() stop reading at a
        // NUL, so the text after one was kept in the host and written back.
        QTest::addRow("ipv6 with a NUL inside")
            << QStringLiteral("[::1]:1,SSL://[::1") + QChar(0) + QStringLiteral("(SSL://[::2]:2")
            << "is not a valid IPv6 address";
        QTest::addRow("port with a NUL inside")
            << QStringLiteral("broker:9092") + QChar(0) + QStringLiteral("x")
            << "is not a valid port";
        QTest::addRow("port with a sign") << "broker:+9092"
                                          << "“+9092” is not a valid port";
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, errorPart);
        const auto address = BootstrapAddress::parse(input);
        QVERIFY(!address.isValid());
        QVERIFY2(address.error().contains(errorPart), qPrintable(address.error()));
    }
};

QTEST_GUILESS_MAIN(TestBootstrapAddress)
#include "tst_bootstrapaddress.moc"
