#include "decodedpreviews.h"

#include <QTimer>

namespace Qafka {

namespace {

bool waitsForSchema(const DecodedField &field)
{
    return field.state == DecodedField::State::Pending ||
           (field.state == DecodedField::State::Failed && field.schemaKey.id >= 0);
}

} // namespace

DecodedPreviews::DecodedPreviews(SnapshotSource snapshots, QObject *parent)
    : QObject(parent)
    , m_snapshots(std::move(snapshots))
    , m_runner(new MessageDecodeRunner(this))
{}

void DecodedPreviews::setDecoder(std::shared_ptr<const PayloadDecoder> decoder)
{
    m_decoder = std::move(decoder);
    clear();
    emit updated();
}

const DecodedMessage *DecodedPreviews::find(qint64 index) const
{
    const auto found = m_cache.constFind(index);
    if (found != m_cache.cend())
        return &*found;
    m_wanted.insert(index);
    if (!m_passQueued && !m_runner->isRunning()) {
        m_passQueued = true;
        // After the view has asked for all the rows it paints: one pass for them.
        QTimer::singleShot(0, const_cast<DecodedPreviews *>(this), &DecodedPreviews::startPass);
    }
    return nullptr;
}

void DecodedPreviews::clear()
{
    m_runner->cancel();
    m_cache.clear();
    m_wanted.clear();
}

void DecodedPreviews::retryUnsettled()
{
    bool changed = false;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (waitsForSchema(it->key) || waitsForSchema(it->value)) {
            it = m_cache.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        emit updated(); // the view asks again, which decodes again
}

void DecodedPreviews::startPass()
{
    m_passQueued = false;
    if (!m_decoder || m_wanted.isEmpty() || m_runner->isRunning())
        return;
    if (m_cache.size() + m_wanted.size() > kCapacity)
        m_cache.clear();
    std::vector<qint64> indexes(m_wanted.cbegin(), m_wanted.cend());
    m_wanted.clear();
    m_runner->start(m_snapshots(), std::move(indexes), m_decoder,
                    MessageDecodeRunner::Detail::Preview, [this](const DecodedMessages &messages) {
                        for (const DecodedMessage &message : messages)
                            m_cache.insert(message.index, message);
                        emit updated();
                        if (!m_wanted.isEmpty())
                            startPass();
                    });
}

} // namespace Qafka
