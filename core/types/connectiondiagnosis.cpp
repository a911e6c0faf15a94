#include "types/connectiondiagnosis.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Qafka {

namespace {

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// librdkafka prefixes broker messages with "[proto://]host:port/id: ".
QString brokerOf(const QString &reason)
{
    const qsizetype colon = reason.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return {};
    QString prefix = reason.left(colon);
    const qsizetype scheme = prefix.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        prefix = prefix.mid(scheme + 3);
    const qsizetype slash = prefix.lastIndexOf(u'/');
    return slash > 0 ? prefix.left(slash) : prefix;
}

// librdkafka's log line on a failed OAuth token request: 'Failed to retrieve OIDC token from
// "URL": ANSWER (HTTP STATUS)'. Its error event says only 'Failed to acquire SASL OAUTHBEARER
// token: ANSWER'.
bool isTokenRequestFailure(const QString &reason)
{
    return reason.startsWith(QLatin1String("Failed to retrieve OIDC token")) ||
           reason.startsWith(QLatin1String("Failed to retrieve JWT token"));
}

enum class Kind {
    Other,
    Resolve,
    Refused,
    Tls,
    PlaintextToTls,
    NotKafka,
    Authentication,
    Timeout,
    AllDown
};

Kind kindOf(const ConnectionDiagnosis::Event &event)
{
    const QString &r = event.reason;
    if (event.codeName == u"_AUTHENTICATION" || event.codeName == u"SASL_AUTHENTICATION_FAILED" ||
        has(r, "Authentication failed") || has(r, "SASL authentication error") ||
        has(r, "GSSAPI") || has(r, "Kerberos") || has(r, "kinit") || has(r, "OAUTHBEARER") ||
        isTokenRequestFailure(r))
        return Kind::Authentication;
    if (has(r, "Invalid response size") || has(r, "Protocol parse failure") ||
        has(r, "not a Kafka") || has(r, "Protocol read buffer underflow") ||
        has(r, "Unsupported ApiVersion"))
        return Kind::NotKafka;
    // A TLS listener drops a plaintext client's first request (ApiVersion) without a word.
    if (has(r, "connecting to a SSL") ||
        (has(r, "connection closed by peer") && has(r, "APIVERSION_QUERY")))
        return Kind::PlaintextToTls;
    if (event.codeName == u"_SSL" || has(r, "SSL handshake failed") || has(r, "ssl"))
        return Kind::Tls;
    if (event.codeName == u"_RESOLVE" || has(r, "Failed to resolve"))
        return Kind::Resolve;
    if (has(r, "Connection refused"))
        return Kind::Refused;
    if (event.codeName == u"_TIMED_OUT" || has(r, "timed out"))
        return Kind::Timeout;
    if (event.codeName == u"_ALL_BROKERS_DOWN")
        return Kind::AllDown;
    return Kind::Other;
}

// What classify tells the user: a sentence on what happened and one on what to do.
struct Explanation
{
    QString message;
    QString hint;
};

// A login failure told apart by the words librdkafka passes on, and what they mean.
struct LoginCase
{
    std::array<const char *, 4> needles; // any of them; nullptr pads
    const char *message;                 // %1 the broker, %2 librdkafka's reason
    const char *hint;
};

// Kerberos (GSSAPI): the MIT library's words. The usual causes first: an expired ticket, none at
// all, the broker's principal unknown (the service name, or the host-name / reverse-DNS mismatch),
// no KDC, a skewed clock, no GSSAPI plugin.
const LoginCase kKerberosCases[] = {
    {{"Ticket expired", "context has expired", nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis", "The Kerberos ticket for %1 has expired: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Run kinit again, or give this connection a keytab and principal so that "
                       "Qafka renews the ticket itself.")},
    {{"No Kerberos credentials", "No credentials cache", "No credentials were supplied"},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "There is no Kerberos ticket to log in to %1 with: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Run kinit as a principal the brokers know, or give this connection a "
                       "keytab and principal.")},
    {{"not found in Kerberos database", nullptr, nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis", "The KDC knows no service principal for %1: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the Kerberos service name (usually kafka) and connect by the host "
                       "name in the brokers' principals (NAME/host@REALM): an IP address or "
                       "another DNS name of the host does not match.")},
    {{"Cannot contact any KDC", "Cannot find KDC", nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "No Kerberos KDC could be reached to log in to %1: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check that the KDC runs and is reachable, and the realm's kdc entries "
                       "in krb5.conf (or KRB5_CONFIG).")},
    {{"Clock skew", nullptr, nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "This machine's clock differs too much from the KDC's to log in to %1: "
                       "%2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis", "Synchronise the clock (NTP).")},
    {{"GSSAPI module", "No worthy mechs", nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis", "This machine cannot log in to %1 with Kerberos: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Install the SASL GSSAPI plugin (libsasl2-modules-gssapi-mit on Debian "
                       "and Ubuntu, cyrus-sasl-gssapi on Fedora).")},
    {{"", nullptr, nullptr}, // anything else
     QT_TRANSLATE_NOOP("ConnectionDiagnosis", "The Kerberos login to %1 failed: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the principal and keytab (klist -k -t KEYTAB lists what a keytab "
                       "holds) or the ticket (klist), and the Kerberos service name.")},
};

// OAuth 2 / OIDC (OAUTHBEARER): librdkafka's "Failed to acquire SASL OAUTHBEARER token: " with
// the identity provider's JSON answer or curl's words, or the broker's verdict on the token.
const LoginCase kOAuthCases[] = {
    {{"invalid_client", "unauthorized_client", "(401)"},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The identity provider refused this connection's OAuth client id or "
                       "secret, so there is no token to log in to %1 with: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the client id and client secret, and that the identity provider lets "
                       "this client use the client-credentials grant.")},
    {{"invalid_scope", nullptr, nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The identity provider refused the OAuth scope of this connection, so "
                       "there is no token to log in to %1 with: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the scope (or leave it empty for the client's default scopes).")},
    {{"SSL certificate problem", "SSL peer certificate", nullptr, nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The TLS certificate of the identity provider's token endpoint is not "
                       "trusted, so there is no token to log in to %1 with: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "librdkafka checks the token endpoint against the system's CA "
                       "certificates, not the brokers' CA file: for a private CA, add "
                       "https.ca.location=FILE to the extra properties.")},
    {{"Couldn't connect", "Could not resolve", "Timeout was reached", "Failed to connect"},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The identity provider's token endpoint cannot be reached, so there is no "
                       "token to log in to %1 with: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the token endpoint URL, and that this machine can reach it (proxy, "
                       "VPN, firewall).")},
    {{"\"sub\"", nullptr, nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The identity provider's token carries no subject (sub), which names the "
                       "user at %1: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Ask the identity provider's administrator to put a sub claim into this "
                       "client's tokens.")},
    {{"(404)", "(405)", "not JSON encoded", "Failed to parse JSON"},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The token endpoint did not answer like an OAuth token endpoint, so there "
                       "is no token to log in to %1 with: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the token endpoint URL (Keycloak: https://HOST/realms/REALM/protocol/"
                       "openid-connect/token; Entra ID: https://login.microsoftonline.com/TENANT/"
                       "oauth2/v2.0/token).")},
    {{"invalid_token", "SASL authentication error", nullptr},
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "%1 refused the token the identity provider issued: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "The broker checks the token's signature, issuer and audience: ask its "
                       "administrator which identity provider and scope it expects, and check "
                       "the token endpoint and scope of this connection.")},
    {{"", nullptr, nullptr}, // any other OAuth failure
     QT_TRANSLATE_NOOP("ConnectionDiagnosis", "The OAuth login to %1 failed: %2"),
     QT_TRANSLATE_NOOP("ConnectionDiagnosis",
                       "Check the token endpoint URL, client id, client secret and scope.")},
};

