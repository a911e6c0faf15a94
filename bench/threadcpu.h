#pragma once

// CPU time of this process's threads by kind, and of other processes, read from /proc.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <unistd.h>

// utime + stime of a /proc stat line, in ms.
inline qint64 cpuMsOfStat(const QByteArray &stat)
{
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    static const long ticks = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticks;
}

inline QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// CPU time (ms) of this process's threads whose name starts with prefix.
inline qint64 threadsCpuMs(const QByteArray &prefix)
{
    qint64 total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray comm = readSmall(tasks.filePath(tid) + QStringLiteral("/comm")).trimmed();
        if (comm.startsWith(prefix))
            total += cpuMsOfStat(readSmall(tasks.filePath(tid) + QStringLiteral("/stat")));
    }
    return total;
}

// CPU time (ms) of this process's threads by kind: the group worker's thread (named "groups:..."
// by GroupMonitor), librdkafka's threads ("rdk:..."), and the broker's JVM when its pid is known.
struct CpuSample
{
    qint64 worker = 0;
    qint64 librdkafka = 0;
    qint64 broker = -1;
};

inline CpuSample sampleCpu(const QList<qint64> &brokerPids)
{
    CpuSample sample;
    sample.worker = threadsCpuMs("groups:");
    sample.librdkafka = threadsCpuMs("rdk:");
    for (qint64 pid : brokerPids) {
        const QByteArray stat = readSmall(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.isEmpty())
            sample.broker = std::max<qint64>(sample.broker, 0) + cpuMsOfStat(stat);
    }
    return sample;
}
