// Whole-topic search against kcat piped into grep, on the same topic in the same run.
//   searchbench seed BOOTSTRAP TOPIC COUNT   writes COUNT ~100-byte messages over 6 partitions
//                                            (nothing when the topic already holds them); one in
//                                            100,000 is a "REFUSED-BY-BANK" order
//   searchbench search BOOTSTRAP TOPIC       searches it: Qafka's search (MessageLoader with a
//                                            search filter, matches kept in a MessageStore as the
//                                            pane keeps them) and `kcat -C -e -q -f '%s\n' | grep
//                                            -cE`, three alternating runs each, medians compared
//   searchbench one BOOTSTRAP TOPIC MESSAGES one Qafka search of the first MESSAGES (0: all),
//                                            one line of figures (what `search` runs)
// Seeding and each Qafka search run in a process of their own, so that a search's resident memory
// is its own and not what an earlier one left.

#include "benchsupport.h"
#include "messages/messagefilter.h"
#include "messages/messagestore.h"
#include "ordertopic.h"
#include "platform/guithreadallocator.h"
#include "session/messageloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <malloc.h>

using namespace Qafka;
using namespace Bench;

namespace {

QTextStream out(stdout);

// A field of /proc/self/status in whole MB, as this benchmark has always printed it.
qint64 statusMegabytes(const QByteArray &field)
{
    return qint64(Bench::statusMb(field));
}

struct SearchRun
{
    qint64 ms = -1;
    qint64 matches = 0;
    qint64 scanned = 0;
    qint64 maxRssMb = 0;        // sampled at every batch
    qint64 inUseMbAtMaxRss = 0; // what the allocator counts as allocated, at that peak
    qint64 readBeyondRange = 0; // handed over past a partition's range and thrown away
    qint64 peakRssMb = 0;       // the process's VmHWM at the end
};

// Bytes allocated and not yet freed, in whole MB: what the process holds, as against what glibc
// keeps of what it freed.
qint64 mallocInUseMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) >> 20);
}

SearchRun qafkaSearch(const QString &bootstrap, const QString &topic,
                      std::optional<qint64> maxOffset = std::nullopt)
{
    MessageFilterSpec spec;
    spec.text = QString::fromLatin1(kRefusedPattern);
    spec.regex = true;
    spec.maxOffset = maxOffset;
    QString error;
    BrowseRequest request;
    request.topic = topic;
    request.searchFilter = MessageFilter::create(spec, &error);
    MessageStore store;
    MessageLoader loader(ConnectionProfile::forBootstrap(bootstrap), {});
    qint64 maxRssMb = 0;
    qint64 inUseMb = 0;
    QObject::connect(&loader, &MessageLoader::batchReady,
                     [&](quint64, const MessageBatch &batch, const BrowseProgress &) {
                         store.append(batch);
                         const qint64 rss = statusMegabytes("VmRSS");
                         if (rss > maxRssMb) {
                             maxRssMb = rss;
                             inUseMb = mallocInUseMegabytes();
                         }
                     });
    QSignalSpy finished(&loader, &MessageLoader::finished);
    QElapsedTimer timer;
    timer.start();
    loader.start(request);
    if (!finished.wait(600000) || finished.first().at(1).value<BrowseEnd>() != BrowseEnd::Completed)
        return {};
    const auto progress = finished.first().at(2).value<BrowseProgress>();
    return {timer.elapsed(),
            store.size(),
            progress.scanned,
            maxRssMb,
            inUseMb,
            progress.readBeyondRange,
            statusMegabytes("VmHWM")};
}

// searchbench one: the figures of qafkaSearch() on one line, in SearchRun's order.
int searchOnce(const QString &bootstrap, const QString &topic, qint64 messages)
{
    registerBrowseTypes();
    const SearchRun run = messages > 0
                              ? qafkaSearch(bootstrap, topic, messages / kOrderPartitions - 1)
                              : qafkaSearch(bootstrap, topic);
    out << run.ms << ' ' << run.matches << ' ' << run.scanned << ' ' << run.maxRssMb << ' '
        << run.inUseMbAtMaxRss << ' ' << run.readBeyondRange << ' ' << run.peakRssMb << '\n';
    return run.ms < 0 ? 1 : 0;
}

// A Qafka search of the first `messages` (0: all) in a fresh process of this program.
SearchRun qafkaSearchInOwnProcess(const QString &bootstrap, const QString &topic, qint64 messages)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("one"), bootstrap, topic, QString::number(messages)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = child.readAllStandardOutput().simplified().split(' ');
    if (fields.size() != 7)
        return {};
    return {fields[0].toLongLong(), fields[1].toLongLong(), fields[2].toLongLong(),
            fields[3].toLongLong(), fields[4].toLongLong(), fields[5].toLongLong(),
            fields[6].toLongLong()};
}

