#pragma once

#include "schemas/schemacodec.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace google::protobuf {
class Descriptor;
class DescriptorPool;
class DynamicMessageFactory;
class FileDescriptor;
} // namespace google::protobuf

namespace Qafka {

// Reads and writes Protobuf payloads as JSON (the proto3 JSON mapping: field names as the schema
// writes them, every field without presence shown even when it holds its default, enums by name,
// 64-bit integers as strings, bytes as base64, Timestamp as RFC 3339 text).
//
// The schema is .proto text or a base64-encoded FileDescriptorProto (what confluent-kafka's Python
// serializer registers, and Apicurio then serves), and so is each of its dependencies, keyed by
// import path. The well-known types (google/protobuf/timestamp.proto and the others compiled into
// libprotobuf) come built in when no dependency provides them.
//
// Built once per schema; decode and encode are const and safe to call from several threads.
class ProtobufCodec : public SchemaCodec
{
public:
    ~ProtobufCodec() override;

    // Null with *error in words (file:line:column for a parse error) when the schema, or one of
    // the files it imports, cannot be built.
    static std::shared_ptr<const ProtobufCodec> create(const ResolvedSchema &schema,
                                                       QString *error);

    SchemaFormat format() const override { return SchemaFormat::Protobuf; }

    // payload: the message indexes, then the message. Sets messageType to the full name of the
    // message the indexes name.
    DecodedPayload decode(QByteArrayView payload) const override;

    // messageType: a full name ("com.acme.Order", or "com.acme.Order.Line" for a nested one) of a
    // message of the schema's own file; empty for its first message. Gives the message indexes
    // and then the message.
    EncodedPayload encode(QByteArrayView json, const QString &messageType = {}) const override;

    // A bare message with no indexes before it (a .proto file attached to a topic, no registry).
    // messageType may also name a message of an imported file; empty is the first message.
    DecodedPayload decodeMessage(QByteArrayView bytes, const QString &messageType) const;
    EncodedPayload encodeMessage(QByteArrayView json, const QString &messageType) const;
    DecodedPayload decodeBare(QByteArrayView bytes, const QString &messageType) const override
    {
        return decodeMessage(bytes, messageType);
    }
    EncodedPayload encodeBare(QByteArrayView json, const QString &messageType) const override
    {
        return encodeMessage(json, messageType);
    }

    // The full names of the messages of the schema's own file in the order the file declares
    // them, each followed by those nested in it. The entries protobuf makes for map fields are
    // left out: no one writes them as records.
    QStringList messageTypes() const;

    // The message-index path of a message of the schema's own file; empty when unknown.
    QList<int> indexPathOf(const QString &messageType) const;

private:
    ProtobufCodec(std::unique_ptr<google::protobuf::DescriptorPool> pool,
                  const google::protobuf::FileDescriptor *file);

    // The message messageType names, empty for the first one; null with *error in words.
    const google::protobuf::Descriptor *messageNamed(const QString &messageType,
                                                     QString *error) const;
    // The message of the schema's own file at path; null with *error in words.
    const google::protobuf::Descriptor *messageAt(const QList<int> &path, QString *error) const;

    DecodedPayload decodeAs(const google::protobuf::Descriptor *type, QByteArrayView bytes) const;
    EncodedPayload encodeAs(const google::protobuf::Descriptor *type, QByteArrayView json) const;

    std::unique_ptr<google::protobuf::DescriptorPool> m_pool;
    // Declared after the pool it reads from, so destroyed before it.
    std::unique_ptr<google::protobuf::DynamicMessageFactory> m_factory;
    const google::protobuf::FileDescriptor *m_file = nullptr;
};

} // namespace Qafka
