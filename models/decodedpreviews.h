#pragma once

#include "messages/decodedmessage.h"
#include "messages/messagestore.h"
#include "session/messagedecoderunner.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace Qafka {

// The decoded keys and values of the rows a table has asked for, made off the GUI thread. A row
// whose payload the decoder handles is asked for once; until its pass returns the table shows
// the bytes. Bounded: past kCapacity messages the cache starts again (what is visible is asked
// for again at once). When schemas arrive, rows that waited for them are decoded again.
class DecodedPreviews : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kCapacity = 4096;
    using SnapshotSource = std::function<MessageStoreSnapshot()>;

    DecodedPreviews(SnapshotSource snapshots, QObject *parent = nullptr);

    void setDecoder(std::shared_ptr<const PayloadDecoder> decoder);
    const std::shared_ptr<const PayloadDecoder> &decoder() const { return m_decoder; }

    // nullptr while not decoded yet (and then it is asked for).
    const DecodedMessage *find(qint64 index) const;
    void clear();
    // Schemas arrived or failed: decode again whatever waited for one.
    void retryUnsettled();

signals:
    void updated(); // some rows have new decoded text

private:
    void startPass();

    SnapshotSource m_snapshots;
    std::shared_ptr<const PayloadDecoder> m_decoder;
    QHash<qint64, DecodedMessage> m_cache;
    mutable QSet<qint64> m_wanted;
    mutable bool m_passQueued = false;
    MessageDecodeRunner *m_runner;
};

} // namespace Qafka
