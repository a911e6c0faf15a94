#include "messages/messageexport.h"
#include "messages/messagefile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qafka;

namespace {

using Header = QPair<QByteArray, std::optional<QByteArray>>;

// A browsed message: owns the bytes that MessageBytes points into.
struct TestMessage
{
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    QList<Header> headers;
    qint32 partition = 0;
    qint64 offset = 0;
    qint64 timestampMs = -1;
    TimestampType timestampType = TimestampType::NotAvailable;

    QByteArray blob;

    MessageRecord record() const
    {
        MessageRecord record;
        record.offset = offset;
        record.timestampMs = timestampMs;
        record.timestampType = quint32(timestampType);
        record.partition = partition;
        record.keyLength = key ? quint32(key->size()) : MessageRecord::kNullLength;
        record.valueLength = value ? quint32(value->size()) : MessageRecord::kNullLength;
        record.headersLength = quint32(blob.size());
        return record;
    }

    MessageBytes bytes()
    {
        blob.clear();
        for (const Header &header : std::as_const(headers))
            HeaderBlob::append(blob, header.first,
                               header.second ? std::optional<QByteArrayView>(*header.second)
                                             : std::nullopt);
        MessageBytes bytes;
        if (key)
            bytes.key = QByteArrayView(*key);
        if (value)
            bytes.value = QByteArrayView(*value);
        bytes.headers = blob;
        return bytes;
    }
};

TestMessage message(std::optional<QByteArray> key, std::optional<QByteArray> value,
                    QList<Header> headers = {})
{
    TestMessage result;
    result.key = std::move(key);
    result.value = std::move(value);
    result.headers = std::move(headers);
    return result;
}

QByteArray jsonOf(TestMessage message, const QString &topic = QStringLiteral("orders"))
{
    const MessageBytes bytes = message.bytes();
    return MessageExport::jsonLine(topic, message.record(), bytes);
}

QByteArray csvOf(TestMessage message, const QString &topic = QStringLiteral("orders"))
{
    const MessageBytes bytes = message.bytes();
    return MessageExport::csvLine(topic, message.record(), bytes);
}

// What MessageFile should read back from the JSON line of message.
OutgoingMessage expectedOutgoing(const TestMessage &message)
{
    OutgoingMessage outgoing;
    outgoing.key = message.key;
    outgoing.value = message.value;
    outgoing.partition = message.partition;
    for (const Header &header : message.headers)
        outgoing.headers.append(MessageHeader{QString::fromUtf8(header.first), header.second});
    return outgoing;
}

// A small RFC 4180 reader for one record.
QList<QByteArray> parseCsv(const QByteArray &line, bool *ok)
{
    QList<QByteArray> fields;
    QByteArray field;
    qsizetype i = 0;
    *ok = true;
    for (;;) {
        field.clear();
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size()) {
                    *ok = false;
                    return fields;
                }
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
        } else {
            while (i < line.size() && line[i] != ',') {
                if (line[i] == '"' || line[i] == '\n' || line[i] == '\r')
                    *ok = false; // must have been quoted
                field += line[i++];
            }
        }
        fields.append(field);
        if (i == line.size())
            return fields;
        if (line[i] != ',') {
            *ok = false;
            return fields;
        }
        ++i;
    }
}

std::optional<QByteArray> decodeCsvBytes(const QByteArray &encoding, const QByteArray &field)
{
    if (encoding == "null")
        return std::nullopt;
    if (encoding == "base64")
        return QByteArray::fromBase64(field);
    return field;
}

QByteArray randomBytes(QRandomGenerator &random, int maxLength)
{
    // Mostly bytes that form or break UTF-8 sequences, and the characters CSV and JSON quote.
    static constexpr unsigned char pool[] = {0x00, 'a',  '"',  '\\', ',',  '\n', '\r', 0x7f,
                                             0x80, 0xbb, 0xbf, 0xc3, 0xa9, 0xe2, 0x9c, 0x93,
                                             0xef, 0xf0, 0x9f, 0xff, ' ',  0x1f};
    QByteArray bytes(int(random.bounded(maxLength + 1)), Qt::Uninitialized);
    for (char &c : bytes)
        c = char(pool[random.bounded(quint32(sizeof pool))]);
    return bytes;
}

