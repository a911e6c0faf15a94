#pragma once

#include "types/clustertypes.h"
#include "types/scramtypes.h"

#include <QCoreApplication>

namespace Qafka {

class AdminClient;

// SCRAM users through librdkafka's admin API (DescribeUserScramCredentials and
// AlterUserScramCredentials, KIP-554: brokers of Kafka 2.7 and later), on the AdminClient's
// handle. Blocking, bounded by timeoutMs; cluster worker thread only. Failures are said in words,
// an older broker included.
class ScramAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ScramAdmin)

public:
    explicit ScramAdmin(AdminClient *client);

    // Every user with a SCRAM credential, sorted by name.
    bool describe(int timeoutMs, QList<ScramUser> *users, KafkaError *error);
    // Creates or changes (upsert; librdkafka salts the password) or deletes one credential.
    bool alter(const ScramCredentialWrite &write, int timeoutMs, KafkaError *error);

private:
    bool mayAsk(int timeoutMs, KafkaError *error);

    AdminClient *m_client;
};

} // namespace Qafka
