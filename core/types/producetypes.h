#pragma once

// What a batch send asks for and how far it got; crosses from the GUI thread to the cluster
// worker's thread and back.

#include "types/messagetypes.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace Qafka {

// Makes the message with this sequence number; runs on the worker thread (templates expand there,
// so a million-message batch never touches the GUI thread).
using MessageGenerator = std::function<OutgoingMessage(qint64 sequence)>;

// A generated message and the sequence its delivery report will carry.
struct SequencedMessage
{
    qint64 sequence = -1;
    OutgoingMessage message;
};

struct ProduceRequest
{
    QString topic;
    qint64 count = 1;
    int intervalMs = 0; // 0: as fast as the broker takes them
    QString compression = QStringLiteral("none");
    MessageGenerator generator;
};

struct ProduceProgress
{
    qint64 total = 0;
    qint64 produced = 0;  // handed to librdkafka
    qint64 delivered = 0; // acknowledged by the broker
    qint64 failed = 0;
    qint64 elapsedMs = 0;
    bool finished = false;
    bool cancelled = false;
    double ratePerSecond() const
    {
        return elapsedMs > 0 ? double(delivered) * 1000.0 / double(elapsedMs) : 0;
    }
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::ProduceProgress)
