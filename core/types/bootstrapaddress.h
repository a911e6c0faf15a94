#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace Qafka {

struct HostPort
{
    QString host;
    int port = 0;
    bool operator==(const HostPort &) const = default;
};

// A parsed bootstrap.servers list: "host:port[,host:port...]", hosts may be names, IPv4 or
// bracketed IPv6 ("[::1]:9092"). A listener prefix per entry (PLAINTEXT://, SSL://,
// SASL_PLAINTEXT://, SASL_SSL://, or kafka://) is accepted and dropped, as librdkafka does, and
// the protocol it names is kept as a hint; a web address (http://, https://) or any other scheme
// is refused in words, since Kafka speaks neither. Parsing is ours so a typo is reported at once
// instead of after a timeout.
class BootstrapAddress
{
public:
    static BootstrapAddress parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<HostPort> &servers() const { return m_servers; }
    QString toString() const; // normalised, as handed to librdkafka
    // The protocol a listener prefix names (SASL_SSL:// → SaslSsl); nullopt when none does, or
    // when the entries' prefixes disagree.
    std::optional<SecurityProtocol> securityProtocolHint() const { return m_protocolHint; }

private:
    QList<HostPort> m_servers;
    QString m_error;
    std::optional<SecurityProtocol> m_protocolHint;
};

} // namespace Qafka
