#include "types/scramtypes.h"

namespace Qafka {

QStringList scramMechanisms()
{
    return {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512")};
}

} // namespace Qafka
