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
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto address = BootstrapAddress::parse(input);
        QVERIFY2(address.isValid(), qPrintable(address.error()));
        QCOMPARE(address.toString(), normalised);
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
        QTest::addRow("url path") << "http://host:9092/x"
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