std::optional<QByteArray> randomOptionalBytes(QRandomGenerator &random)
{
    if (random.bounded(6) == 0)
        return std::nullopt;
    return randomBytes(random, 12);
}

} // namespace

class TestMessageExport : public QObject
{
    Q_OBJECT
private slots:
    void jsonLineFormat_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");

        TestMessage minimal = message(std::nullopt, QByteArray("v"));
        QTest::addRow("minimal")
            << jsonOf(minimal)
            << QByteArray("{\"topic\":\"orders\",\"partition\":0,\"offset\":0,\"timestamp\":null,"
                          "\"timestampType\":null,\"key\":null,\"value\":\"v\"}");

        TestMessage everything = message(
            QByteArray("k\"1"), QByteArray("\xff", 1),
            {{"trace-id", QByteArray("abc")}, {"nothing", std::nullopt}, {"empty", QByteArray()}});
        everything.partition = 3;
        everything.offset = 1234567890123;
        everything.timestampMs = 1700000000000;
        everything.timestampType = TimestampType::CreateTime;
        QTest::addRow("everything")
            << jsonOf(everything, QStringLiteral("t\"é"))
            << QByteArray(
                   "{\"topic\":\"t\\\"é\",\"partition\":3,\"offset\":1234567890123,"
                   "\"timestamp\":1700000000000,\"timestampType\":\"CreateTime\","
                   "\"key\":\"k\\\"1\",\"headers\":[{\"key\":\"trace-id\",\"value\":\"abc\"},"
                   "{\"key\":\"nothing\",\"value\":null},{\"key\":\"empty\",\"value\":\"\"}],"
                   "\"value\":{\"base64\":\"/w==\"}}");

        TestMessage logAppend = message(QByteArray(), std::nullopt);
        logAppend.timestampMs = 0;
        logAppend.timestampType = TimestampType::LogAppendTime;
        QTest::addRow("log append time, empty key, tombstone")
            << jsonOf(logAppend)
            << QByteArray("{\"topic\":\"orders\",\"partition\":0,\"offset\":0,\"timestamp\":0,"
                          "\"timestampType\":\"LogAppendTime\",\"key\":\"\",\"value\":null}");

