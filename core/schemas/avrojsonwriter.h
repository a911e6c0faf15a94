#pragma once

#include "schemas/avropath.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

struct avro_value;

namespace Qafka {

struct AvroType;

// Renders a value Avro C read as the JSON a person reads: unions unwrapped, logical types as
// dates, times and decimal numbers, bytes in base64 (see AvroCodec). Walks the AvroType beside
// the value for what Avro C does not know. What is odd but readable (a string that is not
// UTF-8, a decimal with more digits than its precision, a time of day past midnight) is
// rendered anyway and noted in problems.
class AvroJsonWriter
{
public:
    // Appends value's JSON to json; false only when Avro C refuses to give a value back.
    bool write(avro_value *value, const AvroType &type);

    QByteArray json;
    QStringList problems;

    // JSON numbers for doubles and floats in the shortest text that reads back to the same
    // value, written as Python's repr() writes it (2.5, 123.0, 1e+16, 1e-05); NaN and the
    // infinities as the strings "NaN", "Infinity", "-Infinity".
    static void appendDouble(QByteArray &out, double value);
    static void appendFloat(QByteArray &out, float value);

private:
    bool writeValue(avro_value *value, const AvroType &type, int depth);
    bool writeScalar(avro_value *value, const AvroType &type);
    bool writeText(avro_value *value, const AvroType &type);
    bool writeInt(std::int64_t number, const AvroType &type);
    bool writeBytes(const void *data, std::size_t size, const AvroType &type);
    bool writeRecord(avro_value *value, const AvroType &type, int depth);
    bool writeArray(avro_value *value, const AvroType &type, int depth);
    bool writeMap(avro_value *value, const AvroType &type, int depth);
    bool writeUnion(avro_value *value, const AvroType &type, int depth);
    void writeString(const char *data, std::size_t size);
    void problem(const QString &text);

    AvroPath m_path;
};

} // namespace Qafka
