#include "messages/messagefile.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qafka;

namespace Qafka {

// Failure messages show the message as its JSON line.
char *toString(const OutgoingMessage &message)
{
    return qstrdup(MessageFile::toJsonLine(message).constData());
}

} // namespace Qafka

namespace {

OutgoingMessage message(std::optional<QByteArray> key, std::optional<QByteArray> value,
                        QList<MessageHeader> headers = {}, int partition = -1)
{
    OutgoingMessage result;
    result.key = std::move(key);
    result.value = std::move(value);
    result.headers = std::move(headers);
    result.partition = partition;
    return result;
}

MessageHeader header(const QString &key, std::optional<QByteArray> value)
{
    return MessageHeader{key, std::move(value)};
}

// A file whose reader is cancelled once it has handed out its first piece.
class CancellingBuffer : public QBuffer
{
public:
    explicit CancellingBuffer(std::atomic_bool *cancel)
        : m_cancel(cancel)
    {}

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 read = QBuffer::readData(data, maxSize);
        m_cancel->store(true);
        return read;
    }

private:
    std::atomic_bool *m_cancel;
};

QList<OutgoingMessage> readPlain(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return MessageFile::readPlainText(&buffer);
}

} // namespace

class TestMessageFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<bool>("base64");

        const QByteArray text("v");
        QTest::addRow("null key") << message(std::nullopt, text) << false;
        QTest::addRow("empty key") << message(QByteArray(""), text) << false;
        QTest::addRow("text key") << message(QByteArray("user-42"), text) << false;
        QTest::addRow("non-ASCII text")
            << message(QByteArray("é✓😀"), QByteArray("ünïcode")) << false;
        QTest::addRow("binary key") << message(QByteArray("\x00\x01\xff\xfe", 4), text) << true;
        QTest::addRow("NUL only is text") << message(QByteArray("a\0b", 3), text) << false;
        QTest::addRow("null value (tombstone)") << message(QByteArray("k"), std::nullopt) << false;
        QTest::addRow("null key and value") << message(std::nullopt, std::nullopt) << false;
        QTest::addRow("empty value") << message(QByteArray("k"), QByteArray("")) << false;
        QTest::addRow("JSON value")
            << message(std::nullopt,
                       QByteArray("{\"id\":1,\"tags\":[\"a\",\"b\"],\"s\":\"q\\\"x\"}"))
            << false;
        QTest::addRow("escapes") << message(std::nullopt, QByteArray("\"\\/\n\r\t\b\f\x01\x1f\x7f"))
                                 << false;
        QTest::addRow("leading byte order mark")
            << message(QByteArray("\xEF\xBB\xBFk"), QByteArray("\xEF\xBB\xBF")) << false;
        QTest::addRow("inner byte order mark") << message(std::nullopt, QByteArray("a\xEF\xBB\xBF"
                                                                                   "b"))
                                               << false;
        QTest::addRow("noncharacters")
            << message(std::nullopt, QByteArray("\xEF\xBF\xBF\xEF\xB7\x90")) << false;
        QTest::addRow("encoded surrogate")
            << message(std::nullopt, QByteArray("\xED\xA0\x80")) << true;
        QTest::addRow("overlong NUL") << message(std::nullopt, QByteArray("\xC0\x80")) << true;
        QTest::addRow("truncated sequence")
            << message(std::nullopt, QByteArray("\xE2\x82")) << true;
        QTest::addRow("headers with null value")
            << message(QByteArray("k"), text,
                       {header(QStringLiteral("trace-id"), QByteArray("abc")),
                        header(QStringLiteral("nothing"), std::nullopt),
                        header(QStringLiteral("empty"), QByteArray("")),
                        header(QStringLiteral("trace-id"), QByteArray("again")),
                        header(QStringLiteral("clé \"q\""), QByteArray("\xff", 1)),
                        header(QString(), QByteArray("no name"))})
            << true;
        QTest::addRow("partition 0") << message(QByteArray("k"), text, {}, 0) << false;
        QTest::addRow("partition 7") << message(std::nullopt, std::nullopt, {}, 7) << false;
    }

    void roundTrip()
    {
        QFETCH(OutgoingMessage, message);
        QFETCH(bool, base64);
        const QByteArray line = MessageFile::toJsonLine(message);
        QVERIFY(!line.contains('\n'));
        QCOMPARE(line.contains("\"base64\""), base64);
        QString error;
        const auto back = MessageFile::fromJsonLine(line, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, message);
    }

    void randomBytesRoundTrip()
    {
        QRandomGenerator random(1234);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(int(random.bounded(12)), Qt::Uninitialized);
            for (char &c : bytes) {
                // Mostly bytes that form or break UTF-8 sequences.
                static constexpr unsigned char pool[] = {0x00, 'a',  '"',  '\\', 0x7f, 0x80,
                                                         0xbb, 0xbf, 0xc3, 0xa9, 0xe2, 0x9c,
                                                         0x93, 0xef, 0xf0, 0x9f, 0xff};
                c = char(pool[random.bounded(quint32(sizeof pool))]);
            }
            const OutgoingMessage original =
                message(bytes, bytes, {header(QStringLiteral("h"), bytes)});
            const auto back = MessageFile::fromJsonLine(MessageFile::toJsonLine(original), nullptr);
            QVERIFY(back);
            QCOMPARE(*back, original);
        }
    }

    void writesCompactLines_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("minimal") << message(std::nullopt, QByteArray("v"))
                                 << QByteArray(R"({"key":null,"value":"v"})");
        QTest::addRow("everything")
            << message(QByteArray("k"), QByteArray("\xff", 1),
                       {header(QStringLiteral("h"), std::nullopt),
                        header(QStringLiteral("i"), QByteArray("x\ny"))},
                       3)
            << QByteArray(
                   R"({"key":"k","value":{"base64":"/w=="},"headers":[{"key":"h","value":null},)"
                   R"({"key":"i","value":"x\ny"}],"partition":3})");
    }

    void writesCompactLines()
    {
        QFETCH(OutgoingMessage, message);
        QFETCH(QByteArray, line);
        QCOMPARE(MessageFile::toJsonLine(message), line);
    }

    void readsHandWrittenLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<OutgoingMessage>("expected");

        QTest::addRow("object value")
            << QByteArray(R"({"value": {"id": 1, "name": "a b"}})")
            << message(std::nullopt, QByteArray(R"({"id":1,"name":"a b"})"));
        QTest::addRow("array value") << QByteArray(R"({"value": [1, "a", null, {}]})")
                                     << message(std::nullopt, QByteArray(R"([1,"a",null,{}])"));
        QTest::addRow("number value") << QByteArray(R"({"value": 9007199254740993})")
                                      << message(std::nullopt, QByteArray("9007199254740993"));
        QTest::addRow("boolean value")
            << QByteArray(R"({"value": false})") << message(std::nullopt, QByteArray("false"));
        QTest::addRow("object key") << QByteArray(R"({"key": {"tenant": "t1"}, "value": "v"})")
                                    << message(QByteArray(R"({"tenant":"t1"})"), QByteArray("v"));
        QTest::addRow("browser export with extra fields")
            << QByteArray(R"({"topic":"orders","partition":2,"offset":17,)"
                          R"("timestamp":"2026-11-21T10:00:00.123Z","timestampType":"CreateTime",)"
                          R"("key":"k","value":"v","headers":[]})")
            << message(QByteArray("k"), QByteArray("v"), {}, 2);
        QTest::addRow("missing key and value are null")
            << QByteArray("{}") << message(std::nullopt, std::nullopt);
        QTest::addRow("key only") << QByteArray(R"({"key":"k"})")
                                  << message(QByteArray("k"), std::nullopt);
        QTest::addRow("null partition and headers")
            << QByteArray(R"({"value":"v","partition":null,"headers":null})")
            << message(std::nullopt, QByteArray("v"));
        QTest::addRow("partition -1 is by key") << QByteArray(R"({"value":"v","partition":-1})")
                                                << message(std::nullopt, QByteArray("v"));
        QTest::addRow("partition written as a float")
            << QByteArray(R"({"value":"v","partition":4.0})")
            << message(std::nullopt, QByteArray("v"), {}, 4);
        QTest::addRow("base64") << QByteArray(R"({"value":{"base64":"AAH/"}})")
                                << message(std::nullopt, QByteArray("\x00\x01\xff", 3));
        QTest::addRow("object that only looks like base64")
            << QByteArray(R"({"value":{"base64":"aGk=","x":1}})")
            << message(std::nullopt, QByteArray(R"({"base64":"aGk=","x":1})"));
        QTest::addRow("header without value")
            << QByteArray(R"({"value":"v","headers":[{"key":"h"},{"key":"j","value":{"a":1}}]})")
            << message(std::nullopt, QByteArray("v"),
                       {header(QStringLiteral("h"), std::nullopt),
                        header(QStringLiteral("j"), QByteArray(R"({"a":1})"))});
        QTest::addRow("escaped unicode") << QByteArray(R"({"value":"\u00e9\ud83d\ude00"})")
                                         << message(std::nullopt, QByteArray("é😀"));
        QTest::addRow("surrounding whitespace and CRLF")
            << QByteArray("  {\"value\" : \"v\"}  \r\n") << message(std::nullopt, QByteArray("v"));
    }

    void readsHandWrittenLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(OutgoingMessage, expected);
        QString error;
        const auto read = MessageFile::fromJsonLine(line, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, expected);
    }

    void rejectsMalformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");

        QTest::addRow("not JSON") << QByteArray("hello") << QStringLiteral("not valid JSON");
        QTest::addRow("truncated")
            << QByteArray(R"({"value":"v")") << QStringLiteral("not valid JSON");
        QTest::addRow("two objects")
            << QByteArray(R"({"value":"v"} {})") << QStringLiteral("not valid JSON");
        QTest::addRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::addRow("bad base64 value") << QByteArray(R"({"value":{"base64":"!!"}})")
                                          << QStringLiteral("the value is not valid base64");
        QTest::addRow("bad base64 key") << QByteArray(R"({"key":{"base64":"@"}})")
                                        << QStringLiteral("the key is not valid base64");
        QTest::addRow("headers not an array") << QByteArray(R"({"headers":{"h":"v"}})")
                                              << QStringLiteral("“headers” is not an array");
        QTest::addRow("header not an object") << QByteArray(R"({"headers":[{"key":"a"},1]})")
                                              << QStringLiteral("header 2 is not an object");
        QTest::addRow("header without key") << QByteArray(R"({"headers":[{"value":"v"}]})")
                                            << QStringLiteral("header 1 has no “key” string");
        QTest::addRow("header with number key") << QByteArray(R"({"headers":[{"key":1}]})")
                                                << QStringLiteral("header 1 has no “key” string");
        QTest::addRow("bad base64 header")
            << QByteArray(R"({"headers":[{"key":"h","value":{"base64":"*"}}]})")
            << QStringLiteral("the value of header 1 is not valid base64");
        const QString partition = QStringLiteral("“partition” is not a partition number");
        QTest::addRow("negative partition") << QByteArray(R"({"partition":-2})") << partition;
        QTest::addRow("fractional partition") << QByteArray(R"({"partition":1.5})") << partition;
        QTest::addRow("string partition") << QByteArray(R"({"partition":"3"})") << partition;
        QTest::addRow("huge partition") << QByteArray(R"({"partition":3000000000})") << partition;
    }

    void rejectsMalformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!MessageFile::fromJsonLine(line, &actual));
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
        QVERIFY(!MessageFile::fromJsonLine(line, nullptr));
    }

    void readsJsonLinesWithLineNumbers()
    {
        QBuffer buffer;
        buffer.setData("\xEF\xBB\xBF{\"value\":\"one\"}\n"
                       "\n"
                       "[]\n"
                       "{\"key\":\"k\",\"value\":\"two\"}\r\n"
                       "   \r\n"
                       "{\"value\":\n"
                       "{\"value\":\"three\",\"partition\":1}");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<OutgoingMessage> messages;
        QStringList errors;
        QVERIFY(!MessageFile::readJsonLines(&buffer, &messages, &errors));
        const QList<OutgoingMessage> expected = {
            message(std::nullopt, QByteArray("one")),
            message(QByteArray("k"), QByteArray("two")),
            message(std::nullopt, QByteArray("three"), {}, 1),
        };
        QCOMPARE(messages, expected);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0), QStringLiteral("line 3: not a JSON object"));
        QVERIFY2(errors.at(1).startsWith(QStringLiteral("line 6: not valid JSON")),
                 qPrintable(errors.at(1)));
    }

    void readsExportedFile()
    {
        const QList<OutgoingMessage> written = {
            message(std::nullopt, QByteArray("a")),
            message(QByteArray("\xff", 1), std::nullopt,
                    {header(QStringLiteral("h"), QByteArray())}),
            message(QByteArray(""), QByteArray("line\nbreak"), {}, 5),
        };
        QByteArray file;
        for (const OutgoingMessage &m : written)
            file += MessageFile::toJsonLine(m) + '\n';
        QBuffer buffer(&file);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<OutgoingMessage> messages;
        QStringList errors;
        QVERIFY(MessageFile::readJsonLines(&buffer, &messages, &errors));
        QCOMPARE(errors, QStringList());
        QCOMPARE(messages, written);
    }

    void capsTheErrorList()
    {
        QByteArray file = "{\"value\":\"good\"}\n";
        for (int i = 0; i < 150; ++i)
            file += "plain text\n";
        QBuffer buffer(&file);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<OutgoingMessage> messages;
        QStringList errors;
        QVERIFY(!MessageFile::readJsonLines(&buffer, &messages, &errors));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(errors.size(), 101);
        QVERIFY(errors.at(99).startsWith(QStringLiteral("line 101: ")));
        QCOMPARE(errors.last(), QStringLiteral("50 more line(s) failed"));
    }

    void readsPlainText_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QList<QByteArray>>("values");

        QTest::addRow("LF") << QByteArray("a\nb\n") << QList<QByteArray>{"a", "b"};
        QTest::addRow("CRLF") << QByteArray("a\r\nb\r\n") << QList<QByteArray>{"a", "b"};
        QTest::addRow("no final newline") << QByteArray("a\nb") << QList<QByteArray>{"a", "b"};
        QTest::addRow("empty middle lines")
            << QByteArray("a\n\n\nb\n") << QList<QByteArray>{"a", "", "", "b"};
        QTest::addRow("empty middle lines CRLF")
            << QByteArray("a\r\n\r\nb") << QList<QByteArray>{"a", "", "b"};
        QTest::addRow("empty last line before EOF")
            << QByteArray("a\n\n") << QList<QByteArray>{"a", ""};
        QTest::addRow("empty file") << QByteArray() << QList<QByteArray>{};
        QTest::addRow("one empty line") << QByteArray("\n") << QList<QByteArray>{""};
        QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                       "a\r\n")
                                         << QList<QByteArray>{"a"};
        QTest::addRow("lone CR and spaces kept")
            << QByteArray("a\rb \n  \n") << QList<QByteArray>{"a\rb ", "  "};
        QTest::addRow("bytes kept")
            << QByteArray("\xff\x00z\n", 4) << QList<QByteArray>{QByteArray("\xff\x00z", 3)};
    }

    void readsPlainText()
    {
        QFETCH(QByteArray, file);
        QFETCH(QList<QByteArray>, values);
        QList<OutgoingMessage> expected;
        for (const QByteArray &value : values)
            expected.append(message(std::nullopt, value));
        QCOMPARE(readPlain(file), expected);
    }

    // The reader takes a megabyte at a time: lines that straddle its pieces come out whole.
    void readsLongFilesWhole()
    {
        QByteArray file("\xEF\xBB\xBF");
        QList<OutgoingMessage> expected;
        for (int i = 0; i < 200000; ++i) {
            QByteArray value; // every seventh line empty, then some x
            if (i % 7 != 0)
                value = "line " + QByteArray::number(i);
            value.append(QByteArray(i % 13, 'x'));
            file += value + (i % 3 == 0 ? "\r\n" : "\n");
            expected.append(message(std::nullopt, value));
        }
        file += "last\r";
        expected.append(message(std::nullopt, QByteArray("last\r")));
        QVERIFY(file.size() > 3 << 20);
        const QList<OutgoingMessage> read = readPlain(file);
        QCOMPARE(read.size(), expected.size());
        QCOMPARE(read, expected);
    }

    void aCancelledReadStopsAndKeepsNothing()
    {
        const QByteArray plain = QByteArray("a plain line\n").repeated(300000);
        std::atomic_bool cancel = false;
        CancellingBuffer plainFile(&cancel);
        plainFile.setData(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        QVERIFY(MessageFile::readPlainText(&plainFile, &cancel).isEmpty());
        QVERIFY(plainFile.pos() < plain.size()); // it stopped, not read to the end

        const QByteArray json = QByteArray("{\"value\":\"v\"}\n").repeated(300000);
        cancel = false;
        CancellingBuffer jsonFile(&cancel);
        jsonFile.setData(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QList<OutgoingMessage> messages;
        QStringList errors;
        QVERIFY(!MessageFile::readJsonLines(&jsonFile, &messages, &errors, &cancel));
        QVERIFY(errors.isEmpty());
        QVERIFY(jsonFile.pos() < json.size());
    }
};

QTEST_GUILESS_MAIN(TestMessageFile)
#include "tst_messagefile.moc"