        TestMessage badHeaderName = message(std::nullopt, std::nullopt, {{"a\xff", std::nullopt}});
        QTest::addRow("header name not UTF-8")
            << jsonOf(badHeaderName)
            << QByteArray(
                   "{\"topic\":\"orders\",\"partition\":0,\"offset\":0,\"timestamp\":null,"
                   "\"timestampType\":null,\"key\":null,\"headers\":[{\"key\":\"a\xEF\xBF\xBD\","
                   "\"value\":null}],\"value\":null}");
    }

    void jsonLineFormat()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        QCOMPARE(line, expected);
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(line, &error).isObject());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("keyNull");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valueNull");

        const auto row = [](const char *name, std::optional<QByteArray> key,
                            std::optional<QByteArray> value) {
            QTest::addRow("%s", name)
                << key.value_or(QByteArray()) << !key << value.value_or(QByteArray()) << !value;
        };
        row("null key and value", std::nullopt, std::nullopt);
        row("empty key and value", QByteArray(""), QByteArray(""));
        row("null key, empty value", std::nullopt, QByteArray(""));
        row("text", QByteArray("user-42"), QByteArray("é✓😀"));
        row("binary", QByteArray("\x00\x01\xff\xfe", 4), QByteArray("\x80", 1));
        row("NUL is text", QByteArray("a\0b", 3), QByteArray("\0", 1));
        row("escapes", QByteArray("\"\\/\n\r\t\b\f\x01\x1f\x7f"), QByteArray("x"));
        row("leading byte order mark", QByteArray("\xEF\xBB\xBFk"), QByteArray("\xEF\xBB\xBF"));
        row("noncharacters", std::nullopt, QByteArray("\xEF\xBF\xBF\xEF\xB7\x90"));
        row("encoded surrogate", std::nullopt, QByteArray("\xED\xA0\x80"));
        row("overlong NUL", std::nullopt, QByteArray("\xC0\x80"));
        row("truncated sequence", std::nullopt, QByteArray("\xE2\x82"));
        row("JSON text", std::nullopt, QByteArray("{\"id\":1,\"tags\":[\"a\"]}"));
    }

    void jsonRoundTrip()
    {
        QFETCH(QByteArray, key);
        QFETCH(bool, keyNull);
        QFETCH(QByteArray, value);
        QFETCH(bool, valueNull);
        TestMessage original =
            message(keyNull ? std::nullopt : std::optional<QByteArray>(key),
                    valueNull ? std::nullopt : std::optional<QByteArray>(value),
                    {{"h", valueNull ? std::nullopt : std::optional<QByteArray>(value)},
                     {"k", keyNull ? std::nullopt : std::optional<QByteArray>(key)}});
        original.partition = 5;
        const QByteArray line = jsonOf(original);
        QVERIFY(!line.contains('\n'));
        QString error;
        const auto back = MessageFile::fromJsonLine(line, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, expectedOutgoing(original));
    }

    void jsonRandomRoundTrip()
    {
        QRandomGenerator random(20240601);
        for (int i = 0; i < 3000; ++i) {
            TestMessage original =
                message(randomOptionalBytes(random), randomOptionalBytes(random));
            const int headers = int(random.bounded(4));
            for (int h = 0; h < headers; ++h) {
                // Header names are text in MessageFile; only valid UTF-8 names survive exactly.
                QByteArray name = randomBytes(random, 6);
                if (!name.isValidUtf8())
                    name = name.toBase64();
                original.headers.append({name, randomOptionalBytes(random)});
            }
            original.partition = int(random.bounded(100));
            original.offset = qint64(random.generate64() >> 2);
            original.timestampMs = qint64(random.bounded(2000000000)) * 1000;
            original.timestampType = TimestampType(random.bounded(3));
            const QByteArray line = jsonOf(original, QStringLiteral("topic-%1").arg(i));
            QString error;
            const auto back = MessageFile::fromJsonLine(line, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, expectedOutgoing(original));

            // The extra fields read back too.
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QCOMPARE(object.value(QLatin1String("topic")).toString(),
                     QStringLiteral("topic-%1").arg(i));
            QCOMPARE(object.value(QLatin1String("offset")).toInteger(), original.offset);
            QCOMPARE(object.value(QLatin1String("timestamp")).toInteger(), original.timestampMs);
            QCOMPARE(object.value(QLatin1String("headers")).isUndefined(),
                     original.headers.isEmpty());
        }
    }

    void csvHeader()
    {
        QCOMPARE(MessageExport::csvHeader(),
                 QByteArray("topic,partition,offset,timestamp,timestamp_type,key_encoding,key,"
                            "value_encoding,value,headers"));
    }

    void csvLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");

        TestMessage plain = message(QByteArray("k1"), QByteArray("hello"));
        plain.partition = 2;
        plain.offset = 17;
        plain.timestampMs = 1700000000123;
        plain.timestampType = TimestampType::CreateTime;
        QTest::addRow("plain") << csvOf(plain)
                               << QByteArray("orders,2,17,2023-11-14T22:13:20.123Z,CreateTime,"
                                             "utf8,k1,utf8,hello,");

        TestMessage epoch = message(std::nullopt, QByteArray());
        epoch.timestampMs = 0;
        epoch.timestampType = TimestampType::LogAppendTime;
        QTest::addRow("null key, empty value, epoch")
            << csvOf(epoch)
            << QByteArray("orders,0,0,1970-01-01T00:00:00.000Z,LogAppendTime,null,,utf8,,");

        QTest::addRow("no timestamp, tombstone") << csvOf(message(QByteArray("k"), std::nullopt))
                                                 << QByteArray("orders,0,0,,,utf8,k,null,,");
        QTest::addRow("comma") << csvOf(message(QByteArray("a,b"), QByteArray("x")))
                               << QByteArray("orders,0,0,,,utf8,\"a,b\",utf8,x,");
        QTest::addRow("quotes") << csvOf(message(QByteArray("say \"hi\""), QByteArray("\"")))
                                << QByteArray(
                                       "orders,0,0,,,utf8,\"say \"\"hi\"\"\",utf8,\"\"\"\",");
        QTest::addRow("newlines") << csvOf(message(QByteArray("a\nb"), QByteArray("c\r\nd")))
                                  << QByteArray("orders,0,0,,,utf8,\"a\nb\",utf8,\"c\r\nd\",");
        QTest::addRow("lone CR") << csvOf(message(std::nullopt, QByteArray("a\rb")))
                                 << QByteArray("orders,0,0,,,null,,utf8,\"a\rb\",");
        QTest::addRow("spaces are not quoted") << csvOf(message(QByteArray(" k "), QByteArray(" ")))
                                               << QByteArray("orders,0,0,,,utf8, k ,utf8, ,");
        QTest::addRow("binary") << csvOf(message(QByteArray("\xff\x00", 2), QByteArray("\x80", 1)))
                                << QByteArray("orders,0,0,,,base64,/wA=,base64,gA==,");
        QTest::addRow("topic with comma")
            << csvOf(message(std::nullopt, std::nullopt), QStringLiteral("a,b"))
            << QByteArray("\"a,b\",0,0,,,null,,null,,");
        QTest::addRow("headers")
            << csvOf(message(std::nullopt, QByteArray("v"),
                             {{"h", QByteArray("x,y")}, {"n", std::nullopt}}))
            << QByteArray("orders,0,0,,,null,,utf8,v,\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":"
                          "\"\"x,y\"\"},{\"\"key\"\":\"\"n\"\",\"\"value\"\":null}]\"");
    }

    void csvLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        QCOMPARE(line, expected);
    }

    void csvRandomRoundTrip()
    {
        QRandomGenerator random(99);
        for (int i = 0; i < 3000; ++i) {
            TestMessage original =
                message(randomOptionalBytes(random), randomOptionalBytes(random));
            if (random.bounded(3) == 0)
                original.headers.append({"h", randomOptionalBytes(random)});
            const QString topic =
                i % 2 ? QStringLiteral("plain") : QStringLiteral("with,\"odd\" name");
            const MessageBytes bytes = original.bytes();
            const QByteArray line = MessageExport::csvLine(topic, original.record(), bytes);

            bool ok = false;
            const QList<QByteArray> fields = parseCsv(line, &ok);
            QVERIFY2(ok, line.constData());
            QCOMPARE(fields.size(), 10);
            QCOMPARE(QString::fromUtf8(fields.at(0)), topic);
            QCOMPARE(decodeCsvBytes(fields.at(5), fields.at(6)), original.key);
            QCOMPARE(decodeCsvBytes(fields.at(7), fields.at(8)), original.value);
            if (original.headers.isEmpty()) {
                QVERIFY(fields.at(9).isEmpty());
            } else {
                // The headers column holds the JSON line's array.
                const auto back =
                    MessageFile::fromJsonLine("{\"headers\":" + fields.at(9) + '}', nullptr);
                QVERIFY(back);
                QCOMPARE(back->headers, expectedOutgoing(original).headers);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageExport)
#include "tst_messageexport.moc"
