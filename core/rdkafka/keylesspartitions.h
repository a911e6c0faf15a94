#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Qafka {

// Where the producer's messages without a key (and without a chosen partition) go: each run of
// them to one partition that had a leader when the cluster's metadata was last read, the next
// run to the next such partition. librdkafka's own choice for such messages is "sticky" too (one
// partition for 10 ms), but it takes several locks and clock reads per message; handing a run to
// one partition takes them once per run (bench/run produce).
class KeylessPartitions
{
public:
    // The partitions of topic that have a leader; an empty list leaves the choice to librdkafka.
    void setOnline(const QString &topic, const QList<int> &partitions);
    // The partition for the next run of keyless messages to topic, or -1: librdkafka's choice.
    int next(const QString &topic);
    // Takes partition out of the turns until the next setOnline() (the producer did not know it).
    void leaveOut(const QString &topic, int partition);

private:
    struct Rotation
    {
        QList<int> partitions;
        qsizetype next = 0;
    };
    QHash<QString, Rotation> m_topics;
};

} // namespace Qafka
