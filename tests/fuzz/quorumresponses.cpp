// What the quorum probe reads from a broker's socket: ApiVersions, SaslHandshake,
// SaslAuthenticate (both framings) and DescribeQuorum (v0..v2), and SCRAM's server messages.
#include "probes/quorumresponses.h"

#include "fuzzinput.h"

using namespace Qafka;
using namespace Qafka::QuorumResponses;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the response; the rest is its body.
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    KafkaReader reply{body};
    switch (data[0] % 7) {
    case 0:
        readApiVersions(reply);
        break;
    case 1:
        readSaslHandshake(reply);
        break;
    case 2:
    case 3:
        readSaslAuthenticate(reply, data[0] % 7 == 3);
        break;
    default:
        if (const auto quorum = readDescribeQuorum(reply, qint16(data[0] % 7 - 4));
            quorum && quorum->quorum) {
            // Each replica takes at least five bytes: a count larger than the body is garbage.
            FUZZ_CHECK(quorum->quorum->voterIds.size() + quorum->quorum->observerIds.size() <=
                       body.size());
        }
        break;
    }
    FUZZ_CHECK(reply.pos <= body.size());
    QuorumResponses::scramAttributes(body);
    return 0;
}
