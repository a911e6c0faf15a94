#include "schemas/wireformat.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Qafka::WireFormat {

namespace {

// A path longer than this is not a message-index path but noise.
constexpr qint32 maxIndexCount = 100;

} // namespace

std::optional<SchemaFraming> readFraming(QByteArrayView bytes, QString *reason)
{
    const auto fail = [reason](const QString &why) -> std::optional<SchemaFraming> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("WireFormat", "empty: no schema header"));
    const auto magic = static_cast<unsigned char>(bytes[0]);
    SchemaFraming framing;
    if (magic == 0) {
        if (bytes.size() < idHeaderSize)
            return fail(QCoreApplication::translate(
                "WireFormat", "%n byte(s): too short for the 5-byte schema header", nullptr,
                int(bytes.size())));
        framing.schemaId = qFromBigEndian<qint32>(bytes.data() + 1);
        framing.headerSize = idHeaderSize;
        return framing;
    }
    if (magic == 1) {
        if (bytes.size() < guidHeaderSize)
            return fail(QCoreApplication::translate(
                "WireFormat", "%n byte(s): too short for the 17-byte schema GUID header", nullptr,
                int(bytes.size())));
        framing.kind = SchemaFraming::Kind::SchemaGuid;
        framing.schemaGuid = QUuid::fromRfc4122(bytes.sliced(1, 16));
        framing.headerSize = guidHeaderSize;
        return framing;
    }
    return fail(
        QCoreApplication::translate(
            "WireFormat", "first byte is 0x%1, not a schema header's magic byte 0x00 or 0x01")
            .arg(magic, 2, 16, QLatin1Char('0')));
}

QByteArray idHeader(qint32 schemaId)
{
    QByteArray header(idHeaderSize, '\0');
    qToBigEndian<qint32>(schemaId, header.data() + 1);
    return header;
}

bool readZigZagVarint(QByteArrayView bytes, qsizetype *at, qint32 *value)
{
    quint32 raw = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (*at >= bytes.size())
            return false;
        const auto byte = static_cast<unsigned char>(bytes[(*at)++]);
        raw |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = qint32(raw >> 1) ^ -qint32(raw & 1);
            return true;
        }
    }
    return false;
}

void appendZigZagVarint(QByteArray &out, qint32 value)
{
    auto raw = (quint32(value) << 1) ^ quint32(value >> 31);
    while (raw >= 0x80) {
        out += char((raw & 0x7f) | 0x80);
        raw >>= 7;
    }
    out += char(raw);
}

std::optional<QList<int>> readMessageIndexes(QByteArrayView bytes, qsizetype *at)
{
    qint32 count = 0;
    if (!readZigZagVarint(bytes, at, &count) || count < 0 || count > maxIndexCount)
        return std::nullopt;
    if (count == 0)
        return QList<int>{0};
    QList<int> path;
    path.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        qint32 index = 0;
        if (!readZigZagVarint(bytes, at, &index) || index < 0)
            return std::nullopt;
        path.append(index);
    }
    return path;
}

QByteArray messageIndexes(const QList<int> &path)
{
    QByteArray out;
    if (path.isEmpty() || path == QList<int>{0}) {
        out += '\0';
        return out;
    }
    appendZigZagVarint(out, qint32(path.size()));
    for (int index : path)
        appendZigZagVarint(out, index);
    return out;
}

} // namespace Qafka::WireFormat
