// Bootstrap addresses as typed or pasted: host:port lists, IPv6 in brackets, URLs with a scheme.
// An address that parses is either refused with words or normalised to a form that parses to
// the same servers.
#include "types/bootstrapaddress.h"

#include "fuzzinput.h"

using Qafka::BootstrapAddress;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const BootstrapAddress address = BootstrapAddress::parse(text);
    if (!address.isValid()) {
        FUZZ_CHECK(!address.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(!address.servers().isEmpty());
    for (const Qafka::HostPort &server : address.servers())
        FUZZ_CHECK(server.port > 0 && server.port < 65536 && !server.host.isEmpty());
    const BootstrapAddress again = BootstrapAddress::parse(address.toString());
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.servers() == address.servers());
    return 0;
}
