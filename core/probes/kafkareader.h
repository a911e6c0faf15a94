#pragma once

#include <QByteArray>
#include <QtEndian>

#include <limits>

namespace Qafka {

// Reads the fields of one Kafka protocol response body. Reading past the end, a negative length
// or an over-long varint clears ok and yields zeros and null byte arrays from then on, so a
// parser reads on and checks ok once at the end.
struct KafkaReader
{
    QByteArray data;
    qsizetype pos = 0;
    bool ok = true;

    bool need(qint64 n)
    {
        ok = ok && n >= 0 && data.size() - pos >= n;
        return ok;
    }
    template <typename T> T integer()
    {
        if (!need(qint64(sizeof(T))))
            return T(0);
        const T value = qFromBigEndian<T>(data.constData() + pos);
        pos += qsizetype(sizeof(T));
        return value;
    }
    qint16 int16() { return integer<qint16>(); }
    qint32 int32() { return integer<qint32>(); }
    qint64 int64() { return integer<qint64>(); }
    quint64 uvarint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64 && need(1); shift += 7) {
            const auto byte = quint8(data.at(pos++));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        ok = false;
        return 0;
    }
    void skip(qint64 n)
    {
        if (need(n))
            pos += qsizetype(n);
    }
    // Nullable strings and bytes read as a null QByteArray.
    QByteArray blob(qint64 size)
    {
        if (size < 0 || !need(size))
            return {};
        QByteArray value = data.mid(pos, qsizetype(size));
        pos += qsizetype(size);
        return value;
    }
    // A compact length is stored plus one (zero is null). A varint beyond qint64 is garbage: it
    // clears ok rather than wrap (fuzz_quorumresponses found the signed overflow).
    qint64 compactLength()
    {
        const quint64 stored = uvarint();
        if (stored > quint64(std::numeric_limits<qint64>::max())) {
            ok = false;
            return -1;
        }
        return qint64(stored) - 1;
    }
    QByteArray string(bool compact) { return blob(compact ? compactLength() : int16()); }
    QByteArray bytes(bool compact) { return blob(compact ? compactLength() : int32()); }
    qint64 arrayLength(bool compact)
    {
        const qint64 length = compact ? compactLength() : int32();
        // Every element takes at least one byte; this also rejects absurd counts from garbage.
        return need(length) ? length : 0;
    }
    void skipTaggedFields()
    {
        for (quint64 i = 0, n = uvarint(); ok && i < n; ++i) {
            uvarint(); // tag
            skip(qint64(uvarint()));
        }
    }
};

} // namespace Qafka
