#include "schemas/avrocodec.h"
#include "schemas/avrojsonwriter.h"
#include "schemas/jsonnode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

using namespace Qafka;

namespace {

QString schemaDir()
{
    return qEnvironmentVariable("QAFKA_SOURCE_DIR") + u"/tests/data/schemas/"_qs;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// The vectors that tests/data/schemas/make-avro-vectors.py wrote with fastavro.
const QJsonObject &vectors()
{
    static const QJsonObject document =
        QJsonDocument::fromJson(readText(schemaDir() + u"avro-vectors.json"_qs).toUtf8()).object();
    return document;
}

ResolvedSchema resolvedSchema(const QString &key)
{
    const QJsonObject entry = vectors().value(u"schemas"_qs).toObject().value(key).toObject();
    ResolvedSchema resolved;
    resolved.schema.text = readText(schemaDir() + entry.value(u"schema"_qs).toString());
    for (const QJsonValue reference : entry.value(u"references"_qs).toArray()) {
        RegistrySchema dependency;
        dependency.text = readText(schemaDir() + reference[u"schema"_qs].toString());
        dependency.subject = reference[u"subject"_qs].toString();
        dependency.version = reference[u"version"_qs].toInt();
        resolved.dependencies.append({reference[u"name"_qs].toString(), dependency});
    }
    return resolved;
}

std::shared_ptr<const AvroCodec> codecFor(const QString &key)
{
    static std::map<QString, std::shared_ptr<const AvroCodec>> codecs;
    auto &codec = codecs[key];
    if (!codec) {
        QString error;
        codec = AvroCodec::create(resolvedSchema(key), &error);
        if (!codec)
            qFatal("schema %s: %s", qPrintable(key), qPrintable(error));
    }
    return codec;
}

std::shared_ptr<const AvroCodec> codecOf(const char *schemaJson, QString *error = nullptr)
{
    ResolvedSchema resolved;
    resolved.schema.text = QString::fromUtf8(schemaJson);
    QString problem;
    auto codec = AvroCodec::create(resolved, &problem);
    if (error)
        *error = problem;
    else if (!codec)
        qFatal("schema %s: %s", schemaJson, qPrintable(problem));
    return codec;
}

// Where two JSON texts differ, compared as values with every number compared as written
// ("12.3400" is not "12.34"), or an empty string when they are the same.
QString difference(const JsonNode &actual, const JsonNode &expected, const QString &path)
{
    if (actual.kind() != expected.kind())
        return path + u": "_qs + actual.brief() + u" is not "_qs + expected.brief();
    switch (actual.kind()) {
    case JsonNode::Kind::Null:
        return {};
    case JsonNode::Kind::Boolean:
        return actual.boolean() == expected.boolean() ? QString() : path + u": boolean"_qs;
    case JsonNode::Kind::Number:
    case JsonNode::Kind::String:
        return actual.text() == expected.text()
                   ? QString()
                   : path + u": "_qs + actual.brief() + u" is not "_qs + expected.brief();
    case JsonNode::Kind::Array:
    case JsonNode::Kind::Object:
        break;
    }
    if (actual.items().size() != expected.items().size() || actual.keys() != expected.keys())
        return path + u": different members or lengths"_qs;
    for (std::size_t i = 0; i < actual.items().size(); ++i) {
        const QString step = actual.kind() == JsonNode::Kind::Object
                                 ? QString(u"."_qs + QString::fromStdString(actual.keys()[i]))
                                 : QString(u"["_qs + QString::number(i) + u"]"_qs);
        const QString inner = difference(actual.items()[i], expected.items()[i], path + step);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

QString jsonDifference(const QByteArray &actual, const QByteArray &expected)
{
    QString error;
    const auto a = JsonNode::parse(actual, &error);
    if (!a)
        return u"output is not JSON: "_qs + error;
    const auto b = JsonNode::parse(expected, &error);
    if (!b)
        return u"expected is not JSON: "_qs + error;
    return difference(*a, *b, u"$"_qs);
}

void addVectorRows()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("wrapped");
    QTest::addColumn<QByteArray>("input");
    for (const QJsonValue record : vectors().value(u"records"_qs).toArray()) {
        const QString schema = record[u"schema"_qs].toString();
        const QByteArray json = record[u"json"_qs].toString().toUtf8();
        const QByteArray input = record[u"input"_qs].toString().toUtf8();
        QTest::addRow("%s: %s", qPrintable(schema), qPrintable(record[u"name"_qs].toString()))
            << schema << QByteArray::fromHex(record[u"hex"_qs].toString().toLatin1()) << json
            << record[u"wrapped"_qs].toString().toUtf8() << (input.isEmpty() ? json : input);
    }
}

// The typical record of avro-everything.avsc with one piece of its JSON text replaced.
QByteArray typicalWith(const char *from, const char *to)
{
    for (const QJsonValue record : vectors().value(u"records"_qs).toArray()) {
        if (record[u"name"_qs].toString() == u"typical"_qs) {
            QByteArray json = record[u"json"_qs].toString().toUtf8();
            if (!json.contains(from))
                qFatal("%s is not in the typical record", from);
            return json.replace(from, to);
        }
    }
    qFatal("no typical record");
}

QByteArray orderWith(const char *from, const char *to)
{
    for (const QJsonValue record : vectors().value(u"records"_qs).toArray()) {
        if (record[u"name"_qs].toString() == u"order"_qs) {
            QByteArray json = record[u"json"_qs].toString().toUtf8();
            if (!json.contains(from))
                qFatal("%s is not in the order record", from);
            return json.replace(from, to);
        }
    }
    qFatal("no order record");
}

constexpr char linkSchema[] = R"({"type":"record","name":"Link","fields":[
    {"name":"label","type":"string"},{"name":"next","type":["null","Link"]}]})";

} // namespace

class TestAvroCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesWhatFastavroWrote_data() { addVectorRows(); }
    void decodesWhatFastavroWrote()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, json);
        const DecodedPayload decoded = codecFor(schema)->decode(payload);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QVERIFY2(decoded.problems.isEmpty(), qPrintable(decoded.problems.join(u'\n')));
        QJsonParseError parseError;
        QJsonDocument::fromJson(decoded.json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QString difference = jsonDifference(decoded.json, json);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(difference + u"\n"_qs + QString::fromUtf8(decoded.json)));
    }

    void encodesToFastavroBytes_data() { addVectorRows(); }
    void encodesToFastavroBytes()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, input);
        const auto codec = codecFor(schema);
        const EncodedPayload encoded = codec->encode(input);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.bytes.toHex(), payload.toHex());
        const DecodedPayload decoded = codec->decode(encoded.bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        const QString difference = jsonDifference(decoded.json, json);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void encodesAvroWrappedUnions_data() { addVectorRows(); }
    void encodesAvroWrappedUnions()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, wrapped);
        const EncodedPayload encoded = codecFor(schema)->encode(wrapped);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.bytes.toHex(), payload.toHex());
    }

    void rejectsBrokenPayloads_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reasonPart");
        const QByteArray record = R"({"type":"record","name":"T","fields":[
            {"name":"s","type":"string"},{"name":"n","type":"int"}]})";
        QTest::newRow("empty") << record << QByteArray() << u"ends after 0 byte"_qs;
        QTest::newRow("string cut short")
            << record << QByteArray::fromHex("0a6162") << u"ends after 3 byte"_qs;
        QTest::newRow("int missing") << record << QByteArray::fromHex("0261") << u"in $.n:"_qs;
        QTest::newRow("byte left")
            << record << QByteArray::fromHex("0261020000") << u"left after the record"_qs;
        QTest::newRow("negative length")
            << record << QByteArray::fromHex("0302") << u"$.s: the length -2 is negative"_qs;
        QTest::newRow("huge length") << record << QByteArray::fromHex("80808080808080808001")
                                     << u"in $.s: it is cut short"_qs;
        QTest::newRow("int out of range") << record << QByteArray::fromHex("00808080808001")
                                          << u"$.n: 17179869184 does not fit an int"_qs;
        QTest::newRow("varint too long") << record << QByteArray::fromHex("00ffffffffffffffffff7f")
                                         << u"$.n: a number is longer than 64 bits"_qs;
        QTest::newRow("union branch")
            << QByteArray(R"(["null","string"])") << QByteArray::fromHex("04")
            << u"$: the union has no branch number 2 (it has 2)"_qs;
        QTest::newRow("enum symbol")
            << QByteArray(R"({"type":"enum","name":"E","symbols":["A","B"]})")
            << QByteArray::fromHex("06") << u"the enum E has no symbol number 3"_qs;
        QTest::newRow("boolean") << QByteArray(R"("boolean")") << QByteArray::fromHex("05")
                                 << u"the byte 0x05 is not a boolean"_qs;
        QTest::newRow("array of nulls without end")
            << QByteArray(R"({"type":"array","items":"null"})")
            << QByteArray::fromHex("8080808080808080800100") << u"take no bytes"_qs;
        QTest::newRow("map cut short") << QByteArray(R"({"type":"map","values":"long"})")
                                       << QByteArray::fromHex("04046162") << u"in $.ab:"_qs;
        QTest::newRow("too deep") << QByteArray(linkSchema)
                                  << QByteArray::fromHex(QByteArray("0002").repeated(1200) + "00")
                                  << u"nest more than 1000 levels"_qs;
        QTest::newRow("fixed cut short") << QByteArray(R"({"type":"fixed","name":"F","size":16})")
                                         << QByteArray::fromHex("0001") << u"ends after 2 byte"_qs;
    }
    void rejectsBrokenPayloads()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, payload);
        QFETCH(QString, reasonPart);
        const DecodedPayload decoded = codecOf(schema.constData())->decode(payload);
        QVERIFY(!decoded.ok);
        QVERIFY2(decoded.error.contains(reasonPart), qPrintable(decoded.error));
    }

    void rejectsCutRecordsOfFastavro()
    {
        for (const QJsonValue record : vectors().value(u"records"_qs).toArray()) {
            const auto codec = codecFor(record[u"schema"_qs].toString());
            const QByteArray payload = QByteArray::fromHex(record[u"hex"_qs].toString().toLatin1());
            for (qsizetype size = 0; size < payload.size(); ++size) {
                const DecodedPayload decoded = codec->decode(payload.first(size));
                QVERIFY2(!decoded.ok, qPrintable(QString::number(size)));
                QVERIFY2(decoded.error.contains(u"ends after"_qs) ||
                             decoded.error.contains(u"does not match"_qs),
                         qPrintable(decoded.error));
            }
            const DecodedPayload longer = codec->decode(QByteArray(payload + QByteArray(3, '\0')));
            QVERIFY(!longer.ok);
            QVERIFY2(longer.error.startsWith(u"3 byte"_qs), qPrintable(longer.error));
        }
    }

    // Damaged copies of fastavro's payloads: whatever decode() makes of them, it must not read
    // out of bounds or leak (the sanitizer build runs this), and what it accepts is JSON.
    void survivesDamagedPayloads()
    {
        QRandomGenerator random(20240101);
        int accepted = 0;
        int refused = 0;
        for (const QJsonValue record : vectors().value(u"records"_qs).toArray()) {
            const auto codec = codecFor(record[u"schema"_qs].toString());
            const QByteArray payload = QByteArray::fromHex(record[u"hex"_qs].toString().toLatin1());
            for (int round = 0; round < 400; ++round) {
                QByteArray damaged = payload;
                for (int flips = random.bounded(1, 4); flips > 0; --flips)
                    damaged[random.bounded(damaged.size())] = char(random.bounded(256));
                const DecodedPayload decoded = codec->decode(damaged);
                if (!decoded.ok) {
                    ++refused;
                    QVERIFY(!decoded.error.isEmpty());
                    continue;
                }
                ++accepted;
                QJsonParseError error;
                QJsonDocument::fromJson(decoded.json, &error);
                QVERIFY2(error.error == QJsonParseError::NoError, decoded.json.constData());
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(refused > 0);
    }

    void rejectsWrongJson_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        const QString everything = u"everything"_qs;
        const QString order = u"order"_qs;
        QTest::newRow("not JSON") << everything << QByteArray("{\"flag\": tru}") << u"not valid"_qs;
        QTest::newRow("number out of range")
            << everything << typicalWith("\"precise\":2.718281828459045", "\"precise\":1e400")
            << u"The JSON is not valid at byte"_qs;
        QTest::newRow("wrong type") << everything << typicalWith("\"zip\":12345", "\"zip\":\"abc\"")
                                    << u"$.address.zip: expected an int, got \"abc\""_qs;
        QTest::newRow("missing field")
            << everything << typicalWith("\"name\":\"Ada Lovelace\",", "") << u"$.name: missing"_qs;
        QTest::newRow("bad enum symbol")
            << everything << typicalWith("\"GREEN\"", "\"PURPLE\"")
            << u"$.color: \"PURPLE\" is not a symbol of the enum com.example.Color (RED, GREEN, "
               "BLUE)"_qs;
        QTest::newRow("int out of range")
            << everything << typicalWith("\"small\":42", "\"small\":3000000000")
            << u"$.small: 3000000000 does not fit an int"_qs;
        QTest::newRow("long out of range")
            << everything << typicalWith("\"big\":1234567890123", "\"big\":9223372036854775808")
            << u"$.big: 9223372036854775808 does not fit a long"_qs;
        QTest::newRow("fraction for an int")
            << everything << typicalWith("\"small\":42", "\"small\":4.5")
            << u"$.small: expected an int, got 4.5"_qs;
        QTest::newRow("decimal scale")
            << everything << typicalWith("\"amount\":1234.5678", "\"amount\":1.23456")
            << u"$.amount: 1.23456 has more digits after the point than the scale 4"_qs;
        QTest::newRow("decimal precision")
            << everything
            << typicalWith("\"amount\":1234.5678", "\"amount\":12345678901234567.1234")
            << u"$.amount: 12345678901234567.1234 has more digits than the precision 20"_qs;
        QTest::newRow("fixed decimal too large")
            << everything << typicalWith("\"price\":19.99", "\"price\":12345678901234567.00")
            << u"$.price: 12345678901234567.00 has more digits than the precision 18"_qs;
        QTest::newRow("unknown field")
            << everything << typicalWith("\"flag\":true", "\"flag\":true,\"bogus\":1")
            << u"$.bogus: the record com.example.Everything has no such field"_qs;
        QTest::newRow("bad base64") << everything << typicalWith("\"AAEC/v8=\"", "\"%%%\"")
                                    << u"$.blob: expected bytes in base64, got \"%%%\""_qs;
        QTest::newRow("fixed size")
            << everything << typicalWith("\"AAECAwQFBgcICQoLDA0ODw==\"", "\"AAEC\"")
            << u"the fixed com.example.Md5, got 3"_qs;
        QTest::newRow("timestamp without zone")
            << everything
            << typicalWith("\"2024-01-01T12:34:56.789Z\"", "\"2024-01-01T12:34:56.789\"")
            << u"$.created: expected a timestamp"_qs;
        QTest::newRow("timestamp too precise")
            << everything
            << typicalWith("\"2024-01-01T12:34:56.789Z\"", "\"2024-01-01T12:34:56.7891Z\"")
            << u"$.created: expected a timestamp"_qs;
        QTest::newRow("bad date") << everything
                                  << typicalWith("\"birthday\":\"2024-01-01\"",
                                                 "\"birthday\":\"2023-02-29\"")
                                  << u"$.birthday: expected a date"_qs;
        QTest::newRow("bad uuid") << everything
                                  << typicalWith("\"5d8a5f0e-3c9b-4a1e-9f7d-2b6c1e0a4d33\"",
                                                 "\"not-a-uuid\"")
                                  << u"$.id: expected a UUID, got \"not-a-uuid\""_qs;
        QTest::newRow("float too large")
            << everything << typicalWith("\"ratio\":3.14", "\"ratio\":1e39")
            << u"$.ratio: 1e39 is too large for a float"_qs;
        QTest::newRow("no union branch fits")
            << everything << typicalWith("\"nickname\":null", "\"nickname\":5")
            << u"$.nickname: expected one of null, string, got 5"_qs;
        QTest::newRow("wrapped union, wrong inner value")
            << everything << typicalWith("\"nickname\":null", "\"nickname\":{\"string\":5}")
            << u"$.nickname: expected a string, got 5"_qs;
        QTest::newRow("in a referenced type")
            << order << orderWith("\"id\":7", "\"id\":\"seven\"")
            << u"$.customer.id: expected a long, got \"seven\""_qs;
        QTest::newRow("in a union of a referenced type")
            << order << orderWith("\"id\":8", "\"id\":true")
            << u"$.ship_to.id: expected a long, got true"_qs;
        QTest::newRow("in an array") << order << orderWith("\"quantity\":1", "\"quantity\":null")
                                     << u"$.items[1].quantity: expected an int, got null"_qs;
        QTest::newRow("required field of a referenced type")
            << order << orderWith("\"name\":\"Grace Hopper\",", "")
            << u"$.customer.name: missing"_qs;
    }
    void rejectsWrongJson()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        const EncodedPayload encoded = codecFor(schema)->encode(json);
        QVERIFY(!encoded.ok);
        QVERIFY2(encoded.error.contains(errorPart), qPrintable(encoded.error));
    }

    void rejectsBadSchemas_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not JSON") << QByteArray("{\"type\":") << u"not JSON"_qs;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"record","name":"R","fields":[
            {"name":"a","type":"com.example.Missing"}]})")
                                      << u"\"com.example.Missing\" is not defined"_qs;
        QTest::newRow("field twice") << QByteArray(R"({"type":"record","name":"R","fields":[
            {"name":"a","type":"int"},{"name":"a","type":"long"}]})")
                                     << u"the field \"a\" appears twice"_qs;
        QTest::newRow("union in union")
            << QByteArray(R"(["null",["int","long"]])") << u"a union directly inside a union"_qs;
        QTest::newRow("union type twice")
            << QByteArray(R"(["int","int"])") << u"a union has the type int twice"_qs;
        QTest::newRow("name twice") << QByteArray(R"({"type":"record","name":"R","fields":[
            {"name":"a","type":{"type":"fixed","name":"R","size":1}}]})")
                                    << u"R: the name is defined twice"_qs;
        QTest::newRow("no symbols")
            << QByteArray(R"({"type":"enum","name":"E","symbols":[]})") << u"no \"symbols\""_qs;
    }
    void rejectsBadSchemas()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!codecOf(schema.constData(), &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void needsTheReferencedSchema()
    {
        ResolvedSchema resolved = resolvedSchema(u"order"_qs);
        resolved.dependencies.clear();
        QString error;
        QVERIFY(!AvroCodec::create(resolved, &error));
        QVERIFY2(error.contains(u"\"com.example.Customer\" is not defined"_qs), qPrintable(error));
    }

    void fillsDefaults()
    {
        const auto codec = codecFor(u"order"_qs);
        const EncodedPayload encoded = codec->encode(
            R"({"order_id":"0f8fad5b-d9cb-469f-a165-70867728950e","customer":{"id":1,"name":"A"},
                "items":[],"placed_at":0})");
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        const DecodedPayload decoded = codec->decode(encoded.bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.json,
                 R"({"order_id":"0f8fad5b-d9cb-469f-a165-70867728950e","customer":{"id":1,)"
                 R"("name":"A","email":null,"tier":"BRONZE","tags":[]},"ship_to":null,"items":[],)"
                 R"("placed_at":"1970-01-01T00:00:00.000Z","note":""})");
    }

    void readsBrokenDefaultsAsErrors()
    {
        const auto codec = codecOf(R"({"type":"record","name":"R","fields":[
            {"name":"a","type":"int","default":"seven"}]})");
        const EncodedPayload encoded = codec->encode("{}");
        QVERIFY(!encoded.ok);
        QVERIFY2(encoded.error.contains(u"The schema's default for $.a does not fit"_qs),
                 qPrintable(encoded.error));
    }

    void takesAvroDefaultsForBytesAndUnions()
    {
        // Avro's JSON for defaults: bytes as code points U+0000-U+00FF, a union's first branch.
        const auto codec = codecOf(R"({"type":"record","name":"R","fields":[
            {"name":"b","type":"bytes","default":"\u00ff\u0001"},
            {"name":"u","type":["int","null"],"default":5}]})");
        const EncodedPayload encoded = codec->encode("{}");
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.bytes.toHex(), QByteArray("04ff01000a"));
        QCOMPARE(codec->decode(encoded.bytes).json, R"({"b":"/wE=","u":5})");
    }

    void rendersValuesOutsideTheUsualRanges()
    {
        const auto codec = codecOf(R"({"type":"record","name":"R","fields":[
            {"name":"d","type":{"type":"int","logicalType":"date"}},
            {"name":"t","type":{"type":"long","logicalType":"timestamp-millis"}},
            {"name":"l","type":{"type":"long","logicalType":"local-timestamp-micros"}},
            {"name":"m","type":{"type":"int","logicalType":"time-millis"}},
            {"name":"s","type":"string"},
            {"name":"x","type":{"type":"bytes","logicalType":"decimal","precision":2,"scale":1}}]})");
        // Known from Java's LocalDate.ofEpochDay(Integer.MAX_VALUE) and
        // Instant.ofEpochMilli(Long.MIN_VALUE).
        const QByteArray payload = QByteArray::fromHex("feffffff0f"
                                                       "ffffffffffffffffff01"
                                                       "feffffffffffffffff01"
                                                       "01"
                                                       "0661ff62"
                                                       "0403e8");
        const DecodedPayload decoded = codec->decode(payload);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.json,
                 "{\"d\":\"+5881580-07-11\",\"t\":\"-292275055-05-16T16:47:04.192Z\","
                 "\"l\":\"+294247-01-10T04:00:54.775807\",\"m\":-1,\"s\":\"a\xef\xbf\xbd"
                 "b\",\"x\":100.0}");
        QCOMPARE(decoded.problems.size(), 3);
        QVERIFY2(decoded.problems[0].startsWith(u"$.m: -1 is not a time of day"_qs),
                 qPrintable(decoded.problems[0]));
        QVERIFY2(decoded.problems[1].startsWith(u"$.s: the text is not valid UTF-8"_qs),
                 qPrintable(decoded.problems[1]));
        QVERIFY2(decoded.problems[2].startsWith(u"$.x: the decimal has 4 digits"_qs),
                 qPrintable(decoded.problems[2]));
        // And back, where the text allows it.
        const EncodedPayload encoded =
            codec->encode(R"({"d":"+5881580-07-11","t":"-292275055-05-16T16:47:04.192Z",)"
                          R"("l":"+294247-01-10T04:00:54.775807","m":-1,"s":"a","x":-9.9})");
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.bytes.first(25).toHex(), payload.first(25).toHex());
    }

    void readsTimesWithZonesAndNumbers()
    {
        const auto codec = codecOf(R"({"type":"record","name":"R","fields":[
            {"name":"t","type":{"type":"long","logicalType":"timestamp-micros"}},
            {"name":"u","type":{"type":"long","logicalType":"timestamp-millis"}}]})");
        const EncodedPayload encoded =
            codec->encode(R"({"t":"2024-01-01T14:34:56.5+02:00","u":1704112496789})");
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(codec->decode(encoded.bytes).json,
                 R"({"t":"2024-01-01T12:34:56.500000Z","u":"2024-01-01T12:34:56.789Z"})");
    }

    void keepsLongsExact()
    {
        const auto codec = codecOf(R"({"type":"array","items":"long"})");
        const QByteArray json = "[9223372036854775807,-9223372036854775808,9007199254740993]";
        const EncodedPayload encoded = codec->encode(json);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(codec->decode(encoded.bytes).json, json);
    }

    void handlesPrimitiveAndEmptySchemas_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("string") << QByteArray(R"("string")") << QByteArray(R"("h\u00e9")")
                                << QByteArray("0668c3a9");
        QTest::newRow("null") << QByteArray(R"("null")") << QByteArray("null") << QByteArray();
        QTest::newRow("date") << QByteArray(R"({"type":"int","logicalType":"date"})")
                              << QByteArray(R"("1970-01-02")") << QByteArray("02");
        QTest::newRow("empty record") << QByteArray(R"({"type":"record","name":"E","fields":[]})")
                                      << QByteArray("{}") << QByteArray();
        QTest::newRow("fixed of size 0") << QByteArray(R"({"type":"record","name":"R","fields":[
                {"name":"z","type":{"type":"fixed","name":"Z","size":0}},
                {"name":"n","type":"int"}]})")
                                         << QByteArray(R"({"z":"","n":1})") << QByteArray("02");
        QTest::newRow("uuid in a fixed")
            << QByteArray(R"({"type":"fixed","name":"U","size":16,"logicalType":"uuid"})")
            << QByteArray(R"("5d8a5f0e-3c9b-4a1e-9f7d-2b6c1e0a4d33")")
            << QByteArray("5d8a5f0e3c9b4a1e9f7d2b6c1e0a4d33");
        QTest::newRow("recursive")
            << QByteArray(linkSchema)
            << QByteArray(R"({"label":"a","next":{"label":"b","next":null}})")
            << QByteArray("0261020262 00");
    }
    void handlesPrimitiveAndEmptySchemas()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, hex);
        const auto codec = codecOf(schema.constData());
        const EncodedPayload encoded = codec->encode(json);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.bytes.toHex(), QByteArray::fromHex(hex).toHex());
        const DecodedPayload decoded = codec->decode(encoded.bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(QString::fromUtf8(decoded.json),
                 QString::fromUtf8(json).replace(u"\\u00e9"_qs, u"\u00e9"_qs));
    }

    void writesNumbersAsPythonReprDoes_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("isFloat");
        QTest::addColumn<QByteArray>("text");
        // What Python's repr() gives (for floats: of the shortest text that reads back).
        QTest::newRow("0.1") << 0.1 << false << QByteArray("0.1");
        QTest::newRow("123.0") << 123.0 << false << QByteArray("123.0");
        QTest::newRow("1e15") << 1e15 << false << QByteArray("1000000000000000.0");
        QTest::newRow("1e16") << 1e16 << false << QByteArray("1e+16");
        QTest::newRow("1.5e16") << 1.5e16 << false << QByteArray("1.5e+16");
        QTest::newRow("0.0001") << 0.0001 << false << QByteArray("0.0001");
        QTest::newRow("1e-05") << 1e-05 << false << QByteArray("1e-05");
        QTest::newRow("max") << std::numeric_limits<double>::max() << false
                             << QByteArray("1.7976931348623157e+308");
        QTest::newRow("denormal") << 5e-324 << false << QByteArray("5e-324");
        QTest::newRow("-0.0") << -0.0 << false << QByteArray("-0.0");
        QTest::newRow("NaN") << std::nan("") << false << QByteArray("\"NaN\"");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << false
                              << QByteArray("\"-Infinity\"");
        QTest::newRow("float 3.14") << double(3.14f) << true << QByteArray("3.14");
        QTest::newRow("float 2^24") << double(16777216.0f) << true << QByteArray("16777216.0");
        QTest::newRow("float 1e-7") << double(1e-7f) << true << QByteArray("1e-07");
    }
    void writesNumbersAsPythonReprDoes()
    {
        QFETCH(double, value);
        QFETCH(bool, isFloat);
        QFETCH(QByteArray, text);
        QByteArray out;
        if (isFloat)
            AvroJsonWriter::appendFloat(out, float(value));
        else
            AvroJsonWriter::appendDouble(out, value);
        QCOMPARE(out, text);
    }

    void decodesAndEncodesFromFourThreads()
    {
        const auto codec = codecFor(u"everything"_qs);
        QList<QByteArray> payloads;
        QList<QByteArray> expected;
        for (const QJsonValue record : vectors().value(u"records"_qs).toArray()) {
            if (record[u"schema"_qs].toString() != u"everything"_qs)
                continue;
            payloads << QByteArray::fromHex(record[u"hex"_qs].toString().toLatin1());
            expected << codec->decode(payloads.last()).json;
        }
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 200; ++round) {
                    const qsizetype i = (round + t) % payloads.size();
                    const DecodedPayload decoded = codec->decode(payloads[i]);
                    if (!decoded.ok || decoded.json != expected[i])
                        ++failures;
                    const EncodedPayload encoded = codec->encode(decoded.json);
                    if (!encoded.ok || encoded.bytes != payloads[i])
                        ++failures;
                    if (codec->decode(payloads[i].chopped(1)).ok)
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAvroCodec)
#include "tst_avrocodec.moc"
