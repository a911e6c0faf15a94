#include "session/messagedecoderunner.h"

namespace Qafka {

namespace {

// Carries a pass's result from its thread to the runner; deleted on the runner's thread.
class DecodeRelay : public QObject
{
    Q_OBJECT
signals:
    void done(const Qafka::DecodedMessages &messages);
};

DecodedMessage decodeOne(const MessageStoreSnapshot &snapshot, qint64 index,
                         const PayloadDecoder &decoder, MessageDecodeRunner::Detail detail)
{
    DecodedMessage message;
    message.index = index;
    const MessageBytes bytes = snapshot.bytes(snapshot.record(index));
    message.key = decoder.decode(bytes.key, true, bytes.headers);
    message.value = decoder.decode(bytes.value, false, bytes.headers);
    if (detail == MessageDecodeRunner::Detail::Full) {
        message.keySchema = decoder.schemaOf(message.key);
        message.valueSchema = decoder.schemaOf(message.value);
    } else {
        message.key.json.truncate(MessageDecodeRunner::previewJsonBytes);
        message.value.json.truncate(MessageDecodeRunner::previewJsonBytes);
    }
    return message;
}

} // namespace

MessageDecodeRunner::MessageDecodeRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Qafka::DecodedMessages>();
}

MessageDecodeRunner::~MessageDecodeRunner()
{
    cancel();
}

void MessageDecodeRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void MessageDecodeRunner::start(MessageStoreSnapshot snapshot, std::vector<qint64> indexes,
                                const std::shared_ptr<const PayloadDecoder> &decoder, Detail detail,
                                Done done)
{
    cancel();
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    std::shared_ptr<DecodeRelay> relay(new DecodeRelay, [](DecodeRelay *r) { r->deleteLater(); });
    connect(relay.get(), &DecodeRelay::done, this,
            [this, cancelFlag, done = std::move(done)](const DecodedMessages &messages) {
                if (cancelFlag->load())
                    return; // a newer pass replaced this one just as it finished
                if (m_cancel == cancelFlag)
                    m_cancel.reset();
                done(messages);
            });
    m_host = std::make_unique<WorkerHost>(
        [snapshot = std::move(snapshot), indexes = std::move(indexes), decoder, detail, cancelFlag,
         relay] {
            DecodedMessages messages;
            messages.reserve(qsizetype(indexes.size()));
            for (qint64 index : indexes) {
                if (cancelFlag->load())
                    return;
                if (snapshot.contains(index))
                    messages.append(decodeOne(snapshot, index, *decoder, detail));
            }
            if (!cancelFlag->load())
                emit relay->done(messages);
        },
        [cancelFlag] { cancelFlag->store(true); }, QStringLiteral("qafka-decode"));
}

} // namespace Qafka

#include "messagedecoderunner.moc"
