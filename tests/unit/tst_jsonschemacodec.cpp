// JsonSchemaCodec's guard on schema patterns: a repetition count that libstdc++'s std::regex
// cannot take (fuzz_jsonschema) is refused in words; ordinary counts still validate.

#include "schemas/jsonschemacodec.h"

#include <QTest>

using namespace Qafka;

namespace {

ResolvedSchema schemaWithPattern(const QString &pattern)
{
    ResolvedSchema resolved;
    resolved.schema.text =
        QStringLiteral(
            R"({"type":"object","properties":{"code":{"type":"string","pattern":"%1"}}})")
            .arg(pattern);
    return resolved;
}

} // namespace

class TestJsonSchemaCodec : public QObject
{
    Q_OBJECT

private slots:
    void hugeRepetitionIsRefusedInWords_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("19 digits") << QStringLiteral("^a{9999999999999999999}$");
        QTest::newRow("upper bound") << QStringLiteral("^a{1,100001}$");
    }
    void hugeRepetitionIsRefusedInWords()
    {
        QFETCH(QString, pattern);
        QString error;
        QVERIFY(!JsonSchemaCodec::create(schemaWithPattern(pattern), &error));
        QVERIFY2(error.contains(pattern) && error.contains(QStringLiteral("100000")),
                 qPrintable(error));
    }

    void ordinaryRepetitionStillValidates()
    {
        QString error;
        const auto codec =
            JsonSchemaCodec::create(schemaWithPattern(QStringLiteral("^[A-Z]{3}$")), &error);
        QVERIFY2(codec, qPrintable(error));
        const auto good = codec->problemsWith(R"({"code":"ABC"})", &error);
        QVERIFY(good && good->isEmpty());
        const auto bad = codec->problemsWith(R"({"code":"ABCD"})", &error);
        QVERIFY(bad && !bad->isEmpty());
    }

    void bracesInAClassOrEscapedAreLiterals()
    {
        QString error;
        QVERIFY2(JsonSchemaCodec::create(
                     schemaWithPattern(QStringLiteral("^[{]9999999$|^\\\\{9999999}$")), &error),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaCodec)
#include "tst_jsonschemacodec.moc"
