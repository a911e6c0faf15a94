// A Schema Registry's answers (or whatever answers in its place): errors in words, and the
// schema objects the registry worker reads from a good answer.
#include "http/registryerrors.h"
#include "http/registryschemas.h"
#include "restanswers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qafka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RestResponse response = fuzzRestAnswer(&RegistryErrors::describe, data, size);
    if (!response.ok)
        return 0;
    RegistrySchemas::fromJson(response.json.object());
    for (const QJsonValue &value : response.json.array())
        RegistrySchemas::fromJson(value.toObject());
    return 0;
}
