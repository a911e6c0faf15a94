#include "messages/payloaddecoder.h"

#include "messages/storedmessage.h"
#include "schemas/wireformat.h"

#include <QCoreApplication>

namespace Qafka {

namespace {

DecodedField failed(const QString &reason, const SchemaKey &key = {})
{
    DecodedField field;
    field.state = DecodedField::State::Failed;
    field.reason = reason;
    field.schemaKey = key;
    return field;
}

DecodedField fromPayload(DecodedPayload payload, SchemaFormat format)
{
    DecodedField field;
    field.format = format;
    if (!payload.ok) {
        field.state = DecodedField::State::Failed;
        field.reason = payload.error;
        return field;
    }
    field.state = DecodedField::State::Decoded;
    field.json = std::move(payload.json);
    field.problems = std::move(payload.problems);
    field.messageType = std::move(payload.messageType);
    return field;
}

} // namespace

PayloadDecoder::PayloadDecoder(std::shared_ptr<SchemaCatalog> catalog,
                               std::optional<LocalSchema> key, std::optional<LocalSchema> value)
    : m_catalog(std::move(catalog))
    , m_localKey(std::move(key))
    , m_localValue(std::move(value))
{}

bool PayloadDecoder::handles(std::optional<QByteArrayView> bytes, bool isKey,
                             QByteArrayView headers) const
{
    if (!bytes || bytes->isEmpty())
        return false;
    if (localSchema(isKey))
        return true;
    if (!m_catalog)
        return false;
    const auto magic = static_cast<unsigned char>(bytes->front());
    if (magic == 0 || magic == 1)
        return true;
    QString reason;
    return headerSchemaKey(isKey, headers, &reason).has_value();
}

DecodedField PayloadDecoder::decode(std::optional<QByteArrayView> bytes, bool isKey,
                                    QByteArrayView headers, QDeadlineTimer waitUntil) const
{
    if (!bytes || bytes->isEmpty())
        return {};
    if (const auto &local = localSchema(isKey))
        return decodeLocal(*local, *bytes);
    if (!m_catalog)
        return {};
    QString reason;
    if (const auto key = headerSchemaKey(isKey, headers, &reason))
        return decodeWith(*key, *bytes, waitUntil);
    if (!reason.isEmpty())
        return failed(reason);
    const auto magic = static_cast<unsigned char>(bytes->front());
    if (magic != 0 && magic != 1)
        return {};
    const auto framing = WireFormat::readFraming(*bytes, &reason);
    if (!framing)
        return failed(
            QCoreApplication::translate("PayloadDecoder", "Not schema-encoded: %1.").arg(reason));
    const SchemaKey key = framing->kind == SchemaFraming::Kind::SchemaGuid
                              ? SchemaKey::forGuid(framing->schemaGuid)
                              : SchemaKey::forId(framing->schemaId);
    return decodeWith(key, bytes->sliced(framing->headerSize), waitUntil);
}

DecodedField PayloadDecoder::decodeLocal(const LocalSchema &local, QByteArrayView bytes) const
{
    DecodedField field =
        fromPayload(local.codec->decodeBare(bytes, local.messageType), local.codec->format());
    if (field.state == DecodedField::State::Failed)
        field.reason = QCoreApplication::translate("PayloadDecoder", "Does not decode with %1: %2")
                           .arg(local.fileName, field.reason);
    return field;
}

DecodedField PayloadDecoder::decodeWith(const SchemaKey &key, QByteArrayView payload,
                                        QDeadlineTimer waitUntil) const
{
    const SchemaCatalog::Entry entry =
        waitUntil.hasExpired() ? m_catalog->lookup(key) : m_catalog->lookupSettled(key, waitUntil);
    DecodedField field;
    field.schemaKey = key;
    switch (entry.state) {
    case SchemaCatalog::State::Pending:
        field.state = DecodedField::State::Pending;
        field.reason =
            QCoreApplication::translate("PayloadDecoder", "Fetching schema %1 from the registry…")
                .arg(key.toString());
        return field;
    case SchemaCatalog::State::Failed:
        return failed(entry.reason, key);
    case SchemaCatalog::State::Ready:
        break;
    }
    field = fromPayload(entry.codec->decode(payload), entry.codec->format());
    field.schemaKey = key;
    if (field.state == DecodedField::State::Failed)
        field.reason =
            QCoreApplication::translate("PayloadDecoder", "Does not decode with schema %1: %2")
                .arg(key.toString(), field.reason);
    return field;
}

std::optional<SchemaKey> PayloadDecoder::headerSchemaKey(bool isKey, QByteArrayView headers,
                                                         QString *reason) const
{
    const QByteArrayView wanted =
        isKey ? QByteArrayView("__key_schema_id") : QByteArrayView("__value_schema_id");
    std::optional<SchemaKey> key;
    HeaderBlob::forEach(headers, [&](const HeaderBlob::Header &header) {
        if (key || header.name != wanted || !header.value)
            return;
        QString why;
        const auto framing = WireFormat::readFraming(*header.value, &why);
        if (!framing) {
            *reason = QCoreApplication::translate("PayloadDecoder",
                                                  "The %1 header is not a schema id: %2.")
                          .arg(QString::fromLatin1(wanted), why);
            return;
        }
        key = framing->kind == SchemaFraming::Kind::SchemaGuid
                  ? SchemaKey::forGuid(framing->schemaGuid)
                  : SchemaKey::forId(framing->schemaId);
    });
    return key;
}

RegistrySchema PayloadDecoder::schemaOf(const DecodedField &field) const
{
    if (!m_catalog || (field.schemaKey.id < 0 && !field.schemaKey.isGuid()))
        return {};
    return m_catalog->lookup(field.schemaKey).schema;
}

} // namespace Qafka
