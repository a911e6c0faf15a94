#include "types/bootstrapaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

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
    for (QString entry : entries) {
        entry = entry.trimmed();
        if (entry.isEmpty()) {
            result.m_error = QCoreApplication::translate(
                "BootstrapAddress",
                "The bootstrap list has an empty entry (two commas in a row or a trailing comma).");
            return result;
        }
        const qsizetype scheme = entry.indexOf(QLatin1String("://"));
        if (scheme >= 0)
            entry = entry.mid(scheme + 3);

        QString host;
        QString portText;
        if (entry.startsWith(u'[')) {
            const qsizetype close = entry.indexOf(u']');
            if (close < 0 || close + 1 >= entry.size() || entry.at(close + 1) != u':') {
                result.m_error =
                    QCoreApplication::translate(
                        "BootstrapAddress",
                        "“%1” is not a valid address: write IPv6 hosts as [address]:port.")
                        .arg(entry);
                return result;
            }
            host = entry.mid(1, close - 1);
            portText = entry.mid(close + 2);
            if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
                result.m_error = QCoreApplication::translate("BootstrapAddress",
                                                             "“%1” is not a valid IPv6 address.")
                                     .arg(host);
                return result;
            }
        } else {
            const qsizetype colon = entry.lastIndexOf(u':');
            if (colon < 0) {
                result.m_error = QCoreApplication::translate(
                                     "BootstrapAddress",
                                     "“%1” has no port: write host:port, for example %1:9092.")
                                     .arg(entry);
                return result;
            }
            host = entry.left(colon);
            portText = entry.mid(colon + 1);
            if (host.contains(u':')) {
                result.m_error = QCoreApplication::translate(
                                     "BootstrapAddress",
                                     "“%1” is ambiguous: write IPv6 hosts as [address]:port.")
                                     .arg(entry);
                return result;
            }
            if (host.isEmpty() || !isValidHostName(host)) {
                result.m_error = QCoreApplication::translate("BootstrapAddress",
                                                             "“%1” is not a valid host name.")
                                     .arg(host);
                return result;
            }
        }
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            result.m_error = QCoreApplication::translate(
                                 "BootstrapAddress",
                                 "“%1” is not a valid port in “%2”: use a number from 1 to 65535.")
                                 .arg(portText, entry);
            return result;
        }
        result.m_servers.append({host, port});
    }
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
