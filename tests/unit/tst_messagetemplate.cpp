#include "messages/messagetemplate.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qafka;

namespace {

const QDateTime fixedTime = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 123), QTimeZone::utc());

MessageTemplate fixedTemplate(const QString &text, quint32 seed = 42)
{
    MessageTemplate result(text);
    result.setClock([] { return fixedTime; });
    result.setRandomSeed(seed);
    return result;
}

QStringList expansions(const MessageTemplate &messageTemplate, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << messageTemplate.expand(i);
    return out;
}

} // namespace

class TestMessageTemplate : public QObject
{
    Q_OBJECT
private slots:
    void expandsPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<QString>("expected");

        QTest::addRow("seq") << QStringLiteral("{{seq}}") << qint64(0) << QStringLiteral("0");
        QTest::addRow("seq later")
            << QStringLiteral("{{seq}}") << qint64(41) << QStringLiteral("41");
        QTest::addRow("seq with start")
            << QStringLiteral("{{seq:1000}}") << qint64(7) << QStringLiteral("1007");
        QTest::addRow("seq with negative start")
            << QStringLiteral("{{seq:-5}}") << qint64(2) << QStringLiteral("-3");
        QTest::addRow("now") << QStringLiteral("{{now}}") << qint64(0)
                             << QStringLiteral("2026-11-21T10:00:00.123Z");
        QTest::addRow("now epochms") << QStringLiteral("{{now:epochms}}") << qint64(0)
                                     << QString::number(fixedTime.toMSecsSinceEpoch());
        QTest::addRow("literal around") << QStringLiteral("order-{{seq}}-of-{{seq:1}}.")
                                        << qint64(3) << QStringLiteral("order-3-of-4.");
        QTest::addRow("JSON around")
            << QStringLiteral(R"({"id":{{seq}},"at":"{{now}}"})") << qint64(9)
            << QStringLiteral(R"({"id":9,"at":"2026-11-21T10:00:00.123Z"})");
        QTest::addRow("brace before placeholder")
            << QStringLiteral("{{{seq}}}") << qint64(5) << QStringLiteral("{5}");
        QTest::addRow("spaces inside")
            << QStringLiteral("{{ seq }}") << qint64(5) << QStringLiteral("5");
        QTest::addRow("escape") << QStringLiteral("\\{{seq}} is {{seq}}") << qint64(2)
                                << QStringLiteral("{{seq}} is 2");
        QTest::addRow("other backslashes kept")
            << QStringLiteral("a\\nb\\\\{{seq}}") << qint64(1) << QStringLiteral("a\\nb\\\\1");
        QTest::addRow("JSON escaped backslash before placeholder")
            << QStringLiteral(R"({"path":"C:\\logs\\{{seq}}.txt"})") << qint64(3)
            << QStringLiteral(R"({"path":"C:\\logs\\3.txt"})");
        QTest::addRow("escape after backslash pair")
            << QStringLiteral(R"(\\\{{seq}})") << qint64(3) << QStringLiteral(R"(\\{{seq}})");
        QTest::addRow("lone braces kept")
            << QStringLiteral("{a} }} { {seq}") << qint64(0) << QStringLiteral("{a} }} { {seq}");
        QTest::addRow("fixed random")
            << QStringLiteral("{{random:4:4}}") << qint64(0) << QStringLiteral("4");
        QTest::addRow("single pick")
            << QStringLiteral("<{{pick:only}}>") << qint64(0) << QStringLiteral("<only>");
        QTest::addRow("non-ASCII")
            << QStringLiteral("é{{seq}}✓") << qint64(1) << QStringLiteral("é1✓");
    }

    void expandsPlaceholders()
    {
        QFETCH(QString, text);
        QFETCH(qint64, sequence);
        QFETCH(QString, expected);
        QCOMPARE(MessageTemplate::validate(text), QString());
        QCOMPARE(fixedTemplate(text).expand(sequence), expected);
    }

    void hasPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("plain") << QStringLiteral("hello") << false;
        QTest::addRow("escape only") << QStringLiteral("\\{{seq}}") << false;
        QTest::addRow("malformed only") << QStringLiteral("{{nope}}") << false;
        QTest::addRow("seq") << QStringLiteral("a{{seq}}") << true;
        QTest::addRow("uuid") << QStringLiteral("{{uuid}}") << true;
        QTest::addRow("pick") << QStringLiteral("{{pick:a|b}}") << true;
    }

    void hasPlaceholders()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(MessageTemplate(text).hasPlaceholders(), expected);
    }

    void noPlaceholdersKeepsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("plain") << QStringLiteral("hello world");
        QTest::addRow("JSON") << QStringLiteral(R"({"a":{"b":[1,2]}})");
        QTest::addRow("multi-line") << QStringLiteral("line 1\r\nline 2\n");
    }

    void noPlaceholdersKeepsText()
    {
        QFETCH(QString, text);
        const MessageTemplate messageTemplate(text);
        QVERIFY(!messageTemplate.hasPlaceholders());
        QCOMPARE(messageTemplate.expand(0), text);
        QCOMPARE(messageTemplate.expand(123456), text);
    }

    void malformedPlaceholdersStayLiteral()
    {
        const MessageTemplate messageTemplate(
            QStringLiteral("a{{nope}}b{{random:5:1}}c{{seq}}d{{seq"));
        QCOMPARE(messageTemplate.expand(7), QStringLiteral("a{{nope}}b{{random:5:1}}c7d{{seq"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<int>("position");

        QTest::addRow("unknown") << QStringLiteral("x{{foo}}") << QStringLiteral("{{foo}}") << 2;
        QTest::addRow("empty") << QStringLiteral("{{}}") << QStringLiteral("{{}}") << 1;
        QTest::addRow("upper case") << QStringLiteral("{{SEQ}}") << QStringLiteral("{{SEQ}}") << 1;
        QTest::addRow("unclosed") << QStringLiteral("ab {{seq") << QStringLiteral("{{seq") << 4;
        QTest::addRow("unclosed single brace")
            << QStringLiteral("{{seq}") << QStringLiteral("{{seq}") << 1;
        QTest::addRow("seq start not a number")
            << QStringLiteral("{{seq:one}}") << QStringLiteral("{{seq:one}}") << 1;
        QTest::addRow("seq two arguments")
            << QStringLiteral("{{seq:1:2}}") << QStringLiteral("{{seq:1:2}}") << 1;
        QTest::addRow("uuid argument")
            << QStringLiteral("{{uuid:4}}") << QStringLiteral("{{uuid:4}}") << 1;
        QTest::addRow("now format")
            << QStringLiteral("{{now:iso}}") << QStringLiteral("{{now:iso}}") << 1;
        QTest::addRow("random reversed")
            << QStringLiteral("{{seq}}{{random:5:1}}") << QStringLiteral("{{random:5:1}}") << 8;
        QTest::addRow("random not numbers")
            << QStringLiteral("{{random:x:y}}") << QStringLiteral("{{random:x:y}}") << 1;
        QTest::addRow("random one bound")
            << QStringLiteral("{{random:5}}") << QStringLiteral("{{random:5}}") << 1;
        QTest::addRow("random no bounds")
            << QStringLiteral("{{random}}") << QStringLiteral("{{random}}") << 1;
        QTest::addRow("random three bounds")
            << QStringLiteral("{{random:1:2:3}}") << QStringLiteral("{{random:1:2:3}}") << 1;
        QTest::addRow("random beyond 64 bits")
            << QStringLiteral("{{random:0:9223372036854775808}}")
            << QStringLiteral("{{random:0:9223372036854775808}}") << 1;
        QTest::addRow("pick nothing")
            << QStringLiteral("{{pick:}}") << QStringLiteral("{{pick:}}") << 1;
        QTest::addRow("pick no colon")
            << QStringLiteral("{{pick}}") << QStringLiteral("{{pick}}") << 1;
        QTest::addRow("first of two errors")
            << QStringLiteral("{{a}}{{b}}") << QStringLiteral("{{a}}") << 1;
        QTest::addRow("position after escape")
            << QStringLiteral("\\{{x}}{{x}}") << QStringLiteral("{{x}}") << 7;
    }

    void validation()
    {
        QFETCH(QString, text);
        QFETCH(QString, placeholder);
        QFETCH(int, position);
        const QString error = MessageTemplate::validate(text);
        QVERIFY2(error.contains(placeholder), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("character %1").arg(position)), qPrintable(error));
    }

    void validTextsPassValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("plain") << QStringLiteral("plain");
        QTest::addRow("all") << QStringLiteral(
            "{{seq}}{{seq:-1}}{{uuid}}{{now}}{{now:epochms}}{{random:-1:1}}{{pick:a|b}}\\{{");
        QTest::addRow("64-bit bounds")
            << QStringLiteral("{{random:-9223372036854775808:9223372036854775807}}");
        QTest::addRow("empty choice") << QStringLiteral("{{pick:|x}}");
        QTest::addRow("escaped bad placeholder") << QStringLiteral("\\{{nope}}");
    }

    void validTextsPassValidation()
    {
        QFETCH(QString, text);
        QCOMPARE(MessageTemplate::validate(text), QString());
    }

    void uuidIsVersion4AndFresh()
    {
        const MessageTemplate messageTemplate(QStringLiteral("{{uuid}}"));
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString value = messageTemplate.expand(i);
            QVERIFY2(uuid.match(value).hasMatch(), qPrintable(value));
            seen.insert(value);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void oneInstantPerMessage()
    {
        int calls = 0;
        MessageTemplate messageTemplate(QStringLiteral("{{now}} {{now:epochms}} {{now}}"));
        messageTemplate.setClock([&calls] {
            ++calls;
            return fixedTime.addMSecs(calls);
        });
        QCOMPARE(messageTemplate.expand(0),
                 QStringLiteral("2026-11-21T10:00:00.124Z %1 2026-11-21T10:00:00.124Z")
                     .arg(fixedTime.toMSecsSinceEpoch() + 1));
        QCOMPARE(calls, 1);
    }

    void nowIsUtcWhateverTheClock()
    {
        MessageTemplate messageTemplate(QStringLiteral("{{now}}"));
        messageTemplate.setClock([] { return fixedTime.toOffsetFromUtc(3600); });
        QCOMPARE(messageTemplate.expand(0), QStringLiteral("2026-11-21T10:00:00.123Z"));
    }

    void nowMatchesQtIsoFormat()
    {
        qint64 msecs = 0;
        MessageTemplate messageTemplate(QStringLiteral("{{now}}"));
        messageTemplate.setClock(
            [&msecs] { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); });
        const qint64 base = fixedTime.toMSecsSinceEpoch();
        // Within one second, across seconds, back in time, and before 1970.
        for (const qint64 value : {base, base + 1, base + 999, base + 1000, base + 1001, base - 1,
                                   base, qint64(0), qint64(5), qint64(-1), qint64(-999),
                                   qint64(-1000), qint64(-1001), qint64(-86400000 * 365LL)}) {
            msecs = value;
            QCOMPARE(messageTemplate.expand(0),
                     QDateTime::fromMSecsSinceEpoch(value, Qt::UTC).toString(Qt::ISODateWithMs));
        }
    }

    void defaultClockIsNow()
    {
        const MessageTemplate messageTemplate(QStringLiteral("{{now:epochms}}"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 value = messageTemplate.expand(0).toLongLong();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(value >= before && value <= after);
    }

    void deterministicWithSeedAndClock()
    {
        const QString text =
            QStringLiteral("{{seq}} {{uuid}} {{now}} {{random:0:1000000}} {{pick:a|b|c|d|e|f|g}}");
        const QStringList first = expansions(fixedTemplate(text, 7), 100);
        QCOMPARE(expansions(fixedTemplate(text, 7), 100), first);
        QVERIFY(expansions(fixedTemplate(text, 8), 100) != first);

        // Reseeding restarts the sequence.
        MessageTemplate reseeded = fixedTemplate(text, 7);
        reseeded.expand(0);
        reseeded.setRandomSeed(7);
        QCOMPARE(expansions(reseeded, 100), first);
    }

    void escapedExpandsToTheLiteral_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<bool>("expressible");
        QTest::addRow("plain") << QStringLiteral("hello") << true;
        QTest::addRow("braces") << QStringLiteral("{{seq}} and {{uuid}}") << true;
        QTest::addRow("json") << QStringLiteral("{\"a\":{\"b\":{{}}}}") << true;
        QTest::addRow("backslash elsewhere") << QStringLiteral("C:\\logs\\x") << true;
        QTest::addRow("backslash before braces") << QStringLiteral("a\\{{seq}}") << false;
    }

    void escapedExpandsToTheLiteral()
    {
        QFETCH(QString, literal);
        QFETCH(bool, expressible);
        const std::optional<QString> text = MessageTemplate::escaped(literal);
        QCOMPARE(text.has_value(), expressible);
        if (text)
            QCOMPARE(MessageTemplate(*text).expand(7), literal);
    }

    void randomStaysInRange_data()
    {
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("maximum");
        QTest::addRow("small") << qint64(-3) << qint64(3);
        QTest::addRow("single") << qint64(42) << qint64(42);
        QTest::addRow("near the top")
            << std::numeric_limits<qint64>::max() - 2 << std::numeric_limits<qint64>::max();
        QTest::addRow("near the bottom")
            << std::numeric_limits<qint64>::min() << std::numeric_limits<qint64>::min() + 2;
    }

    void randomStaysInRange()
    {
        QFETCH(qint64, minimum);
        QFETCH(qint64, maximum);
        const MessageTemplate messageTemplate(
            QStringLiteral("{{random:%1:%2}}").arg(minimum).arg(maximum));
        QSet<qint64> seen;
        for (int i = 0; i < 10000; ++i) {
            bool ok = false;
            const qint64 value = messageTemplate.expand(i).toLongLong(&ok);
            QVERIFY(ok);
            QVERIFY2(value >= minimum && value <= maximum, qPrintable(QString::number(value)));
            seen.insert(value);
        }
        // 10,000 draws from at most 7 values: every value turns up, the bounds included.
        QCOMPARE(seen.size(), qsizetype(maximum - minimum + 1));
    }

    void randomFullRange()
    {
        const MessageTemplate messageTemplate(
            QStringLiteral("{{random:-9223372036854775808:9223372036854775807}}"));
        bool negative = false;
        bool positive = false;
        for (int i = 0; i < 1000; ++i) {
            bool ok = false;
            const qint64 value = messageTemplate.expand(i).toLongLong(&ok);
            QVERIFY(ok);
            negative |= value < 0;
            positive |= value > 0;
        }
        QVERIFY(negative && positive);
    }

    void pickCoversAllChoices()
    {
        const MessageTemplate messageTemplate(QStringLiteral("{{pick:red|green||blue}}"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(messageTemplate.expand(i));
        const QSet<QString> expected = {QStringLiteral("red"), QStringLiteral("green"), QString(),
                                        QStringLiteral("blue")};
        QCOMPARE(seen, expected);
    }

    void helpTextMentionsEverySyntax()
    {
        const QString help = MessageTemplate::helpText();
        for (const char *syntax : {"{{seq}}", "{{seq:", "{{uuid}}", "{{now}}", "{{now:epochms}}",
                                   "{{random:", "{{pick:", "\\{{"})
            QVERIFY2(help.contains(QLatin1String(syntax)), syntax);
        // Every example in the help is itself valid.
        static const QRegularExpression code(QStringLiteral("<code>(\\{\\{[^<]*\\}\\})</code>"));
        for (const auto &match : code.globalMatch(help))
            QCOMPARE(MessageTemplate::validate(match.captured(1)), QString());
    }

    // Not a timed assertion: the figure is for the log.
    void expandsAMillionTimes()
    {
        const MessageTemplate messageTemplate(QStringLiteral(
            R"({"id":{{seq:1}},"order":"{{uuid}}","at":"{{now}}","qty":{{random:1:99}},)"
            R"("colour":"{{pick:red|green|blue}}"})"));
        constexpr int count = 1000000;
        qsizetype totalSize = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            totalSize += messageTemplate.expand(i).size();
        qInfo("%d expansions in %lld ms (%lld characters)", count, timer.elapsed(),
              qint64(totalSize));
        QVERIFY(totalSize > 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
