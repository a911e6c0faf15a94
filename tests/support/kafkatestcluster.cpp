#include "kafkatestcluster.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>

KafkaTestCluster::KafkaTestCluster(const QString &name)
    : m_name(name)
    , m_dir(qEnvironmentVariable("QAFKA_CLUSTER_ROOT") + u'/' + name)
{}

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
    const QString out = run(qEnvironmentVariable("QAFKA_KAFKA_SCRIPT"),
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
    for (const QJsonValue &broker : list) {
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
    run(QStringLiteral("kcat"),
        QStringList{QStringLiteral("-P"), QStringLiteral("-b"), bootstrap(), QStringLiteral("-t"),
                    topic, QStringLiteral("-X"), QStringLiteral("message.max.bytes=20000000")} +
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
