#include "http/connectclient.h"

#include "http/connecterrors.h"

namespace Qafka {

namespace {

RestDialect connectDialect()
{
    RestDialect dialect;
    dialect.accept = "application/json";
    dialect.contentType = "application/json";
    dialect.timeoutMs = connectTimeoutMs;
    dialect.missingUrlError = ConnectClient::tr("No REST URL is set for this Connect cluster.");
    dialect.describe = &ConnectErrors::describe;
    return dialect;
}

} // namespace

ConnectClient::ConnectClient(const ConnectClusterSettings &settings,
                             const RestEndpointSecrets &secrets, QObject *parent)
    : RestClient(settings.endpoint, secrets, connectDialect(), parent)
{}

} // namespace Qafka