template <std::size_t N>
Explanation explainLogin(const LoginCase (&cases)[N], const QString &broker, const QString &reason)
{
    for (const LoginCase &each : cases) {
        const bool matches =
            std::any_of(each.needles.cbegin(), each.needles.cend(),
                        [&reason](const char *needle) { return needle && has(reason, needle); });
        if (matches)
            return {QCoreApplication::translate("ConnectionDiagnosis", each.message)
                        .arg(broker, reason),
                    QCoreApplication::translate("ConnectionDiagnosis", each.hint)};
    }
    return {};
}

bool isOAuth(const QString &reason)
{
    return has(reason, "OAUTHBEARER") || has(reason, "invalid_token") ||
           isTokenRequestFailure(reason);
}

bool isKerberos(const QString &reason)
{
    return has(reason, "GSSAPI") || has(reason, "Kerberos") || has(reason, "kinit") ||
           has(reason, "KDC");
}

// Authentication, NotKafka and PlaintextToTls: the broker answered but would not talk to us.
Explanation explainRejection(Kind kind, const QString &broker, const QString &reason)
{
    switch (kind) {
    case Kind::Authentication:
        // The broker's list of mechanisms may name OAUTHBEARER or GSSAPI: told apart first.
        if (has(reason, "mechanism handshake failed") || has(reason, "Unsupported SASL mechanism"))
            return {QCoreApplication::translate(
                        "ConnectionDiagnosis",
                        "%1 does not offer the SASL mechanism this connection uses: %2")
                        .arg(broker, reason),
                    QCoreApplication::translate(
                        "ConnectionDiagnosis",
                        "Choose one of the mechanisms the broker lists, or the listener (port) "
                        "that offers this one.")};
        if (isOAuth(reason))
            return explainLogin(kOAuthCases, broker, reason);
        if (isKerberos(reason))
            return explainLogin(kKerberosCases, broker, reason);
        return {
            QCoreApplication::translate("ConnectionDiagnosis", "Authentication failed at %1: %2")
                .arg(broker, reason),
            QCoreApplication::translate(
                "ConnectionDiagnosis",
                "Check the user name, password and SASL mechanism of this connection.")};
    case Kind::NotKafka:
        return {QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "%1 answered, but not in the Kafka protocol: it looks like another kind of "
                    "service (for example an HTTP server) listens on that port.")
                    .arg(broker),
                QCoreApplication::translate("ConnectionDiagnosis",
                                            "Check the port: Kafka brokers usually listen on 9092 "
                                            "(plaintext) or 9093 (TLS).")};
    default: // Kind::PlaintextToTls
        return {QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "%1 closed the connection at the first Kafka request: the port is probably a "
                    "TLS listener, but this connection uses no TLS.")
                    .arg(broker),
                QCoreApplication::translate("ConnectionDiagnosis",
                                            "Set the security protocol to SSL or SASL_SSL.")};
    }
}

