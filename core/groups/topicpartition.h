#pragma once

#include <QHashFunctions>
#include <QString>

namespace Qafka {

struct TopicPartition
{
    QString topic;
    int partition = 0;

    bool operator==(const TopicPartition &) const = default;
    bool operator<(const TopicPartition &other) const
    {
        return topic != other.topic ? topic < other.topic : partition < other.partition;
    }
};

inline size_t qHash(const TopicPartition &key, size_t seed = 0)
{
    return qHashMulti(seed, key.topic, key.partition);
}

} // namespace Qafka
