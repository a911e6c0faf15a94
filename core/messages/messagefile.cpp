#include "messages/messagefile.h"

#include "messages/jsonwriting.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <utility>

namespace Qafka {

namespace {

using JsonWriting::appendString;
using JsonWriting::utf8Bom;

void appendBytes(QByteArray &out, const std::optional<QByteArray> &bytes)
{
    JsonWriting::appendBytes(out, bytes ? std::optional<QByteArrayView>(*bytes) : std::nullopt);
}

// False when the value is a {"base64": ...} wrapper with bad base64.
bool decodeBytes(const QJsonValue &value, std::optional<QByteArray> *out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->reset();
        return true;
    case QJsonValue::String:
        *out = value.toString().toUtf8();
        return true;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const QJsonValue base64 = object.value(QLatin1String("base64"));
        if (object.size() == 1 && base64.isString()) {
            auto decoded = QByteArray::fromBase64Encoding(base64.toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return false;
            *out = decoded.decoded;
            return true;
        }
        break;
    }
    default:
        break;
    }
    // Any other JSON value is the message's JSON text; wrapping it in an array lets Qt
    // serialise numbers and booleans too.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    *out = json.mid(1, json.size() - 2);
    return true;
}

// Calls take(line) for each line of device, without its \n (and a \r before it) and, on the first
// line, without a UTF-8 byte order mark; the empty "line" after a final \n is none. Reads a
// megabyte at a time and cuts it at its newlines: QIODevice::readLine() took about 0.5 µs a line,
// half a second for a million lines. False when *cancel turned true before the end.
template <typename Take>
bool forEachLine(QIODevice *device, const std::atomic_bool *cancel, Take take)
{
    constexpr qint64 kChunkBytes = 1 << 20;
    QByteArray partial; // the start of a line that the last chunk ended in
    bool first = true;
    auto finish = [&](QByteArray line, bool ended) {
        if (first && line.startsWith(utf8Bom))
            line.remove(0, utf8Bom.size());
        first = false;
        if (ended && line.endsWith('\r'))
            line.chop(1);
        take(std::move(line));
    };
    for (;;) {
        if (cancel && cancel->load())
            return false;
        const QByteArray chunk = device->read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        qsizetype from = 0;
        for (qsizetype newline = chunk.indexOf('\n'); newline >= 0;
             newline = chunk.indexOf('\n', from)) {
            QByteArray line(chunk.constData() + from, newline - from); // exactly its size
            if (!partial.isEmpty())
                line.prepend(std::exchange(partial, {}));
            finish(std::move(line), true);
            from = newline + 1;
        }
        partial.append(chunk.constData() + from, chunk.size() - from);
    }
    if (!partial.isEmpty())
        finish(std::move(partial), false);
    return true;
}

// About how many lines device holds, judged by its first megabyte; 0 when it cannot tell.
qsizetype estimatedLineCount(QIODevice *device)
{
    if (device->isSequential())
        return 0;
    const QByteArray start = device->peek(1 << 20);
    if (start.isEmpty())
        return 0;
    return qsizetype(double(device->size() - device->pos()) / double(start.size()) *
                     double(start.count('\n') + 1) * 1.05);
}

} // namespace

QByteArray MessageFile::toJsonLine(const OutgoingMessage &message)
{
    QByteArray out;
    out.reserve(32 + message.key.value_or(QByteArray()).size() +
                message.value.value_or(QByteArray()).size());
    out += "{\"key\":";
    appendBytes(out, message.key);
    out += ",\"value\":";
    appendBytes(out, message.value);
    if (!message.headers.isEmpty()) {
        out += ",\"headers\":[";
        for (qsizetype i = 0; i < message.headers.size(); ++i) {
            const MessageHeader &header = message.headers.at(i);
            if (i > 0)
                out += ',';
            out += "{\"key\":";
            appendString(out, header.key.toUtf8());
            out += ",\"value\":";
            appendBytes(out, header.value);
            out += '}';
        }
        out += ']';
    }
    if (message.partition >= 0) {
        out += ",\"partition\":";
        out += QByteArray::number(message.partition);
    }
    out += '}';
    return out;
}

