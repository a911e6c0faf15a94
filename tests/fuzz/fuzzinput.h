#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// The parts of one fuzz input. Parts are separated by a line of four dashes, so a seed is a
// readable file: a schema, "----", a payload.
inline QList<QByteArray> fuzzParts(const uint8_t *data, size_t size, int count)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray separator = QByteArrayLiteral("\n----\n");
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < count - 1) {
        const qsizetype at = all.indexOf(separator, from);
        if (at < 0)
            break;
        parts.append(all.mid(from, at - from));
        from = at + separator.size();
    }
    parts.append(all.mid(from));
    while (parts.size() < count)
        parts.append(QByteArray());
    return parts;
}

// A fuzzed invariant that does not hold: abort, so that libFuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);    \
            abort();                                                                               \
        }                                                                                          \
    } while (false)
