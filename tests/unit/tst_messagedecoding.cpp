#include "messages/messagedecoding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qafka;
using namespace Qt::StringLiterals;

namespace {

QString escapedLine(const char *text)
{
    return QString::fromUtf8(text);
}

// The 100,000 levels of nesting from the brief, or any other depth.
QByteArray nested(int depth, QByteArrayView inner = "")
{
    QByteArray json;
    json.reserve(depth * 2 + inner.size());
    json.append(depth, '[');
    json.append(inner);
    json.append(depth, ']');
    return json;
}

qint64 elapsedMicroseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1000;
}

} // namespace

class TestMessageDecoding : public QObject
{
    Q_OBJECT
private slots:
    void previewOfNull()
    {
        QVERIFY(MessageDecoding::preview(std::nullopt, 10).isNull());
        const QString empty = MessageDecoding::preview(QByteArrayView(""), 10);
        QVERIFY(!empty.isNull());
        QVERIFY(empty.isEmpty());
    }

    void preview_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");

        QTest::addRow("text") << QByteArray("hello") << 10 << u"hello"_s;
        QTest::addRow("exactly max") << QByteArray("hello") << 5 << u"hello"_s;
        QTest::addRow("truncated") << QByteArray("hello world") << 5 << u"hello…"_s;
        QTest::addRow("max 0") << QByteArray("hello") << 0 << u"…"_s;
        QTest::addRow("non-ASCII") << QByteArray("é✓😀") << 10 << u"é✓😀"_s;
        QTest::addRow("surrogate pair not split") << QByteArray("ab😀") << 3 << u"ab…"_s;
        QTest::addRow("surrogate pair fits") << QByteArray("ab😀") << 4 << u"ab😀"_s;
        QTest::addRow("LF") << QByteArray("a\nb") << 10 << u"a↵b"_s;
        QTest::addRow("CRLF") << QByteArray("a\r\nb") << 10 << u"a↵b"_s;
        QTest::addRow("lone CR") << QByteArray("a\rb") << 10 << u"a↵b"_s;
        QTest::addRow("two LFs") << QByteArray("a\n\nb") << 10 << u"a↵↵b"_s;
        QTest::addRow("indent dropped after break")
            << QByteArray("{\n    \"a\": 1,\n\t\"b\":  2\n}") << 40 << u"{↵\"a\": 1,↵\"b\":  2↵}"_s;
        QTest::addRow("leading spaces kept") << QByteArray("  a") << 10 << u"  a"_s;
        QTest::addRow("tab") << QByteArray("a\tb") << 10 << u"a b"_s;
        QTest::addRow("line and paragraph separators") << QByteArray("a\xE2\x80\xA8"
                                                                     "b\xE2\x80\xA9"
                                                                     "c")
                                                       << 10 << u"a↵b↵c"_s;
        QTest::addRow("C0 controls")
            << QByteArray("a\x01z\x1b\x7f") << 20 << escapedLine("a\\x01z\\x1b\\x7f");
        QTest::addRow("NUL") << QByteArray("a\0b", 3) << 10 << escapedLine("a\\x00b");
        QTest::addRow("C1 control") << QByteArray("a\xC2\x85") << 10 << escapedLine("a\\u0085");
        QTest::addRow("invalid byte") << QByteArray("\xff") << 10 << escapedLine("\\xff");
        QTest::addRow("lone continuation") << QByteArray("a\x80z") << 10 << escapedLine("a\\x80z");
        QTest::addRow("overlong NUL") << QByteArray("\xC0\x80") << 10 << escapedLine("\\xc0\\x80");
        QTest::addRow("overlong slash")
            << QByteArray("\xE0\x80\xAF") << 20 << escapedLine("\\xe0\\x80\\xaf");
        QTest::addRow("encoded surrogate")
            << QByteArray("\xED\xA0\x80") << 20 << escapedLine("\\xed\\xa0\\x80");
        QTest::addRow("above U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << 20 << escapedLine("\\xf4\\x90\\x80\\x80");
        QTest::addRow("truncated sequence")
            << QByteArray("\xE2\x82") << 20 << escapedLine("\\xe2\\x82");
        QTest::addRow("truncated sequence then text") << QByteArray("\xE2\x82z\xF0\x9F\x98") << 30
                                                      << escapedLine("\\xe2\\x82z\\xf0\\x9f\\x98");
        QTest::addRow("escape cut by max") << QByteArray("\xff\xff") << 3 << escapedLine("\\xf…");
        QTest::addRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << 40
                                << escapedLine("\\x00\\x01\\xff\\xfe");
        QTest::addRow("byte order mark kept")
            << QByteArray("\xEF\xBB\xBFk") << 10 << QString(QChar(0xFEFF)) + u"k"_s;
        QTest::addRow("noncharacter") << QByteArray("\xEF\xBF\xBF") << 10 << QString(QChar(0xFFFF));
        QTest::addRow("indentation to the end") << QByteArray("ab\n        ") << 3 << u"ab↵"_s;
    }

