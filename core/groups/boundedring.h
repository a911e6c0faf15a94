#pragma once

#include <QList>

#include <algorithm>

namespace Qafka {

// A ring that grows to its limit in steps and then overwrites its oldest item: a history's memory
// follows what it holds until the limit, and stays there.
template <typename T> class BoundedRing
{
public:
    explicit BoundedRing(qsizetype limit)
        : m_limit(std::max<qsizetype>(limit, 1))
    {}
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    bool hasDropped() const { return m_dropped; }
    const T &at(qsizetype i) const { return m_items.at((m_head + i) % m_items.size()); }
    T &last() { return m_items[(m_head + m_items.size() - 1) % m_items.size()]; }
    const T &last() const { return at(m_items.size() - 1); }
    qsizetype bytes() const { return m_items.capacity() * qsizetype(sizeof(T)); }
    void push(const T &item)
    {
        if (m_items.size() < m_limit) {
            // Grow by doubling but never past the limit: QList's own growth would.
            if (m_items.size() == m_items.capacity())
                m_items.reserve(
                    std::min(m_limit, std::max<qsizetype>(kFirstCapacity, m_items.size() * 2)));
            m_items.append(item);
            return;
        }
        m_items[m_head] = item;
        m_head = (m_head + 1) % m_limit;
        m_dropped = true;
    }

private:
    // Small: on a cluster of 10,000 groups every group's first sample allocates a ring.
    static constexpr qsizetype kFirstCapacity = 8;
    QList<T> m_items;
    qsizetype m_limit;
    qsizetype m_head = 0; // the oldest item once full
    bool m_dropped = false;
};

} // namespace Qafka
