#pragma once

#include "messages/payloaddecoder.h"

#include <QList>
#include <QMetaType>

namespace Qafka {

// One message's key and value as a PayloadDecoder made them, for the table (JSON cut to what a
// cell shows) or the detail view (whole JSON and the registry's schemas).
struct DecodedMessage
{
    qint64 index = -1; // absolute index in the store
    DecodedField key;
    DecodedField value;
    RegistrySchema keySchema; // detail only
    RegistrySchema valueSchema;
};
using DecodedMessages = QList<DecodedMessage>;

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::DecodedMessages)
