#pragma once

#include "messages/payloaddecoder.h"
#include "messages/storedmessage.h"

#include <QByteArray>
#include <QString>

namespace Qafka {

// Writes browsed messages to files, losslessly. Each function returns one line without its line
// ending: the caller ends JSON lines with "\n" and CSV lines (header included) with "\r\n"
// (RFC 4180).
class MessageExport
{
public:
    // One JSON Lines line in the format MessageFile reads back byte for byte (key, value,
    // headers and partition), with the message's place and time as extra fields that
    // MessageFile ignores:
    //   {"topic":"t","partition":0,"offset":42,"timestamp":1700000000000,
    //    "timestampType":"CreateTime","key":K,"headers":[{"key":"h","value":V}],"value":V}
    // K and V are null, a string (valid UTF-8) or {"base64":"..."}. "headers" is left out when
    // there are none. "timestamp" (epoch milliseconds) is null when unknown (negative), and
    // "timestampType" ("CreateTime" or "LogAppendTime") is null when not available. A header name
    // that is not valid UTF-8 is written with U+FFFD for the bad bytes (MessageFile takes header
    // names as text).
    //
    // With a decoder, a schema-encoded key or value also gets its decoded JSON beside the bytes
    // (which stay, so that importing the file again is lossless): "keyDecoded" and
    // "valueDecoded" with "keySchemaId" / "valueSchemaId" (the registry's id, absent for a
    // local schema file), or "keyDecodeError" / "valueDecodeError" with the reason.
    static QByteArray jsonLine(const QString &topic, const MessageRecord &record,
                               const MessageBytes &bytes, const PayloadDecoder *decoder = nullptr);
    // How long an export waits for a schema the registry has not answered yet.
    static constexpr int schemaWaitMs = 20000;

    // RFC 4180 CSV in UTF-8, fields quoted when they contain a comma, quote, CR or LF:
    //   topic,partition,offset,timestamp,timestamp_type,key_encoding,key,value_encoding,value,
    //   headers
    // timestamp is ISO 8601 UTC with milliseconds (2023-11-14T22:13:20.000Z), empty when
    // unknown; timestamp_type is CreateTime, LogAppendTime or empty. The encodings are "null"
    // (the field is empty), "utf8" (the field is the text) or "base64". headers is the JSON array
    // of the JSON line, empty when there are none.
    static QByteArray csvHeader();
    static QByteArray csvLine(const QString &topic, const MessageRecord &record,
                              const MessageBytes &bytes);
};

} // namespace Qafka
