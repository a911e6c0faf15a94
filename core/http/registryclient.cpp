#include "http/registryclient.h"

#include "http/registryerrors.h"

namespace Qafka {

namespace {

RestDialect registryDialect()
{
    RestDialect dialect;
    dialect.accept = "application/vnd.schemaregistry.v1+json, application/json";
    dialect.contentType = "application/vnd.schemaregistry.v1+json";
    dialect.timeoutMs = registryTimeoutMs;
    dialect.missingUrlError =
        RegistryClient::tr("No Schema Registry URL is set for this connection.");
    dialect.describe = &RegistryErrors::describe;
    return dialect;
}

} // namespace

RegistryClient::RegistryClient(const RegistrySettings &settings, const ProfileSecrets &secrets,
                               QObject *parent)
    : RestClient(settings, secrets.registrySecrets(), registryDialect(), parent)
{}

} // namespace Qafka
