#pragma once

#include "schemas/schemacodec.h"

#include <memory>

namespace Qafka {

// JSON Schema payloads (Confluent's JSONSerializer): the payload is UTF-8 JSON; the schema checks
// it. Decoding passes the JSON through and lists what the schema objects to (a message that broke
// its schema is still shown); encoding refuses JSON the schema rejects, naming the first problem.
// References ($ref to another registered schema) resolve through the schema's dependencies.
class JsonSchemaCodec : public SchemaCodec
{
public:
    static std::shared_ptr<const JsonSchemaCodec> create(const ResolvedSchema &schema,
                                                         QString *error);
    ~JsonSchemaCodec() override;

    SchemaFormat format() const override { return SchemaFormat::Json; }
    DecodedPayload decode(QByteArrayView payload) const override;
    EncodedPayload encode(QByteArrayView json, const QString &messageType = {}) const override;

    // What the schema objects to in a JSON text ("$.age: …"), empty when it conforms; nullopt
    // with *error when the text is not JSON at all.
    std::optional<QStringList> problemsWith(QByteArrayView json, QString *error) const;

private:
    struct Private;
    explicit JsonSchemaCodec(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Qafka
