// A client.properties file a user imports (Java properties syntax: continuations, escapes,
// JAAS configurations): whatever it holds, the import ends with a profile or with words.
#include "fuzzinput.h"
#include "profiles/clientpropertiesimporter.h"

using Qafka::ClientPropertiesImporter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ClientPropertiesImporter::parseProperties(text);
    ClientPropertiesImporter::importText(text);
    return 0;
}
