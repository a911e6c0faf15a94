#include "messages/jsonfieldfilter.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qafka;

namespace {

// Kept in a function, not in the test class, so moc never reads its quotes.
QByteArray order()
{
    return QByteArrayLiteral(
        "{\"customer\":{\"id\":42,\"name\":\"Ada Lovelace\",\"vip\":true,\"email\":null},"
        "\"items\":[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-2\",\"qty\":1.5}],"
        "\"total\":99.95,\"big\":12345678901234567890,\"status\":\"active\","
        "\"tags\":[\"a\",\"b\"],\"key with.dots\":{\"x\":\"y\"},\"quote \\\"q\\\"\":1,"
        "\"\":\"empty\",\"clé\":\"ü\",\"nested\":[[1,2],[3,4]]}");
}

} // namespace

class TestJsonFieldFilter : public QObject
{
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("expected");

        const auto row = [](const char *expression, bool expected, QByteArray value = order()) {
            QTest::addRow("%s", expression) << QString::fromUtf8(expression) << value << expected;
        };

        // Paths and existence.
        row("$", true);
        row("customer", true);
        row("customer.id", true);
        row("$.customer.id", true);
        row("customer.email", true); // exists, though null
        row("customer.nope", false);
        row("nope.deeper", false);
        row("items", true);
        row("items[0]", true);
        row("items[1].sku", true);
        row("items[2]", false);
        row("items[-1]", true);
        row("items[-3]", false);
        row("items.sku", false);   // an array has no members
        row("customer[0]", false); // an object has no elements
        row("$[0]", false);
        row("nested[1][0] == 3", true);
        row("\"key with.dots\".x == y", true);
        row("$.\"key with.dots\".x", true);
        row("$.\"quote \\\"q\\\"\" == 1", true);
        row("$.\"\" == empty", true);
        row("clé == ü", true);

        // Equality.
        row("$.customer.id == 42", true);
        row("customer.id = 42", true);
        row("customer.id == 42.0", true);
        row("customer.id == 4.2e1", true);
        row("customer.id==42", true);
        row("customer.id == 43", false);
        row("customer.id == \"42\"", false);
        row("customer.id != 43", true);
        row("customer.id != 42", false);
        row("customer.id != \"42\"", true);
        row("customer.nope != 1", false); // must exist
        row("customer.name == \"Ada Lovelace\"", true);
        row("customer.name == Ada Lovelace", true);
        row("customer.name ==   Ada Lovelace  ", true);
        row("customer.name == ada lovelace", false);
        row("status == active", true);
        row("status == Active", false);
        row("status == \"act\\u0069ve\"", true);
        row("items[0].sku == A-1", true);
        row("items[1].qty == 1.5", true);
        row("tags[1] == b", true);
        row("customer.vip == true", true);
        row("customer.vip == false", false);
        row("customer.vip == \"true\"", false);
        row("customer.email == null", true);
        row("customer.email != null", false);
        row("customer.id == null", false);
        row("customer == 42", false);
        row("big == 12345678901234567890", true);

        // Ordering.
        row("customer.id < 43", true);
        row("customer.id < 42", false);
        row("customer.id <= 42", true);
        row("customer.id > 41.5", true);
        row("customer.id >= 42", true);
        row("customer.id >= 42.01", false);
        row("total > 99.9", true);
        row("total < -1", false);
        row("customer.name > A", true);
        row("customer.name < B", true);
        row("customer.name >= \"Ada Lovelace\"", true);
        row("customer.name < 5", false);    // string against number
        row("customer.id < \"50\"", false); // number against string
        row("customer.email < 1", false);

        // Regular expressions.
        row("customer.name ~ ^Ada", true);
        row("customer.name ~ love", false);
        row("customer.name ~ (?i)love", true);
        row("customer.name ~ \"^Ada L\"", true);
        row("items[0].sku ~ \"^A-\\\\d$\"", true);
        row("items[0].sku ~ ^A-\\d$", true);
        row("customer.id ~ ^4\\d$", true);
        row("customer.vip ~ ^true$", true);
        row("customer.email ~ null", true);
        row("customer ~ \"id\":42", true);
        row("tags ~ ^\\[\"a\",\"b\"\\]$", true);
        row("customer.nope ~ .*", false);