// A TLS failure, told apart by OpenSSL's wording in the reason.
Explanation explainTls(const QString &broker, const QString &reason)
{
    if (has(reason, "certificate verify failed") || has(reason, "unable to get local issuer")) {
        return {QCoreApplication::translate("ConnectionDiagnosis",
                                            "The TLS certificate of %1 is not trusted: %2")
                    .arg(broker, reason),
                QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "Choose the CA certificate that signed the broker's certificate.")};
    }
    if (has(reason, "certificate required") || has(reason, "alert bad certificate") ||
        has(reason, "alert unknown ca")) {
        // The broker's TLS alert about *our* certificate (ssl.client.auth=required): none was
        // presented, or one it does not trust.
        return {QCoreApplication::translate("ConnectionDiagnosis",
                                            "%1 requires a client certificate it trusts, and "
                                            "refused this connection's: %2")
                    .arg(broker, reason),
                QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "Choose a client certificate and key signed by a CA the broker trusts (the "
                    "listener has ssl.client.auth=required).")};
    }
    if (has(reason, "hostname") || has(reason, "Broker certificate")) {
        return {
            QCoreApplication::translate("ConnectionDiagnosis",
                                        "The TLS certificate of %1 does not match its address: %2")
                .arg(broker, reason),
            QCoreApplication::translate("ConnectionDiagnosis",
                                        "Connect by the name in the certificate, or turn off "
                                        "host name verification.")};
    }
    return {QCoreApplication::translate(
                "ConnectionDiagnosis",
                "The TLS handshake with %1 failed: the port probably does not speak TLS (%2).")
                .arg(broker, reason),
            QCoreApplication::translate("ConnectionDiagnosis",
                                        "If this is a plaintext listener, set the security "
                                        "protocol to PLAINTEXT or SASL_PLAINTEXT.")};
}

// Resolve, Refused, Timeout, AllDown and Other: nothing (or nothing telling) answered.
Explanation explainUnreachable(Kind kind, const QString &broker, const QString &reason)
{
    switch (kind) {
    case Kind::Resolve:
        return {QCoreApplication::translate("ConnectionDiagnosis",
                                            "The host name of %1 cannot be resolved.")
                    .arg(broker),
                QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "Check the spelling of the host, or your DNS and /etc/hosts.")};
    case Kind::Refused:
        return {
            QCoreApplication::translate("ConnectionDiagnosis",
                                        "Nothing accepts connections at %1 (connection refused).")
                .arg(broker),
            QCoreApplication::translate("ConnectionDiagnosis",
                                        "Check the port, and that the broker is running.")};
    case Kind::Timeout:
        return {QCoreApplication::translate("ConnectionDiagnosis", "%1 did not answer in time.")
                    .arg(broker),
                QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "Check that the address is reachable from this machine (firewall, VPN).")};
    default: // Kind::AllDown, Kind::Other
        return {QCoreApplication::translate("ConnectionDiagnosis", "Cannot connect to %1: %2")
                    .arg(broker, reason),
                QCoreApplication::translate(
                    "ConnectionDiagnosis",
                    "Check the address, the security protocol and that the broker is running.")};
    }
}

