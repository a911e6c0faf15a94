#pragma once

#include "messages/storedmessage.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace Qafka {

// Records in blocks of kSize, shared so that a snapshot handed to a filter or export thread
// stays valid while the GUI thread keeps appending and dropping.
struct MessageRecordBlock
{
    static constexpr qsizetype kSize = 16384;
    MessageRecord records[kSize];
};
using MessageRecordBlockPtr = std::shared_ptr<MessageRecordBlock>;

// Hands the store record blocks whose memory is already there. A fresh 640 KiB block costs the
// thread that first touches it 160 page faults (1-2 ms on a virtual machine, and a tail at
// 200,000 msg/s needs twelve a second), so blocks are made ahead on a pool thread, and blocks
// the store dropped that no snapshot still holds are used again.
class MessageRecordBlockPool
{
public:
    MessageRecordBlockPool();
    ~MessageRecordBlockPool();
    MessageRecordBlockPool(const MessageRecordBlockPool &) = delete;
    MessageRecordBlockPool &operator=(const MessageRecordBlockPool &) = delete;

    // A ready block, or one made here and now when the pool thread has not kept up.
    MessageRecordBlockPtr take();
    // Keeps block for reuse when nobody else holds it and the shelf has room.
    void giveBack(MessageRecordBlockPtr block);
    qsizetype readyCount() const;

    // Enough for one step of rows handed to the table (MessageTableFeed::kRowsPerStep, 40,000)
    // and the start of the next: with two, a tail at 200,000 msg/s made the rest of each step's
    // blocks on the GUI thread (a traced bench/run stall: 130 ms of its page faults in 10 s).
    static constexpr qsizetype kMadeAhead = 4;
    static constexpr qsizetype kKeptAtMost = 8;

private:
    struct Shelf
    {
        mutable QMutex mutex;
        std::vector<MessageRecordBlockPtr> blocks;
        bool filling = false;
    };
    void fillAhead();

    std::shared_ptr<Shelf> m_shelf;
};

} // namespace Qafka