        // Values that are not JSON objects or arrays.
        row("$", false, QByteArray());
        row("$", false, "plain text");
        row("$", false, "42");
        row("$", false, "\"a string\"");
        row("$", false, "{broken");
        row("$", false, "{\"a\":1} trailing");
        row("$", false, QByteArray("\xff\xfe{}", 4));
        row("a == 1", true, " \r\n\t{\"a\":1}");
        row("$[1].id == 2", true, "[{\"id\":1},{\"id\":2}]");
        row("[1].id == 2", true, "[{\"id\":1},{\"id\":2}]");
        row("[-1].id", true, "[{\"id\":1},{\"id\":2}]");
        row("$", true, "[]");
    }

    void matches()
    {
        QFETCH(QString, expression);
        QFETCH(QByteArray, value);
        QFETCH(bool, expected);
        QString error;
        const auto filter = JsonFieldFilter::parse(expression, &error);
        QVERIFY2(filter, qPrintable(error));
        QCOMPARE(filter->matches(value), expected);
    }

    void operators_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<JsonFieldFilter::Operator>("op");
        using Op = JsonFieldFilter::Operator;
        QTest::addRow("exists") << QStringLiteral("a.b") << Op::Exists;
        QTest::addRow("==") << QStringLiteral("a == 1") << Op::Equal;
        QTest::addRow("=") << QStringLiteral("a = 1") << Op::Equal;
        QTest::addRow("!=") << QStringLiteral("a != 1") << Op::NotEqual;
        QTest::addRow("<") << QStringLiteral("a < 1") << Op::Less;
        QTest::addRow("<=") << QStringLiteral("a <= 1") << Op::LessOrEqual;
        QTest::addRow(">") << QStringLiteral("a > 1") << Op::Greater;
        QTest::addRow(">=") << QStringLiteral("a >= 1") << Op::GreaterOrEqual;
        QTest::addRow("~") << QStringLiteral("a ~ 1") << Op::Match;
        QTest::addRow("~ with = in pattern") << QStringLiteral("a ~ x==y") << Op::Match;
    }

    void operators()
    {
        QFETCH(QString, expression);
        QFETCH(JsonFieldFilter::Operator, op);
        const auto filter = JsonFieldFilter::parse(expression, nullptr);
        QVERIFY(filter);
        QCOMPARE(filter->op(), op);
        QCOMPARE(filter->expression(), expression);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");

        const auto row = [](const char *expression, const char *error) {
            QTest::addRow("%s", expression)
                << QString::fromUtf8(expression) << QString::fromUtf8(error);
        };
        row("", "The filter is empty.");
        row("   ", "The filter is empty.");
        row("a.", "A field name is missing at position 3.");
        row("a..b", "A field name is missing at position 3.");
        row(".a", "A field name is missing at position 1.");
        row("$.", "A field name is missing at position 3.");
        row("== 1", "A field name is missing at position 1.");
        row("a[x]",
            "The array index at position 2 is not a whole number in brackets, such as [0].");
        row("a[1", "The array index at position 2 is not a whole number in brackets, such as [0].");
        row("a[]", "The array index at position 2 is not a whole number in brackets, such as [0].");
        row("a[1.5]",
            "The array index at position 2 is not a whole number in brackets, such as [0].");
        row("\"abc", "The quoted name at position 1 has no closing quote.");
        row("a.\"b\\\"", "The quoted name at position 3 has no closing quote.");
        row("a b", "Unexpected “b” at position 3: expected an operator such as ==, !=, <, > or "
                   "~, or the end of the filter.");
        row("$x", "Unexpected “x” at position 2: expected an operator such as ==, !=, <, > or "
                  "~, or the end of the filter.");
        row("a ]", "Unexpected “]” at position 3: expected an operator such as ==, !=, <, > or "
                   "~, or the end of the filter.");
        row("a ==", "A value is missing after “==”.");
        row("a ~   ", "A value is missing after “~”.");
        row("a == \"x", "The quoted text at position 6 is not a valid JSON string; write \\\" for "
                        "a quote and \\\\ for a backslash inside it.");
        row("a == \"x\" y", "The quoted text at position 6 is not a valid JSON string; write \\\" "
                            "for a quote and \\\\ for a backslash inside it.");
        row("a < true", "“<” compares numbers or strings, not true.");
        row("a >= null", "“>=” compares numbers or strings, not null.");
    }

    void parseErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!JsonFieldFilter::parse(expression, &actual));
        QCOMPARE(actual, error);
        QVERIFY(!JsonFieldFilter::parse(expression, nullptr)); // no error pointer: no crash
    }

    void badRegularExpression()
    {
        QString error;
        QVERIFY(!JsonFieldFilter::parse(QStringLiteral("a ~ (unclosed"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("The regular expression is not valid: ")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("(at character 10).")), qPrintable(error));
    }

    // One const filter, many threads, as the browser's filter workers use it.
    void concurrentMatches()
    {
        QList<QByteArray> values;
        for (int i = 0; i < 4000; ++i) {
            values.append("{\"id\":" + QByteArray::number(i) + ",\"name\":\"user-" +
                          QByteArray::number(i % 97) + "\",\"tags\":[\"t" +
                          QByteArray::number(i % 7) + "\"]}");
            if (i % 10 == 0)
                values.append("not json " + QByteArray::number(i));
        }
        for (const char *expression : {"name ~ ^user-(1|2)\\d$", "id >= 1000", "tags[0] == t3"}) {
            const auto filter = JsonFieldFilter::parse(QString::fromUtf8(expression), nullptr);
            QVERIFY(filter);
            int expected = 0;
            for (const QByteArray &value : values)
                expected += filter->matches(value) ? 1 : 0;
            QVERIFY(expected > 0);

            std::atomic<int> wrong = 0;
            std::vector<std::thread> threads;
            for (int t = 0; t < 8; ++t) {
                threads.emplace_back([&filter, &values, &wrong, expected] {
                    for (int round = 0; round < 3; ++round) {
                        int count = 0;
                        for (const QByteArray &value : values)
                            count += filter->matches(value) ? 1 : 0;
                        if (count != expected)
                            ++wrong;
                    }
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            QCOMPARE(wrong.load(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonFieldFilter)
#include "tst_jsonfieldfilter.moc"
