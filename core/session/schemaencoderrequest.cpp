#include "session/schemaencoderrequest.h"

#include "schemas/localschemafile.h"
#include "session/schemaregistry.h"

#include <QFile>

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
    connect(m_registry, &SchemaRegistry::schemaRegistered, this,
            &SchemaEncoderRequest::onRegistered);
    if (m_key)
        m_keyRequest = ask(*m_key);
    if (m_value && !m_done)
        m_valueRequest = ask(*m_value);
    if (!m_key && !m_value) {
        m_done = true;
        emit ready(nullptr, nullptr);
    }
}

quint64 SchemaEncoderRequest::ask(const SchemaChoice &choice)
{
    if (choice.registerFile.isEmpty())
        return m_registry->resolveSubject(choice.subject, choice.version);
    RegistrySchema schema;
    const auto format = LocalSchemaFile::formatOf(choice.registerFile);
    QFile file(choice.registerFile);
    if (!format || !file.open(QIODevice::ReadOnly)) {
        m_done = true;
        emit failed(
            tr("The schema file %1 cannot be registered: %2")
                .arg(choice.registerFile,
                     format ? file.errorString() : tr("choose an .avsc, .proto or .json file")));
        return 0;
    }
    schema.format = *format;
    schema.text = QString::fromUtf8(file.readAll());
    const quint64 id = m_registry->registerSchema(choice.subject, schema);
    m_registering.insert(id, &choice == &*m_key);
    return id;
}

void SchemaEncoderRequest::onRegistered(quint64 id, int, const QString &error)
{
    if (m_done || !m_registering.contains(id))
        return;
    const bool isKey = m_registering.take(id);
    const SchemaChoice &choice = isKey ? *m_key : *m_value;
    if (!error.isEmpty()) {
        m_done = true;
        emit failed(tr("Registering %1 under subject %2 failed: %3")
                        .arg(choice.registerFile, choice.subject, error));
        return;
    }
    // The version just registered (or the same schema registered before) is now the latest.
    (isKey ? m_keyRequest : m_valueRequest) = m_registry->resolveSubject(choice.subject, -1);
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
