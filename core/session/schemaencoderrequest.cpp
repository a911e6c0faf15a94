#include "session/schemaencoderrequest.h"

#include "session/schemaregistry.h"

namespace Qafka {

SchemaEncoderRequest::SchemaEncoderRequest(SchemaRegistry *registry,
                                           std::optional<SchemaChoice> key,
                                           std::optional<SchemaChoice> value, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_key(std::move(key))
    , m_value(std::move(value))
{}

void SchemaEncoderRequest::start()
{
    if (!m_registry) {
        m_done = true;
        emit failed(tr("This connection has no Schema Registry: set one on the connection's "
                       "Schema Registry tab."));
        return;
    }
    connect(m_registry, &SchemaRegistry::subjectResolved, this, &SchemaEncoderRequest::onResolved);
    if (m_key)
        m_keyRequest = m_registry->resolveSubject(m_key->subject, m_key->version);
    if (m_value)
        m_valueRequest = m_registry->resolveSubject(m_value->subject, m_value->version);
    if (!m_key && !m_value) {
        m_done = true;
        emit ready(nullptr, nullptr);
    }
}

void SchemaEncoderRequest::onResolved(quint64 id, int schemaId, const QString &error)
{
    if (m_done || (id != m_keyRequest && id != m_valueRequest))
        return;
    const bool isKey = id == m_keyRequest;
    const SchemaChoice &choice = isKey ? *m_key : *m_value;
    if (!error.isEmpty()) {
        m_done = true;
        emit failed(tr("The schema of subject %1 cannot be used: %2").arg(choice.subject, error));
        return;
    }
    EncoderPtr encoder = encoderFor(choice, schemaId);
    if (!encoder) {
        m_done = true;
        emit failed(tr("The registry's schema id %1 (subject %2) could not be read.")
                        .arg(schemaId)
                        .arg(choice.subject));
        return;
    }
    (isKey ? m_keyEncoder : m_valueEncoder) = std::move(encoder);
    (isKey ? m_keyRequest : m_valueRequest) = 0;
    if (m_keyRequest == 0 && m_valueRequest == 0) {
        m_done = true;
        emit ready(m_keyEncoder, m_valueEncoder);
    }
}

SchemaEncoderRequest::EncoderPtr SchemaEncoderRequest::encoderFor(const SchemaChoice &choice,
                                                                  int schemaId) const
{
    const SchemaCatalog::Entry entry = m_registry->catalog()->lookup(SchemaKey::forId(schemaId));
    if (entry.state != SchemaCatalog::State::Ready)
        return nullptr;
    return std::make_shared<SchemaEncoder>(entry.codec, schemaId, choice.messageType);
}

} // namespace Qafka
