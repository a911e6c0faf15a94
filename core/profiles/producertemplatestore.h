#pragma once

#include <QList>
#include <QPair>
#include <QSettings>
#include <QString>

namespace Qafka {

// Everything the producer pane's form holds, so a send can be saved as a named template or
// recalled from the history of recent sends.
struct ProducerTemplate
{
    enum class Mode { Text, Empty, Null };
    QString name;
    QString topic;
    int partition = -1;
    Mode keyMode = Mode::Text;
    QString key;
    Mode valueMode = Mode::Text;
    QString value;
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
