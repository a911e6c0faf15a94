#pragma once

#include "schemas/schemacodec.h"
#include "schemas/schematypes.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace Qafka {

// The schemas one registry has served, shared by every thread that decodes or encodes: the
// message view, filter and export jobs ask it for a codec by schema id. What it lacks it asks the
// registry for, once, through the requester (a queued call to the registry worker), and answers
// "pending" until the schema arrives, so a slow or dead registry never holds a decoder up.
// Bounded: beyond the capacity the least recently used schemas are forgotten (and fetched again
// if needed). Thread-safe.
class SchemaCatalog
{
public:
    enum class State { Pending, Ready, Failed };
    struct Entry
    {
        State state = State::Pending;
        std::shared_ptr<const SchemaCodec> codec;
        RegistrySchema schema;
        QString reason; // Failed: why; Pending: empty
    };
    using Requester = std::function<void(const SchemaKey &key)>;

    explicit SchemaCatalog(int capacity = 1000);

    // Called with the lock held; must only post work elsewhere (never call back in).
    void setRequester(Requester requester);

    // The entry for key. A missing one, or a transient failure older than the retry interval,
    // is requested (once) and reported Pending.
    Entry lookup(const SchemaKey &key);
    // The same, but while the entry is pending waits for it until deadline: for export threads,
    // which would rather write a record decoded than a moment sooner (never the GUI thread).
    Entry lookupSettled(const SchemaKey &key, QDeadlineTimer deadline);

    void store(const SchemaKey &key, std::shared_ptr<const SchemaCodec> codec,
               const RegistrySchema &schema);
    // transient: the registry could not be asked (down, timeout); retried after retryMs.
    void fail(const SchemaKey &key, const QString &reason, bool transient);

    int size() const;
    int capacity() const { return m_capacity; }
    // Bumped by every store() and fail(): views know when a pending row may now decode.
    quint64 generation() const;
    void setRetryInterval(int ms);

private:
    struct Slot
    {
        Entry entry;
        quint64 lastUse = 0;
        bool transient = false;
        QDeadlineTimer retryAt;
    };
    void request(const SchemaKey &key); // lock held
    void evictIfFull();                 // lock held

    mutable QMutex m_mutex;
    QWaitCondition m_settled;
    QHash<SchemaKey, Slot> m_slots;
    Requester m_requester;
    int m_capacity;
    int m_retryMs = 10000;
    quint64 m_useClock = 0;
    quint64 m_generation = 0;
};

} // namespace Qafka
