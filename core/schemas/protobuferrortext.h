#pragma once

#include <QString>

#include <string>

namespace Qafka::ProtobufErrorText {

// Protobuf's message as part of a sentence: "Expected \";\"." becomes "expected \";\"".
QString inWords(const std::string &message);

// What protobuf's JSON parser says (util::Status::message()) as one sentence in words, naming
// the field by its path from the message: "(lines[0].quantity): invalid value \"many\" for type
// TYPE_UINT32" becomes "the value "many" of “lines[0].quantity” is not a valid uint32".
// messageType: the full name of the message the JSON was read as.
QString jsonError(const std::string &message, const QString &messageType);

} // namespace Qafka::ProtobufErrorText
