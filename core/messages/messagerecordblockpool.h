#pragma once

#include "messages/storedmessage.h"

#include <QMutex>

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace Qafka {

// Records in blocks of kSize, shared so that a snapshot handed to a filter or export thread
// stays valid while the GUI thread keeps appending and dropping. A record exists once it is put;
// until then its memory is left untouched, so a block made for a few rows (a search's matches)
// costs the pages they are on, not 640 KiB.
class MessageRecordBlock
{
public:
    static constexpr qsizetype kSize = 16384;

    static_assert(std::is_trivially_destructible_v<MessageRecord>); // never destroyed

    void put(qsizetype index, const MessageRecord &record)
    {
        new (slot(index)) MessageRecord(record);
    }
    // Only a record that was put.
    const MessageRecord &at(qsizetype index) const
    {
        return *std::launder(reinterpret_cast<const MessageRecord *>(slot(index)));
    }
    // Writes every page of a fresh block (it wipes records), so that whoever puts records later
    // takes no page faults.
    void touchEveryPage();

private:
    std::byte *slot(qsizetype index)
    {
        Q_ASSERT(index >= 0 && index < kSize);
        return m_storage + index * qsizetype(sizeof(MessageRecord));
    }
    const std::byte *slot(qsizetype index) const
    {
        Q_ASSERT(index >= 0 && index < kSize);
        return m_storage + index * qsizetype(sizeof(MessageRecord));
    }

    alignas(MessageRecord) std::byte m_storage[kSize * sizeof(MessageRecord)];
};
using MessageRecordBlockPtr = std::shared_ptr<MessageRecordBlock>;

// Hands the store record blocks. A fresh 640 KiB block costs the thread that first touches it 160
// page faults (1-2 ms on a virtual machine, and a tail at 200,000 msg/s needs twelve a second),
// so blocks are made ahead on a pool thread, and blocks the store dropped that no snapshot still
// holds are used again. Only a store past its first block gets blocks ahead: one less than it
// holds, up to kMadeAhead. A store of a few rows (a search's matches, a small topic) holds one
// block whose untouched pages cost nothing, not five blocks written whole (3.2 MB); a load's
// first blocks fault in on the taking thread as their records are put.
class MessageRecordBlockPool
{
public:
    MessageRecordBlockPool();
    ~MessageRecordBlockPool();
    MessageRecordBlockPool(const MessageRecordBlockPool &) = delete;
    MessageRecordBlockPool &operator=(const MessageRecordBlockPool &) = delete;

    // A ready block, or one made here and now when the pool thread has not kept up (its pages
    // then fault in as records are put).
    MessageRecordBlockPtr take();
    // Keeps block for reuse when nobody else holds it and the shelf has room.
    void giveBack(MessageRecordBlockPtr block);
    // The store let go of all its blocks (cleared): nothing kept or made ahead for it any more,
    // so that a big load's blocks do not stay with the small search that follows it.
    void reset();
    qsizetype readyCount() const;
    bool isMakingBlocks() const;

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
        qsizetype wanted = 0; // ready blocks the pool thread makes up to
        bool filling = false;
    };
    void fillAhead();

    std::shared_ptr<Shelf> m_shelf;
    qsizetype m_lent = 0; // taken and not given back: what the store holds
};

} // namespace Qafka
