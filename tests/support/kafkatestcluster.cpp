#include "kafkatestcluster.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>

KafkaTestCluster::KafkaTestCluster(const QString &name)
    : m_name(qEnvironmentVariable("QAFKA_MATRIX_CLUSTER", name))
    , m_dir(qEnvironmentVariable("QAFKA_CLUSTER_ROOT") + u'/' + m_name)
{}

QString KafkaTestCluster::version() const
{
    QString written = file(QStringLiteral("version"));
    if (!written.isEmpty())
        return written;
    // Started without --version: the jars folder is named after the pinned version.
    static const QRegularExpression pinned(QStringLiteral("kafka-([0-9][^/]*)/libs"));
    return pinned.match(file(QStringLiteral("libs"))).captured(1);
}

QString KafkaTestCluster::clusterId() const
{
    static const QRegularExpression line(QStringLiteral("^cluster\\.id=(.+)$"),
                                         QRegularExpression::MultilineOption);
    return line.match(file(QStringLiteral("node-1/data/meta.properties"))).captured(1).trimmed();
}

int KafkaTestCluster::controllerId() const
{
    if (usesZooKeeper()) {
        const QString znode =
            script(QStringLiteral("tool"),
                   {QStringLiteral("org.apache.zookeeper.ZooKeeperMainWithTlsSupportForKafka"),
                    QStringLiteral("-server"), file(QStringLiteral("zookeeper-connect")),
                    QStringLiteral("get"), QStringLiteral("/controller")});
        static const QRegularExpression broker(QStringLiteral("\"brokerid\":(\\d+)"));
        const QRegularExpressionMatch match = broker.match(znode);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    const QString status = script(QStringLiteral("metadata-quorum"),
                                  {QStringLiteral("--bootstrap-server"), bootstrap(),
                                   QStringLiteral("describe"), QStringLiteral("--status")});
    static const QRegularExpression leader(QStringLiteral("LeaderId:\\s+(\\d+)"));
    const QRegularExpressionMatch match = leader.match(status);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool KafkaTestCluster::isAtLeast(int major, int minor) const
{
    const QStringList parts = version().split(u'.');
    const int actualMajor = parts.value(0).toInt();
    const int actualMinor = parts.value(1).toInt();
    return actualMajor > major || (actualMajor == major && actualMinor >= minor);
}

bool KafkaTestCluster::hasConsumerProtocolGroups() const
{
    return isAtLeast(4, 0) ||
           file(QStringLiteral("node-1/server.properties"))
               .contains(QStringLiteral("group.coordinator.rebalance.protocols=classic,consumer"));
}

int KafkaTestCluster::nodeCount() const
{
    return int(file(QStringLiteral("nodes")).split(u'\n', Qt::SkipEmptyParts).size());
}

bool KafkaTestCluster::isAvailable() const
{
    return QFile::exists(path(QStringLiteral("bootstrap")));
}

QString KafkaTestCluster::file(const QString &name) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString KafkaTestCluster::run(const QString &program, const QStringList &args, int timeoutMs,
                              int *exitCode, QString *stdErr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        if (stdErr)
            *stdErr = QStringLiteral("timed out");
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (stdErr)
        *stdErr = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString KafkaTestCluster::script(const QString &subcommand, const QStringList &args,
                                 int timeoutMs) const
{
    int code = 0;
    QString err;
    QString out = run(qEnvironmentVariable("QAFKA_KAFKA_SCRIPT"),
                      QStringList{subcommand, m_dir} + args, timeoutMs, &code, &err);
    if (code != 0)
        qWarning().noquote() << "kafka-cluster.sh" << subcommand << "failed:" << err.right(2000);
    return out;
}

void KafkaTestCluster::createTopic(const QString &topic, int partitions) const
{
    script(QStringLiteral("topics"), {QStringLiteral("--bootstrap-server"), bootstrap(),
                                      QStringLiteral("--create"), QStringLiteral("--topic"), topic,
                                      QStringLiteral("--partitions"), QString::number(partitions)});
}

KafkaTestCluster::KcatMetadata KafkaTestCluster::kcatMetadata() const
{
    KcatMetadata result;
    const QString json = run(QStringLiteral("kcat"),
                             {QStringLiteral("-b"), bootstrap(), QStringLiteral("-L"),
                              QStringLiteral("-J"), QStringLiteral("-m"), QStringLiteral("10")});
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    QList<QPair<int, QString>> brokers;
    const QJsonArray list = root.value(QStringLiteral("brokers")).toArray();
    for (const auto &broker : list) {
        const QJsonObject object = broker.toObject();
        brokers.append({object.value(QStringLiteral("id")).toInt(),
                        object.value(QStringLiteral("name")).toString()});
    }
    std::sort(brokers.begin(), brokers.end());
    for (const auto &[id, name] : brokers) {
        result.brokerIds.append(id);
        result.brokerAddresses.append(name);
    }
    // kcat 1.7 reports no controller; the test compares against kafka-metadata-quorum instead.
    result.controllerId = root.value(QStringLiteral("controllerid")).toInt(-1);
    return result;
}

QString KafkaTestCluster::uniqueName(const QString &prefix)
{
    return prefix + u'-' + QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-' +
           QString::number(QRandomGenerator::global()->bounded(100000));
}

QList<QJsonObject> KafkaTestCluster::kcatReadJson(const QString &topic, int count) const
{
    const QString out = run(
        QStringLiteral("kcat"),
        {QStringLiteral("-C"), QStringLiteral("-b"), bootstrap(), QStringLiteral("-t"), topic,
         QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-c"),
         QString::number(count), QStringLiteral("-e"), QStringLiteral("-J"), QStringLiteral("-q")},
        30000);
    QList<QJsonObject> messages;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        messages.append(QJsonDocument::fromJson(line.toUtf8()).object());
    std::sort(messages.begin(), messages.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return std::pair(a[QStringLiteral("partition")].toInt(),
                         a[QStringLiteral("offset")].toInteger()) <
               std::pair(b[QStringLiteral("partition")].toInt(),
                         b[QStringLiteral("offset")].toInteger());
    });
    return messages;
}

bool KafkaTestCluster::kcatProduce(const QString &topic, const QByteArrayList &lines,
                                   const QStringList &extra, QString *error) const
{
    QTemporaryFile file;
    if (!file.open())
        return false;
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    file.flush();
    int exitCode = -1;
    QString errors;
    // Tests read back in the order they wrote, and without idempotence librdkafka may write a
    // retried batch after later ones even with one request in flight: a sanitizer run once found
    // "p0-0" at offset 19 of 20, and a CI rehearsal "hay-10000" at offset 0 of 40,000, both
    // written just after the topic was created. The idempotent producer keeps the order.
    run(QStringLiteral("kcat"),
        QStringList{QStringLiteral("-P"), QStringLiteral("-b"), bootstrap(), QStringLiteral("-t"),
                    topic, QStringLiteral("-X"), QStringLiteral("message.max.bytes=20000000"),
                    QStringLiteral("-X"), QStringLiteral("max.in.flight.requests.per.connection=1"),
                    QStringLiteral("-X"), QStringLiteral("enable.idempotence=true")} +
            extra + QStringList{QStringLiteral("-l"), file.fileName()},
        60000, &exitCode, &errors);
    if (error)
        *error = errors;
    return exitCode == 0;
}

qint64 KafkaTestCluster::clockPast(qint64 msSinceEpoch)
{
    qint64 now = 0;
    (void)QTest::qWaitFor(
        [&] { return (now = QDateTime::currentMSecsSinceEpoch()) > msSinceEpoch; }, 1000);
    return now;
}

qint64 KafkaTestCluster::cliLag(const QString &group) const
{
    const QString output = script(QStringLiteral("consumer-groups"),
                                  {QStringLiteral("--bootstrap-server"), bootstrap(),
                                   QStringLiteral("--describe"), QStringLiteral("--group"), group});
    qint64 total = 0;
    for (const QString &line : output.split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 6 && fields.at(0) == group)
            total += fields.at(5).toLongLong();
    }
    return total;
}
