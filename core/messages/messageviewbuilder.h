#pragma once

#include "messages/messagefilter.h"
#include "messages/messagestore.h"
#include "messages/payloaddecoder.h"

#include <QtCore/qnamespace.h>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>
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
    // Set: sorting by key or value orders schema-encoded ones by their decoded JSON.
    std::shared_ptr<const PayloadDecoder> decoder;

    // Returns nullptr when cancelled. progress(done, total) is called now and then.
    MessageIndexListPtr run(const std::atomic_bool &cancel,
                            const std::function<void(qint64, qint64)> &progress = {}) const;

    // The decoded JSON of the keys or values being sorted by, for the messages that have one.
    using DecodedSortKeys = std::unordered_map<qint64, QByteArray>;

    // true when a comes before b in this job's order.
    bool lessThan(qint64 a, qint64 b, const DecodedSortKeys *decoded = nullptr) const;

private:
    DecodedSortKeys decodeSortKeys(const MessageIndexList &a, const MessageIndexList &b) const;
};

} // namespace Qafka
