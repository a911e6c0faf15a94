#include "types/bootstrapaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <optional>

namespace Qafka {

namespace {

bool isValidHostName(const QString &host)
{
    // RFC 1123 labels; underscores are tolerated because Docker service names use them.
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    if (host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

// Splits "[address]:port" into host and port text; false with *error set when it is not that.
bool splitBracketed(const QString &entry, QString *host, QString *portText, QString *error)
{
    const qsizetype close = entry.indexOf(u']');
    if (close < 0 || close + 1 >= entry.size() || entry.at(close + 1) != u':') {
        *error = QCoreApplication::translate(
                     "BootstrapAddress",
                     "“%1” is not a valid address: write IPv6 hosts as [address]:port.")
                     .arg(entry);
        return false;
    }
    *host = entry.mid(1, close - 1);
    *portText = entry.mid(close + 2);
    // QHostAddress stops reading at a NUL character, so it would take "::1<NUL>anything" for
    // ::1; only an address's own characters (and a zone after '%') are accepted.
    static const QRegularExpression ipv6Text(QStringLiteral("^[0-9A-Fa-f:.]+(%.*)?$"));
    const QHostAddress address(*host);
    if (!ipv6Text.match(*host).hasMatch() || address.protocol() != QAbstractSocket::IPv6Protocol) {
        *error =
            QCoreApplication::translate("BootstrapAddress", "“%1” is not a valid IPv6 address.")
                .arg(*host);
        return false;
    }
    // QHostAddress takes any text after '%' as the zone; a zone names a network interface
    // (fe80::1%eth0), and anything else would not survive being written back ("://", ',').
    static const QRegularExpression zone(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    const qsizetype percent = host->indexOf(u'%');
    if (percent >= 0 && !zone.match(host->mid(percent + 1)).hasMatch()) {
        *error = QCoreApplication::translate(
                     "BootstrapAddress",
                     "“%1” is not a valid IPv6 zone: after “%” write a network interface, for "
                     "example [fe80::1%eth0]:9092.")
                     .arg(host->mid(percent + 1));
        return false;
    }
    return true;
}

// Splits "host:port" (a name or IPv4 address) into host and port text; false with *error set
// when it is not that.
bool splitPlain(const QString &entry, QString *host, QString *portText, QString *error)
{
    const qsizetype colon = entry.lastIndexOf(u':');
    if (colon < 0) {
        *error = QCoreApplication::translate(
                     "BootstrapAddress", "“%1” has no port: write host:port, for example %1:9092.")
                     .arg(entry);
        return false;
    }
    *host = entry.left(colon);
    *portText = entry.mid(colon + 1);
    if (host->contains(u':')) {
        *error = QCoreApplication::translate(
                     "BootstrapAddress", "“%1” is ambiguous: write IPv6 hosts as [address]:port.")
                     .arg(entry);
        return false;
    }
    if (host->isEmpty() || !isValidHostName(*host)) {
        *error = QCoreApplication::translate("BootstrapAddress", "“%1” is not a valid host name.")
                     .arg(*host);
        return false;
    }
    return true;
}

// One entry of the list without its scheme; nullopt with *error set when it is not valid.
std::optional<HostPort> parseEntry(const QString &entry, QString *error)
{
    QString host;
    QString portText;
    const bool split = entry.startsWith(u'[') ? splitBracketed(entry, &host, &portText, error)
                                              : splitPlain(entry, &host, &portText, error);
    if (!split)
        return std::nullopt;
    // Digits only: QString::toInt() would also take "+9092", " 9092" or "9092<NUL>x".
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    bool ok = digits.match(portText).hasMatch();
    const int port = ok ? portText.toInt(&ok) : 0;
    if (!ok || port < 1 || port > 65535) {
        *error = QCoreApplication::translate(
                     "BootstrapAddress",
                     "“%1” is not a valid port in “%2”: use a number from 1 to 65535.")
                     .arg(portText, entry);
        return std::nullopt;
    }
    return HostPort{host, port};
}

struct Scheme
{
    bool known = false;
    std::optional<SecurityProtocol> protocol;
};

// What a "scheme://" prefix says; known false when Kafka has no such listener.
Scheme schemeOf(const QString &scheme)
{
    const QString upper = scheme.toUpper();
    if (upper == u"PLAINTEXT")
        return {true, SecurityProtocol::Plaintext};
    if (upper == u"SSL")
        return {true, SecurityProtocol::Ssl};
    if (upper == u"SASL_PLAINTEXT")
        return {true, SecurityProtocol::SaslPlaintext};
    if (upper == u"SASL_SSL")
        return {true, SecurityProtocol::SaslSsl};
    if (upper == u"KAFKA")
        return {true, std::nullopt};
    return {};
}

QString schemeError(const QString &scheme, const QString &entry)
{
    const QString lower = scheme.toLower();
    if (lower == u"http" || lower == u"https" || lower == u"ws" || lower == u"wss")
        return QCoreApplication::translate(
                   "BootstrapAddress",
                   "“%1” is a web address, but bootstrap servers are host:port (for example "
                   "localhost:9092): remove “%2://”. Kafka does not speak HTTP; if this is a REST "
                   "proxy, a Schema Registry or a web UI, use the Kafka broker's port instead.")
            .arg(entry, scheme);
    return QCoreApplication::translate(
               "BootstrapAddress",
               "“%1://” is not a Kafka listener protocol: write host:port, optionally after "
               "PLAINTEXT://, SSL://, SASL_PLAINTEXT:// or SASL_SSL://.")
        .arg(scheme);
}

} // namespace

BootstrapAddress BootstrapAddress::parse(const QString &text)
{
    BootstrapAddress result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.m_error = QCoreApplication::translate(
            "BootstrapAddress",
            "The bootstrap address is empty. Enter host:port, for example localhost:9092.");
        return result;
    }
    const QStringList entries = trimmed.split(u',');
    QList<SecurityProtocol> hints;
    for (QString entry : entries) {
        entry = entry.trimmed();
        if (entry.isEmpty()) {
            result.m_error = QCoreApplication::translate(
                "BootstrapAddress",
                "The bootstrap list has an empty entry (two commas in a row or a trailing comma).");
            return result;
        }
        if (const qsizetype end = entry.indexOf(QLatin1String("://")); end >= 0) {
            const QString name = entry.left(end);
            const Scheme scheme = schemeOf(name);
            if (!scheme.known) {
                result.m_error = schemeError(name, entry);
                return result;
            }
            if (scheme.protocol)
                hints.append(*scheme.protocol);
            entry = entry.mid(end + 3);
        }
        const std::optional<HostPort> server = parseEntry(entry, &result.m_error);
        if (!server)
            return result;
        result.m_servers.append(*server);
    }
    if (!hints.isEmpty() && hints.count(hints.first()) == hints.size())
        result.m_protocolHint = hints.first();
    return result;
}

QString BootstrapAddress::toString() const
{
    QStringList parts;
    parts.reserve(m_servers.size());
    for (const HostPort &server : m_servers) {
        const bool ipv6 = server.host.contains(u':');
        parts.append((ipv6 ? u'[' + server.host + u']' : server.host) + u':' +
                     QString::number(server.port));
    }
    return parts.join(u',');
}

} // namespace Qafka
