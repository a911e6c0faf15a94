#include "messages/messageexport.h"

#include "messages/jsonwriting.h"

#include <QDateTime>

namespace Qafka {

namespace {

QByteArray timestampTypeName(const MessageRecord &record)
{
    switch (TimestampType(record.timestampType)) {
    case TimestampType::CreateTime:
        return QByteArrayLiteral("CreateTime");
    case TimestampType::LogAppendTime:
        return QByteArrayLiteral("LogAppendTime");
    case TimestampType::NotAvailable:
        break;
    }
    return QByteArray();
}

// The headers as a JSON array, or nothing when there are none.
QByteArray headersJson(QByteArrayView blob)
{
    QByteArray out;
    HeaderBlob::forEach(blob, [&out](const HeaderBlob::Header &header) {
        out += out.isEmpty() ? '[' : ',';
        out += "{\"key\":";
        if (header.name.isValidUtf8())
            JsonWriting::appendString(out, header.name);
        else
            JsonWriting::appendString(out, QString::fromUtf8(header.name).toUtf8());
        out += ",\"value\":";
        JsonWriting::appendBytes(out, header.value);
        out += '}';
    });
    if (!out.isEmpty())
        out += ']';
    return out;
}

// ,"valueDecoded":{...},"valueSchemaId":7 or ,"valueDecodeError":"why" (nothing when plain).
void appendDecoded(QByteArray &out, const char *name, std::optional<QByteArrayView> bytes,
                   bool isKey, QByteArrayView headers, const PayloadDecoder &decoder)
{
    if (!decoder.handles(bytes, isKey, headers))
        return;
    const DecodedField field =
        decoder.decode(bytes, isKey, headers, QDeadlineTimer(MessageExport::schemaWaitMs));
    if (field.state == DecodedField::State::Plain)
        return;
    out += ",\"";
    out += name;
    if (field.state != DecodedField::State::Decoded) {
        out += "DecodeError\":";
        JsonWriting::appendString(out, field.reason.toUtf8());
        return;
    }
    out += "Decoded\":";
    out += field.json;
    if (field.schemaKey.id >= 0) {
        out += ",\"";
        out += name;
        out += "SchemaId\":";
        out += QByteArray::number(field.schemaKey.id);
    }
}

void appendCsvField(QByteArray &out, QByteArrayView field)
{
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvBytes(QByteArray &out, std::optional<QByteArrayView> bytes)
{
    if (!bytes) {
        out += "null,";
    } else if (bytes->isValidUtf8()) {
        out += "utf8,";
        appendCsvField(out, *bytes);
    } else {
        out += "base64,";
        out += QByteArray::fromRawData(bytes->data(), bytes->size()).toBase64();
    }
}

} // namespace

QByteArray MessageExport::jsonLine(const QString &topic, const MessageRecord &record,
                                   const MessageBytes &bytes, const PayloadDecoder *decoder)
{
    QByteArray out;
    out.reserve(160 + topic.size() + (bytes.key ? bytes.key->size() : 0) +
                (bytes.value ? bytes.value->size() : 0) + bytes.headers.size());
    out += "{\"topic\":";
    JsonWriting::appendString(out, topic.toUtf8());
    out += ",\"partition\":";
    out += QByteArray::number(record.partition);
    out += ",\"offset\":";
    out += QByteArray::number(record.offset);
    out += ",\"timestamp\":";
    out += record.timestampMs >= 0 ? QByteArray::number(record.timestampMs) : QByteArray("null");
    out += ",\"timestampType\":";
    const QByteArray type = timestampTypeName(record);
    if (type.isEmpty()) {
        out += "null";
    } else {
        out += '"';
        out += type;
        out += '"';
    }
    out += ",\"key\":";
    JsonWriting::appendBytes(out, bytes.key);
    const QByteArray headers = headersJson(bytes.headers);
    if (!headers.isEmpty()) {
        out += ",\"headers\":";
        out += headers;
    }
    out += ",\"value\":";
    JsonWriting::appendBytes(out, bytes.value);
    if (decoder) {
        appendDecoded(out, "key", bytes.key, true, bytes.headers, *decoder);
        appendDecoded(out, "value", bytes.value, false, bytes.headers, *decoder);
    }
    out += '}';
    return out;
}

QByteArray MessageExport::csvHeader()
{
    return QByteArrayLiteral("topic,partition,offset,timestamp,timestamp_type,key_encoding,key,"
                             "value_encoding,value,headers");
}

QByteArray MessageExport::csvLine(const QString &topic, const MessageRecord &record,
                                  const MessageBytes &bytes)
{
    QByteArray out;
    out.reserve(128 + topic.size() + (bytes.key ? bytes.key->size() : 0) +
                (bytes.value ? bytes.value->size() : 0) + bytes.headers.size());
    appendCsvField(out, topic.toUtf8());
    out += ',';
    out += QByteArray::number(record.partition);
    out += ',';
    out += QByteArray::number(record.offset);
    out += ',';
    if (record.timestampMs >= 0)
        out += QDateTime::fromMSecsSinceEpoch(record.timestampMs, Qt::UTC)
                   .toString(Qt::ISODateWithMs)
                   .toLatin1();
    out += ',';
    out += timestampTypeName(record);
    out += ',';
    appendCsvBytes(out, bytes.key);
    out += ',';
    appendCsvBytes(out, bytes.value);
    out += ',';
    appendCsvField(out, headersJson(bytes.headers));
    return out;
}

} // namespace Qafka
