// The Json codec with a fuzzed schema, a fuzzed payload and a fuzzed record to encode.
#include "schemafuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzSchemaCodec(Qafka::SchemaFormat::Json, data, size);
}
