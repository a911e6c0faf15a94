#pragma once

#include "messages/messagefilter.h"
#include "messages/messagestore.h"

#include <QtCore/qnamespace.h>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Qafka {

// What the browser's table can be sorted by.
enum class MessageSortKey { Arrival, Partition, Offset, Timestamp, Key, Value, Headers, Size };

// An ordered list of absolute message indexes: the rows of a filtered or sorted table.
using MessageIndexList = std::vector<qint64>;
using MessageIndexListPtr = std::shared_ptr<const MessageIndexList>;

// Builds the rows of a filtered and/or sorted view, off the GUI thread: either from scratch, or
// incrementally by taking a previous result, dropping messages the store let go, and merging in
// the messages appended since. Pure function of its inputs; cancellable; reports progress.
struct MessageViewJob
{
    MessageStoreSnapshot snapshot;
    MessageIndexListPtr base;                    // null: start from scratch
    qint64 from = 0;                             // first absolute index not yet considered
    std::shared_ptr<const MessageFilter> filter; // null: everything
    MessageSortKey sortKey = MessageSortKey::Arrival;
    Qt::SortOrder order = Qt::AscendingOrder;

    // Returns nullptr when cancelled. progress(done, total) is called now and then.
    MessageIndexListPtr run(const std::atomic_bool &cancel,
                            const std::function<void(qint64, qint64)> &progress = {}) const;

    // true when a comes before b in this job's order.
    bool lessThan(qint64 a, qint64 b) const;
};

} // namespace Qafka
