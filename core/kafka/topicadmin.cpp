#include "topicadmin.h"

#include "adminclient.h"

namespace Qafka {

TopicAdmin::TopicAdmin(AdminClient *client)
    : m_client(client)
{
}

} // namespace Qafka
