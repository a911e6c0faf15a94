#pragma once

#include "types/clustertypes.h"

#include <QCoreApplication>

namespace Qafka {

struct KerberosSettings;

// Why a keytab login failed. librdkafka logs in with a keytab by running kinit, whose words
// ("Password incorrect", "Keytab contains no suitable keys for …") go to the process's stderr, not
// to the application: all it reports is the missing ticket afterwards. This runs the same kinit
// into a throw-away in-memory cache and says what kinit said. Blocking (a few seconds at most);
// worker threads only.
class KeytabCheck
{
    Q_DECLARE_TR_FUNCTIONS(KeytabCheck)

public:
    // The keytab login's failure in words, or a null error when kinit gets a ticket with it.
    static KafkaError check(const KerberosSettings &kerberos, int timeoutMs = 5000);
};

} // namespace Qafka
