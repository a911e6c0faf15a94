#include "schemas/schemacatalog.h"

#include <algorithm>

namespace Qafka {

SchemaCatalog::SchemaCatalog(int capacity)
    : m_capacity(std::max(capacity, 1))
{}

void SchemaCatalog::setRequester(Requester requester)
{
    QMutexLocker lock(&m_mutex);
    m_requester = std::move(requester);
}

SchemaCatalog::Entry SchemaCatalog::lookup(const SchemaKey &key)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_slots.find(key);
    if (it == m_slots.end()) {
        request(key);
        return {};
    }
    it->lastUse = ++m_useClock;
    if (it->entry.state == State::Failed && it->transient && it->retryAt.hasExpired()) {
        // Keep the reason on show while it is asked again.
        it->transient = false;
        it->retryAt = QDeadlineTimer(QDeadlineTimer::Forever);
        if (m_requester)
            m_requester(key);
    }
    return it->entry;
}

SchemaCatalog::Entry SchemaCatalog::lookupSettled(const SchemaKey &key, QDeadlineTimer deadline)
{
    Entry entry = lookup(key);
    QMutexLocker lock(&m_mutex);
    while (entry.state == State::Pending) {
        const auto it = m_slots.constFind(key);
        if (it != m_slots.cend())
            entry = it->entry;
        if (entry.state != State::Pending || !m_settled.wait(&m_mutex, deadline))
            break;
    }
    return entry;
}

void SchemaCatalog::request(const SchemaKey &key)
{
    evictIfFull();
    Slot slot;
    slot.lastUse = ++m_useClock;
    m_slots.insert(key, slot);
    if (m_requester)
        m_requester(key);
}

void SchemaCatalog::evictIfFull()
{
    while (m_slots.size() >= m_capacity) {
        auto oldest = m_slots.end();
        for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
            if (it->entry.state != State::Pending &&
                (oldest == m_slots.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        if (oldest == m_slots.end())
            return; // all pending: they will be answered, then evicted
        m_slots.erase(oldest);
    }
}

void SchemaCatalog::store(const SchemaKey &key, std::shared_ptr<const SchemaCodec> codec,
                          const RegistrySchema &schema)
{
    QMutexLocker lock(&m_mutex);
    Slot &slot = m_slots[key];
    slot.entry = {State::Ready, std::move(codec), schema, {}};
    slot.lastUse = ++m_useClock;
    slot.transient = false;
    ++m_generation;
    m_settled.wakeAll();
}

void SchemaCatalog::fail(const SchemaKey &key, const QString &reason, bool transient)
{
    QMutexLocker lock(&m_mutex);
    Slot &slot = m_slots[key];
    slot.entry = {State::Failed, {}, {}, reason};
    slot.entry.schema.id = key.id;
    slot.lastUse = ++m_useClock;
    slot.transient = transient;
    slot.retryAt = QDeadlineTimer(m_retryMs);
    ++m_generation;
    m_settled.wakeAll();
}

int SchemaCatalog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_slots.size());
}

quint64 SchemaCatalog::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

void SchemaCatalog::setRetryInterval(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_retryMs = ms;
}

} // namespace Qafka
