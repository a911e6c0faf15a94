#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace Qafka {

class JsonNode;

// One type of a parsed Avro schema, with what Avro C does not keep: logical types, field
// defaults and the real names (the schema Avro C reads has made-up ones). Named types are
// shared: a reference by name points at the definition, so a recursive type points at itself.
struct AvroType
{
    enum class Kind {
        Null,
        Boolean,
        Int,
        Long,
        Float,
        Double,
        Bytes,
        String,
        Record,
        Enum,
        Array,
        Map,
        Union,
        Fixed
    };
    enum class Logical {
        None,
        Date,
        TimeMillis,
        TimeMicros,
        TimestampMillis,
        TimestampMicros,
        LocalTimestampMillis,
        LocalTimestampMicros,
        Decimal,
        Uuid
    };
    struct Field
    {
        std::string name;
        const AvroType *type = nullptr;
        const JsonNode *defaultValue = nullptr; // null when the field has no default
    };

    Kind kind = Kind::Null;
    Logical logical = Logical::None;
    int precision = 0;    // decimal
    int scale = 0;        // decimal
    std::string fullName; // record, enum, fixed
    std::vector<Field> fields;
    std::vector<std::string> symbols;
    std::int64_t fixedSize = 0;
    const AvroType *items = nullptr; // array items, map values
    std::vector<const AvroType *> branches;
    bool encodesToNothing = false; // null, fixed(0), a record of such fields

    bool isNamed() const
    {
        return kind == Kind::Record || kind == Kind::Enum || kind == Kind::Fixed;
    }

    // The name Avro's JSON encoding wraps a union value in: the full name of a named type, else
    // the type's name ("long" for a timestamp too).
    std::string unionName() const;

    // The type in a few words: "an int", "a date", "a decimal (precision 20, scale 4)", "the
    // record com.example.Address", "one of null, string".
    QString describe() const;

    // For messages about a whole payload: the full name, or the type name.
    QString displayName() const;

    static const char *kindName(Kind kind);
};

} // namespace Qafka
