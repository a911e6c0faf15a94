#pragma once

#include "http/restresponse.h"

namespace Qafka {

// How long a registry request may take before it counts as unanswered.
inline constexpr int registryTimeoutMs = 15000;

using RegistryResponse = RestResponse;

} // namespace Qafka