    void preview()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        QCOMPARE(MessageDecoding::preview(QByteArrayView(bytes), maxChars), expected);
    }

    void previewIsFastOnLargeValues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        constexpr qsizetype size = 10 * 1024 * 1024;
        QTest::addRow("ASCII") << QByteArray(size, 'a');
        QTest::addRow("invalid UTF-8") << QByteArray(size, '\xff');
        QTest::addRow("CJK") << QByteArray("中").repeated(size / 3);
        QTest::addRow("indentation") << QByteArray("{\n") + QByteArray(size, ' ');
        QTest::addRow("newlines") << QByteArray(size, '\n');
    }

    void previewIsFastOnLargeValues()
    {
        QFETCH(QByteArray, bytes);
        QString preview;
        const qint64 us = elapsedMicroseconds(
            [&] { preview = MessageDecoding::preview(QByteArrayView(bytes), 200); });
        QVERIFY2(us < 5000, qPrintable(QStringLiteral("%1 µs").arg(us)));
        QVERIFY(preview.endsWith(QChar(0x2026)));
        QVERIFY(preview.size() <= 201);
    }

    void text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty") << QByteArray() << QString();
        QTest::addRow("line breaks and tabs kept")
            << QByteArray("a\nb\r\nc\rd\te") << u"a\nb\r\nc\rd\te"_s;
        QTest::addRow("non-ASCII") << QByteArray("é✓😀") << u"é✓😀"_s;
        QTest::addRow("C0 controls and DEL")
            << QByteArray("a\0\x01\x1b\x7f", 5) << escapedLine("a\\x00\\x01\\x1b\\x7f");
        QTest::addRow("C1 control")
            << QByteArray("\xC2\x80\xC2\x9F") << escapedLine("\\u0080\\u009f");
        QTest::addRow("Latin-1 supplement") << QByteArray("\xC2\xA0\xC3\xBF") << u"\u00a0ÿ"_s;
        QTest::addRow("invalid bytes") << QByteArray("ok\xff\xC0\x80\xED\xA0\x80\xE2\x82")
                                       << escapedLine("ok\\xff\\xc0\\x80\\xed\\xa0\\x80\\xe2\\x82");
        QTest::addRow("byte order mark kept") << QByteArray("\xEF\xBB\xBF"
                                                            "a")
                                              << QString(QChar(0xFEFF)) + u"a"_s;
        QTest::addRow("line separator kept") << QByteArray("a\xE2\x80\xA8") << u"a\u2028"_s;
    }

    void text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(MessageDecoding::text(bytes), expected);
    }

    void isValidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addRow("empty") << QByteArray() << true;
        QTest::addRow("ASCII with NUL") << QByteArray("a\0b", 3) << true;
        QTest::addRow("four bytes") << QByteArray("😀") << true;
        QTest::addRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << true;
        QTest::addRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::addRow("overlong") << QByteArray("\xC1\xBF") << false;
        QTest::addRow("overlong three") << QByteArray("\xE0\x9F\xBF") << false;
        QTest::addRow("overlong four") << QByteArray("\xF0\x8F\xBF\xBF") << false;
        QTest::addRow("surrogate") << QByteArray("\xED\xBF\xBF") << false;
        QTest::addRow("truncated") << QByteArray("\xF0\x9F\x98") << false;
        QTest::addRow("F5") << QByteArray("\xF5\x80\x80\x80") << false;
    }

    void isValidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(MessageDecoding::isValidUtf8(bytes), valid);
        // The display decoders draw the same line as the validator.
        QCOMPARE(MessageDecoding::text(bytes).contains(QLatin1String("\\x")),
                 !valid || bytes.contains('\0'));
    }

    // The hand-written decoder behind preview() and text() agrees with Qt's validator and
    // decoder on byte soup.
    void decoderAgreesWithQt()
    {
        static constexpr unsigned char pool[] = {'a',  0x7e, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf,
                                                 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xed,
                                                 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff};
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(int(random.bounded(10)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(pool[random.bounded(quint32(sizeof pool))]);
            const bool valid = MessageDecoding::isValidUtf8(bytes);
            const QString text = MessageDecoding::text(bytes);
            QCOMPARE(text.contains(QLatin1String("\\x")), !valid);
            if (valid && !text.contains(QLatin1String("\x5cu00"))) {
                QString expected = QString::fromUtf8(bytes);
                if (bytes.startsWith("\xEF\xBB\xBF") && !expected.startsWith(QChar(0xFEFF)))
                    expected.prepend(QChar(0xFEFF));
                QCOMPARE(text, expected);
            }
        }
    }

    void prettyJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("pretty");

        const auto good = [](const char *name, QByteArray json, const char *pretty) {
            QTest::addRow("%s", name) << json << true << QString::fromUtf8(pretty);
        };
        const auto bad = [](const char *name, QByteArray json) {
            QTest::addRow("%s", name) << json << false << QString();
        };

        good("empty object", "{}", "{}");
        good("empty array", "[]", "[]");
        good("empty with spaces", " {  } ", "{}");
        good("object", "{\"a\":1,\"b\":\"x\"}", "{\n    \"a\": 1,\n    \"b\": \"x\"\n}");
        good("nested", "{\"a\":{\"b\":[1,{\"c\":null}],\"d\":{}},\"e\":[]}",
             "{\n"
             "    \"a\": {\n"
             "        \"b\": [\n"
             "            1,\n"
             "            {\n"
             "                \"c\": null\n"
             "            }\n"
             "        ],\n"
             "        \"d\": {}\n"
             "    },\n"
             "    \"e\": []\n"
             "}");
        good("literals", "[true,false,null]", "[\n    true,\n    false,\n    null\n]");
        good("big integer kept", "[12345678901234567890]", "[\n    12345678901234567890\n]");
        good("number spellings kept", "[1.0e3,-0.5E-7,0,-0,1E+2,0.000]",
             "[\n    1.0e3,\n    -0.5E-7,\n    0,\n    -0,\n    1E+2,\n    0.000\n]");
        good("escapes kept", "[\"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\ud800\"]",
             "[\n    \"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\",\n    \"\\ud800\"\n]");
        good("raw UTF-8", "{\"clé\":\"✓😀\"}", "{\n    \"clé\": \"✓😀\"\n}");
        good("brackets inside strings", "[\"]},{[\"]", "[\n    \"]},{[\"\n]");
        good("whitespace everywhere", "\r\n\t[ 1 ,\n\t2 ] \n", "[\n    1,\n    2\n]");
        good("space before colon", "{\"a\" : 1}", "{\n    \"a\": 1\n}");
        good("byte order mark", "\xEF\xBB\xBF{}", "{}");
        QTest::addRow("512 levels") << nested(512) << true << QString(); // not compared

        bad("empty input", "");
        bad("whitespace only", "  \n ");
        bad("top-level number", "42");
        bad("top-level string", "\"text\"");
        bad("top-level true", "true");
        bad("top-level null", "null");
        bad("trailing comma in object", "{\"a\":1,}");
        bad("trailing comma in array", "[1,]");
        bad("leading comma", "[,1]");
        bad("comma only", "{,}");
        bad("missing comma", "[1 2]");
        bad("trailing garbage", "{} x");
        bad("two documents", "{}{}");
        bad("unclosed array", "[1");
        bad("unclosed object", "{\"a\":1");
        bad("mismatched bracket", "[1}");
        bad("extra closer", "[1]]");
        bad("missing colon", "{\"a\" 1}");
        bad("missing value", "{\"a\":}");
        bad("non-string key", "{1:2}");
        bad("single quotes", "['a']");
        bad("truncated literal", "[tru]");
        bad("capitalised literal", "[True]");
        bad("literal with suffix", "[nullx]");
        bad("NaN", "[NaN]");
        bad("leading zero", "[01]");
        bad("leading plus", "[+1]");
        bad("bare minus", "[-]");
        bad("dot without digits", "[1.]");
        bad("leading dot", "[.5]");
        bad("empty exponent", "[1e]");
        bad("exponent sign only", "[1e+]");
        bad("raw newline in string", "[\"a\nb\"]");
        bad("raw tab in string", "[\"a\tb\"]");
        bad("bad escape", "[\"\\x41\"]");
        bad("short unicode escape", "[\"\\u12\"]");
        bad("non-hex unicode escape", "[\"\\u12g4\"]");
        bad("unterminated string", "[\"abc");
        bad("backslash at end", "[\"abc\\");
        bad("invalid UTF-8", "[\"\xff\"]");
        bad("comment", "[1 /* no */]");
        bad("513 levels", nested(513));
        bad("100000 levels", nested(100000));
        bad("100000 unclosed levels", QByteArray(100000, '['));
        bad("100000 levels of objects",
            QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}'));
    }

    void prettyJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(QString, pretty);
        const std::optional<QString> result = MessageDecoding::prettyJson(json);
        QCOMPARE(result.has_value(), valid);
        if (valid && !pretty.isNull())
            QCOMPARE(*result, pretty);
    }

    void prettyJsonIsLinear()
    {
        QByteArray json = "[";
        for (int i = 0; json.size() < 4 * 1024 * 1024; ++i) {
            if (i > 0)
                json += ',';
            json += "{\"id\":" + QByteArray::number(i) +
                    ",\"name\":\"item \\\"quoted\\\" "
                    "\\u00e9\",\"tags\":[\"a\",\"b\"],\"price\":12.50e0,"
                    "\"nested\":{\"ok\":true,\"none\":null}}";
        }
        json += ']';
        std::optional<QString> pretty;
        const qint64 us = elapsedMicroseconds([&] { pretty = MessageDecoding::prettyJson(json); });
        QVERIFY(pretty);
        QVERIFY(pretty->startsWith(u"[\n    {\n        \"id\": 0,\n"_s));
        QVERIFY2(us < 1000 * 1000, qPrintable(QStringLiteral("%1 µs").arg(us)));
        qDebug("%lld KiB pretty-printed in %lld ms", qlonglong(json.size() / 1024), us / 1000);
    }

    void hexDump_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QString>("dump");

        QTest::addRow("empty") << QByteArray() << 100 << QString();
        // As printed by hexdump -C, without its final offset line.
        QTest::addRow("two lines")
            << QByteArray("Hello world\n\0\1\2\3abcdefghij", 26) << -1
            << u"00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 03  |Hello world.....|\n"
               "00000010  61 62 63 64 65 66 67 68  69 6a                    |abcdefghij|"_s;
        QTest::addRow("one byte")
            << QByteArray("A") << -1
            << u"00000000  41                                                |A|"_s;
        QTest::addRow("eight bytes")
            << QByteArray("01234567") << -1
            << u"00000000  30 31 32 33 34 35 36 37                           |01234567|"_s;
        QTest::addRow("nine bytes")
            << QByteArray("012345678") << -1
            << u"00000000  30 31 32 33 34 35 36 37  38                       |012345678|"_s;
        QTest::addRow("sixteen bytes")
            << QByteArray("\x7f\x80\xff ~\x1f\t\n0123456789abcdef", 16) << -1
            << u"00000000  7f 80 ff 20 7e 1f 09 0a  30 31 32 33 34 35 36 37  |... ~...01234567|"_s;
        QTest::addRow("truncated")
            << QByteArray(40, 'z') << 16
            << u"00000000  7a 7a 7a 7a 7a 7a 7a 7a  7a 7a 7a 7a 7a 7a 7a 7a  |zzzzzzzzzzzzzzzz|\n"
               "24 more byte(s) not shown"_s;
        QTest::addRow("truncated mid-line")
            << QByteArray(20, 'z') << 3
            << u"00000000  7a 7a 7a                                          |zzz|\n"
               "17 more byte(s) not shown"_s;
        QTest::addRow("nothing shown") << QByteArray("abc") << 0 << u"3 more byte(s) not shown"_s;
        QTest::addRow("limit above size")
            << QByteArray("A") << 100
            << u"00000000  41                                                |A|"_s;
    }

    void hexDump()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxBytes);
        QFETCH(QString, dump);
        QCOMPARE(MessageDecoding::hexDump(bytes, maxBytes), dump);
    }

    void hexDumpOffsets()
    {
        const QString dump = MessageDecoding::hexDump(QByteArray(0x120, 'x'), -1);
        const QStringList lines = dump.split(u'\n');
        QCOMPARE(lines.size(), 0x12);
        QVERIFY(lines.last().startsWith(u"00000110  78"_s));
        for (const QString &line : lines)
            QCOMPARE(line.size(), 78);
    }

    void base64_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("base64");
        QTest::addRow("empty") << QByteArray() << QString();
        QTest::addRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"AP/+"_s;
        QTest::addRow("padding") << QByteArray("ab") << u"YWI="_s;
    }

    void base64()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, base64);
        QCOMPARE(MessageDecoding::base64(bytes), base64);
    }
};

QTEST_GUILESS_MAIN(TestMessageDecoding)
#include "tst_messagedecoding.moc"
