#pragma once

#include <QList>
#include <QPair>
#include <QSettings>
#include <QString>

namespace Qafka {

// Which registry schema encodes a key or value: a subject (topic-name strategy by default, or any
// other subject for the record-name strategies), a version (-1: the latest) and, for Protobuf,
// the message type (empty: the schema's first message).
struct SchemaChoice
{
    QString subject;
    int version = -1;
    QString messageType;
    // Opt-in: register this schema file under the subject before sending (never on a read-only
    // connection); empty: use what the registry has.
    QString registerFile{};
    bool operator==(const SchemaChoice &) const = default;
};

// Everything the producer pane's form holds, so a send can be saved as a named template or
// recalled from the history of recent sends.
struct ProducerTemplate
{
    enum class Mode { Text, Empty, Null, Schema }; // Schema: JSON text encoded with a schema
    QString name;
    QString topic;
    int partition = -1;
    Mode keyMode = Mode::Text;
    QString key;
    SchemaChoice keySchema;
    Mode valueMode = Mode::Text;
    QString value;
    SchemaChoice valueSchema;
    QList<QPair<QString, QString>> headers;
    qint64 count = 1;
    int intervalMs = 0;
    QString compression = QStringLiteral("none");
    qint64 savedAtMs = 0;

    QByteArray toJson() const;
    static ProducerTemplate fromJson(const QByteArray &json);
    bool operator==(const ProducerTemplate &) const = default;
};

// Saved templates and recent sends, per connection profile, in QSettings.
class ProducerTemplateStore
{
public:
    static constexpr int historySize = 20;

    ProducerTemplateStore(QSettings *settings, const QString &profileId);

    QList<ProducerTemplate> templates() const;
    void saveTemplate(const ProducerTemplate &entry); // replaces one of the same name
    void removeTemplate(const QString &name);
    QList<ProducerTemplate> history() const; // newest first
    void addToHistory(const ProducerTemplate &entry);

private:
    QList<ProducerTemplate> read(const QString &key) const;
    void write(const QString &key, const QList<ProducerTemplate> &entries);

    QSettings *m_settings;
    QString m_group;
};

} // namespace Qafka
