#include "rdkafka/adminrequests.h"

#include "rdkafka/adminclient.h"

#include <algorithm>

namespace Qafka {

namespace {
constexpr int kPollSliceMs = 100;
constexpr int kGraceMs = 1000;
} // namespace

AdminRequests::AdminRequests(AdminClient *client)
    : m_client(client)
    , m_queue(rd_kafka_queue_new(client->handle()))
{}

rd_kafka_t *AdminRequests::handle() const
{
    return m_client->handle();
}

OptionsPtr AdminRequests::options(rd_kafka_admin_op_t op, int timeoutMs, bool untilApplied) const
{
    OptionsPtr options(rd_kafka_AdminOptions_new(handle(), op));
    char errstr[256];
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    if (untilApplied)
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, errstr,
                                                    sizeof errstr);
    return options;
}

EventPtr AdminRequests::next(const QDeadlineTimer &deadline)
{
    QDeadlineTimer graced = deadline;
    graced += kGraceMs;
    while (m_pending > 0 && !graced.hasExpired() && !m_client->stopRequested()) {
        const int slice = int(std::clamp<qint64>(graced.remainingTime(), 0, kPollSliceMs));
        if (rd_kafka_event_t *event = rd_kafka_queue_poll(m_queue.get(), slice))
            return taken(event);
        m_client->pollEvents();
    }
    return nullptr;
}

EventPtr AdminRequests::poll()
{
    if (m_pending == 0)
        return nullptr;
    return taken(rd_kafka_queue_poll(m_queue.get(), 0));
}

EventPtr AdminRequests::taken(rd_kafka_event_t *event)
{
    if (event)
        --m_pending;
    return EventPtr(event);
}

} // namespace Qafka
