#pragma once

#include "schemas/avropath.h"

#include <QString>

#include <string>

struct avro_value;

namespace Qafka {

class JsonNode;
struct AvroType;

// Fills an Avro C value from JSON as a person writes it (the form AvroCodec::decode() gives:
// unions unwrapped, logical types as text, bytes in base64), and also from Avro's own JSON
// encoding of unions ({"string": "x"}, {"com.acme.Order": {...}}). Fields left out take their
// schema default. The first problem stops it, with an error naming where it is:
// "$.customer.address.zip: expected an int, got "abc"."
class AvroJsonReader
{
public:
    bool read(const JsonNode &json, const AvroType &type, avro_value *value, QString *error);

private:
    bool set(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setInt(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setLong(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setReal(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setString(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setBytes(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setDecimal(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setEnum(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setRecord(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setDefault(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setArray(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setMap(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setUnion(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setNatural(const JsonNode &json, const AvroType &type, avro_value *value);
    bool setBranch(const JsonNode &json, const AvroType &type, std::size_t branch,
                   avro_value *value);
    bool bytesOf(const JsonNode &json, std::string *bytes) const;
    bool fail(const QString &problem);
    bool expected(const AvroType &type, const JsonNode &got);
    bool checked(int rc);

    AvroPath m_path;
    QString m_error;
    bool m_defaultMode = false; // reading a schema default: Avro's JSON encoding, not ours
};

} // namespace Qafka
