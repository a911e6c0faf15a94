#pragma once

#include <QList>
#include <QString>

namespace Qafka {

struct HostPort
{
    QString host;
    int port = 0;
    bool operator==(const HostPort &) const = default;
};

// A parsed bootstrap.servers list: "host:port[,host:port...]", hosts may be names, IPv4 or
// bracketed IPv6 ("[::1]:9092"); an optional "PROTOCOL://" prefix per entry is accepted and
// dropped, as librdkafka does. Parsing is ours so a typo is reported at once instead of after a
// timeout.
class BootstrapAddress
{
public:
    static BootstrapAddress parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<HostPort> &servers() const { return m_servers; }
    QString toString() const; // normalised, as handed to librdkafka

private:
    QList<HostPort> m_servers;
    QString m_error;
};

} // namespace Qafka
