// The time to catch up, checked against what really happens on a real broker: a producer and a
// consumer group whose rates the test sets (the group commits its offsets at a chosen pace, as a
// consumer that processes that many messages a second would). The estimate must be within 20% of
// the time the lag really takes to reach 0, and "falling behind" once the consumer is slower than
// the producer.

#include "groups/catchupestimate.h"
#include "kafkatestcluster.h"
#include "profiles/connectionprofile.h"
#include "session/groupmonitor.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <librdkafka/rdkafka.h>

#include <memory>

using namespace Qafka;

namespace {

using Handle = std::unique_ptr<rd_kafka_t, decltype(&rd_kafka_destroy)>;

Handle makeClient(rd_kafka_type_t type, const QString &bootstrap, const QString &group = {})
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char error[512];
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), error,
                      sizeof error);
    if (!group.isEmpty()) {
        rd_kafka_conf_set(conf, "group.id", group.toUtf8().constData(), error, sizeof error);
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", error, sizeof error);
    }
    return {rd_kafka_new(type, conf, error, sizeof error), &rd_kafka_destroy};
}

} // namespace

class TestCatchUp : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QString m_topic;
    QString m_group;
    Handle m_producer{nullptr, &rd_kafka_destroy};
    Handle m_consumer{nullptr, &rd_kafka_destroy};
    qint64 m_produced = 0;
    qint64 m_committed = 0;

    void produce(int count)
    {
        const QByteArray topic = m_topic.toUtf8();
        for (int i = 0; i < count; ++i) {
            const QByteArray value = "order-" + QByteArray::number(m_produced + i);
            QCOMPARE(rd_kafka_producev(m_producer.get(), RD_KAFKA_V_TOPIC(topic.constData()),
                                       RD_KAFKA_V_PARTITION(0),
                                       RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                       RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()),
                                                        size_t(value.size())),
                                       RD_KAFKA_V_END),
                     RD_KAFKA_RESP_ERR_NO_ERROR);
        }
        m_produced += count;
        rd_kafka_poll(m_producer.get(), 0);
    }

    // As a consumer that has processed everything before `offset` would.
    void commit(qint64 offset)
    {
        m_committed = offset;
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(list, m_topic.toUtf8().constData(), 0)->offset = offset;
        const rd_kafka_resp_err_t error = rd_kafka_commit(m_consumer.get(), list, 0);
        rd_kafka_topic_partition_list_destroy(list);
        QCOMPARE(error, RD_KAFKA_RESP_ERR_NO_ERROR);
    }

    // Every 250 ms: bring what was produced and committed up to the given rates since the drive
    // began. Rates follow the clock, not the ticks: a tick that comes late (a loaded machine, a
    // sanitizer build) is made up by the next one, so the true rates stay what the test says.
    std::unique_ptr<QTimer> drive(int producePerSecond, int consumePerSecond)
    {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(250);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        const qint64 producedAtStart = m_produced;
        const qint64 committedAtStart = m_committed;
        connect(timer.get(), &QTimer::timeout, this, [=, this] {
            const qint64 elapsedMs = clock->elapsed();
            produce(int(producedAtStart + producePerSecond * elapsedMs / 1000 - m_produced));
            rd_kafka_flush(m_producer.get(), 2000);
            commit(std::min(m_produced, committedAtStart + consumePerSecond * elapsedMs / 1000));
        });
        timer->start();
        return timer;
    }

    std::unique_ptr<GroupMonitor> monitor() const
    {
        GroupRoundSettings settings;
        settings.catchUpSpanMs = 20000;
        settings.catchUpMinimumMs = 10000;
        auto result =
            std::make_unique<GroupMonitor>(ConnectionProfile::forBootstrap(m_cluster.bootstrap()),
                                           ProfileSecrets{}, nullptr, settings);
        result->setRefreshInterval(500);
        result->trackDetails(m_group);
        result->setViewing(true);
        return result;
    }

