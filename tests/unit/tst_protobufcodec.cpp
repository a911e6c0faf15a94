#include "schemas/protobufcodec.h"
#include "schemas/wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qafka;

namespace {

// tests/data/schemas/protobuf-vectors.json: records and JSON that protoc, Python's protobuf and
// confluent-kafka's ProtobufSerializer made (tests/data/schemas/make-protobuf-vectors.py).
const QJsonObject &vectors()
{
    static const QJsonObject loaded = [] {
        QFile file(QFINDTESTDATA("../data/schemas/protobuf-vectors.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("protobuf-vectors.json is missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return loaded;
}

QJsonArray records()
{
    return vectors().value(u"records").toArray();
}

RegistrySchema protobufSchema(const QString &text)
{
    RegistrySchema schema;
    schema.format = SchemaFormat::Protobuf;
    schema.text = text;
    return schema;
}

// The test schema as the .proto files read (form "text") or as Python's FileDescriptorProtos in
// base64 (form "descriptor"); form "registered" is what the serializer registered, with the
// references the registry lists.
ResolvedSchema schemaIn(const QString &form)
{
    const QJsonObject files = vectors().value(u"files").toObject();
    const QString key = form == u"text" ? u"text"_qs : u"descriptor_base64"_qs;
    ResolvedSchema resolved;
    if (form == u"registered") {
        const QJsonObject registered = vectors().value(u"registered").toObject();
        resolved.schema = protobufSchema(registered.value(u"schema").toString());
        resolved.schema.subject = u"orders-value"_qs;
        for (const QJsonValue &reference : registered.value(u"references").toArray()) {
            const QJsonObject object = reference.toObject();
            resolved.dependencies.append({object.value(u"name").toString(),
                                          protobufSchema(object.value(u"schema").toString())});
        }
        return resolved;
    }
    resolved.schema =
        protobufSchema(files.value(u"pb-orders.proto").toObject().value(key).toString());
    resolved.dependencies.append(
        {u"pb-common.proto"_qs,
         protobufSchema(files.value(u"pb-common.proto").toObject().value(key).toString())});
    return resolved;
}

std::shared_ptr<const ProtobufCodec> codecFor(const ResolvedSchema &schema)
{
    QString error;
    auto codec = ProtobufCodec::create(schema, &error);
    if (!codec)
        qWarning("%s", qPrintable(error));
    return codec;
}

QJsonValue parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s: %s", qPrintable(error.errorString()), json.constData());
    return document.array().at(0);
}

QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// The payload of a record: what follows the 5-byte header.
QByteArray payloadOf(const QJsonObject &record)
{
    return QByteArray::fromHex(record.value(u"record_hex").toString().toLatin1())
        .sliced(WireFormat::idHeaderSize);
}

ResolvedSchema textSchema(const QString &text)
{
    ResolvedSchema resolved;
    resolved.schema = protobufSchema(text);
    return resolved;
}

} // namespace

class TestProtobufCodec : public QObject
{
    Q_OBJECT

private:
    void addRecordRows()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QJsonObject>("record");
        for (const QString &form : {u"text"_qs, u"descriptor"_qs, u"registered"_qs}) {
            for (const QJsonValue &record : records())
                QTest::addRow("%s: %s", qPrintable(form),
                              qPrintable(record.toObject().value(u"name").toString()))
                    << form << record.toObject();
        }
    }

private slots:
    void decodesRecords_data() { addRecordRows(); }

    void decodesRecords()
    {
        QFETCH(QString, form);
        QFETCH(QJsonObject, record);
        const auto codec = codecFor(schemaIn(form));
        QVERIFY(codec);
        QCOMPARE(codec->format(), SchemaFormat::Protobuf);
        const DecodedPayload decoded = codec->decode(payloadOf(record));
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.messageType, record.value(u"message_type").toString());
        QCOMPARE(compact(parsed(decoded.json)), compact(record.value(u"json")));
        QVERIFY2(!decoded.json.contains('\n') && !decoded.json.contains(": "),
                 decoded.json.constData());
        QCOMPARE(decoded.problems, QStringList());
    }

    void decodesBareMessages_data() { addRecordRows(); }

