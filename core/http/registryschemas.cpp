#include "http/registryschemas.h"

#include <QJsonArray>

namespace Qafka::RegistrySchemas {

RegistrySchema fromJson(const QJsonObject &object)
{
    RegistrySchema schema;
    schema.id = object.value(u"id").toInt(-1);
    schema.format = schemaFormatFromRegistryName(object.value(u"schemaType").toString());
    schema.text = object.value(u"schema").toString();
    schema.subject = object.value(u"subject").toString();
    schema.version = object.value(u"version").toInt(-1);
    const QJsonArray references = object.value(u"references").toArray();
    for (const auto &value : references) {
        const QJsonObject reference = value.toObject();
        schema.references.append({reference.value(u"name").toString(),
                                  reference.value(u"subject").toString(),
                                  reference.value(u"version").toInt(-1)});
    }
    return schema;
}

} // namespace Qafka::RegistrySchemas
