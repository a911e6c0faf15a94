#include "groupfixture.h"

#include "benchsupport.h"
#include "types/kafkaconfig.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QThread>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdlib>

namespace GroupFixture {

Shape shape = kLagShape;
QTextStream out(stdout);

QString topicName(int i)
{
    return shape.prefix + QStringLiteral("-t%1").arg(i);
}

QString groupName(int i)
{
    const int digits = int(QString::number(shape.groups - 1).size());
    return shape.prefix + QStringLiteral("-g%1").arg(i, digits, 10, QLatin1Char('0'));
}

[[noreturn]] void die(const QString &message)
{
    out << "error: " << message << '\n';
    out.flush();
    std::_Exit(1);
}

std::unique_ptr<Admin> connectTo(const QString &bootstrap)
{
    auto admin = std::make_unique<Admin>();
    KafkaError error;
    admin->client =
        AdminClient::create(KafkaConfig::forProfile(ConnectionProfile::forBootstrap(bootstrap), {}),
                            &admin->diagnosis, &admin->stop, &error);
    if (!admin->client)
        die(QStringLiteral("AdminClient::create: ") + error.message);
    admin->groups = std::make_unique<GroupAdmin>(admin->client.get());
    return admin;
}

QList<TopicPartition> allPartitions()
{
    QList<TopicPartition> partitions;
    for (int t = 0; t < shape.topics; ++t)
        for (int p = 0; p < shape.partitions; ++p)
            partitions.append({topicName(t), p});
    return partitions;
}

QStringList benchGroups(const QList<GroupListing> &listings)
{
    QStringList ids;
    for (const GroupListing &listing : listings)
        if (listing.groupId.startsWith(shape.prefix + QStringLiteral("-g")))
            ids.append(listing.groupId);
    return ids;
}

bool produceWithKcat(const QString &bootstrap, const QString &topic, int count)
{
    QTemporaryFile file;
    if (!file.open())
        return false;
    // Keyed: messages without a key would go where librdkafka's sticky partitioner puts whole
    // batches, a handful of partitions.
    for (int i = 0; i < count; ++i)
        file.write("key-" + QByteArray::number(i) + ":lag-bench-message-" + QByteArray::number(i) +
                   '\n');
    file.flush();
    QProcess kcat;
    kcat.start(QStringLiteral("kcat"),
               {QStringLiteral("-P"), QStringLiteral("-b"), bootstrap, QStringLiteral("-t"), topic,
                QStringLiteral("-K"), QStringLiteral(":"), QStringLiteral("-l"), file.fileName()});
    return kcat.waitForFinished(120000) && kcat.exitStatus() == QProcess::NormalExit &&
           kcat.exitCode() == 0;
}

static void commitFor(Admin &admin, int g, const QHash<TopicPartition, qint64> &ends)
{
    QList<QPair<TopicPartition, qint64>> offsets;
    const QString topic = topicName(g % shape.topics);
    for (int p = 0; p < shape.partitions; ++p) {
        const qint64 end = ends.value({topic, p});
        const int percent = ((g * 37 + p * 11) % 21) * 5; // 0, 5, ..., 100
        offsets.append({{topic, p}, end * percent / 100});
    }
    // On a fresh broker the first commit creates __consumer_offsets, whose coordinators then
    // load for a moment (COORDINATOR_LOAD_IN_PROGRESS, NOT_COORDINATOR): retry a while.
    QElapsedTimer retry;
    retry.start();
    KafkaError error;
    while (!admin.groups->alterCommittedOffsets(groupName(g), offsets, kTimeoutMs, &error)) {
        if (retry.elapsed() > 60000)
            die(QStringLiteral("committing for %1: %2").arg(groupName(g), error.message));
        QThread::msleep(250);
    }
}

void setUp(const QString &bootstrap, Admin &admin)
{
    QElapsedTimer clock;
    clock.start();
    QList<GroupListing> listings;
    QString warning;
    KafkaError error;
    if (!admin.groups->listGroups(kTimeoutMs, &listings, &warning, &error))
        die(QStringLiteral("listing groups: ") + error.message);
    const int existing = int(benchGroups(listings).size());
    if (existing == shape.groups) {
        out << "setup: reused (" << shape.groups << " groups already committed)\n";
        return;
    }
    if (existing != 0)
        die(QStringLiteral("the broker holds %1 of the bench's %2 groups; use a fresh cluster")
                .arg(existing)
                .arg(shape.groups));

    rd_kafka_t *producer = Bench::newProducer(bootstrap);
    for (int t = 0; t < shape.topics; ++t)
        if (!Bench::createTopic(producer, topicName(t), shape.partitions))
            die(QStringLiteral("could not create ") + topicName(t));
    rd_kafka_destroy(producer);

    // A topic created a moment ago may not have leaders everywhere yet, and on a busy 2-core
    // machine many new partitions can take minutes: ask until all answer (10 minutes at most).
    // Each attempt on a client of its own: librdkafka keeps a topic it was told is unknown as
    // unknown in its metadata cache, and the run once failed after 10 minutes that way.
    const QList<TopicPartition> partitions = allPartitions();
    QHash<TopicPartition, qint64> ends;
    QElapsedTimer leaders;
    leaders.start();
    for (;;) {
        ends.clear();
        const auto fresh = connectTo(bootstrap);
        if (fresh->groups->listOffsets(partitions, GroupAdmin::kLatest, false, kTimeoutMs, &ends,
                                       &error) &&
            ends.size() == partitions.size())
            break;
        if (leaders.elapsed() > 600000)
            die(QStringLiteral("the new partitions had no leader after 10 minutes: ") +
                error.message);
        QThread::msleep(500);
    }
    out << "setup_leaders_ms: " << leaders.elapsed() << '\n';
    const qint64 createdMs = clock.elapsed();

    for (int t = 0; t < shape.topics; ++t)
        if (!produceWithKcat(bootstrap, topicName(t), shape.messages / shape.topics))
            die(QStringLiteral("kcat -P failed for ") + topicName(t));
    const qint64 producedMs = clock.elapsed();
    ends.clear();
    if (!connectTo(bootstrap)->groups->listOffsets(partitions, GroupAdmin::kLatest, false,
                                                   kTimeoutMs, &ends, &error))
        die(QStringLiteral("reading end offsets: ") + error.message);

    const qsizetype empty =
        std::count_if(ends.cbegin(), ends.cend(), [](qint64 end) { return end <= 0; });
    if (empty > 0)
        out << "setup_warning: " << empty << " partitions got no message\n";

    // Group i on topic i % topics: committed = a different fraction of the end offset per group
    // and partition, some at the end (lag 0), some at 0. Commits are one round trip each, so
    // eight clients commit side by side (10,000 groups would take minutes one after another).
    constexpr int kCommitters = 8;
    QList<QThread *> committers;
    for (int c = 0; c < kCommitters; ++c) {
        committers.append(QThread::create([&bootstrap, &ends, c] {
            auto own = connectTo(bootstrap);
            for (int g = c; g < shape.groups; g += kCommitters)
                commitFor(*own, g, ends);
        }));
        committers.last()->start();
    }
    for (QThread *committer : std::as_const(committers)) {
        committer->wait();
        delete committer;
    }
    out << "setup_topics_ms: " << createdMs << '\n';
    out << "setup_produce_ms: " << producedMs - createdMs << '\n';
    out << "setup_commit_ms: " << clock.elapsed() - producedMs << '\n';
    out.flush();
}

} // namespace GroupFixture
