#pragma once

#include "schemas/schematypes.h"

#include <QJsonObject>

namespace Qafka {

// The registry's JSON for a schema (GET /schemas/ids/{id}, /subjects/{s}/versions/{v}) as a
// RegistrySchema: schema, schemaType (absent means AVRO), references, subject, version, id.
namespace RegistrySchemas {

RegistrySchema fromJson(const QJsonObject &object);

} // namespace RegistrySchemas

} // namespace Qafka
