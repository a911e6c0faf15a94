#pragma once

#include <QString>
#include <QStringList>

namespace Qafka {

// Kafka's own topic name rules (org.apache.kafka.common.internals.Topic), checked before a request
// is sent so the user sees the reason at once.
class TopicName
{
public:
    static constexpr int maxLength = 249;

    // Empty when the name is legal.
    static QString validate(const QString &name);
    // Empty, or a warning naming the existing topic whose name differs only by '.' versus '_'
    // (Kafka's metric names cannot tell them apart).
    static QString collisionWarning(const QString &name, const QStringList &existing);
};

} // namespace Qafka