    void decodesBareMessages()
    {
        QFETCH(QString, form);
        QFETCH(QJsonObject, record);
        const auto codec = codecFor(schemaIn(form));
        QVERIFY(codec);
        const QByteArray message =
            QByteArray::fromHex(record.value(u"message_hex").toString().toLatin1());
        const DecodedPayload decoded =
            codec->decodeMessage(message, record.value(u"message_type").toString());
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(compact(parsed(decoded.json)), compact(record.value(u"json")));
    }

    void encodesWhatDecodesBack_data() { addRecordRows(); }

    void encodesWhatDecodesBack()
    {
        QFETCH(QString, form);
        QFETCH(QJsonObject, record);
        const auto codec = codecFor(schemaIn(form));
        QVERIFY(codec);
        const QString type = record.value(u"message_type").toString();
        const QByteArray json = compact(record.value(u"json"));
        const EncodedPayload encoded = codec->encode(json, type);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        const QByteArray indexes =
            QByteArray::fromHex(record.value(u"message_indexes_hex").toString().toLatin1());
        QCOMPARE(encoded.bytes.first(indexes.size()).toHex(), indexes.toHex());
        const DecodedPayload decoded = codec->decode(encoded.bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.messageType, type);
        QCOMPARE(compact(parsed(decoded.json)), json);

        const EncodedPayload bare = codec->encodeMessage(json, type);
        QVERIFY2(bare.ok, qPrintable(bare.error));
        QCOMPARE(bare.bytes, encoded.bytes.sliced(indexes.size()));
        // The same bytes as Python's, but for the order of map entries, which the wire format
        // leaves open: Python writes them as inserted, Qafka sorted by key.
        const QJsonObject attributes =
            record.value(u"json").toObject().value(u"attributes").toObject();
        if (attributes.size() < 2)
            QCOMPARE(bare.bytes.toHex(), record.value(u"message_hex").toString().toLatin1());
    }

