#pragma once

#include "schemas/avropath.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace Qafka {

struct AvroType;

// Walks Avro binary as a schema says before Avro C reads it, and finds where it is wrong in
// words Avro C cannot give. Avro C 1.11.1 trusts the lengths it reads: a negative string length
// makes it write before its buffer, a huge one makes it ask for that much memory, and it leaks
// what it allocated when the data ends early. So only what passes here reaches Avro C: every
// length fits the bytes that are left, every union branch and enum symbol exists, every int
// fits 32 bits, nesting stays below JsonNode::maxDepth and collections of values that take no
// bytes stay below a bound.
class AvroBinaryCheck
{
public:
    // Collections of null-like values cost no bytes; this many of them are refused.
    static constexpr std::int64_t maxEmptyItems = 1000000;

    AvroBinaryCheck(QByteArrayView payload, QString schemaName);

    // False with *error in words when the payload is not one value of type from its start.
    bool run(const AvroType &type, QString *error);
    // How many bytes the value took (after run() returned true).
    qsizetype consumed() const { return m_at; }

private:
    bool check(const AvroType &type, int depth);
    bool checkBoolean();
    bool checkCounted(const AvroType &type, int depth);
    bool checkBlocks(const AvroType &type, int depth);
    bool checkMapEntry(const AvroType &type, int depth);
    bool readLong(std::int64_t *value);
    bool need(std::int64_t bytes);
    bool fail(const QString &problem, qsizetype at);
    bool failEnd();

    QByteArrayView m_payload;
    QString m_schemaName;
    qsizetype m_at = 0;
    std::int64_t m_emptyItems = 0;
    AvroPath m_path;
    QString m_error;
};

} // namespace Qafka