// How telling an event of this kind is for diagnose: the highest rank wins.
int rankOf(Kind kind)
{
    switch (kind) {
    case Kind::Authentication:
    case Kind::NotKafka:
    case Kind::PlaintextToTls:
        return 5;
    case Kind::Tls:
        return 4;
    case Kind::Resolve:
    case Kind::Refused:
        return 3;
    case Kind::Timeout:
        return 2;
    case Kind::Other:
        return 1;
    case Kind::AllDown:
        return 0;
    }
    return 0;
}

// "broker ID at host:port (problem)" for each broker learned from metadata that could not be
// reached; *bootstrapFailed is set when a bootstrap server could not be reached either.
// Brokers learned from metadata are named "host:port/ID", bootstrap ones "host:port/bootstrap".
// Learned brokers failing while the bootstrap server answered is the advertised.listeners trap.
QStringList unreachableLearnedBrokers(const QList<ConnectionDiagnosis::Event> &events,
                                      bool *bootstrapFailed)
{
    static const QRegularExpression learned(QStringLiteral(R"re(^(?:\w+://)?(\S+?)/(\d+): )re"));
    QStringList unreachable;
    for (const ConnectionDiagnosis::Event &event : events) {
        const Kind kind = kindOf(event);
        if (kind != Kind::Resolve && kind != Kind::Refused && kind != Kind::Timeout)
            continue;
        const auto match = learned.match(event.reason);
        if (!match.hasMatch()) {
            *bootstrapFailed =
                *bootstrapFailed || event.reason.contains(QLatin1String("/bootstrap: "));
            continue;
        }
        const QString problem =
            kind == Kind::Resolve
                ? QCoreApplication::translate("ConnectionDiagnosis", "host not found")
            : kind == Kind::Refused
                ? QCoreApplication::translate("ConnectionDiagnosis", "connection refused")
                : QCoreApplication::translate("ConnectionDiagnosis", "no answer");
        const QString item =
            QCoreApplication::translate("ConnectionDiagnosis", "broker %1 at %2 (%3)")
                .arg(match.captured(2), match.captured(1), problem);
        if (!unreachable.contains(item))
            unreachable.append(item);
    }
    return unreachable;
}

} // namespace

void ConnectionDiagnosis::record(int code, const QString &codeName, const QString &reason)
{
    constexpr qsizetype maxEvents = 64;
    if (m_events.size() == maxEvents)
        m_events.removeFirst();
    m_events.append({code, codeName, reason});
}

bool ConnectionDiagnosis::onlySilence() const
{
    return std::all_of(m_events.cbegin(), m_events.cend(), [](const Event &event) {
        const Kind kind = kindOf(event);
        return kind == Kind::Timeout || kind == Kind::AllDown;
    });
}

bool ConnectionDiagnosis::isConclusive() const
{
    bool allDown = false;
    bool specific = false;
    for (const Event &event : m_events) {
        switch (kindOf(event)) {
        case Kind::Authentication:
        case Kind::NotKafka:
        case Kind::PlaintextToTls:
        case Kind::Tls:
            return true;
        case Kind::Resolve:
        case Kind::Refused:
            specific = true;
            break;
        case Kind::AllDown:
            allDown = true;
            break;
        default:
            break;
        }
    }
    return allDown && specific;
}

KafkaError ConnectionDiagnosis::classify(const Event &event, const QString &bootstrap)
{
    // A token that could not be had is no broker's doing: librdkafka names none then.
    const bool tokenFailure = event.reason.startsWith(QLatin1String("Failed to acquire")) ||
                              isTokenRequestFailure(event.reason);
    const QString broker =
        brokerOf(event.reason).isEmpty() || tokenFailure ? bootstrap : brokerOf(event.reason);
    Explanation explanation;
    switch (const Kind kind = kindOf(event)) {
    case Kind::Authentication:
    case Kind::NotKafka:
    case Kind::PlaintextToTls:
        explanation = explainRejection(kind, broker, event.reason);
        break;
    case Kind::Tls:
        explanation = explainTls(broker, event.reason);
        break;
    case Kind::Resolve:
    case Kind::Refused:
    case Kind::Timeout:
    case Kind::AllDown:
    case Kind::Other:
        explanation = explainUnreachable(kind, broker, event.reason);
        break;
    }
    KafkaError error;
    error.code = event.codeName;
    error.message = explanation.message;
    error.hint = explanation.hint;
    return error;
}