SearchRun kcatGrep(const QString &bootstrap, const QString &topic)
{
    QProcess pipeline;
    QElapsedTimer timer;
    timer.start();
    pipeline.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"),
                    QStringLiteral("kcat -C -b %1 -t %2 -e -q -f '%s\\n' | grep -cE '%3'")
                        .arg(bootstrap, topic, QString::fromLatin1(kRefusedPattern))});
    if (!pipeline.waitForFinished(600000))
        return {};
    SearchRun run;
    run.ms = timer.elapsed();
    run.matches = pipeline.readAllStandardOutput().trimmed().toLongLong();
    return run;
}

int search(const QString &bootstrap, const QString &topic)
{
    // Resident memory while searching 50,000, 1,000,000 and all messages: it must not grow with
    // the part of the topic read.
    qint64 peakRssMb = 0;
    for (const qint64 size : {qint64(50000), qint64(1000000)}) {
        const SearchRun part = qafkaSearchInOwnProcess(bootstrap, topic, size);
        out << "rss_mb_max_searching_" << (size < 1000000 ? "50k" : "1m") << ": " << part.maxRssMb
            << " (" << part.scanned << " messages scanned in " << part.ms << " ms, "
            << part.readBeyondRange << " read past the range; malloc in use "
            << part.inUseMbAtMaxRss << " MB)\n";
        peakRssMb = qMax(peakRssMb, part.peakRssMb);
    }
    QList<qint64> qafka, kcat;
    qint64 scanned = 0;
    QList<qint64> wholeRss, wholeInUse;
    for (int run = 0; run < 3; ++run) {
        const SearchRun q = qafkaSearchInOwnProcess(bootstrap, topic, 0);
        peakRssMb = qMax(peakRssMb, q.peakRssMb);
        const SearchRun k = kcatGrep(bootstrap, topic);
        out << "run " << run + 1 << ": qafka " << q.ms << " ms (" << q.matches << " matches of "
            << q.scanned << "), kcat|grep " << k.ms << " ms (" << k.matches << " matches)\n";
        if (q.ms < 0 || k.ms < 0 || q.matches != k.matches || q.matches == 0) {
            out << "error: the two searches disagree or failed\n";
            return 1;
        }
        qafka.append(q.ms);
        kcat.append(k.ms);
        scanned = q.scanned;
        wholeRss.append(q.maxRssMb);
        wholeInUse.append(q.inUseMbAtMaxRss);
    }
    const qint64 qafkaMs = Bench::median(qafka);
    const qint64 kcatMs = Bench::median(kcat);
    out << "messages_scanned: " << scanned << '\n';
    out << "rss_mb_max_searching_whole_topic: " << Bench::median(wholeRss) << " (runs "
        << wholeRss.at(0) << ", " << wholeRss.at(1) << ", " << wholeRss.at(2) << ")\n";
    out << "malloc_in_use_mb_at_that_peak: " << Bench::median(wholeInUse) << " (runs "
        << wholeInUse.at(0) << ", " << wholeInUse.at(1) << ", " << wholeInUse.at(2) << ")\n";
    out << "peak_rss_mb: " << peakRssMb << '\n';
    out << "qafka_search_ms: " << qafkaMs << '\n';
    out << "qafka_messages_per_s: " << scanned * 1000 / qMax<qint64>(1, qafkaMs) << '\n';
    out << "kcat_grep_ms: " << kcatMs << '\n';
    out << "kcat_grep_messages_per_s: " << scanned * 1000 / qMax<qint64>(1, kcatMs) << '\n';
    out << "ratio_vs_kcat_grep: " << double(qafkaMs) / double(kcatMs) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Qafka::setUpGuiThreadAllocator(); // as Qafka's main() does
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QStringLiteral("seed"))
        return seedOrderTopic(args.at(2), args.at(3), args.at(4).toLongLong(), out);
    if (args.size() == 5 && args.at(1) == QStringLiteral("one"))
        return searchOnce(args.at(2), args.at(3), args.at(4).toLongLong());
    if (args.size() == 4 && args.at(1) == QStringLiteral("search"))
        return search(args.at(2), args.at(3));
    QTextStream(stderr)
        << "usage: searchbench seed BOOTSTRAP TOPIC COUNT | search BOOTSTRAP TOPIC | one "
           "BOOTSTRAP TOPIC MESSAGES\n";
    return 2;
}
