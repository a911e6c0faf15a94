#include "messages/messageviewbuilder.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Qafka {

namespace {

// Bytes compare as unsigned; null sorts before empty.
int compareBytes(const std::optional<QByteArrayView> &a, const std::optional<QByteArrayView> &b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b));
    const qsizetype common = qMin(a->size(), b->size());
    if (common > 0) {
        const int c = std::memcmp(a->data(), b->data(), size_t(common));
        if (c != 0)
            return c;
    }
    return a->size() < b->size() ? -1 : (a->size() > b->size() ? 1 : 0);
}

// A key or value as it sorts: its decoded JSON when there is one.
std::optional<QByteArrayView> sortBytes(std::optional<QByteArrayView> bytes, qint64 index,
                                        const MessageViewJob::DecodedSortKeys *decoded)
{
    if (decoded) {
        const auto found = decoded->find(index);
        if (found != decoded->end())
            return QByteArrayView(found->second);
    }
    return bytes;
}

template <typename T> int compareValues(T a, T b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

bool MessageViewJob::lessThan(qint64 a, qint64 b, const DecodedSortKeys *decoded) const
{
    const MessageRecord &ra = snapshot.record(a);
    const MessageRecord &rb = snapshot.record(b);
    int c = 0;
    switch (sortKey) {
    case MessageSortKey::Arrival:
        break;
    case MessageSortKey::Partition:
        c = compareValues(ra.partition, rb.partition);
        if (c == 0)
            c = compareValues(ra.offset, rb.offset);
        break;
    case MessageSortKey::Offset:
        c = compareValues(ra.offset, rb.offset);
        if (c == 0)
            c = compareValues(ra.partition, rb.partition);
        break;
    case MessageSortKey::Timestamp:
        // Interleaves partitions by time; within one timestamp, partition then offset.
        c = compareValues(ra.timestampMs, rb.timestampMs);
        if (c == 0)
            c = compareValues(ra.partition, rb.partition);
        if (c == 0)
            c = compareValues(ra.offset, rb.offset);
        break;
    case MessageSortKey::Key:
        c = compareBytes(sortBytes(snapshot.bytes(ra).key, a, decoded),
                         sortBytes(snapshot.bytes(rb).key, b, decoded));
        break;
    case MessageSortKey::Value:
        c = compareBytes(sortBytes(snapshot.bytes(ra).value, a, decoded),
                         sortBytes(snapshot.bytes(rb).value, b, decoded));
        break;
    case MessageSortKey::Headers:
        c = compareValues(HeaderBlob::count(snapshot.bytes(ra).headers),
                          HeaderBlob::count(snapshot.bytes(rb).headers));
        break;
    case MessageSortKey::Size:
        c = compareValues(ra.payloadBytes(), rb.payloadBytes());
        break;
    }
    if (order == Qt::DescendingOrder)
        c = -c;
    if (c != 0)
        return c < 0;
    return order == Qt::DescendingOrder && sortKey != MessageSortKey::Arrival ? a > b : a < b;
}

MessageViewJob::DecodedSortKeys MessageViewJob::decodeSortKeys(const MessageIndexList &a,
                                                               const MessageIndexList &b) const
{
    DecodedSortKeys decoded;
    const bool key = sortKey == MessageSortKey::Key;
    if (!decoder || (!key && sortKey != MessageSortKey::Value))
        return decoded;
    for (const MessageIndexList *list : {&a, &b}) {
        for (qint64 index : *list) {
            if (!snapshot.contains(index))
                continue;
            const MessageBytes bytes = snapshot.bytes(snapshot.record(index));
            const auto &payload = key ? bytes.key : bytes.value;
            if (!decoder->handles(payload, key, bytes.headers))
                continue;
            DecodedField field = decoder->decode(payload, key, bytes.headers);
            if (field.state == DecodedField::State::Decoded)
                decoded.emplace(index, std::move(field.json));
        }
    }
    return decoded;
}

MessageIndexListPtr MessageViewJob::run(const std::atomic_bool &cancel,
                                        const std::function<void(qint64, qint64)> &progress) const
{
    const qint64 first = qMax(from, snapshot.firstIndex());
    const qint64 total = snapshot.endIndex() - first;
    MessageIndexList added;
    added.reserve(size_t(filter ? qMin<qint64>(total, 1 << 16) : total));
    std::optional<MessageFilter::Matcher> matcher;
    if (filter)
        matcher.emplace(*filter);
    constexpr qint64 kSlice = 1 << 16;
    for (qint64 index = first; index < snapshot.endIndex(); ++index) {
        if ((index - first) % kSlice == 0) {
            if (cancel.load())
                return {};
            if (progress)
                progress(index - first, total);
        }
        if (filter) {
            const MessageRecord &record = snapshot.record(index);
            if (!filter->matches(record, snapshot.bytes(record), *matcher))
                continue;
        }
        added.push_back(index);
    }
    if (cancel.load())
        return {};
    // Decoded once per message, not once per comparison.
    const DecodedSortKeys decoded =
        base ? decodeSortKeys(added, *base) : decodeSortKeys(added, MessageIndexList());
    const auto less = [this, &decoded](qint64 a, qint64 b) { return lessThan(a, b, &decoded); };
    const bool arrival = sortKey == MessageSortKey::Arrival && order == Qt::AscendingOrder;
    if (!arrival)
        std::stable_sort(added.begin(), added.end(), less);

    auto result = std::make_shared<MessageIndexList>();
    if (!base) {
        *result = std::move(added);
    } else {
        // Messages the store dropped since base was built leave the view.
        MessageIndexList kept;
        kept.reserve(base->size());
        const qint64 oldest = snapshot.firstIndex();
        std::copy_if(base->begin(), base->end(), std::back_inserter(kept),
                     [oldest](qint64 index) { return index >= oldest; });
        if (arrival) {
            kept.insert(kept.end(), added.begin(), added.end());
            *result = std::move(kept);
        } else {
            result->reserve(kept.size() + added.size());
            std::merge(kept.begin(), kept.end(), added.begin(), added.end(),
                       std::back_inserter(*result), less);
        }
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace Qafka