KafkaError ConnectionDiagnosis::diagnose(const QString &bootstrap, int waitedMs) const
{
    bool bootstrapFailed = false;
    const QStringList unreachable = unreachableLearnedBrokers(m_events, &bootstrapFailed);
    if (!unreachable.isEmpty() && !bootstrapFailed)
        return ConnectionDiagnosis::advertisedListenerError(bootstrap, unreachable, true);

    // The most telling event wins: a conclusive one over a generic "all brokers down".
    const Event *best = nullptr;
    int bestRank = -1;
    for (const Event &event : m_events) {
        // A token request's log line says more (the endpoint, the HTTP status) than the error
        // event that follows it.
        const int rank = rankOf(kindOf(event)) + (isTokenRequestFailure(event.reason) ? 1 : 0);
        if (rank >= bestRank) {
            best = &event;
            bestRank = rank;
        }
    }
    if (!best) {
        KafkaError error;
        error.code = QStringLiteral("_TIMED_OUT");
        error.message =
            QCoreApplication::translate("ConnectionDiagnosis", "No answer from %1 within %2 s.")
                .arg(bootstrap)
                .arg(waitedMs / 1000.0, 0, 'f', 1);
        error.hint = QCoreApplication::translate(
            "ConnectionDiagnosis",
            "Check that the address is reachable from this machine (firewall, VPN).");
        return error;
    }
    return classify(*best, bootstrap);
}

KafkaError ConnectionDiagnosis::silentListenerError(const QStringList &accepting, int waitedMs)
{
    KafkaError error;
    error.code = QStringLiteral("_TIMED_OUT");
    error.message = QCoreApplication::translate(
                        "ConnectionDiagnosis",
                        "%1 accepted the connection but gave no Kafka answer within %2 s.")
                        .arg(accepting.join(QLatin1String(", ")))
                        .arg(waitedMs / 1000.0, 0, 'f', 1);
    error.hint = QCoreApplication::translate(
        "ConnectionDiagnosis",
        "The port is open, so this is not a firewall: what listens there is probably not a Kafka "
        "listener. Check for a wrong port (an HTTP service, a Schema Registry or a Connect "
        "port), a TLS listener spoken to in plaintext (choose SSL), or a proxy in between.");
    return error;
}

KafkaError ConnectionDiagnosis::tokenPendingError(const QString &tokenEndpoint, int waitedMs)
{
    KafkaError error;
    error.code = QStringLiteral("_TIMED_OUT");
    error.message = QCoreApplication::translate(
                        "ConnectionDiagnosis",
                        "The identity provider's token endpoint %1 gave no token within %2 s, and "
                        "no broker is asked before there is one.")
                        .arg(tokenEndpoint)
                        .arg(waitedMs / 1000.0, 0, 'f', 1);
    error.hint = QCoreApplication::translate(
        "ConnectionDiagnosis",
        "Check that this machine can reach the token endpoint (proxy, VPN, firewall) and that the "
        "identity provider is up.");
    return error;
}

KafkaError ConnectionDiagnosis::advertisedListenerError(const QString &bootstrap,
                                                        const QStringList &unreachable, bool all)
{
    KafkaError error;
    error.code = QStringLiteral("ADVERTISED_LISTENER_UNREACHABLE");
    error.message =
        (all ? QCoreApplication::translate(
                   "ReachabilityProbe",
                   "The bootstrap server %1 answered, but the brokers advertise addresses this "
                   "machine cannot reach: %2.")
             : QCoreApplication::translate(
                   "ReachabilityProbe",
                   "The bootstrap server %1 answered, but some brokers advertise addresses this "
                   "machine cannot reach: %2."))
            .arg(bootstrap, unreachable.join(QLatin1String("; ")));
    error.hint =
        QCoreApplication::translate("ReachabilityProbe",
                                    "Kafka clients talk to the addresses in the brokers' "
                                    "advertised.listeners, not to the bootstrap "
                                    "address. Set advertised.listeners (KAFKA_ADVERTISED_LISTENERS "
                                    "in Docker) to an address this "
                                    "machine can reach, e.g. %1.")
            .arg(bootstrap.section(u',', 0, 0));
    return error;
}

} // namespace Qafka