private slots:
    void initTestCase()
    {
        registerGroupTypes();
        QVERIFY(m_cluster.isAvailable());
        m_topic = KafkaTestCluster::uniqueName(QStringLiteral("catch-up-"));
        m_group = KafkaTestCluster::uniqueName(QStringLiteral("catch-up-group-"));
        m_cluster.createTopic(m_topic, 1);
        m_producer = makeClient(RD_KAFKA_PRODUCER, m_cluster.bootstrap());
        m_consumer = makeClient(RD_KAFKA_CONSUMER, m_cluster.bootstrap(), m_group);
        QVERIFY(m_producer && m_consumer);
        produce(3000);
        QCOMPARE(rd_kafka_flush(m_producer.get(), 10000), RD_KAFKA_RESP_ERR_NO_ERROR);
        commit(0);
    }

    void estimateMatchesTheTimeItTakes()
    {
        // 20 produced and 120 consumed a second: 100 a second net, 3,000 behind at the start.
        const std::unique_ptr<GroupMonitor> groups = monitor();
        const std::unique_ptr<QTimer> driver = drive(20, 120);
        const auto estimate = [&] {
            const ConsumerGroupLag *group = groups->group(m_group);
            return group ? group->catchUp : CatchUpEstimate{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(estimate().kind == CatchUpEstimate::Kind::CatchingUp, 25000);
        const CatchUpEstimate first = estimate();
        QElapsedTimer sinceEstimate;
        sinceEstimate.start();
        qInfo("estimate: %s", qPrintable(catchUpDescription(first)));
        QVERIFY2(std::abs(first.netRate() - 100.0) < 15.0, qPrintable(catchUpDescription(first)));
        // The lag really reaches 0 when the group's commit reaches the topic's end; the monitor
        // sees it at its next round that answers. The estimate is checked against the former,
        // and the monitor must see it within 15 s. (The sanitizer suite once measured 27 s for
        // an estimate of 20 s, twice in all, without saying which of the two was late; the log
        // now says both.)
        qint64 caughtUpMs = -1;
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            if (caughtUpMs < 0 && m_committed >= m_produced)
                caughtUpMs = sinceEstimate.elapsed();
        });
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUpMs >= 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(groups->group(m_group)->totalLag == 0, 15000);
        const double actual = double(caughtUpMs) / 1000.0;
        qInfo("caught up after %.1f s (the monitor saw it after %.1f s); estimated %.1f s", actual,
              double(sinceEstimate.elapsed()) / 1000.0, first.seconds);
        QVERIFY2(
            std::abs(first.seconds - actual) <= 0.2 * actual,
            qPrintable(QStringLiteral("estimated %1 s, took %2 s").arg(first.seconds).arg(actual)));
        QTRY_COMPARE_WITH_TIMEOUT(estimate().kind, CatchUpEstimate::Kind::CaughtUp, 5000);
    }

    void slowerThanTheProducerIsFallingBehind()
    {
        // 20 produced, 8 consumed a second: 12 a second further behind.
        const std::unique_ptr<GroupMonitor> groups = monitor();
        const std::unique_ptr<QTimer> driver = drive(20, 8);
        const auto estimate = [&] {
            const ConsumerGroupLag *group = groups->group(m_group);
            return group ? group->catchUp : CatchUpEstimate{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(estimate().kind == CatchUpEstimate::Kind::FallingBehind, 25000);
        const CatchUpEstimate behind = estimate();
        qInfo("estimate: %s", qPrintable(catchUpDescription(behind)));
        QVERIFY2(std::abs(behind.netRate() + 12.0) < 3.0, qPrintable(catchUpDescription(behind)));
        QVERIFY(std::isnan(behind.seconds));
        QVERIFY(catchUpDescription(behind).startsWith(QStringLiteral("falling further behind")));
    }
};

QTEST_GUILESS_MAIN(TestCatchUp)
#include "tst_catchup.moc"
