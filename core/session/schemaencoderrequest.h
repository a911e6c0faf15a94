#pragma once

#include "profiles/producertemplatestore.h"
#include "schemas/schemaencoder.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Qafka {

class SchemaRegistry;

// Asks the registry for the schemas that encode a send's key and/or value (a subject and version
// each) and hands back one encoder per side, or says why it cannot. One use; deletes nothing.
class SchemaEncoderRequest : public QObject
{
    Q_OBJECT
public:
    using EncoderPtr = std::shared_ptr<const SchemaEncoder>;

    SchemaEncoderRequest(SchemaRegistry *registry, std::optional<SchemaChoice> key,
                         std::optional<SchemaChoice> value, QObject *parent = nullptr);
    void start();

signals:
    void ready(const Qafka::SchemaEncoderRequest::EncoderPtr &key,
               const Qafka::SchemaEncoderRequest::EncoderPtr &value);
    void failed(const QString &error);

private:
    // Resolves choice's subject, registering its file first when it names one; 0 on failure.
    quint64 ask(const SchemaChoice &choice);
    void onRegistered(quint64 id, int schemaId, const QString &error);
    void onResolved(quint64 id, int schemaId, const QString &error);
    EncoderPtr encoderFor(const SchemaChoice &choice, int schemaId) const;

    QPointer<SchemaRegistry> m_registry;
    std::optional<SchemaChoice> m_key;
    std::optional<SchemaChoice> m_value;
    quint64 m_keyRequest = 0;
    quint64 m_valueRequest = 0;
    EncoderPtr m_keyEncoder;
    EncoderPtr m_valueEncoder;
    QHash<quint64, bool> m_registering; // register request → is the key's
    bool m_done = false;
};

} // namespace Qafka
