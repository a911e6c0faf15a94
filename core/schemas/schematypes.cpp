#include "schemas/schematypes.h"

namespace Qafka {

QString SchemaKey::toString() const
{
    return isGuid() ? QStringLiteral("GUID ") + guid.toString(QUuid::WithoutBraces)
                    : QStringLiteral("id ") + QString::number(id);
}

SchemaFormat schemaFormatFromRegistryName(const QString &name, bool *known)
{
    if (known)
        *known = true;
    if (name.isEmpty() || name.compare(u"AVRO", Qt::CaseInsensitive) == 0)
        return SchemaFormat::Avro;
    if (name.compare(u"PROTOBUF", Qt::CaseInsensitive) == 0)
        return SchemaFormat::Protobuf;
    if (name.compare(u"JSON", Qt::CaseInsensitive) == 0)
        return SchemaFormat::Json;
    if (known)
        *known = false;
    return SchemaFormat::Avro;
}

QString registryNameOf(SchemaFormat format)
{
    switch (format) {
    case SchemaFormat::Avro:
        return QStringLiteral("AVRO");
    case SchemaFormat::Protobuf:
        return QStringLiteral("PROTOBUF");
    case SchemaFormat::Json:
        return QStringLiteral("JSON");
    }
    return {};
}

QString displayNameOf(SchemaFormat format)
{
    switch (format) {
    case SchemaFormat::Avro:
        return QStringLiteral("Avro");
    case SchemaFormat::Protobuf:
        return QStringLiteral("Protobuf");
    case SchemaFormat::Json:
        return QStringLiteral("JSON Schema");
    }
    return {};
}

} // namespace Qafka
