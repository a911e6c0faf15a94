#pragma once

#include "schemas/schemacodec.h"

#include <QString>

#include <memory>

struct avro_obj_t;
struct avro_value_iface;

namespace Qafka {

class AvroSchema;

// Reads and writes Avro binary (the payload after the wire-format header) with Debian's Avro C
// 1.11.1, given the writer's schema and the schemas it references.
//
// decode() gives the JSON a person reads:
//   null, true/false, int and long as numbers; float and double as numbers in the shortest
//   text that reads back to the same value (NaN, Infinity, -Infinity as strings); string as
//   itself (bytes that are not UTF-8 become U+FFFD, noted in problems); bytes and fixed in
//   base64; enum as its symbol; array; map as an object; record as an object with the fields
//   in the schema's order; a union as its branch's value, not wrapped.
//   Logical types: timestamp-millis "2024-01-01T12:34:56.789Z", timestamp-micros with six
//   digits, local-timestamp-* the same without Z, date "2024-01-01", time-millis
//   "12:34:56.789", time-micros "12:34:56.789012", decimal as a JSON number with exactly
//   `scale` digits after the point (any size), uuid as its string.
// A payload that ends early, has bytes left after the value or does not fit the schema gives
// ok = false and the reason, naming where in the value it went wrong.
//
// encode() takes that JSON back, and Avro's own JSON encoding of unions ({"string": "x"},
// {"com.acme.Order": {...}}) too. A union takes the first branch that accepts the value (an
// object tries the records before the maps); timestamps, dates and times take ISO text or a
// number; a decimal takes a number or numeric text. Fields left out take the schema's default.
// The first problem stops it, with an error naming the field ("$.customer.address.zip: expected
// an int, got "abc"").
//
// decode() and encode() are safe to call from several threads at once: the parsed schema and
// Avro C's value class are never changed after create(), and each call makes its own values.
class AvroCodec : public SchemaCodec
{
public:
    // schema.schema.text: the writer schema JSON; schema.dependencies: the referenced schemas
    // (Avro JSON texts defining named types that the main schema uses by full name).
    static std::shared_ptr<const AvroCodec> create(const ResolvedSchema &schema, QString *error);

    ~AvroCodec() override;
    AvroCodec(const AvroCodec &) = delete;
    AvroCodec &operator=(const AvroCodec &) = delete;

    SchemaFormat format() const override { return SchemaFormat::Avro; }
    DecodedPayload decode(QByteArrayView payload) const override;
    EncodedPayload encode(QByteArrayView json, const QString &messageType = {}) const override;

private:
    AvroCodec(std::unique_ptr<const AvroSchema> schema, avro_obj_t *avroSchema,
              avro_value_iface *valueClass);

    std::unique_ptr<const AvroSchema> m_schema;
    avro_obj_t *m_avroSchema = nullptr;       // avro_schema_t
    avro_value_iface *m_valueClass = nullptr; // avro_value_iface_t, generic values
};

} // namespace Qafka
