// Confluent's wire format (magic byte, schema id or GUID, Protobuf message indexes) and the
// payload decoder that reads it: the same bytes go to a decoder that knows an Avro (id 1), a
// Protobuf (id 2) and a JSON Schema (id 3) schema.
#include "schemas/wireformat.h"

#include "fuzzinput.h"
#include "messages/payloaddecoder.h"
#include "schemas/schemacatalog.h"
#include "schemas/schemacodec.h"

using namespace Qafka;

namespace {

std::shared_ptr<SchemaCatalog> makeCatalog()
{
    const std::pair<SchemaFormat, const char *> schemas[] = {
        {SchemaFormat::Avro,
         R"({"type":"record","name":"Order","fields":[{"name":"id","type":"long"},)"
         R"({"name":"note","type":["null","string"]},{"name":"tags","type":{"type":"array",)"
         R"("items":"string"}},{"name":"price","type":{"type":"bytes","logicalType":"decimal",)"
         R"("precision":9,"scale":2}}]})"},
        {SchemaFormat::Protobuf,
         "syntax = \"proto3\";\nmessage Order { int64 id = 1; string note = 2; "
         "repeated string tags = 3; Line line = 4; message Line { sint32 n = 1; bytes b = 2; } "
         "map<string, double> prices = 5; oneof pick { bool yes = 6; float f = 7; } }\n"
         "message Other { fixed64 x = 1; }\n"},
        {SchemaFormat::Json,
         R"({"type":"object","properties":{"id":{"type":"integer"},"note":{"type":"string",)"
         R"("maxLength":5}},"required":["id"]})"},
    };
    auto catalog = std::make_shared<SchemaCatalog>();
    int id = 1;
    for (const auto &[format, text] : schemas) {
        ResolvedSchema resolved;
        resolved.schema.id = id;
        resolved.schema.format = format;
        resolved.schema.text = QString::fromUtf8(text);
        QString error;
        const auto codec = SchemaCodec::create(resolved, &error);
        FUZZ_CHECK(codec);
        catalog->store(SchemaKey::forId(id), codec, resolved.schema);
        ++id;
    }
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PayloadDecoder decoder(makeCatalog());
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString reason;
    if (const auto framing = WireFormat::readFraming(bytes, &reason))
        FUZZ_CHECK(framing->headerSize <= bytes.size());
    else
        FUZZ_CHECK(!reason.isEmpty());
    qsizetype at = 0;
    if (const auto path = WireFormat::readMessageIndexes(bytes, &at)) {
        FUZZ_CHECK(at <= bytes.size());
        // Written again, the path reads back the same.
        const QByteArray written = WireFormat::messageIndexes(*path);
        qsizetype again = 0;
        FUZZ_CHECK(WireFormat::readMessageIndexes(written, &again) == path);
    }
    at = 0;
    qint32 value = 0;
    if (WireFormat::readZigZagVarint(bytes, &at, &value)) {
        QByteArray out;
        WireFormat::appendZigZagVarint(out, value);
        qsizetype back = 0;
        qint32 readBack = 0;
        FUZZ_CHECK(WireFormat::readZigZagVarint(out, &back, &readBack) && readBack == value);
    }
    for (const bool isKey : {false, true}) {
        if (decoder.handles(bytes, isKey, {})) {
            const DecodedField field = decoder.decode(bytes, isKey, {});
            FUZZ_CHECK(field.state != DecodedField::State::Failed || !field.reason.isEmpty());
        }
    }
    return 0;
}
