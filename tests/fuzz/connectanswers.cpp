// Kafka Connect's REST answers (or whatever answers in its place): errors in words, and every
// answer the Connect worker reads: connectors with status, plugins, validation, topics, server.
#include "http/connectanswers.h"

#include "http/connecterrors.h"
#include "restanswers.h"

using namespace Qafka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RestResponse response = fuzzRestAnswer(&ConnectErrors::describe, data, size);
    ConnectErrors::isPassingConflict(response);
    if (!response.ok)
        return 0;
    ConnectAnswers::connectors(response.json);
    ConnectAnswers::plugins(response.json);
    ConnectAnswers::validation(response.json);
    ConnectAnswers::topics(response.json);
    ConnectAnswers::serverSummary(response.json);
    return 0;
}
