// What a finished thread freed goes back to the system when a worker asks for it
// (core/platform/freedmemory): glibc keeps it in that thread's arena otherwise.

#include "glibcarenas.h"
#include "platform/freedmemory.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

using namespace Qafka;

namespace {

qint64 residentAnonymousKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestFreedMemory : public QObject
{
    Q_OBJECT

private slots:
    void whatAFinishedThreadFreedGoesBack()
    {
        if (!kGlibcArenas)
            QSKIP("glibc's arenas only");
        constexpr size_t kChunk = 4096;
        constexpr size_t kChunks = 12288;     // 48 MB
        constexpr qint64 kReturnedKb = 40960; // at least 40 MB of it
        void *lastAllocated = nullptr;
        // Like librdkafka's broker thread: many buffers, all freed but the newest, which stays in
        // use at the top of the thread's arena, so the arena cannot shrink from there.
        std::thread([&] {
            std::vector<void *> chunks(kChunks);
            for (void *&chunk : chunks) {
                chunk = std::malloc(kChunk);
                std::memset(chunk, 1, kChunk);
            }
            lastAllocated = std::malloc(64);
            for (void *chunk : chunks)
                std::free(chunk);
        }).join();
        const qint64 before = residentAnonymousKb();
        returnFreedMemoryToSystem();
        const qint64 after = residentAnonymousKb();
        std::free(lastAllocated);
        QVERIFY2(before - after >= kReturnedKb,
                 qPrintable(
                     QStringLiteral("resident %1 kB before, %2 kB after").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
