#include "messages/messagerecordblockpool.h"

#include "platform/threadpriority.h"

#include <QThreadPool>

#include <atomic>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace Qafka {

namespace {

// Not QThreadPool::globalInstance(): Qt 6.4's raster engine splits large fills over that pool
// while the GUI thread waits, so a block being made there would hold up a paint.
Q_GLOBAL_STATIC(QThreadPool, blockMakerPool)

QThreadPool &blockMakers()
{
    QThreadPool &pool = *blockMakerPool();
    pool.setMaxThreadCount(1);
    return pool;
}

// A block in memory of its own, returned to the system when it goes: made on the pool thread,
// blocks from malloc would live in that thread's arena, which keeps freed ones resident.
MessageRecordBlockPtr makeBlock()
{
#ifdef Q_OS_UNIX
    void *memory = mmap(nullptr, sizeof(MessageRecordBlock), PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory != MAP_FAILED) {
#ifdef MADV_NOHUGEPAGE
        // With transparent huge pages always on, the first record put could bring in 2 MB.
        madvise(memory, sizeof(MessageRecordBlock), MADV_NOHUGEPAGE);
#endif
        return MessageRecordBlockPtr(new (memory) MessageRecordBlock,
                                     [](MessageRecordBlock *block) {
                                         block->~MessageRecordBlock();
                                         munmap(block, sizeof(MessageRecordBlock));
                                     });
    }
#endif
    return std::make_shared_for_overwrite<MessageRecordBlock>();
}

MessageRecordBlockPtr makeBlockReady()
{
    MessageRecordBlockPtr block = makeBlock();
    block->touchEveryPage();
    return block;
}

} // namespace

void MessageRecordBlock::touchEveryPage()
{
    std::memset(m_storage, 0, sizeof(m_storage));
}

MessageRecordBlockPool::MessageRecordBlockPool()
    : m_shelf(std::make_shared<Shelf>())
{}

// A fill still running holds the shelf itself and ends on its own.
MessageRecordBlockPool::~MessageRecordBlockPool() = default;

MessageRecordBlockPtr MessageRecordBlockPool::take()
{
    MessageRecordBlockPtr block;
    ++m_lent;
    {
        const QMutexLocker lock(&m_shelf->mutex);
        if (!m_shelf->blocks.empty()) {
            block = std::move(m_shelf->blocks.back());
            m_shelf->blocks.pop_back();
        }
    }
    fillAhead();
    return block ? block : makeBlock();
}

void MessageRecordBlockPool::giveBack(MessageRecordBlockPtr block)
{
    if (!block)
        return;
    Q_ASSERT(m_lent > 0);
    --m_lent;
    if (block.use_count() > 1)
        return;
    // The snapshot threads' last reads of the block happen before it is filled again.
    std::atomic_thread_fence(std::memory_order_acquire);
    const QMutexLocker lock(&m_shelf->mutex);
    if (qsizetype(m_shelf->blocks.size()) < kKeptAtMost)
        m_shelf->blocks.push_back(std::move(block));
}

void MessageRecordBlockPool::reset()
{
    m_lent = 0;
    std::vector<MessageRecordBlockPtr> dropped; // unmapped after the lock is released
    const QMutexLocker lock(&m_shelf->mutex);
    m_shelf->wanted = 0;
    dropped.swap(m_shelf->blocks);
}

qsizetype MessageRecordBlockPool::readyCount() const
{
    const QMutexLocker lock(&m_shelf->mutex);
    return qsizetype(m_shelf->blocks.size());
}

bool MessageRecordBlockPool::isMakingBlocks() const
{
    const QMutexLocker lock(&m_shelf->mutex);
    return m_shelf->filling;
}

void MessageRecordBlockPool::fillAhead()
{
    {
        const QMutexLocker lock(&m_shelf->mutex);
        m_shelf->wanted = qMin(kMadeAhead, m_lent - 1);
        if (m_shelf->filling || qsizetype(m_shelf->blocks.size()) >= m_shelf->wanted)
            return;
        m_shelf->filling = true;
    }
    blockMakers().start([shelf = m_shelf] {
        lowerCurrentThreadPriority();
        for (;;) {
            auto block = makeBlockReady();
            const QMutexLocker lock(&shelf->mutex);
            // Wanted may have fallen meanwhile (the store was cleared): then the block goes.
            if (qsizetype(shelf->blocks.size()) < shelf->wanted)
                shelf->blocks.push_back(std::move(block));
            if (qsizetype(shelf->blocks.size()) >= shelf->wanted) {
                shelf->filling = false;
                return;
            }
        }
    });
}

} // namespace Qafka
