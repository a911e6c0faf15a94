#pragma once

// Value types for messages sent by the producer pane (and, later, read by the message browser).

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Qafka {

struct MessageHeader
{
    QString key;
    std::optional<QByteArray> value; // Kafka header values may be null
    bool operator==(const MessageHeader &) const = default;
};

// One message to produce. Null and empty are different things in Kafka: a null key means "no
// key" (round-robin/sticky partitioning), a null value is a tombstone.
struct OutgoingMessage
{
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    QList<MessageHeader> headers;
    int partition = -1; // -1: chosen by the partitioner (by key)
    // Set when the message could not be made (a schema rejected what a template expanded to):
    // it is reported as failed with this reason instead of being sent.
    QString problem;
    bool operator==(const OutgoingMessage &) const = default;
};

// Where a message landed, or why it did not. sequence is its index in the batch that sent it.
struct DeliveryReport
{
    qint64 sequence = -1;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1;
    QString errorCode; // empty on success
    QString errorMessage;
    // A failure after the message left this machine (the broker never answered in time): it may
    // be in the topic anyway, so "failed" must not be read as "not written".
    bool possiblyWritten = false;
    bool succeeded() const { return errorCode.isEmpty(); }
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::OutgoingMessage)
Q_DECLARE_METATYPE(Qafka::DeliveryReport)
