#pragma once

#include "schemas/avrotype.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace Qafka {

class AvroSchema;
class JsonNode;

// Fills an AvroSchema from Avro schema JSON texts: the main schema and the schemas it
// references (Confluent schema references), in any order. A name may be used before the text
// that defines it is read; link() resolves those uses once every text is in. Names follow the
// Avro specification: a dotted name is a full name, a plain one is looked up in the enclosing
// namespace and then in the null namespace.
class AvroSchemaParser
{
public:
    explicit AvroSchemaParser(AvroSchema &schema);

    // label names the text in messages ("the schema", "the referenced schema …").
    bool addDocument(const QString &text, const QString &label, bool isRoot, QString *error);
    bool link(QString *error);

private:
    struct Context
    {
        std::string space; // the enclosing namespace
        std::string where; // the named type or field being read, for messages
    };

    AvroType *newType(AvroType::Kind kind);
    AvroType *parseType(const JsonNode &json, const Context &context);
    AvroType *parseName(const std::string &name, const Context &context);
    AvroType *parseObject(const JsonNode &json, const Context &context);
    AvroType *parseNamed(const JsonNode &json, AvroType::Kind kind, const Context &context);
    bool parseFields(const JsonNode &json, AvroType *record, const Context &context);
    bool parseSymbols(const JsonNode &json, AvroType *enumType, const Context &context);
    AvroType *parseUnion(const JsonNode &json, const Context &context);
    void applyLogicalType(const JsonNode &json, AvroType *type);
    bool define(AvroType *type, const Context &context);
    const AvroType *resolve(const AvroType *type) const;
    bool fail(const Context &context, const QString &problem);
    void markEncodesToNothing();

    AvroSchema &m_schema;
    QString m_label;
    QString m_error;
    std::map<std::string, AvroType *> m_named;
    // A use of a name not defined yet: a stand-in type, and the full names it may mean.
    std::map<const AvroType *, std::vector<std::string>> m_pending;
};

} // namespace Qafka
