#include "rdkafka/keylesspartitions.h"

#include <QRandomGenerator>

namespace Qafka {

void KeylessPartitions::setOnline(const QString &topic, const QList<int> &partitions)
{
    if (partitions.isEmpty()) {
        m_topics.remove(topic);
        return;
    }
    Rotation &rotation = m_topics[topic];
    if (rotation.partitions == partitions)
        return;
    rotation.partitions = partitions;
    // A random start, as librdkafka's first sticky choice is random: two short sends do not
    // both fill partition 0.
    rotation.next = qsizetype(QRandomGenerator::global()->bounded(int(partitions.size())));
}

int KeylessPartitions::next(const QString &topic)
{
    const auto found = m_topics.find(topic);
    if (found == m_topics.end())
        return -1;
    Rotation &rotation = found.value();
    const int partition = rotation.partitions.at(rotation.next);
    rotation.next = (rotation.next + 1) % rotation.partitions.size();
    return partition;
}

void KeylessPartitions::leaveOut(const QString &topic, int partition)
{
    const auto found = m_topics.find(topic);
    if (found == m_topics.end())
        return;
    Rotation &rotation = found.value();
    const qsizetype index = rotation.partitions.indexOf(partition);
    if (index < 0)
        return;
    rotation.partitions.remove(index);
    if (rotation.partitions.isEmpty()) {
        m_topics.erase(found);
        return;
    }
    if (rotation.next > index)
        --rotation.next;
    rotation.next %= rotation.partitions.size();
}

} // namespace Qafka