    void listsMessageTypesWithTheirIndexPaths_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("text") << u"text"_qs;
        QTest::newRow("descriptor") << u"descriptor"_qs;
        QTest::newRow("registered") << u"registered"_qs;
    }

    void listsMessageTypesWithTheirIndexPaths()
    {
        QFETCH(QString, form);
        const auto codec = codecFor(schemaIn(form));
        QVERIFY(codec);
        QCOMPARE(codec->messageTypes(),
                 (QStringList{u"com.acme.Order"_qs, u"com.acme.Order.Line"_qs,
                              u"com.acme.Order.Line.Discount"_qs, u"com.acme.Shipment"_qs}));
        QCOMPARE(codec->indexPathOf(u"com.acme.Order"_qs), QList<int>{0});
        QCOMPARE(codec->indexPathOf(u"com.acme.Order.Line.Discount"_qs), (QList<int>{0, 0, 0}));
        QCOMPARE(codec->indexPathOf(u".com.acme.Order.Line"_qs), (QList<int>{0, 0}));
        // Map fields' entries are nested messages too, and count in the paths after them.
        QCOMPARE(codec->indexPathOf(u"com.acme.Order.TotalsByCurrencyEntry"_qs),
                 (QList<int>{0, 2}));
        QCOMPARE(codec->indexPathOf(u"com.acme.Shipment"_qs), QList<int>{1});
        QCOMPARE(codec->indexPathOf(u"com.acme.Invoice"_qs), QList<int>());
        // Imported messages have no path: the indexes count the schema's own file only.
        QCOMPARE(codec->indexPathOf(u"com.acme.common.Money"_qs), QList<int>());
        QCOMPARE(codec->indexPathOf(u"google.protobuf.Timestamp"_qs), QList<int>());
    }

    void encodesTheFirstMessageWhenNoTypeIsNamed()
    {
        const auto codec = codecFor(schemaIn(u"text"_qs));
        QVERIFY(codec);
        const EncodedPayload encoded = codec->encode(R"({"id":"a-1","gift":true})");
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.bytes.toHex(), QByteArray("000a03612d316801"));
    }

    void encodesImportedMessagesOnlyBare()
    {
        const auto codec = codecFor(schemaIn(u"text"_qs));
        QVERIFY(codec);
        const QByteArray json = R"({"currency":"USD","units":"-5","nanos":-500000000})";
        const EncodedPayload framed = codec->encode(json, u"com.acme.common.Money"_qs);
        QVERIFY(!framed.ok);
        QCOMPARE(framed.error, u"com.acme.common.Money is declared in pb-common.proto, not in "
                               "the schema's own file, so no message-index path names it"_qs);
        const EncodedPayload bare = codec->encodeMessage(json, u"com.acme.common.Money"_qs);
        QVERIFY2(bare.ok, qPrintable(bare.error));
        const DecodedPayload decoded =
            codec->decodeMessage(bare.bytes, u"com.acme.common.Money"_qs);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.json, json);
    }

    void rejectsSchemasThatDoNotBuild_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax error")
            << u"syntax = \"proto3\";\n\nmessage Order {\n  string id = 1\n  int64 total = 2;\n}\n"_qs
            << u"expected \";\" at schema.proto:5:3"_qs;
        QTest::newRow("undefined type")
            << u"syntax = \"proto3\";\nmessage Order {\n  Money total = 1;\n}\n"_qs
            << u"\"Money\" is not defined at schema.proto:3:3"_qs;
        QTest::newRow("unknown import")
            << u"syntax = \"proto3\";\nimport \"acme/money.proto\";\nmessage Order {}\n"_qs
            << u"the import of “acme/money.proto” at schema.proto:2:1 is neither one of the "
               "schema's references nor a well-known type"_qs;
        QTest::newRow("no message") << u"syntax = \"proto3\";\nenum E { A = 0; }\n"_qs
                                    << u"“schema.proto” defines no message"_qs;
        QTest::newRow("base64, but no descriptor") << u"bm90IGEgZGVzY3JpcHRvcg==\n"_qs
                                                   << u"“schema.proto” is base64 but no "
                                                      "FileDescriptorProto"_qs;
    }

    void rejectsSchemasThatDoNotBuild()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString reason;
        QVERIFY(!ProtobufCodec::create(textSchema(text), &reason));
        QCOMPARE(reason, error);
    }

    void namesTheReferencesWhenAnImportIsMissing()
    {
        ResolvedSchema schema = schemaIn(u"descriptor"_qs);
        schema.dependencies.first().first = u"acme/common.proto"_qs;
        QString error;
        QVERIFY(!ProtobufCodec::create(schema, &error));
        QCOMPARE(error, u"“pb-orders.proto” imports “pb-common.proto”, which is neither one of the "
                        "schema's references nor a well-known type (the references: "
                        "acme/common.proto)"_qs);
    }

    void rejectsImportCycles()
    {
        ResolvedSchema schema = textSchema(u"syntax = \"proto3\";\nimport \"a.proto\";\n"_qs);
        schema.schema.subject = u"cycle-value"_qs;
        schema.dependencies.append(
            {u"a.proto"_qs, protobufSchema(u"syntax = \"proto3\";\nimport \"b.proto\";\n"_qs)});
        schema.dependencies.append(
            {u"b.proto"_qs, protobufSchema(u"syntax = \"proto3\";\nimport \"a.proto\";\n"_qs)});
        QString error;
        QVERIFY(!ProtobufCodec::create(schema, &error));
        QCOMPARE(error, u"the imports go round in a circle: cycle-value.proto → a.proto → b.proto "
                        "→ a.proto"_qs);
    }

    void servesWellKnownTypesBuiltIn()
    {
        const auto codec = codecFor(textSchema(uR"(syntax = "proto3";
package t;
import "google/protobuf/any.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/empty.proto";
import "google/protobuf/field_mask.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/wrappers.proto";
message Known {
  google.protobuf.Duration wait = 1;
  google.protobuf.Struct extra = 2;
  google.protobuf.Int64Value count = 3;
  google.protobuf.FieldMask mask = 4;
  google.protobuf.Empty nothing = 5;
  google.protobuf.Any any = 6;
  google.protobuf.Value value = 7;
}
)"_qs));
        QVERIFY(codec);
        const QByteArray json =
            R"({"wait":"1.500s","extra":{"a":[1,"x",null,true]},"count":"7","mask":"a.b,c",)"
            R"("nothing":{},"any":{"@type":"type.googleapis.com/google.protobuf.Duration",)"
            R"("value":"2s"},"value":"text"})";
        const EncodedPayload encoded = codec->encode(json);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        const DecodedPayload decoded = codec->decode(encoded.bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(compact(parsed(decoded.json)), compact(parsed(json)));
    }

    void readsProto2WithItsRequiredFields()
    {
        // With a byte-order mark before it, as some editors save a file.
        const auto codec = codecFor(textSchema(QChar(0xfeff) + uR"(syntax = "proto2";
package t;
import "google/protobuf/timestamp.proto";
message M {
  required string id = 1;
  optional int32 n = 2 [default = 5];
  optional bool b = 3;
  optional google.protobuf.Timestamp at = 4;
  optional M child = 5;
}
)"_qs));
        QVERIFY(codec);
        // Protobuf 3.21 prints proto2's unset optional fields with their defaults: Python's
        // json_format (>= 5.26) leaves fields with presence out.
        DecodedPayload decoded = codec->decode(QByteArray::fromHex("000a0178"));
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.json, R"({"id":"x","n":5,"b":false})");
        decoded = codec->decode(QByteArray::fromHex("001007"));
        QCOMPARE(decoded.error, u"the payload is a t.M message that lacks required fields: id"_qs);
        // A Timestamp in year 10000, which RFC 3339 text cannot write.
        decoded = codec->decode(QByteArray::fromHex("000a01782207088083d1ffaf07"));
        QCOMPARE(decoded.error, u"the t.M message cannot be written as JSON: timestamp seconds "
                                "exceeds limit for field: at"_qs);
        EncodedPayload encoded = codec->encode(R"({"n":3})");
        QCOMPARE(encoded.error, u"the JSON leaves out the required field “id”"_qs);
        encoded = codec->encode(R"({"id":"a","child":{"n":1}})");
        QCOMPARE(encoded.error, u"the JSON leaves out the required field “child.id”"_qs);
    }

    // No translator is installed here: the counts read "message(s)" as the source writes them.
    void rejectsPayloadsThatAreNoMessage_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray()
                               << u"the payload does not start with a message-index path: it ends "
                                  "too early or its count is out of range"_qs;
        QTest::newRow("index past the top-level messages")
            << QByteArray::fromHex("0206")
            << u"the message-index path [3] names no message: the schema has 2 top-level "
               "message(s)"_qs;
        QTest::newRow("index past the nested messages")
            << QByteArray::fromHex("04000a")
            << u"the message-index path [0, 5] names no message: com.acme.Order has 3 nested "
               "message(s)"_qs;
        QTest::newRow("negative count") << QByteArray::fromHex("01")
                                        << u"the payload does not start with a message-index "
                                           "path: it ends too early or its count is out of "
                                           "range"_qs;
        QTest::newRow("truncated field") << QByteArray::fromHex("000a05616263")
                                         << u"the payload is not a valid com.acme.Order message"_qs;
        QTest::newRow("end-group tag") << QByteArray::fromHex("000c")
                                       << u"the payload is not a valid com.acme.Order message"_qs;
        QTest::newRow("invalid UTF-8 in a string")
            << QByteArray::fromHex("000a02c328")
            << u"the payload is not a valid com.acme.Order message"_qs;
        QTest::newRow("wrong nested message")
            << QByteArray::fromHex("02021a02ffff")
            << u"the payload is not a valid com.acme.Shipment message"_qs;
    }

    void rejectsPayloadsThatAreNoMessage()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, error);
        const auto codec = codecFor(schemaIn(u"text"_qs));
        QVERIFY(codec);
        const DecodedPayload decoded = codec->decode(payload);
        QVERIFY(!decoded.ok);
        QCOMPARE(decoded.error, error);
    }

    void namesFieldsTheSchemaDoesNotKnow()
    {
        const auto codec = codecFor(schemaIn(u"text"_qs));
        QVERIFY(codec);
        // id = "x", then field 99 (varint 1) and field 100 (varint 2), which Order does not have.
        const DecodedPayload decoded = codec->decode(QByteArray::fromHex("000a0178980601a00602"));
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(parsed(decoded.json).toObject().value(u"id"), QJsonValue(u"x"_qs));
        QCOMPARE(decoded.problems,
                 QStringList{u"the payload has fields the schema does not name: 99, 100"_qs});
    }

    void survivesRandomPayloads()
    {
        const auto codec = codecFor(schemaIn(u"text"_qs));
        QVERIFY(codec);
        QRandomGenerator random(20261203);
        int decoded = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray payload(random.bounded(64), Qt::Uninitialized);
            for (char &byte : payload)
                byte = char(random.bounded(256));
            if (i % 2)
                payload.prepend('\0'); // a valid path, so that the message itself is read
            const DecodedPayload result = codec->decode(payload);
            QCOMPARE(result.ok, result.error.isEmpty());
            decoded += result.ok;
        }
        qInfo("%d of 3000 random payloads read as some message", decoded);
    }

    void rejectsJsonThatIsNoMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messageType");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const char *json, const QString &error,
                            const QString &type = {}) {
            QTest::newRow(name) << QByteArray(json) << type << error;
        };
        // Protobuf 3.21's JSON parser also lets through what Python's json_format rejects, and
        // so does ProtobufCodec: "yes" and "no" for a bool, a single value for a repeated field,
        // a key written twice (the last one counts).
        row("unknown field", R"({"id":"a","colour":"red"})",
            u"com.acme.Order has no field “colour”"_qs);
        row("unknown nested field", R"({"lines":[{"sku":"a"},{"colour":1}]})",
            u"com.acme.Order has no field “lines[1].colour”"_qs);
        row("string for a number", R"({"lines":[{"quantity":"many"}]})",
            u"the value \"many\" of “lines[0].quantity” is not a valid uint32"_qs);
        row("number out of range", R"({"priority":3000000000})",
            u"the value 3000000000 of “priority” is not a valid sint32"_qs);
        row("fraction for an integer", R"({"customer_id":1.5})",
            u"the value 1.5 of “customer_id” is not a valid int64"_qs);
        row("number for a string", R"({"id":5})", u"the value 5 of “id” is not a valid string"_qs);
        row("bad base64", R"({"signature":"***"})",
            u"the value \"***\" of “signature” is not a valid bytes"_qs);
        row("unknown enum name", R"({"status":"LOST"})",
            u"the value \"LOST\" of “status” is not a valid com.acme.Order.Status"_qs);
        row("bad timestamp", R"({"placed_at":"yesterday"})",
            u"“placed_at” is not a valid google.protobuf.Timestamp: invalid time format: "
            "yesterday"_qs);
        row("two fields of a oneof", R"({"address":{},"pickup_point":"x"})",
            u"the JSON sets more than one field of the oneof “delivery”"_qs);
        row("cut short", R"({"id":)",
            u"the text is not JSON: unterminated object at position 7"_qs);
        row("trailing comma", R"({"id":"a",})",
            u"the text is not JSON: object is missing after a comma at position 12"_qs);
        row("empty", "", u"the text is not JSON: illegal value at position 1"_qs);
        row("array", "[1,2]", u"the JSON is not an object, as a com.acme.Order message must be"_qs);
        row("unknown type", "{}", u"the schema has no message named “com.acme.Invoice”"_qs,
            u"com.acme.Invoice"_qs);
    }

    void rejectsJsonThatIsNoMessage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messageType);
        QFETCH(QString, error);
        const auto codec = codecFor(schemaIn(u"text"_qs));
        QVERIFY(codec);
        const EncodedPayload encoded = codec->encode(json, messageType);
        QVERIFY(!encoded.ok);
        QCOMPARE(encoded.error, error);
    }

    void decodesFromSeveralThreadsAtOnce()
    {
        const auto codec = codecFor(schemaIn(u"registered"_qs));
        QVERIFY(codec);
        const QJsonArray all = records();
        std::atomic<int> mismatches = 0;
        std::atomic<int> decodes = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 200; ++round) {
                    const QJsonObject record = all.at((round + t) % all.size()).toObject();
                    const DecodedPayload decoded = codec->decode(payloadOf(record));
                    if (!decoded.ok || parsed(decoded.json) != record.value(u"json") ||
                        decoded.messageType != record.value(u"message_type").toString())
                        ++mismatches;
                    ++decodes;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(decodes.load(), 800);
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProtobufCodec)
#include "tst_protobufcodec.moc"
