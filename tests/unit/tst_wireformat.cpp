#include "schemas/wireformat.h"

#include <QTest>

using namespace Qafka;

class TestWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void readsSchemaIdHeader()
    {
        const QByteArray bytes = QByteArray::fromHex("000001e24061");
        QString reason;
        const auto framing = WireFormat::readFraming(bytes, &reason);
        QVERIFY2(framing, qPrintable(reason));
        QCOMPARE(framing->kind, SchemaFraming::Kind::SchemaId);
        QCOMPARE(framing->schemaId, 123456);
        QCOMPARE(framing->headerSize, 5);
        QCOMPARE(WireFormat::idHeader(123456), bytes.first(5));
    }

    void readsGuidHeader()
    {
        const QUuid guid = QUuid::fromString(u"{5d8a5f0e-3c9b-4a1e-9f7d-2b6c1e0a4d33}");
        const QByteArray bytes = '\x01' + guid.toRfc4122() + "payload";
        const auto framing = WireFormat::readFraming(bytes);
        QVERIFY(framing);
        QCOMPARE(framing->kind, SchemaFraming::Kind::SchemaGuid);
        QCOMPARE(framing->schemaGuid, guid);
        QCOMPARE(framing->headerSize, 17);
    }

    void rejectsWhatIsNoHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QByteArray() << u"empty"_qs;
        QTest::newRow("json") << QByteArray("{\"a\":1}") << u"0x7b"_qs;
        QTest::newRow("truncated id") << QByteArray::fromHex("000001") << u"5-byte"_qs;
        QTest::newRow("truncated guid") << QByteArray::fromHex("01aabb") << u"17-byte"_qs;
    }

    void rejectsWhatIsNoHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reasonPart);
        QString reason;
        QVERIFY(!WireFormat::readFraming(bytes, &reason));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void readsMessageIndexes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("path");
        QTest::newRow("first message, short form") << QByteArray::fromHex("00") << QList<int>{0};
        // Seen on a record of confluent-kafka's ProtobufSerializer: the second top-level message.
        QTest::newRow("second top-level message") << QByteArray::fromHex("0202") << QList<int>{1};
        QTest::newRow("nested") << QByteArray::fromHex("040402") << QList<int>{2, 1};
        QTest::newRow("index 64 takes two bytes")
            << QByteArray::fromHex("028001") << QList<int>{64};
    }

    void readsMessageIndexes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, path);
        qsizetype at = 0;
        const auto read = WireFormat::readMessageIndexes(bytes, &at);
        QVERIFY(read);
        QCOMPARE(*read, path);
        QCOMPARE(at, bytes.size());
        QCOMPARE(WireFormat::messageIndexes(path), bytes);
    }

    void rejectsBrokenMessageIndexes()
    {
        qsizetype at = 0;
        QVERIFY(!WireFormat::readMessageIndexes(QByteArray::fromHex("04"), &at)); // ends early
        at = 0;
        QVERIFY(!WireFormat::readMessageIndexes(QByteArray::fromHex("01"), &at)); // count -1
        at = 0;
        QVERIFY(!WireFormat::readMessageIndexes(QByteArray::fromHex("ffffffffff"), &at));
    }

    void zigZagRoundTrips()
    {
        for (qint32 value : {0, -1, 1, 63, -64, 64, 1000000, -2147483647 - 1, 2147483647}) {
            QByteArray out;
            WireFormat::appendZigZagVarint(out, value);
            qsizetype at = 0;
            qint32 read = 0;
            QVERIFY(WireFormat::readZigZagVarint(out, &at, &read));
            QCOMPARE(read, value);
            QCOMPARE(at, out.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
