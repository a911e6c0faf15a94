// A batch send through the producer pane's path (ClusterConnection::produce → ProduceJob →
// idempotent acks=all producer) while one of three brokers dies: every message ends either
// acknowledged or reported failed with the broker's error, none silently dropped, and kcat finds
// exactly the acknowledged ones, once each.

#include "connectionwaiter.h"
#include "session/clusterconnection.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

class TestProduceFailover : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_triple{QStringLiteral("triple")};

private slots:
    void brokerKilledMidBatch()
    {
        QVERIFY2(m_triple.isAvailable(), "three-node fixture missing");
        ClusterConnection connection(plaintextProfile(m_triple.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        const QString topic =
            createTopicAndWait(connection, QStringLiteral("qafka-produce-failover"), 3, 3);
        QVERIFY(!topic.isEmpty());

        constexpr qint64 count = 3000;
        ProduceRequest request;
        request.topic = topic;
        request.count = count;
        request.intervalMs = 2; // about 6 s of sending, so the kill lands mid-batch
        request.generator = [](qint64 sequence) {
            OutgoingMessage message;
            message.key = QByteArray::number(sequence);
            message.value = QByteArray("failover-") + QByteArray::number(sequence);
            return message;
        };
        QSignalSpy progress(&connection, &ClusterConnection::produceProgress);
        QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
        connection.produce(request);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
                                     progress.last().at(1).value<ProduceProgress>().delivered > 300,
                                 20000);
        m_triple.script(QStringLiteral("kill-node"), {QStringLiteral("2")});
        const auto restart = qScopeGuard([this] {
            m_triple.script(QStringLiteral("start-node"), {QStringLiteral("2")}, 120000);
        });

        QVERIFY(finished.wait(90000));
        const auto result = finished.first().at(1).value<ProduceProgress>();
        qInfo() << "delivered" << result.delivered << "failed" << result.failed;
        QCOMPARE(result.delivered + result.failed, count); // every message accounted for
        QVERIFY(result.delivered > 300);
        // Every failure carries the broker's or the client's error name.
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const auto reports = signal.at(2).value<QList<DeliveryReport>>();
            for (const DeliveryReport &report : reports)
                if (!report.succeeded())
                    QVERIFY(!report.errorCode.isEmpty() && !report.errorMessage.isEmpty());
        }

        // kcat finds the acknowledged messages, each once.
        const QString out = KafkaTestCluster::run(
            QStringLiteral("kcat"),
            {QStringLiteral("-C"), QStringLiteral("-b"), m_triple.bootstrap(), QStringLiteral("-t"),
             topic, QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-e"),
             QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("%s\\n")},
            60000);
        const QStringList values = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(qint64(values.size()), result.delivered);
        QCOMPARE(qint64(QSet<QString>(values.begin(), values.end()).size()), result.delivered);
    }
};

QTEST_MAIN(TestProduceFailover)
#include "tst_produce_failover.moc"