std::optional<OutgoingMessage> MessageFile::fromJsonLine(const QByteArray &line, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<OutgoingMessage> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("MessageFile", "not valid JSON (%1 at column %2)")
                        .arg(parseError.errorString(), QString::number(parseError.offset + 1)));
    if (!document.isObject())
        return fail(QCoreApplication::translate("MessageFile", "not a JSON object"));
    const QJsonObject object = document.object();

    OutgoingMessage message;
    if (!decodeBytes(object.value(QLatin1String("key")), &message.key))
        return fail(QCoreApplication::translate("MessageFile", "the key is not valid base64"));
    if (!decodeBytes(object.value(QLatin1String("value")), &message.value))
        return fail(QCoreApplication::translate("MessageFile", "the value is not valid base64"));

    const QJsonValue headers = object.value(QLatin1String("headers"));
    if (!headers.isNull() && !headers.isUndefined()) {
        if (!headers.isArray())
            return fail(QCoreApplication::translate("MessageFile", "“headers” is not an array"));
        const QJsonArray array = headers.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString number = QString::number(i + 1);
            if (!array.at(i).isObject())
                return fail(QCoreApplication::translate("MessageFile", "header %1 is not an object")
                                .arg(number));
            const QJsonObject headerObject = array.at(i).toObject();
            const QJsonValue key = headerObject.value(QLatin1String("key"));
            if (!key.isString())
                return fail(
                    QCoreApplication::translate("MessageFile", "header %1 has no “key” string")
                        .arg(number));
            MessageHeader header;
            header.key = key.toString();
            if (!decodeBytes(headerObject.value(QLatin1String("value")), &header.value))
                return fail(QCoreApplication::translate(
                                "MessageFile", "the value of header %1 is not valid base64")
                                .arg(number));
            message.headers.append(header);
        }
    }

    const QJsonValue partition = object.value(QLatin1String("partition"));
    if (!partition.isNull() && !partition.isUndefined()) {
        const double number = partition.toDouble(-2);
        // -1 is the in-memory "by key" and is taken as such.
        if (!partition.isDouble() || number != std::floor(number) || number < -1 ||
            number > std::numeric_limits<int>::max())
            return fail(QCoreApplication::translate("MessageFile",
                                                    "“partition” is not a partition number"));
        message.partition = int(number);
    }
    return message;
}

bool MessageFile::readJsonLines(QIODevice *device, QList<OutgoingMessage> *messages,
                                QStringList *errors, const std::atomic_bool *cancel)
{
    // A plain text file opened as JSON would otherwise give one error per line.
    constexpr int maxReportedErrors = 100;
    int failed = 0;
    qint64 lineNumber = 0;
    const bool whole = forEachLine(device, cancel, [&](const QByteArray &line) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            return;
        QString error;
        if (auto message = fromJsonLine(line, &error)) {
            messages->append(std::move(*message));
            return;
        }
        ++failed;
        if (errors && failed <= maxReportedErrors)
            errors->append(QCoreApplication::translate("MessageFile", "line %1: %2")
                               .arg(QString::number(lineNumber), error));
    });
    if (errors && failed > maxReportedErrors)
        errors->append(QCoreApplication::translate("MessageFile", "%n more line(s) failed", nullptr,
                                                   failed - maxReportedErrors));
    return whole && failed == 0;
}

QList<OutgoingMessage> MessageFile::readPlainText(QIODevice *device, const std::atomic_bool *cancel)
{
    QList<OutgoingMessage> messages;
    messages.reserve(estimatedLineCount(device));
    const bool whole = forEachLine(device, cancel, [&](QByteArray line) {
        OutgoingMessage message;
        message.value = std::move(line);
        messages.append(std::move(message));
    });
    return whole ? messages : QList<OutgoingMessage>();
}

} // namespace Qafka
