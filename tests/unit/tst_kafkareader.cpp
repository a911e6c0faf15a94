// KafkaReader, the field reader of the quorum probe's protocol answers: lengths that garbage
// makes absurd must clear ok, never wrap or read past the end.

#include "probes/kafkareader.h"

#include <QTest>

using namespace Qafka;

class TestKafkaReader : public QObject
{
    Q_OBJECT

private slots:
    void compactStringsAndNull()
    {
        // "ab" as a compact string (length 2 stored as 3), then a null one (stored as 0).
        KafkaReader reader{QByteArray("\x03"
                                      "ab"
                                      "\x00",
                                      4)};
        QCOMPARE(reader.string(true), QByteArray("ab"));
        QVERIFY(reader.string(true).isNull());
        QVERIFY(reader.ok);
    }

    void compactArrayLength()
    {
        KafkaReader reader{QByteArray("\x03xy", 3)};
        QCOMPARE(reader.arrayLength(true), 2);
        QVERIFY(reader.ok);
    }

    // fuzz_quorumresponses found a varint of 2^63 taken as a length: qint64(2^63) - 1 overflowed.
    void compactLengthBeyondQint64ClearsOk_data()
    {
        QTest::addColumn<QByteArray>("varint");
        QTest::newRow("2^63") << QByteArray("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", 10);
        QTest::newRow("2^64-1") << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 10);
    }
    void compactLengthBeyondQint64ClearsOk()
    {
        QFETCH(QByteArray, varint);
        for (int field = 0; field < 3; ++field) {
            KafkaReader reader{varint + QByteArray(16, 'x')};
            if (field == 0)
                QVERIFY(reader.string(true).isNull());
            else if (field == 1)
                QVERIFY(reader.bytes(true).isNull());
            else
                QCOMPARE(reader.arrayLength(true), 0);
            QVERIFY(!reader.ok);
            QCOMPARE(reader.int32(), 0); // everything after reads as zero
        }
    }

    void lengthPastTheEndClearsOk()
    {
        KafkaReader reader{QByteArray("\x00\x05"
                                      "abc",
                                      5)};
        QVERIFY(reader.string(false).isNull());
        QVERIFY(!reader.ok);
    }
};

QTEST_APPLESS_MAIN(TestKafkaReader)
#include "tst_kafkareader.moc"
