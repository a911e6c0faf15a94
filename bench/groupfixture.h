#pragma once

// The consumer groups the lag benchmarks read (bench/run lag, groups10k, soak): topics, messages
// spread over them by kcat, and groups with committed offsets, made on a broker once and reused.

#include "rdkafka/adminclient.h"
#include "rdkafka/groupadmin.h"
#include "types/connectiondiagnosis.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <memory>

namespace GroupFixture {

using namespace Qafka;

// What the broker holds: `lag` is few groups on many partitions, `groups10k` many mostly idle
// groups (committed offsets, no members) on few partitions each.
struct Shape
{
    int topics;
    int partitions; // per topic; group i commits on every partition of topic i % topics
    int groups;
    int messages; // keyed, so kcat's partitioner spreads them over all partitions
    int cliRuns;
    QString prefix;
};
const Shape kLagShape{5, 100, 500, 10000, 3, QStringLiteral("bench-lag")};
const Shape kTenThousandGroups{20, 5, 10000, 20000, 1, QStringLiteral("bench-g10k")};

// The shape in use (kLagShape unless the bench chose another) and the benchmark's output.
extern Shape shape;
extern QTextStream out;
constexpr int kTimeoutMs = 30000;

// An admin connection of the bench's own, as the group worker holds one.
struct Admin
{
    ConnectionDiagnosis diagnosis;
    std::atomic_bool stop = false;
    std::unique_ptr<AdminClient> client;
    std::unique_ptr<GroupAdmin> groups;
};

QString topicName(int i);
QString groupName(int i);
[[noreturn]] void die(const QString &message);
std::unique_ptr<Admin> connectTo(const QString &bootstrap);
QList<TopicPartition> allPartitions();
QStringList benchGroups(const QList<GroupListing> &listings);
bool produceWithKcat(const QString &bootstrap, const QString &topic, int count);
// Creates the topics, messages and committed offsets unless the broker already has them.
void setUp(const QString &bootstrap, Admin &admin);

} // namespace GroupFixture
